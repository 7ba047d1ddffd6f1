import { describeValue } from '../core/describe-value.js';
import { documentedError, inputError } from '../core/input-guard.js';
import type { Priority } from '../qualification/levels.js';
import type { SlaTargets } from '../sla/sla-table.js';
import type { Actor } from './ticket-actor.js';
import {
  type PolicyRebaselined,
  type SolutionApplied,
  type TicketEvent,
  type TicketHandedOff,
  type TicketOpened,
  type TicketPaused,
  type TicketQualified,
  type TicketTakenInCharge,
  ticketEventTypes,
} from './ticket-events.js';
import type { ClockPause } from './ticket-state.js';

/**
 * Where a ticket stands for the indicators: not opened yet, open (in any of its working
 * stages), closed, or cancelled (terminal, counted apart: never in first-level resolution,
 * resolution times or SLA compliance).
 *
 * @example
 * ```ts
 * ticketIndicatorStages;
 * //=> ['new', 'open', 'closed', 'cancelled']
 * ```
 */
export const ticketIndicatorStages = ['new', 'open', 'closed', 'cancelled'] as const;

/** One of {@link ticketIndicatorStages}. */
export type TicketIndicatorStage = (typeof ticketIndicatorStages)[number];

/**
 * The small per-ticket reduction the service indicators need, folded from the ticket's own
 * events by {@link evolveTicketIndicators}: where the ticket stands, its clock facts (the
 * opening, pinned policy, targets, taking in charge, resolution and pauses — a
 * `TicketClockFacts`, so `ticketSlaTimelines` and `measureTicketSla` read it as they read a
 * full `TicketState`), its hand-offs and reopenings counted, and whether its last solution
 * would count as solved at level 1 (seed §1.1). It is immutable: an event that changes
 * nothing the indicators read gives back the very same object.
 *
 * @see seed §1.1, §2.5.2.4, §5
 */
export interface TicketIndicatorProjection {
  readonly stage: TicketIndicatorStage;
  /** The opening instant, once opened (the shape `TicketClockFacts` reads). */
  readonly opening: { readonly at: Date } | undefined;
  /** The policy version the ticket is pinned to (re-baselines move it). */
  readonly policyVersion: string | undefined;
  /** The latest qualification: priority and the targets stamped with it. */
  readonly qualification: { readonly priority: Priority; readonly targets: SlaTargets } | undefined;
  readonly takenInChargeAt: Date | undefined;
  /** When the last definitive solution was applied, while the call stays resolved. */
  readonly resolvedAt: Date | undefined;
  /** The spans its clocks may stand still, a reopening adding the time it stood resolved. */
  readonly pauses: readonly ClockPause[];
  readonly transfers: number;
  readonly escalations: number;
  /** Whether its last solution was definitive and applied by a level-1 technician. */
  readonly lastSolutionAtLevel1: boolean;
  /** Who applied its last definitive solution (its technician and level), while resolved. */
  readonly resolvedBy: Pick<Actor, 'id' | 'level'> | undefined;
  readonly reopenings: number;
  /** When it was closed, while it stays closed. */
  readonly closedAt: Date | undefined;
  /** When the current priority was given (the latest qualification). */
  readonly qualifiedSince: Date | undefined;
  /** The priorities it had before the current one, each with its span (seed §3). */
  readonly earlierPriorities: readonly {
    readonly priority: Priority;
    readonly from: Date;
    readonly to: Date;
  }[];
  /** Requalifications to a more urgent priority. */
  readonly raised: number;
  /** Requalifications to a less urgent priority. */
  readonly lowered: number;
  /** The latest category a qualification gave (seed §2.5), if any. */
  readonly category: string | undefined;
  /** The assignment group holding the call: the one its last assignment named (seed §4.4). */
  readonly group: string | undefined;
}

