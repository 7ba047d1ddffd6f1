import { type Priority, priorities } from '../qualification/levels.js';
import { addWorkingTimeAt } from '../sla/business-calendar.js';
import { slaClockState } from '../sla/sla-clock.js';
import type { SlaTimeline } from '../sla/sla-clock-timeline.js';
import {
  type SlaComplianceLine,
  type SlaComplianceReport,
  type SlaPriorityCompliance,
  slaComplianceLine,
} from '../sla/sla-compliance.js';
import type { SlaTargets } from '../sla/sla-table.js';
import { type TicketEvent, ticketEventTypes } from '../ticket/ticket-events.js';
import { defaultTicketPolicy, type TicketPolicy } from '../ticket/ticket-policy.js';
import { ticketSlaTimelines } from '../ticket/ticket-sla.js';
import type { ClockPause } from '../ticket/ticket-state.js';
import type { CallQueueEvent } from './call-queue-events.js';
import { DurationHistogram } from './duration-histogram.js';

/**
 * The seed's yardstick for a service desk: level 1 resolves about 80 % of incidents (§1.1).
 *
 * @see seed §1.1 « On considère qu'un service desk est performant quand le niveau 1 résout à
 * peu près 80% des incidents. »
 * @example
 * ```ts
 * firstLevelResolutionTarget;
 * //=> 0.8
 * ```
 */
export const firstLevelResolutionTarget = 0.8;

/**
 * One event as the indicators read it: the stream it belongs to (a ticket's id for ticket
 * events) and the event. A `StoredEvent` from an `EventStore` has this shape.
 *
 * @example
 * ```ts
 * const entry: IndicatorEntry = {
 *   streamId: 'call-queue',
 *   event: { type: 'call-abandoned', callId: 'c1', at: new Date('2026-03-02T09:00:00Z'), waitedMs: 90_000 },
 * };
 * entry.event.type;
 * //=> 'call-abandoned'
 * ```
 */
export interface IndicatorEntry {
  readonly streamId: string;
  /** A ticket or call-queue event (events of any other type met at run time are skipped). */
  readonly event: TicketEvent | CallQueueEvent;
}

/**
 * Mean, median and 90th percentile of a set of durations, in ms (`null` when there are none).
 * The percentiles are within 0.5 % of the exact nearest-rank values; the mean is exact.
 *
 * @example
 * ```ts
 * const none: DurationSummary = { count: 0, meanMs: null, medianMs: null, p90Ms: null };
 * none.count;
 * //=> 0
 * ```
 */
export interface DurationSummary {
  readonly count: number;
  readonly meanMs: number | null;
  readonly medianMs: number | null;
  readonly p90Ms: number | null;
}

/**
 * First-level resolution (seed §1.1): of the closed tickets, those whose definitive solution
 * was applied by a level-1 technician and that were never handed off to level 2 or 3.
 *
 * @see seed §1.1
 * @example
 * ```ts
 * const flr: FirstLevelResolution = { closed: 10, atLevel1: 8, rate: 0.8, target: 0.8, ok: true };
 * flr.ok;
 * //=> true
 * ```
 */
export interface FirstLevelResolution {
  readonly closed: number;
  readonly atLevel1: number;
  /** `atLevel1 / closed`, `null` before any ticket is closed. */
  readonly rate: number | null;
  readonly target: number;
  /** Whether the rate reaches the target; `null` before any ticket is closed. */
  readonly ok: boolean | null;
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
 *
 * @example
 * ```ts
 * const b: BacklogLine = { total: 2, byAge: [{ upToMs: 3_600_000, count: 2 }, { upToMs: null, count: 0 }] };
 * b.total;
 * //=> 2
 * ```
 */
export interface BacklogLine {
  readonly total: number;
  readonly byAge: readonly { readonly upToMs: number | null; readonly count: number }[];
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
  /** Tickets qualified with this priority (their latest priority), open or closed. */
  readonly tickets: number;
  readonly closed: number;
  readonly firstLevelResolution: FirstLevelResolution;
  readonly timeToResolve: DurationSummary;
  readonly handoffs: HandoffIndicators;
  readonly sla: SlaPriorityCompliance;
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
  };
  readonly firstLevelResolution: FirstLevelResolution;
  readonly timeToResolve: DurationSummary;
  readonly handoffs: HandoffIndicators;
  readonly sla: SlaComplianceReport<Priority>;
  readonly backlog: BacklogLine & { readonly unqualified: number };
  readonly byPriority: ReadonlyMap<Priority, PriorityIndicators>;
}

