import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ticketCommandArbitrary } from '../../../src/testing/index.js';
import {
  type CancelTicket,
  decideTicket,
  parseTicketCommand,
  ticketCommandTypes,
  ticketEventTypes,
  ticketId,
  ticketViolationCodes,
} from '../../../src/ticket/index.js';
import {
  alice,
  bob,
  carol,
  handledByAlice,
  I1,
  openCommand,
  refusal,
  run,
  t,
} from '../ticket-fixtures.js';
import { fieldsOf } from '../ticket-stage-view.js';

const cancel = (overrides: Partial<CancelTicket> = {}): CancelTicket =>
  ({
    type: 'cancel',
    at: t(10),
    actor: alice,
    reason: 'opened-in-error',
    ...overrides,
  }) as CancelTicket;

describe('cancel: a call that needs no solution', () => {
  it('is one of the commands, with its event and its codes', () => {
    expect(ticketCommandTypes).toContain('cancel');
    expect(ticketEventTypes).toContain('ticket-cancelled');
    expect(ticketViolationCodes).toEqual(
      expect.arrayContaining([
        'ticket-cancelled',
        'solution-already-applied',
        'duplicate-of-itself',
      ]),
    );
  });

  it('cancels a call opened in error, right after the opening, and the ticket is terminal', () => {
    const { state, events } = run([openCommand(), cancel({ note: 'Wrong caller' })]);
    expect(events.at(-1)).toEqual({
      type: 'ticket-cancelled',
      at: t(10),
      by: alice,
      reason: 'opened-in-error',
      note: 'Wrong caller',
    });
    expect(state.status).toBe('cancelled');
    expect(fieldsOf(state).cancellation).toEqual({
      at: t(10),
      by: alice,
      reason: 'opened-in-error',
      note: 'Wrong caller',
    });
    for (const command of [
      cancel({ at: t(11) }),
      { type: 'close', at: t(11), actor: alice } as const,
      { type: 'reopen', at: t(11), actor: alice, reason: 'x' } as const,
      { type: 'link-problem', at: t(11), actor: alice, problemId: 'PB-1' } as never,
      { type: 'qualify', at: t(11), actor: alice, impact: 'user', urgency: 'blocked' } as const,
    ]) {
      expect(refusal(command, state)).toEqual(['ticket-cancelled']);
    }
  });

  it('names the open ticket a duplicate repeats, and refuses a duplicate of itself', () => {
    const opened = run([openCommand()]).state;
    const duplicate = cancel({
      reason: 'duplicate',
      duplicateOf: ticketId('T-0'),
    } as Partial<CancelTicket>);
    const r = decideTicket(duplicate, opened);
    expect(r.ok && r.value).toEqual([
      { type: 'ticket-cancelled', at: t(10), by: alice, reason: 'duplicate', duplicateOf: 'T-0' },
    ]);
    expect(
      refusal(
        cancel({ reason: 'duplicate', duplicateOf: ticketId('T-1') } as Partial<CancelTicket>),
        opened,
      ),
    ).toEqual(['duplicate-of-itself']);
    // A duplicate without the ticket it repeats is malformed, with its path.
    const bad = decideTicket(cancel({ reason: 'duplicate' }), opened);
    expect(bad.ok ? [] : bad.error.map((v) => [v.code, v.details?.path])).toEqual([
      ['malformed-command', ['duplicateOf']],
    ]);
  });

  it('is withdrawn by the user while in progress, and a running wait ends with it', () => {
    const { state } = run([
      ...handledByAlice,
      { type: 'pause', at: t(5), actor: alice, reason: 'waiting-for-user' },
      cancel({ reason: 'withdrawn-by-user' }),
    ]);
    expect(state.status).toBe('cancelled');
    expect(fieldsOf(state).waiting).toBeUndefined();
    expect(fieldsOf(state).pauses).toEqual([{ reason: 'waiting-for-user', from: t(5), to: t(10) }]);
  });

  it('only the level-1 technician who opened the call cancels it (§5.2 by analogy)', () => {
    const handled = run(handledByAlice).state;
    expect(refusal(cancel({ actor: carol }), handled)).toEqual(['not-the-opener']);
    expect(refusal(cancel({ actor: bob }), handled)).toEqual(['not-level-1']);
    expect(refusal(cancel({ actor: { ...alice, level: 2 } }), handled)).toEqual(['not-level-1']);
  });

  it('is refused once any solution was applied (a loan too), and once closed', () => {
    const withSolution = [
      ...handledByAlice,
      { type: 'start-intervention', at: t(4), actor: alice, interventionId: I1, nature: 'Remote' },
      {
        type: 'apply-solution',
        at: t(6),
        actor: alice,
        interventionId: I1,
        solution: { kind: 'fix', nature: 'temporary', description: 'Workaround' },
      },
    ] as const;
    const temporary = run(withSolution).state;
    expect(refusal(cancel(), temporary)).toEqual(['solution-already-applied']);
    const closed = run([
      ...withSolution,
      {
        type: 'apply-solution',
        at: t(7),
        actor: alice,
        interventionId: I1,
        solution: { kind: 'fix', nature: 'definitive', description: 'Fixed' },
      },
      {
        type: 'record-report',
        at: t(8),
        actor: alice,
        interventionId: I1,
        report: { summary: 'Done', outcome: 'finished' },
      },
      { type: 'close', at: t(9), actor: alice },
    ]).state;
    expect(refusal(cancel(), closed)).toEqual(['ticket-closed']);
  });

  it('parses from JSON, trimmed and branded', () => {
    const r = parseTicketCommand({
      type: 'cancel',
      at: '2026-03-02T09:10:00Z',
      actor: { id: 'alice', level: 1 },
      reason: 'duplicate',
      duplicateOf: ' T-0 ',
    });
    expect(r.ok && r.value).toEqual({
      type: 'cancel',
      at: t(10),
      actor: alice,
      reason: 'duplicate',
      duplicateOf: 'T-0',
    });
    const bad = parseTicketCommand({ type: 'cancel', at: t(10), actor: alice, reason: 'bored' });
    expect(bad.ok ? [] : bad.error.map((v) => v.details?.path)).toEqual([['reason']]);
  });

  test.prop([
    ticketCommandArbitrary(),
    fc.constantFrom('opened-in-error', 'withdrawn-by-user' as const),
  ])(
    'a cancelled ticket refuses every later command, an open too, with ticket-cancelled',
    (command, reason) => {
      const { state } = run([openCommand(), cancel({ at: t(1), reason })]);
      const later = { ...command, at: new Date(Math.max(command.at.getTime(), t(1).getTime())) };
      const r = decideTicket(later as typeof command, state);
      expect(r.ok ? [] : r.error.map((v) => v.code)).toEqual(['ticket-cancelled']);
    },
  );
});
