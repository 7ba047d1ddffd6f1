import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  adviseHandOff,
  classifyHandoff,
  defaultLevel1TimeBudgetPolicy,
  defineLevel1TimeBudgetPolicy,
  type Level1TimeBudgetPolicy,
  level1AdviceMessages,
  level1AdviceReasons,
  level1TimeBudget,
} from '../../src/handling/index.js';
import { thrownError as thrown } from '../core/thrown-error.js';

const min = 60_000;

/** The error `run` throws (fails the test when it throws nothing). */

describe('the seed’s level-1 time budget (§2.3, §2.5.1, §4.3.2)', () => {
  it('gives 3 to 5 minutes to identify the problem and about 10 minutes to intervene', () => {
    expect(defaultLevel1TimeBudgetPolicy).toEqual({
      identifyProblemMs: { min: 3 * min, max: 5 * min },
      interventionMs: 10 * min,
      adjustment: { minMs: 5 * min, maxMs: 15 * min, normalLoad: 1, peakLoad: 3 },
      nearLimitRatio: 0.8,
    });
    expect(level1TimeBudget()).toEqual({
      identifyProblemMs: { min: 3 * min, max: 5 * min },
      interventionMs: 10 * min,
      nearLimitMs: 8 * min,
    });
    expect(Object.isFrozen(defaultLevel1TimeBudgetPolicy)).toBe(true);
    expect(defineLevel1TimeBudgetPolicy()).toEqual(defaultLevel1TimeBudgetPolicy);
  });

  // [calls waiting, agents on duty, budget in minutes]
  it.each([
    [0, 1, 15],
    [0, 5, 15],
    [1, 2, 12.5],
    [2, 2, 10],
    [3, 3, 10],
    [4, 2, 7.5],
    [6, 2, 5],
    [40, 2, 5],
  ])('%i calls waiting for %i agents → %d minutes', (callsWaiting, agentsOnDuty, minutes) => {
    expect(level1TimeBudget({ callsWaiting, agentsOnDuty }).interventionMs).toBe(minutes * min);
  });

  it('keeps a fixed budget when the bounds are the nominal value', () => {
    const fixed = defineLevel1TimeBudgetPolicy({
      adjustment: { minMs: 10 * min, maxMs: 10 * min },
    });
    expect(level1TimeBudget({ callsWaiting: 0, agentsOnDuty: 1 }, fixed).interventionMs).toBe(
      10 * min,
    );
    expect(level1TimeBudget({ callsWaiting: 99, agentsOnDuty: 1 }, fixed).interventionMs).toBe(
      10 * min,
    );
  });

  it('checks a policy not built by defineLevel1TimeBudgetPolicy', () => {
    const broken = { ...defaultLevel1TimeBudgetPolicy, interventionMs: 20 * min };
    expect(() => level1TimeBudget(undefined, broken)).toThrowError(ConfigurationError);
    const fine = { ...defaultLevel1TimeBudgetPolicy, interventionMs: 12 * min };
    expect(level1TimeBudget(undefined, fine).interventionMs).toBe(12 * min);
  });

  it.each([
    [{ callsWaiting: -1, agentsOnDuty: 1 }],
    [{ callsWaiting: 1.5, agentsOnDuty: 1 }],
    [{ callsWaiting: 1, agentsOnDuty: 0 }],
    [{ callsWaiting: 1 }],
    [null],
  ])('refuses the queue %j', (queue) => {
    const call = level1TimeBudget as (q: unknown) => unknown;
    expect(() => call(queue)).toThrowError(
      /Invalid queue snapshot .*callsWaiting a whole number ≥ 0 and agentsOnDuty a whole number ≥ 1/,
    );
  });
});

