import { expectTypeOf, test } from 'vitest';
import {
  addWorkingTime,
  alwaysOpen,
  type BusinessCalendar,
  createBusinessCalendar,
  type HolidaySpec,
  openIntervalsBetween,
  type Weekday,
  workingTimeBetween,
} from '../../src/sla/index.js';

test('the calendar API is typed', () => {
  expectTypeOf<Weekday>().toEqualTypeOf<
    'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday'
  >();
  expectTypeOf(
    createBusinessCalendar({ timeZone: 'UTC', hours: {} }),
  ).toEqualTypeOf<BusinessCalendar>();
  expectTypeOf(addWorkingTime(alwaysOpen, new Date(0), { hours: 1 })).toEqualTypeOf<Date>();
  expectTypeOf(workingTimeBetween(alwaysOpen, new Date(0), new Date(1))).toEqualTypeOf<number>();
  expectTypeOf(openIntervalsBetween(alwaysOpen, new Date(0), new Date(1))).toEqualTypeOf<
    { start: Date; end: Date }[]
  >();
  expectTypeOf<'--12-25'>().toExtend<HolidaySpec>();
});

test('misuse does not compile', () => {
  // @ts-expect-error 'mon' is not a weekday
  createBusinessCalendar({ timeZone: 'UTC', hours: { mon: [['09:00', '12:00']] } });
  // @ts-expect-error a range is a pair of times
  createBusinessCalendar({ timeZone: 'UTC', hours: { monday: [['09:00']] } });
  // @ts-expect-error the time zone is required
  createBusinessCalendar({ hours: { monday: [['09:00', '12:00']] } });
  // @ts-expect-error weeks have no working length
  addWorkingTime(alwaysOpen, new Date(0), { weeks: 1 });
  // @ts-expect-error instants are Dates, not strings
  workingTimeBetween(alwaysOpen, '2026-01-01', new Date(0));
  // @ts-expect-error a holiday range needs its first date
  createBusinessCalendar({ timeZone: 'UTC', hours: {}, holidays: [{ until: '--01-02' }] });
});