/**
 * Options of the indicators: the ticket policies in force (looked up by the version each
 * ticket is pinned to), the first-level target and the backlog age buckets.
 *
 * @example
 * ```ts
 * const options: IndicatorOptions = { backlogAgeLimitsMs: [3_600_000, 86_400_000] };
 * options.backlogAgeLimitsMs?.length;
 * //=> 2
 * ```
 */
export interface IndicatorOptions {
  /** The policies tickets may be pinned to; default: `[defaultTicketPolicy]`. */
  readonly policies?: readonly TicketPolicy[];
  /** The first-level resolution target; default 0.8 (seed §1.1). */
  readonly firstLevelTarget?: number;
  /** Upper bounds of the backlog age buckets, ascending, in ms; default 1 h, 4 h, 24 h, 5 days. */
  readonly backlogAgeLimitsMs?: readonly number[];
}

/**
 * A streaming accumulator of {@link ServiceIndicators}: feed it events in their global order
 * (`add`), read a {@link ServiceIndicators} snapshot at any instant (`snapshot`). Its memory
 * grows with the open tickets (each one's folded state) and the tickets closed within their
 * reopen window, never with the number of events seen: a closed ticket leaves only counters
 * and a histogram bucket behind.
 *
 * @example
 * ```ts
 * const acc = createIndicatorAccumulator();
 * acc.add({ streamId: 'queue', event: { type: 'call-answered', callId: 'c1', at: new Date(0), waitedMs: 5_000 } });
 * acc.snapshot(new Date(0)).calls.answered;
 * //=> 1
 * ```
 */
export interface IndicatorAccumulator {
  /** Folds one event in. Events of one ticket must come in their stream order. */
  add(entry: IndicatorEntry): void;
  /** The indicators at `at` (the backlog ages are measured at `at`). */
  snapshot(at: Date): ServiceIndicators;
  /** How many tickets it holds state for: the open ones and those closed within their reopen
   * window (a window is checked at each later opening or closing). */
  readonly trackedTickets: number;
}

interface Contribution {
  readonly priority: Priority | undefined;
  readonly atLevel1: boolean;
  readonly timeToResolveMs: number | undefined;
  readonly detectionMet: boolean | undefined;
  readonly resolutionMet: boolean | undefined;
}

/**
 * What the indicators keep of a ticket while it may still change: a compact projection of
 * its events, updated in place (the ticket's full state, with its interventions and texts,
 * is not needed here). The streaming-versus-replay property test proves it agrees with
 * `replayTicket`.
 */
interface Tracked {
  readonly id: string;
  policyVersion: string;
  openedAt: Date;
  priority: Priority | undefined;
  targets: SlaTargets | undefined;
  takenInChargeAt: Date | undefined;
  resolvedAt: Date | undefined;
  pauses: ClockPause[];
  handoffs: number;
  /** Whether the last solution applied was definitive and by level 1 (seed §1.1's count). */
  lastSolutionAtLevel1: boolean;
  closed: boolean;
  closedContribution: Contribution | undefined;
  /** When a closed ticket may be forgotten: the end of its reopen window, in epoch ms. */
  forgetAfter: number | undefined;
}

interface Aggregate {
  closed: number;
  atLevel1: number;
  transfers: number;
  escalations: number;
  histogram: DurationHistogram;
  detection: { met: number; total: number };
  resolution: { met: number; total: number };
}

function newAggregate(): Aggregate {
  return {
    closed: 0,
    atLevel1: 0,
    transfers: 0,
    escalations: 0,
    histogram: new DurationHistogram(),
    detection: { met: 0, total: 0 },
    resolution: { met: 0, total: 0 },
  };
}

const HOUR = 3_600_000;
const defaultAgeLimits = [HOUR, 4 * HOUR, 24 * HOUR, 120 * HOUR];
const ticketTypes: ReadonlySet<string> = new Set(ticketEventTypes);

/** Adds (sign 1) or withdraws (sign −1) a closed ticket's contribution to an aggregate. */
function applyTo(a: Aggregate, c: Contribution, sign: 1 | -1): void {
  a.closed += sign;
  if (c.atLevel1) a.atLevel1 += sign;
  if (c.timeToResolveMs !== undefined) {
    if (sign > 0) a.histogram.add(c.timeToResolveMs);
    else a.histogram.remove(c.timeToResolveMs);
  }
  if (c.detectionMet !== undefined) {
    a.detection.total += sign;
    if (c.detectionMet) a.detection.met += sign;
  }
  if (c.resolutionMet !== undefined) {
    a.resolution.total += sign;
    if (c.resolutionMet) a.resolution.met += sign;
  }
}

