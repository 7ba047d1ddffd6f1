// Tests written for the survivors of `npm run mutation -- ticket` in
// src/ticket/commands/apply-solution.ts (the list: docs/mutation-testing.md, « ticket »).
import { describe, expect, it } from 'vitest';
import { decideTicket } from '../../../src/ticket/index.js';
import { alice, handledByAlice, run, startTocRebuild, t, tocFix } from '../ticket-fixtures.js';

// Mme Martin's table of contents (§5.1): alice rebuilds it and applies a definitive fix.
const started = () => run([...handledByAlice, startTocRebuild]).state;
const fix = tocFix;

describe('apply-solution (mutation survivors)', () => {
  it('a solution on a call that is not paused emits the solution alone, no resumption', () => {
    const r = decideTicket(fix, started());
    expect(r.ok ? r.value.map((e) => e.type) : r.error).toEqual(['solution-applied']);
  });

  it('a solution on a paused call resumes it first', () => {
    const paused = run(
      [{ type: 'pause', at: t(5), actor: alice, reason: 'waiting-for-user' }],
      undefined,
      started(),
    ).state;
    const r = decideTicket(fix, paused);
    expect(r.ok ? r.value.map((e) => e.type) : r.error).toEqual([
      'ticket-resumed',
      'solution-applied',
    ]);
  });
});
