import { describeValue } from '../core/describe-value.js';
import { inputError } from '../core/input-guard.js';
import type { CallQueueEvent } from './call-queue-events.js';
import { DurationHistogram, type SavedDurationHistogram } from './duration-histogram.js';

/**
 * The service level of a queue (« 80/20 »: the share of calls answered within a threshold),
 * over all its calls or one period's.
 */
export interface QueueServiceLevel {
  readonly thresholdMs: number;
  readonly answeredWithin: number;
  /** `answeredWithin / (offered − short abandons)`; `null` without such a call. */
  readonly rate: number | null;
}

/** The abandonment of a queue (« raccrochés », seed §4.3.2), short abandons counted apart. */
export interface QueueAbandonment {
  readonly shortThresholdMs: number;
  /** Abandons after less than `shortThresholdMs` of waiting, counted apart. */
  readonly short: number;
  /** `(abandoned − short) / (offered − short)`; `null` without such a call. */
  readonly rate: number | null;
}

/**
 * The telephone queue measured (seed §4.3.2: time spent on one call lengthens the queue,
 * callers hang up — « raccrochés » — and call again), in the industry's terms:
 *
 * - `speedOfAnswer`: how long answered callers waited — its mean is the **ASA** (average
 *   speed of answer), with the 90th percentile (within 0.5 %);
 * - `serviceLevel`: the share of calls answered within a threshold (20 s by default: the
 *   « 80/20 » target reads 80 % answered within 20 s), out of the calls offered less the short
 *   abandons;
 * - `abandonment`: callers who hung up while waiting; those who hung up within a few seconds
 *   (5 s by default: a wrong number, a change of mind) are counted apart and left out of the
 *   rate, which is the other abandons out of the calls offered less the short ones;
 * - `calledAgain`: calls from a caller (by `callerId`, when the events carry it) who had already
 *   called within the window (1 h by default), and of those, how many followed an abandon;
 * - `peakQueueLength`: the most callers waiting at once, from each call's entry
 *   (`at − waitedMs`) and leave (`at`) instants, and when it was first reached.
 *
 * @see seed §4.3.2
 */
export interface QueueIndicators {
  /** Calls offered: answered plus abandoned. */
  readonly offered: number;
  readonly answered: number;
  readonly abandoned: number;
  readonly speedOfAnswer: { readonly meanMs: number | null; readonly p90Ms: number | null };
  readonly serviceLevel: QueueServiceLevel;
  readonly abandonment: QueueAbandonment;
  readonly calledAgain: {
    readonly windowMs: number;
    /** Calls from a caller who had called within the window before. */
    readonly calls: number;
    /** Of those, calls whose previous call from the same caller was abandoned. */
    readonly afterAbandon: number;
  };
  readonly peakQueueLength: { readonly length: number; readonly at: Date | null };
}

/**
 * The queue thresholds: service level within `serviceLevelMs` (20 s by default), short
 * abandons under `shortAbandonMs` (5 s), calls again within `recallWindowMs` (1 h), and waits
 * longer than `maxWaitMs` (1 h) counted from that bound in the peak queue length (so the peak
 * is exact for every wait up to it, with memory bounded by the calls of that window).
 */
export interface QueueOptions {
  readonly serviceLevelMs?: number;
  readonly shortAbandonMs?: number;
  readonly recallWindowMs?: number;
  readonly maxWaitMs?: number;
}

/** The queue thresholds with their defaults. */
export interface ResolvedQueueOptions {
  readonly serviceLevelMs: number;
  readonly shortAbandonMs: number;
  readonly recallWindowMs: number;
  readonly maxWaitMs: number;
}

/**
 * Checks queue options and fills in their defaults.
 *
 * @throws TypeError when `options` is not an object, naming the option that is not a finite
 * number of ms ≥ 0.
 * @example
 * ```ts
 * resolveQueueOptions({ serviceLevelMs: 30_000 });
 * //=> { serviceLevelMs: 30_000, shortAbandonMs: 5_000, recallWindowMs: 3_600_000, maxWaitMs: 3_600_000 }
 * ```
 */
export function resolveQueueOptions(options: QueueOptions = {}): ResolvedQueueOptions {
  // A number, a function or null would read as the defaults: refused by name instead.
  if (typeof options !== 'object' || options === null) {
    throw inputError(
      `Indicators: queue must be an object when given, got ${describeValue(options)}.`,
    );
  }
  const read = (key: keyof QueueOptions, fallback: number): number => {
    const value = options[key] ?? fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw inputError(
        `Indicators: queue.${key} must be a finite number of ms ≥ 0, got ${describeValue(value)}.`,
      );
    }
    return value;
  };
  return {
    serviceLevelMs: read('serviceLevelMs', 20_000),
    shortAbandonMs: read('shortAbandonMs', 5_000),
    recallWindowMs: read('recallWindowMs', 3_600_000),
    maxWaitMs: read('maxWaitMs', 3_600_000),
  };
}

/** The queue's counters, as JSON in a saved accumulator. */
export interface SavedQueue {
  readonly answered: number;
  readonly abandoned: number;
  readonly answeredWithin: number;
  readonly shortAbandons: number;
  readonly calledAgain: number;
  readonly calledAgainAfterAbandon: number;
  readonly waits: SavedDurationHistogram;
  /** `[callerId, epoch ms of their last call, whether it was abandoned]`, oldest first. */
  readonly recentCallers: readonly (readonly [string, number, boolean])[];
  /** Queue length just after `settledUpTo`, and the peak before it. */
  readonly level: number;
  readonly settledUpTo: number;
  readonly peak: number;
  readonly peakAt: number | null;
  /** Entry (+1) and leave (−1) instants not yet settled: `[epoch ms, delta]`. */
  readonly pending: readonly (readonly [number, 1 | -1])[];
}

