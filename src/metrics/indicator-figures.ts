import type { Priority } from '../qualification/levels.js';
import type { SlaComplianceLine, SlaMeasuredTarget } from '../sla/sla-compliance.js';
import type {
  QueueAbandonment,
  QueueIndicators,
  QueueServiceLevel,
} from './call-queue-indicators.js';
import type { FirstLevelResolution } from './first-level-resolution.js';

/**
 * Mean, median and 90th percentile of a set of durations, in ms (`null` when there are none).
 * The percentiles are within 0.5 % of the exact nearest-rank values; the mean is exact.
 */
export interface DurationSummary {
  readonly count: number;
  readonly meanMs: number | null;
  readonly medianMs: number | null;
  readonly p90Ms: number | null;
}

/**
 * Hand-offs counted when they happen (seed §2.5.1, §4.3.3): transfers and escalations, and
 * their rates per ticket opened.
 *
 * @see seed §2.5.1, §4.3.3
 * @example
 * ```ts
 * const h: HandoffIndicators = { transfers: 3, escalations: 1, transferRate: 0.3, escalationRate: 0.1 };
 * h.escalations;
 * //=> 1
 * ```
 */
export interface HandoffIndicators {
  readonly transfers: number;
  readonly escalations: number;
  readonly transferRate: number | null;
  readonly escalationRate: number | null;
}

/**
 * The open tickets by age at the snapshot instant: `byAge[k]` counts the tickets younger than
 * `backlogAgeLimitsMs[k]` and not counted before (the last bucket, `upToMs: null`, is the rest).
 */
export interface BacklogLine {
  readonly total: number;
  readonly byAge: readonly { readonly upToMs: number | null; readonly count: number }[];
}

/**
 * One line of SLA compliance in the indicators: the closed tickets' clocks, plus the open
 * tickets whose clock is still running or paused but already past its due instant — a miss
 * already, counted in `total` (never in `met`) and told apart in `openMisses`. A ticket counts
 * once: at the snapshot while it is open and breached, at its closing once closed.
 *
 * @see seed §2.5.2.4
 */
export interface IndicatorSlaLine extends SlaComplianceLine {
  /** How many of the misses are open tickets whose clock still runs past its due instant. */
  readonly openMisses: number;
}

/** The detection and resolution lines of one priority. */
export type IndicatorSlaCompliance = { readonly [T in SlaMeasuredTarget]: IndicatorSlaLine };

/**
 * Qualification quality (seed §3, « une erreur à ce niveau peut être lourde de
 * conséquences »): requalifications counted by direction when they happen, and the closed
 * tickets that spent time under a priority less urgent than the one they ended with — how
 * many, how long (wall-clock, summed and mean), and the SLA clocks they missed.
 *
 * @see seed §3
 */
export interface QualificationQuality {
  readonly requalified: { readonly raised: number; readonly lowered: number };
  readonly underQualified: {
    readonly tickets: number;
    readonly totalMs: number;
    readonly meanMs: number | null;
    readonly slaMisses: { readonly detection: number; readonly resolution: number };
  };
}

/**
 * One line of a breakdown of the closed tickets — by the technician or the support level that
 * resolved them (applied their last definitive solution), by the assignment group holding
 * them or by their category at closing: how many, their resolution clocks met of measured,
 * and their mean wall-clock time to resolve.
 *
 * @see seed §1, §1.1, §4.4
 */
export interface ResolverIndicators {
  readonly closed: number;
  readonly resolution: { readonly met: number; readonly total: number };
  readonly meanTimeToResolveMs: number | null;
}

/**
 * The figures of one period of a series (per hour or per day, in the series' time zone), with
 * the same definitions as the totals:
 *
 * - `calls`, `queue`: the calls that ended in it (answered or abandoned), the speed of answer
 *   of the answered ones (`count` waits, their mean — the ASA — and 90th percentile), the
 *   service level and the abandonment rate with short abandons apart (§4.3.2);
 * - `tickets`: opened, reopened and cancelled in it, and `closed`: closed in it and still
 *   closed (a reopening takes a ticket back from the period it closed in, as from the totals);
 * - `firstLevelResolution`, `timeToResolve`, `sla`: those of the tickets closed in it (§1.1,
 *   §1, §2.5.2.4), with their sample sizes (`closed`, `count`, `total`);
 * - `handoffs`: transfers and escalations made in it (§2.5.1, §4.3.3);
 * - `backlog`: the open tickets after the last event fed in it (its end, when events come in
 *   time order).
 *
 * A figure with no sample in the period is `null` (a rate, a mean, a percentile), never 0.
 *
 * @see seed §1, §1.1, §2.5.2.4, §4.3.2, §4.3.3
 */
