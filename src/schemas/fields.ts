/**
 * Reusable zod field schemas with editor-facing error messages.
 * Plain zod (`astro/zod`), so Node scripts such as the importer can use them.
 */
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { findTextHygieneProblems, isInvisibleText } from '../lib/text-hygiene.ts';

/** Longest excerpt of a bad value an error message quotes, in characters. */
export const MAX_QUOTED_VALUE_LENGTH = 60;

/**
 * A bad value as an error message may show it: strings quoted and cut to
 * {@link MAX_QUOTED_VALUE_LENGTH} characters, lists and mappings named, never serialised
 * (a YAML alias bomb expands to gigabytes).
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > MAX_QUOTED_VALUE_LENGTH ? `${value.slice(0, MAX_QUOTED_VALUE_LENGTH - 1)}…` : value;
    return JSON.stringify(cut);
  }
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value === null) return 'an empty value';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** Earliest and latest UTC year a date may fall in: four digits, as sitemaps and feeds need. */
export const YEAR_RANGE = { min: 1000, max: 9999 } as const;

/** ISO 8601 date-time with seconds optional and a mandatory offset (`Z` or `±hh:mm`). */
export const ISO_DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** True when the fields of an ISO date-time exist on the calendar and clock (no 30 February, no 24:00). */
function isRealDateTime(value: string): boolean {
  const [, y, mo, d, h, mi, s = '0'] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value) ?? [];
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  const offsetOk = !offset || (Number(offset[2]) <= 14 && Number(offset[3]) < 60);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetOk
  );
}

function isWithinYearRange(date: Date): boolean {
  const year = date.getUTCFullYear();
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
}

/**
 * A date-time written as a quoted string with its UTC offset, parsed to a `Date`.
 * YAML turns unquoted timestamps into dates and forgets the offset, so those are refused too.
 */
export const dateTimeWithOffset = z
  .unknown()
  .superRefine((value, ctx) => {
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: 'is required, e.g. "2017-01-06T12:00:00+01:00"' });
    } else if (value instanceof Date) {
      ctx.addIssue({
        code: 'custom',
        message: `write the date in quotes with its UTC offset, e.g. "2017-01-06T12:00:00+01:00" (YAML read it as ${value.toISOString()} and dropped the offset)`,
      });
    } else if (typeof value !== 'string' || !ISO_DATE_TIME_WITH_OFFSET.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected an ISO 8601 date-time with offset, e.g. "2017-01-06T12:00:00+01:00"; got ${describeValue(value)}`,
      });
    } else if (!isRealDateTime(value)) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a real calendar date-time` });
    } else if (!isWithinYearRange(new Date(value))) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" falls in the year ${new Date(value).getUTCFullYear()} in UTC; dates must fall in the years ${YEAR_RANGE.min}–${YEAR_RANGE.max} (UTC)`,
      });
    }
  })
  .transform((value) => new Date(value as string));

/** A calendar day `YYYY-MM-DD` (used for event chronologies, where the hour is meaningless). */
export const calendarDay = z
  .string(requiredOr('expected a quoted calendar day "YYYY-MM-DD"'))
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a calendar day "YYYY-MM-DD"' })
  .refine(
    (day) =>
      !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
    {
      error: 'not a real calendar day',
    },
  );

/** An absolute http(s) URL. */
export const httpUrl = z
  .string(requiredOr('expected an absolute URL starting with https://'))
  .superRefine(checkTextHygiene)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: 'expected an absolute http(s) URL, e.g. "https://www.rtl.be/info/…"' },
  );

/** Zod error option: "is required" when the field is missing, `message` when it has the wrong type. */
export function requiredOr(message: string) {
  return { error: (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : message) };
}

/**
 * Zod error option for `z.strictObject`: names the unknown field(s) and lists the allowed ones
 * (the issue has no path, so the message itself must say which field is wrong).
 */
export function unknownFieldError(allowed: readonly string[]) {
  return {
    error: (issue: { code?: string; keys?: readonly string[] }) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}; check its spelling or remove it (allowed fields: ${allowed.join(', ')})`
        : undefined,
  };
}

/**
 * Zod refinement: `value` obeys the text-hygiene rule (src/lib/text-hygiene.ts): no control
 * character, non-character or decoding error, no bidi control left open.
 */
export function checkTextHygiene(
  value: string,
  ctx: { addIssue: (issue: { code: 'custom'; message: string }) => void },
) {
  for (const problem of findTextHygieneProblems(value)) ctx.addIssue({ code: 'custom', message: problem.message });
}

/** Non-empty text, trimmed, with a maximum length, visible and clean (see `checkTextHygiene`). */
export function text(max: number) {
  return z
    .string(requiredOr('expected text'))
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((value) => value === '' || !isInvisibleText(value), {
      error: 'has no visible character (only spaces or invisible characters such as U+200B); write the text',
    })
    .superRefine(checkTextHygiene);
}

/** A well-formed slug (`a-z0-9` words joined by hyphens, no accents). */
export const slug = z
  .string(requiredOr('expected a slug'))
  .regex(SLUG_PATTERN, { error: 'expected a lower-case slug without accents, e.g. "cooperation-franco-belge"' });
