import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import { measureSla, type SlaMeasurement } from '../sla/sla-clock.js';
import type { SlaPause, SlaTimeline } from '../sla/sla-clock-timeline.js';
import type { SlaTargets } from '../sla/sla-table.js';
import {
  defaultTicketPolicy,
  type TicketClock,
  type TicketPolicy,
  ticketClocks,
} from './ticket-policy.js';
import type { ClockPause, TicketState } from './ticket-state.js';

/**
 * The facts of a ticket its SLA clocks are read from: the opening instant, the pinned policy
 * version, the targets stamped at qualification, when it was taken in charge and resolved,
 * and its pauses. A `TicketState` past its `new` stage is one; a projection that keeps only these (the
 * service indicators do) is another.
 */
export interface TicketClockFacts {
  readonly opening?: { readonly at: Date } | undefined;
  readonly policyVersion?: string | undefined;
  readonly qualification?: { readonly targets: SlaTargets } | undefined;
  readonly takenInChargeAt?: Date | undefined;
  readonly resolvedAt?: Date | undefined;
  readonly pauses: readonly ClockPause[];
}

/**
 * The timelines of a ticket's three clocks, ready for `measureSla`.
 *
 * @see seed §2.5.2.4
 * @example
 * ```ts
 * const t: Pick<TicketSlaTimelines, 'detection'> = { detection: { start: new Date(0), pauses: [] } };
 * t.detection.pauses;
 * //=> []
 * ```
 */
export type TicketSlaTimelines = { readonly [K in TicketClock]: SlaTimeline };

/**
 * The measurement of a ticket's three clocks at an instant.
 *
 * @see seed §2.5.2.4
 * @example
 * ```ts
 * const keys: (keyof TicketSlaMeasurements)[] = ['detection', 'resolution', 'maxDelay'];
 * keys.length;
 * //=> 3
 * ```
 */
export type TicketSlaMeasurements = { readonly [K in TicketClock]: SlaMeasurement };

/* A ticket at its `new` stage holds no clock fact: read as facts without an opening. */
const unopened: TicketClockFacts = Object.freeze({ pauses: Object.freeze([]) });

function factsOf(state: TicketClockFacts | TicketState): TicketClockFacts {
  return 'pauses' in state ? state : unopened;
}

function assertPinned(state: TicketClockFacts, policy: TicketPolicy, name: string): Date {
  if (state.opening === undefined) {
    throw inputError(`${name}: the ticket is not opened yet; it has no clock.`);
  }
  if (state.policyVersion !== policy.version) {
    throw inputError(
      `${name}: the policy given is version ${describeValue(policy.version)} but the ticket is pinned to ${describeValue(state.policyVersion)}; pass the pinned policy (or re-baseline the ticket first).`,
    );
  }
  return state.opening.at;
}

/**
 * Whether a pause of a ticket stops one of its clocks under a policy: the time a call stood
 * resolved before a reopening stops its resolution clocks (resolution and maximum delay), never
 * its detection clock (it was taken in charge long before); a pause for any other reason stops
 * the clocks whose `pausingReasons` list that reason.
 *
 * @see seed §2.5.2.4
 * @example
 * ```ts
 * [pauseStopsClock('resolved', 'detection', defaultTicketPolicy), pauseStopsClock('resolved', 'resolution', defaultTicketPolicy)];
 * //=> [false, true]
 * ```
 */
export function pauseStopsClock(
  reason: ClockPause['reason'],
  clock: TicketClock,
  policy: TicketPolicy,
): boolean {
  return guardInput('pauseStopsClock', () => {
    if (!(ticketClocks as readonly unknown[]).includes(clock)) {
      throw inputError(
        `pauseStopsClock: clock must be one of ${ticketClocks.map((c) => describeValue(c)).join(', ')}, got ${describeValue(clock)}.`,
      );
    }
    const reasons: unknown =
      typeof policy === 'object' && policy !== null ? policy.pausingReasons?.[clock] : undefined;
    if (!Array.isArray(reasons)) {
      throw inputError(
        `pauseStopsClock: policy must be a ticket policy made by defineTicketPolicy (or defaultTicketPolicy), got ${describeValue(policy)}.`,
      );
    }
    return stopsClock(reason, clock, policy);
  });
}

/**
 * {@link pauseStopsClock} without its checks, for the library's own paths that hold a checked
 * policy (the indicators read it for every pause of every closing). Internal: not re-exported
 * by `service-desk-rules/ticket`.
 *
 * @example
 * ```ts
 * stopsClock('waiting-for-user', 'resolution', defaultTicketPolicy);
 * //=> true
 * ```
 */
