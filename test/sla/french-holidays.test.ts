import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  addWorkingTime,
  createBusinessCalendar,
  type HolidaySpec,
  isOpen,
  workingTimeBetween,
} from '../../src/sla/index.js';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

/** French public holidays of some years as local dates, fed by the date-holidays package. */
function frenchPublicHolidays(years: readonly number[]): HolidaySpec[] {
  const france = new Holidays('FR');
  return years.flatMap((year) =>
    france
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => holiday.date.slice(0, 10)),
  );
}

const office = [
  ['09:00', '12:00'],
  ['13:30', '18:00'],
] as const;
const paris = createBusinessCalendar({
  timeZone: 'Europe/Paris',
  hours: { monday: office, tuesday: office, wednesday: office, thursday: office, friday: office },
  holidays: frenchPublicHolidays([2026, 2027]),
});

describe('a Paris office calendar with the French public holidays from date-holidays', () => {
  it('gets the eleven 2026 public holidays', () => {
    expect(frenchPublicHolidays([2026])).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it.each([
    [
      'Ascension: Wednesday 13 May 17:00 + 2 hours is Friday 15 May 10:00',
      '2026-05-13T15:00:00Z',
      { hours: 2 },
      '2026-05-15T08:00:00.000Z',
    ],
    [
      '1 May is a Friday: Thursday 30 April 17:00 + 2 hours is Monday 4 May 10:00',
      '2026-04-30T15:00:00Z',
      { hours: 2 },
      '2026-05-04T08:00:00.000Z',
    ],
    [
      'Easter Monday: Friday 3 April 10:00 + 1 day is Tuesday 7 April 10:00',
      '2026-04-03T08:00:00Z',
      { days: 1 },
      '2026-04-07T08:00:00.000Z',
    ],
    [
      '250 opening days from Monday 5 January 10:00 is Thursday 31 December 10:00',
      '2026-01-05T09:00:00Z',
      { days: 250 },
      '2026-12-31T09:00:00.000Z',
    ],
    [
      'the seed’s 5-day maximum delay from Friday 24 December 2027 10:00 is Friday 31 December 10:00',
      '2027-12-24T09:00:00Z',
      { days: 5 },
      '2027-12-31T09:00:00.000Z',
    ],
  ] as const)('%s', (_, start, duration, expected) => {
    expect(addWorkingTime(paris, at(start), duration).toISOString()).toBe(expected);
  });

  it('counts 252 opening days of 7.5 hours in 2026', () => {
    expect(workingTimeBetween(paris, at('2025-12-31T23:00:00Z'), at('2026-12-31T23:00:00Z'))).toBe(
      252 * 7.5 * HOUR,
    );
  });

  it('is closed on Bastille Day and open the day after', () => {
    expect(isOpen(paris, at('2026-07-14T08:00:00Z'))).toBe(false);
    expect(isOpen(paris, at('2026-07-15T08:00:00Z'))).toBe(true);
  });
});