const noPauses: readonly never[] = Object.freeze([]);

function stopped(start: Date, stop: Date | undefined): SlaTimeline {
  return stop === undefined ? { start, pauses: noPauses } : { start, pauses: noPauses, stop };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function checkOptions(options: IndicatorOptions) {
  const policies = options.policies ?? [defaultTicketPolicy];
  if (!Array.isArray(policies) || policies.length === 0) {
    throw new TypeError(
      'Indicators: options.policies must be a non-empty list of ticket policies.',
    );
  }
  const byVersion = new Map(policies.map((p) => [p.version, p]));
  const target = options.firstLevelTarget ?? firstLevelResolutionTarget;
  if (!(target > 0 && target <= 1)) {
    throw new TypeError(`Indicators: firstLevelTarget must be in (0, 1], got ${target}.`);
  }
  const limits = options.backlogAgeLimitsMs ?? defaultAgeLimits;
  if (limits.some((l, k) => !(l > 0) || (k > 0 && l <= (limits[k - 1] ?? 0)))) {
    throw new TypeError(
      `Indicators: backlogAgeLimitsMs must be positive and ascending, got ${JSON.stringify(limits)}.`,
    );
  }
  return { byVersion, target, limits };
}

/**
 * Creates a streaming {@link IndicatorAccumulator}.
 *
 * @see seed §1, §1.1, §2.5.2.4, §4.3.2
 * @throws TypeError when the options are invalid, or when an event names a policy version
 * that is not among `options.policies`.
 * @example
 * ```ts
 * const acc = createIndicatorAccumulator();
 * acc.add({ streamId: 'queue', event: { type: 'call-abandoned', callId: 'c1', at: new Date(0), waitedMs: 60_000 } });
 * acc.add({ streamId: 'queue', event: { type: 'call-answered', callId: 'c2', at: new Date(0), waitedMs: 10_000 } });
 * acc.snapshot(new Date(0)).calls.abandonedRate;
 * //=> 0.5
 * ```
 */
export function createIndicatorAccumulator(options: IndicatorOptions = {}): IndicatorAccumulator {
  const { byVersion, target, limits } = checkOptions(options);
  const tracked = new Map<string, Tracked>();
  // Closed tickets in the order they close, with the end of their reopen window at that
  // close (in that order too, for one calendar and window per policy): the head goes first.
  const forgetQueue: (Tracked | undefined)[] = [];
  const forgetAt: number[] = [];
  let forgetHead = 0;
  const overall = newAggregate();
  const perPriority = new Map<Priority, Aggregate>(priorities.map((p) => [p, newAggregate()]));
  let answered = 0;
  let abandoned = 0;
  let opened = 0;
  let reopened = 0;

  const policyOf = (version: string): TicketPolicy => {
    const policy = byVersion.get(version);
    if (policy === undefined) {
      throw new TypeError(
        `Indicators: a ticket is pinned to policy ${JSON.stringify(version)}, which is not among options.policies (${[...byVersion.keys()].map((v) => JSON.stringify(v)).join(', ')}).`,
      );
    }
    return policy;
  };

  const apply = (c: Contribution, sign: 1 | -1) => {
    applyTo(overall, c, sign);
    if (c.priority !== undefined) applyTo(perPriority.get(c.priority) as Aggregate, c, sign);
  };

  const contributionOf = (t: Tracked, closedAt: Date): Contribution => {
    const policy = policyOf(t.policyVersion);
    const targets = t.targets;
    let detectionMet: boolean | undefined;
    let resolutionMet: boolean | undefined;
    if (targets !== undefined) {
      // Without pauses a ticket's clocks are plain start → stop timelines; with pauses, the
      // ticket module decides which pause stops which clock.
      const timelines =
        t.pauses.length === 0
          ? {
              detection: stopped(t.openedAt, t.takenInChargeAt),
              resolution: stopped(t.openedAt, t.resolvedAt),
            }
          : ticketSlaTimelines(
              {
                opening: { at: t.openedAt },
                policyVersion: t.policyVersion,
                pauses: t.pauses,
                qualification: { targets },
                takenInChargeAt: t.takenInChargeAt,
                resolvedAt: t.resolvedAt,
              },
              policy,
            );
      const options = { at: closedAt, calendar: policy.calendar };
      detectionMet =
        slaClockState(timelines.detection, targets.detection.within, options) === 'met';
      resolutionMet =
        slaClockState(timelines.resolution, targets.resolution.within, options) === 'met';
    }
    return {
      priority: t.priority,
      atLevel1: t.handoffs === 0 && t.lastSolutionAtLevel1,
      timeToResolveMs:
        t.resolvedAt === undefined
          ? undefined
          : Math.max(0, t.resolvedAt.getTime() - t.openedAt.getTime()),
      detectionMet,
      resolutionMet,
    };
  };

  // Called on the events that carry their instant anyway (openings and closings), so the
  // other events cost no clock reading: a ticket is forgotten at the first of those after its
  // window, which keeps the memory bounded by the open tickets and the recently closed ones.
  const forgetUpTo = (now: number) => {
    while (forgetHead < forgetQueue.length) {
      const after = forgetAt[forgetHead] as number;
      if (after >= now) break;
      const t = forgetQueue[forgetHead] as Tracked;
      // Unless reopened since (and maybe closed again, with an entry of its own further on).
      if (t.forgetAfter === after) tracked.delete(t.id);
      forgetQueue[forgetHead++] = undefined;
    }
    if (forgetHead > 1024 && forgetHead * 2 > forgetQueue.length) {
      forgetQueue.splice(0, forgetHead);
      forgetAt.splice(0, forgetHead);
      forgetHead = 0;
    }
  };

  const addTicketEvent = (id: string, event: TicketEvent) => {
    if (event.type === 'ticket-opened') {
      opened++;
      forgetUpTo(event.at.getTime());
      // Every field is present from the start, so all tickets share one object shape.
      tracked.set(id, {
        id,
        policyVersion: event.policyVersion,
        openedAt: event.at,
        priority: undefined,
        targets: undefined,
        takenInChargeAt: undefined,
        resolvedAt: undefined,
        pauses: [],
        handoffs: 0,
        lastSolutionAtLevel1: false,
        closed: false,
        closedContribution: undefined,
        forgetAfter: undefined,
      });
      return;
    }
    const t = tracked.get(id);
    if (t === undefined) {
      // A store may hold other kinds of events too (problems, a product's own): skip them.
      if (!ticketTypes.has(event.type)) return;
      throw new TypeError(
        `Indicators: event ${JSON.stringify(event.type)} of stream ${JSON.stringify(id)} comes before its ticket-opened event, or after the ticket was forgotten (closed longer ago than its reopen window).`,
      );
    }
    switch (event.type) {
      case 'ticket-qualified':
        t.priority = event.priority;
        t.targets = event.targets;
        break;
      case 'ticket-taken-in-charge':
        t.takenInChargeAt = event.at;
        break;
      case 'ticket-handed-off': {
        t.handoffs++;
        const targets =
          t.priority === undefined
            ? [overall]
            : [overall, perPriority.get(t.priority) as Aggregate];
        for (const a of targets) {
          if (event.kind === 'transfer') a.transfers++;
          else a.escalations++;
        }
        break;
      }
      case 'solution-applied':
        t.lastSolutionAtLevel1 = event.nature === 'definitive' && event.by.level === 1;
        if (event.nature === 'definitive') t.resolvedAt = event.at;
        break;
      case 'ticket-paused':
        t.pauses.push({ reason: event.reason, from: event.at });
        break;
      case 'ticket-resumed': {
        const last = t.pauses[t.pauses.length - 1];
        if (last !== undefined && last.to === undefined) {
          t.pauses[t.pauses.length - 1] = { reason: last.reason, from: last.from, to: event.at };
        }
        break;
      }
      case 'ticket-reopened':
        reopened++;
        if (t.resolvedAt !== undefined) {
          t.pauses.push({ reason: 'resolved', from: t.resolvedAt, to: event.at });
          t.resolvedAt = undefined;
        }
        t.closed = false;
        if (t.closedContribution !== undefined) {
          apply(t.closedContribution, -1);
          t.closedContribution = undefined;
          t.forgetAfter = undefined;
        }
        break;
      case 'ticket-closed': {
        const now = event.at.getTime();
        forgetUpTo(now);
        t.closed = true;
        const contribution = contributionOf(t, event.at);
        apply(contribution, 1);
        t.closedContribution = contribution;
        const policy = policyOf(t.policyVersion);
        const after = addWorkingTimeAt(policy.calendar, now, policy.reopenWindow);
        t.forgetAfter = after;
        forgetQueue.push(t);
        forgetAt.push(after);
        break;
      }
      case 'policy-rebaselined':
        t.policyVersion = event.toVersion;
        if (t.targets !== undefined && event.targets !== undefined) t.targets = event.targets;
        break;
      default:
        break;
    }
  };

  const summary = (h: DurationHistogram): DurationSummary => ({
    count: h.count,
    meanMs: h.mean,
    medianMs: h.percentile(0.5),
    p90Ms: h.percentile(0.9),
  });

  const handoffs = (a: Aggregate, base: number): HandoffIndicators => ({
    transfers: a.transfers,
    escalations: a.escalations,
    transferRate: ratio(a.transfers, base),
    escalationRate: ratio(a.escalations, base),
  });

  const flr = (a: Aggregate): FirstLevelResolution => {
    const rate = ratio(a.atLevel1, a.closed);
    return {
      closed: a.closed,
      atLevel1: a.atLevel1,
      rate,
      target,
      ok: rate === null ? null : rate >= target,
    };
  };

  return {
    add(entry: IndicatorEntry): void {
      const event = entry.event;
      if (event.type === 'call-answered') answered++;
      else if (event.type === 'call-abandoned') abandoned++;
      else addTicketEvent(entry.streamId, event as TicketEvent);
    },

    snapshot(at: Date): ServiceIndicators {
      const now = at.getTime();
      const emptyAges = () => [...limits, null].map((upToMs) => ({ upToMs, count: 0 }));
      const backlog = new Map<
        Priority | 'unqualified',
        { total: number; byAge: { upToMs: number | null; count: number }[] }
      >();
      const allAges = emptyAges();
      let open = 0;
      const ticketsAt = new Map<Priority, number>(priorities.map((p) => [p, 0]));
      for (const t of tracked.values()) {
        const p = t.priority;
        if (p !== undefined && t.closedContribution === undefined)
          ticketsAt.set(p, (ticketsAt.get(p) ?? 0) + 1);
        if (t.closed) continue;
        open++;
        const age = now - t.openedAt.getTime();
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
      const sla = new Map<Priority, SlaPriorityCompliance>();
      const byPriority = new Map<Priority, PriorityIndicators>();
      const table = defaultOrPinnedTable();
      for (const p of priorities) {
        const a = perPriority.get(p) as Aggregate;
        const targets = table.targets.get(p);
        const line = (kind: 'detection' | 'resolution'): SlaComplianceLine =>
          slaComplianceLine(a[kind].met, a[kind].total, targets?.[kind].successRate ?? 1);
        const compliance: SlaPriorityCompliance = {
          detection: line('detection'),
          resolution: line('resolution'),
        };
        sla.set(p, compliance);
        const qualified = (ticketsAt.get(p) ?? 0) + a.closed;
        const openLine = backlog.get(p);
        byPriority.set(p, {
          tickets: qualified,
          closed: a.closed,
          firstLevelResolution: flr(a),
          timeToResolve: summary(a.histogram),
          handoffs: handoffs(a, qualified),
          sla: compliance,
          backlog: openLine ?? { total: 0, byAge: emptyAges() },
        });
      }
      return {
        at,
        calls: {
          answered,
          abandoned,
          total: answered + abandoned,
          abandonedRate: ratio(abandoned, answered + abandoned),
        },
        tickets: {
          opened,
          closed: overall.closed,
          open,
          reopened,
          reopenRate: ratio(reopened, overall.closed),
        },
        firstLevelResolution: flr(overall),
        timeToResolve: summary(overall.histogram),
        handoffs: handoffs(overall, opened),
        sla,
        backlog: {
          total: open,
          byAge: allAges,
          unqualified: backlog.get('unqualified')?.total ?? 0,
        },
        byPriority,
      };
    },

    get trackedTickets(): number {
      return tracked.size;
    },
  };

  function defaultOrPinnedTable() {
    // Success rates come from the first policy's SLA table: one period is judged against one
    // table (a re-baseline that changes the rates starts a new reporting period).
    return (byVersion.values().next().value as TicketPolicy).slaTable;
  }
}

/**
 * The {@link ServiceIndicators} of a whole list of events at `at`: the batch form of
 * {@link createIndicatorAccumulator}, for a day's or a month's events held in memory.
 *
 * @see seed §1, §2.5.2.4
 * @example
 * ```ts
 * serviceIndicators([], new Date('2026-03-02T18:00:00Z')).tickets;
 * //=> { opened: 0, closed: 0, open: 0, reopened: 0, reopenRate: null }
 * ```
 */
export function serviceIndicators(
  entries: Iterable<IndicatorEntry>,
  at: Date,
  options: IndicatorOptions = {},
): ServiceIndicators {
  const acc = createIndicatorAccumulator(options);
  for (const entry of entries) acc.add(entry);
  return acc.snapshot(at);
}
