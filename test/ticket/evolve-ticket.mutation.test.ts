// Tests written for the survivors of `npm run mutation -- ticket` in src/ticket/evolve-ticket.ts
// (the list: docs/mutation-testing.md, « ticket »). Each folds events straight through
// `evolveTicket` and pins the exact state, or the exact TypeError a corrupt stream gets.
import { describe, expect, it } from 'vitest';
import {
  evolveTicket,
  initialTicketState,
  type TicketEvent,
  type TicketState,
  ticketId,
} from '../../src/ticket/index.js';
import { thrownNameAndMessage as thrown } from '../core/thrown-error.js';
import { alice, bob, carol, handledByAlice, I1, openCommand, run, t } from './ticket-fixtures.js';

/** A trusted event, written by hand (the fold does not check it). */
const ev = (fields: Record<string, unknown>): TicketEvent => fields as unknown as TicketEvent;

const corrupt = (type: string, stage: string, version: number): [string, string] => [
  'TypeError',
  `Corrupt ticket stream: event "${type}" cannot apply to a ticket at stage "${stage}" (version ${version}).`,
];

const targets = { takeInCharge: 60, resolution: 480 };
const newTargets = { takeInCharge: 30, resolution: 240 };

/** Opened by alice at t(0) (version 1). */
const opened = (): TicketState => run([openCommand()]).state;
/** Opened then qualified (version 2). */
const qualified = (): TicketState =>
  run([
    openCommand(),
    { type: 'qualify', at: t(2), actor: alice, impact: 'user', urgency: 'blocked' },
  ]).state;
/** Opened, qualified and taken in charge by alice (version 3). */
const inProgress = (): TicketState => run(handledByAlice).state;
const definitive = (at: Date) =>
  ev({
    type: 'solution-applied',
    at,
    by: alice,
    interventionId: I1,
    nature: 'definitive',
    description: 'Rebuilt the heading styles',
  });
/** Resolved at t(10) (version 4). */
const resolved = (): TicketState => evolveTicket(inProgress(), definitive(t(10)));
const cancel = (at: Date, extra: Record<string, unknown> = {}) =>
  ev({ type: 'ticket-cancelled', at, by: alice, reason: 'user-withdrew', ...extra });
const informed = (at: Date, extra: Record<string, unknown> = {}) =>
  ev({ type: 'user-informed', at, by: alice, summary: 'Told the user', ...extra });
const qualification = (s: TicketState) => (s as { qualification?: unknown }).qualification;
const field = (s: TicketState, name: string): unknown =>
  (s as unknown as Record<string, unknown>)[name];

describe('evolveTicket: the next state of each stage (mutation survivors)', () => {
  it('counts one version more on an opened and on a cancelled ticket', () => {
    const o = opened();
    expect(evolveTicket(o, informed(t(1))).version).toBe(2);
    expect(evolveTicket(o, cancel(t(1))).version).toBe(2);
  });

  it('refuses any event after a cancellation: decideTicket never emits one there', () => {
    const c = evolveTicket(inProgress(), cancel(t(5)));
    expect(thrown(() => evolveTicket(c, informed(t(6))))).toEqual(
      corrupt('user-informed', 'cancelled', 4),
    );
    const rebaseline = ev({
      type: 'policy-rebaselined',
      at: t(6),
      by: alice,
      fromVersion: 'seed',
      toVersion: 'acme',
      reason: 'New contract',
    });
    expect(thrown(() => evolveTicket(c, rebaseline))).toEqual(
      corrupt('policy-rebaselined', 'cancelled', 4),
    );
    expect(thrown(() => evolveTicket(c, definitive(t(6))))).toEqual(
      corrupt('solution-applied', 'cancelled', 4),
    );
  });

  it('keeps every instant the user was informed, in order', () => {
    const s = evolveTicket(evolveTicket(opened(), informed(t(1))), informed(t(2)));
    expect(field(s, 'userInformedAt')).toEqual([t(1), t(2)]);
  });
});

