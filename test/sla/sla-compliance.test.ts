import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  defaultSlaTable,
  defineSlaTable,
  type SlaMeasuredTarget,
  type SlaResult,
  slaCompliance,
  slaMeasuredTargets,
} from '../../src/sla/index.js';

function results<P extends string | number>(
  priority: P,
  target: SlaMeasuredTarget,
  met: number,
  missed: number,
): SlaResult<P>[] {
  return [
    ...Array.from({ length: met }, () => ({ priority, target, met: true })),
    ...Array.from({ length: missed }, () => ({ priority, target, met: false })),
  ];
}

describe('slaCompliance against the seed table (§2.5.2.4)', () => {
  it('counts 99 of 100 P1 detections met as ok (99 %), with no miss left to spare', () => {
    expect(slaCompliance(results(1, 'detection', 99, 1)).get(1)?.detection).toEqual({
      met: 99,
      total: 100,
      rate: 0.99,
      successRate: 0.99,
      ok: true,
      budgetLeft: 0,
    });
  });

  it('counts 98 of 100 P1 detections met as not ok', () => {
    expect(slaCompliance(results(1, 'detection', 98, 2)).get(1)?.detection).toEqual({
      met: 98,
      total: 100,
      rate: 0.98,
      successRate: 0.99,
      ok: false,
      budgetLeft: 0,
    });
  });

  // Rates whose product with the total is not exact in floating point (0.07 × 100 =
  // 7.000000000000001, 0.55 × 200 = 110.00000000000001, 0.29 × 100 = 28.999999999999996):
  // the comparison must still be exact.
  it.each([
    [0.07, 7, 100, true],
    [0.07, 6, 100, false],
    [0.55, 110, 200, true],
    [0.55, 109, 200, false],
    [0.29, 29, 100, true],
    [0.29, 28, 100, false],
    [0.57, 57, 100, true],
    [0.57, 56, 100, false],
    [0.97, 97, 100, true],
    [0.97, 96, 100, false],
    [0.95, 19, 20, true],
    [0.9, 9, 10, true],
    [0.9, 8, 9, false],
    [0.98, 49, 50, true],
  ] as const)('rate %d with %i of %i met: ok is %s', (rate, met, total, ok) => {
    const table = defineSlaTable(
      {
        A: {
          detection: { within: { minutes: 1 }, successRate: rate },
          resolution: { within: { minutes: 10 }, successRate: rate },
          maxDelay: { hours: 1 },
        },
      },
      { priorities: ['A'] },
    );
    const line = slaCompliance(results('A', 'resolution', met, total - met), table).get('A');
    expect(line?.resolution.ok).toBe(ok);
    expect(line?.detection.total).toBe(0);
  });

  it('keeps every priority of the scale in order, each target apart', () => {
    const report = slaCompliance([
      ...results(4, 'resolution', 9, 1),
      ...results(2, 'detection', 1, 0),
      ...results(4, 'detection', 0, 1),
    ]);
    expect([...report.keys()]).toEqual([1, 2, 3, 4]);
    expect(report.get(4)).toEqual({
      detection: { met: 0, total: 1, rate: 0, successRate: 0.95, ok: false, budgetLeft: 0 },
      resolution: { met: 9, total: 10, rate: 0.9, successRate: 0.9, ok: true, budgetLeft: 0 },
    });
    expect(report.get(2)?.detection).toEqual({
      met: 1,
      total: 1,
      rate: 1,
      successRate: 0.98,
      ok: true,
      budgetLeft: 0,
    });
    expect(report.get(2)?.resolution.total).toBe(0);
  });

  it('gives the budget of misses left: 1,000 P4 resolutions all met at 90 % can take 111 more', () => {
    // 1000 / (1000 + 111) = 0.90009 ≥ 0.9; 1000 / 1112 = 0.8993 < 0.9.
    expect(slaCompliance(results(4, 'resolution', 1000, 0)).get(4)?.resolution.budgetLeft).toBe(
      111,
    );
  });

  it('reports a period without calls as ok, with no rate and no miss to spare', () => {
    expect(slaCompliance([]).get(3)).toEqual({
      detection: { met: 0, total: 0, rate: null, successRate: 0.97, ok: true, budgetLeft: 0 },
      resolution: { met: 0, total: 0, rate: null, successRate: 0.95, ok: true, budgetLeft: 0 },
    });
  });

  it('works on an organisation scale with named priorities and takes any iterable', () => {
    const table = defineSlaTable(
      {
        critical: {
          detection: { within: { minutes: 5 }, successRate: 0.95 },
          resolution: { within: { hours: 4 }, successRate: 0.9 },
          maxDelay: { days: 1 },
        },
        low: {
          detection: { within: { hours: 1 }, successRate: 0.8 },
          resolution: { within: { days: 3 }, successRate: 0.75 },
          maxDelay: { days: 10 },
        },
      },
      { priorities: ['critical', 'low'] },
    );
    function* stream(): Generator<SlaResult<'critical' | 'low'>> {
      yield* results('low', 'detection', 4, 1);
    }
    expect(slaCompliance(stream(), table).get('low')?.detection).toEqual({
      met: 4,
      total: 5,
      rate: 0.8,
      successRate: 0.8,
      ok: true,
      budgetLeft: 0,
    });
  });

  it.each([
    [
      [{ priority: 5, target: 'detection', met: true }],
      /result 0 has priority 5, which is not on the table's scale \[1,2,3,4\]/,
    ],
    [
      [
        { priority: 1, target: 'detection', met: true },
        { priority: 1, target: 'maxDelay', met: true },
      ],
      /result 1 has target "maxDelay"; expected 'detection' or 'resolution'/,
    ],
    [
      [{ priority: 1, target: 'resolution', met: 'yes' }],
      /result 0 has met "yes"; expected a boolean/,
    ],
    [[null], /result 0 must be \{ priority, target, met \}/],
  ])('refuses a malformed result, naming its index (%#)', (input, message) => {
    expect(() => slaCompliance(input as never)).toThrowError(TypeError);
    expect(() => slaCompliance(input as never)).toThrowError(message);
  });
});

