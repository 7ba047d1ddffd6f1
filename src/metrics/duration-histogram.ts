import { describeValue } from '../core/describe-value.js';
import { inputError } from '../core/input-guard.js';

/**
 * A histogram of durations on logarithmic buckets: memory stays fixed (one counter a bucket)
 * however many durations it sees, and any percentile it reports is within
 * 0.5 % of the true one (`durationHistogramPrecision`) for durations of 1 ms or more (those
 * under 1 ms are reported as 0). Counts can be taken back (a reopened
 * ticket withdraws its resolution time), which a streaming sketch such as a t-digest cannot do.
 *
 * @example
 * ```ts
 * const h = new DurationHistogram();
 * h.add(60_000);
 * h.add(120_000);
 * h.add(600_000);
 * Math.round(h.percentile(0.5) / 1000);
 * //=> 120
 * DurationHistogram.restore(JSON.parse(JSON.stringify(h.save()))).mean === h.mean;
 * //=> true
 * ```
 */
export class DurationHistogram {
  /** Bucket counts, index = bucket of the duration. */
  #counts = new Float64Array(64);
  #count = 0;
  #sum = 0;

  /** How many durations the histogram holds. */
  get count(): number {
    return this.#count;
  }

  /** The exact mean of the durations it holds, in ms (`null` when empty). */
  get mean(): number | null {
    return this.#count === 0 ? null : this.#sum / this.#count;
  }

  /** Adds a duration in ms (negative durations are refused: they are a programmer error). */
  add(ms: number): void {
    this.#change(ms, 1);
  }

  /** Takes back a duration added before (a reopened ticket withdraws its time to resolve). */
  remove(ms: number): void {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      throw inputError(
        `DurationHistogram: a duration must be a finite number of ms ≥ 0, got ${describeValue(ms)}.`,
        'RangeError',
      );
    }
    const b = bucketOf(ms);
    if ((this.#counts[b] ?? 0) <= 0) {
      throw inputError(
        `DurationHistogram: ${describeValue(ms)} ms was never added, it cannot be removed.`,
        'RangeError',
      );
    }
    this.#change(ms, -1);
  }

  /**
   * The `q`-quantile (0 < q ≤ 1) by the nearest-rank rule, within the histogram's precision;
   * `null` when empty.
   */
  percentile(q: number): number | null {
    if (typeof q !== 'number' || !(q > 0 && q <= 1))
      throw inputError(`percentile: q must be in (0, 1], got ${describeValue(q)}.`, 'RangeError');
    if (this.#count === 0) return null;
    const rank = Math.ceil(q * this.#count);
    let seen = 0;
    for (let b = 0; b < this.#counts.length; b++) {
      seen += this.#counts[b] ?? 0;
      if (seen >= rank) return b === 0 ? 0 : representative(b);
    }
    return representative(this.#counts.length - 1);
  }

  /**
   * The histogram as plain JSON: its non-empty buckets as `[index, count]` pairs and the exact
   * sum of its durations; {@link DurationHistogram.restore} reads it back.
   */
  save(): SavedDurationHistogram {
    const buckets: [number, number][] = [];
    this.#counts.forEach((count, b) => {
      if (count > 0) buckets.push([b, count]);
    });
    return { buckets, sumMs: this.#sum };
  }

  /**
   * A histogram from what {@link DurationHistogram.save} wrote.
   *
   * @throws TypeError naming what is wrong when `saved` is not such a value.
   */
  static restore(saved: SavedDurationHistogram): DurationHistogram {
    const h = new DurationHistogram();
    const bad = (what: string, value: unknown): never => {
      throw inputError(`DurationHistogram.restore: ${what}, got ${describeValue(value)}.`);
    };
    if (typeof saved !== 'object' || saved === null) bad('expected { buckets, sumMs }', saved);
    const { buckets, sumMs } = saved;
    if (!Array.isArray(buckets)) bad('buckets must be a list of [index, count] pairs', buckets);
    if (typeof sumMs !== 'number' || !Number.isFinite(sumMs) || sumMs < 0)
      bad('sumMs must be a finite number ≥ 0', sumMs);
    let last = -1;
    for (const pair of buckets as unknown[]) {
      if (!Array.isArray(pair) || pair.length !== 2)
        bad('each bucket must be [index, count]', pair);
      const [b, count] = pair as unknown[];
      if (typeof b !== 'number' || !Number.isSafeInteger(b) || b <= last || b > 100_000)
        bad('bucket indexes must be whole numbers, ascending', b);
      if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1)
        bad('bucket counts must be whole numbers ≥ 1', count);
      const index = b as number;
      last = index;
      if (index >= h.#counts.length) {
        const grown = new Float64Array(Math.max(index + 1, h.#counts.length * 2));
        grown.set(h.#counts);
        h.#counts = grown;
      }
      h.#counts[index] = count as number;
      h.#count += count as number;
    }
    h.#sum = sumMs;
    return h;
  }

  #change(ms: number, delta: 1 | -1): void {
    if (!Number.isFinite(ms) || ms < 0) {
      throw inputError(
        `DurationHistogram: a duration must be a finite number of ms ≥ 0, got ${describeValue(ms)}.`,
        'RangeError',
      );
    }
    const b = bucketOf(ms);
    if (b >= this.#counts.length) {
      const grown = new Float64Array(Math.max(b + 1, this.#counts.length * 2));
      grown.set(this.#counts);
      this.#counts = grown;
    }
    this.#counts[b] = (this.#counts[b] ?? 0) + delta;
    this.#count += delta;
    this.#sum += delta * ms;
  }
}

/**
 * A {@link DurationHistogram} as plain JSON: its non-empty buckets as `[index, count]` pairs,
 * ascending, and the exact sum of its durations in ms.
 */
export interface SavedDurationHistogram {
  readonly buckets: readonly (readonly [number, number])[];
  readonly sumMs: number;
}

/**
 * The relative precision of the percentiles a {@link DurationHistogram} reports: 0.5 %.
 *
 * @example
 * ```ts
 * durationHistogramPrecision;
 * //=> 0.005
 * ```
 */
export const durationHistogramPrecision = 0.005;

// Bucket b ≥ 1 holds durations in [G^(b-1), G^b) ms, with G = (1 + p) / (1 - p) so that
// G^(b-1) · (1 + p) is within p of any duration in it: p above the bucket's first duration,
// and G^(b-1) · (1 + p) = G^b · (1 − p), p below its end (its geometric middle, G^(b-1/2), is
// 0.50125 % above the first). Bucket 0 holds durations < 1 ms.
const GROWTH = (1 + durationHistogramPrecision) / (1 - durationHistogramPrecision);
const LOG_GROWTH = Math.log(GROWTH);

function bucketOf(ms: number): number {
  return ms < 1 ? 0 : Math.floor(Math.log(ms) / LOG_GROWTH) + 1;
}

function representative(b: number): number {
  return Math.exp((b - 1) * LOG_GROWTH) * (1 + durationHistogramPrecision);
}
