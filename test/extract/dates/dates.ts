/** Helpers for the date tests: run the pipeline on invented text and keep the date claims. */
import type { DatePrecision, DateValue } from '../../../src/model.js';
import { claimsOf } from '../../helpers.js';

/** What anchors relative dates: a reference year stated elsewhere in the text, or a publication day. */
export interface Anchor {
  /** Adds a paragraph naming this year inside a name only (`Expo-2021`), as articles often do. */
  year?: number;
  published?: string;
}

/** A date claim reduced to what the tests compare. */
export interface DateFind {
  text: string;
  value: DateValue;
}

/** The date claims of `text`, as `{text, value}`. */
export function datesOf(text: string, anchor: Anchor = {}): DateFind[] {
  const body = anchor.year ? `${text}\nThe Expo-${anchor.year} fair opened.` : text;
  const options = anchor.published ? { published: anchor.published } : {};
  return claimsOf(body, 'date', options).map((claim) => ({ text: claim.text, value: claim.value as DateValue }));
}

/** A value from `start` to `end` (one day when `end` is left out). */
export function span(start: string | null, end: string | null, precision: DatePrecision, inferred: boolean): DateValue {
  return { start, end, precision, inferred };
}

/** One day. */
export const day = (iso: string, inferred: boolean): DateValue => span(iso, iso, 'day', inferred);

/** A reference year stated only inside a name: nothing but the text's own years anchors dates. */
export const Y2021: Anchor = { year: 2021 };

/** A publication day, a Wednesday. */
export const PUBLISHED: Anchor = { published: '2021-09-08' };
