import { describeValue } from '../core/describe-value.js';
import { inputError } from '../core/input-guard.js';
import { assertTimeZone, offsetAt } from '../sla/time-zone-offsets.js';

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
  if (typeof keep !== 'number' || !Number.isSafeInteger(keep) || keep < 1 || keep > 100_000) {
    throw inputError(
      `Indicators: series.keep must be a whole number from 1 to 100000, got ${describeValue(keep)}.`,
    );
  }
  let timeZone: string;
  try {
    timeZone = assertTimeZone(options.timeZone ?? fallbackZone, ['series', 'timeZone']);
  } catch {
    throw inputError(
      `Indicators: series.timeZone must be an IANA time zone such as 'Europe/Paris', got ${describeValue(options.timeZone)}.`,
    );
  }
  return { period: options.period, timeZone, keep };
}

/**
 * What happened in one period: calls offered, answered and abandoned; tickets opened, closed
 * and reopened; and the SLA clocks of the tickets closed in it (met of measured).
 *
 * @see seed §1, §2.5.2.4, §4.3.2
 */
export interface SeriesPoint {
  /** The period's first instant (local midnight or the hour, in the series' time zone). */
  readonly start: Date;
  readonly calls: {
    readonly offered: number;
    readonly answered: number;
    readonly abandoned: number;
  };
  readonly tickets: { readonly opened: number; readonly closed: number; readonly reopened: number };
  readonly sla: {
    readonly detection: { readonly met: number; readonly total: number };
    readonly resolution: { readonly met: number; readonly total: number };
  };
}

/** What the series counts. */
export type SeriesCount =
  | 'answered'
  | 'abandoned'
  | 'opened'
  | 'closed'
  | 'reopened'
  | 'detectionMet'
  | 'detectionMissed'
  | 'resolutionMet'
  | 'resolutionMissed';

/**
 * The counters of one period as JSON: `[start, answered, abandoned, opened, closed, reopened,
 * detection met, detection missed, resolution met, resolution missed]`.
 */
export type SavedSeriesPoint = readonly number[];

const counts: readonly SeriesCount[] = [
  'answered',
  'abandoned',
  'opened',
  'closed',
  'reopened',
  'detectionMet',
  'detectionMissed',
  'resolutionMet',
  'resolutionMissed',
];

/** A series being kept: `record` what happens, `points` to read it, `save` as JSON. */
export interface Series {
  record(atMs: number, what: SeriesCount): void;
  points(): readonly SeriesPoint[];
  save(): readonly SavedSeriesPoint[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Creates a {@link Series}, fresh or from saved points (checked by the caller).
 *
 * @example
 * ```ts
 * const s = createSeries(resolveSeriesOptions({ period: 'hour' }, 'UTC'));
 * s.record(Date.UTC(2026, 2, 2, 9, 30), 'opened');
 * s.points()[0]?.start;
 * //=> new Date('2026-03-02T09:00:00Z')
 * ```
 */
export function createSeries(
  options: ResolvedSeriesOptions,
  saved: readonly SavedSeriesPoint[] = [],
): Series {
  const size = options.period === 'hour' ? HOUR : DAY;
  const byStart = new Map<number, number[]>();
  for (const point of saved) byStart.set(point[0] as number, point.slice(1));
  // The period of the last event, as [start, end): events mostly come in time order.
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  let current: number[] | undefined;

  const startOf = (at: number): [number, number] => {
    const wall = at + offsetAt(options.timeZone, at);
    const wallStart = Math.floor(wall / size) * size;
    const local = (w: number) => w - offsetAt(options.timeZone, w - offsetAt(options.timeZone, at));
    return [local(wallStart), local(wallStart + size)];
  };

  const slot = (at: number): number[] | undefined => {
    if (at >= from && at < to && current !== undefined) return current;
    const [start, end] = startOf(at);
    let point = byStart.get(start);
    if (point === undefined) {
      if (byStart.size >= options.keep) {
        const oldest = Math.min(...byStart.keys());
        // Older than every period kept: not kept either.
        if (start < oldest) return undefined;
        byStart.delete(oldest);
      }
      point = counts.map(() => 0);
      byStart.set(start, point);
    }
    from = start;
    to = end;
    current = point;
    return point;
  };

  return {
    record(atMs: number, what: SeriesCount): void {
      const point = slot(atMs);
      if (point !== undefined) point[counts.indexOf(what)] = (point[counts.indexOf(what)] ?? 0) + 1;
    },
    points(): readonly SeriesPoint[] {
      return [...byStart]
        .sort((a, b) => a[0] - b[0])
        .map(([start, c]) => {
          const n = (what: SeriesCount) => c[counts.indexOf(what)] ?? 0;
          return {
            start: new Date(start),
            calls: {
              offered: n('answered') + n('abandoned'),
              answered: n('answered'),
              abandoned: n('abandoned'),
            },
            tickets: { opened: n('opened'), closed: n('closed'), reopened: n('reopened') },
            sla: {
              detection: {
                met: n('detectionMet'),
                total: n('detectionMet') + n('detectionMissed'),
              },
              resolution: {
                met: n('resolutionMet'),
                total: n('resolutionMet') + n('resolutionMissed'),
              },
            },
          };
        });
    },
    save(): readonly SavedSeriesPoint[] {
      return [...byStart].sort((a, b) => a[0] - b[0]).map(([start, c]) => [start, ...c]);
    },
  };
}