describe('evolveTicket: a corrupt stream (mutation survivors)', () => {
  it('refuses an event before the ticket is opened', () => {
    for (const type of ['handling-acknowledged', 'user-informed']) {
      expect(
        thrown(() => evolveTicket(initialTicketState, ev({ type, at: t(1), by: alice }))),
      ).toEqual(corrupt(type, 'new', 0));
    }
    expect(thrown(() => evolveTicket(initialTicketState, definitive(t(1))))).toEqual(
      corrupt('solution-applied', 'new', 0),
    );
    const take = ev({
      type: 'ticket-taken-in-charge',
      at: t(1),
      by: bob,
      mode: 'direct',
      handler: bob,
    });
    expect(thrown(() => evolveTicket(initialTicketState, take))).toEqual(
      corrupt('ticket-taken-in-charge', 'new', 0),
    );
  });

  it('refuses a taking in charge of a ticket cancelled or not qualified yet', () => {
    const take = ev({
      type: 'ticket-taken-in-charge',
      at: t(6),
      by: bob,
      mode: 'direct',
      handler: bob,
    });
    expect(thrown(() => evolveTicket(opened(), take))).toEqual(
      corrupt('ticket-taken-in-charge', 'opened', 1),
    );
    const c = evolveTicket(qualified(), cancel(t(5)));
    expect(thrown(() => evolveTicket(c, take))).toEqual(
      corrupt('ticket-taken-in-charge', 'cancelled', 3),
    );
  });

  it('refuses a hand-off of a ticket nobody has taken in charge', () => {
    const handoff = ev({
      type: 'ticket-handed-off',
      at: t(6),
      by: alice,
      to: bob,
      kind: 'functional',
      rationale: 'skills',
    });
    expect(thrown(() => evolveTicket(opened(), handoff))).toEqual(
      corrupt('ticket-handed-off', 'opened', 1),
    );
    expect(thrown(() => evolveTicket(qualified(), handoff))).toEqual(
      corrupt('ticket-handed-off', 'qualified', 2),
    );
  });

  it('refuses a definitive solution on a ticket not in progress', () => {
    expect(thrown(() => evolveTicket(qualified(), definitive(t(6))))).toEqual(
      corrupt('solution-applied', 'qualified', 2),
    );
  });

  it('refuses a reopening of a ticket not resolved nor closed', () => {
    const reopen = ev({ type: 'ticket-reopened', at: t(6), by: alice, reason: 'Still broken' });
    expect(thrown(() => evolveTicket(inProgress(), reopen))).toEqual(
      corrupt('ticket-reopened', 'in-progress', 3),
    );
  });

  it('refuses a cancellation of a resolved ticket', () => {
    expect(thrown(() => evolveTicket(resolved(), cancel(t(11))))).toEqual(
      corrupt('ticket-cancelled', 'resolved', 4),
    );
  });

  it('names a type that is not a string, without reading it as a key', () => {
    expect(thrown(() => evolveTicket(initialTicketState, null as never))).toEqual([
      'TypeError',
      'evolveTicket: unknown ticket event type undefined: expected one of the ticketEventTypes.',
    ]);
    expect(thrown(() => evolveTicket(initialTicketState, undefined as never))).toEqual([
      'TypeError',
      'evolveTicket: unknown ticket event type undefined: expected one of the ticketEventTypes.',
    ]);
    const listed = { ...(openCommand() as object), type: ['ticket-opened'] };
    const [kind, message] = thrown(() => evolveTicket(initialTicketState, listed as never));
    expect(kind).toBe('TypeError');
    expect(message).toBe(
      'evolveTicket: unknown ticket event type an array: expected one of the ticketEventTypes.',
    );
  });
});

