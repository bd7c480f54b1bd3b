/** Decoding bytes: the same text as readFileSync(…, 'utf8') or TextDecoder, and exact reports of what was replaced. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declaredCharset } from '../../src/ingest/charset.js';
import { decode } from '../../src/ingest/decode.js';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

/** How many U+FFFD the decoder added: all of them but those the bytes spelled out (EF BF BD). */
function added(input: Uint8Array, text: string): number {
  const literal = Buffer.from(input).toString('latin1').split('\xef\xbf\xbd').length - 1;
  return text.split('\uFFFD').length - 1 - literal;
}

describe('decode', () => {
  it.each([
    ['a lone continuation byte', bytes('ab', [0x80], 'c'), { byte: 2, index: 2, count: 1 }],
    ['an overlong encoding', bytes('a', [0xc0, 0xaf], 'b'), { byte: 1, index: 1, count: 2 }],
    ['a truncated sequence at the end', bytes('abc', [0xe2, 0x82]), { byte: 3, index: 3, count: 1 }],
    ['an encoded surrogate', bytes([0xed, 0xa0, 0x80]), { byte: 0, index: 0, count: 3 }],
    ['a code point above U+10FFFF', bytes('é', [0xf4, 0x90, 0x80, 0x80]), { byte: 2, index: 1, count: 4 }],
    ['Latin-1 text', Buffer.from('Café, naïve', 'latin1'), { byte: 3, index: 3, count: 2 }],
  ])('locates and counts %s', (_name, input, invalid) => {
    const decoded = decode(input);
    expect(decoded.text).toBe(input.toString('utf8'));
    expect(decoded.invalid).toEqual(invalid);
  });

  it('reports nothing for valid UTF-8, a literal U+FFFD included', () => {
    expect(decode(bytes('A � B'))).toEqual({ text: 'A � B', encoding: 'utf-8', invalid: null });
  });

  it('keeps a UTF-8 BOM as U+FEFF', () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf], 'Hi')).text).toBe('\uFEFFHi');
  });

  it('reads lone surrogates and an odd last byte of UTF-16 as U+FFFD, counted', () => {
    const input = bytes([0xff, 0xfe], [0x41, 0, 0x00, 0xd8, 0x42, 0, 0x43]);
    expect(decode(input)).toEqual({ text: '\uFEFFA\uFFFDB\uFFFD', encoding: 'utf-16le', invalid: { byte: 4, index: 2, count: 2 } });
  });

  it('decodes any bytes as Buffer does, counting every replacement it made (property)', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 0xff }), fc.constantFrom(0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xbd));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.array(byte, { maxLength: 64 }), (random, biased) => {
        const input = Uint8Array.from([...random, ...biased]);
        if (input[0] === 0xff && input[1] === 0xfe) return;
        if (input[0] === 0xfe && input[1] === 0xff) return;
        const { text, invalid } = decode(input);
        expect(text).toBe(Buffer.from(input).toString('utf8'));
        expect(invalid?.count ?? 0).toBe(added(input, text));
        if (invalid) {
          expect(text.charAt(invalid.index)).toBe('\uFFFD');
          expect(Buffer.from(input.subarray(0, invalid.byte)).toString('utf8')).toBe(text.slice(0, invalid.index));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes any UTF-16LE bytes after a BOM as TextDecoder does, counting replacements (property)', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.boolean(), (units, odd) => {
        const body = Buffer.from(Uint16Array.from(units.filter((u) => u !== 0xfffd)).buffer);
        const input = Buffer.concat([Buffer.from([0xff, 0xfe]), body, Buffer.from(odd ? [0x41] : [])]);
        const { text, invalid } = decode(input);
        expect(text).toBe(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(input));
        expect(invalid?.count ?? 0).toBe(text.split('\uFFFD').length - 1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('decode with a declared legacy encoding', () => {
  it.each([
    ['windows-1252', [0x93, 0x41, 0x94, 0x20, 0xa3, 0x35], 'windows-1252', '“A” £5'],
    ['iso-8859-1 (read as windows-1252, as browsers do)', [0x63, 0x61, 0x66, 0xe9, 0x93], 'windows-1252', 'café“'],
    ['a declared UTF-16 (read as UTF-8)', [0x63, 0x61, 0x66, 0xc3, 0xa9], 'utf-8', 'café'],
    ['an unknown label (read as UTF-8)', [0x63, 0x61, 0x66, 0xc3, 0xa9], 'utf-8', 'café'],
  ])('%s', (name, input, encoding, text) => {
    const label = name.split(' ')[0] === 'a' ? 'utf-16le' : name.startsWith('an unknown') ? 'klingon-1' : (name.split(' ')[0] as string);
    expect(decode(Uint8Array.from(input), label)).toMatchObject({ text, encoding });
  });

  it('leaves a BOM the last word', () => {
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), 'windows-1252')).toMatchObject({ text: '\uFEFFA', encoding: 'utf-8' });
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="windows-1252">', 'windows-1252'],
    ["<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-1'>", 'ISO-8859-1'],
    ['<!-- <meta charset="koi8-r"> --><meta charset=utf-8>', 'utf-8'],
    ['<p>no declaration</p>', null],
    [`${' '.repeat(1100)}<meta charset="windows-1252">`, null],
  ])('%s', (head, label) => {
    expect(declaredCharset(Buffer.from(head))).toBe(label);
  });
});
