// Tests written for the survivors of `npm run mutation -- metrics` in
// src/metrics/duration-histogram.ts (the list: docs/mutation-testing.md, « metrics »). Each
// builds a fresh histogram and pins exact counts, means, saved buckets, the percentile's bucket
// (within the documented 0.5 %) or the exact error a bad duration, quantile or saved value gets.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  DurationHistogram,
  durationHistogramPrecision,
  type SavedDurationHistogram,
} from '../../src/metrics/duration-histogram.js';
import { thrownNameAndMessage as thrown } from '../core/thrown-error.js';

/** `actual` is within the histogram's documented precision (0.5 %) of `expected`. */
const near = (actual: number | null, expected: number): void => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? Number.NaN) / expected - 1)).toBeLessThanOrEqual(0.005);
};

const of = (...ms: number[]): DurationHistogram => {
  const h = new DurationHistogram();
  for (const d of ms) h.add(d);
  return h;
};

const badDuration = (got: string): [string, string] => [
  'RangeError',
  `DurationHistogram: a duration must be a finite number of ms ≥ 0, got ${got}.`,
];

describe('DurationHistogram: counts, mean and saved buckets', () => {
  it('an empty histogram holds nothing: count 0, no mean, no percentile, no bucket', () => {
    const h = new DurationHistogram();
    expect(h.count).toBe(0);
    expect(h.mean).toBeNull();
    expect(h.percentile(0.5)).toBeNull();
    expect(h.percentile(1)).toBeNull();
    expect(h.save()).toEqual({ buckets: [], sumMs: 0 });
  });

  it('counts and sums each duration added, and takes one back exactly', () => {
    const h = of(10, 20, 30, 30);
    expect(h.count).toBe(4);
    expect(h.mean).toBe(22.5);
    // Buckets: 10 ms → 231, 20 ms → 300, 30 ms → 341 (G = 1.005 / 0.995, bucket ⌊ln ms / ln G⌋ + 1).
    expect(h.save()).toEqual({
      buckets: [
        [231, 1],
        [300, 1],
        [341, 2],
      ],
      sumMs: 90,
    });
    h.remove(30);
    expect(h.count).toBe(3);
    expect(h.mean).toBe(20);
    expect(h.save()).toEqual({
      buckets: [
        [231, 1],
        [300, 1],
        [341, 1],
      ],
      sumMs: 60,
    });
    h.remove(10);
    expect(h.count).toBe(2);
    expect(h.mean).toBe(25);
    expect(h.save()).toEqual({
      buckets: [
        [300, 1],
        [341, 1],
      ],
      sumMs: 50,
    });
    h.remove(20);
    h.remove(30);
    expect([h.count, h.mean, h.percentile(0.5)]).toEqual([0, null, null]);
    expect(h.save()).toEqual({ buckets: [], sumMs: 0 });
  });

  it('holds durations of 0 ms and under 1 ms in bucket 0, and reports them as 0', () => {
    const h = of(0, 0.5);
    expect(h.count).toBe(2);
    expect(h.mean).toBe(0.25);
    expect(h.save()).toEqual({ buckets: [[0, 2]], sumMs: 0.5 });
    expect(h.percentile(1)).toBe(0);
    h.remove(0);
    expect(h.save()).toEqual({ buckets: [[0, 1]], sumMs: 0.5 });
  });

  it('holds 1 ms in bucket 1, not with the durations under 1 ms', () => {
    const h = of(1);
    expect(h.save()).toEqual({ buckets: [[1, 1]], sumMs: 1 });
    expect(h.percentile(1)).toBeGreaterThan(0.99);
    expect(h.percentile(1)).toBeLessThan(1.01);
  });

  it('grows past its first 64 buckets, from bucket 64 on, keeping the counts it had', () => {
    // 1.88 ms falls in bucket 64 exactly, the first one past the 64 allocated.
    expect(of(1.88).save()).toEqual({ buckets: [[64, 1]], sumMs: 1.88 });
    near(of(1.88).percentile(1), 1.88);
    const h = of(1.5, 2, 60_000);
    expect(h.save()).toEqual({
      buckets: [
        [41, 1],
        [70, 1],
        [1101, 1],
      ],
      sumMs: 60_003.5,
    });
    near(h.percentile(1 / 3), 1.5);
    near(h.percentile(2 / 3), 2);
    near(h.percentile(1), 60_000);
    expect(h.count).toBe(3);
  });

  it('grows straight to a far bucket (a one-hour wait) and reports it', () => {
    const h = of(3_600_000);
    expect(h.count).toBe(1);
    expect(h.mean).toBe(3_600_000);
    near(h.percentile(0.5), 3_600_000);
    near(h.percentile(1), 3_600_000);
  });
});

