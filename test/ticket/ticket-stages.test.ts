import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ticketHistoryArbitrary } from '../../src/testing/index.js';
import {
  evolveTicket,
  initialTicketState,
  replayTicket,
  type TicketEvent,
  type TicketState,
  type TicketStatus,
} from '../../src/ticket/index.js';
import { alice, openCommand, run, t } from './ticket-fixtures.js';

// issue 9 item 3: a state is one of its stages, each holding only what exists there.

const opened = [
  'version',
  'updatedAt',
  'ticketId',
  'opening',
  'policyVersion',
  'awaitingAcknowledgement',
  'callBackPending',
  'handoffs',
  'interventions',
  'solutions',
  'waiting',
  'pauses',
  'reopenings',
  'problems',
  'userInformedAt',
  'commitments',
  'rebaselines',
];
const handled = [...opened, 'qualification', 'takenInChargeAt', 'handlingMode', 'handler', 'group'];
const fieldsAt: { readonly [S in TicketStatus]: readonly string[] } = {
  new: ['version', 'updatedAt'],
  opened,
  qualified: [...opened, 'qualification'],
  'in-progress': handled,
  resolved: [...handled, 'resolvedAt'],
  closed: [...handled, 'resolvedAt', 'closed'],
  cancelled: [...handled, 'cancellation'],
};
const keysOf = (state: TicketState) =>
  Object.keys(state)
    .filter((k) => k !== 'status')
    .sort();

describe('the stages of a ticket', () => {
  test.prop([ticketHistoryArbitrary({ maxSteps: 30 })])(
    'every state the decider leads to holds exactly the fields of its stage, and what a stage promises is there',
    (h) => {
      let state: TicketState = initialTicketState;
      for (const event of h.events) {
        state = evolveTicket(state, event);
        expect(keysOf(state)).toEqual([...fieldsAt[state.status]].sort());
        if (state.status !== 'new') expect(state.opening.by.level).toBe(1);
        if (state.status === 'qualified' || state.status === 'in-progress') {
          expect(state.qualification.targets).toBeDefined();
        }
        if (state.status === 'resolved' || state.status === 'closed') {
          expect(state.solutions.at(-1)?.nature).toBe('definitive');
          expect(state.resolvedAt).toBeInstanceOf(Date);
        }
      }
    },
  );

  it('the new stage holds no opening', () => {
    expect(keysOf(initialTicketState)).toEqual(['updatedAt', 'version']);
    expect(Object.isFrozen(initialTicketState)).toBe(true);
  });
});

describe('a corrupt stream (an event its stage cannot take)', () => {
  const openEvents = run([openCommand()]).events;
  const openedState = replayTicket(openEvents);
  const closed: TicketEvent = { type: 'ticket-closed', at: t(5), by: alice };
  const paused: TicketEvent = {
    type: 'ticket-paused',
    at: t(5),
    by: alice,
    reason: 'waiting-for-user',
  };

  it('throws a TypeError naming the event and the stage, and leaves the state as it was', () => {
    expect(() => evolveTicket(openedState, closed)).toThrow(
      /event "ticket-closed" cannot apply to a ticket at stage "opened"/,
    );
    expect(() => evolveTicket(initialTicketState, paused)).toThrow(TypeError);
    expect(() => evolveTicket(openedState, openEvents[0] as TicketEvent)).toThrow(TypeError);
    expect(replayTicket(openEvents)).toEqual(openedState);
  });
});
