import { dateSlot } from '../core/date-slot.js';
import { describeValue } from '../core/describe-value.js';
import { inputError } from '../core/input-guard.js';
import { addWorkingTimeAt } from '../sla/business-calendar.js';
import {
  copyTicketIndicators,
  foldTicketIndicators,
  initialTicketIndicators,
  type TicketIndicatorEvent,
  type TicketIndicatorProjection,
} from '../ticket/ticket-indicator-projection.js';
import type { TicketPolicy } from '../ticket/ticket-policy.js';
import { closedTicketContribution } from './closed-ticket-contribution.js';
import {
  type AccumulatorState,
  emptyAccumulatorState,
  type TrackedTicket,
} from './indicator-accumulator-state.js';
import {
  type Aggregate,
  applyContribution,
  applyToResolver,
  breakdownKey,
  type Contribution,
} from './indicator-aggregate.js';
import type { IndicatorEntry } from './indicator-entry.js';
import { checkIndicatorEntry, newCheckedEntry } from './indicator-entry.js';
import type { ServiceIndicators } from './indicator-figures.js';
import {
  type IndicatorOptions,
  type ResolvedIndicatorOptions,
  resolveIndicatorOptions,
} from './indicator-options.js';
import { indicatorReport } from './indicator-report.js';
import { applyToBucket, type SeriesBucket } from './indicator-series.js';
import { type AtRiskOptions, type AtRiskTicket, openTicketClocks } from './open-ticket-clocks.js';
import {
  loadIndicatorState,
  type SavedIndicators,
  saveIndicatorState,
} from './saved-indicators.js';

/**
 * A streaming accumulator of {@link ServiceIndicators}: feed it events in their global order
 * (`add`), read a {@link ServiceIndicators} snapshot at any instant (`snapshot`). Its memory
 * grows with the open tickets (each one's {@link TicketIndicatorProjection}) and the tickets
 * closed within their reopen window, never with the number of events seen: a closed ticket
 * leaves only counters and a histogram bucket behind.
 *
 * `add` is atomic and idempotent: an entry is checked whole before anything changes, so a
 * refused entry (a `TypeError`) leaves the accumulator exactly as it was; an entry whose
 * `version` (in its ticket's stream) or `position` (in the store) was already seen is a
 * repeat of an at-least-once delivery, and counts once.
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
  /**
   * Folds one event in. Events of one ticket must come in their stream order.
   *
   * @throws TypeError, with nothing changed, when the entry is refused: not a readable entry
   * (a getter or Proxy trap that throws, a BigInt where a number belongs…), a date that is not
   * a valid instant, a ticket event before its ticket's opening (or after it was forgotten) or
   * dated before that opening, a policy version not among `options.policies`.
   */
  add(entry: IndicatorEntry): void;
  /**
   * The indicators at `at` (the backlog ages are measured at `at`).
   *
   * @throws TypeError when `at` is not a `Date` holding a valid instant.
   */
  snapshot(at: Date): ServiceIndicators;
  /**
   * The « breaching now » list at `at`: the open, qualified tickets with a clock still running
   * or paused, each with its three clocks (state, due instant, time left or overdue, ratio,
   * next alert), the most urgent first (least working time left, overdue ones first by how
   * long; then by priority and id).
   *
   * @throws TypeError when `at` is not a valid instant, or a limit not a whole number ≥ 0.
   */
  atRisk(at: Date, options?: AtRiskOptions): readonly AtRiskTicket[];
  /**
   * Its whole state as plain JSON, to store beside the checkpoint of the events it has seen;
   * {@link restoreIndicatorAccumulator} reads it back.
   */
  save(): SavedIndicators;
  /** How many tickets it holds state for: the open ones and those closed within their reopen
   * window (a window is checked at each later opening or closing). */
  readonly trackedTickets: number;
}

/** Throws a TypeError unless `at` is a real `Date` holding a valid instant. */
function checkInstant(at: unknown, where: string): void {
  const ms = dateSlot(at);
  if (ms === undefined) {
    throw inputError(`Indicators: ${where} needs a Date, got ${describeValue(at)}.`);
  }
  if (!Number.isFinite(ms)) {
    throw inputError(`Indicators: ${where} needs a valid instant, got ${describeValue(at)}.`);
  }
}

