// Tests written for the survivors of `npm run mutation -- ticket` in
// src/ticket/commands/rebaseline-policy.ts (the list: docs/mutation-testing.md, « ticket »).
import { describe, expect, it } from 'vitest';
import { defaultSlaTable, defineSlaTable } from '../../../src/sla/index.js';
import {
  decideTicket,
  defaultTicketPolicy,
  defineTicketPolicy,
} from '../../../src/ticket/index.js';
import { alice, handledByAlice, openCommand, run, t } from '../ticket-fixtures.js';

const rebaseline = {
  type: 'rebaseline-policy',
  at: t(20),
  actor: alice,
  reason: 'New contract',
} as const;

describe('rebaseline-policy (mutation survivors)', () => {
  it('an opened call, not yet qualified, is re-baselined without targets', () => {
    const v2 = defineTicketPolicy({ version: 'v2' });
    const opened = run([openCommand()]).state;
    const r = decideTicket(rebaseline, opened, v2);
    expect(r.ok ? r.value : r.error).toStrictEqual([
      {
        type: 'policy-rebaselined',
        at: t(20),
        by: alice,
        fromVersion: defaultTicketPolicy.version,
        toVersion: 'v2',
        reason: 'New contract',
      },
    ]);
  });

  it("a policy whose SLA table has no target for the call's priority is refused, naming it", () => {
    // The call is priority 3 (user, blocked: §2.5); the new table stops at priority 2.
    const v2 = defineTicketPolicy({
      version: 'v2',
      slaTable: defineSlaTable(
        {
          1: defaultSlaTable.targets.get(1) as never,
          2: defaultSlaTable.targets.get(2) as never,
        },
        { priorities: [1, 2] },
      ) as never,
    });
    const handled = run(handledByAlice).state;
    const r = decideTicket(rebaseline, handled, v2);
    expect(r.ok ? 'accepted' : r.error.map((v) => [v.code, v.details])).toEqual([
      ['unknown-priority', { priority: 3 }],
    ]);
  });
});
