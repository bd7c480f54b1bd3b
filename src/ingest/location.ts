/**
 * Line and column of offsets, the one computation behind report positions and warnings.
 * Lines end at `\n` only (so at `\r\n` too), as the JSON contract, `check-report.mjs` and code
 * hosts' `#L` anchors count them; vfile-location also breaks lines at a lone `\r`, so a lone
 * `\r` is handed to it as a space of the same length, which keeps every offset in place.
 */
import type { Point } from 'unist';
import { location } from 'vfile-location';

const LONE_CR = /\r(?!\n)/g;

/** A function from offsets in `text` to unist points (1-based line and column), undefined out of range. */
export function locate(text: string): (offset: number) => Point | undefined {
  const place = location(text.includes('\r') ? text.replace(LONE_CR, ' ') : text);
  return (offset) => place.toPoint(offset);
}