/**
 * Creates a streaming {@link IndicatorAccumulator}.
 *
 * @see seed §1, §1.1, §2.5.2.4, §4.3.2
 * @throws TypeError when the options are invalid.
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
  return accumulatorOver(resolveIndicatorOptions(options), undefined);
}

/**
 * An accumulator that goes on from a state saved by {@link IndicatorAccumulator.save} (after a
 * JSON round trip or not): fed the rest of the events, it gives the indicators of one
 * uninterrupted pass. Give it the options the saved one had.
 *
 * @see seed §1
 * @throws TypeError when the options are invalid, or when `saved` is not a saved state of this
 * format and version, naming the path of what is wrong (see {@link SavedIndicators}).
 * @example
 * ```ts
 * const acc = createIndicatorAccumulator();
 * acc.add({ streamId: 'queue', position: 1, event: { type: 'call-answered', callId: 'c1', at: new Date(0), waitedMs: 5_000 } });
 * const again = restoreIndicatorAccumulator(JSON.parse(JSON.stringify(acc.save())));
 * again.add({ streamId: 'queue', position: 1, event: { type: 'call-answered', callId: 'c1', at: new Date(0), waitedMs: 5_000 } });
 * again.snapshot(new Date(0)).calls.answered;
 * //=> 1
 * ```
 */
export function restoreIndicatorAccumulator(
  saved: unknown,
  options: IndicatorOptions = {},
): IndicatorAccumulator {
  const resolved = resolveIndicatorOptions(options);
  return accumulatorOver(resolved, loadIndicatorState(saved, resolved));
}

/** What one folded ticket event adds to its period: hand-offs and reopenings made in it. */
function countInPeriod(
  bucket: SeriesBucket,
  p: TicketIndicatorProjection,
  transfers: number,
  escalations: number,
  reopenings: number,
): void {
  bucket.transfers += p.transfers - transfers;
  bucket.escalations += p.escalations - escalations;
  bucket.reopened += p.reopenings - reopenings;
}