const seedLine = fc.record({
  priority: fc.constantFrom(...defaultSlaTable.priorities),
  target: fc.constantFrom(...slaMeasuredTargets),
  met: fc.nat({ max: 5_000 }),
  missed: fc.nat({ max: 500 }),
});

describe('slaCompliance properties', () => {
  test.prop([seedLine])(
    'budgetLeft more misses keep the target ok; one more makes it fail',
    ({ priority, target, met, missed }) => {
      const base = results(priority, target, met, missed);
      const line = slaCompliance(base).get(priority)?.[target];
      if (line === undefined) throw new Error('missing line');
      if (!line.ok) {
        expect(line.budgetLeft).toBe(0);
        return;
      }
      const miss: SlaResult = { priority, target, met: false };
      const spent = [...base, ...Array.from({ length: line.budgetLeft }, () => miss)];
      expect(slaCompliance(spent).get(priority)?.[target].ok).toBe(true);
      expect(slaCompliance([...spent, miss]).get(priority)?.[target].ok).toBe(false);
    },
  );

  test.prop([seedLine])(
    'ok ⇔ met / total reaches the success rate, counted in exact integers',
    ({ priority, target, met, missed }) => {
      const line = slaCompliance(results(priority, target, met, missed)).get(priority)?.[target];
      const percent = Math.round((line?.successRate ?? Number.NaN) * 100);
      // The seed's rates are whole percents: met / total ≥ p % ⇔ 100 · met ≥ p · total.
      expect(line?.ok).toBe(100 * met >= percent * (met + missed));
      expect(line?.total).toBe(met + missed);
      expect(line?.rate).toBe(met + missed === 0 ? null : met / (met + missed));
    },
  );

  test.prop([
    fc.array(
      fc.record({
        priority: fc.constantFrom(1, 2, 3, 4),
        target: fc.constantFrom(...slaMeasuredTargets),
        met: fc.boolean(),
      }),
      { maxLength: 200 },
    ),
  ])('every result is counted once, in its own priority and target', (input) => {
    const report = slaCompliance(input);
    let total = 0;
    let met = 0;
    for (const byTarget of report.values()) {
      for (const target of slaMeasuredTargets) {
        total += byTarget[target].total;
        met += byTarget[target].met;
      }
    }
    expect(total).toBe(input.length);
    expect(met).toBe(input.filter((r) => r.met).length);
  });
});
