import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import { priorities } from '../../src/qualification/index.js';
import {
  defaultSlaTable,
  defineSlaTable,
  nominalDurationMs,
  type SlaTableSpec,
  type SlaTargets,
  slaTargetsFor,
} from '../../src/sla/index.js';

// Seed §2.5.2.4, « Indicateurs de traitement des priorités », column by column.
const seedTable = [
  [1, { minutes: 1 }, 0.99, { minutes: 10 }, 0.98, { hours: 1 }],
  [2, { minutes: 5 }, 0.98, { minutes: 30 }, 0.97, { hours: 2 }],
  [3, { minutes: 10 }, 0.97, { hours: 1 }, 0.95, { hours: 4 }],
  [4, { minutes: 30 }, 0.95, { hours: 24 }, 0.9, { days: 5 }],
] as const;

describe('defaultSlaTable is the seed table (§2.5.2.4)', () => {
  it.each(seedTable)(
    'priority %i',
    (priority, detection, detectionRate, resolution, resolutionRate, maxDelay) => {
      expect(slaTargetsFor(priority)).toEqual({
        detection: { within: detection, successRate: detectionRate },
        resolution: { within: resolution, successRate: resolutionRate },
        maxDelay,
      });
      expect(slaTargetsFor(priority, defaultSlaTable)).toBe(slaTargetsFor(priority));
    },
  );

  it('lists the seed priorities in order', () => {
    expect(defaultSlaTable.priorities).toEqual([1, 2, 3, 4]);
  });

  it('refuses a priority outside the scale, naming the allowed ones', () => {
    expect(() => slaTargetsFor(5 as never)).toThrowError(
      /Unknown priority 5: expected one of 1, 2, 3, 4/,
    );
  });
});

interface MutableTargets {
  detection: { within: object; successRate: number };
  resolution: { within: object; successRate: number };
  maxDelay: object;
}
type MutableSpec = { [p in 1 | 2 | 3 | 4]: MutableTargets };

function spec(): MutableSpec {
  return Object.fromEntries(
    priorities.map((p) => [p, structuredClone(slaTargetsFor(p))]),
  ) as unknown as MutableSpec;
}

function refusal(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigurationError) return e;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('defineSlaTable refusals', () => {
  it.each<[string, (s: MutableSpec) => unknown, (string | number)[], RegExp]>([
    [
      'a missing priority',
      (s: MutableSpec) => delete (s as Partial<MutableSpec>)[3],
      ['3'],
      /priority 3 is missing/,
    ],
    [
      'an unknown priority',
      (s: MutableSpec) => ((s as unknown as Record<number, unknown>)[5] = s[4]),
      ['5'],
      /"5" is not a priority/,
    ],
    [
      'a success rate above 1',
      (s: MutableSpec) => (s[2].detection.successRate = 1.5),
      ['2', 'detection', 'successRate'],
      /fraction in \(0, 1\]/,
    ],
    [
      'a success rate of 0',
      (s: MutableSpec) => (s[1].resolution.successRate = 0),
      ['1', 'resolution', 'successRate'],
      /fraction in \(0, 1\]/,
    ],
    [
      'a percentage given instead of a fraction',
      (s: MutableSpec) => (s[4].resolution.successRate = 90),
      ['4', 'resolution', 'successRate'],
      /99 % is 0.99/,
    ],
    [
      'a zero duration',
      (s: MutableSpec) => (s[1].detection.within = { minutes: 0 }),
      ['1', 'detection', 'within'],
      /must be positive/,
    ],
    [
      'a negative duration',
      (s: MutableSpec) => (s[1].maxDelay = { hours: -1 }),
      ['1', 'maxDelay', 'hours'],
      /finite number ≥ 0/,
    ],
    [
      'weeks, which have no fixed working length',
      (s: MutableSpec) => (s[4].maxDelay = { weeks: 1 }),
      ['4', 'maxDelay', 'weeks'],
      /unit "weeks" is not allowed/,
    ],
    [
      'detection longer than resolution',
      (s: MutableSpec) => (s[3].detection.within = { hours: 2 }),
      ['3'],
      /detection ≤ resolution ≤ maximum delay/,
    ],
    [
      'resolution longer than the maximum delay',
      (s: MutableSpec) => (s[2].resolution.within = { hours: 3 }),
      ['2'],
      /detection ≤ resolution ≤ maximum delay/,
    ],
    [
      'a more urgent priority with a longer target',
      (s: MutableSpec) => (s[1].resolution.within = { minutes: 45 }),
      ['1', 'resolution'],
      /priority 1 has a longer resolution .* than the less urgent priority 2/,
    ],
  ])('%s', (_, mutate, path, message) => {
    const s = spec();
    mutate(s);
    const e = refusal(() => defineSlaTable(s as unknown as SlaTableSpec));
    expect(e.path).toEqual(path);
    expect(e.message).toMatch(message);
  });

  it('accepts the seed table rebuilt from its own targets', () => {
    const table = defineSlaTable(spec() as unknown as SlaTableSpec);
    for (const p of priorities) expect(slaTargetsFor(p, table)).toEqual(slaTargetsFor(p));
  });
});

const unit = fc.constantFrom('days', 'hours', 'minutes', 'seconds');
const duration = fc
  .tuple(unit, fc.integer({ min: 1, max: 500 }))
  .map(([u, n]) => ({ [u]: n }) as { days?: number; hours?: number; minutes?: number });
const targets = fc.record({
  detection: fc.record({
    within: duration,
    successRate: fc.double({ min: 0.01, max: 1, noNaN: true }),
  }),
  resolution: fc.record({
    within: duration,
    successRate: fc.double({ min: 0.01, max: 1, noNaN: true }),
  }),
  maxDelay: duration,
});

describe('invariant: SLA targets tighten with priority', () => {
  test.prop([fc.array(targets, { minLength: 4, maxLength: 4 })])(
    'a table is accepted exactly when targets are ordered within and across priorities',
    (rows) => {
      const s = Object.fromEntries(rows.map((row, k) => [k + 1, row])) as SlaTableSpec;
      const ms = (d: object) => nominalDurationMs(d);
      const within = rows.every(
        (r) =>
          ms(r.detection.within) <= ms(r.resolution.within) &&
          ms(r.resolution.within) <= ms(r.maxDelay),
      );
      const across = rows.slice(1).every((r, k) => {
        const u = rows[k] as SlaTargets;
        return (
          ms(u.detection.within) <= ms(r.detection.within) &&
          ms(u.resolution.within) <= ms(r.resolution.within) &&
          ms(u.maxDelay) <= ms(r.maxDelay)
        );
      });
      let accepted = true;
      try {
        defineSlaTable(s);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigurationError);
        accepted = false;
      }
      expect(accepted).toBe(within && across);
    },
  );

  it('holds for the seed table', () => {
    for (const [k, p] of priorities.slice(1).entries()) {
      const urgent = slaTargetsFor(priorities[k] as 1 | 2 | 3);
      const milder = slaTargetsFor(p);
      expect(nominalDurationMs(urgent.detection.within)).toBeLessThan(
        nominalDurationMs(milder.detection.within),
      );
      expect(nominalDurationMs(urgent.resolution.within)).toBeLessThan(
        nominalDurationMs(milder.resolution.within),
      );
      expect(nominalDurationMs(urgent.maxDelay)).toBeLessThan(nominalDurationMs(milder.maxDelay));
    }
  });
});
