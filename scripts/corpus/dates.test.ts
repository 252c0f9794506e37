import { describe, expect, it } from 'vitest';
import { getBrusselsOffsetHours, toBrusselsDay, toBrusselsIsoString } from './dates.ts';

describe('getBrusselsOffsetHours', () => {
  it.each([
    ['2016-03-27T00:59:59Z', 1],
    ['2016-03-27T01:00:00Z', 2],
    ['2016-10-30T00:59:59Z', 2],
    ['2016-10-30T01:00:00Z', 1],
    ['2021-03-28T01:00:00Z', 2],
    ['2025-10-26T00:30:00Z', 2],
    ['2025-12-31T23:00:00Z', 1],
  ])('%s → +0%i:00', (iso, offset) => {
    expect(getBrusselsOffsetHours(Date.parse(iso))).toBe(offset);
  });

  it('agrees with the ICU time-zone data over ten years', () => {
    const format = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' });
    for (let t = Date.UTC(2016, 0, 1); t < Date.UTC(2026, 0, 1); t += 7 * 3_600_000 + 13 * 60_000) {
      const icu = format.formatToParts(t).find((p) => p.type === 'timeZoneName')!.value;
      expect(`GMT+0${getBrusselsOffsetHours(t)}:00`, new Date(t).toISOString()).toBe(icu);
    }
  });
});

describe('toBrusselsIsoString', () => {
  it.each([
    ['2016-03-22T07:58:00Z', '2016-03-22T08:58:00+01:00'],
    ['2015-11-13T20:16:00Z', '2015-11-13T21:16:00+01:00'],
    ['2019-07-14T22:30:00Z', '2019-07-15T00:30:00+02:00'],
  ])('%s → %s', (iso, expected) => {
    expect(toBrusselsIsoString(Date.parse(iso))).toBe(expected);
    expect(Date.parse(expected)).toBe(Date.parse(iso));
  });

  it('gives the Brussels day, not the UTC day', () => {
    expect(toBrusselsDay(Date.parse('2019-07-14T22:30:00Z'))).toBe('2019-07-15');
  });
});
