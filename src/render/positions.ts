/**
 * Line and column of offsets for the report, from ingest's `locate` (lines end at `\n` only).
 * Offsets are given in a source's text; a page's (HTML) are mapped to its file first, so every
 * position the report states points into the file.
 */
import { locate } from '../ingest/location.js';
import { fileOffset, type Side } from '../ingest/origin.js';
import type { Source, Span } from '../model.js';

export type { Side } from '../ingest/origin.js';

/** A unist point: 1-based line and column, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Points of offsets in sources, for one rendering: `side` says which end of a span the offset is (default `start`). */
export type PointAt = (source: Source, offset: number, side?: Side) => Point;

/** A `PointAt` for one rendering: each source's lines are indexed once, when first asked (a lone `\r` does not end a line, as in the JSON contract). */
export function pointsOf(): PointAt {
  const located = new Map<Source, ReturnType<typeof locate>>();
  return (source, offset, side = 'start') => {
    let place = located.get(source);
    if (!place) located.set(source, (place = locate(fileText(source))));
    const point = place(inFile(source, offset, side));
    if (!point) throw new RangeError(`Offset ${offset} is outside \`${source.path}\``);
    // vfile-location's point is a new object, `{ line, column, offset }` in this order.
    return point as Point;
  };
}

/** The text of a source's file: what positions index. */
export function fileText(source: Source): string {
  return source.origin?.text ?? source.text;
}

/** The file's text of a span of the source's text: the span itself, or of a page the markup it was read from. */
export function fileSlice(source: Source, span: Span): string {
  return source.origin ? source.origin.text.slice(inFile(source, span.start, 'start'), inFile(source, span.end, 'end')) : source.text.slice(span.start, span.end);
}

function inFile(source: Source, offset: number, side: Side): number {
  return source.origin ? fileOffset(source.origin, offset, side) : offset;
}
