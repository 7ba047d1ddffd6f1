/**
 * The desk's shared state: its event stores, its clock, its queues, and the one way it
 * changes a ticket or a problem — a command through the storage command handler, at the
 * version the desk last saw (a refusal would mean the desk broke a rule: the run stops).
 */
import type { CallQueueEvent } from 'service-desk-rules/metrics';
import type {
  ProblemCommand,
  ProblemEvent,
  ProblemId,
  ProblemState,
} from 'service-desk-rules/problem';
import {
  createKnownErrorBase,
  type KnownErrorBase,
  problemDecider,
} from 'service-desk-rules/problem';
import type { CompletedInterventionReport } from 'service-desk-rules/report';
import type { EventStore } from 'service-desk-rules/storage';
import {
  handleCommand,
  InMemoryEventStore,
  type StreamId,
  streamId,
} from 'service-desk-rules/storage';
import type { Actor, TicketCommand, TicketEvent } from 'service-desk-rules/ticket';
import {
  type InterventionId,
  initialTicketState,
  interventionId,
  type TicketId,
  type TicketState,
  ticketDeciderFor,
} from 'service-desk-rules/ticket';
import type { GeneratedCall } from './call-generation.js';
import { deskPolicy, type Staff } from './desk-setup.js';
import type { Random } from './prng.js';
import { SimulatedClock, WorkQueue } from './simulated-time.js';
import { Team } from './team.js';

/** The events the desk's main store holds: tickets and the telephone queue. */
export type DeskEvent = TicketEvent | CallQueueEvent;

/** A ticket as the desk follows it. */
export interface TicketRun {
  readonly id: TicketId;
  readonly stream: StreamId;
  readonly call: GeneratedCall;
  /** The level-1 technician who opened the call, and will close it (seed §5.2). */
  readonly opener: Actor;
  state: TicketState;
  version: number;
  interventions: number;
}

/** A ticket waiting for someone: handed off to level 2 (§4.3.3) or deferred (§4.2). */
export interface TicketJob {
  readonly ticket: TicketRun;
}

/** Work waiting for a field technician (seed §4.3.4). */
export interface FieldJob {
  readonly ticket: TicketRun;
  readonly interventionId: InterventionId;
  /** Bringing back a repaired unit after a loan (seed §5.1). */
  readonly returnAfterLoan: boolean;
}

/** A call waiting in the telephone queue. */
export interface WaitingCall {
  readonly call: GeneratedCall;
}

const ticketDecider = ticketDeciderFor(deskPolicy);

/** Facts the report needs that no event holds. */
export interface DeskTally {
  /** Callers who hung up and called again (§4.3.2). */
  callbacks: number;
  /** Calls taken in charge by someone else than their qualifier (§4.2). */
  deferred: number;
  /** Calls solved by level 1 with the fix of a known error (§4.4.2). */
  knownErrorFixes: number;
  /** Swaps that were loans (the call stays open) or replacements (§5.1). */
  loans: number;
  replacements: number;
  /** On-site interventions by field technicians, and by warranty suppliers (§4.3.4). */
  onSite: number;
  suppliers: number;
}

/** The desk: where its people find their work, and how they record what they do. */
export class Desk {
  /** Every ticket's events and the telephone queue's: what the indicators are computed from. */
  readonly store = new InMemoryEventStore<DeskEvent>();
  /** The problems' events (seed §4.4.1: « enregistré dans une base de données »). */
  readonly problemStore = new InMemoryEventStore<ProblemEvent>();
  readonly clock: SimulatedClock;
  readonly calls = new WorkQueue<WaitingCall>();
  readonly level2: Team<TicketJob>;
  /** The level-1 technician who calls users back on deferred calls (seed §4.2). */
  readonly callBack: Team<TicketJob>;
  readonly field: Team<FieldJob>;
  /** The known-error base level 1 searches (the seed's CMDB, §4.4.2). */
  knownErrors: KnownErrorBase = createKnownErrorBase([]);
  /** The simulation's ground truth: which incident type each problem is really about. */
  readonly problemIncidentType = new Map<ProblemId, string>();
  readonly tickets: TicketRun[] = [];
  /** The §6.5 intervention reports of on-site work, as the product would file them. */
  readonly reports: CompletedInterventionReport[] = [];
  readonly tally: DeskTally = {
    callbacks: 0,
    deferred: 0,
    knownErrorFixes: 0,
    loans: 0,
    replacements: 0,
    onSite: 0,
    suppliers: 0,
  };
  /**
   * Calls the telephone queue has seen so far (for the progress of a long run), and the
   * total time their callers waited, answered or not (the patience estimate of the report).
   */
  readonly callCounts = { answered: 0, abandoned: 0, waitedMs: 0 };
  /** Level 1 on the telephone: calls answered and the time from each answer to the next free moment. */
  readonly level1Work = { calls: 0, busyMs: 0 };
  /** The same store, seen through ticket streams: they hold ticket events only. */
  readonly #tickets = this.store as EventStore<DeskEvent> as EventStore<TicketEvent>;
  readonly #queueStream = streamId('call-queue');
  #queueVersion = 0;
  #callNumber = 0;