describe('DurationHistogram: percentiles by the nearest-rank rule', () => {
  it('gives the duration of rank ⌈q × count⌉, within 0.5 %', () => {
    const h = of(40, 10, 30, 20);
    near(h.percentile(0.25), 10);
    near(h.percentile(0.26), 20);
    near(h.percentile(0.5), 20);
    near(h.percentile(0.51), 30);
    near(h.percentile(0.75), 30);
    near(h.percentile(0.9), 40);
    near(h.percentile(1), 40);
    near(h.percentile(0.0001), 10);
  });

  it('reads a bucket holding several durations as one rank each', () => {
    const h = of(10, 100, 100, 100, 1000);
    near(h.percentile(0.2), 10);
    near(h.percentile(0.21), 100);
    near(h.percentile(0.6), 100);
    near(h.percentile(0.8), 100);
    near(h.percentile(0.81), 1000);
  });

  it('refuses a quantile outside (0, 1], or not a number, with a RangeError naming it', () => {
    const h = of(10);
    const bad = (got: string): [string, string] => [
      'RangeError',
      `percentile: q must be in (0, 1], got ${got}.`,
    ];
    expect(thrown(() => h.percentile(0))).toEqual(bad('0'));
    expect(thrown(() => h.percentile(-0.5))).toEqual(bad('-0.5'));
    expect(thrown(() => h.percentile(1.01))).toEqual(bad('1.01'));
    expect(thrown(() => h.percentile(Number.NaN))).toEqual(bad('NaN'));
    expect(thrown(() => h.percentile('0.5' as never))).toEqual(bad('"0.5"'));
    // Refused even when empty: the quantile is checked first.
    expect(thrown(() => new DurationHistogram().percentile(2))).toEqual(bad('2'));
  });
});

describe('DurationHistogram: the 0.5 % precision holds at both ends of a bucket', () => {
  it('reports 1 ms, the first duration of bucket 1, within 0.5 % (not 0.50125 % above it)', () => {
    near(of(1).percentile(1), 1);
    expect(of(1).percentile(1)).toBeCloseTo(1.005, 12);
  });

  it('reports the last durations of bucket 1 (just under 1.01005 ms) within 0.5 %', () => {
    near(of(1.01).percentile(1), 1.01);
    near(of(1.01005).percentile(1), 1.01005);
  });

  test.prop([fc.double({ min: 1, max: 1e12, noNaN: true })], { numRuns: 200 })(
    'any duration of 1 ms or more alone is reported within 0.5 % of itself',
    (d) => {
      const reported = of(d).percentile(1) ?? Number.NaN;
      expect(Math.abs(reported / d - 1)).toBeLessThanOrEqual(durationHistogramPrecision + 1e-12);
    },
  );
});

