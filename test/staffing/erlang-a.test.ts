import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/configuration-error.js';
import { type ErlangAFigures, erlangA } from '../../src/staffing/erlang-a.js';
import { erlangC } from '../../src/staffing/erlang-c.js';
import { birthDeathErlangA, type OracleFigures } from './queue-oracle.js';

function expectOracle(f: ErlangAFigures, o: OracleFigures): void {
  expect(Math.abs(f.probabilityOfWaiting - o.probabilityOfWaiting)).toBeLessThan(1e-9);
  expect(Math.abs(f.abandonment - o.abandonment)).toBeLessThan(1e-9);
  expect(Math.abs(f.serviceLevel - o.serviceLevel)).toBeLessThan(1e-9);
  expect(Math.abs(f.averageSpeedOfAnswerMs - o.averageSpeedOfAnswerMs)).toBeLessThanOrEqual(
    1e-9 * Math.max(1, o.averageSpeedOfAnswerMs),
  );
  expect(Math.abs(f.averageWaitMs - o.averageWaitMs)).toBeLessThanOrEqual(
    1e-9 * Math.max(1, o.averageWaitMs),
  );
}

const run = (
  agents: number,
  callsPerHour: number,
  handleMs: number,
  patienceMs: number,
  answerWithinMs: number,
) =>
  erlangA({
    callsPerHour,
    agents,
    handleTime: { seconds: handleMs / 1000 },
    patience: { seconds: patienceMs / 1000 },
    answerWithin: { seconds: answerWithinMs / 1000 },
  });

describe('erlangA: callers who hang up (« raccrochés », seed §4.3.2)', () => {
  it.each([
    // agents, calls/h, handle, patience, threshold (ms)
    [10, 200, 180_000, 120_000, 20_000], // load = agents
    [8, 200, 180_000, 120_000, 20_000], // overloaded: abandonment keeps it finite
    [14, 200, 180_000, 120_000, 20_000], // the pyworkforce desk with impatient callers
    [1, 10, 600_000, 600_000, 0],
    [3, 30, 600_000, 60_000, 30_000],
    [40, 1000, 180_000, 30_000, 20_000],
    [50, 1000, 180_000, 300_000, 60_000],
    [200, 3900, 180_000, 600_000, 20_000],
  ])('matches the birth–death chain to 1e-9: %i agents, %i calls/h', (c, cph, h, p, t) => {
    expectOracle(run(c, cph, h, p, t), birthDeathErlangA(c, cph, h, p, t));
  });

  it('is stable at 2,000 agents and 1,900 erlangs, under and over the load', () => {
    for (const agents of [1850, 1900, 1950, 2000]) {
      expectOracle(
        run(agents, 1900 * 20, 180_000, 120_000, 20_000),
        birthDeathErlangA(agents, 1900 * 20, 180_000, 120_000, 20_000),
      );
    }
  });

  test.prop(
    [
      fc.integer({ min: 1, max: 40 }),
      fc.double({ min: 0.05, max: 1.5, noNaN: true }),
      fc.double({ min: 0.05, max: 20, noNaN: true }),
      fc.integer({ min: 0, max: 120 }),
    ],
    { numRuns: 30 },
  )('matches the birth–death chain on random queues', (agents, perAgent, patienceRatio, secs) => {
    const handleMs = 240_000;
    const callsPerHour = (agents * perAgent * 3_600_000) / handleMs;
    const patienceMs = handleMs * patienceRatio;
    const f = run(agents, callsPerHour, handleMs, patienceMs, secs * 1000);
    expectOracle(f, birthDeathErlangA(agents, callsPerHour, handleMs, patienceMs, secs * 1000));
  });

  test.prop([
    fc.integer({ min: 1, max: 300 }),
    fc.double({ min: 0.01, max: 3, noNaN: true }),
    fc.double({ min: 0.001, max: 1000, noNaN: true }),
    fc.integer({ min: 0, max: 600 }),
  ])(
    'figures stay in range; nobody answered in time hung up; one more agent never does worse',
    (agents, perAgent, patienceRatio, secs) => {
      const handleMs = 300_000;
      const callsPerHour = (agents * perAgent * 3_600_000) / handleMs;
      const at = (c: number) =>
        run(c, callsPerHour, handleMs, handleMs * patienceRatio, secs * 1000);
      const f = at(agents);
      const g = at(agents + 1);
      for (const x of [f, g]) {
        for (const p of [x.probabilityOfWaiting, x.serviceLevel, x.occupancy, x.abandonment]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        expect(x.serviceLevel).toBeLessThanOrEqual(1 - x.abandonment + 1e-12);
        expect(x.averageSpeedOfAnswerMs).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(x.averageWaitMs)).toBe(true);
      }
      expect(g.serviceLevel).toBeGreaterThanOrEqual(f.serviceLevel - 1e-12);
      expect(g.abandonment).toBeLessThanOrEqual(f.abandonment + 1e-12);
      expect(g.averageSpeedOfAnswerMs).toBeLessThanOrEqual(f.averageSpeedOfAnswerMs * (1 + 1e-12));
    },
  );

  test.prop([
    fc.integer({ min: 1, max: 2000 }),
    fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    fc.integer({ min: 0, max: 120 }),
  ])('tends to Erlang C as patience grows without end', (agents, occupancy, secs) => {
    const input = {
      callsPerHour: (agents * occupancy * 60) / 3,
      handleTime: { minutes: 3 },
      agents,
      answerWithin: { seconds: secs },
    };
    const c = erlangC(input);
    // Patience 10¹⁶ handle times: abandonment ~1e-15, every figure within 1e-9 of Erlang C.
    const a = erlangA({ ...input, patience: { hours: 3e14 } });
    expect(a.abandonment).toBeLessThan(1e-9);
    expect(a.probabilityOfWaiting).toBeCloseTo(c.probabilityOfWaiting, 9);
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 9);
    expect(a.occupancy).toBeCloseTo(c.occupancy, 9);
    expect(Math.abs(a.averageSpeedOfAnswerMs - c.averageSpeedOfAnswerMs)).toBeLessThanOrEqual(
      1e-9 * Math.max(1, c.averageSpeedOfAnswerMs),
    );
  });

  it('counts a caller answered at once in the service level of a zero threshold', () => {
    const f = run(12, 200, 180_000, 120_000, 0);
    expect(f.serviceLevel).toBeCloseTo(1 - f.probabilityOfWaiting, 14);
  });

  it('links abandonment and mean wait by Little’s law: P(ab) = mean wait / patience', () => {
    const f = run(9, 200, 180_000, 90_000, 20_000);
    expect(f.abandonment).toBeCloseTo(f.averageWaitMs / 90_000, 14);
  });

  it('refuses malformed inputs and a patience no desk has on an overloaded queue', () => {
    const input = {
      callsPerHour: 200,
      handleTime: { minutes: 3 },
      agents: 8,
      patience: { minutes: 2 },
      answerWithin: { seconds: 20 },
    };
    expect(() => erlangA({ ...input, patience: { minutes: 0 } })).toThrow(
      /patience must be a positive duration/,
    );
    expect(() => erlangA({ ...input, patience: undefined } as never)).toThrow(
      /patience must be a duration .* got undefined/,
    );
    expect(() => erlangA({ ...input, agents: -1 })).toThrow(ConfigurationError);
    expect(() => erlangA({ ...input, patience: { hours: 1e9 } })).toThrow(
      /the queue would hold about/,
    );
  });
});