describe('defineLevel1TimeBudgetPolicy refuses inconsistent policies', () => {
  it.each([
    [
      { interventionMs: 0 },
      ['interventionMs'],
      /interventionMs must be a whole number of milliseconds > 0/,
    ],
    [
      { interventionMs: Number.NaN },
      ['interventionMs'],
      /interventionMs must be a whole number of milliseconds > 0/,
    ],
    [
      { interventionMs: 600_000.5 },
      ['interventionMs'],
      /interventionMs must be a whole number of milliseconds > 0/,
    ],
    [
      { interventionMs: 20 * min },
      ['adjustment', 'maxMs'],
      /interventionMs \(1200000\) must be at most adjustment.maxMs/,
    ],
    [
      { interventionMs: 4 * min },
      ['interventionMs'],
      /adjustment.minMs \(300000\) must be at most interventionMs/,
    ],
    [
      { identifyProblemMs: { min: 6 * min, max: 5 * min } },
      ['identifyProblemMs'],
      /identifyProblemMs.min .* at most identifyProblemMs.max/,
    ],
    [
      { identifyProblemMs: { min: 3 * min, max: 6 * min } },
      ['adjustment', 'minMs'],
      /identifyProblemMs.max \(360000\) must be at most adjustment.minMs/,
    ],
    [
      { adjustment: { normalLoad: 3 } },
      ['adjustment', 'peakLoad'],
      /normalLoad \(3\) must be less than adjustment.peakLoad \(3\)/,
    ],
    [
      { adjustment: { peakLoad: -1 } },
      ['adjustment', 'peakLoad'],
      /peakLoad must be a finite number > 0/,
    ],
    [
      { nearLimitRatio: 1 },
      ['nearLimitRatio'],
      /nearLimitRatio must be a fraction strictly between 0 and 1/,
    ],
    [
      { nearLimitRatio: 0 },
      ['nearLimitRatio'],
      /nearLimitRatio must be a fraction strictly between 0 and 1/,
    ],
    [
      { identifyProblemMs: { min: 0, max: 5 * min } },
      ['identifyProblemMs', 'min'],
      /identifyProblemMs\.min must be a whole number of milliseconds > 0, got 0\./,
    ],
    [
      { identifyProblemMs: { min: 3 * min, max: 1.5 } },
      ['identifyProblemMs', 'max'],
      /identifyProblemMs\.max must be a whole number of milliseconds > 0, got 1\.5\./,
    ],
    [
      { adjustment: { minMs: -1 } },
      ['adjustment', 'minMs'],
      /adjustment\.minMs must be a whole number of milliseconds > 0, got -1\./,
    ],
    [
      { adjustment: { maxMs: 0 } },
      ['adjustment', 'maxMs'],
      /adjustment\.maxMs must be a whole number of milliseconds > 0, got 0\./,
    ],
    [
      { adjustment: { normalLoad: 0 } },
      ['adjustment', 'normalLoad'],
      /adjustment\.normalLoad must be a finite number > 0 \(calls waiting per agent\), got 0\./,
    ],
    [
      { adjustment: { normalLoad: Number.NaN } },
      ['adjustment', 'normalLoad'],
      /adjustment\.normalLoad must be a finite number > 0/,
    ],
    [
      { adjustment: { peakLoad: Number.POSITIVE_INFINITY } },
      ['adjustment', 'peakLoad'],
      /adjustment\.peakLoad must be a finite number > 0/,
    ],
    [
      { nearLimitRatio: Number.NaN },
      ['nearLimitRatio'],
      /nearLimitRatio must be a fraction strictly between 0 and 1/,
    ],
  ] as const)('%j', (spec, path, message) => {
    expect(() => defineLevel1TimeBudgetPolicy(spec)).toThrowError(ConfigurationError);
    expect(() => defineLevel1TimeBudgetPolicy(spec)).toThrowError(message);
    try {
      defineLevel1TimeBudgetPolicy(spec);
    } catch (e) {
      expect((e as ConfigurationError).path).toEqual(path);
    }
  });

  it('refuses a spec that is not an object', () => {
    const call = defineLevel1TimeBudgetPolicy as (s: unknown) => unknown;
    expect(() => call(null)).toThrowError(ConfigurationError);
    for (const spec of [null, 5, 'seed']) {
      expect(() => call(spec)).toThrowError(
        /^Level-1 time budget: expected an object \{ identifyProblemMs\?, interventionMs\?, adjustment\?, nearLimitRatio\? \}\.$/,
      );
      expect(thrown(() => call(spec))).toMatchObject({ path: [], input: spec });
    }
    expect(thrown(() => call({ adjustment: 5 }))).toMatchObject({ path: ['adjustment'], input: 5 });
    expect(thrown(() => call({ identifyProblemMs: 5 }))).toMatchObject({
      path: ['identifyProblemMs'],
      input: 5,
    });
    expect(() => call({ adjustment: 5 })).toThrowError(/adjustment must be/);
    expect(() => call({ identifyProblemMs: 5 })).toThrowError(
      /identifyProblemMs must be \{ min, max \}/,
    );
  });
});

