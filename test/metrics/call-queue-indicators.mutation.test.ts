// Tests written for the survivors of `npm run mutation -- metrics` in
// src/metrics/call-queue-indicators.ts (the list: docs/mutation-testing.md, « metrics »). Each
// feeds a small hand-made call list to a fresh queue accumulator and pins the exact figures
// (offered, abandons short or not, answered within the threshold, calls again, peak queue length
// and when), the exact snapshot a save gives, or the exact error of a bad option (seed §4.3.2).
import { describe, expect, it } from 'vitest';
import type { CallQueueEvent } from '../../src/metrics/call-queue-events.js';
import {
  createQueueAccumulator,
  type QueueAccumulator,
  type QueueOptions,
  resolveQueueOptions,
  type SavedQueue,
} from '../../src/metrics/call-queue-indicators.js';
import { thrownNameAndMessage as thrown } from '../core/thrown-error.js';

const S = 1000;
const base = Date.parse('2026-03-02T09:00:00Z');
/** Epoch ms `s` seconds after 2026-03-02 09:00 UTC. */
const ms = (s: number): number => base + s * S;
const at = (s: number): Date => new Date(ms(s));

const call =
  (type: CallQueueEvent['type']) =>
  (leaveS: number, waitedS: number, callerId?: string): CallQueueEvent => ({
    type,
    callId: `${type}-${leaveS}-${waitedS}`,
    at: at(leaveS),
    waitedMs: waitedS * S,
    ...(callerId === undefined ? {} : { callerId }),
  });
const answered = call('call-answered');
const abandoned = call('call-abandoned');

const queue = (options: QueueOptions = {}, saved?: SavedQueue): QueueAccumulator =>
  createQueueAccumulator(resolveQueueOptions(options), saved);
const fed = (calls: readonly CallQueueEvent[], options: QueueOptions = {}): QueueAccumulator => {
  const q = queue(options);
  for (const c of calls) q.add(c);
  return q;
};
/** A save read back as JSON would give it (what a restore receives). */
const viaJson = (q: QueueAccumulator): SavedQueue => JSON.parse(JSON.stringify(q.save()));

/** `actual` is within the histogram's documented precision (0.5 %) of `expected`. */
const near = (actual: number | null, expected: number): void => {
  expect(Math.abs((actual ?? Number.NaN) / expected - 1)).toBeLessThanOrEqual(0.005);
};

describe('resolveQueueOptions', () => {
  const defaults = {
    serviceLevelMs: 20_000,
    shortAbandonMs: 5_000,
    recallWindowMs: 3_600_000,
    maxWaitMs: 3_600_000,
  };

  it('fills in every default: 20 s, 5 s, 1 h, 1 h', () => {
    expect(resolveQueueOptions()).toEqual(defaults);
    expect(resolveQueueOptions(undefined)).toEqual(defaults);
    expect(resolveQueueOptions({})).toEqual(defaults);
    expect(resolveQueueOptions({ shortAbandonMs: undefined } as unknown as QueueOptions)).toEqual(
      defaults,
    );
  });

  it('keeps each option given, 0 included', () => {
    const given = {
      serviceLevelMs: 30_000,
      shortAbandonMs: 2_000,
      recallWindowMs: 600_000,
      maxWaitMs: 120_000,
    };
    expect(resolveQueueOptions(given)).toEqual(given);
    const zero = { serviceLevelMs: 0, shortAbandonMs: 0, recallWindowMs: 0, maxWaitMs: 0 };
    expect(resolveQueueOptions(zero)).toEqual(zero);
    expect(resolveQueueOptions({ recallWindowMs: 60_000 })).toEqual({
      ...defaults,
      recallWindowMs: 60_000,
    });
  });

  it('refuses an option that is not a finite number of ms ≥ 0, naming it and the value', () => {
    const bad = (key: string, got: string): [string, string] => [
      'TypeError',
      `Indicators: queue.${key} must be a finite number of ms ≥ 0, got ${got}.`,
    ];
    const resolve = (options: Record<string, unknown>) => () =>
      resolveQueueOptions(options as QueueOptions);
    expect(thrown(resolve({ serviceLevelMs: -1 }))).toEqual(bad('serviceLevelMs', '-1'));
    expect(thrown(resolve({ shortAbandonMs: -0.5 }))).toEqual(bad('shortAbandonMs', '-0.5'));
    expect(thrown(resolve({ recallWindowMs: Number.NaN }))).toEqual(bad('recallWindowMs', 'NaN'));
    expect(thrown(resolve({ maxWaitMs: Number.POSITIVE_INFINITY }))).toEqual(
      bad('maxWaitMs', 'Infinity'),
    );
    expect(thrown(resolve({ maxWaitMs: '5' }))).toEqual(bad('maxWaitMs', '"5"'));
    expect(thrown(resolve({ serviceLevelMs: true }))).toEqual(bad('serviceLevelMs', 'true'));
  });

  it.each([
    [5, '5'],
    [null, 'null'],
    ['fast', '"fast"'],
    [() => 20_000, 'a function'],
  ])(
    'refuses options that are not an object (%s), never reads them as the defaults',
    (options, got) => {
      expect(thrown(() => resolveQueueOptions(options as unknown as QueueOptions))).toEqual([
        'TypeError',
        `Indicators: queue must be an object when given, got ${got}.`,
      ]);
    },
  );
});

