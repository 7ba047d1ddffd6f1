import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  addWorkingTime,
  createBusinessCalendar,
  isOpen,
  nextOpening,
  workingTimeBetween,
} from '../../src/sla/index.js';
import { dstScenario } from './calendar-arbitraries.js';
import { MinuteStepper } from './minute-stepper.js';

const MINUTE = 60_000;
const WINDOW_MINUTES = 7 * 24 * 60;
const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe('business calendars agree with the minute-by-minute oracle around DST changes and the year’s end', () => {
  test.prop(
    [
      dstScenario,
      fc.integer({ min: 0, max: 4 * 24 * 60 }),
      fc.integer({ min: 1, max: 8 * 60 }),
      fc.integer({ min: 1, max: 3 }),
    ],
    { numRuns: 25 },
  )(
    'isOpen, nextOpening, workingTimeBetween and addWorkingTime (minutes and days) match the stepper',
    ({ spec, windowStart }, startMinute, minutes, days) => {
      const calendar = createBusinessCalendar(spec);
      const oracle = new MinuteStepper(spec, windowStart, WINDOW_MINUTES);
      const windowEnd = windowStart + WINDOW_MINUTES * MINUTE;

      for (let t = windowStart; t < windowEnd; t += MINUTE) {
        const expected = oracle.isOpen(t);
        if (
          isOpen(calendar, new Date(t)) !== expected ||
          isOpen(calendar, new Date(t + 59_999)) !== expected
        ) {
          expect.fail(`isOpen differs at ${iso(t)}: oracle says ${expected}`);
        }
      }

      const start = windowStart + startMinute * MINUTE;
      const opening = oracle.nextOpening(start);
      if (opening !== undefined) {
        expect(iso(nextOpening(calendar, new Date(start)).getTime())).toBe(iso(opening));
      }

      const due = oracle.add(start, minutes);
      if (due !== undefined) {
        expect(iso(addWorkingTime(calendar, new Date(start), { minutes }).getTime())).toBe(
          iso(due),
        );
      }

      const end = Math.min(windowEnd, start + minutes * 7 * MINUTE);
      expect(workingTimeBetween(calendar, new Date(start), new Date(end))).toBe(
        oracle.between(start, end),
      );

      const dueInDays = oracle.addDays(start, days);
      if (dueInDays !== undefined) {
        expect(iso(addWorkingTime(calendar, new Date(start), { days }).getTime())).toBe(
          iso(dueInDays),
        );
      }
    },
    120_000,
  );
});
