/** Line and column of offsets for the report, from ingest's `locate` (lines end at `\n` only). */
import { locate } from '../ingest/location.js';
import type { Source } from '../model.js';

/** A unist point: 1-based line and column, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

const cache = new WeakMap<Source, ReturnType<typeof locate>>();

/** The point of `offset` in `source`: a lone `\r` does not end a line, as in the JSON contract. */
export function pointAt(source: Source, offset: number): Point {
  let place = cache.get(source);
  if (!place) {
    place = locate(source.text);
    cache.set(source, place);
  }
  const point = place(offset);
  if (!point) throw new RangeError(`Offset ${offset} is outside \`${source.path}\``);
  // vfile-location's point is a new object, `{ line, column, offset }` in this order.
  return point as Point;
}
