import { userIsCalledBack } from '../handling/handling-mode.js';
import type { TicketEvent, TicketEventType } from './ticket-events.js';
import type { ClockPause, InterventionRecord, TicketState } from './ticket-state.js';
import { initialTicketState } from './ticket-state.js';

type Evolver<K extends TicketEventType> = (
  state: TicketState,
  event: Extract<TicketEvent, { type: K }>,
) => TicketState;

type Draft = { -readonly [K in keyof TicketState]: TicketState[K] };

/*
 * The next state as a fresh copy of every field, then the fields the event changes are set on
 * the copy before it is returned (never on `state`). An explicit literal keeps every state the
 * same shape; it is many times faster than an object spread (see bench/ticket.bench.ts). A
 * field added to TicketState and forgotten here does not compile.
 */
function next(s: TicketState, at: Date): Draft {
  return {
    status: s.status,
    version: s.version + 1,
    updatedAt: at,
    ticketId: s.ticketId,
    opening: s.opening,
    policyVersion: s.policyVersion,
    qualification: s.qualification,
    takenInChargeAt: s.takenInChargeAt,
    handlingMode: s.handlingMode,
    handler: s.handler,
    awaitingAcknowledgement: s.awaitingAcknowledgement,
    callBackPending: s.callBackPending,
    handoffs: s.handoffs,
    interventions: s.interventions,
    solutions: s.solutions,
    resolvedAt: s.resolvedAt,
    waiting: s.waiting,
    pauses: s.pauses,
    reopenings: s.reopenings,
    problems: s.problems,
    userInformedAt: s.userInformedAt,
    commitments: s.commitments,
    closed: s.closed,
    cancellation: s.cancellation,
    rebaselines: s.rebaselines,
  };
}