describe('adviseHandOff (§4.3.3, « Le technicien manque de temps »)', () => {
  // [spent, estimate of what is left, reason, noticed]
  it.each([
    [1 * min, undefined, 'within-budget', undefined],
    [1 * min, 2 * min, 'within-budget', undefined],
    [2 * min, 15 * min, 'overrun-foreseen', 'foreseen'],
    [0, 11 * min, 'overrun-foreseen', 'foreseen'],
    [7 * min, 4 * min, 'overrun-foreseen', 'foreseen'],
    [8 * min, 3 * min, 'near-limit-far-from-solution', 'near-limit'],
    [9 * min, 5 * min, 'near-limit-far-from-solution', 'near-limit'],
    [9 * min, undefined, 'approaching-limit', undefined],
    [9 * min, 1 * min, 'approaching-limit', undefined],
    [10 * min, undefined, 'budget-exhausted', 'near-limit'],
    [10 * min, 0, 'budget-exhausted', 'near-limit'],
    [25 * min, 1 * min, 'budget-exhausted', 'near-limit'],
  ] as const)('spent %i ms, %s ms left → %s', (spentMs, estimatedRemainingMs, reason, noticed) => {
    const advice = adviseHandOff(
      estimatedRemainingMs === undefined ? { spentMs } : { spentMs, estimatedRemainingMs },
    );
    expect(advice.reason).toBe(reason);
    if (noticed === undefined) {
      expect(advice).toEqual({ action: 'continue', reason, remainingMs: 10 * min - spentMs });
    } else {
      expect(advice).toEqual({
        action: 'hand-off',
        reason,
        situation: { cause: 'not-enough-time', noticed },
      });
      if (advice.action === 'hand-off')
        expect(classifyHandoff(advice.situation).kind).toBe('escalation');
    }
  });

  it('warns when the problem is still not identified after 5 minutes (§2.3)', () => {
    expect(adviseHandOff({ spentMs: 6 * min, problemIdentified: false }).reason).toBe(
      'identification-overdue',
    );
    expect(adviseHandOff({ spentMs: 4 * min, problemIdentified: false }).reason).toBe(
      'within-budget',
    );
    expect(adviseHandOff({ spentMs: 6 * min, problemIdentified: true }).reason).toBe(
      'within-budget',
    );
  });

  it('is not overdue at exactly the 5 minutes allowed to identify the problem (§2.3)', () => {
    expect(adviseHandOff({ spentMs: 5 * min, problemIdentified: false }).reason).toBe(
      'within-budget',
    );
    expect(adviseHandOff({ spentMs: 5 * min + 1, problemIdentified: false }).reason).toBe(
      'identification-overdue',
    );
  });

  it('takes a budget whose near-limit point is 0 or the whole budget', () => {
    const identifyProblemMs = { min: 3 * min, max: 5 * min };
    expect(
      adviseHandOff({ spentMs: 0 }, { interventionMs: 10 * min, nearLimitMs: 0, identifyProblemMs })
        .reason,
    ).toBe('approaching-limit');
    expect(
      adviseHandOff(
        { spentMs: 9 * min },
        { interventionMs: 10 * min, nearLimitMs: 10 * min, identifyProblemMs },
      ).reason,
    ).toBe('within-budget');
  });

  it('names the progress, not one of its fields, when the progress is not an object', () => {
    const call = adviseHandOff as (p: unknown) => unknown;
    expect(() => call(5)).toThrowError(/^Invalid progress 5: expected \{ spentMs/);
  });

  it('follows the queue: the same call is handed off sooner at peak', () => {
    const peak = level1TimeBudget({ callsWaiting: 10, agentsOnDuty: 2 });
    const quiet = level1TimeBudget({ callsWaiting: 0, agentsOnDuty: 2 });
    const progress = { spentMs: 6 * min, estimatedRemainingMs: 3 * min };
    expect(adviseHandOff(progress, peak).reason).toBe('budget-exhausted');
    expect(adviseHandOff(progress, quiet).reason).toBe('within-budget');
    expect(adviseHandOff(progress).reason).toBe('within-budget');
  });

  it.each([
    [{ spentMs: -1 }, /Invalid spentMs -1/],
    [{ spentMs: Number.POSITIVE_INFINITY }, /Invalid spentMs/],
    [{ spentMs: 0, estimatedRemainingMs: -5 }, /Invalid estimatedRemainingMs -5/],
    [null, /Invalid progress null/],
  ])('refuses %j', (progress, message) => {
    const call = adviseHandOff as (p: unknown) => unknown;
    expect(() => call(progress)).toThrowError(TypeError);
    expect(() => call(progress)).toThrowError(message);
  });

  it.each([
    [{ interventionMs: 0, nearLimitMs: 0 }],
    [{ interventionMs: 10 * min, nearLimitMs: 11 * min }],
    [{ interventionMs: Number.NaN, nearLimitMs: 0 }],
    [{ interventionMs: Number.POSITIVE_INFINITY, nearLimitMs: 0 }],
    [{ interventionMs: 10 * min, nearLimitMs: -1 }],
    [{ interventionMs: 10 * min, nearLimitMs: '0' }],
    [{ interventionMs: 10 * min, nearLimitMs: null }],
    [null],
  ])('refuses the malformed budget %j', (budget) => {
    const call = adviseHandOff as (p: unknown, b: unknown) => unknown;
    expect(() => call({ spentMs: 0 }, budget)).toThrowError(
      /Invalid level-1 budget .*as level1TimeBudget\(\) returns/,
    );
  });

  it('has a fr/en message for every reason', () => {
    expect(Object.keys(level1AdviceMessages).sort()).toEqual([...level1AdviceReasons].sort());
    for (const r of level1AdviceReasons) {
      expect(level1AdviceMessages[r].fr).not.toBe('');
      expect(level1AdviceMessages[r].en).not.toBe('');
    }
  });
});

const ms = fc.integer({ min: 0, max: 60 * min });
const queue = fc.record({
  callsWaiting: fc.integer({ min: 0, max: 200 }),
  agentsOnDuty: fc.integer({ min: 1, max: 50 }),
});
const policy: fc.Arbitrary<Level1TimeBudgetPolicy> = fc
  .record({
    identify: fc.integer({ min: 1, max: 5 * min }),
    steps: fc.tuple(
      fc.integer({ min: 0, max: 10 * min }),
      fc.integer({ min: 0, max: 10 * min }),
      fc.integer({ min: 0, max: 10 * min }),
    ),
    normalLoad: fc.double({ min: 0.1, max: 5, noNaN: true }),
    peakExtra: fc.double({ min: 0.1, max: 5, noNaN: true }),
    nearLimitRatio: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
  })
  .map(({ identify, steps: [a, b, c], normalLoad, peakExtra, nearLimitRatio }) =>
    defineLevel1TimeBudgetPolicy({
      identifyProblemMs: { min: identify, max: identify },
      adjustment: {
        minMs: identify + a,
        maxMs: identify + a + b + c,
        normalLoad,
        peakLoad: normalLoad + peakExtra,
      },
      interventionMs: identify + a + b,
      nearLimitRatio,
    }),
  );

test.prop([queue, policy])('the adjusted budget stays within its bounds', (q, p) => {
  const { interventionMs } = level1TimeBudget(q, p);
  expect(interventionMs).toBeGreaterThanOrEqual(p.adjustment.minMs);
  expect(interventionMs).toBeLessThanOrEqual(p.adjustment.maxMs);
});

test.prop([queue, fc.integer({ min: 0, max: 50 }), policy])(
  'more calls waiting never lengthen the budget',
  (q, more, p) => {
    const busier = { ...q, callsWaiting: q.callsWaiting + more };
    expect(level1TimeBudget(busier, p).interventionMs).toBeLessThanOrEqual(
      level1TimeBudget(q, p).interventionMs,
    );
  },
);

test.prop([
  ms,
  ms,
  fc.option(ms, { nil: undefined }),
  fc.option(queue, { nil: undefined }),
  policy,
])(
  'more time spent never turns “hand off” back into “continue”',
  (spent, extra, estimate, q, p) => {
    const budget = level1TimeBudget(q, p);
    const at = (spentMs: number) =>
      adviseHandOff(
        estimate === undefined ? { spentMs } : { spentMs, estimatedRemainingMs: estimate },
        budget,
      );
    if (at(spent).action === 'hand-off') expect(at(spent + extra).action).toBe('hand-off');
  },
);

test.prop([ms, ms, fc.option(queue, { nil: undefined })])(
  'level 1 hands off exactly when the time spent plus what is left exceeds the budget, or the budget is spent',
  (spentMs, estimatedRemainingMs, q) => {
    const budget = level1TimeBudget(q);
    const advice = adviseHandOff({ spentMs, estimatedRemainingMs }, budget);
    const expected =
      spentMs >= budget.interventionMs || spentMs + estimatedRemainingMs > budget.interventionMs;
    expect(advice.action).toBe(expected ? 'hand-off' : 'continue');
    if (advice.action === 'hand-off' && advice.reason !== 'budget-exhausted') {
      expect(advice.situation.noticed).toBe(
        spentMs < budget.nearLimitMs ? 'foreseen' : 'near-limit',
      );
    }
  },
);
