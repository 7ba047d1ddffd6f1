import { describeValue } from '../core/describe-value.js';
import { documentedError, inputError, isIterableObject } from '../core/input-guard.js';
import { userIsCalledBack } from '../handling/handling-mode.js';
import type { Actor } from './ticket-actor.js';
import type { TicketEvent, TicketEventType } from './ticket-events.js';
import type {
  ActiveTicket,
  CancelledTicket,
  ClockPause,
  ClosedTicket,
  HandledTicketRecord,
  InProgressTicket,
  InterventionRecord,
  OpenedTicket,
  OpenedTicketRecord,
  QualifiedTicket,
  ResolvedTicket,
  TicketCancellation,
  TicketQualification,
  TicketState,
} from './ticket-state.js';
import { initialTicketState } from './ticket-state.js';

type Evolver<K extends TicketEventType> = (
  state: TicketState,
  event: Extract<TicketEvent, { type: K }>,
) => TicketState;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type OpenState = Exclude<TicketState, { status: 'new' }>;
type Draft = OpenState extends infer S ? (S extends unknown ? Mutable<S> : never) : never;
/** What `next` gives: any stage but a cancelled one, which no event follows. */
type LiveDraft = Exclude<Draft, { status: 'cancelled' }>;

/*
 * One constructor a stage: the next state as a fresh literal holding every field of its
 * stage (the fields every opened ticket holds first, in the same order, then the stage's
 * own), copied from `s`; the evolver then sets on the copy the fields the event changes
 * (never on `state`). Explicit literals keep each stage one shape; they are many times
 * faster than an object spread (see bench/ticket.bench.ts). A field added to a stage and
 * forgotten here does not compile.
 */
function opened(s: OpenedTicketRecord, at: Date): Mutable<OpenedTicket> {
  return {
    status: 'opened',
    version: s.version + 1,
    updatedAt: at,
    ticketId: s.ticketId,
    opening: s.opening,
    policyVersion: s.policyVersion,
    awaitingAcknowledgement: s.awaitingAcknowledgement,
    callBackPending: s.callBackPending,
    handoffs: s.handoffs,
    interventions: s.interventions,
    solutions: s.solutions,
    waiting: s.waiting,
    pauses: s.pauses,
    reopenings: s.reopenings,
    problems: s.problems,
    userInformedAt: s.userInformedAt,
    commitments: s.commitments,
    rebaselines: s.rebaselines,
  };
}

function qualified(
  s: OpenedTicketRecord,
  at: Date,
  qualification: TicketQualification,
): Mutable<QualifiedTicket> {
  return {
    status: 'qualified',
    version: s.version + 1,
    updatedAt: at,
    ticketId: s.ticketId,
    opening: s.opening,
    policyVersion: s.policyVersion,
    awaitingAcknowledgement: s.awaitingAcknowledgement,
    callBackPending: s.callBackPending,
    handoffs: s.handoffs,
    interventions: s.interventions,
    solutions: s.solutions,
    waiting: s.waiting,
    pauses: s.pauses,
    reopenings: s.reopenings,
    problems: s.problems,
    userInformedAt: s.userInformedAt,
    commitments: s.commitments,
    rebaselines: s.rebaselines,
    qualification,
  };
}

function inProgress(
  s: OpenedTicketRecord,
  at: Date,
  h: Pick<
    HandledTicketRecord,
    'qualification' | 'takenInChargeAt' | 'handlingMode' | 'handler' | 'group'
  >,
): Mutable<InProgressTicket> {
  return {
    status: 'in-progress',
    version: s.version + 1,
    updatedAt: at,
    ticketId: s.ticketId,
    opening: s.opening,
    policyVersion: s.policyVersion,
    awaitingAcknowledgement: s.awaitingAcknowledgement,
    callBackPending: s.callBackPending,
    handoffs: s.handoffs,
    interventions: s.interventions,
    solutions: s.solutions,
    waiting: s.waiting,
    pauses: s.pauses,
    reopenings: s.reopenings,
    problems: s.problems,
    userInformedAt: s.userInformedAt,
    commitments: s.commitments,
    rebaselines: s.rebaselines,
    qualification: h.qualification,
    takenInChargeAt: h.takenInChargeAt,
    handlingMode: h.handlingMode,
    handler: h.handler,
    group: h.group,
  };
}