function needsAcknowledgement(state: TicketState, handlerId: string): boolean {
  return state.opening === undefined || state.opening.by.id !== handlerId;
}

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
    const n = next(state, e.at);
    n.status = 'opened';
    n.ticketId = e.ticketId;
    n.policyVersion = e.policyVersion;
    n.opening = {
      at: e.at,
      by: e.by,
      caller: e.caller,
      contract: e.contract,
      equipment: e.equipment,
      environment: e.environment,
      description: e.description,
    };
    return n;
  },
  'ticket-qualified': (state, e) => {
    const n = next(state, e.at);
    if (state.status === 'opened') n.status = 'qualified';
    const qualification = {
      at: e.at,
      by: e.by,
      impact: e.impact,
      urgency: e.urgency,
      matrixPriority: e.matrixPriority,
      priority: e.priority,
      targets: e.targets,
    };
    n.qualification =
      e.override === undefined ? qualification : { ...qualification, override: e.override };
    return n;
  },
  'ticket-taken-in-charge': (state, e) => {
    const n = next(state, e.at);
    n.status = 'in-progress';
    n.takenInChargeAt = e.at;
    n.handlingMode = e.mode;
    n.handler = e.handler;
    n.awaitingAcknowledgement = needsAcknowledgement(state, e.handler.id);
    n.callBackPending = userIsCalledBack(e.mode);
    return n;
  },
  'handling-acknowledged': (state, e) => {
    const n = next(state, e.at);
    n.awaitingAcknowledgement = false;
    return n;
  },
  'ticket-handed-off': (state, e) => {
    const n = next(state, e.at);
    n.handler = e.to;
    n.awaitingAcknowledgement = needsAcknowledgement(state, e.to.id);
    const handoff = { at: e.at, from: e.by, to: e.to, kind: e.kind, rationale: e.rationale };
    n.handoffs = [...state.handoffs, e.note === undefined ? handoff : { ...handoff, note: e.note }];
    return n;
  },
  'intervention-started': (state, e) => {
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
    const n = next(state, e.at);
    n.interventions = [...state.interventions, record];
    return n;
  },
  'intervention-reported': (state, e) => {
    const n = next(state, e.at);
    n.interventions = state.interventions.map((i) =>
      i.id === e.interventionId ? { ...i, report: e.report, reportedAt: e.at } : i,
    );
    return n;
  },
  'solution-applied': (state, e) => {
    const solution = {
      at: e.at,
      by: e.by,
      interventionId: e.interventionId,
      nature: e.nature,
      description: e.description,
    };
    const n = next(state, e.at);
    n.solutions = [
      ...state.solutions,
      e.swap === undefined ? solution : { ...solution, swap: e.swap },
    ];
    if (e.nature === 'definitive') {
      n.status = 'resolved';
      n.resolvedAt = e.at;
    }
    return n;
  },
  'user-informed': (state, e) => {
    const n = next(state, e.at);
    n.userInformedAt = [...state.userInformedAt, e.at];
    if (e.commitments !== undefined && e.commitments.length > 0) {
      n.commitments = [
        ...state.commitments,
        ...e.commitments.map((commitment) => ({ at: e.at, by: e.by, commitment })),
      ];
    }
    if (state.handler !== undefined && state.handler.id === e.by.id) n.callBackPending = false;
    return n;
  },
  'ticket-paused': (state, e) => {
    const n = next(state, e.at);
    n.waiting = { reason: e.reason, since: e.at };
    n.pauses = [...state.pauses, { reason: e.reason, from: e.at }];
    return n;
  },
  'ticket-resumed': (state, e) => {
    const n = next(state, e.at);
    n.waiting = undefined;
    n.pauses = closeLastPause(state.pauses, e.at);
    return n;
  },
  'problem-linked': (state, e) => {
    const n = next(state, e.at);
    n.problems = [...state.problems, e.problemId];
    return n;
  },
  'ticket-reopened': (state, e) => {
    const n = next(state, e.at);
    n.status = 'in-progress';
    n.resolvedAt = undefined;
    n.closed = undefined;
    n.handler = e.by;
    n.awaitingAcknowledgement = needsAcknowledgement(state, e.by.id);
    if (state.resolvedAt !== undefined) {
      n.pauses = [...state.pauses, { reason: 'resolved', from: state.resolvedAt, to: e.at }];
    }
    n.reopenings = [...state.reopenings, { at: e.at, by: e.by, reason: e.reason }];
    return n;
  },
  'ticket-closed': (state, e) => {
    const n = next(state, e.at);
    n.status = 'closed';
    n.closed = { at: e.at, by: e.by };
    return n;
  },
  'ticket-cancelled': (state, e) => {
    const n = next(state, e.at);
    n.status = 'cancelled';
    n.waiting = undefined;
    n.pauses = closeLastPause(state.pauses, e.at);
    const cancellation = { at: e.at, by: e.by, reason: e.reason };
    const withDuplicate =
      e.duplicateOf === undefined ? cancellation : { ...cancellation, duplicateOf: e.duplicateOf };
    n.cancellation = e.note === undefined ? withDuplicate : { ...withDuplicate, note: e.note };
    return n;
  },
  'policy-rebaselined': (state, e) => {
    const n = next(state, e.at);
    n.policyVersion = e.toVersion;
    n.rebaselines = [
      ...state.rebaselines,
      { at: e.at, fromVersion: e.fromVersion, toVersion: e.toVersion, reason: e.reason },
    ];
    if (state.qualification !== undefined && e.targets !== undefined) {
      n.qualification = { ...state.qualification, targets: e.targets };
    }
    return n;
  },
};

// A null-prototype copy, so that a `type` such as 'toString' finds nothing.
const evolvers = Object.freeze(
  Object.assign(Object.create(null) as object, evolverTable),
) as Readonly<Record<string, Evolver<TicketEventType> | undefined>>;

/**
 * The state after one more event. Events are the record: `evolve` trusts them (they were
 * accepted by `decideTicket`) and never refuses one; it never mutates `state`.
 *
 * @throws TypeError when the event's `type` is not a ticket event (a corrupt stream).
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
  const evolver = evolvers[event.type];
  if (evolver === undefined) {
    throw new TypeError(
      `Unknown ticket event type ${JSON.stringify((event as { type?: unknown }).type)}: expected one of the ticketEventTypes.`,
    );
  }
  return evolver(state, event as never);
}

/**
 * Folds a ticket's events, in order, from {@link initialTicketState}: replaying the same
 * events always gives the same state.
 *
 * @throws TypeError when an event's `type` is not a ticket event.
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
  let state = from;
  for (const event of events) state = evolveTicket(state, event);
  return state;
}
