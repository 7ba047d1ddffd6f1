// Tests written for the survivors of `npm run mutation -- ticket` in src/ticket/decide-ticket.ts
// (the list: docs/mutation-testing.md, « ticket »).
import { describe, expect, it } from 'vitest';
import { decideTicket, initialTicketState } from '../../src/ticket/index.js';

describe('decideTicket reads the command (mutation survivors)', () => {
  it('a command that is not an object: an empty path, the reason names « the command »', () => {
    const r = decideTicket(5 as never, initialTicketState);
    expect(r.ok ? 'accepted' : r.error.map((v) => [v.code, v.details])).toEqual([
      ['malformed-command', { path: [], reason: 'the command: expected an object, got 5' }],
    ]);
  });
});
