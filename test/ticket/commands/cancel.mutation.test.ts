// Tests written for the survivors of `npm run mutation -- ticket` in src/ticket/commands/cancel.ts
// (the list: docs/mutation-testing.md, « ticket »). The event carries `duplicateOf` and `note`
// only when given: a key holding `undefined` is a different event for a caller that stores or
// compares them (exactOptionalPropertyTypes).
import { describe, expect, it } from 'vitest';
import { decideTicket, ticketId } from '../../../src/ticket/index.js';
import { alice, openCommand, run, t } from '../ticket-fixtures.js';

const opened = () => run([openCommand()]).state;
const emitted = (command: unknown) => {
  const r = decideTicket(command as never, opened());
  if (!r.ok) throw new Error(`refused: ${r.error.map((v) => v.code).join(', ')}`);
  return r.value;
};

describe('cancel (mutation survivors)', () => {
  it('a cancellation without a note and not a duplicate carries neither key', () => {
    const [event] = emitted({ type: 'cancel', at: t(1), actor: alice, reason: 'opened-in-error' });
    expect(event).toStrictEqual({
      type: 'ticket-cancelled',
      at: t(1),
      by: alice,
      reason: 'opened-in-error',
    });
    expect(Object.keys(event ?? {})).toEqual(['type', 'at', 'by', 'reason']);
  });

  it('a duplicate names the ticket it duplicates; a note is kept', () => {
    const [event] = emitted({
      type: 'cancel',
      at: t(1),
      actor: alice,
      reason: 'duplicate',
      duplicateOf: 'T-0',
      note: 'Same call as this morning',
    });
    expect(event).toStrictEqual({
      type: 'ticket-cancelled',
      at: t(1),
      by: alice,
      reason: 'duplicate',
      duplicateOf: ticketId('T-0'),
      note: 'Same call as this morning',
    });
  });

  it('a duplicate without a note carries no note key', () => {
    const [event] = emitted({
      type: 'cancel',
      at: t(1),
      actor: alice,
      reason: 'duplicate',
      duplicateOf: 'T-0',
    });
    expect(Object.keys(event ?? {})).toEqual(['type', 'at', 'by', 'reason', 'duplicateOf']);
  });
});