describe('queue figures from a hand-made call list (seed §4.3.2)', () => {
  it('a queue that took no call: zeros, no rate, no mean, no peak instant', () => {
    expect(queue().report()).toEqual({
      offered: 0,
      answered: 0,
      abandoned: 0,
      speedOfAnswer: { meanMs: null, p90Ms: null },
      serviceLevel: { thresholdMs: 20_000, answeredWithin: 0, rate: null },
      abandonment: { shortThresholdMs: 5_000, short: 0, rate: null },
      calledAgain: { windowMs: 3_600_000, calls: 0, afterAbandon: 0 },
      peakQueueLength: { length: 0, at: null },
    });
    expect(queue().save()).toEqual({
      answered: 0,
      abandoned: 0,
      answeredWithin: 0,
      shortAbandons: 0,
      calledAgain: 0,
      calledAgainAfterAbandon: 0,
      waits: { buckets: [], sumMs: 0 },
      recentCallers: [],
      level: 0,
      settledUpTo: -8.64e15,
      peak: 0,
      peakAt: null,
      pending: [],
    });
  });

  it('an abandon is short under 5 s, not at 5 s; an answer is within 20 s at 20 s, not after', () => {
    const r = fed([
      abandoned(10, 4.999),
      abandoned(20, 5),
      answered(30, 20),
      answered(40, 20.001),
      answered(50, 0),
    ]).report();
    expect(r).toMatchObject({ offered: 5, answered: 3, abandoned: 2 });
    // Base: 5 offered − 1 short abandon = 4.
    expect(r.serviceLevel).toEqual({ thresholdMs: 20_000, answeredWithin: 2, rate: 0.5 });
    expect(r.abandonment).toEqual({ shortThresholdMs: 5_000, short: 1, rate: 0.25 });
    // The speed of answer reads the answered calls only.
    expect(r.speedOfAnswer.meanMs).toBe((20_000 + 20_001 + 0) / 3);
    near(r.speedOfAnswer.p90Ms, 20_001);
  });

  it('the thresholds come from the options', () => {
    const r = fed([abandoned(10, 4.999), abandoned(20, 2), answered(30, 25), answered(40, 31)], {
      serviceLevelMs: 30_000,
      shortAbandonMs: 3_000,
    }).report();
    expect(r.serviceLevel).toEqual({ thresholdMs: 30_000, answeredWithin: 1, rate: 1 / 3 });
    expect(r.abandonment).toEqual({ shortThresholdMs: 3_000, short: 1, rate: 1 / 3 });
  });

  it('only short abandons: offered, but no service level nor abandonment rate', () => {
    const r = fed([abandoned(10, 1), abandoned(20, 2)]).report();
    expect(r).toMatchObject({ offered: 2, answered: 0, abandoned: 2 });
    expect(r.serviceLevel).toEqual({ thresholdMs: 20_000, answeredWithin: 0, rate: null });
    expect(r.abandonment).toEqual({ shortThresholdMs: 5_000, short: 2, rate: null });
    expect(r.speedOfAnswer).toEqual({ meanMs: null, p90Ms: null });
  });

  it('ASA and 90th percentile of the answered waits', () => {
    const waits = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    const r = fed(waits.map((w, k) => answered(1000 + k, w))).report();
    expect(r.speedOfAnswer.meanMs).toBe(55_000);
    near(r.speedOfAnswer.p90Ms, 90_000);
  });
});