export function stopsClock(reason: unknown, clock: TicketClock, policy: TicketPolicy): boolean {
  if (reason === 'resolved') return clock !== 'detection';
  return (policy.pausingReasons[clock] as readonly unknown[]).includes(reason);
}

/**
 * The timelines of a ticket's clocks, from its events alone (seed §2.5.2.4), read from its
 * state or any {@link TicketClockFacts}:
 *
 * - detection: from the call to its being taken in charge;
 * - resolution: from the call to its definitive solution; a reopened call counts again from
 *   its reopening (the time it stood resolved is a pause);
 * - maximum delay: like resolution, with its own pausing waits.
 *
 * Which waits pause which clock is the policy's `pausingReasons`.
 *
 * @see seed §2.5.2.4
 * @throws TypeError when the ticket is not opened, or `policy` is not the pinned version.
 * @example
 * ```ts
 * const facts = { opening: { at: new Date(0) }, policyVersion: 'seed', pauses: [], takenInChargeAt: new Date(60_000) };
 * ticketSlaTimelines(facts).detection;
 * //=> { start: new Date(0), pauses: [], stop: new Date(60_000) }
 * ```
 */
export function ticketSlaTimelines(
  source: TicketClockFacts | TicketState,
  policy: TicketPolicy = defaultTicketPolicy,
): TicketSlaTimelines {
  return guardInput('ticketSlaTimelines', () => timelinesOf(source, policy));
}

function timelinesOf(
  source: TicketClockFacts | TicketState,
  policy: TicketPolicy,
): TicketSlaTimelines {
  const state = factsOf(source);
  const start = assertPinned(state, policy, 'ticketSlaTimelines');
  const pausesOf = (clock: TicketClock, stop: Date | undefined): SlaPause[] => {
    const pauses: SlaPause[] = [];
    for (const p of state.pauses) {
      if (!stopsClock(p.reason, clock, policy)) continue;
      if (stop !== undefined && p.from.getTime() > stop.getTime()) continue;
      pauses.push(p.to === undefined ? { from: p.from } : { from: p.from, to: p.to });
    }
    return pauses;
  };
  const timeline = (clock: TicketClock, stop: Date | undefined): SlaTimeline =>
    stop === undefined
      ? { start, pauses: pausesOf(clock, stop) }
      : { start, pauses: pausesOf(clock, stop), stop };
  return {
    detection: timeline('detection', state.takenInChargeAt),
    resolution: timeline('resolution', state.resolvedAt),
    maxDelay: timeline('maxDelay', state.resolvedAt),
  };
}

/**
 * Measures a ticket's three clocks at `at` against the targets stamped at its qualification,
 * in the policy's calendar, through `measureSla`. `undefined` while the call is not
 * qualified (it has no target yet).
 *
 * @see seed §2.5.2.4
 * @throws TypeError when the ticket is not opened, `policy` is not the pinned version, or `at`
 *   is before the call.
 * @example
 * ```ts
 * const facts = {
 *   opening: { at: new Date(0) }, policyVersion: 'seed', pauses: [],
 *   takenInChargeAt: new Date(60_000), qualification: { targets: slaTargetsFor(1) },
 * };
 * // priority 1: detection within 1 minute
 * measureTicketSla(facts, new Date(120_000))?.detection.state;
 * //=> 'met'
 * ```
 */
export function measureTicketSla(
  source: TicketClockFacts | TicketState,
  at: Date,
  policy: TicketPolicy = defaultTicketPolicy,
): TicketSlaMeasurements | undefined {
  return guardInput('measureTicketSla', () => measuredTicket(source, at, policy));
}

function measuredTicket(
  source: TicketClockFacts | TicketState,
  at: Date,
  policy: TicketPolicy,
): TicketSlaMeasurements | undefined {
  const state = factsOf(source);
  assertPinned(state, policy, 'measureTicketSla');
  const q = state.qualification;
  if (q === undefined) return undefined;
  const timelines = timelinesOf(state, policy);
  const options = { at, calendar: policy.calendar };
  return {
    detection: measureSla(timelines.detection, q.targets.detection.within, options),
    resolution: measureSla(timelines.resolution, q.targets.resolution.within, options),
    maxDelay: measureSla(timelines.maxDelay, q.targets.maxDelay, options),
  };
}
