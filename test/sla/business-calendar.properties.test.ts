import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  addWorkingTime,
  type BusinessCalendar,
  createBusinessCalendar,
  isOpen,
  nextOpening,
  openIntervalsBetween,
  workingTimeBetween,
} from '../../src/sla/index.js';
import { calendarSpec } from './calendar-arbitraries.js';

const calendar = calendarSpec.map((spec) => createBusinessCalendar(spec));
/** Any millisecond from December 2025 to January 2027. */
const instant = fc
  .integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2027, 0, 31) })
  .map((t) => new Date(t));
/** Working time in whole milliseconds, up to 60 hours. */
const workingMs = fc.integer({ min: 1, max: 60 * 3_600_000 });
const add = (c: BusinessCalendar, t: Date, ms: number) =>
  addWorkingTime(c, t, { seconds: ms / 1000 });

/** Closed time is allowed only exactly at the end of an open interval. */
const openOrAtClosing = (c: BusinessCalendar, t: Date) =>
  isOpen(c, t) || isOpen(c, new Date(t.getTime() - 1));

describe('working-time invariants on random calendars', () => {
  test.prop([calendar, instant, workingMs])(
    'workingTimeBetween(c, t, addWorkingTime(c, t, d)) = d',
    (c, t, d) => {
      expect(workingTimeBetween(c, t, add(c, t, d))).toBe(d);
    },
  );

  test.prop([
    calendar,
    instant,
    fc.integer({ min: 1, max: 3_000 }),
    fc.constantFrom('hours', 'minutes'),
  ])('between(t, add(t, d)) = d for whole hours and minutes', (c, t, amount, unit) => {
    const ms = amount * (unit === 'hours' ? 3_600_000 : 60_000);
    expect(workingTimeBetween(c, t, addWorkingTime(c, t, { [unit]: amount }))).toBe(ms);
  });

  test.prop([calendar, instant, instant, workingMs])(
    'addWorkingTime is monotone in the start',
    (c, a, b, d) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      expect(add(c, early, d).getTime()).toBeLessThanOrEqual(add(c, late, d).getTime());
    },
  );

  test.prop([calendar, instant, workingMs, workingMs])(
    'addWorkingTime is monotone in the duration',
    (c, t, a, b) => {
      const [short, long] = a <= b ? [a, b] : [b, a];
      expect(add(c, t, short).getTime()).toBeLessThanOrEqual(add(c, t, long).getTime());
    },
  );

  test.prop([calendar, instant, workingMs, workingMs])(
    'add(add(t, a), b) = add(t, a + b)',
    (c, t, a, b) => {
      expect(add(c, add(c, t, a), b).getTime()).toBe(add(c, t, a + b).getTime());
    },
  );

  test.prop([calendar, instant, workingMs, fc.integer({ min: 0, max: 20 })])(
    'results never fall in closed time, except exactly at an interval end',
    (c, t, d, days) => {
      expect(openOrAtClosing(c, add(c, t, d))).toBe(true);
      if (days > 0) expect(openOrAtClosing(c, addWorkingTime(c, t, { days }))).toBe(true);
    },
  );

  test.prop([calendar, instant, instant])(
    'swapping the arguments negates workingTimeBetween',
    (c, a, b) => {
      expect(workingTimeBetween(c, b, a)).toBe(0 - workingTimeBetween(c, a, b));
    },
  );

  test.prop([calendar, instant, instant, instant])(
    'workingTimeBetween is additive over a split point',
    (c, a, b, m) => {
      expect(workingTimeBetween(c, a, m) + workingTimeBetween(c, m, b)).toBe(
        workingTimeBetween(c, a, b),
      );
    },
  );

  test.prop([calendar, instant])(
    'nextOpening is open, not before t, and nothing opens in between',
    (c, t) => {
      const opening = nextOpening(c, t);
      expect(opening.getTime()).toBeGreaterThanOrEqual(t.getTime());
      expect(isOpen(c, opening)).toBe(true);
      expect(workingTimeBetween(c, t, opening)).toBe(0);
    },
  );

  test.prop([calendar, instant, instant])(
    'openIntervalsBetween sums to workingTimeBetween, in order, open, and never touching',
    (c, a, b) => {
      const [from, to] = a <= b ? [a, b] : [b, a];
      const intervals = openIntervalsBetween(c, from, to);
      let sum = 0;
      let previousEnd = Number.NEGATIVE_INFINITY;
      for (const { start, end } of intervals) {
        expect(start.getTime()).toBeGreaterThan(previousEnd);
        expect(end.getTime()).toBeGreaterThan(start.getTime());
        expect(isOpen(c, start)).toBe(true);
        sum += end.getTime() - start.getTime();
        previousEnd = end.getTime();
      }
      expect(sum).toBe(workingTimeBetween(c, from, to));
    },
  );

  test.prop([calendar, instant, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 })])(
    'adding more opening days never gives an earlier instant',
    (c, t, a, b) => {
      const [few, many] = a <= b ? [a, b] : [b, a];
      expect(addWorkingTime(c, t, { days: few }).getTime()).toBeLessThanOrEqual(
        addWorkingTime(c, t, { days: many }).getTime(),
      );
    },
  );
});