describe('callers who called again', () => {
  it('counts a call exactly one window after the last one, not one second later', () => {
    const r = fed([
      abandoned(0, 60, 'x'),
      answered(3600, 30, 'x'), // exactly 1 h after: called again, after an abandon
      answered(7201, 30, 'x'), // 1 h 1 s after the last call: a new call
    ]).report();
    expect(r.calledAgain).toEqual({ windowMs: 3_600_000, calls: 1, afterAbandon: 1 });
  });

  it('counts a call after an answered one apart from those after an abandon', () => {
    const r = fed([
      answered(0, 30, 'y'),
      answered(10, 30, 'y'),
      abandoned(20, 30, 'y'),
      answered(30, 30, 'y'),
    ]).report();
    expect(r.calledAgain).toEqual({ windowMs: 3_600_000, calls: 3, afterAbandon: 1 });
  });

  it('takes its window from the options', () => {
    const r = fed([answered(0, 1, 'x'), answered(60, 1, 'x'), answered(121, 1, 'x')], {
      recallWindowMs: 60_000,
    }).report();
    expect(r.calledAgain).toEqual({ windowMs: 60_000, calls: 1, afterAbandon: 0 });
  });

  it('never counts calls without a caller id as the same caller', () => {
    const q = fed([abandoned(0, 30), answered(10, 30), answered(20, 30)]);
    expect(q.report().calledAgain).toEqual({ windowMs: 3_600_000, calls: 0, afterAbandon: 0 });
    expect(q.save().recentCallers).toEqual([]);
  });

  it('moves a caller who calls again to the end, so forgetting the oldest stays in call order', () => {
    const q = fed([
      answered(0, 1, 'x'),
      abandoned(100, 1, 'y'),
      answered(200, 1, 'x'), // x called again: now the most recent caller
      answered(3750, 1, 'z'), // forgets y (last call at 100 s, before 3750 − 3600 = 150 s)
      answered(3760, 1, 'y'), // a new call: y was forgotten, although x (200 s) comes first
    ]);
    expect(q.report().calledAgain).toEqual({ windowMs: 3_600_000, calls: 1, afterAbandon: 0 });
    expect(q.save().recentCallers).toEqual([
      ['x', ms(200), false],
      ['z', ms(3750), false],
      ['y', ms(3760), false],
    ]);
  });

  it('keeps the recent callers in a save, and counts them again after a restore', () => {
    const first = fed([abandoned(0, 30, 'x'), answered(5, 3, 'y')]);
    expect(first.save().recentCallers).toEqual([
      ['x', ms(0), true],
      ['y', ms(5), false],
    ]);
    const second = queue({}, viaJson(first));
    second.add(answered(60, 10, 'x'));
    second.add(answered(70, 10, 'y'));
    expect(second.report().calledAgain).toEqual({
      windowMs: 3_600_000,
      calls: 2,
      afterAbandon: 1,
    });
  });
});

