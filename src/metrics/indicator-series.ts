import { describeValue } from '../core/describe-value.js';
import { inputError } from '../core/input-guard.js';
import {
  assertTimeZone,
  instantsOfWallRange,
  offsetSegments,
  wallClockOf,
} from '../sla/time-zone-offsets.js';
import { DurationHistogram, type SavedDurationHistogram } from './duration-histogram.js';
import { firstLevelResolutionOf } from './first-level-resolution.js';
import type { Contribution } from './indicator-aggregate.js';
import type { DurationSummary, SeriesPoint } from './indicator-figures.js';

/**
 * The periods a series is cut into, in the desk calendar's time zone.
 *
 * @example
 * ```ts
 * seriesPeriods;
 * //=> ['hour', 'day']
 * ```
 */
export const seriesPeriods = ['hour', 'day'] as const;

/** One of {@link seriesPeriods}. */
export type SeriesPeriod = (typeof seriesPeriods)[number];

/**
 * A series of the indicators per hour or per day: which period, in which IANA time zone (the
 * first policy's calendar's by default, as the SLA clocks count), and how many of the latest
 * periods to keep (48 hours or 31 days by default: memory stays bounded by the periods kept).
 */
export interface SeriesOptions {
  readonly period: SeriesPeriod;
  readonly timeZone?: string;
  readonly keep?: number;
}

/** Series options checked, with their defaults. */
export interface ResolvedSeriesOptions {
  readonly period: SeriesPeriod;
  readonly timeZone: string;
  readonly keep: number;
}

/**
 * Checks series options and fills in their defaults (`fallbackZone`: the calendar's).
 *
 * @throws TypeError naming the option and what is allowed.
 * @example
 * ```ts
 * resolveSeriesOptions({ period: 'day' }, 'Europe/Paris');
 * //=> { period: 'day', timeZone: 'Europe/Paris', keep: 31 }
 * ```
 */
export function resolveSeriesOptions(
  options: SeriesOptions,
  fallbackZone: string,
): ResolvedSeriesOptions {
  if (typeof options !== 'object' || options === null || !seriesPeriods.includes(options.period)) {
    throw inputError(
      `Indicators: series must be { period: 'hour' | 'day', timeZone?, keep? }, got ${describeValue(options)}.`,
    );
  }
  const keep = options.keep ?? (options.period === 'hour' ? 48 : 31);
  if (
    // Stryker disable next-line ConditionalExpression: Number.isSafeInteger below refuses every non-number without coercing it
    typeof keep !== 'number' ||
    !Number.isSafeInteger(keep) ||
    keep < 1 ||
    keep > 100_000
  ) {
    throw inputError(
      `Indicators: series.keep must be a whole number from 1 to 100000, got ${describeValue(keep)}.`,
    );
  }
  let timeZone: string;
  try {
    // Stryker disable next-line ArrayDeclaration: the path goes into the ConfigurationError the catch below replaces
    timeZone = assertTimeZone(options.timeZone ?? fallbackZone, ['series', 'timeZone']);
  } catch {
    throw inputError(
      `Indicators: series.timeZone must be an IANA time zone such as 'Europe/Paris', got ${describeValue(options.timeZone)}.`,
    );
  }
  return { period: options.period, timeZone, keep };
}

/**
 * The running figures of one period, changed in place by the accumulator: its calls (with
 * the waits of the answered ones, those answered within the service-level threshold and the
 * short abandons), its tickets opened, reopened, cancelled and handed off, the tickets closed
 * in it and still closed (solved at level 1, their resolution times, their SLA clocks), and
 * the open tickets after the last event fed in it.
 */
export interface SeriesBucket {
  answered: number;
  abandoned: number;
  answeredWithin: number;
  shortAbandons: number;
  readonly waits: DurationHistogram;
  opened: number;
  closed: number;
  atLevel1: number;
  reopened: number;
  cancelled: number;
  transfers: number;
  escalations: number;
  detectionMet: number;
  detectionTotal: number;
  resolutionMet: number;
  resolutionTotal: number;
  readonly timeToResolve: DurationHistogram;
  backlog: number;
}

/** The counters of a {@link SeriesBucket}, in the order a saved period lists them. */
const counters = [
  'answered',
  'abandoned',
  'answeredWithin',
  'shortAbandons',
  'opened',
  'closed',
  'atLevel1',
  'reopened',
  'cancelled',
  'transfers',
  'escalations',
  'detectionMet',
  'detectionTotal',
  'resolutionMet',
  'resolutionTotal',
  'backlog',
] as const satisfies readonly (keyof SeriesBucket)[];

/**
 * How many counts a saved period lists after its start.
 *
 * @example
 * ```ts
 * savedSeriesCounts;
 * //=> 16
 * ```
 */
export const savedSeriesCounts = counters.length;

