import { type Priority, priorities } from '../qualification/levels.js';
import type { TicketIndicatorDraft } from '../ticket/ticket-indicator-projection.js';
import {
  createQueueAccumulator,
  type QueueAccumulator,
  type ResolvedQueueOptions,
  resolveQueueOptions,
  type SavedQueue,
} from './call-queue-indicators.js';
import { type Aggregate, type Contribution, newAggregate } from './indicator-aggregate.js';
import type { IndicatorTotals } from './indicator-report.js';
import {
  createSeries,
  type ResolvedSeriesOptions,
  type SavedSeriesPoint,
  type Series,
  type SeriesThresholds,
} from './indicator-series.js';

/** What an indicator accumulator holds of one ticket. */
export interface TrackedTicket {
  readonly id: string;
  /** The ticket's projection, owned here and folded in place (one object a ticket). */
  readonly projection: TicketIndicatorDraft;
  /** The last stream version seen (0 when the entries carry none). */
  lastVersion: number;
  /** The instant of its last event, in epoch ms: a ticket's events never go back in time. */
  lastAt: number;
  /** What it added when it closed, taken back if it reopens. */
  contribution: Contribution | undefined;
  /** When a closed or cancelled ticket may be forgotten: the end of its reopen window, in epoch ms. */
  forgetAfter: number | undefined;
}

/** Everything an indicator accumulator holds: what `save` writes and `restore` reads back. */
export interface AccumulatorState {
  readonly tracked: Map<string, TrackedTicket>;
  /**
   * Closed tickets in the order they close, with the end of their reopen window at that close
   * (in that order too, for one calendar and window per policy): the head goes first.
   */
  forgetQueue: (TrackedTicket | undefined)[];
  forgetAt: number[];
  forgetHead: number;
  readonly totals: IndicatorTotals;
  /** The last store position seen (0 before any). */
  lastPosition: number;
  /** The telephone queue's accumulator. */
  readonly queue: QueueAccumulator;
  /** The series per hour or day, when asked for. */
  readonly series: Series | undefined;
}

/**
 * The state of an accumulator that has seen nothing.
 *
 * @example
 * ```ts
 * emptyAccumulatorState().tracked.size;
 * //=> 0
 * ```
 */
export function emptyAccumulatorState(
  queue: ResolvedQueueOptions = resolveQueueOptions(),
  savedQueue?: SavedQueue,
  series?: ResolvedSeriesOptions,
  savedSeries?: readonly SavedSeriesPoint[],
  thresholds?: SeriesThresholds,
): AccumulatorState {
  return {
    tracked: new Map(),
    forgetQueue: [],
    forgetAt: [],
    forgetHead: 0,
    totals: {
      answered: 0,
      abandoned: 0,
      opened: 0,
      raised: 0,
      lowered: 0,
      reopened: 0,
      cancelled: 0,
      overall: newAggregate(),
      perPriority: new Map<Priority, Aggregate>(priorities.map((p) => [p, newAggregate()])),
      byTechnician: new Map(),
      byLevel: new Map(),
      byGroup: new Map(),
      byCategory: new Map(),
    },
    lastPosition: 0,
    queue: createQueueAccumulator(queue, savedQueue),
    series: series === undefined ? undefined : createSeries(series, savedSeries, thresholds),
  };
}
