/** Warnings about how a file was decoded, as vfile messages placed where the problem starts. */
import type { VFile } from 'vfile';
import type { Decoded } from './decode.js';
import { locate } from './location.js';

/** Warn on `file` (whose value is the decoded text) about UTF-16, a legacy encoding and invalid sequences. */
export function warnEncoding(file: VFile, text: string, decoded: Decoded): void {
  const { encoding, invalid } = decoded;
  const options = { ruleId: 'encoding', source: 'crosscheck' } as const;
  if (encoding !== 'utf-8' && !encoding.startsWith('utf-16')) {
    file.message(`Read as ${encoding}, as its \`<meta charset>\` says: positions index the decoded text, not the file's bytes; save it as UTF-8 so that other tools agree`, options);
  } else if (encoding !== 'utf-8') {
    const order = encoding === 'utf-16le' ? 'little-endian' : 'big-endian';
    file.message(`Read as UTF-16 (${order}, with a BOM): positions index the decoded text, not the file's bytes; save it as UTF-8 so that other tools agree`, options);
  }
  if (invalid) {
    const place = locate(text)(invalid.index);
    const what = invalid.count === 1 ? '1 invalid byte sequence' : `${invalid.count} invalid byte sequences`;
    const name = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    file.message(`Invalid ${name}: ${what} read as U+FFFD (�), the first at byte ${invalid.byte}; save the file as ${name}`, { ...options, ...(place ? { place } : {}) });
  }
}
