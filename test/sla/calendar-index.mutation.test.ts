import { describe, expect, it } from 'vitest';
import { CalendarIndex } from '../../src/sla/calendar-index.js';
import {
  addWorkingTime,
  alwaysOpen,
  createBusinessCalendar,
  isOpen,
  nextOpening,
  workingTimeBetween,
} from '../../src/sla/index.js';
import type { MinuteRanges } from '../../src/sla/opening-hours.js';

// Cases written against the survivors of the first `npm run mutation -- sla` run in
// src/sla/calendar-index.ts (the per-year index behind every calendar question).

const HOUR_MS = 3_600_000;
const iso = (date: Date) => date.toISOString();

describe('the years a calendar handles: -275,000 to 275,000', () => {
  const rules = {
    timeZone: 'UTC',
    openByWeekday: Array.from({ length: 7 }, () => [[0, 1440]] as MinuteRanges),
    holidays: [],
  };
  it('answers inside the last year', () => {
    expect(isOpen(alwaysOpen, new Date(Date.UTC(275_000, 5, 1)))).toBe(true);
  });
  it('refuses an instant after the last year with a RangeError', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'UTC',
      hours: { monday: [['09:00', '18:00']] },
    });
    const instant = new Date(Date.UTC(275_500, 5, 1));
    expect(() => isOpen(calendar, instant)).toThrow(RangeError);
    expect(() => isOpen(calendar, instant)).toThrow(/beyond the range of dates a calendar handles/);
  });
  // No Date reaches year -275,000 (they stop at -271,821): the index is asked directly.
  it('the index builds the first and the last year and refuses the years beyond', () => {
    const index = new CalendarIndex(rules);
    expect(index.year(-275_000).year).toBe(-275_000);
    expect(index.year(275_000).year).toBe(275_000);
    expect(() => index.year(-275_001)).toThrow(RangeError);
    expect(() => index.year(275_001)).toThrow(RangeError);
  });
});

describe('the local year of an instant', () => {
  it('west of UTC, the first hours of a UTC year still belong to the local year before', () => {
    // 1 January 2027, 03:00 UTC is Thursday 31 December 2026, 22:00 in New York.
    const evenings = createBusinessCalendar({
      timeZone: 'America/New_York',
      hours: { thursday: [['20:00', '24:00']] },
    });
    expect(isOpen(evenings, new Date('2027-01-01T03:00:00Z'))).toBe(true);
  });
});

describe("a change of offset at a year's first midnight", () => {
  it('Kathmandu, 1 January 1986: 00:00–00:15 never happened, so 00:00–01:00 lasted 45 minutes', () => {
    // At 1985-12-31T18:30Z the clock went from 00:00 (+05:30) to 00:15 (+05:45).
    const kathmandu = createBusinessCalendar({
      timeZone: 'Asia/Kathmandu',
      hours: { wednesday: [['00:00', '01:00']] },
    });
    const from = new Date('1985-12-31T12:00:00Z');
    const to = new Date('1986-01-01T12:00:00Z');
    expect(workingTimeBetween(kathmandu, from, to)).toBe(45 * 60_000);
    expect(iso(nextOpening(kathmandu, from))).toBe('1985-12-31T18:30:00.000Z');
  });
});

describe('years without any opening', () => {
  const hours = { monday: [['09:00', '18:00']] } as const;
  it('a whole year closed is skipped', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'UTC',
      hours,
      holidays: [{ date: '2027-01-01', until: '2027-12-31' }],
    });
    // Monday 28 December 2026 is the last opening before 2028's first Monday, 3 January.
    expect(iso(nextOpening(calendar, new Date('2026-12-29T00:00:00Z')))).toBe(
      '2028-01-03T09:00:00.000Z',
    );
  });
  it('399 closed years are crossed: the search gives up only after 400', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'UTC',
      hours,
      holidays: [{ date: '2027-01-01', until: '2425-12-31' }],
    });
    // 2426 opens on Monday 5 January: 400 years after 2026.
    expect(iso(nextOpening(calendar, new Date('2026-12-29T00:00:00Z')))).toBe(
      '2426-01-05T09:00:00.000Z',
    );
  });
});

describe('openings that touch', () => {
  it('a night shift over midnight: each night is an opening day of its own', () => {
    const night = createBusinessCalendar({
      timeZone: 'UTC',
      hours: { monday: [['22:00', '24:00']], tuesday: [['00:00', '06:00']] },
    });
    // Monday 23:00 + 1 opening day is Tuesday, which closes at 06:00, before 23:00.
    expect(iso(addWorkingTime(night, new Date('2026-03-02T23:00:00Z'), { days: 1 }))).toBe(
      '2026-03-03T06:00:00.000Z',
    );
  });
  it('two openings of a day joined by a spring-forward change both count', () => {
    // Sunday 29 March 2026 in Paris: 01:00–02:30 loses 02:00–02:30 and ends at the jump,
    // where 03:00–05:00 starts: one stretch of 3 real hours.
    const paris = createBusinessCalendar({
      timeZone: 'Europe/Paris',
      hours: {
        sunday: [
          ['01:00', '02:30'],
          ['03:00', '05:00'],
        ],
      },
    });
    const day = [new Date('2026-03-28T12:00:00Z'), new Date('2026-03-29T12:00:00Z')] as const;
    expect(workingTimeBetween(paris, ...day)).toBe(3 * HOUR_MS);
  });
});

describe('the same time of day on a later opening day', () => {
  it('a time of day that is the closing of one opening moves to the next one', () => {
    const split = createBusinessCalendar({
      timeZone: 'UTC',
      hours: {
        sunday: [['00:00', '24:00']],
        monday: [
          ['09:00', '12:00'],
          ['14:00', '18:00'],
        ],
      },
    });
    expect(iso(addWorkingTime(split, new Date('2026-03-01T12:00:00Z'), { days: 1 }))).toBe(
      '2026-03-02T14:00:00.000Z',
    );
  });
  const paris = (sunday: [string, string][]) =>
    createBusinessCalendar({
      timeZone: 'Europe/Paris',
      hours: { saturday: [['00:00', '24:00']], sunday },
    });
  it('an opening that ends at a spring-forward change: the next opening of the day', () => {
    const calendar = paris([
      ['01:00', '02:00'],
      ['04:00', '05:00'],
    ]);
    // Saturday 28 March 02:30 (01:30 UTC) + 1 opening day: 02:30 does not exist on Sunday.
    expect(iso(addWorkingTime(calendar, new Date('2026-03-28T01:30:00Z'), { days: 1 }))).toBe(
      '2026-03-29T02:00:00.000Z',
    );
  });
  it('an opening across a spring-forward change: the time of day on the new offset', () => {
    const calendar = paris([['01:00', '05:00']]);
    // Saturday 03:30 (02:30 UTC) + 1 opening day: Sunday 03:30 is 01:30 UTC.
    expect(iso(addWorkingTime(calendar, new Date('2026-03-28T02:30:00Z'), { days: 1 }))).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });
});
