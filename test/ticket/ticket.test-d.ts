import { match } from 'ts-pattern';
import { expectTypeOf, test } from 'vitest';
import type { RuleViolation } from '../../src/core/rule-violation.js';
import type { UserCommitment } from '../../src/handling/index.js';
import type { Decider } from '../../src/storage/command-handler.js';
import {
  type Actor,
  decideTicket,
  evolveTicket,
  type HandOff,
  type HandoffNote,
  type HandoffRecord,
  type InformUser,
  initialTicketState,
  interventionId,
  type OpenedTicketRecord,
  type TicketCommand,
  type TicketEvent,
  type TicketHandedOff,
  type TicketId,
  type TicketPolicy,
  type TicketState,
  type TicketViolationCode,
  technicianId,
  type ticketCommandTypes,
  ticketDecider,
  type ticketEventTypes,
  ticketId,
  type ticketViolationCodes,
  type UserCommitmentRecord,
  type UserInformed,
} from '../../src/ticket/index.js';

const alice: Actor = { id: technicianId('alice'), level: 1 };

test('the ticket decider has the storage Decider shape', () => {
  expectTypeOf(ticketDecider).toExtend<
    Decider<TicketCommand, TicketEvent, TicketState, readonly RuleViolation[]>
  >();
});

test('the runtime lists of types and codes are exactly the unions', () => {
  expectTypeOf<(typeof ticketCommandTypes)[number]>().toEqualTypeOf<TicketCommand['type']>();
  expectTypeOf<(typeof ticketEventTypes)[number]>().toEqualTypeOf<TicketEvent['type']>();
  expectTypeOf<(typeof ticketViolationCodes)[number]>().toEqualTypeOf<TicketViolationCode>();
});

test('ids are branded: one kind of id is not another', () => {
  const id: TicketId = ticketId('T-1');
  expectTypeOf(id).toExtend<string>();
  // @ts-expect-error a technician id is not a ticket id
  const wrong: TicketId = technicianId('alice');
  // @ts-expect-error a plain string is not a technician id
  const plain: Actor = { id: 'alice', level: 1 };
  // @ts-expect-error there is no level 4
  const level4: Actor = { id: technicianId('alice'), level: 4 };
  void [wrong, plain, level4];
});

test('commands are checked by type', () => {
  const deferred = {
    type: 'take-in-charge',
    at: new Date(0),
    actor: alice,
    mode: 'deferred',
  } as const;
  // @ts-expect-error a deferred take-in-charge names its assignee
  decideTicket(deferred, initialTicketState);
  const report = {
    type: 'record-report',
    at: new Date(0),
    actor: alice,
    interventionId: 'I-1',
    report: { summary: 's', outcome: 'finished' },
  } as const;
  // @ts-expect-error a report names an intervention id, not a plain string
  decideTicket(report, initialTicketState);
  decideTicket(
    {
      type: 'apply-solution',
      at: new Date(0),
      actor: alice,
      interventionId: interventionId('I-1'),
      // @ts-expect-error a fix states its nature
      solution: { kind: 'fix', description: 'x' },
    },
    initialTicketState,
  );
  // @ts-expect-error commands are not events
  evolveTicket(initialTicketState, { type: 'close', at: new Date(0), actor: alice });
});

test('a match over commands or events must cover every type', () => {
  const describeCommand = (c: TicketCommand) =>
    match(c)
      .with({ type: 'open' }, () => 'open')
      .with({ type: 'close' }, () => 'close')
      // @ts-expect-error not exhaustive: the other command types are missing
      .exhaustive();
  const describeEvent = (e: TicketEvent) =>
    match(e)
      .with({ type: 'ticket-opened' }, () => 'opened')
      // @ts-expect-error not exhaustive: the other event types are missing
      .exhaustive();
  expectTypeOf(describeCommand).returns.toEqualTypeOf<string>();
  expectTypeOf(describeEvent).returns.toEqualTypeOf<string>();
});

test('a decision is events or violations', () => {
  const r = decideTicket({ type: 'close', at: new Date(0), actor: alice }, initialTicketState);
  if (r.ok) expectTypeOf(r.value).toEqualTypeOf<readonly TicketEvent[]>();
  else expectTypeOf(r.error).toEqualTypeOf<readonly RuleViolation[]>();
});

test('a hand-off note and promises to the user are optional, typed fields (§4.3.1, §2.4)', () => {
  expectTypeOf<HandOff['note']>().toEqualTypeOf<HandoffNote | undefined>();
  expectTypeOf<TicketHandedOff['note']>().toEqualTypeOf<HandoffNote | undefined>();
  expectTypeOf<HandoffRecord['note']>().toEqualTypeOf<HandoffNote | undefined>();
  expectTypeOf<InformUser['commitments']>().toEqualTypeOf<readonly UserCommitment[] | undefined>();
  expectTypeOf<UserInformed['commitments']>().toEqualTypeOf<
    readonly UserCommitment[] | undefined
  >();
  expectTypeOf<OpenedTicketRecord['commitments']>().toEqualTypeOf<
    readonly UserCommitmentRecord[]
  >();
  expectTypeOf<TicketPolicy['requireHandoffNote']>().toEqualTypeOf<boolean>();
  const handOff: HandOff = {
    type: 'hand-off',
    at: new Date(0),
    actor: alice,
    to: { id: technicianId('bob'), level: 2 },
    situation: { cause: 'beyond-competence' },
  };
  decideTicket(
    { ...handOff, note: { diagnosis: 'Driver conflict', done: 'Reinstalled' } },
    initialTicketState,
  );
  // @ts-expect-error a note says what was done too
  decideTicket({ ...handOff, note: { diagnosis: 'Driver conflict' } }, initialTicketState);
  // @ts-expect-error with exact optional properties, an absent note is left out, not undefined
  const undefinedNote: HandOff = { ...handOff, note: undefined };
  const inform: InformUser = { type: 'inform-user', at: new Date(0), actor: alice, summary: 'x' };
  decideTicket(
    { ...inform, commitments: [{ kind: 'arrival-time', at: new Date(0) }] },
    initialTicketState,
  );
  decideTicket(
    // @ts-expect-error an arrival time is a Date, not a text
    { ...inform, commitments: [{ kind: 'arrival-time', at: '14 h' }] },
    initialTicketState,
  );
  // @ts-expect-error a promise is one of the UserCommitment kinds
  const soon: InformUser = { ...inform, commitments: [{ kind: 'soon' }] };
  void [undefinedNote, soon];
});