/** The accumulator over a state (a fresh one, or one restored from a save). */
function accumulatorOver(
  resolved: ResolvedIndicatorOptions,
  saved: AccumulatorState | undefined,
): IndicatorAccumulator {
  const { byVersion } = resolved;
  const s =
    saved ??
    emptyAccumulatorState(resolved.queue, undefined, resolved.series, undefined, {
      serviceLevelMs: resolved.queue.serviceLevelMs,
      shortAbandonMs: resolved.queue.shortAbandonMs,
      firstLevelTarget: resolved.target,
    });
  const series = s.series;
  const { tracked, totals } = s;
  // The open tickets now, for each period's backlog (open tickets are never forgotten).
  let openNow = 0;
  for (const t of tracked.values()) if (t.projection.stage === 'open') openNow++;
  const perPriority = totals.perPriority;
  const checked = newCheckedEntry();

  const policyOf = (version: string | undefined): TicketPolicy => {
    const policy = version === undefined ? undefined : byVersion.get(version);
    if (policy === undefined) {
      throw inputError(
        `Indicators: a ticket is pinned to policy ${describeValue(version)}, which is not among options.policies (${[...byVersion.keys()].map((v) => describeValue(v)).join(', ')}).`,
      );
    }
    return policy;
  };

  const apply = (c: Contribution, sign: 1 | -1) => {
    applyContribution(totals.overall, c, sign);
    if (c.priority !== undefined)
      applyContribution(perPriority.get(c.priority) as Aggregate, c, sign);
    if (c.resolvedBy !== undefined) {
      applyToResolver(totals.byTechnician, c.resolvedBy.id, c, sign);
      applyToResolver(totals.byLevel, c.resolvedBy.level, c, sign);
    }
    applyToResolver(totals.byGroup, c.group ?? null, c, sign);
    applyToResolver(totals.byCategory, c.category ?? null, c, sign);
  };

  // Called on the events that carry their instant anyway (openings and closings), so the
  // other events cost no clock reading: a ticket is forgotten at the first of those after its
  // window, which keeps the memory bounded by the open tickets and the recently closed ones.
  const forgetUpTo = (now: number) => {
    while (s.forgetHead < s.forgetQueue.length) {
      const after = s.forgetAt[s.forgetHead] as number;
      if (after >= now) break;
      const t = s.forgetQueue[s.forgetHead] as TrackedTicket;
      // Unless reopened since (and maybe closed again, with an entry of its own further on).
      if (t.forgetAfter === after) tracked.delete(t.id);
      s.forgetQueue[s.forgetHead++] = undefined;
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator,BlockStatement: dropping the consumed head of the queue is right at any moment (save and forgetUpTo read from forgetHead on); when it is done weighs on memory only
    if (s.forgetHead > 1024 && s.forgetHead * 2 > s.forgetQueue.length) {
      s.forgetQueue.splice(0, s.forgetHead);
      s.forgetAt.splice(0, s.forgetHead);
      s.forgetHead = 0;
    }
  };

  // The group and category it is counted under: its own while the breakdown has room for them.
  const contributionAt = (p: TicketIndicatorProjection, closedAt: Date): Contribution => {
    const c = closedTicketContribution(p, policyOf(p.policyVersion), closedAt);
    const group = breakdownKey(totals.byGroup, c.group);
    const category = breakdownKey(totals.byCategory, c.category);
    return group === c.group && category === c.category ? c : { ...c, group, category };
  };

  /** When a ticket done at `now` leaves the accumulator: the end of its reopen window. */
  const forgetAfterOf = (p: TicketIndicatorProjection, now: number): number => {
    const policy = policyOf(p.policyVersion);
    return addWorkingTimeAt(policy.calendar, now, policy.reopenWindow);
  };

  /**
   * What a closing or cancelling `event` will add, worked out on a copy of the projection
   * before anything changes: its contribution (a closing) and the end of its reopen window.
   * A calendar that cannot compute them (beyond its cap) is a refusal of the event.
   */
  const settle = (
    projection: TicketIndicatorProjection,
    event: TicketIndicatorEvent,
    now: number,
    id: string,
  ): { contribution: Contribution | undefined; forgetAfter: number } | undefined => {
    const copy = copyTicketIndicators(projection);
    if (!foldTicketIndicators(copy, event) || copy.stage === projection.stage) return undefined;
    try {
      return {
        contribution: copy.stage === 'closed' ? contributionAt(copy, event.at) : undefined,
        forgetAfter: forgetAfterOf(copy, now),
      };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw inputError(
        `Indicators: event ${describeValue(event.type)} of stream ${describeValue(id)} cannot be counted: ${error.message}`,
      );
    }
  };

  /**
   * Folds a checked ticket event. Every refusal is thrown before anything changes; what
   * follows the checks cannot fail: the ticket's own decider never dates an event before the
   * previous one (`command-before-last-event`), so once that holds, with known policies and
   * checked targets, its clocks are well-formed timelines.
   */
  const addTicketEvent = (id: string, version: number, event: TicketIndicatorEvent) => {
    const tracker = tracked.get(id);
    const now = event.at.getTime();
    if (event.type === 'ticket-opened') {
      policyOf(event.policyVersion);
      const projection = copyTicketIndicators(initialTicketIndicators);
      foldTicketIndicators(projection, event);
      totals.opened++;
      if (tracker?.projection.stage !== 'open') openNow++;
      const bucket = series?.at(now);
      if (bucket !== undefined) {
        bucket.opened++;
        bucket.backlog = openNow;
      }
      forgetUpTo(now);
      tracked.set(id, {
        id,
        projection,
        lastVersion: version,
        lastAt: now,
        contribution: undefined,
        forgetAfter: undefined,
      });
      return;
    }
    if (tracker === undefined) {
      throw inputError(
        `Indicators: event ${describeValue(event.type)} of stream ${describeValue(id)} comes before its ticket-opened event, or after the ticket was forgotten (closed longer ago than its reopen window).`,
      );
    }
    if (now < tracker.lastAt) {
      throw inputError(
        `Indicators: event ${describeValue(event.type)} of stream ${describeValue(id)} is dated ${describeValue(event.at)}, before the ticket's previous event (${describeValue(new Date(tracker.lastAt))}); a ticket's events never go back in time.`,
      );
    }
    if (event.type === 'policy-rebaselined') policyOf(event.toVersion);
    // What a closing or a cancellation adds is worked out first, on a copy: its clocks and its
    // reopen window are read on the policy's calendar, which refuses spans beyond its cap
    // (a ticket open for over 1,000 years, an instant past the calendars' years), and such a
    // refusal must leave the accumulator as it was.
    const ending = event.type === 'ticket-closed' || event.type === 'ticket-cancelled';
    const settled = ending ? settle(tracker.projection, event, now, id) : undefined;
    // Nothing can fail from here on.
    const p = tracker.projection;
    const { stage, transfers, escalations, reopenings, raised, lowered, closedAt } = p;
    tracker.lastAt = now;
    if (version > 0) tracker.lastVersion = version;
    const bucket = series?.at(now);
    if (bucket !== undefined) bucket.backlog = openNow;
    if (!foldTicketIndicators(p, event)) return;
    if (bucket !== undefined) countInPeriod(bucket, p, transfers, escalations, reopenings);
    if (p.transfers !== transfers || p.escalations !== escalations) {
      const priority = p.qualification?.priority;
      totals.overall.transfers += p.transfers - transfers;
      totals.overall.escalations += p.escalations - escalations;
      if (priority !== undefined) {
        const a = perPriority.get(priority) as Aggregate;
        a.transfers += p.transfers - transfers;
        a.escalations += p.escalations - escalations;
      }
    }
    totals.reopened += p.reopenings - reopenings;
    totals.raised += p.raised - raised;
    totals.lowered += p.lowered - lowered;
    if (stage === p.stage) return;
    if (p.stage === 'cancelled') totals.cancelled++;
    if (stage === 'open') openNow--;
    else if (p.stage === 'open') openNow++;
    if (bucket !== undefined) {
      bucket.backlog = openNow;
      if (p.stage === 'cancelled') bucket.cancelled++;
    }
    // Stryker disable next-line LogicalOperator: a tracked ticket holds a contribution exactly while it is closed (the loader checks it of a saved one), so either test alone gives the same answer
    if (stage === 'closed' && tracker.contribution !== undefined) {
      apply(tracker.contribution, -1);
      // Taken back from the period it closed in too, while that period is kept.
      const closedIn = closedAt === undefined ? undefined : series?.find(closedAt.getTime());
      if (closedIn !== undefined) applyToBucket(closedIn, tracker.contribution, -1);
      tracker.contribution = undefined;
    }
    if (p.stage === 'closed') {
      forgetUpTo(now);
      // Stryker disable next-line LogicalOperator,OptionalChaining: only a closing closes, and a closing that changes the stage is settled with its contribution; contributionAt again gives the same values
      const c = settled?.contribution ?? contributionAt(p, event.at);
      tracker.contribution = c;
      apply(c, 1);
      if (bucket !== undefined) applyToBucket(bucket, c, 1);
    }
    const done = p.stage === 'closed' || p.stage === 'cancelled';
    if (!done) {
      tracker.forgetAfter = undefined;
    } else {
      // Stryker disable next-line LogicalOperator,OptionalChaining: only a closing or a cancellation ends a ticket, and one that changes the stage is settled with its window's end; forgetAfterOf again gives the same instant
      const after = settled?.forgetAfter ?? forgetAfterOf(p, now);
      tracker.forgetAfter = after;
      s.forgetQueue.push(tracker);
      s.forgetAt.push(after);
    }
  };

  return {
    add(entry: IndicatorEntry): void {
      checkIndicatorEntry(entry, checked);
      const position = checked.position;
      if (position !== undefined && position <= s.lastPosition) return;
      if (checked.call !== undefined) {
        const call = checked.call;
        if (call.type === 'call-answered') totals.answered++;
        else totals.abandoned++;
        s.queue.add(call);
        const bucket = series?.at(call.at.getTime());
        if (bucket !== undefined) {
          const { serviceLevelMs, shortAbandonMs } = resolved.queue;
          if (call.type === 'call-answered') {
            bucket.answered++;
            bucket.waits.add(call.waitedMs);
            if (call.waitedMs <= serviceLevelMs) bucket.answeredWithin++;
          } else {
            bucket.abandoned++;
            if (call.waitedMs < shortAbandonMs) bucket.shortAbandons++;
          }
          bucket.backlog = openNow;
        }
      } else if (checked.ticket !== undefined) {
        const version = checked.version ?? 0;
        const known = tracked.get(checked.streamId);
        if (known !== undefined && version > 0 && version <= known.lastVersion) return;
        addTicketEvent(checked.streamId, version, checked.ticket);
      }
      if (position !== undefined) s.lastPosition = position;
    },

    snapshot(at: Date): ServiceIndicators {
      checkInstant(at, 'snapshot');
      const projections = (function* () {
        for (const t of tracked.values()) yield t.projection;
      })();
      return {
        ...indicatorReport(totals, projections, resolved, at),
        queue: s.queue.report(),
        series: series?.points() ?? [],
      };
    },

    atRisk(at: Date, options: AtRiskOptions = {}): readonly AtRiskTicket[] {
      checkInstant(at, 'atRisk');
      const limit = options.limit ?? Number.POSITIVE_INFINITY;
      if (limit !== Number.POSITIVE_INFINITY && !(Number.isSafeInteger(limit) && limit >= 0)) {
        throw inputError(
          `Indicators: atRisk's limit must be a whole number ≥ 0, got ${describeValue(limit)}.`,
        );
      }
      const list: AtRiskTicket[] = [];
      for (const t of tracked.values()) {
        const p = t.projection;
        if (p.stage !== 'open') continue;
        const clocks = openTicketClocks(t.id, p, policyOf(p.policyVersion), at, options.thresholds);
        if (clocks !== undefined && Number.isFinite(clocks.urgencyMs)) list.push(clocks);
      }
      list.sort(
        (a, b) =>
          a.urgencyMs - b.urgencyMs ||
          a.priority - b.priority ||
          (a.ticketId < b.ticketId ? -1 : a.ticketId > b.ticketId ? 1 : 0),
      );
      return list.length > limit ? list.slice(0, limit) : list;
    },

    save(): SavedIndicators {
      return saveIndicatorState(s);
    },

    get trackedTickets(): number {
      return tracked.size;
    },
  };
}
