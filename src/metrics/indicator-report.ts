import { type Priority, priorities } from '../qualification/levels.js';
import { slaComplianceLine } from '../sla/sla-compliance.js';
import type { TicketIndicatorProjection } from '../ticket/ticket-indicator-projection.js';
import type { DurationHistogram } from './duration-histogram.js';
import { firstLevelResolutionOf } from './first-level-resolution.js';
import type { Aggregate, ResolverAggregate } from './indicator-aggregate.js';
import type {
  BacklogLine,
  DurationSummary,
  HandoffIndicators,
  IndicatorSlaCompliance,
  IndicatorSlaLine,
  PriorityIndicators,
  ResolverIndicators,
  ServiceIndicators,
} from './indicator-figures.js';
import type { ResolvedIndicatorOptions } from './indicator-options.js';
import { clockStopped, openTicketClocks } from './open-ticket-clocks.js';

/** The counters an accumulator keeps besides its tracked tickets. */
export interface IndicatorTotals {
  answered: number;
  abandoned: number;
  opened: number;
  /** Requalifications to a more urgent priority (seed §3). */
  raised: number;
  /** Requalifications to a less urgent priority. */
  lowered: number;
  reopened: number;
  cancelled: number;
  readonly overall: Aggregate;
  readonly perPriority: ReadonlyMap<Priority, Aggregate>;
  /** Closed tickets by the technician who resolved them. */
  readonly byTechnician: Map<string, ResolverAggregate>;
  /** Closed tickets by the level that resolved them. */
  readonly byLevel: Map<1 | 2 | 3, ResolverAggregate>;
  /** Closed tickets by the assignment group holding them (`null`: none known). */
  readonly byGroup: Map<string | null, ResolverAggregate>;
  /** Closed tickets by their category (`null`: none known). */
  readonly byCategory: Map<string | null, ResolverAggregate>;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function summary(h: DurationHistogram): DurationSummary {
  return { count: h.count, meanMs: h.mean, medianMs: h.percentile(0.5), p90Ms: h.percentile(0.9) };
}

function handoffs(a: Aggregate, base: number): HandoffIndicators {
  return {
    transfers: a.transfers,
    escalations: a.escalations,
    transferRate: ratio(a.transfers, base),
    escalationRate: ratio(a.escalations, base),
  };
}

type MutableBacklog = { total: number; byAge: { upToMs: number | null; count: number }[] };

/**
 * The {@link ServiceIndicators} at `at` (all but the queue's) from an accumulator's totals and the projections of
 * the tickets it tracks (the open ones and those closed within their reopen window).
 *
 * @see seed §1, §1.1, §2.5.2.4, §4.3.2
 * @example
 * ```ts
 * const totals = { answered: 1, abandoned: 1, opened: 0, raised: 0, lowered: 0, reopened: 0, cancelled: 0, overall: newAggregate(), perPriority: new Map(), byTechnician: new Map(), byLevel: new Map(), byGroup: new Map(), byCategory: new Map() };
 * indicatorReport(totals, [], resolveIndicatorOptions({}), new Date(0)).calls;
 * //=> { answered: 1, abandoned: 1, total: 2, abandonedRate: 0.5 }
 * ```
 */
export function indicatorReport(
  totals: IndicatorTotals,
  tickets: Iterable<TicketIndicatorProjection>,
  options: ResolvedIndicatorOptions,
  at: Date,
): Omit<ServiceIndicators, 'queue' | 'series'> {
  const { limits, target } = options;
  const now = at.getTime();
  const emptyAges = () => [...limits, null].map((upToMs) => ({ upToMs, count: 0 }));
  const backlog = new Map<Priority | 'unqualified', MutableBacklog>();
  const allAges = emptyAges();
  let open = 0;
  // Stryker disable next-line ArrayDeclaration: every read of ticketsAt falls back to 0 (`?? 0`)
  const ticketsAt = new Map<Priority, number>(priorities.map((p) => [p, 0]));
  const openMisses = new Map<Priority, { detection: number; resolution: number }>(
    priorities.map((p) => [p, { detection: 0, resolution: 0 }]),
  );
  for (const t of tickets) {
    if (t.stage !== 'open') continue;
    const p = t.qualification?.priority;
    const policy =
      t.policyVersion === undefined ? undefined : options.byVersion.get(t.policyVersion);
    const clocks = policy === undefined ? undefined : openTicketClocks('', t, policy, at);
    if (clocks !== undefined) {
      const misses = openMisses.get(clocks.priority) as { detection: number; resolution: number };
      for (const c of clocks.clocks) {
        if (c.clock === 'maxDelay' || c.state !== 'breached' || clockStopped(t, c.clock)) continue;
        misses[c.clock]++;
      }
    }
    if (p !== undefined) ticketsAt.set(p, (ticketsAt.get(p) ?? 0) + 1);
    open++;
    // Stryker disable next-line OptionalChaining: an open ticket has its opening (the fold sets it with the stage, a restored ticket reads it)
    const age = now - (t.opening?.at.getTime() ?? now);
    const k = limits.findIndex((l) => age < l);
    const bucket = k < 0 ? limits.length : k;
    const key = p ?? 'unqualified';
    let line = backlog.get(key);
    if (line === undefined) {
      line = { total: 0, byAge: emptyAges() };
      backlog.set(key, line);
    }
    line.total++;
    (line.byAge[bucket] as { count: number }).count++;
    (allAges[bucket] as { count: number }).count++;
  }
  const sla = new Map<Priority, IndicatorSlaCompliance>();
  const byPriority = new Map<Priority, PriorityIndicators>();
  // Success rates come from the first policy's SLA table: one period is judged against one
  // table (a re-baseline that changes the rates starts a new reporting period).
  const table = options.first.slaTable;
  for (const p of priorities) {
    const a = totals.perPriority.get(p);
    if (a === undefined) continue;
    const targets = table.targets.get(p);
    const misses = openMisses.get(p) as { detection: number; resolution: number };
    const line = (kind: 'detection' | 'resolution'): IndicatorSlaLine => ({
      ...slaComplianceLine(
        a[kind].met,
        a[kind].total + misses[kind],
        // Stryker disable next-line OptionalChaining: an SLA table has targets for every priority of its scale (defineSlaTable refuses a missing one)
        targets?.[kind].successRate ?? 1,
      ),
      openMisses: misses[kind],
    });
    const compliance: IndicatorSlaCompliance = {
      detection: line('detection'),
      resolution: line('resolution'),
    };
    sla.set(p, compliance);
    const qualified = (ticketsAt.get(p) ?? 0) + a.closed;
    const openLine: BacklogLine | undefined = backlog.get(p);
    byPriority.set(p, {
      tickets: qualified,
      closed: a.closed,
      firstLevelResolution: firstLevelResolutionOf(a.atLevel1, a.closed, target),
      timeToResolve: summary(a.histogram),
      handoffs: handoffs(a, qualified),
      sla: compliance,
      backlog: openLine ?? { total: 0, byAge: emptyAges() },
    });
  }
  const { overall } = totals;
  return {
    at,
    calls: {
      answered: totals.answered,
      abandoned: totals.abandoned,
      total: totals.answered + totals.abandoned,
      abandonedRate: ratio(totals.abandoned, totals.answered + totals.abandoned),
    },
    tickets: {
      opened: totals.opened,
      closed: overall.closed,
      open,
      reopened: totals.reopened,
      reopenRate: ratio(totals.reopened, overall.closed),
      cancelled: totals.cancelled,
    },
    qualification: {
      requalified: { raised: totals.raised, lowered: totals.lowered },
      underQualified: {
        tickets: overall.underQualified,
        totalMs: overall.underQualifiedMs,
        meanMs: ratio(overall.underQualifiedMs, overall.underQualified),
        slaMisses: { ...overall.underQualifiedMisses },
      },
    },
    firstLevelResolution: firstLevelResolutionOf(overall.atLevel1, overall.closed, target),
    timeToResolve: summary(overall.histogram),
    handoffs: handoffs(overall, totals.opened),
    sla,
    backlog: { total: open, byAge: allAges, unqualified: backlog.get('unqualified')?.total ?? 0 },
    byPriority,
    byTechnician: resolverLines(totals.byTechnician),
    byLevel: resolverLines(totals.byLevel),
    byGroup: resolverLines(totals.byGroup),
    byCategory: resolverLines(totals.byCategory),
  };
}

function resolverLines<K>(
  lines: ReadonlyMap<K, ResolverAggregate>,
): ReadonlyMap<K, ResolverIndicators> {
  return new Map(
    [...lines].map(([key, a]) => [
      key,
      {
        closed: a.closed,
        resolution: { met: a.resolutionMet, total: a.resolutionTotal },
        meanTimeToResolveMs: ratio(a.timeToResolveMs, a.closed),
      },
    ]),
  );
}
