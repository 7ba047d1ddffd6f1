// Tests written for the survivors of `npm run mutation -- ticket` in src/ticket/ticket-violations.ts
// and src/ticket/ticket-shared-violations.ts (the list: docs/mutation-testing.md, « ticket »):
// a violation without details has no `details` key at all.
import { describe, expect, it } from 'vitest';
import { closureCheck, initialTicketState, ticketViolation } from '../../src/ticket/index.js';
import { alice } from './ticket-fixtures.js';

describe('violations without details (mutation survivors)', () => {
  it('ticketViolation without details: the code and both messages, no details key', () => {
    const v = ticketViolation('unknown-intervention');
    expect(v).toStrictEqual({
      code: 'unknown-intervention',
      message: {
        fr: 'Aucune intervention de ce numéro sur ce dossier.',
        en: 'No intervention with this number on this ticket.',
      },
    });
    expect(Object.keys(v)).toEqual(['code', 'message']);
  });

  it('a shared refusal without details (ticket-not-open) has no details key', () => {
    const [v] = closureCheck(initialTicketState, alice);
    expect(Object.keys(v ?? {})).toEqual(['code', 'message']);
  });
});