describe('peak queue length', () => {
  it('a call answered at once never waited: no peak', () => {
    const q = fed([answered(10, 0)]);
    expect(q.report().peakQueueLength).toEqual({ length: 0, at: null });
    expect(q.save().pending).toEqual([
      [ms(10), 1],
      [ms(10), -1],
    ]);
  });

  it('a caller leaving as another enters: one waiting at a time, from the first entry', () => {
    expect(fed([answered(10, 10), answered(20, 10)]).report().peakQueueLength).toEqual({
      length: 1,
      at: at(0),
    });
  });

  it('the first instant the peak is reached, not a later one', () => {
    expect(fed([answered(10, 10), answered(30, 10)]).report().peakQueueLength).toEqual({
      length: 1,
      at: at(0),
    });
    expect(
      fed([answered(10, 10), answered(15, 10), answered(40, 10), answered(41, 10)]).report()
        .peakQueueLength,
    ).toEqual({ length: 2, at: at(5) });
  });

  it('sorts the instants: a call that entered earlier may end later', () => {
    const q = fed([answered(30, 10), abandoned(40, 35)]);
    // Entries at 5 s and 20 s, leaves at 30 s and 40 s: two wait at once from 20 s.
    expect(q.report().peakQueueLength).toEqual({ length: 2, at: at(20) });
    // The report leaves the saved instants in the order the calls came.
    expect(q.save().pending).toEqual([
      [ms(20), 1],
      [ms(30), -1],
      [ms(5), 1],
      [ms(40), -1],
    ]);
  });
});

describe('peak queue length over many calls: the instants older than maxWaitMs are settled', () => {
  /** Calls 1..n answered at 10·k s after waiting 1 s (entered at 10·k − 1 s). */
  const calls = (n: number) => Array.from({ length: n }, (_, k) => answered(10 * (k + 1), 1));
  const options = { maxWaitMs: 1_000 };

  it('keeps every instant while fewer than 256 are pending', () => {
    const save = fed(calls(127), options).save();
    expect(save).toMatchObject({ level: 0, settledUpTo: -8.64e15, peak: 0, peakAt: null });
    expect(save.pending).toHaveLength(254);
    expect(save.pending.slice(0, 4)).toEqual([
      [ms(9), 1],
      [ms(10), -1],
      [ms(19), 1],
      [ms(20), -1],
    ]);
  });

  it('at 256 pending, settles those before the last leave − maxWaitMs (an entry at it stays)', () => {
    const q = fed(calls(128), options);
    expect(q.save()).toMatchObject({
      answered: 128,
      level: 0,
      settledUpTo: ms(1279),
      peak: 1,
      peakAt: ms(9),
      pending: [
        [ms(1279), 1],
        [ms(1280), -1],
      ],
    });
    expect(q.report().peakQueueLength).toEqual({ length: 1, at: at(9) });
  });

  it('counts a longer wait from the settled bound, and its peak from there', () => {
    const q = fed([...calls(128), answered(1300, 100)], options);
    expect(q.save()).toMatchObject({
      level: 0,
      settledUpTo: ms(1279),
      peak: 1,
      peakAt: ms(9),
      pending: [
        [ms(1279), 1],
        [ms(1280), -1],
        [ms(1279), 1],
        [ms(1300), -1],
      ],
    });
    expect(q.report().peakQueueLength).toEqual({ length: 2, at: at(1279) });
  });

  it('carries the settled level over: a call entered before the bound and left at it', () => {
    // 127 short calls (1 ms each, from 1281 s) keep 256 instants pending; the abandon ending at
    // 1400 s settles up to 1400 − 200 = 1200 s: call 120 entered at 1199 s and leaves at 1200 s,
    // so the settled level is 1. The abandon and call 128 both entered at 1275 s.
    const short = Array.from(
      { length: 127 },
      (_, k): CallQueueEvent => ({
        ...answered(1281, 0),
        at: new Date(ms(1281) + 2 * k),
        waitedMs: 1,
      }),
    );
    const q = fed([...calls(127), answered(1276, 1), ...short, abandoned(1400, 125)], {
      maxWaitMs: 200_000,
    });
    expect(q.save()).toMatchObject({ level: 1, settledUpTo: ms(1200), peak: 1, peakAt: ms(9) });
    expect(q.report().peakQueueLength).toEqual({ length: 2, at: at(1275) });
  });

  it('never moves the settled bound back for calls that end out of order', () => {
    const late = Array.from({ length: 127 }, () => answered(1279.5, 0.2));
    const save = fed([...calls(128), ...late], options).save();
    expect(save.settledUpTo).toBe(ms(1279));
    expect(save.pending).toHaveLength(256);
  });

  it('keeps pending a leave before the settled bound until a bound past it', () => {
    // After the settle at 1279 s, a call ends out of order at 1278.5 s (its entry counted
    // from 1279 s); 126 calls ending at 1280 s bring 256 instants pending with a bound of
    // 1280 − 1 = 1279 s, the settled one: nothing moves.
    const again = Array.from({ length: 126 }, () => answered(1280, 0.5));
    const save = fed([...calls(128), answered(1278.5, 0), ...again], options).save();
    expect(save).toMatchObject({ level: 0, settledUpTo: ms(1279), peak: 1, peakAt: ms(9) });
    expect(save.pending).toHaveLength(256);
    expect(save.pending.slice(0, 4)).toEqual([
      [ms(1279), 1],
      [ms(1280), -1],
      [ms(1279), 1],
      [ms(1278.5), -1],
    ]);
  });

  it('gives the same figures and save after a save and a restore at any cut', () => {
    const all = [...calls(128), answered(1300, 100), abandoned(1310, 2, 'x'), answered(1320, 3)];
    const unbroken = fed(all, options);
    for (const cut of [0, 1, 127, 128, 129, 131]) {
      const first = fed(all.slice(0, cut), options);
      const second = queue(options, viaJson(first));
      for (const c of all.slice(cut)) second.add(c);
      expect(second.report()).toEqual(unbroken.report());
      expect(second.save()).toEqual(unbroken.save());
    }
    expect(unbroken.report()).toMatchObject({
      offered: 131,
      answered: 130,
      abandoned: 1,
      abandonment: { short: 1, rate: 0 },
      serviceLevel: { answeredWithin: 129, rate: 129 / 130 }, // the 100 s wait is not within 20 s
      peakQueueLength: { length: 2, at: at(1279) },
    });
  });
});

