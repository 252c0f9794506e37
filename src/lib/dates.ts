/**
 * Dates as readers and machines see them. Every reader-facing date is formatted
 * here, in the site's time zone, so a story published at 00:30 in Brussels
 * never shows the previous day.
 */

const longDateFormatters = new Map<string, Intl.DateTimeFormat>();
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const offsetByInstant = new Map<string, number>();

function getLongDateFormatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let formatter = longDateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
    longDateFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * "6 janvier 2017", "1er février 2016": the calendar day of `date` in `timeZone`, in French.
 * Intl prints "1 février"; French writes the first day of a month as an ordinal.
 */
export function formatLongDate(date: Date, timeZone: string, locale = 'fr-BE'): string {
  return toFrenchOrdinalFirst(getLongDateFormatter(locale, timeZone).format(date));
}

/** "1 février 2016" → "1er février 2016"; other days unchanged. */
export function toFrenchOrdinalFirst(longDate: string): string {
  return longDate.replace(/^1(?=[\s\u00A0\u202F])/, '1er');
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "19 h", "8 h 05": the time of day of `date` in `timeZone`, written the French way
 * (no-break spaces around "h", minutes only when not zero).
 */
export function formatTimeOfDay(date: Date, timeZone: string): string {
  let formatter = timeFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    timeFormatters.set(timeZone, formatter);
  }
  const [hours, minutes] = formatter.format(date).split(':').map(Number) as [number, number];
  return minutes === 0 ? `${hours}\u00A0h` : `${hours}\u00A0h\u00A0${String(minutes).padStart(2, '0')}`;
}

/** "6 janvier 2017 à 19 h": day and time of `date` in `timeZone`. */
export function formatDateTime(date: Date, timeZone: string): string {
  return `${formatLongDate(date, timeZone)} à ${formatTimeOfDay(date, timeZone)}`;
}

/** Offset of `timeZone` from UTC at `date`, in minutes (e.g. 60 for Brussels in winter). */
export function getTimeZoneOffsetMinutes(date: Date, timeZone: string): number {
  // A story's dates are formatted on its page, in lists, feeds and the sitemap: at 10,000
  // stories formatToParts was 1.5 % of a build. Bounded by the distinct instants of a corpus.
  const key = `${timeZone}|${Math.floor(date.getTime() / 1000)}`;
  let offset = offsetByInstant.get(key);
  if (offset === undefined) {
    offset = computeTimeZoneOffsetMinutes(date, timeZone);
    offsetByInstant.set(key, offset);
  }
  return offset;
}

function computeTimeZoneOffsetMinutes(date: Date, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/**
 * ISO 8601 with the local offset of `timeZone`, seconds precision:
 * `2017-01-06T19:00:00+01:00`. Used in `<time datetime>`, JSON-LD and OpenGraph.
 */
export function toZonedIsoString(date: Date, timeZone: string): string {
  const offset = getTimeZoneOffsetMinutes(date, timeZone);
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` of `date` in `timeZone`. */
export function toCalendarDay(date: Date, timeZone: string): string {
  return toZonedIsoString(date, timeZone).slice(0, 10);
}

/** "6 janvier 2017" for a calendar day string `YYYY-MM-DD` (no time zone shift). */
export function formatCalendarDay(day: string, locale = 'fr-BE'): string {
  return formatLongDate(new Date(`${day}T12:00:00Z`), 'UTC', locale);
}

/**
 * The build's reference "now": `SOURCE_DATE_EPOCH` (seconds since 1970, the
 * reproducible-builds convention) when set, the clock otherwise.
 * Throws when the variable is set but not a whole number of seconds.
 */
export function getBuildTime(
  env: Record<string, string | undefined> = process.env,
  clock: () => number = Date.now,
): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch === undefined || epoch === '') return new Date(clock());
  if (!/^\d+$/.test(epoch)) {
    throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01; got "${epoch}".`);
  }
  return new Date(Number(epoch) * 1000);
}
