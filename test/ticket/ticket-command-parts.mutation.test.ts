// Tests written for the survivors of `npm run mutation -- ticket` in
// src/ticket/ticket-command-parts.ts (the list: docs/mutation-testing.md, « ticket »).
import { describe, expect, it } from 'vitest';
import { parseTicketCommand } from '../../src/ticket/index.js';
import { alice } from './ticket-fixtures.js';

describe('workingDurationSchema (mutation survivors)', () => {
  it('a promise « within no time at all » is refused with assertWorkingDuration’s reason (§2.4)', () => {
    const r = parseTicketCommand({
      type: 'inform-user',
      at: '2026-03-02T10:00:00Z',
      actor: alice,
      summary: 'We will call you back',
      commitments: [{ kind: 'contractual-delay', within: { hours: 0 } }],
    });
    expect(r.ok ? 'accepted' : r.error.map((v) => [v.code, v.details])).toEqual([
      [
        'malformed-command',
        {
          path: ['commitments', 0, 'within'],
          reason: 'a target duration must be positive, got an object.',
        },
      ],
    ]);
  });
});
