import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/configuration-error.js';
import { erlangA } from '../../src/staffing/erlang-a.js';
import { exponentialBudgetResponse } from '../../src/staffing/level1-budget-response.js';
import { level1BudgetWhatIf } from '../../src/staffing/level1-budget-what-if.js';

const desk = { callsPerHour: 60, agents: 6, patience: { minutes: 2 } } as const;

describe('the seed’s budget response (§1.1: ~80 % at level 1; §4.3.2: ~10 minutes)', () => {
  it('resolves 80 % at level 1 within 10 minutes, and holds a call 10/ln 5 × 0.8 min on average', () => {
    const seed = exponentialBudgetResponse();
    expect(seed.firstLevelResolution(600_000)).toBeCloseTo(0.8, 14);
    expect(seed.handleTimeMs(600_000)).toBeCloseTo((600_000 / Math.log(5)) * 0.8, 6);
  });

  test.prop([
    fc.double({ min: 1, max: 3_600_000, noNaN: true }),
    fc.double({ min: 1, max: 3_600_000, noNaN: true }),
  ])(
    'a longer budget resolves more at level 1 and never shortens a call; a call never exceeds its budget',
    (a, b) => {
      const seed = exponentialBudgetResponse();
      const [short, long] = a <= b ? [a, b] : [b, a];
      expect(seed.firstLevelResolution(long)).toBeGreaterThanOrEqual(
        seed.firstLevelResolution(short),
      );
      expect(seed.handleTimeMs(long)).toBeGreaterThanOrEqual(seed.handleTimeMs(short));
      expect(seed.handleTimeMs(short)).toBeLessThanOrEqual(short);
    },
  );

  it('calibrates on a desk’s own figures and adds its overhead', () => {
    const own = exponentialBudgetResponse({
      budget: { minutes: 8 },
      firstLevelResolution: 0.7,
      overhead: { minutes: 1 },
    });
    expect(own.firstLevelResolution(480_000)).toBeCloseTo(0.7, 14);
    expect(own.handleTimeMs(0)).toBe(60_000);
    expect(() => exponentialBudgetResponse({ firstLevelResolution: 1 })).toThrow(
      /strictly between 0 and 1/,
    );
    expect(() => exponentialBudgetResponse({ budget: { days: 1 } as never })).toThrow(
      ConfigurationError,
    );
  });
});

describe('level1BudgetWhatIf (seed §4.3.2)', () => {
  it('tabulates 5 to 15 minutes by default, each row the Erlang A queue of its handle time', () => {
    const rows = level1BudgetWhatIf(desk);
    expect(rows.map((r) => r.budgetMs / 60_000)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    for (const row of rows) {
      expect(row.queue).toEqual(
        erlangA({
          callsPerHour: 60,
          agents: 6,
          patience: { minutes: 2 },
          handleTime: { seconds: row.handleTimeMs / 1000 },
          answerWithin: { seconds: 20 },
        }),
      );
      const answered = 60 * (1 - row.queue.abandonment);
      expect(row.level2CallsPerHour).toBeCloseTo(answered * (1 - row.firstLevelResolution), 12);
      expect(row.resolvedAtLevel1PerHour + row.level2CallsPerHour).toBeCloseTo(answered, 12);
    }
  });

  it('shows the seed’s trade-off: a longer budget, more resolved at level 1, more « raccrochés »', () => {
    const rows = level1BudgetWhatIf(desk);
    for (let i = 1; i < rows.length; i++) {
      const [before, after] = [rows[i - 1], rows[i]] as const;
      expect(after?.firstLevelResolution).toBeGreaterThan(before?.firstLevelResolution ?? 1);
      expect(after?.queue.abandonment).toBeGreaterThan(before?.queue.abandonment ?? 1);
      expect(after?.queue.averageSpeedOfAnswerMs).toBeGreaterThan(
        before?.queue.averageSpeedOfAnswerMs ?? Number.POSITIVE_INFINITY,
      );
      expect(after?.level2CallsPerHour).toBeLessThan(before?.level2CallsPerHour ?? 0);
    }
  });

  it('uses the desk’s own response policy', () => {
    const rows = level1BudgetWhatIf({
      ...desk,
      budgets: [{ minutes: 10 }],
      response: { handleTimeMs: () => 240_000, firstLevelResolution: () => 0.5 },
      answerWithin: { seconds: 30 },
    });
    expect(rows[0]?.handleTimeMs).toBe(240_000);
    expect(rows[0]?.queue.answerWithinMs).toBe(30_000);
    expect(rows[0]?.firstLevelResolution).toBe(0.5);
  });

  it.each([
    [
      { response: { handleTimeMs: () => Number.NaN, firstLevelResolution: () => 0.5 } },
      /handleTimeMs\(600000\) .* got NaN/,
    ],
    [
      { response: { handleTimeMs: () => 1, firstLevelResolution: () => 1.5 } },
      /firstLevelResolution\(600000\) .* got 1\.5/,
    ],
    [{ response: {} }, /response must have handleTimeMs/],
    [{ budgets: { minutes: 10 } }, /budgets must be an array/],
    [{ budgets: [{ minutes: 0 }] }, /budgets\.0 must be a positive duration/],
    [{ agents: 0 }, /agents must be a whole number/],
  ])('refuses %o naming it', (change, message) => {
    const input = { ...desk, budgets: [{ minutes: 10 }], ...change };
    expect(() => level1BudgetWhatIf(input as never)).toThrow(ConfigurationError);
    expect(() => level1BudgetWhatIf(input as never)).toThrow(message);
  });
});