describe('DurationHistogram: refusals of add and remove', () => {
  it('refuses a negative, infinite or NaN duration, and accepts 0', () => {
    const h = new DurationHistogram();
    expect(thrown(() => h.add(-1))).toEqual(badDuration('-1'));
    expect(thrown(() => h.add(-0.001))).toEqual(badDuration('-0.001'));
    expect(thrown(() => h.add(Number.POSITIVE_INFINITY))).toEqual(badDuration('Infinity'));
    expect(thrown(() => h.add(Number.NaN))).toEqual(badDuration('NaN'));
    expect(h.count).toBe(0);
    h.add(0);
    expect([h.count, h.mean]).toEqual([1, 0]);
  });

  it('refuses to take back a duration that is not one', () => {
    const h = of(0);
    expect(thrown(() => h.remove(-1))).toEqual(badDuration('-1'));
    expect(thrown(() => h.remove(Number.NaN))).toEqual(badDuration('NaN'));
    expect(thrown(() => h.remove(Number.NEGATIVE_INFINITY))).toEqual(badDuration('-Infinity'));
    expect(thrown(() => h.remove('5' as never))).toEqual(badDuration('"5"'));
    expect(thrown(() => new DurationHistogram().remove(-1))).toEqual(badDuration('-1'));
    expect(h.save()).toEqual({ buckets: [[0, 1]], sumMs: 0 });
    h.remove(0);
    expect(h.save()).toEqual({ buckets: [], sumMs: 0 });
  });

  it('refuses to take back a duration never added (or already taken back), naming it', () => {
    const never = (got: string): [string, string] => [
      'RangeError',
      `DurationHistogram: ${got} ms was never added, it cannot be removed.`,
    ];
    expect(thrown(() => new DurationHistogram().remove(10))).toEqual(never('10'));
    // Far past the buckets allocated.
    expect(thrown(() => new DurationHistogram().remove(1e12))).toEqual(never('1000000000000'));
    const h = of(10);
    expect(thrown(() => h.remove(20))).toEqual(never('20'));
    h.remove(10);
    expect(thrown(() => h.remove(10))).toEqual(never('10'));
    expect([h.count, h.save()]).toEqual([0, { buckets: [], sumMs: 0 }]);
  });
});

