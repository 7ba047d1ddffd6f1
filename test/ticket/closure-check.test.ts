import { describe, expect, it } from 'vitest';
import {
  closureCheck,
  initialTicketState,
  type TicketCommand,
  ticketViolationMessages,
} from '../../src/ticket/index.js';
import {
  alice,
  bob,
  carol,
  handledByAlice,
  I1,
  I2,
  openCommand,
  run,
  t,
} from './ticket-fixtures.js';

/** What closureCheck reports: each reason's code and details, in order. */
const reasons = (commands: readonly TicketCommand[], actor = alice) =>
  closureCheck(run(commands).state, actor).map((v) => ({ code: v.code, details: v.details }));

const start = (at: number, interventionId = I1): TicketCommand => ({
  type: 'start-intervention',
  at: t(at),
  actor: alice,
  interventionId,
  nature: 'Rebuild the table of contents',
});
const solve = (
  at: number,
  nature: 'definitive' | 'temporary',
  interventionId = I1,
): TicketCommand => ({
  type: 'apply-solution',
  at: t(at),
  actor: alice,
  interventionId,
  solution: { kind: 'fix', nature, description: nature === 'definitive' ? 'Fixed' : 'Workaround' },
});
const report = (at: number, interventionId = I1): TicketCommand => ({
  type: 'record-report',
  at: t(at),
  actor: alice,
  interventionId,
  report: { summary: 'Done', outcome: 'finished' },
});
const solved: readonly TicketCommand[] = [
  ...handledByAlice,
  start(5),
  solve(20, 'definitive'),
  report(21),
];

describe('closureCheck: who may close, and when (seed §5.1, §5.2, §6)', () => {
  it('lets the level-1 opener close once a definitive solution is applied and reported', () => {
    expect(reasons(solved)).toEqual([]);
  });

  it('refuses while no solution is applied, and names the unreported intervention (§5.1, §6)', () => {
    expect(reasons([...handledByAlice, start(5)])).toEqual([
      { code: 'no-definitive-solution', details: { lastSolution: null, reopened: false } },
      { code: 'missing-intervention-reports', details: { interventionIds: ['I-1'] } },
    ]);
  });

  it('refuses on a temporary solution: a workaround or a loan never closes (§5.1)', () => {
    expect(reasons([...handledByAlice, start(5), solve(20, 'temporary'), report(21)])).toEqual([
      { code: 'no-definitive-solution', details: { lastSolution: 'temporary', reopened: false } },
    ]);
  });

  it("the seed's own case: a loaned PC does not close the call, a replacement does (§5.1)", () => {
    const swap = (equipmentSwap: 'loan' | 'replacement'): TicketCommand[] => [
      openCommand({ contract: { id: 'C-77', equipmentSwap } }),
      ...handledByAlice.slice(1),
      start(5),
      {
        type: 'apply-solution',
        at: t(40),
        actor: alice,
        interventionId: I1,
        solution: { kind: 'equipment-swap', description: 'PC swapped' },
      },
      report(41),
    ];
    expect(reasons(swap('loan'))).toEqual([
      { code: 'no-definitive-solution', details: { lastSolution: 'temporary', reopened: false } },
    ]);
    expect(reasons(swap('replacement'))).toEqual([]);
  });

  it('refuses a reopened call until a new definitive solution, and says it was reopened', () => {
    const reopened: TicketCommand[] = [
      ...solved,
      { type: 'close', at: t(25), actor: alice },
      { type: 'reopen', at: t(60), actor: alice, reason: 'Fails again' },
    ];
    expect(reasons(reopened)).toEqual([
      { code: 'no-definitive-solution', details: { lastSolution: 'definitive', reopened: true } },
    ]);
    const fixedAgain = (nature: 'definitive' | 'temporary') =>
      reasons([...reopened, start(61, I2), solve(70, nature, I2), report(71, I2)]);
    expect(fixedAgain('temporary')).toEqual([
      { code: 'no-definitive-solution', details: { lastSolution: 'temporary', reopened: false } },
    ]);
    expect(fixedAgain('definitive')).toEqual([]);
  });

  it('lists only the interventions still without their report', () => {
    const commands = [
      ...handledByAlice,
      start(5),
      report(6),
      start(7, I2),
      solve(20, 'definitive', I2),
    ];
    expect(reasons(commands)).toEqual([
      { code: 'missing-intervention-reports', details: { interventionIds: ['I-2'] } },
    ]);
  });

  it('only the level-1 technician who opened the call closes it (§5.2)', () => {
    expect(reasons(solved, carol)).toEqual([
      { code: 'not-the-opener', details: { opener: 'alice' } },
    ]);
    expect(reasons(solved, bob)).toEqual([
      { code: 'not-the-opener', details: { opener: 'alice' } },
      { code: 'not-level-1', details: { level: 2 } },
    ]);
  });

  it('gives every reason at once, in a stable order', () => {
    expect(reasons([...handledByAlice, start(5)], bob).map((r) => r.code)).toEqual([
      'no-definitive-solution',
      'not-the-opener',
      'not-level-1',
      'missing-intervention-reports',
    ]);
  });

  it('a ticket not opened yet, or already closed, has one reason only', () => {
    expect(closureCheck(initialTicketState, alice).map((v) => v.code)).toEqual(['ticket-not-open']);
    const closed = run([...solved, { type: 'close', at: t(25), actor: alice }]).state;
    expect(closureCheck(closed, bob)).toEqual([
      { code: 'ticket-closed', message: ticketViolationMessages['ticket-closed'] },
    ]);
  });

  it('says why in French and in English', () => {
    const [first] = closureCheck(run([...handledByAlice]).state, alice);
    expect(first?.message).toEqual({
      fr: "Un appel ne peut être clôturé que lorsqu'une solution définitive a été apportée (un prêt ne clôture pas).",
      en: 'A call can be closed only once a definitive solution has been applied (a loan never closes it).',
    });
  });
});
