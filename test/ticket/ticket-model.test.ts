import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { UserCommitment } from '../../src/handling/index.js';
import { ticketTestTechnicians } from '../../src/testing/index.js';
import {
  type Actor,
  decideTicket,
  evolveTicket,
  initialTicketState,
  interventionId,
  replayTicket,
  type TicketCommand,
  type TicketEvent,
  type TicketState,
} from '../../src/ticket/index.js';
import { openCommand } from './ticket-fixtures.js';
import { fieldsOf } from './ticket-stage-view.js';

/*
 * Model-based test: a small model of the rules of seed §4–§6 predicts, for every command,
 * whether the decider accepts it; the real decider must agree, a refusal must change nothing,
 * and the closure invariants must hold after every step.
 */

type Status = TicketState['status'];

interface Model {
  status: Status;
  now: number;
  opener?: string;
  openerActor?: Actor;
  qualifier?: string;
  handler?: Actor;
  awaitingAck: boolean;
  interventions: Map<
    string,
    {
      performer: string;
      performerActor: Actor;
      reported: boolean;
      dispatcher?: string;
      plannedFor?: number;
    }
  >;
  waiting: boolean;
  /** The contract's intervention delay in hours; `null` without an entitlement (§2.4). */
  delayHours?: number | null | undefined;
  /** How many promises to the user the ticket records. */
  commitments: number;
  resolvedAt?: number;
  lastNature?: 'definitive' | 'temporary';
}

interface Real {
  state: TicketState;
  events: TicketEvent[];
}

const DAY = 86_400_000;
const start = Date.parse('2026-03-02T09:00:00Z');

/** Who issues a command: a given technician, or whoever holds a role when it runs. */
type Who = Actor | 'opener' | 'handler' | 'performer';

abstract class TicketModelCommand implements fc.Command<Model, Real> {
  actor: Actor = ticketTestTechnicians[0] as Actor;
  constructor(
    readonly who: Who,
    readonly delta: number,
  ) {}
  /** The intervention a command is about, if any (for the `'performer'` role). */
  interventionOf(_m: Model): string | undefined {
    return undefined;
  }
  resolve(m: Model): Actor {
    if (typeof this.who === 'object') return this.who;
    const fallback = ticketTestTechnicians[0] as Actor;
    if (this.who === 'opener') return m.openerActor ?? fallback;
    if (this.who === 'handler') return m.handler ?? fallback;
    const id = this.interventionOf(m);
    const i = id === undefined ? undefined : m.interventions.get(id);
    return i?.performerActor ?? m.handler ?? fallback;
  }
  abstract build(at: Date): TicketCommand;
  abstract accepts(m: Model): boolean;
  abstract apply(m: Model): void;
  check(): boolean {
    return true;
  }
  /** Resolves what depends on the model when the command runs (roles, ids). */
  prepare(_m: Model): void {}
  run(m: Model, r: Real): void {
    this.prepare(m);
    this.actor = this.resolve(m);
    const at = m.now + this.delta * 60_000;
    const command = this.build(new Date(at));
    const before = JSON.stringify(r.state);
    const decision = decideTicket(command, r.state);
    const expected = this.accepts(m);
    if (decision.ok !== expected) {
      throw new Error(
        `${this.toString()}: model says ${expected ? 'accept' : 'refuse'}, decider says ${decision.ok ? 'accept' : decision.error.map((v) => v.code).join(',')}`,
      );
    }
    if (!decision.ok) {
      // A refused command changes nothing.
      expect(JSON.stringify(r.state)).toBe(before);
      expect(decision.error.length).toBeGreaterThan(0);
      return;
    }
    m.now = at;
    for (const e of decision.value) {
      r.events.push(e);
      r.state = evolveTicket(r.state, e);
    }
    this.apply(m);
    expect(r.state.status).toBe(m.status);
    expect(fieldsOf(r.state).awaitingAcknowledgement).toBe(m.awaitingAck);
    expect(fieldsOf(r.state).commitments.length).toBe(m.commitments);
    assertClosureInvariant(r.state);
    // §4.3.1: every hand-off left a note, neither part blank (the seed's policy).
    for (const h of fieldsOf(r.state).handoffs) {
      expect(h.note?.diagnosis.trim()).toBeTruthy();
      expect(h.note?.done.trim()).toBeTruthy();
    }
  }
  toString(): string {
    return `${this.constructor.name}(${typeof this.who === 'object' ? this.who.id : this.who}, +${this.delta}m)`;
  }
}