/**
 * What {@link evolveTicketIndicators} reads of each ticket event: its type and instant, and
 * the few fields the indicators need (the pinned policy, the priority, targets and category,
 * the kind and group of a hand-off, the group of a taking in charge, the nature and level of a
 * solution, the reason of a pause, a re-baseline's version and targets). Every `TicketEvent` is one; so is the minimal copy the accumulator
 * keeps of a checked entry.
 *
 * @see seed §1.1, §2.5.2.4
 */
export type TicketIndicatorEvent =
  | Pick<TicketOpened, 'type' | 'at' | 'policyVersion'>
  | (Pick<TicketQualified, 'type' | 'at' | 'priority' | 'targets'> & {
      readonly category?: string | undefined;
    })
  | (Pick<TicketHandedOff, 'type' | 'at' | 'kind'> & { readonly group?: string | undefined })
  | (Pick<TicketTakenInCharge, 'type' | 'at'> & { readonly group?: string | undefined })
  | (Pick<SolutionApplied, 'type' | 'at' | 'nature'> & {
      readonly by: Pick<Actor, 'id' | 'level'>;
    })
  | Pick<TicketPaused, 'type' | 'at' | 'reason'>
  | Pick<PolicyRebaselined, 'type' | 'at' | 'toVersion' | 'targets'>
  | {
      readonly type:
        | 'handling-acknowledged'
        | 'intervention-started'
        | 'intervention-reported'
        | 'user-informed'
        | 'ticket-resumed'
        | 'problem-linked'
        | 'ticket-reopened'
        | 'ticket-closed'
        | 'ticket-cancelled';
      readonly at: Date;
    };

// A ticket event type the projection has no rule for is a compile error here.
type Unprojected = Exclude<TicketEvent['type'], TicketIndicatorEvent['type']>;
const everyTypeProjected: [Unprojected] extends [never] ? true : Unprojected = true;
void everyTypeProjected;

/**
 * The projection of a ticket before any event.
 *
 * @example
 * ```ts
 * initialTicketIndicators.stage;
 * //=> 'new'
 * ```
 */
export const initialTicketIndicators: TicketIndicatorProjection = Object.freeze({
  stage: 'new',
  opening: undefined,
  policyVersion: undefined,
  qualification: undefined,
  takenInChargeAt: undefined,
  resolvedAt: undefined,
  pauses: Object.freeze([]),
  transfers: 0,
  escalations: 0,
  lastSolutionAtLevel1: false,
  resolvedBy: undefined,
  reopenings: 0,
  closedAt: undefined,
  qualifiedSince: undefined,
  earlierPriorities: Object.freeze([]),
  raised: 0,
  lowered: 0,
  category: undefined,
  group: undefined,
});

/**
 * A {@link TicketIndicatorProjection} its owner may change in place with
 * {@link foldTicketIndicatorsInto} (a streaming reader that keeps one per ticket spares an
 * allocation per event). Make one with {@link draftTicketIndicators}.
 */
export type TicketIndicatorDraft = {
  -readonly [K in keyof TicketIndicatorProjection]: TicketIndicatorProjection[K];
};

/**
 * A fresh draft copy of a projection (every field written in one order: one shape for all).
 *
 * @throws TypeError when `p` is not an object or cannot be read (a getter or a Proxy trap
 * that throws).
 * @example
 * ```ts
 * const d = draftTicketIndicators(initialTicketIndicators);
 * d === initialTicketIndicators;
 * //=> false
 * ```
 */
export function draftTicketIndicators(p: TicketIndicatorProjection): TicketIndicatorDraft {
  try {
    if (typeof p !== 'object' || p === null) {
      throw inputError(
        `draftTicketIndicators: expected a ticket indicator projection, got ${describeValue(p)}.`,
      );
    }
    return copyTicketIndicators(p);
  } catch (cause) {
    throw documentedError('draftTicketIndicators', cause);
  }
}

/**
 * {@link draftTicketIndicators} without its checks, for the indicators' own hot path (a
 * projection it made). Internal: not re-exported by `service-desk-rules/ticket`.
 *
 * @example
 * ```ts
 * copyTicketIndicators(initialTicketIndicators).stage;
 * //=> 'new'
 * ```
 */
