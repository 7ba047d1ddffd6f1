import { describe, expect, it } from 'vitest';
import { erlangA } from '../../src/staffing/erlang-a.js';
import { erlangC } from '../../src/staffing/erlang-c.js';

// A seeded discrete-event simulation of the same queue: Poisson arrivals, exponential handle
// times and patience, c technicians, first come first served. Callers who hang up never hold
// a technician, so a caller's offered wait is the time until the earliest technician frees
// after the answered callers ahead (Kiefer–Wolfowitz): no event list needed. The model's
// figures must fall inside the batch-means confidence interval of the simulation.

/** sfc32: a small seeded PRNG (the seed lives in the test, never in src). */
function sfc32(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}

interface Measured {
  readonly waiting: number;
  readonly abandonment: number;
  readonly serviceLevel: number;
  readonly averageSpeedOfAnswerMs: number;
}

function simulate(
  seed: number,
  agents: number,
  callsPerHour: number,
  handleMs: number,
  patienceMs: number,
  answerWithinMs: number,
  calls: number,
  batches: number,
): Measured[] {
  const random = sfc32(seed);
  const exp = (mean: number) => -mean * Math.log(1 - random());
  const free = new Float64Array(agents);
  const perBatch = Math.floor(calls / batches);
  const out: Measured[] = [];
  let now = 0;
  // Warm-up: a tenth of a batch, discarded.
  for (let batch = -1; batch < batches; batch++) {
    let waited = 0;
    let abandoned = 0;
    let inTime = 0;
    let answered = 0;
    let waitAnswered = 0;
    const n = batch < 0 ? Math.floor(perBatch / 10) : perBatch;
    for (let i = 0; i < n; i++) {
      now += exp(3_600_000 / callsPerHour);
      let k = 0;
      for (let j = 1; j < agents; j++) if ((free[j] as number) < (free[k] as number)) k = j;
      const wait = Math.max(0, (free[k] as number) - now);
      if (wait > 0) waited++;
      if (wait > exp(patienceMs)) {
        abandoned++;
        continue;
      }
      answered++;
      waitAnswered += wait;
      if (wait <= answerWithinMs) inTime++;
      free[k] = now + wait + exp(handleMs);
    }
    if (batch >= 0) {
      out.push({
        waiting: waited / n,
        abandonment: abandoned / n,
        serviceLevel: inTime / n,
        averageSpeedOfAnswerMs: waitAnswered / answered,
      });
    }
  }
  return out;
}

/** The 99.9 % batch-means confidence interval of one figure. */
function interval(values: readonly number[]): [number, number] {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
  const half = 3.29 * Math.sqrt(variance / values.length);
  return [mean - half, mean + half];
}

function expectInside(model: number, values: readonly number[], width = 0.1): void {
  const [low, high] = interval(values);
  expect(model).toBeGreaterThanOrEqual(low);
  expect(model).toBeLessThanOrEqual(high);
  // The interval is narrow enough to catch a wrong model (a tenth of the value at most; a
  // quarter for the ASA, whose batches vary more).
  expect(high - low).toBeLessThan(width * Math.max(model, 0.05));
}

describe('the models agree with a seeded simulation of the same queue', () => {
  it('Erlang A: 200 calls/h, 3-min handle time, 11 technicians, 2-min patience', () => {
    const runs = simulate(20261130, 11, 200, 180_000, 120_000, 20_000, 800_000, 20);
    const f = erlangA({
      callsPerHour: 200,
      handleTime: { minutes: 3 },
      agents: 11,
      patience: { minutes: 2 },
      answerWithin: { seconds: 20 },
    });
    expectInside(
      f.probabilityOfWaiting,
      runs.map((r) => r.waiting),
    );
    expectInside(
      f.abandonment,
      runs.map((r) => r.abandonment),
    );
    expectInside(
      f.serviceLevel,
      runs.map((r) => r.serviceLevel),
    );
    expectInside(
      f.averageSpeedOfAnswerMs / 1000,
      runs.map((r) => r.averageSpeedOfAnswerMs / 1000),
      0.25,
    );
  });

  it('Erlang C: the pyworkforce desk, 14 technicians, nobody hangs up', () => {
    const runs = simulate(7, 14, 200, 180_000, Number.POSITIVE_INFINITY, 20_000, 800_000, 20);
    const f = erlangC({
      callsPerHour: 200,
      handleTime: { minutes: 3 },
      agents: 14,
      answerWithin: { seconds: 20 },
    });
    expect(runs.every((r) => r.abandonment === 0)).toBe(true);
    expectInside(
      f.probabilityOfWaiting,
      runs.map((r) => r.waiting),
    );
    expectInside(
      f.serviceLevel,
      runs.map((r) => r.serviceLevel),
    );
    expectInside(
      f.averageSpeedOfAnswerMs / 1000,
      runs.map((r) => r.averageSpeedOfAnswerMs / 1000),
      0.25,
    );
  });
});
