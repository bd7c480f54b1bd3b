/** Line and column of offsets, derived in this one place with vfile-location. */
import { location } from 'vfile-location';
import type { Source } from '../model.js';

/** A unist point: 1-based line and column, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

const cache = new WeakMap<Source, ReturnType<typeof location>>();

/** The point of `offset` in `source`. */
export function pointAt(source: Source, offset: number): Point {
  let place = cache.get(source);
  if (!place) {
    place = location(source.text);
    cache.set(source, place);
  }
  const point = place.toPoint(offset);
  if (!point) throw new RangeError(`Offset ${offset} is outside \`${source.path}\``);
  return { line: point.line, column: point.column, offset };
}