function assertClosureInvariant(state: TicketState): void {
  if (state.status !== 'closed') return;
  const last = state.solutions[state.solutions.length - 1];
  expect(last?.nature).toBe('definitive');
  expect(last?.swap).not.toBe('loan');
  expect(state.closed?.by.id).toBe(state.opening?.by.id);
  expect(state.closed?.by.level).toBe(1);
  expect(state.interventions.every((i) => i.report !== undefined)).toBe(true);
}

const active = (m: Model) => m.status !== 'new' && m.status !== 'closed';
const isHandler = (m: Model, a: Actor) => m.handler?.id === a.id;
const handlerReady = (m: Model, a: Actor) =>
  m.status === 'in-progress' && isHandler(m, a) && !m.awaitingAck;
const ackNeeded = (m: Model, id: string) => id !== m.opener;

class Open extends TicketModelCommand {
  constructor(
    who: Who,
    delta: number,
    /** The contract's intervention delay in hours, `undefined` for none, `null` for no entitlement. */
    readonly delayHours: number | null | undefined = null,
  ) {
    super(who, delta);
  }
  build(at: Date): TicketCommand {
    const entitlement =
      this.delayHours === null
        ? {}
        : {
            entitlement:
              this.delayHours === undefined
                ? { onSite: true }
                : { onSite: true, interventionDelay: { hours: this.delayHours } },
          };
    return {
      ...openCommand({ at, actor: this.actor }),
      contract: { id: 'C-1', equipmentSwap: 'loan', ...entitlement },
    };
  }
  accepts(m: Model) {
    return m.status === 'new' && this.actor.level === 1;
  }
  apply(m: Model) {
    m.delayHours = this.delayHours;
    m.status = 'opened';
    m.opener = this.actor.id;
    m.openerActor = this.actor;
  }
}

class Qualify extends TicketModelCommand {
  build(at: Date): TicketCommand {
    return { type: 'qualify', at, actor: this.actor, impact: 'user', urgency: 'blocked' };
  }
  accepts(m: Model) {
    return this.actor.level === 1 && ['opened', 'qualified', 'in-progress'].includes(m.status);
  }
  apply(m: Model) {
    if (m.status === 'opened') m.status = 'qualified';
    m.qualifier = this.actor.id;
  }
}

class Take extends TicketModelCommand {
  constructor(
    actor: Who,
    delta: number,
    readonly assignee: Actor | undefined,
  ) {
    super(actor, delta);
  }
  build(at: Date): TicketCommand {
    return this.assignee === undefined
      ? { type: 'take-in-charge', at, actor: this.actor, mode: 'direct' }
      : {
          type: 'take-in-charge',
          at,
          actor: this.actor,
          mode: 'deferred',
          assignee: this.assignee,
        };
  }
  accepts(m: Model) {
    if (m.status !== 'qualified' || m.qualifier !== this.actor.id) return false;
    return (
      this.assignee === undefined ||
      (this.assignee.id !== this.actor.id && this.assignee.level !== 3)
    );
  }
  apply(m: Model) {
    m.status = 'in-progress';
    m.handler = this.assignee ?? this.actor;
    m.awaitingAck = ackNeeded(m, m.handler.id);
  }
}

class Acknowledge extends TicketModelCommand {
  build(at: Date): TicketCommand {
    return { type: 'acknowledge', at, actor: this.actor };
  }
  accepts(m: Model) {
    return active(m) && m.awaitingAck && isHandler(m, this.actor);
  }
  apply(m: Model) {
    m.awaitingAck = false;
  }
}

class HandOffTo extends TicketModelCommand {
  constructor(
    actor: Who,
    delta: number,
    readonly to: Actor,
    /** The note left for the specialist (§4.3.1): written, missing, or blank. */
    readonly note: 'written' | 'missing' | 'blank' = 'written',
  ) {
    super(actor, delta);
  }
  build(at: Date): TicketCommand {
    const command = {
      type: 'hand-off' as const,
      at,
      actor: this.actor,
      to: this.to,
      situation: { cause: 'beyond-competence' as const },
    };
    if (this.note === 'missing') return command;
    return {
      ...command,
      note:
        this.note === 'written'
          ? { diagnosis: 'Beyond level 1', done: 'Checked the settings' }
          : { diagnosis: 'Beyond level 1', done: '  ' },
    };
  }
  accepts(m: Model) {
    return (
      handlerReady(m, this.actor) &&
      this.to.id !== this.actor.id &&
      this.to.level === this.actor.level + 1 &&
      this.note === 'written'
    );
  }
  override toString(): string {
    return `${super.toString()} note ${this.note}`;
  }
  apply(m: Model) {
    m.handler = this.to;
    m.awaitingAck = ackNeeded(m, this.to.id);
  }
}

