/** Line and column of offsets for the report, from ingest's `locate` (lines end at `\n` only). */
import { locate } from '../ingest/location.js';
import type { Source } from '../model.js';

/** A unist point: 1-based line and column, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Points of offsets in sources, for one rendering: each source's lines are indexed once, when first asked. */
export type PointAt = (source: Source, offset: number) => Point;

/** A `PointAt` for one rendering (a lone `\r` does not end a line, as in the JSON contract). */
export function pointsOf(): PointAt {
  const located = new Map<Source, ReturnType<typeof locate>>();
  return (source, offset) => {
    let place = located.get(source);
    if (!place) located.set(source, (place = locate(source.text)));
    const point = place(offset);
    if (!point) throw new RangeError(`Offset ${offset} is outside \`${source.path}\``);
    // vfile-location's point is a new object, `{ line, column, offset }` in this order.
    return point as Point;
  };
}
