/**
 * Telling a binary file from an article before reading it as text. A file is binary when it
 * opens with the signature of a common non-text format (so the message can name it: a PNG
 * renamed `.txt`), or when its text holds a NUL character, which no article does (git's rule).
 * Hand-written: the `file-type` package knows hundreds of formats, but naming the few that end
 * up renamed as articles is a short table, and the NUL rule catches every other one.
 */

/** Signatures of common binary formats: what to call the file, and its first bytes. */
const SIGNATURES: ReadonlyArray<readonly [name: string, magic: readonly number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (Word .docx and EPUB files are ZIP archives too)', [0x50, 0x4b, 0x03, 0x04]],
  ['an empty ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a Word 97–2003 or other Office document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['a program (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
];

/** What a binary file looks like (`a PNG image`), from its first bytes; null when none matches. */
export function sniffFormat(bytes: Uint8Array): string | null {
  for (const [name, magic] of SIGNATURES) if (magic.every((byte, i) => bytes[i] === byte)) return name;
  return null;
}