class Intervene extends TicketModelCommand {
  constructor(
    actor: Who,
    delta: number,
    readonly id: string,
    readonly onSiteBy: Actor | undefined,
    /** For an on-site visit: planned this many minutes after the dispatch, or not planned. */
    readonly planIn: number | undefined = undefined,
  ) {
    super(actor, delta);
  }
  build(at: Date): TicketCommand {
    return this.onSiteBy === undefined
      ? {
          type: 'start-intervention',
          at,
          actor: this.actor,
          interventionId: interventionId(this.id),
          nature: 'Fix',
        }
      : {
          type: 'dispatch-on-site',
          at,
          actor: this.actor,
          interventionId: interventionId(this.id),
          performer: this.onSiteBy,
          request:
            this.planIn === undefined
              ? { diagnosis: 'Dead power supply' }
              : {
                  diagnosis: 'Dead power supply',
                  plannedFor: new Date(at.getTime() + this.planIn * 60_000),
                },
        };
  }
  accepts(m: Model) {
    return handlerReady(m, this.actor) && !m.interventions.has(this.id);
  }
  apply(m: Model) {
    const performer = this.onSiteBy ?? this.actor;
    m.interventions.set(this.id, {
      performer: performer.id,
      performerActor: performer,
      reported: false,
      ...(this.onSiteBy === undefined ? {} : { dispatcher: this.actor.id }),
      ...(this.onSiteBy === undefined || this.planIn === undefined
        ? {}
        : { plannedFor: m.now + this.planIn * 60_000 }),
    });
  }
}

/** The arrival times the actor planned themselves, on visits not yet reported (§2.4). */
const plansOf = (m: Model, id: string): number[] =>
  [...m.interventions.values()]
    .filter((i) => i.dispatcher === id && i.plannedFor !== undefined && !i.reported)
    .map((i) => i.plannedFor as number);

type Pledge = 'best-service' | 'delay-4h' | 'planned-arrival' | 'other-arrival' | 'duration';

/** Informs the user with promises (§2.4): allowed only as the model's plans and contract say. */
class Inform extends TicketModelCommand {
  arrivalAt = start - DAY;
  constructor(
    who: Who,
    delta: number,
    readonly promises: readonly Pledge[],
  ) {
    super(who, delta);
  }
  override prepare(m: Model) {
    // The planned arrival is the actor's own plan, when they have one, else one of nobody's.
    const actor = this.resolve(m);
    this.arrivalAt = plansOf(m, actor.id)[0] ?? start - DAY;
  }
  build(at: Date): TicketCommand {
    const commitments: UserCommitment[] = this.promises.map((p) =>
      p === 'best-service'
        ? { kind: 'best-service' }
        : p === 'delay-4h'
          ? { kind: 'contractual-delay', within: { hours: 4 } }
          : p === 'duration'
            ? { kind: 'duration', durationMs: 3_600_000 }
            : {
                kind: 'arrival-time',
                at: new Date(p === 'planned-arrival' ? this.arrivalAt : start - 2 * DAY),
              },
    );
    return { type: 'inform-user', at, actor: this.actor, summary: 'Update', commitments };
  }
  allowed(m: Model, p: Pledge): boolean {
    if (p === 'best-service') return true;
    if (m.delayHours === null) return false;
    if (p === 'delay-4h') return m.delayHours === 4;
    if (p === 'planned-arrival') return plansOf(m, this.actor.id).includes(this.arrivalAt);
    return false;
  }
  accepts(m: Model) {
    return active(m) && this.promises.every((p) => this.allowed(m, p));
  }
  apply(m: Model) {
    m.commitments += this.promises.length;
    if (this.promises.includes('planned-arrival')) stats.plannedArrivals++;
  }
  override toString(): string {
    return `${super.toString()} [${this.promises.join(', ')}]`;
  }
}