describe('a restored queue goes on from every counter it saved', () => {
  it('reads back each counter, the waits, the recent callers and the sweep', () => {
    const saved: SavedQueue = {
      answered: 7,
      abandoned: 5,
      answeredWithin: 4,
      shortAbandons: 2,
      calledAgain: 3,
      calledAgainAfterAbandon: 1,
      waits: { buckets: [[991, 7]], sumMs: 140_000 },
      recentCallers: [['x', ms(0), true]],
      level: 1,
      settledUpTo: ms(50),
      peak: 3,
      peakAt: ms(20),
      pending: [[ms(60), -1]],
    };
    const q = queue({}, saved);
    expect(q.save()).toEqual(saved);
    q.add(answered(100, 10, 'x'));
    expect(q.report()).toEqual({
      offered: 13,
      answered: 8,
      abandoned: 5,
      speedOfAnswer: { meanMs: 150_000 / 8, p90Ms: q.report().speedOfAnswer.p90Ms },
      serviceLevel: { thresholdMs: 20_000, answeredWithin: 5, rate: 5 / 11 },
      abandonment: { shortThresholdMs: 5_000, short: 2, rate: 3 / 11 },
      calledAgain: { windowMs: 3_600_000, calls: 4, afterAbandon: 2 },
      peakQueueLength: { length: 3, at: at(20) },
    });
    near(q.report().speedOfAnswer.p90Ms, 20_000);
    expect(q.save()).toEqual({
      ...saved,
      answered: 8,
      answeredWithin: 5,
      calledAgain: 4,
      calledAgainAfterAbandon: 2,
      waits: {
        buckets: [
          [922, 1],
          [991, 7],
        ],
        sumMs: 150_000,
      },
      recentCallers: [['x', ms(100), false]],
      pending: [
        [ms(60), -1],
        [ms(90), 1],
        [ms(100), -1],
      ],
    });
  });

  it('counts a new peak over the saved one from the saved level', () => {
    const saved: SavedQueue = {
      ...queue().save(),
      level: 2,
      settledUpTo: ms(50),
      peak: 2,
      peakAt: ms(40),
    };
    const q = queue({}, saved);
    q.add(answered(70, 10));
    expect(q.report().peakQueueLength).toEqual({ length: 3, at: at(60) });
  });
});