/**
 * One period of a series as JSON: `counts` in the order `answered, abandoned, answeredWithin,
 * shortAbandons, opened, closed, atLevel1, reopened, cancelled, transfers, escalations,
 * detectionMet, detectionTotal, resolutionMet, resolutionTotal, backlog`, and the two
 * histograms (waits of the answered calls, times to resolve of the tickets closed in it).
 */
export interface SavedSeriesPoint {
  readonly start: number;
  readonly counts: readonly number[];
  readonly waits: SavedDurationHistogram;
  readonly timeToResolve: SavedDurationHistogram;
}

/** What a series point's figures are judged against: the queue thresholds and the §1.1 target. */
export interface SeriesThresholds {
  readonly serviceLevelMs: number;
  readonly shortAbandonMs: number;
  readonly firstLevelTarget: number;
}

/**
 * A series being kept: the bucket of an instant's period (`at`, made when missing; `find`,
 * never made), its `points`, and `save` as JSON.
 */
export interface Series {
  /** The period holding `atMs`, made if needed; `undefined` when older than every period kept. */
  at(atMs: number): SeriesBucket | undefined;
  /** The period holding `atMs` if it is kept (never made). */
  find(atMs: number): SeriesBucket | undefined;
  points(): readonly SeriesPoint[];
  save(): readonly SavedSeriesPoint[];
}

/**
 * Adds (sign 1) or withdraws (sign −1) a closed ticket's contribution to the period it closed
 * in: a reopening takes it back from there, as from the totals.
 *
 * @example
 * ```ts
 * const s = createSeries(resolveSeriesOptions({ period: 'hour' }, 'UTC'));
 * const b = s.at(0);
 * if (b) applyToBucket(b, { priority: 1, atLevel1: true, timeToResolveMs: 60_000, detectionMet: true,
 *   resolutionMet: false, underQualifiedMs: undefined, resolvedBy: undefined, group: undefined, category: undefined }, 1);
 * s.points()[0]?.firstLevelResolution.rate;
 * //=> 1
 * ```
 */