class Report extends TicketModelCommand {
  id = 'I-1';
  constructor(
    who: Who,
    delta: number,
    readonly given: string | undefined,
  ) {
    super(who, delta);
  }
  override prepare(m: Model) {
    const pending = [...m.interventions].find(([, i]) => !i.reported)?.[0];
    this.id = this.given ?? pending ?? 'I-1';
  }
  override interventionOf() {
    return this.id;
  }
  build(at: Date): TicketCommand {
    return {
      type: 'record-report',
      at,
      actor: this.actor,
      interventionId: interventionId(this.id),
      report: { summary: 'Done', outcome: 'finished' },
    };
  }
  accepts(m: Model) {
    const i = m.interventions.get(this.id);
    return active(m) && i !== undefined && i.performer === this.actor.id && !i.reported;
  }
  apply(m: Model) {
    const i = m.interventions.get(this.id);
    if (i !== undefined) i.reported = true;
  }
}

class Solve extends TicketModelCommand {
  id = 'I-1';
  override prepare(m: Model) {
    this.id = this.given ?? [...m.interventions.keys()].pop() ?? 'I-1';
  }
  constructor(
    actor: Who,
    delta: number,
    readonly given: string | undefined,
    readonly how: 'definitive' | 'temporary' | 'loan' | 'replacement',
  ) {
    super(actor, delta);
  }
  override interventionOf() {
    return this.id;
  }
  build(at: Date): TicketCommand {
    const solution =
      this.how === 'definitive' || this.how === 'temporary'
        ? { kind: 'fix' as const, nature: this.how, description: 'Fix' }
        : { kind: 'equipment-swap' as const, description: 'Swap', arrangement: this.how };
    return {
      type: 'apply-solution',
      at,
      actor: this.actor,
      interventionId: interventionId(this.id),
      solution,
    };
  }
  accepts(m: Model) {
    const i = m.interventions.get(this.id);
    if (m.status !== 'in-progress' || i === undefined) return false;
    return isHandler(m, this.actor) ? !m.awaitingAck : i.performer === this.actor.id;
  }
  apply(m: Model) {
    m.waiting = false;
    const nature =
      this.how === 'definitive' || this.how === 'replacement' ? 'definitive' : 'temporary';
    m.lastNature = nature;
    if (nature === 'definitive') {
      m.status = 'resolved';
      m.resolvedAt = m.now;
    }
  }
}

class Pause extends TicketModelCommand {
  build(at: Date): TicketCommand {
    return { type: 'pause', at, actor: this.actor, reason: 'waiting-for-user' };
  }
  accepts(m: Model) {
    return (
      m.status === 'in-progress' &&
      (isHandler(m, this.actor) || m.opener === this.actor.id) &&
      !m.waiting
    );
  }
  apply(m: Model) {
    m.waiting = true;
  }
}

class Resume extends TicketModelCommand {
  build(at: Date): TicketCommand {
    return { type: 'resume', at, actor: this.actor };
  }
  accepts(m: Model) {
    return active(m) && m.waiting && (isHandler(m, this.actor) || m.opener === this.actor.id);
  }
  apply(m: Model) {
    m.waiting = false;
  }
}

class Reopen extends TicketModelCommand {
  build(at: Date): TicketCommand {
    return { type: 'reopen', at, actor: this.actor, reason: 'Again' };
  }
  accepts(m: Model) {
    const at = m.now + this.delta * 60_000;
    return (
      (m.status === 'resolved' || m.status === 'closed') &&
      this.actor.level === 1 &&
      m.resolvedAt !== undefined &&
      at - m.resolvedAt <= 5 * DAY
    );
  }
  apply(m: Model) {
    m.status = 'in-progress';
    m.handler = this.actor;
    m.awaitingAck = ackNeeded(m, this.actor.id);
    m.resolvedAt = undefined as never;
  }
}

class Close extends TicketModelCommand {
  build(at: Date): TicketCommand {
    return { type: 'close', at, actor: this.actor };
  }
  accepts(m: Model) {
    return (
      m.status === 'resolved' &&
      m.opener === this.actor.id &&
      this.actor.level === 1 &&
      [...m.interventions.values()].every((i) => i.reported)
    );
  }
  apply(m: Model) {
    m.status = 'closed';
  }
}

const someone = fc.constantFrom(...ticketTestTechnicians);
const actor: fc.Arbitrary<Who> = fc.oneof(
  someone,
  fc.constantFrom<Who>('opener', 'handler', 'performer'),
);
const delta = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 0, max: 120 }) },
  { weight: 1, arbitrary: fc.constant(5 * 24 * 60 + 1) },
);
const id = fc.constantFrom('I-1', 'I-2', 'I-3');
const idOrPending = fc.option(id, { nil: undefined });

