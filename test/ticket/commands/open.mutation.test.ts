// Tests written for the survivors of `npm run mutation -- ticket` in src/ticket/commands/open.ts
// (the list: docs/mutation-testing.md, « ticket »).
import { describe, expect, it } from 'vitest';
import { decideTicket, initialTicketState } from '../../../src/ticket/index.js';
import { bob, openCommand } from '../ticket-fixtures.js';

describe('open (mutation survivors)', () => {
  it('a call opened at level 2 is refused, naming the level (§1.2: level 1 opens the call)', () => {
    const r = decideTicket(openCommand({ actor: bob }), initialTicketState);
    expect(r.ok ? 'accepted' : r.error.map((v) => [v.code, v.details])).toEqual([
      ['not-level-1', { level: 2 }],
    ]);
  });
});