export function copyTicketIndicators(p: TicketIndicatorProjection): TicketIndicatorDraft {
  return {
    stage: p.stage,
    opening: p.opening,
    policyVersion: p.policyVersion,
    qualification: p.qualification,
    takenInChargeAt: p.takenInChargeAt,
    resolvedAt: p.resolvedAt,
    pauses: p.pauses,
    transfers: p.transfers,
    escalations: p.escalations,
    lastSolutionAtLevel1: p.lastSolutionAtLevel1,
    resolvedBy: p.resolvedBy,
    reopenings: p.reopenings,
    closedAt: p.closedAt,
    qualifiedSince: p.qualifiedSince,
    earlierPriorities: p.earlierPriorities,
    raised: p.raised,
    lowered: p.lowered,
    category: p.category,
    group: p.group,
  };
}

function unhandled(event: never): never {
  // Reached only by a value outside TicketEvent: the accumulator checks types before folding.
  throw inputError(`foldTicketIndicatorsInto: no rule for this event type (${typeof event}).`);
}

/**
 * Folds one ticket event into a {@link TicketIndicatorProjection}, following the ticket's own
 * rules: a qualification sets the priority (a requalification raises or lowers it, the
 * earlier one kept with its span), a definitive solution resolves the call (and is at level 1 when its author is), a
 * reopening turns the time the call stood resolved into a pause of its resolution clocks and
 * counts itself, a closing closes, a re-baseline moves the pinned policy and its targets.
 * Pure: the projection given is not changed; an event that changes nothing the indicators
 * read gives back the very same object.
 *
 * @throws TypeError as {@link foldTicketIndicatorsInto}.
 * @see seed §1.1, §2.5.2.4, §5
 * @example
 * ```ts
 * const by = { id: technicianId('alice'), level: 1 } as const;
 * const p = evolveTicketIndicators(initialTicketIndicators, {
 *   type: 'ticket-paused', at: new Date(60_000), by, reason: 'waiting-for-user',
 * });
 * p.pauses;
 * //=> [{ reason: 'waiting-for-user', from: new Date(60_000) }]
 * ```
 */
export function evolveTicketIndicators(
  p: TicketIndicatorProjection,
  event: TicketIndicatorEvent,
): TicketIndicatorProjection {
  try {
    const n = draftTicketIndicators(p);
    return foldChecked(n, event) ? n : p;
  } catch (cause) {
    throw documentedError('evolveTicketIndicators', cause);
  }
}

/**
 * The in-place form of {@link evolveTicketIndicators}: folds `event` into a draft its caller
 * owns and says whether anything changed. Exhaustive over the event types without a
 * `default`: a new ticket event is a compile error here, never silently ignored.
 *
 * @throws TypeError when the draft or the event is not an object, the event's type is not a
 * ticket event type, or either cannot be read (a getter or a Proxy trap that throws; the
 * draft may then be partly changed — {@link evolveTicketIndicators} is all or nothing).
 * @see seed §1.1, §2.5.2.4, §5
 * @example
 * ```ts
 * const d = draftTicketIndicators(initialTicketIndicators);
 * foldTicketIndicatorsInto(d, { type: 'ticket-opened', at: new Date(0), policyVersion: 'seed' });
 * //=> true
 * [d.stage, foldTicketIndicatorsInto(d, { type: 'user-informed', at: new Date(1) })];
 * //=> ['open', false]
 * ```
 */
export function foldTicketIndicatorsInto(
  n: TicketIndicatorDraft,
  event: TicketIndicatorEvent,
): boolean {
  try {
    return foldChecked(n, event);
  } catch (cause) {
    throw documentedError('foldTicketIndicatorsInto', cause);
  }
}

// Every ticket event type is folded (the compile-time check above): the runtime list is theirs.
const foldedTypes: ReadonlySet<unknown> = new Set(ticketEventTypes);