const note = fc.constantFrom('written' as const, 'missing' as const, 'blank' as const);
const promise = fc.constantFrom<Pledge>(
  'best-service',
  'delay-4h',
  'planned-arrival',
  'other-arrival',
  'duration',
);

const commands = [
  fc
    .tuple(actor, delta, fc.constantFrom<number | null | undefined>(null, undefined, 4, 8))
    .map(([a, d, h]) => new Open(a, d, h)),
  fc.tuple(actor, delta).map(([a, d]) => new Qualify(a, d)),
  fc
    .tuple(actor, delta, fc.option(someone, { nil: undefined }))
    .map(([a, d, s]) => new Take(a, d, s)),
  fc.tuple(actor, delta).map(([a, d]) => new Acknowledge(a, d)),
  fc.tuple(actor, delta, someone, note).map(([a, d, to, n]) => new HandOffTo(a, d, to, n)),
  fc
    .tuple(
      actor,
      delta,
      id,
      fc.option(someone, { nil: undefined }),
      fc.option(fc.integer({ min: 30, max: 600 }), { nil: undefined }),
    )
    .map(([a, d, i, s, p]) => new Intervene(a, d, i, s, p)),
  fc
    .tuple(actor, delta, fc.array(promise, { maxLength: 3 }))
    .map(([a, d, p]) => new Inform(a, d, p)),
  fc
    .tuple(delta, fc.array(promise, { minLength: 1, maxLength: 2 }))
    .map(([d, p]) => new Inform('handler', d, p)),
  fc.tuple(actor, delta, idOrPending).map(([a, d, i]) => new Report(a, d, i)),
  fc.tuple(delta).map(([d]) => new Report('performer', d, undefined)),
  fc
    .tuple(
      actor,
      delta,
      idOrPending,
      fc.constantFrom('definitive', 'temporary', 'loan', 'replacement') as fc.Arbitrary<
        'definitive' | 'temporary' | 'loan' | 'replacement'
      >,
    )
    .map(([a, d, i, h]) => new Solve(a, d, i, h)),
  fc.tuple(actor, delta).map(([a, d]) => new Pause(a, d)),
  fc.tuple(actor, delta).map(([a, d]) => new Resume(a, d)),
  fc.tuple(actor, delta).map(([a, d]) => new Reopen(a, d)),
  fc.tuple(actor, delta).map(([a, d]) => new Close(a, d)),
  fc.tuple(delta).map(([d]) => new Close('opener', d)),
  // The steps of the normal life, by whoever holds the role, so that runs reach closure.
  fc.tuple(delta).map(([d]) => new Qualify('opener', d)),
  fc.tuple(delta).map(([d]) => new Take('opener', d, undefined)),
  fc.tuple(delta, id).map(([d, i]) => new Intervene('handler', d, i, undefined)),
  fc
    .tuple(delta, fc.constantFrom('definitive' as const, 'replacement' as const))
    .map(([d, h]) => new Solve('performer', d, undefined, h)),
  fc.tuple(delta).map(([d]) => new Acknowledge('handler', d)),
  // The handler plans a visit, then promises its arrival time (§2.4), so that kept promises occur.
  fc.tuple(delta, id, someone).map(([d, i, s]) => new Intervene('handler', d, i, s, 120)),
  fc.tuple(delta).map(([d]) => new Inform('handler', d, ['planned-arrival'])),
];

const stats = { runs: 0, closed: 0, plannedArrivals: 0 };

test.prop([fc.commands(commands, { maxCommands: 150, size: 'max' })])(
  'the decider agrees with the model; refusals change nothing; closed tickets obey seed §5',
  (cmds) => {
    const real: Real = { state: initialTicketState, events: [] };
    fc.modelRun(
      () => ({
        model: {
          status: 'new' as const,
          now: start,
          awaitingAck: false,
          interventions: new Map(),
          waiting: false,
          commitments: 0,
        },
        real,
      }),
      cmds,
    );
    stats.runs++;
    if (fieldsOf(real.state).closed !== undefined || fieldsOf(real.state).reopenings.length > 0)
      stats.closed++;
    // Replaying what was recorded gives the state that was built step by step.
    expect(replayTicket(real.events)).toEqual(real.state);
  },
);

test('the model runs reach closure (the property is not vacuous)', () => {
  expect(stats.runs).toBeGreaterThan(0);
  expect(stats.closed).toBeGreaterThan(0);
  // A technician's promise of the arrival they planned themselves was accepted (§2.4).
  expect(stats.plannedArrivals).toBeGreaterThan(0);
});
