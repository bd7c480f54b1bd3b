/**
 * The character encoding a page declares in its first 1,024 bytes (`<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`), as browsers look for it
 * before parsing. Hand-written: html-encoding-sniffer, the WHATWG prescan, needs Node.js 22 from
 * its version 5 on, and its version 4 loads iconv-lite's tables to name a label that
 * `TextDecoder` names itself; a pattern over the bytes read as Latin-1 finds the same label on
 * pages as they are written.
 */

/** How far into a page the declaration is looked for, in bytes (the WHATWG prescan's limit). */
const PRESCAN_BYTES = 1024;

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const META = /<meta\b[^>]*>/gi;
const CHARSET = /\bcharset\s*=\s*["']?\s*([^\s"'>;/]+)/i;

/** The encoding label the page's `<meta>` declares (`windows-1252`), or null when it declares none. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1').replace(COMMENT, '');
  for (const [tag] of head.matchAll(META)) {
    const label = CHARSET.exec(tag)?.[1];
    if (label) return label;
  }
  return null;
}