function foldChecked(n: TicketIndicatorDraft, event: TicketIndicatorEvent): boolean {
  if (typeof n !== 'object' || n === null || typeof event !== 'object' || event === null) {
    throw inputError(
      `foldTicketIndicatorsInto: expected a draft and a ticket event, got ${describeValue(n)} and ${describeValue(event)}.`,
    );
  }
  const type: unknown = event.type;
  if (!foldedTypes.has(type)) {
    throw inputError(
      `foldTicketIndicatorsInto: the event's type must be one of ticketEventTypes, got ${describeValue(type)}.`,
    );
  }
  return foldTicketIndicators(n, event);
}

/**
 * {@link foldTicketIndicatorsInto} without its checks, for the indicators' own hot path (the
 * accumulator checks every entry before folding it). Internal: not re-exported by
 * `service-desk-rules/ticket`.
 *
 * @example
 * ```ts
 * const d = copyTicketIndicators(initialTicketIndicators);
 * foldTicketIndicators(d, { type: 'ticket-opened', at: new Date(0), policyVersion: 'seed' });
 * //=> true
 * ```
 */
export function foldTicketIndicators(
  n: TicketIndicatorDraft,
  event: TicketIndicatorEvent,
): boolean {
  switch (event.type) {
    case 'ticket-opened':
      Object.assign(n, initialTicketIndicators);
      n.stage = 'open';
      n.opening = { at: event.at };
      n.policyVersion = event.policyVersion;
      return true;
    case 'ticket-qualified': {
      const before = n.qualification;
      if (before !== undefined && n.qualifiedSince !== undefined) {
        if (event.priority < before.priority) n.raised++;
        else if (event.priority > before.priority) n.lowered++;
        n.earlierPriorities = [
          ...n.earlierPriorities,
          { priority: before.priority, from: n.qualifiedSince, to: event.at },
        ];
      }
      n.qualification = { priority: event.priority, targets: event.targets };
      n.qualifiedSince = event.at;
      // A requalification without a category keeps the one in force.
      if (event.category !== undefined) n.category = event.category;
      return true;
    }
    case 'ticket-taken-in-charge':
      n.takenInChargeAt = event.at;
      n.group = event.group;
      return true;
    case 'ticket-handed-off':
      if (event.kind === 'transfer') n.transfers++;
      else n.escalations++;
      // The group the call goes to; a hand-off naming none leaves no known group.
      n.group = event.group;
      return true;
    case 'solution-applied': {
      const definitive = event.nature === 'definitive';
      n.lastSolutionAtLevel1 = definitive && event.by.level === 1;
      if (definitive) {
        n.resolvedAt = event.at;
        n.resolvedBy = event.by;
      }
      return true;
    }
    case 'ticket-paused':
      n.pauses = [...n.pauses, { reason: event.reason, from: event.at }];
      return true;
    case 'ticket-resumed': {
      const last = n.pauses[n.pauses.length - 1];
      if (last === undefined || last.to !== undefined) return false;
      const pauses = n.pauses.slice(0, -1);
      pauses.push({ reason: last.reason, from: last.from, to: event.at });
      n.pauses = pauses;
      return true;
    }
    case 'ticket-reopened':
      if (n.resolvedAt !== undefined) {
        n.pauses = [...n.pauses, { reason: 'resolved', from: n.resolvedAt, to: event.at }];
      }
      n.stage = 'open';
      n.reopenings++;
      n.closedAt = undefined;
      n.resolvedAt = undefined;
      n.resolvedBy = undefined;
      return true;
    case 'ticket-closed':
      n.stage = 'closed';
      n.closedAt = event.at;
      return true;
    case 'ticket-cancelled':
      // Terminal and counted apart: it leaves the backlog and never resolves anything.
      n.stage = 'cancelled';
      return true;
    case 'policy-rebaselined':
      n.policyVersion = event.toVersion;
      if (n.qualification !== undefined && event.targets !== undefined) {
        n.qualification = { priority: n.qualification.priority, targets: event.targets };
      }
      return true;
    case 'handling-acknowledged':
    case 'intervention-started':
    case 'intervention-reported':
    case 'user-informed':
    case 'problem-linked':
      return false;
  }
  return unhandled(event);
}