export interface SeriesPoint {
  /** The period's first instant (local midnight or the hour, in the series' time zone). */
  readonly start: Date;
  readonly calls: {
    readonly offered: number;
    readonly answered: number;
    readonly abandoned: number;
  };
  readonly queue: {
    readonly speedOfAnswer: {
      readonly count: number;
      readonly meanMs: number | null;
      readonly p90Ms: number | null;
    };
    readonly serviceLevel: QueueServiceLevel;
    readonly abandonment: QueueAbandonment;
  };
  readonly tickets: {
    readonly opened: number;
    readonly closed: number;
    readonly reopened: number;
    readonly cancelled: number;
  };
  /** Open tickets at the period's end (after the last event fed in it). */
  readonly backlog: number;
  readonly firstLevelResolution: FirstLevelResolution;
  readonly timeToResolve: DurationSummary;
  readonly handoffs: { readonly transfers: number; readonly escalations: number };
  readonly sla: {
    readonly detection: { readonly met: number; readonly total: number };
    readonly resolution: { readonly met: number; readonly total: number };
  };
}

/**
 * The indicators of one priority.
 *
 * @example
 * ```ts
 * const p = serviceIndicators([], new Date(0)).byPriority.get(1);
 * p?.closed;
 * //=> 0
 * ```
 */
export interface PriorityIndicators {
  /** Tickets qualified with this priority (their latest priority), open or closed (not cancelled). */
  readonly tickets: number;
  readonly closed: number;
  readonly firstLevelResolution: FirstLevelResolution;
  readonly timeToResolve: DurationSummary;
  readonly handoffs: HandoffIndicators;
  readonly sla: IndicatorSlaCompliance;
  readonly backlog: BacklogLine;
}

/**
 * The service indicators of seed §1 and §2.5.2.4 at one instant: call counts and abandoned
 * calls, tickets opened, closed and reopened, first-level resolution rate against the 80 %
 * target, time to resolve, transfers and escalations, SLA compliance against the table's
 * success rates, and the backlog by priority and age — overall and per priority.
 *
 * @see seed §1 « nombre d'appels, taux de résolution des incidents au 1er niveau, temps moyen
 * de résolution… », §2.5.2.4, §4.3.2
 * @example
 * ```ts
 * serviceIndicators([], new Date(0)).calls;
 * //=> { answered: 0, abandoned: 0, total: 0, abandonedRate: null }
 * ```
 */
export interface ServiceIndicators {
  readonly at: Date;
  readonly calls: {
    readonly answered: number;
    readonly abandoned: number;
    readonly total: number;
    readonly abandonedRate: number | null;
  };
  readonly tickets: {
    readonly opened: number;
    readonly closed: number;
    readonly open: number;
    readonly reopened: number;
    /** Reopenings per closed ticket. */
    readonly reopenRate: number | null;
    /**
     * Tickets cancelled (opened in error, duplicates, withdrawn): out of the backlog and
     * counted apart, never in first-level resolution, resolution times or SLA compliance.
     */
    readonly cancelled: number;
  };
  /** Requalifications and under-qualified tickets (§3). */
  readonly qualification: QualificationQuality;
  /** The telephone queue: speed of answer (ASA), service level, abandons, peak (§4.3.2). */
  readonly queue: QueueIndicators;
  /** Per hour or per day when `options.series` asks for it (the periods kept), else empty. */
  readonly series: readonly SeriesPoint[];
  readonly firstLevelResolution: FirstLevelResolution;
  readonly timeToResolve: DurationSummary;
  readonly handoffs: HandoffIndicators;
  /** Per priority, closed tickets' clocks and open tickets already past their due instant. */
  readonly sla: ReadonlyMap<Priority, IndicatorSlaCompliance>;
  readonly backlog: BacklogLine & { readonly unqualified: number };
  readonly byPriority: ReadonlyMap<Priority, PriorityIndicators>;
  /** Closed tickets by the technician who resolved them. */
  readonly byTechnician: ReadonlyMap<string, ResolverIndicators>;
  /** Closed tickets by the support level that resolved them. */
  readonly byLevel: ReadonlyMap<1 | 2 | 3, ResolverIndicators>;
  /**
   * Closed tickets by the assignment group holding them at closing (seed §4.4); `null`: no
   * group known (none named, or a group past the first 1,000 distinct ones, `maxBreakdownKeys`).
   */
  readonly byGroup: ReadonlyMap<string | null, ResolverIndicators>;
  /**
   * Closed tickets by their category at closing (the last a qualification gave); `null`: no
   * category known (none given, or a category past the first 1,000 distinct ones).
   */
  readonly byCategory: ReadonlyMap<string | null, ResolverIndicators>;
}
