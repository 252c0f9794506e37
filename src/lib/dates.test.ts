import { describe, expect, it } from 'vitest';
import {
  formatCalendarDay,
  formatDateTime,
  formatLongDate,
  formatTimeOfDay,
  getBuildTime,
  toCalendarDay,
  toZonedIsoString,
} from './dates.ts';

const BRUSSELS = 'Europe/Brussels';

describe('formatLongDate', () => {
  it.each([
    ['2017-01-06T19:00:00+01:00', '6 janvier 2017'],
    // 00:30 in Brussels is still the previous day in UTC: the reader must see the local day.
    ['2026-11-19T23:30:00Z', '20 novembre 2026'],
    ['2016-03-22T07:58:00+01:00', '22 mars 2016'],
    ['2015-11-13T21:20:00+01:00', '13 novembre 2015'],
    // The first of the month is an ordinal in French.
    ['2016-02-01T18:00:00+01:00', '1er février 2016'],
    // 23:30 UTC on 31 October is already 1 November in Brussels.
    ['2026-10-31T23:30:00Z', '1er novembre 2026'],
    ['2016-02-11T18:00:00+01:00', '11 février 2016'],
    ['2016-02-21T18:00:00+01:00', '21 février 2016'],
  ])('%s is shown as %s', (iso, expected) => {
    expect(formatLongDate(new Date(iso), BRUSSELS)).toBe(expected);
  });
});

describe('toZonedIsoString', () => {
  it.each([
    ['2017-01-06T18:00:00Z', '2017-01-06T19:00:00+01:00'],
    ['2016-03-22T06:58:00Z', '2016-03-22T07:58:00+01:00'],
    ['2016-07-01T10:00:00Z', '2016-07-01T12:00:00+02:00'],
    ['2026-11-19T23:30:00Z', '2026-11-20T00:30:00+01:00'],
  ])('%s in Brussels is %s', (iso, expected) => {
    expect(toZonedIsoString(new Date(iso), BRUSSELS)).toBe(expected);
  });

  it('round-trips to the same instant', () => {
    const date = new Date('2018-01-23T13:45:10Z');
    expect(new Date(toZonedIsoString(date, BRUSSELS)).getTime()).toBe(date.getTime());
  });

  it('gives the local calendar day', () => {
    expect(toCalendarDay(new Date('2026-11-19T23:30:00Z'), BRUSSELS)).toBe('2026-11-20');
  });
});

describe('formatCalendarDay', () => {
  it.each([
    ['2016-02-01', '1er février 2016'],
    ['2016-02-10', '10 février 2016'],
    ['2018-01-23', '23 janvier 2018'],
  ])('%s → %s', (day, expected) => {
    expect(formatCalendarDay(day)).toBe(expected);
  });
});

describe('formatTimeOfDay and formatDateTime', () => {
  it.each([
    ['2017-01-06T19:00:00+01:00', '19\u00A0h'],
    ['2016-03-22T07:58:00+01:00', '7\u00A0h\u00A058'],
    ['2016-07-01T10:05:00Z', '12\u00A0h\u00A005'],
    ['2026-11-19T23:30:00Z', '0\u00A0h\u00A030'],
  ])('%s is %s in Brussels', (iso, expected) => {
    expect(formatTimeOfDay(new Date(iso), BRUSSELS)).toBe(expected);
  });

  it('joins day and time with « à »', () => {
    expect(formatDateTime(new Date('2016-02-01T18:00:00+01:00'), BRUSSELS)).toBe('1er février 2016 à 18\u00A0h');
  });
});

describe('getBuildTime', () => {
  it('uses SOURCE_DATE_EPOCH when set', () => {
    expect(getBuildTime({ SOURCE_DATE_EPOCH: '1483725600' }, () => 0).toISOString()).toBe('2017-01-06T18:00:00.000Z');
  });
  it('falls back to the clock', () => {
    expect(getBuildTime({}, () => 1_000).getTime()).toBe(1_000);
  });
  it('refuses a malformed value, naming the variable', () => {
    expect(() => getBuildTime({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