  constructor(
    readonly staff: Staff,
    readonly random: Random,
    readonly start: Date,
  ) {
    this.clock = new SimulatedClock(start);
    // The most urgent calls first (seed §2.5.2.3: the priority is how fast it must be solved).
    const urgency = ({ ticket: { state } }: { ticket: TicketRun }) =>
      ('qualification' in state ? state.qualification?.priority : undefined) ?? 4;
    this.level2 = new Team<TicketJob>(staff.level2, urgency);
    this.callBack = new Team<TicketJob>(staff.callBack, urgency);
    this.field = new Team<FieldJob>(staff.field, urgency);
  }

  /** A fresh call number. */
  nextCallId(): string {
    this.#callNumber++;
    return `call-${this.#callNumber}`;
  }

  /** Records what the telephone queue saw: answered or abandoned (« raccrochés », §4.3.2). */
  async recordCall(type: CallQueueEvent['type'], call: GeneratedCall): Promise<void> {
    const at = this.clock.now;
    const event: CallQueueEvent = {
      type,
      callId: call.callId,
      at,
      waitedMs: at.getTime() - call.arrivesAt.getTime(),
      // The same caller when they call again (« vont rappeler », §4.3.2): `calledAgain`.
      callerId: call.callerId,
    };
    const r = await this.store.append(this.#queueStream, [event], {
      expectedVersion: this.#queueVersion,
    });
    if (!r.ok) throw new Error(r.error.message.en);
    this.#queueVersion = r.value.version;
    this.callCounts.waitedMs += event.waitedMs;
    if (type === 'call-answered') this.callCounts.answered++;
    else this.callCounts.abandoned++;
  }

  /** A new ticket for an answered call, not yet opened. */
  newTicket(call: GeneratedCall, opener: Actor): TicketRun {
    const id = `T-${String(this.tickets.length + 1).padStart(4, '0')}` as TicketId;
    const ticket: TicketRun = {
      id,
      stream: streamId(`ticket-${id}`),
      call,
      opener,
      state: initialTicketState,
      version: 0,
      interventions: 0,
    };
    this.tickets.push(ticket);
    return ticket;
  }

  /** A fresh intervention number on the ticket (seed §6.5.1). */
  nextIntervention(ticket: TicketRun): InterventionId {
    ticket.interventions++;
    return interventionId(`${ticket.id}-I${ticket.interventions}`);
  }

  /**
   * Runs a ticket command now, through the command handler, at the version the desk saw.
   * The command's `at` and `actor` come from the arguments.
   */
  async act(
    ticket: TicketRun,
    actor: Actor,
    command: DistributiveOmit<TicketCommand, 'at' | 'actor'>,
  ): Promise<TicketState> {
    const full = { ...command, at: this.clock.now, actor } as TicketCommand;
    const r = await handleCommand(ticketDecider, this.#tickets, ticket.stream, full, {
      expectedVersion: ticket.version,
    });
    if (!r.ok) {
      const why =
        r.error.kind === 'rejected'
          ? r.error.violation.map((v) => `${v.code}: ${v.message.en}`).join('; ')
          : r.error.conflict.message.en;
      throw new Error(`The desk broke a rule: ${full.type} on ${ticket.id} refused (${why}).`);
    }
    ticket.state = r.value.state;
    ticket.version = r.value.version;
    return ticket.state;
  }

  /** Each problem as the desk last wrote it: the desk is the only writer of its problems. */
  readonly #problems = new Map<StreamId, { state: ProblemState; version: number }>();

  /**
   * Runs a problem command now: decided on the state the desk holds (a problem's stream grows
   * with every incident linked to it, so re-reading it for each command cost more every day),
   * appended at the version the desk holds — the store still refuses a stale write.
   */
  async actOnProblem(command: DistributiveOmit<ProblemCommand, 'at'>): Promise<ProblemState> {
    const full = { ...command, at: this.clock.now } as ProblemCommand;
    const stream = streamId(`problem-${full.problemId}`);
    const held = this.#problems.get(stream) ?? {
      state: problemDecider.initialState,
      version: 0,
    };
    const decision = problemDecider.decide(full, held.state);
    if (!decision.ok) {
      const why = decision.error.map((v) => `${v.code}: ${v.message.en}`).join('; ');
      throw new Error(`The desk broke a rule: ${full.type} on ${full.problemId} refused (${why}).`);
    }
    if (decision.value.length === 0) return held.state; // nothing to record
    const r = await this.problemStore.append(stream, decision.value, {
      expectedVersion: held.version,
    });
    if (!r.ok) throw new Error(r.error.message.en);
    const state = decision.value.reduce(problemDecider.evolve, held.state);
    this.#problems.set(stream, { state, version: r.value.version });
    return state;
  }
}

/** `Omit` applied to each member of a union. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
