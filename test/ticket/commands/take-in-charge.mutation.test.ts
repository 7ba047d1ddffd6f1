// Tests written for the survivors of `npm run mutation -- ticket` in
// src/ticket/commands/take-in-charge.ts (the list: docs/mutation-testing.md, « ticket »).
import { describe, expect, it } from 'vitest';
import { decideTicket } from '../../../src/ticket/index.js';
import { alice, handledByAlice, run } from '../ticket-fixtures.js';

describe('take-in-charge (mutation survivors)', () => {
  it('taken in charge without a group: the event carries no group key', () => {
    const qualified = run(handledByAlice.slice(0, 2)).state;
    const command = handledByAlice[2];
    const r = decideTicket(command as never, qualified);
    const [event] = r.ok ? r.value : [];
    expect(event).toStrictEqual({
      type: 'ticket-taken-in-charge',
      at: command?.at,
      by: alice,
      mode: 'direct',
      handler: alice,
    });
    expect(Object.hasOwn(event ?? {}, 'group')).toBe(false);
  });
});
