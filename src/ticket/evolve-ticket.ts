import type { TicketEvent, TicketEventType } from './ticket-events.js';
import type { ClockPause, InterventionRecord, TicketState } from './ticket-state.js';
import { initialTicketState } from './ticket-state.js';

type Evolver<K extends TicketEventType> = (
  state: TicketState,
  event: Extract<TicketEvent, { type: K }>,
) => TicketState;

function needsAcknowledgement(state: TicketState, handlerId: string): boolean {
  return state.opening === undefined || state.opening.by.id !== handlerId;
}

function withoutKeys<K extends keyof TicketState>(
  state: TicketState,
  keys: readonly K[],
): Omit<TicketState, K> {
  const copy: Record<string, unknown> = { ...state };
  for (const key of keys) delete copy[key];
  return copy as Omit<TicketState, K>;
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
const evolvers: { readonly [K in TicketEventType]: Evolver<K> } = {
  'ticket-opened': (state, e) => ({
    ...state,
    status: 'opened',
    version: state.version + 1,
    updatedAt: e.at,
    ticketId: e.ticketId,
    policyVersion: e.policyVersion,
    opening: {
      at: e.at,
      by: e.by,
      caller: e.caller,
      contract: e.contract,
      equipment: e.equipment,
      environment: e.environment,
      description: e.description,
    },
  }),
  'ticket-qualified': (state, e) => ({
    ...state,
    status: state.status === 'opened' ? 'qualified' : state.status,
    version: state.version + 1,
    updatedAt: e.at,
    qualification:
      e.override === undefined
        ? {
            at: e.at,
            by: e.by,
            impact: e.impact,
            urgency: e.urgency,
            matrixPriority: e.matrixPriority,
            priority: e.priority,
            targets: e.targets,
          }
        : {
            at: e.at,
            by: e.by,
            impact: e.impact,
            urgency: e.urgency,
            matrixPriority: e.matrixPriority,
            priority: e.priority,
            override: e.override,
            targets: e.targets,
          },
  }),
  'ticket-taken-in-charge': (state, e) => ({
    ...state,
    status: 'in-progress',
    version: state.version + 1,
    updatedAt: e.at,
    takenInChargeAt: e.at,
    handlingMode: e.mode,
    handler: e.handler,
    awaitingAcknowledgement: needsAcknowledgement(state, e.handler.id),
  }),
  'handling-acknowledged': (state, e) => ({
    ...state,
    version: state.version + 1,
    updatedAt: e.at,
    awaitingAcknowledgement: false,
  }),
  'ticket-handed-off': (state, e) => ({
    ...state,
    version: state.version + 1,
    updatedAt: e.at,
    handler: e.to,
    awaitingAcknowledgement: needsAcknowledgement(state, e.to.id),
    handoffs: [
      ...state.handoffs,
      { at: e.at, from: e.by, to: e.to, kind: e.kind, rationale: e.rationale },
    ],
  }),
  'intervention-started': (state, e) => {
    const record: InterventionRecord =
      e.mode === 'on-site'
        ? {
            id: e.interventionId,
            performer: e.performer,
            startedAt: e.at,
            startedBy: e.by,
            mode: 'on-site',
            request: e.request,
            ...(e.supplier === undefined ? {} : { supplier: e.supplier }),
            ...(e.plannedFor === undefined ? {} : { plannedFor: e.plannedFor }),
          }
        : {
            id: e.interventionId,
            performer: e.performer,
            startedAt: e.at,
            startedBy: e.by,
            mode: 'remote',
          };
    return {
      ...state,
      version: state.version + 1,
      updatedAt: e.at,
      interventions: [...state.interventions, record],
    };
  },
  'intervention-reported': (state, e) => ({
    ...state,
    version: state.version + 1,
    updatedAt: e.at,
    interventions: state.interventions.map((i) =>
      i.id === e.interventionId ? { ...i, report: e.report, reportedAt: e.at } : i,
    ),
  }),
  'solution-applied': (state, e) => {
    const solution =
      e.swap === undefined
        ? {
            at: e.at,
            by: e.by,
            interventionId: e.interventionId,
            nature: e.nature,
            description: e.description,
          }
        : {
            at: e.at,
            by: e.by,
            interventionId: e.interventionId,
            nature: e.nature,
            description: e.description,
            swap: e.swap,
          };
    const solutions = [...state.solutions, solution];
    return e.nature === 'definitive'
      ? {
          ...state,
          status: 'resolved',
          version: state.version + 1,
          updatedAt: e.at,
          solutions,
          resolvedAt: e.at,
        }
      : { ...state, version: state.version + 1, updatedAt: e.at, solutions };
  },
  'user-informed': (state, e) => ({
    ...state,
    version: state.version + 1,
    updatedAt: e.at,
    userInformedAt: [...state.userInformedAt, e.at],
  }),
  'ticket-paused': (state, e) => ({
    ...state,
    version: state.version + 1,
    updatedAt: e.at,
    waiting: { reason: e.reason, since: e.at },
    pauses: [...state.pauses, { reason: e.reason, from: e.at }],
  }),
  'ticket-resumed': (state, e) => ({
    ...withoutKeys(state, ['waiting']),
    version: state.version + 1,
    updatedAt: e.at,
    pauses: closeLastPause(state.pauses, e.at),
  }),
  'problem-linked': (state, e) => ({
    ...state,
    version: state.version + 1,
    updatedAt: e.at,
    problems: [...state.problems, e.problemId],
  }),
  'ticket-reopened': (state, e) => ({
    ...withoutKeys(state, ['resolvedAt', 'closed']),
    status: 'in-progress',
    version: state.version + 1,
    updatedAt: e.at,
    handler: e.by,
    awaitingAcknowledgement: needsAcknowledgement(state, e.by.id),
    pauses:
      state.resolvedAt === undefined
        ? state.pauses
        : [...state.pauses, { reason: 'resolved', from: state.resolvedAt, to: e.at }],
    reopenings: [...state.reopenings, { at: e.at, by: e.by, reason: e.reason }],
  }),
  'ticket-closed': (state, e) => ({
    ...state,
    status: 'closed',
    version: state.version + 1,
    updatedAt: e.at,
    closed: { at: e.at, by: e.by },
  }),
  'policy-rebaselined': (state, e) => {
    const next: TicketState = {
      ...state,
      version: state.version + 1,
      updatedAt: e.at,
      policyVersion: e.toVersion,
      rebaselines: [
        ...state.rebaselines,
        { at: e.at, fromVersion: e.fromVersion, toVersion: e.toVersion, reason: e.reason },
      ],
    };
    return state.qualification === undefined || e.targets === undefined
      ? next
      : { ...next, qualification: { ...state.qualification, targets: e.targets } };
  },
};

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
  const evolver = evolvers[event.type] as Evolver<TicketEventType> | undefined;
  if (evolver === undefined || !Object.hasOwn(evolvers, event.type)) {
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