function resolved(s: HandledTicketRecord, at: Date, resolvedAt: Date): Mutable<ResolvedTicket> {
  return {
    status: 'resolved',
    version: s.version + 1,
    updatedAt: at,
    ticketId: s.ticketId,
    opening: s.opening,
    policyVersion: s.policyVersion,
    awaitingAcknowledgement: s.awaitingAcknowledgement,
    callBackPending: s.callBackPending,
    handoffs: s.handoffs,
    interventions: s.interventions,
    solutions: s.solutions,
    waiting: s.waiting,
    pauses: s.pauses,
    reopenings: s.reopenings,
    problems: s.problems,
    userInformedAt: s.userInformedAt,
    commitments: s.commitments,
    rebaselines: s.rebaselines,
    qualification: s.qualification,
    takenInChargeAt: s.takenInChargeAt,
    handlingMode: s.handlingMode,
    handler: s.handler,
    group: s.group,
    resolvedAt,
  };
}

function closed(
  s: HandledTicketRecord,
  at: Date,
  resolvedAt: Date,
  closing: ClosedTicket['closed'],
): Mutable<ClosedTicket> {
  return {
    status: 'closed',
    version: s.version + 1,
    updatedAt: at,
    ticketId: s.ticketId,
    opening: s.opening,
    policyVersion: s.policyVersion,
    awaitingAcknowledgement: s.awaitingAcknowledgement,
    callBackPending: s.callBackPending,
    handoffs: s.handoffs,
    interventions: s.interventions,
    solutions: s.solutions,
    waiting: s.waiting,
    pauses: s.pauses,
    reopenings: s.reopenings,
    problems: s.problems,
    userInformedAt: s.userInformedAt,
    commitments: s.commitments,
    rebaselines: s.rebaselines,
    qualification: s.qualification,
    takenInChargeAt: s.takenInChargeAt,
    handlingMode: s.handlingMode,
    handler: s.handler,
    group: s.group,
    resolvedAt,
    closed: closing,
  };
}

function cancelled(
  s: OpenedTicketRecord,
  at: Date,
  h: Pick<
    CancelledTicket,
    'qualification' | 'takenInChargeAt' | 'handlingMode' | 'handler' | 'group'
  >,
  cancellation: TicketCancellation,
): Mutable<CancelledTicket> {
  return {
    status: 'cancelled',
    version: s.version + 1,
    updatedAt: at,
    ticketId: s.ticketId,
    opening: s.opening,
    policyVersion: s.policyVersion,
    awaitingAcknowledgement: s.awaitingAcknowledgement,
    callBackPending: s.callBackPending,
    handoffs: s.handoffs,
    interventions: s.interventions,
    solutions: s.solutions,
    waiting: s.waiting,
    pauses: s.pauses,
    reopenings: s.reopenings,
    problems: s.problems,
    userInformedAt: s.userInformedAt,
    commitments: s.commitments,
    rebaselines: s.rebaselines,
    qualification: h.qualification,
    takenInChargeAt: h.takenInChargeAt,
    handlingMode: h.handlingMode,
    handler: h.handler,
    group: h.group,
    cancellation,
  };
}

/*
 * The next state in the same stage, a fresh copy the evolver then changes; an event on a
 * ticket not opened yet, or already cancelled, is a corrupt stream.
 */
function next(s: TicketState, event: TicketEvent): LiveDraft {
  const at = event.at;
  switch (s.status) {
    case 'new':
      return corrupt(s, event);
    case 'opened':
      return opened(s, at);
    case 'qualified':
      return qualified(s, at, s.qualification);
    case 'in-progress':
      return inProgress(s, at, s);
    case 'resolved':
      return resolved(s, at, s.resolvedAt);
    case 'closed':
      return closed(s, at, s.resolvedAt, s.closed);
    case 'cancelled':
      // Terminal: decideTicket refuses every command on a cancelled ticket, so no event
      // follows its cancellation in a sound stream.
      return corrupt(s, event);
  }
}

