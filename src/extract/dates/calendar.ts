/** Calendar arithmetic on ISO days (`YYYY-MM-DD`), in UTC so that the host's time zone never shifts a day. */

/** The ISO day of year `y`, month `m` (1–12), day `d`; a day past the month's end is clamped to it. */
export function isoDay(y: number, m: number, d: number): string {
  const day = Math.min(d, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The ISO day `n` days after `iso` (before it when `n` is negative). */
export function addDays(iso: string, n: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** The weekday of an ISO day, 0 for Sunday to 6 for Saturday. */
export function weekdayOf(iso: string): number {
  return toDate(iso).getUTCDay();
}

/** Year, month (1–12) and day of an ISO day. */
export function partsOf(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function toDate(iso: string): Date {
  const [y, m, d] = partsOf(iso);
  return new Date(Date.UTC(y, m - 1, d));
}
