// Tests written for the survivors of `npm run mutation -- ticket` in src/ticket/commands/qualify.ts
// (the list: docs/mutation-testing.md, « ticket »).
import { describe, expect, it } from 'vitest';
import { defaultSlaTable, defineSlaTable } from '../../../src/sla/index.js';
import { decideTicket, defineTicketPolicy } from '../../../src/ticket/index.js';
import { alice, openCommand, run, t } from '../ticket-fixtures.js';

// A desk whose SLA table has no target for priority 4 (its matrix, the seed's, still gives it).
const withoutP4 = defineTicketPolicy({
  version: 'no-p4',
  slaTable: defineSlaTable(
    {
      1: defaultSlaTable.targets.get(1) as never,
      2: defaultSlaTable.targets.get(2) as never,
      3: defaultSlaTable.targets.get(3) as never,
    },
    { priorities: [1, 2, 3] },
  ) as never,
});

describe('qualify (mutation survivors)', () => {
  it('a priority the SLA table has no target for is refused, naming it', () => {
    const opened = run([openCommand()], withoutP4).state;
    const r = decideTicket(
      {
        type: 'qualify',
        at: t(2),
        actor: alice,
        impact: 'user',
        urgency: 'blocked',
        priority: 4,
        reason: 'The user has a workaround',
      },
      opened,
      withoutP4,
    );
    expect(r.ok ? 'accepted' : r.error.map((v) => [v.code, v.details])).toEqual([
      ['unknown-priority', { priority: 4 }],
    ]);
  });
});
