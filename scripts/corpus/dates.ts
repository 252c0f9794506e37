/**
 * Brussels wall-clock dates for the synthetic corpus, written as the article schema
 * wants them: ISO 8601 with the offset in force (`+01:00` in winter, `+02:00` in summer).
 * Computed from the EU rule rather than `Intl`, so the output does not depend on the
 * ICU time-zone data of the Node build that runs the generator.
 */

const HOUR_MS = 3_600_000;

/** The last Sunday of `month` (0-based) in `year`, at 01:00 UTC: when EU clocks change. */
function getLastSundayChange(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const lastSunday = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, month, lastSunday, 1);
}

/**
 * Offset of Brussels from UTC at `instant`, in hours: 2 between the last Sunday of
 * March and the last Sunday of October (01:00 UTC both), else 1. EU rule since 1996.
 */
export function getBrusselsOffsetHours(instant: number): 1 | 2 {
  const year = new Date(instant).getUTCFullYear();
  return instant >= getLastSundayChange(year, 2) && instant < getLastSundayChange(year, 9) ? 2 : 1;
}

/** `instant` (ms since epoch) as Brussels local time with its offset, e.g. `2016-03-22T09:11:00+01:00`. */
export function toBrusselsIsoString(instant: number): string {
  const offset = getBrusselsOffsetHours(instant);
  const local = new Date(instant + offset * HOUR_MS).toISOString().slice(0, 19);
  return `${local}+0${offset}:00`;
}

/** The Brussels calendar day of `instant`, `YYYY-MM-DD`. */
export function toBrusselsDay(instant: number): string {
  return toBrusselsIsoString(instant).slice(0, 10);
}
