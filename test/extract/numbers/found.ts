/** Test helper: the claims of one kind in a text, as small `{text, value}` objects. */
import type { Kind } from '../../../src/model.js';
import { claimsOf } from '../../helpers.js';

/** The `{text, value}` of every claim of `kind` found in `text`. */
export function found(text: string, kind: Kind): { text: string; value: unknown }[] {
  return claimsOf(text, kind).map(({ text: slice, value }) => ({ text: slice, value }));
}