/** A streaming accumulator of {@link QueueIndicators}; calls come in the order they end. */
export interface QueueAccumulator {
  add(call: CallQueueEvent): void;
  report(): QueueIndicators;
  save(): SavedQueue;
}

interface Caller {
  at: number;
  abandoned: boolean;
}

function sweep(
  points: [number, number][],
  from: { level: number; peak: number; peakAt: number | null },
) {
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let { level, peak, peakAt } = from;
  for (const [at, delta] of points) {
    level += delta;
    if (level > peak) {
      peak = level;
      peakAt = at;
    }
  }
  return { level, peak, peakAt };
}

/**
 * Creates a {@link QueueAccumulator}, fresh or from a saved queue (checked by the caller).
 *
 * @see seed §4.3.2
 * @example
 * ```ts
 * const q = createQueueAccumulator(resolveQueueOptions());
 * q.add({ type: 'call-answered', callId: 'c1', at: new Date(30_000), waitedMs: 30_000 });
 * q.add({ type: 'call-abandoned', callId: 'c2', at: new Date(40_000), waitedMs: 25_000 });
 * q.report().peakQueueLength;
 * //=> { length: 2, at: new Date(15_000) }
 * ```
 */
export function createQueueAccumulator(
  options: ResolvedQueueOptions,
  saved?: SavedQueue,
): QueueAccumulator {
  let answered = saved?.answered ?? 0;
  let abandoned = saved?.abandoned ?? 0;
  let answeredWithin = saved?.answeredWithin ?? 0;
  let shortAbandons = saved?.shortAbandons ?? 0;
  let calledAgain = saved?.calledAgain ?? 0;
  let calledAgainAfterAbandon = saved?.calledAgainAfterAbandon ?? 0;
  const waits =
    saved === undefined ? new DurationHistogram() : DurationHistogram.restore(saved.waits);
  // Insertion order is call order: the oldest callers come first and leave first.
  const callers = new Map<string, Caller>(
    (saved?.recentCallers ?? []).map(([id, at, wasAbandoned]) => [
      id,
      { at, abandoned: wasAbandoned },
    ]),
  );
  let settled = {
    level: saved?.level ?? 0,
    peak: saved?.peak ?? 0,
    peakAt: saved?.peakAt ?? null,
  };
  let settledUpTo = saved?.settledUpTo ?? Number.NEGATIVE_INFINITY;
  let pending: [number, number][] = (saved?.pending ?? []).map(([at, d]) => [at, d]);

  // Every call that ends from now on entered after `leave − maxWaitMs` (or is counted from
  // there): the points before that bound are final and fold into the settled level and peak.
  const settle = (leave: number) => {
    const bound = leave - options.maxWaitMs;
    if (pending.length < 256 || bound <= settledUpTo) return;
    const before: [number, number][] = [];
    const after: [number, number][] = [];
    for (const point of pending) (point[0] < bound ? before : after).push(point);
    settled = sweep(before, settled);
    settledUpTo = bound;
    pending = after;
  };

  return {
    add(call: CallQueueEvent): void {
      const leave = call.at.getTime();
      const entry = Math.max(leave - call.waitedMs, settledUpTo);
      const isAbandon = call.type === 'call-abandoned';
      if (isAbandon) {
        abandoned++;
        if (call.waitedMs < options.shortAbandonMs) shortAbandons++;
      } else {
        answered++;
        waits.add(call.waitedMs);
        if (call.waitedMs <= options.serviceLevelMs) answeredWithin++;
      }
      const id = call.callerId;
      if (id !== undefined) {
        // Forget the callers whose last call is older than the window.
        for (const [old, c] of callers) {
          if (c.at >= leave - options.recallWindowMs) break;
          callers.delete(old);
        }
        const before = callers.get(id);
        if (before !== undefined) {
          calledAgain++;
          if (before.abandoned) calledAgainAfterAbandon++;
          callers.delete(id);
        }
        callers.set(id, { at: leave, abandoned: isAbandon });
      }
      pending.push([entry, 1], [leave, -1]);
      settle(leave);
    },

    report(): QueueIndicators {
      const peak = sweep(pending.slice(), settled);
      const offered = answered + abandoned;
      const base = offered - shortAbandons;
      return {
        offered,
        answered,
        abandoned,
        speedOfAnswer: { meanMs: waits.mean, p90Ms: waits.percentile(0.9) },
        serviceLevel: {
          thresholdMs: options.serviceLevelMs,
          answeredWithin,
          rate: base === 0 ? null : answeredWithin / base,
        },
        abandonment: {
          shortThresholdMs: options.shortAbandonMs,
          short: shortAbandons,
          rate: base === 0 ? null : (abandoned - shortAbandons) / base,
        },
        calledAgain: {
          windowMs: options.recallWindowMs,
          calls: calledAgain,
          afterAbandon: calledAgainAfterAbandon,
        },
        peakQueueLength: {
          length: peak.peak,
          at: peak.peakAt === null ? null : new Date(peak.peakAt),
        },
      };
    },

    save(): SavedQueue {
      return {
        answered,
        abandoned,
        answeredWithin,
        shortAbandons,
        calledAgain,
        calledAgainAfterAbandon,
        waits: waits.save(),
        recentCallers: [...callers].map(([id, c]) => [id, c.at, c.abandoned] as const),
        level: settled.level,
        settledUpTo: Number.isFinite(settledUpTo) ? settledUpTo : -8.64e15,
        peak: settled.peak,
        peakAt: settled.peakAt,
        pending: pending.map(([at, d]) => [at, d < 0 ? -1 : 1] as const),
      };
    },
  };
}