/*
 * A stream whose event cannot happen at the ticket's stage (one `decideTicket` never emits
 * there) is corrupt: the fold stops rather than invent a state the stages cannot hold.
 */
function corrupt(state: TicketState, event: TicketEvent): never {
  throw inputError(
    `Corrupt ticket stream: event ${describeValue(event.type)} cannot apply to a ticket at stage ${describeValue(state.status)} (version ${state.version}).`,
  );
}

function opened0(state: TicketState, event: TicketEvent): OpenState {
  if (state.status === 'new') return corrupt(state, event);
  return state;
}

function active(state: TicketState, event: TicketEvent): ActiveTicket {
  if (state.status === 'new' || state.status === 'cancelled') return corrupt(state, event);
  return state;
}

function handlerOf(s: OpenState): Actor | undefined {
  // Stryker disable next-line LogicalOperator: an opened or qualified ticket holds no handler field, so reading s.handler gives undefined the same
  return s.status === 'opened' || s.status === 'qualified' ? undefined : s.handler;
}

function needsAcknowledgement(state: OpenState, handlerId: string): boolean {
  return state.opening.by.id !== handlerId;
}

/* What a ticket cancelled before it was qualified holds of a handling: nothing. */
const notHandled = /* @__PURE__ */ Object.freeze({
  qualification: undefined,
  takenInChargeAt: undefined,
  handlingMode: undefined,
  handler: undefined,
  group: undefined,
});

function closeLastPause(pauses: readonly ClockPause[], at: Date): readonly ClockPause[] {
  const last = pauses[pauses.length - 1];
  if (last === undefined || last.to !== undefined) return pauses;
  return [...pauses.slice(0, -1), { reason: last.reason, from: last.from, to: at }];
}

/*
 * One function per event type. The mapped type makes the table exhaustive: adding an event
 * type without its evolver does not compile. A lookup table rather than a `match` keeps the
 * replay fast (see bench/ticket.bench.ts).
 */