describe('evolveTicket: what each event records (mutation survivors)', () => {
  it('refuses a qualification of a ticket cancelled before its qualification', () => {
    // decideTicket never emits it there: the stream is corrupt, the fold stops.
    const c = evolveTicket(opened(), cancel(t(5)));
    const q = ev({
      type: 'ticket-qualified',
      at: t(6),
      by: alice,
      impact: 'user',
      urgency: 'blocked',
      matrixPriority: 3,
      priority: 3,
      targets,
    });
    expect(thrown(() => evolveTicket(c, q))).toEqual(corrupt('ticket-qualified', 'cancelled', 2));
  });

  it('adds no override key to a qualification without one', () => {
    const q = qualification(qualified()) as object;
    expect(Object.hasOwn(q, 'override')).toBe(false);
  });

  it('adds no supplier nor plannedFor key to an on-site intervention without them', () => {
    const s = evolveTicket(
      inProgress(),
      ev({
        type: 'intervention-started',
        at: t(5),
        by: alice,
        interventionId: I1,
        performer: bob,
        mode: 'on-site',
        route: 'on-site',
        request: { reason: 'Swap the PC' },
      }),
    );
    const [record] = field(s, 'interventions') as object[];
    expect(Object.keys(record ?? {}).sort()).toEqual(
      ['id', 'mode', 'performer', 'request', 'startedAt', 'startedBy'].sort(),
    );
  });

  it('adds no swap key to a solution without one', () => {
    const [solution] = field(resolved(), 'solutions') as object[];
    expect(Object.hasOwn(solution ?? {}, 'swap')).toBe(false);
  });

  it('records a reopening: when, by whom and why', () => {
    const s = evolveTicket(
      resolved(),
      ev({ type: 'ticket-reopened', at: t(20), by: carol, reason: 'Still broken' }),
    );
    expect(field(s, 'reopenings')).toEqual([{ at: t(20), by: carol, reason: 'Still broken' }]);
  });

  it('leaves a pause already closed as it was when the ticket is cancelled', () => {
    const paused = evolveTicket(
      inProgress(),
      ev({ type: 'ticket-paused', at: t(5), by: alice, reason: 'user-unavailable' }),
    );
    const resumed = evolveTicket(paused, ev({ type: 'ticket-resumed', at: t(7), by: alice }));
    const c = evolveTicket(resumed, cancel(t(9)));
    expect(field(c, 'pauses')).toEqual([{ reason: 'user-unavailable', from: t(5), to: t(7) }]);
  });
});

describe('evolveTicket: a cancellation keeps what the ticket held (mutation survivors)', () => {
  it('keeps the handling of a ticket in progress', () => {
    const c = evolveTicket(inProgress(), cancel(t(5)));
    expect(c.status).toBe('cancelled');
    expect(field(c, 'handler')).toEqual(alice);
    expect(field(c, 'takenInChargeAt')).toEqual(t(3));
    expect(field(c, 'handlingMode')).toBe('direct');
    expect(qualification(c)).toEqual(qualification(inProgress()));
  });

  it('keeps the qualification of a qualified ticket, and no handling', () => {
    const q = qualified();
    const c = evolveTicket(q, cancel(t(5)));
    expect(c.status).toBe('cancelled');
    expect(qualification(c)).toEqual(qualification(q));
    expect(qualification(c)).not.toBeUndefined();
    expect(field(c, 'handler')).toBeUndefined();
    expect(field(c, 'takenInChargeAt')).toBeUndefined();
  });

  it('records the duplicate and the note when given, and no such keys otherwise', () => {
    const with_ = evolveTicket(
      opened(),
      cancel(t(5), { reason: 'duplicate', duplicateOf: ticketId('T-0'), note: 'Same call' }),
    );
    expect(field(with_, 'cancellation')).toEqual({
      at: t(5),
      by: alice,
      reason: 'duplicate',
      duplicateOf: ticketId('T-0'),
      note: 'Same call',
    });
    const without = field(evolveTicket(opened(), cancel(t(5))), 'cancellation') as object;
    expect(without).toEqual({ at: t(5), by: alice, reason: 'user-withdrew' });
    expect(Object.keys(without).sort()).toEqual(['at', 'by', 'reason']);
  });
});

describe('evolveTicket: a policy rebaseline (mutation survivors)', () => {
  const rebaseline = (extra: Record<string, unknown> = {}) =>
    ev({
      type: 'policy-rebaselined',
      at: t(8),
      by: bob,
      fromVersion: 'seed',
      toVersion: 'v2',
      reason: 'New contract',
      ...extra,
    });

  it('records the rebaseline', () => {
    expect(field(evolveTicket(opened(), rebaseline()), 'rebaselines')).toEqual([
      { at: t(8), fromVersion: 'seed', toVersion: 'v2', reason: 'New contract' },
    ]);
  });

  it('gives a qualified ticket the new targets, and keeps the rest of its qualification', () => {
    const q = qualified();
    const n = evolveTicket(q, rebaseline({ targets: newTargets }));
    expect(qualification(n)).toEqual({ ...(qualification(q) as object), targets: newTargets });
  });

  it('keeps the targets when the rebaseline gives none', () => {
    const q = qualified();
    const n = evolveTicket(q, rebaseline());
    expect(qualification(n)).toStrictEqual(qualification(q));
  });

  it('gives no qualification to a ticket not qualified', () => {
    const o = evolveTicket(opened(), rebaseline({ targets: newTargets }));
    expect(Object.hasOwn(o, 'qualification')).toBe(false);
  });
});
