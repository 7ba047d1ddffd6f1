import { expectTypeOf, test } from 'vitest';
import {
  type ActiveTicket,
  type CancelledTicket,
  type ClosedTicket,
  type InProgressTicket,
  initialTicketState,
  type NewTicket,
  type OpenedTicket,
  type QualifiedTicket,
  type ResolvedTicket,
  replayTicket,
  type TicketOpening,
  type TicketQualification,
  type TicketState,
  type TicketStatus,
} from '../../src/ticket/index.js';
import type { Actor } from '../../src/ticket/ticket-actor.js';

// issue 9 item 3: TicketState is a union of its stages, each holding only what exists there.

test('the stages are told apart by status, one stage a status', () => {
  expectTypeOf<TicketState['status']>().toEqualTypeOf<TicketStatus>();
  expectTypeOf<Extract<TicketState, { status: 'new' }>>().toEqualTypeOf<NewTicket>();
  expectTypeOf<Extract<TicketState, { status: 'opened' }>>().toEqualTypeOf<OpenedTicket>();
  expectTypeOf<Extract<TicketState, { status: 'qualified' }>>().toEqualTypeOf<QualifiedTicket>();
  expectTypeOf<Extract<TicketState, { status: 'in-progress' }>>().toEqualTypeOf<InProgressTicket>();
  expectTypeOf<Extract<TicketState, { status: 'resolved' }>>().toEqualTypeOf<ResolvedTicket>();
  expectTypeOf<Extract<TicketState, { status: 'closed' }>>().toEqualTypeOf<ClosedTicket>();
  expectTypeOf<Extract<TicketState, { status: 'cancelled' }>>().toEqualTypeOf<CancelledTicket>();
});

test('once narrowed to an opened stage, the opening is not optional', () => {
  const state: TicketState = replayTicket([]);
  if (state.status !== 'new') {
    expectTypeOf(state.opening).toEqualTypeOf<TicketOpening>();
    expectTypeOf(state.opening.by).toEqualTypeOf<Actor>();
    expectTypeOf(state.policyVersion).toEqualTypeOf<string>();
  }
  if (state.status === 'opened') {
    expectTypeOf(state.opening).toEqualTypeOf<TicketOpening>();
    // @ts-expect-error an opened ticket is not qualified yet
    void state.qualification;
  }
  expectTypeOf<ActiveTicket['opening']>().toEqualTypeOf<TicketOpening>();
});

test('the new stage has no opening and no qualification', () => {
  const state = initialTicketState;
  if (state.status === 'new') {
    // @ts-expect-error a new ticket holds no qualification
    void state.qualification;
    // @ts-expect-error nor an opening
    void state.opening;
    expectTypeOf(state.updatedAt).toEqualTypeOf<undefined>();
  }
  // @ts-expect-error not every stage has an opening: narrow on status first
  void state.opening;
});

test('qualification from qualified on, the handler once taken in charge', () => {
  expectTypeOf<QualifiedTicket['qualification']>().toEqualTypeOf<TicketQualification>();
  expectTypeOf<InProgressTicket['qualification']>().toEqualTypeOf<TicketQualification>();
  expectTypeOf<InProgressTicket['handler']>().toEqualTypeOf<Actor>();
  expectTypeOf<ResolvedTicket['resolvedAt']>().toEqualTypeOf<Date>();
  expectTypeOf<ClosedTicket['closed']>().toEqualTypeOf<{
    readonly at: Date;
    readonly by: Actor;
  }>();
  expectTypeOf<CancelledTicket['qualification']>().toEqualTypeOf<TicketQualification | undefined>();
  expectTypeOf<InProgressTicket>().not.toHaveProperty('resolvedAt');
  expectTypeOf<QualifiedTicket>().not.toHaveProperty('handler');
  expectTypeOf<OpenedTicket>().not.toHaveProperty('qualification');
});