const evolverTable: { readonly [K in TicketEventType]: Evolver<K> } = {
  'ticket-opened': (state, e) => {
    if (state.status !== 'new') return corrupt(state, e);
    return {
      status: 'opened',
      version: state.version + 1,
      updatedAt: e.at,
      ticketId: e.ticketId,
      opening: {
        at: e.at,
        by: e.by,
        caller: e.caller,
        contract: e.contract,
        equipment: e.equipment,
        environment: e.environment,
        description: e.description,
      },
      policyVersion: e.policyVersion,
      awaitingAcknowledgement: false,
      callBackPending: false,
      handoffs: [],
      interventions: [],
      solutions: [],
      waiting: undefined,
      pauses: [],
      reopenings: [],
      problems: [],
      userInformedAt: [],
      commitments: [],
      rebaselines: [],
    };
  },
  'ticket-qualified': (state, e) => {
    const s = opened0(state, e);
    const base = {
      at: e.at,
      by: e.by,
      impact: e.impact,
      urgency: e.urgency,
      matrixPriority: e.matrixPriority,
      priority: e.priority,
      targets: e.targets,
    };
    // A requalification without a category keeps the one in force.
    const category = e.category ?? (s.status === 'opened' ? undefined : s.qualification?.category);
    const filed = category === undefined ? base : { ...base, category };
    const qualification = e.override === undefined ? filed : { ...filed, override: e.override };
    if (s.status === 'opened') return qualified(s, e.at, qualification);
    const n = next(s, e);
    if (n.status === 'opened') return corrupt(state, e);
    n.qualification = qualification;
    return n;
  },
  'ticket-taken-in-charge': (state, e) => {
    const s = active(state, e);
    if (s.status === 'opened') return corrupt(state, e);
    const n = inProgress(s, e.at, {
      qualification: s.qualification,
      takenInChargeAt: e.at,
      handlingMode: e.mode,
      handler: e.handler,
      group: e.group,
    });
    n.awaitingAcknowledgement = needsAcknowledgement(s, e.handler.id);
    n.callBackPending = userIsCalledBack(e.mode);
    return n;
  },
  'handling-acknowledged': (state, e) => {
    const n = next(state, e);
    n.awaitingAcknowledgement = false;
    return n;
  },
  'ticket-handed-off': (state, e) => {
    const s = opened0(state, e);
    const n = next(s, e);
    if (n.status === 'opened' || n.status === 'qualified') return corrupt(state, e);
    n.handler = e.to;
    n.group = e.group;
    n.awaitingAcknowledgement = needsAcknowledgement(s, e.to.id);
    const handoff = { at: e.at, from: e.by, to: e.to, kind: e.kind, rationale: e.rationale };
    n.handoffs = [...s.handoffs, e.note === undefined ? handoff : { ...handoff, note: e.note }];
    return n;
  },
  'intervention-started': (state, e) => {
    const s = opened0(state, e);
    const base = { id: e.interventionId, performer: e.performer, startedAt: e.at, startedBy: e.by };
    const record: InterventionRecord =
      e.mode === 'on-site'
        ? {
            ...base,
            mode: 'on-site',
            request: e.request,
            ...(e.supplier === undefined ? {} : { supplier: e.supplier }),
            ...(e.plannedFor === undefined ? {} : { plannedFor: e.plannedFor }),
          }
        : { ...base, mode: 'remote' };
    const n = next(s, e);
    n.interventions = [...s.interventions, record];
    return n;
  },
  'intervention-reported': (state, e) => {
    const n = next(state, e);
    n.interventions = n.interventions.map((i) =>
      i.id === e.interventionId ? { ...i, report: e.report, reportedAt: e.at } : i,
    );
    return n;
  },
  'solution-applied': (state, e) => {
    const s = opened0(state, e);
    const solution = {
      at: e.at,
      by: e.by,
      interventionId: e.interventionId,
      nature: e.nature,
      description: e.description,
    };
    const solutions = [
      ...s.solutions,
      e.swap === undefined ? solution : { ...solution, swap: e.swap },
    ];
    if (e.nature === 'definitive') {
      if (s.status !== 'in-progress') return corrupt(state, e);
      const n = resolved(s, e.at, e.at);
      n.solutions = solutions;
      return n;
    }
    const n = next(s, e);
    n.solutions = solutions;
    return n;
  },
  'user-informed': (state, e) => {
    const n = next(state, e);
    n.userInformedAt = [...n.userInformedAt, e.at];
    if (e.commitments !== undefined && e.commitments.length > 0) {
      n.commitments = [
        ...n.commitments,
        ...e.commitments.map((commitment) => ({ at: e.at, by: e.by, commitment })),
      ];
    }
    const handler = handlerOf(n);
    if (handler !== undefined && handler.id === e.by.id) n.callBackPending = false;
    return n;
  },
  'ticket-paused': (state, e) => {
    const n = next(state, e);
    n.waiting = { reason: e.reason, since: e.at };
    n.pauses = [...n.pauses, { reason: e.reason, from: e.at }];
    return n;
  },
  'ticket-resumed': (state, e) => {
    const n = next(state, e);
    n.waiting = undefined;
    n.pauses = closeLastPause(n.pauses, e.at);
    return n;
  },
  'problem-linked': (state, e) => {
    const n = next(state, e);
    n.problems = [...n.problems, e.problemId];
    return n;
  },
  'ticket-reopened': (state, e) => {
    const s = opened0(state, e);
    if (s.status !== 'resolved' && s.status !== 'closed') return corrupt(state, e);
    const n = inProgress(s, e.at, {
      qualification: s.qualification,
      takenInChargeAt: s.takenInChargeAt,
      handlingMode: s.handlingMode,
      handler: e.by,
      group: s.group,
    });
    n.awaitingAcknowledgement = needsAcknowledgement(s, e.by.id);
    n.pauses = [...s.pauses, { reason: 'resolved', from: s.resolvedAt, to: e.at }];
    n.reopenings = [...s.reopenings, { at: e.at, by: e.by, reason: e.reason }];
    return n;
  },
  'ticket-closed': (state, e) => {
    const s = opened0(state, e);
    if (s.status !== 'resolved') return corrupt(state, e);
    return closed(s, e.at, s.resolvedAt, { at: e.at, by: e.by });
  },
  'ticket-cancelled': (state, e) => {
    const s = active(state, e);
    if (s.status !== 'opened' && s.status !== 'qualified' && s.status !== 'in-progress') {
      return corrupt(state, e);
    }
    const cancellation = { at: e.at, by: e.by, reason: e.reason };
    const withDuplicate =
      e.duplicateOf === undefined ? cancellation : { ...cancellation, duplicateOf: e.duplicateOf };
    const n = cancelled(
      s,
      e.at,
      s.status === 'in-progress'
        ? s
        : s.status === 'qualified'
          ? { ...notHandled, qualification: s.qualification }
          : notHandled,
      e.note === undefined ? withDuplicate : { ...withDuplicate, note: e.note },
    );
    n.waiting = undefined;
    n.pauses = closeLastPause(s.pauses, e.at);
    return n;
  },
  'policy-rebaselined': (state, e) => {
    const n = next(state, e);
    n.policyVersion = e.toVersion;
    n.rebaselines = [
      ...n.rebaselines,
      { at: e.at, fromVersion: e.fromVersion, toVersion: e.toVersion, reason: e.reason },
    ];
    if (n.status !== 'opened' && e.targets !== undefined) {
      n.qualification = { ...n.qualification, targets: e.targets };
    }
    return n;
  },
};

