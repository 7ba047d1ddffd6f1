// Tests written for the survivors of `npm run mutation -- ticket` in src/ticket/commands/reopen.ts
// (the list: docs/mutation-testing.md, « ticket »).
import { describe, expect, it } from 'vitest';
import { decideTicket } from '../../../src/ticket/index.js';
import { bob, handledByAlice, run, startTocRebuild, t, tocFix } from '../ticket-fixtures.js';

// Mme Martin's table of contents, fixed by alice with a definitive solution (§5.1).
const resolved = () => run([...handledByAlice, startTocRebuild, tocFix]).state;

describe('reopen (mutation survivors)', () => {
  it('a reopening at level 2 is refused, naming the level (§5.1: the level 1 reopens)', () => {
    const r = decideTicket(
      { type: 'reopen', at: t(10), actor: bob, reason: 'Still broken' },
      resolved(),
    );
    expect(r.ok ? 'accepted' : r.error.map((v) => [v.code, v.details])).toEqual([
      ['not-level-1', { level: 2 }],
    ]);
  });
});
