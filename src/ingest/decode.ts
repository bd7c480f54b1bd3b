/**
 * Turning file bytes into text the way every other tool reads them, and saying where that went wrong.
 * - Without a BOM, bytes are UTF-8, decoded exactly as `fs.readFileSync(path, 'utf8')` does, so
 *   offsets agree with every other tool: a UTF-8 BOM stays in the text as U+FEFF (titles and
 *   sentences are trimmed of it), and each invalid sequence becomes one U+FFFD (WHATWG rules).
 * - With a UTF-16 BOM (LE or BE) the text is decoded as UTF-16, BOM kept as U+FEFF, so offset
 *   `i` is byte `2i` of the file; ingest warns that offsets index the decoded text.
 * - A page (HTML) without a BOM is decoded as its `<meta charset>` says (charset.ts): a legacy
 *   encoding such as windows-1252 or ISO-8859-1 by `TextDecoder`, with the WHATWG labels; a
 *   declared UTF-16 or an unknown label reads as UTF-8, as browsers do.
 * The validators are hand-written because `Buffer` and `TextDecoder` replace bad bytes without
 * saying where; they follow the WHATWG decoders step by step, so they count the U+FFFD exactly.
 */
import { isUtf8 } from 'node:buffer';

/** The encodings crosscheck reads: UTF-8, UTF-16 with a BOM, or the legacy encoding a page declares (its WHATWG name, e.g. `windows-1252`). */
export type Encoding = string;

/** Where decoding replaced bytes with U+FFFD. */
export interface Invalid {
  /** Byte offset of the first invalid sequence in the file. */
  byte: number;
  /** Offset of its U+FFFD in the decoded text. */
  index: number;
  /** How many invalid sequences (each one U+FFFD). */
  count: number;
}

/** Decoded text, its encoding and its invalid sequences (null when there are none). */
export interface Decoded {
  text: string;
  encoding: Encoding;
  invalid: Invalid | null;
}

/** Decode file bytes: UTF-16 when a UTF-16 BOM says so, else the legacy encoding `declared` names, else UTF-8 as `readFileSync(…, 'utf8')`. */
export function decode(bytes: Uint8Array, declared: string | null = null): Decoded {
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const encoding: Encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : ((utf8Bom ? null : legacy(declared)) ?? 'utf-8');
  if (encoding !== 'utf-8' && !encoding.startsWith('utf-16')) {
    // Legacy single-byte decoders map every byte to a character: nothing is invalid.
    const text = new TextDecoder(encoding).decode(bytes);
    return { text: encoding === 'windows-1252' ? text.replace(/[\x80-\x9f]/g, (char) => WINDOWS_1252[char.charCodeAt(0) - 0x80] ?? char) : text, encoding, invalid: null };
  }
  if (encoding === 'utf-8') {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { text, encoding, invalid: isUtf8(bytes) ? null : invalidUtf8(bytes) };
  }
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return { text, encoding, invalid: invalidUtf16(bytes, encoding === 'utf-16le') };
}

/**
 * Bytes 0x80–0x9F in windows-1252 (the WHATWG index). Node's `TextDecoder` reads windows-1252,
 * and so ISO-8859-1, as Latin-1, giving C1 controls where pages mean curly quotes and dashes.
 */
const WINDOWS_1252 = '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

/** The WHATWG name of a declared legacy encoding, or null for UTF-8, UTF-16 (read as UTF-8 when only declared) and unknown labels. */
function legacy(label: string | null): string | null {
  if (!label) return null;
  let name: string;
  try {
    name = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  if (name === 'x-user-defined') return 'windows-1252';
  return name === 'utf-8' || name.startsWith('utf-16') ? null : name;
}

/** The invalid sequences of UTF-8 bytes, counted as the WHATWG decoder replaces them. */
function invalidUtf8(bytes: Uint8Array): Invalid | null {
  let count = 0;
  let first = -1;
  let needed = 0;
  let seen = 0;
  let start = 0;
  let lower = 0x80;
  let upper = 0xbf;
  const fail = (at: number) => {
    if (first < 0) first = at;
    count++;
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (needed === 0) {
      if (byte <= 0x7f) continue;
      start = i;
      if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
      } else fail(i);
      continue;
    }
    if (byte < lower || byte > upper) {
      fail(start);
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--; // the byte starts over, as in the WHATWG decoder
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) needed = seen = 0;
  }
  if (needed) fail(start);
  if (first < 0) return null;
  // Everything before the first bad byte is valid UTF-8, so its decoded length is the U+FFFD's offset.
  return { byte: first, index: Buffer.from(bytes.buffer, bytes.byteOffset, first).toString('utf8').length, count };
}

/** The lone surrogates (and an odd last byte) of UTF-16 bytes, each one U+FFFD. */
function invalidUtf16(bytes: Uint8Array, little: boolean): Invalid | null {
  const unit = (i: number) => (little ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8) : ((bytes[i] as number) << 8) | (bytes[i + 1] as number));
  let count = 0;
  let first = -1;
  const fail = (at: number) => {
    if (first < 0) first = at;
    count++;
  };
  const end = bytes.length - (bytes.length % 2);
  let pending = false; // a high surrogate ends the text: with an odd last byte it is still one U+FFFD
  for (let i = 0; i < end; i += 2) {
    const code = unit(i);
    if (code >= 0xdc00 && code <= 0xdfff) fail(i);
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 2 < end ? unit(i + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) i += 2;
      else {
        fail(i);
        pending = next < 0;
      }
    }
  }
  if (end < bytes.length && !pending) fail(end);
  return first < 0 ? null : { byte: first, index: first / 2, count };
}