describe('DurationHistogram.restore', () => {
  it('reads back what save wrote: counts, mean, percentiles', () => {
    const h = of(10, 20, 20, 60_000, 0);
    const back = DurationHistogram.restore(JSON.parse(JSON.stringify(h.save())));
    expect(back.count).toBe(5);
    expect(back.mean).toBe(h.mean);
    expect(back.save()).toEqual(h.save());
    for (const q of [0.2, 0.4, 0.6, 0.8, 1]) expect(back.percentile(q)).toBe(h.percentile(q));
    back.remove(60_000);
    near(back.percentile(1), 20);
  });

  it('adds up the counts of the buckets it reads', () => {
    const h = DurationHistogram.restore({
      buckets: [
        [0, 1],
        [231, 2],
        [300, 3],
      ],
      sumMs: 80,
    });
    expect(h.count).toBe(6);
    expect(h.mean).toBeCloseTo(80 / 6, 12);
    expect(h.percentile(1 / 6)).toBe(0);
    near(h.percentile(2 / 6), 10);
    near(h.percentile(0.5), 10);
    near(h.percentile(4 / 6), 20);
    near(h.percentile(1), 20);
  });

  it('reads buckets past the 64 allocated, at 64 and far beyond, keeping the earlier ones', () => {
    const at64 = DurationHistogram.restore({ buckets: [[64, 1]], sumMs: 1.88 });
    expect(at64.save()).toEqual({ buckets: [[64, 1]], sumMs: 1.88 });
    near(at64.percentile(1), 1.88);
    const h = DurationHistogram.restore({
      buckets: [
        [41, 1],
        [300, 2],
        [1101, 1],
      ],
      sumMs: 60_041.5,
    });
    expect(h.save()).toEqual({
      buckets: [
        [41, 1],
        [300, 2],
        [1101, 1],
      ],
      sumMs: 60_041.5,
    });
    near(h.percentile(0.25), 1.5);
    near(h.percentile(0.5), 20);
    near(h.percentile(1), 60_000);
    const last = DurationHistogram.restore({ buckets: [[100_000, 1]], sumMs: 1 });
    expect(last.save()).toEqual({ buckets: [[100_000, 1]], sumMs: 1 });
    const empty = DurationHistogram.restore({ buckets: [], sumMs: 0 });
    expect([empty.count, empty.mean, empty.save()]).toEqual([0, null, { buckets: [], sumMs: 0 }]);
  });

  it('refuses what save cannot have written, with a TypeError naming the value', () => {
    const bad = (what: string, got: string): [string, string] => [
      'TypeError',
      `DurationHistogram.restore: ${what}, got ${got}.`,
    ];
    const restore = (saved: unknown) => () =>
      DurationHistogram.restore(saved as SavedDurationHistogram);
    const whole = 'expected { buckets, sumMs }';
    expect(thrown(restore(null))).toEqual(bad(whole, 'null'));
    expect(thrown(restore(7))).toEqual(bad(whole, '7'));
    expect(thrown(restore(undefined))).toEqual(bad(whole, 'undefined'));
    const list = 'buckets must be a list of [index, count] pairs';
    expect(thrown(restore({ buckets: 'x', sumMs: 0 }))).toEqual(bad(list, '"x"'));
    expect(thrown(restore({ sumMs: 0 }))).toEqual(bad(list, 'undefined'));
    const sum = 'sumMs must be a finite number ≥ 0';
    expect(thrown(restore({ buckets: [], sumMs: -1 }))).toEqual(bad(sum, '-1'));
    expect(thrown(restore({ buckets: [], sumMs: Number.NaN }))).toEqual(bad(sum, 'NaN'));
    expect(thrown(restore({ buckets: [], sumMs: Number.POSITIVE_INFINITY }))).toEqual(
      bad(sum, 'Infinity'),
    );
    expect(thrown(restore({ buckets: [], sumMs: '3' }))).toEqual(bad(sum, '"3"'));
    const pair = 'each bucket must be [index, count]';
    expect(thrown(restore({ buckets: [[1]], sumMs: 0 }))).toEqual(bad(pair, 'an array'));
    expect(thrown(restore({ buckets: [[1, 1, 1]], sumMs: 0 }))).toEqual(bad(pair, 'an array'));
    expect(thrown(restore({ buckets: ['1,1'], sumMs: 0 }))).toEqual(bad(pair, '"1,1"'));
    // A string of two characters is not a pair either (nor read as one).
    expect(thrown(restore({ buckets: ['12'], sumMs: 0 }))).toEqual(bad(pair, '"12"'));
    const index = 'bucket indexes must be whole numbers, ascending';
    expect(thrown(restore({ buckets: [[1.5, 1]], sumMs: 0 }))).toEqual(bad(index, '1.5'));
    expect(thrown(restore({ buckets: [['1', 1]], sumMs: 0 }))).toEqual(bad(index, '"1"'));
    expect(thrown(restore({ buckets: [[-1, 1]], sumMs: 0 }))).toEqual(bad(index, '-1'));
    expect(thrown(restore({ buckets: [[100_001, 1]], sumMs: 0 }))).toEqual(bad(index, '100001'));
    const twice = {
      buckets: [
        [0, 1],
        [0, 1],
      ],
      sumMs: 0,
    };
    expect(thrown(restore(twice))).toEqual(bad(index, '0'));
    const descending = {
      buckets: [
        [5, 1],
        [7, 1],
        [3, 1],
      ],
      sumMs: 0,
    };
    expect(thrown(restore(descending))).toEqual(bad(index, '3'));
    const count = 'bucket counts must be whole numbers ≥ 1';
    expect(thrown(restore({ buckets: [[1, 0]], sumMs: 0 }))).toEqual(bad(count, '0'));
    expect(thrown(restore({ buckets: [[1, 1.5]], sumMs: 0 }))).toEqual(bad(count, '1.5'));
    expect(thrown(restore({ buckets: [[1, '1']], sumMs: 0 }))).toEqual(bad(count, '"1"'));
    expect(thrown(restore({ buckets: [[1, -2]], sumMs: 0 }))).toEqual(bad(count, '-2'));
  });
});
