// Tests written for the survivors of `npm run mutation -- ticket` in src/ticket/ticket-guards.ts
// (the list: docs/mutation-testing.md, « ticket »).
import { describe, expect, it } from 'vitest';
import { decideTicket } from '../../src/ticket/index.js';
import { handledByAlice, run, startTocRebuild } from './ticket-fixtures.js';

describe('handlerGuard (mutation survivors)', () => {
  it('an intervention on a call not taken in charge is refused, naming its status (§6.1)', () => {
    const qualified = run(handledByAlice.slice(0, 2)).state;
    const r = decideTicket(startTocRebuild, qualified);
    expect(r.ok ? 'accepted' : r.error.map((v) => [v.code, v.details])).toEqual([
      ['not-in-progress', { status: 'qualified' }],
    ]);
  });
});
