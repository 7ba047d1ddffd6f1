import { describe, expect, it } from 'vitest';
import { assertWorkingDuration, nominalDurationMs } from '../../src/sla/working-duration.js';

describe('working durations', () => {
  it.each([
    [{ minutes: 1 }, 60_000],
    [{ hours: 24 }, 86_400_000],
    [{ days: 5 }, 432_000_000],
    [{ hours: 1, minutes: 30, seconds: 15 }, 5_415_000],
  ])('%o is nominally %i ms', (d, ms) => {
    expect(nominalDurationMs(assertWorkingDuration(d))).toBe(ms);
  });

  it.each([
    [null, /expected a duration/],
    [[1], /expected a duration/],
    [{}, /must be positive/],
    [{ months: 1 }, /unit "months" is not allowed/],
    [{ minutes: Number.NaN }, /finite number/],
    [{ minutes: '5' }, /finite number/],
  ])('refuses %o', (d, message) => {
    expect(() => assertWorkingDuration(d, ['x'])).toThrowError(message);
  });
});
