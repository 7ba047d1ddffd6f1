import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/configuration-error.js';
import { erlangC } from '../../src/staffing/erlang-c.js';
import { exactErlangCWaiting } from './queue-oracle.js';

const base = { handleTime: { minutes: 3 }, answerWithin: { seconds: 20 } } as const;

describe('erlangC (seed §4.3.2)', () => {
  it('gives pyworkforce’s documented figures: 100 calls per 30 min, 3 min, 14 agents', () => {
    // pyworkforce's README (ErlangC example): service_level 0.8883500191794669,
    // occupancy 0.7142857142857143, waiting_probability 0.1741319335950498.
    const f = erlangC({ ...base, callsPerHour: 200, agents: 14 });
    expect(f.serviceLevel).toBeCloseTo(0.8883500191794669, 14);
    expect(f.occupancy).toBeCloseTo(0.7142857142857143, 15);
    expect(f.probabilityOfWaiting).toBeCloseTo(0.1741319335950498, 14);
    expect(f.offeredLoad).toBe(10);
    // ASA = C·h/(c − A), unrounded milliseconds.
    expect(f.averageSpeedOfAnswerMs).toBeCloseTo((0.1741319335950498 * 180_000) / 4, 6);
  });

  it('matches the exact rational power sum to 1e-9 from 1 to 2,000 agents, loads up to 1,900', () => {
    const cases: [number, bigint, bigint][] = [
      [1, 1n, 2n],
      [2, 3n, 2n],
      [14, 10n, 1n],
      [100, 959n, 10n],
      [500, 4801n, 10n],
      [1000, 999n, 1n],
      [2000, 1900n, 1n],
      [1950, 19001n, 10n],
      [2000, 19999n, 10n],
    ];
    for (const [agents, p, q] of cases) {
      const load = Number(p) / Number(q);
      const f = erlangC({ ...base, callsPerHour: load * 20, agents });
      const exact = exactErlangCWaiting(agents, p, q);
      expect(Math.abs(f.probabilityOfWaiting - exact)).toBeLessThan(1e-9);
      expect(Math.abs(f.probabilityOfWaiting - exact)).toBeLessThanOrEqual(1e-9 * exact);
    }
  });

  test.prop([fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 999 })])(
    'equals the exact oracle on random queues (load = agents × k/1000)',
    (agents, permille) => {
      const p = BigInt(agents * permille);
      const f = erlangC({ ...base, callsPerHour: (agents * permille * 20) / 1000, agents });
      expect(f.probabilityOfWaiting).toBeCloseTo(exactErlangCWaiting(agents, p, 1000n), 9);
    },
  );

  test.prop([
    fc.double({ min: 0.01, max: 1900, noNaN: true }),
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 0, max: 600 }),
  ])('figures stay in range, and one more agent never does worse', (load, extra, seconds) => {
    const agents = Math.floor(load) + 1 + extra;
    const input = { handleTime: { minutes: 3 }, callsPerHour: load * 20 };
    const at = (c: number) => erlangC({ ...input, agents: c, answerWithin: { seconds } });
    const f = at(agents);
    const g = at(agents + 1);
    for (const x of [f, g]) {
      for (const p of [x.probabilityOfWaiting, x.serviceLevel, x.occupancy]) {
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }
      expect(x.averageSpeedOfAnswerMs).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(x.averageSpeedOfAnswerMs)).toBe(true);
    }
    expect(g.serviceLevel).toBeGreaterThanOrEqual(f.serviceLevel);
    expect(g.probabilityOfWaiting).toBeLessThanOrEqual(f.probabilityOfWaiting);
    expect(g.averageSpeedOfAnswerMs).toBeLessThanOrEqual(f.averageSpeedOfAnswerMs);
  });

  it('answers within zero seconds only those who do not wait', () => {
    const f = erlangC({
      callsPerHour: 200,
      handleTime: { minutes: 3 },
      agents: 14,
      answerWithin: {},
    });
    expect(f.serviceLevel).toBeCloseTo(1 - f.probabilityOfWaiting, 15);
  });

  it('refuses a load at or above the agents: the queue would grow without end', () => {
    const run = () => erlangC({ ...base, callsPerHour: 200, agents: 10 });
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(/offered load \(10 erlangs.*below the number of agents \(10\).*erlangA/);
  });

  it.each([
    [{ callsPerHour: 0 }, /callsPerHour must be a finite number > 0, got 0/],
    [{ callsPerHour: Number.NaN }, /callsPerHour .* got NaN/],
    [{ callsPerHour: Number.POSITIVE_INFINITY }, /got Infinity/],
    [{ callsPerHour: 12n }, /got 12n/],
    [{ agents: 2.5 }, /agents must be a whole number .* got 2\.5/],
    [{ agents: 0 }, /agents must be a whole number/],
    [{ agents: '14' }, /got "14"/],
    [{ handleTime: { minutes: -1 } }, /handleTime\.minutes must be a finite number ≥ 0, got -1/],
    [{ handleTime: {} }, /handleTime must be a positive duration/],
    [{ handleTime: { days: 1 } }, /days are opening days/],
    [{ handleTime: 180 }, /handleTime must be a duration .* got 180/],
    [{ answerWithin: { weeks: 1 } }, /unit "weeks"/],
    [{ patience: { minutes: 2 } }, /unknown field "patience"/],
  ])('refuses %o naming what is wrong', (change, message) => {
    const input = { ...base, callsPerHour: 200, agents: 14, ...change };
    expect(() => erlangC(input as never)).toThrow(ConfigurationError);
    expect(() => erlangC(input as never)).toThrow(message);
  });

  it('refuses what is not an object', () => {
    expect(() => erlangC(null as never)).toThrow(/expected an object .* got null/);
    expect(() => erlangC([] as never)).toThrow(/got an array/);
  });
});
