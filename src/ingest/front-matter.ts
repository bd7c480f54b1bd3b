/**
 * YAML front matter of Markdown articles. The `---` fences are found by one anchored pattern
 * (as vfile-matter does); the YAML between them is parsed by the `yaml` library.
 */
import { parse } from 'yaml';

/** The metadata crosscheck reads from front matter. */
export interface Matter {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** Offset where the body starts: after the closing fence, or 0 without front matter. */
  bodyStart: number;
  /** Keys present that crosscheck does not read. */
  unknown: string[];
}

const FENCE = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const KNOWN = new Set(['title', 'outlet', 'url', 'published', 'date', 'author', 'source']);

/** Read front matter from the start of `text`; throws with a plain message when the YAML is malformed. */
export function readFrontMatter(text: string): Matter {
  const empty: Matter = { title: null, outlet: null, url: null, published: null, bodyStart: 0, unknown: [] };
  const fence = FENCE.exec(text);
  if (!fence) return empty;
  const data: unknown = parse(fence[1] ?? '');
  const bodyStart = fence[0].length;
  if (data === null || data === undefined) return { ...empty, bodyStart };
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter is not a set of `key: value` lines');
  const record = data as Record<string, unknown>;
  return {
    title: asText(record['title']),
    outlet: asText(record['outlet'] ?? record['source']),
    url: asText(record['url']),
    published: asDay(record['published'] ?? record['date']),
    bodyStart,
    unknown: Object.keys(record).filter((key) => !KNOWN.has(key)).sort(),
  };
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

function asDay(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const text = asText(value);
  const day = text && /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text);
  return day ? (day[1] ?? null) : null;
}
