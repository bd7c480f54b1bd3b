/** Turning file bytes into text the way every other tool reads them. */

/** Decode bytes as UTF-8, as `fs.readFileSync(path, 'utf8')` does, so offsets agree with it. */
export function decode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