// A null-prototype copy, so that a `type` such as 'toString' finds nothing.
const evolvers = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(null) as object, evolverTable),
) as Readonly<Record<string, Evolver<TicketEventType> | undefined>>;

/**
 * The state after one more event. Events are the record: `evolve` trusts them (they were
 * accepted by `decideTicket`) and never refuses one; it never mutates `state`.
 *
 * @throws TypeError when the event's `type` is not a ticket event, or the event cannot happen
 * at the ticket's stage (one `decideTicket` never emits there, such as `ticket-closed` on a
 * ticket not resolved, or any event after `ticket-cancelled`): a corrupt stream; or when the state or the event cannot be read (a
 * getter or a Proxy trap that throws, a state not made by this module).
 * @example
 * ```ts
 * const alice = { id: technicianId('alice'), level: 1 } as const;
 * evolveTicket(initialTicketState, {
 *   type: 'ticket-opened', at: new Date(0), by: alice, ticketId: ticketId('T-1'),
 *   caller: { name: 'M. Durand', contact: 'poste 12' }, contract: { id: 'C-1' },
 *   equipment: { kind: 'pc', make: 'Dell', model: 'Latitude' },
 *   environment: { network: 'LAN', operatingSystem: 'Windows 11', software: [] },
 *   description: 'No network', policyVersion: 'seed',
 * }).status;
 * //=> 'opened'
 * ```
 */
export function evolveTicket(state: TicketState, event: TicketEvent): TicketState {
  try {
    const type: unknown = typeof event === 'object' && event !== null ? event.type : undefined;
    const evolver = typeof type === 'string' ? evolvers[type] : undefined;
    if (evolver === undefined) {
      throw inputError(
        `evolveTicket: unknown ticket event type ${describeValue(type)}: expected one of the ticketEventTypes.`,
      );
    }
    return evolver(state, event as never);
  } catch (cause) {
    throw documentedError('evolveTicket', cause);
  }
}

/**
 * Folds a ticket's events, in order, from {@link initialTicketState}: replaying the same
 * events always gives the same state.
 *
 * @throws TypeError when `events` is not a list, an event's `type` is not a ticket event, an
 * event cannot happen at the ticket's stage, or an event cannot be read (as {@link evolveTicket}).
 * @example
 * ```ts
 * replayTicket([]).status;
 * //=> 'new'
 * ```
 */
export function replayTicket(
  events: Iterable<TicketEvent>,
  from: TicketState = initialTicketState,
): TicketState {
  try {
    if (!isIterableObject(events)) {
      throw inputError(
        `replayTicket: events must be a list (an iterable) of ticket events, got ${describeValue(events)}.`,
      );
    }
    let state = from;
    for (const event of events) state = evolveTicket(state, event);
    return state;
  } catch (cause) {
    throw documentedError('replayTicket', cause);
  }
}