export function applyToBucket(b: SeriesBucket, c: Contribution, sign: 1 | -1): void {
  b.closed += sign;
  if (c.atLevel1) b.atLevel1 += sign;
  if (c.timeToResolveMs !== undefined) {
    if (sign > 0) b.timeToResolve.add(c.timeToResolveMs);
    else {
      try {
        b.timeToResolve.remove(c.timeToResolveMs);
      } catch {
        // Only a hand-edited saved state can hold a period without it: nothing to take back.
      }
    }
  }
  if (c.detectionMet !== undefined) {
    b.detectionTotal += sign;
    if (c.detectionMet) b.detectionMet += sign;
  }
  if (c.resolutionMet !== undefined) {
    b.resolutionTotal += sign;
    if (c.resolutionMet) b.resolutionMet += sign;
  }
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** A period kept: its first instant, the first of the next one, and its figures. */
interface Period {
  readonly start: number;
  readonly end: number;
  readonly bucket: SeriesBucket;
}

function newBucket(): SeriesBucket {
  return {
    answered: 0,
    abandoned: 0,
    answeredWithin: 0,
    shortAbandons: 0,
    waits: new DurationHistogram(),
    opened: 0,
    closed: 0,
    atLevel1: 0,
    reopened: 0,
    cancelled: 0,
    transfers: 0,
    escalations: 0,
    detectionMet: 0,
    detectionTotal: 0,
    resolutionMet: 0,
    resolutionTotal: 0,
    timeToResolve: new DurationHistogram(),
    backlog: 0,
  };
}

function bucketFrom(saved: SavedSeriesPoint): SeriesBucket {
  const b = {
    ...newBucket(),
    waits: DurationHistogram.restore(saved.waits),
    timeToResolve: DurationHistogram.restore(saved.timeToResolve),
  };
  counters.forEach((key, k) => {
    b[key] = saved.counts[k] ?? 0;
  });
  return b;
}

function summary(h: DurationHistogram): DurationSummary {
  return { count: h.count, meanMs: h.mean, medianMs: h.percentile(0.5), p90Ms: h.percentile(0.9) };
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function pointOf(start: number, b: SeriesBucket, t: SeriesThresholds): SeriesPoint {
  const offered = b.answered + b.abandoned;
  // The queue's definitions (see QueueIndicators): short abandons are left out of both rates.
  const base = offered - b.shortAbandons;
  return {
    start: new Date(start),
    calls: { offered, answered: b.answered, abandoned: b.abandoned },
    queue: {
      speedOfAnswer: { count: b.waits.count, meanMs: b.waits.mean, p90Ms: b.waits.percentile(0.9) },
      serviceLevel: {
        thresholdMs: t.serviceLevelMs,
        answeredWithin: b.answeredWithin,
        rate: ratio(b.answeredWithin, base),
      },
      abandonment: {
        shortThresholdMs: t.shortAbandonMs,
        short: b.shortAbandons,
        rate: ratio(b.abandoned - b.shortAbandons, base),
      },
    },
    tickets: {
      opened: b.opened,
      closed: b.closed,
      reopened: b.reopened,
      cancelled: b.cancelled,
    },
    backlog: b.backlog,
    firstLevelResolution: firstLevelResolutionOf(b.atLevel1, b.closed, t.firstLevelTarget),
    timeToResolve: summary(b.timeToResolve),
    handoffs: { transfers: b.transfers, escalations: b.escalations },
    sla: {
      detection: { met: b.detectionMet, total: b.detectionTotal },
      resolution: { met: b.resolutionMet, total: b.resolutionTotal },
    },
  };
}

const defaultThresholds: SeriesThresholds = Object.freeze({
  serviceLevelMs: 20_000,
  shortAbandonMs: 5_000,
  firstLevelTarget: 0.8,
});

/**
 * Creates a {@link Series}, fresh or from saved points (checked by the caller), its points
 * judged against `thresholds` (the queue's and the first-level target; the defaults by default).
 *
 * @example
 * ```ts
 * const s = createSeries(resolveSeriesOptions({ period: 'hour' }, 'UTC'));
 * const b = s.at(Date.UTC(2026, 2, 2, 9, 30));
 * if (b) b.opened++;
 * s.points()[0]?.start;
 * //=> new Date('2026-03-02T09:00:00Z')
 * ```
 */
export function createSeries(
  options: ResolvedSeriesOptions,
  saved: readonly SavedSeriesPoint[] = [],
  thresholds: SeriesThresholds = defaultThresholds,
): Series {
  const size = options.period === 'hour' ? HOUR : DAY;

  // The instants whose local time falls in the period of `at`'s local time: an hour or a day
  // of wall clock, shorter where the offset springs forward (the skipped hour has no instant),
  // longer where it falls back (the repeated hour is one period, whatever the order events
  // come in). The offsets are read over the weeks around `at` (memoized per zone and week).
  const startOf = (at: number): [number, number] => {
    const from = Math.floor(at / WEEK) * WEEK - WEEK;
    const segments = offsetSegments(options.timeZone, from, from + 3 * WEEK);
    const wallStart = Math.floor(wallClockOf(segments, at) / size) * size;
    const pieces = instantsOfWallRange(segments, wallStart, wallStart + size);
    // The piece holding `at`: the first ending after it (sorted, disjoint). Two pieces only
    // where a fall-back longer than the period repeats it apart (Troll's two hours).
    return pieces.find(([, end]) => at < end) as [number, number];
  };

  // The periods kept, by start, each with its end: an instant is placed by a binary search
  // (no time-zone computation once its period is kept; a reopening finds the period its
  // ticket closed in this way).
  // Saved points come in time order: the loader refuses a period not after the one before.
  const periods: Period[] = saved.map((point) => ({
    start: point.start,
    end: startOf(point.start)[1],
    bucket: bucketFrom(point),
  }));
  // The period of the last event: events mostly come in time order.
  let current: Period | undefined;

  /** The index of the last period starting at or before `atMs` (−1 when none). */
  const before = (atMs: number): number => {
    let low = 0;
    let high = periods.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((periods[middle] as Period).start <= atMs) low = middle + 1;
      else high = middle - 1;
    }
    return high;
  };

  const kept = (atMs: number): Period | undefined => {
    if (current !== undefined && atMs >= current.start && atMs < current.end) return current;
    const p = periods[before(atMs)];
    return p !== undefined && atMs < p.end ? p : undefined;
  };

  const sorted = () => periods.map((p): [number, SeriesBucket] => [p.start, p.bucket]);

  return {
    at(atMs: number): SeriesBucket | undefined {
      let period = kept(atMs);
      if (period === undefined) {
        const [start, end] = startOf(atMs);
        if (periods.length >= options.keep) {
          // Older than every period kept: not kept either.
          if (start < (periods[0] as Period).start) return undefined;
          periods.shift();
        }
        period = { start, end, bucket: newBucket() };
        periods.splice(before(start) + 1, 0, period);
      }
      current = period;
      return period.bucket;
    },
    find(atMs: number): SeriesBucket | undefined {
      return kept(atMs)?.bucket;
    },
    points(): readonly SeriesPoint[] {
      return sorted().map(([start, b]) => pointOf(start, b, thresholds));
    },
    save(): readonly SavedSeriesPoint[] {
      return sorted().map(([start, b]) => ({
        start,
        counts: counters.map((key) => b[key]),
        waits: b.waits.save(),
        timeToResolve: b.timeToResolve.save(),
      }));
    },
  };
}
