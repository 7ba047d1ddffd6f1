/** fast-check arbitraries for business calendars around the 2026 daylight-saving changes. */
import { fc } from '@fast-check/vitest';
import type {
  BusinessCalendarSpec,
  HolidaySpec,
  LocalTimeRange,
  WeeklyHours,
} from '../../src/sla/index.js';
import { weekdays } from '../../src/sla/index.js';

const pad = (n: number) => String(n).padStart(2, '0');
const timeOf = (halfHours: number) =>
  `${pad(Math.floor(halfHours / 2))}:${halfHours % 2 ? '30' : '00'}`;

/** Zones with DST changes of one hour (Paris, New York), half an hour (Lord Howe), and none. */
export const zones = ['UTC', 'Europe/Paris', 'America/New_York', 'Australia/Lord_Howe'] as const;

/** The 2026 changes of each zone (UTC instants), so that windows straddle them. */
export const dstChanges: Record<(typeof zones)[number], readonly number[]> = {
  UTC: [Date.UTC(2026, 5, 1)],
  'Europe/Paris': [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)],
  'America/New_York': [Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6)],
  'Australia/Lord_Howe': [Date.UTC(2026, 3, 4, 15), Date.UTC(2026, 9, 3, 15, 30)],
};

/** Midnight UTC on 1 January 2027, so that some windows straddle the year's end. */
export const NEW_YEAR_2027 = Date.UTC(2027, 0, 1);

/** A day's ranges on a half-hour grid: sorted distinct points taken in pairs (0–3 ranges). */
export const dayRanges: fc.Arbitrary<LocalTimeRange[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 48 }), { maxLength: 6 })
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const ranges: LocalTimeRange[] = [];
    for (let k = 0; k + 1 < sorted.length; k += 2) {
      ranges.push([timeOf(sorted[k] as number), timeOf(sorted[k + 1] as number)]);
    }
    return ranges;
  });

/** Weekly hours with at least one open range. */
export const weeklyHours: fc.Arbitrary<WeeklyHours> = fc
  .tuple(...weekdays.map(() => fc.option(dayRanges, { nil: undefined, freq: 3 })))
  .filter((days) => days.some((ranges) => ranges !== undefined && ranges.length > 0))
  .map((days) => {
    const hours: Record<string, LocalTimeRange[]> = {};
    weekdays.forEach((day, k) => {
      const ranges = days[k];
      if (ranges !== undefined) hours[day] = ranges;
    });
    return hours as WeeklyHours;
  });

const DAY = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Closures on days drawn from `days`: fixed, recurring, ranges (some over a year's end), partial. */
export function holidayOn(days: fc.Arbitrary<Date>): fc.Arbitrary<HolidaySpec> {
  return fc.oneof(
    days.map(isoDay),
    days.map((date) => `--${isoDay(date).slice(5)}`),
    fc.tuple(days, fc.integer({ min: 0, max: 5 })).map(([date, length]) => ({
      date: isoDay(date),
      until: isoDay(new Date(date.getTime() + length * DAY)),
    })),
    fc.tuple(days, fc.integer({ min: 0, max: 9 })).map(([date, length]) => ({
      date: `--${isoDay(date).slice(5)}`,
      until: `--${isoDay(new Date(date.getTime() + length * DAY)).slice(5)}`,
    })),
    fc
      .tuple(days, fc.integer({ min: 0, max: 47 }), fc.integer({ min: 1, max: 48 }))
      .filter(([, from, to]) => from < to)
      .map(([date, from, to]) => ({
        date: isoDay(date),
        closed: [[timeOf(from), timeOf(to)] as const],
      })),
  );
}

/** Any day of 2026 and the first days of 2027 (for closures over the year's end). */
export const dayOf2026 = fc
  .integer({ min: 0, max: 370 })
  .map((k) => new Date(Date.UTC(2026, 0, 1 + k)));

/** A random calendar spec in one of {@link zones}, closures anywhere in 2026. */
export const calendarSpec: fc.Arbitrary<BusinessCalendarSpec> = fc.record({
  timeZone: fc.constantFrom(...zones),
  hours: weeklyHours,
  holidays: fc.array(holidayOn(dayOf2026), { maxLength: 4 }),
});

/**
 * A calendar around one of its zone's 2026 DST changes or the 2026–2027 year's end:
 * `windowStart` (a whole minute) is up to four days before it, and closures fall within the 8 days after it.
 */
export const dstScenario = fc
  .constantFrom(...zones)
  .chain((timeZone) =>
    fc
      .record({
        change: fc.constantFrom(...dstChanges[timeZone], NEW_YEAR_2027),
        before: fc.integer({ min: 0, max: 4 * 24 * 60 }),
      })
      .map(({ change, before }) => ({
        timeZone,
        windowStart: Math.floor(change / 60_000) * 60_000 - before * 60_000,
      })),
  )
  .chain(({ timeZone, windowStart }) =>
    fc.record({
      windowStart: fc.constant(windowStart),
      spec: fc.record({
        timeZone: fc.constant(timeZone),
        hours: weeklyHours,
        holidays: fc.array(
          holidayOn(
            fc
              .integer({ min: -1, max: 8 })
              .map((k) => new Date(Math.floor(windowStart / DAY) * DAY + k * DAY)),
          ),
          { maxLength: 3 },
        ),
      }),
    }),
  );
