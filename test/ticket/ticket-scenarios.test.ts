import { describe, expect, it } from 'vitest';
import type { UserCommitment } from '../../src/handling/index.js';
import { problemId } from '../../src/problem/index.js';
import {
  type Actor,
  decideTicket,
  defineTicketPolicy,
  type HandoffNote,
  replayTicket,
  type TicketCommand,
} from '../../src/ticket/index.js';
import {
  alice,
  bob,
  carol,
  handledByAlice,
  handoffNote,
  I1,
  I2,
  openCommand,
  refusal,
  run,
  t,
  tom,
  vendor,
} from './ticket-fixtures.js';
import { fieldsOf } from './ticket-stage-view.js';

describe('the simplest path (seed §6.1): take, intervene, report, close', () => {
  const { state, events } = run([
    ...handledByAlice,
    {
      type: 'start-intervention',
      at: t(4),
      actor: alice,
      interventionId: I1,
      nature: 'Reset the print spooler',
    },
    {
      type: 'apply-solution',
      at: t(8),
      actor: alice,
      interventionId: I1,
      solution: { kind: 'fix', nature: 'definitive', description: 'Spooler restarted' },
    },
    {
      type: 'record-report',
      at: t(9),
      actor: alice,
      interventionId: I1,
      report: { summary: 'Spooler restarted, test page printed', outcome: 'finished' },
    },
    { type: 'close', at: t(10), actor: alice },
  ]);

  it('emits one event per step, in order', () => {
    expect(events.map((e) => e.type)).toEqual([
      'ticket-opened',
      'ticket-qualified',
      'ticket-taken-in-charge',
      'intervention-started',
      'solution-applied',
      'intervention-reported',
      'ticket-closed',
    ]);
  });

  it('ends closed by its opener, with its one report', () => {
    expect(state.status).toBe('closed');
    expect(fieldsOf(state).closed).toEqual({ at: t(10), by: alice });
    expect(fieldsOf(state).interventions.map((i) => [i.id, i.report?.outcome])).toEqual([
      ['I-1', 'finished'],
    ]);
    expect(fieldsOf(state).handlingMode).toBe('direct');
    expect(fieldsOf(state).awaitingAcknowledgement).toBe(false);
    expect(state.version).toBe(7);
  });

  it('stamps priority 3 and its SLA targets at qualification (seed §2.5.2.4)', () => {
    expect(fieldsOf(state).qualification?.priority).toBe(3);
    expect(fieldsOf(state).qualification?.targets.resolution.within).toEqual({ hours: 1 });
    expect(fieldsOf(state).qualification?.override).toBeUndefined();
  });

  it('replays to the same state', () => {
    expect(replayTicket(events)).toEqual(state);
  });
});

describe('the printer (seed §5.1): a loan cannot close the call, a replacement can', () => {
  const printerCall = (equipmentSwap?: 'loan' | 'replacement') => [
    openCommand({
      equipment: { kind: 'peripheral', make: 'HP', model: 'LaserJet M404', assetId: 'PRN-042' },
      contract: equipmentSwap === undefined ? { id: 'C-9' } : { id: 'C-9', equipmentSwap },
      description: 'Printer dead',
    }),
    ...handledByAlice.slice(1),
    {
      type: 'start-intervention' as const,
      at: t(4),
      actor: alice,
      interventionId: I1,
      nature: 'Swap the printer',
    },
    {
      type: 'record-report' as const,
      at: t(5),
      actor: alice,
      interventionId: I1,
      report: { summary: 'Printer swapped', outcome: 'finished' as const },
    },
    {
      type: 'apply-solution' as const,
      at: t(6),
      actor: alice,
      interventionId: I1,
      solution: { kind: 'equipment-swap' as const, description: 'New printer installed' },
    },
  ];

  it('a loan under the contract is temporary: the call stays open and closing is refused', () => {
    const { state } = run(printerCall('loan'));
    expect(state.status).toBe('in-progress');
    expect(fieldsOf(state).solutions.map((s) => [s.nature, s.swap])).toEqual([
      ['temporary', 'loan'],
    ]);
    expect(refusal({ type: 'close', at: t(7), actor: alice }, state)).toEqual([
      'no-definitive-solution',
    ]);
  });

  it('a replacement under the contract is definitive: the opener closes', () => {
    const { state } = run([
      ...printerCall('replacement'),
      { type: 'close', at: t(7), actor: alice },
    ]);
    expect(state.status).toBe('closed');
    expect(fieldsOf(state).solutions.map((s) => [s.nature, s.swap])).toEqual([
      ['definitive', 'replacement'],
    ]);
  });

  it('a contract silent on swaps needs the arrangement stated', () => {
    const commands = printerCall(undefined);
    const { state } = run(commands.slice(0, -1));
    expect(refusal(commands[commands.length - 1] as never, state)).toEqual([
      'swap-arrangement-unknown',
    ]);
  });
});

describe('hand-offs (seed §4.3.3)', () => {
  it('the Word table of contents that level 1 failed is an escalation', () => {
    const { state } = run([
      ...handledByAlice,
      {
        type: 'hand-off',
        at: t(12),
        actor: alice,
        to: bob,
        situation: { cause: 'level-1-task-failed' },
        note: handoffNote,
      },
    ]);
    expect(fieldsOf(state).handoffs.map((h) => [h.kind, h.rationale])).toEqual([
      ['escalation', 'level-1-task-failed'],
    ]);
    expect(fieldsOf(state).handler).toEqual(bob);
    expect(fieldsOf(state).awaitingAcknowledgement).toBe(true);
  });

  it('a troubleshooting procedure followed to its end without success is a transfer', () => {
    const { state } = run([
      ...handledByAlice,
      {
        type: 'hand-off',
        at: t(9),
        actor: alice,
        to: bob,
        situation: { cause: 'procedure-exhausted' },
        note: handoffNote,
      },
    ]);
    expect(fieldsOf(state).handoffs.map((h) => [h.kind, h.rationale])).toEqual([
      ['transfer', 'troubleshooting-procedure-exhausted'],
    ]);
  });

  it('a desk that does not tell them apart records every hand-off as a transfer', async () => {
    const { defineTicketPolicy } = await import('../../src/ticket/index.js');
    const policy = defineTicketPolicy({
      version: 'no-escalations',
      handoff: { distinguishTransferFromEscalation: false },
    });
    const { state } = run(
      [
        ...handledByAlice,
        {
          type: 'hand-off',
          at: t(9),
          actor: alice,
          to: bob,
          situation: { cause: 'level-1-task-failed' },
          note: handoffNote,
        },
      ],
      policy,
    );
    expect(fieldsOf(state).handoffs.map((h) => h.kind)).toEqual(['transfer']);
  });

  it('level 1 may not hand straight to level 3, nor to itself', () => {
    const { state } = run(handledByAlice);
    const to = (actor: typeof vendor) =>
      refusal(
        {
          type: 'hand-off',
          at: t(9),
          actor: alice,
          to: actor,
          situation: { cause: 'beyond-competence' },
          note: handoffNote,
        },
        state,
      );
    expect(to(vendor)).toEqual(['handoff-not-allowed']);
    expect(to(alice)).toEqual(['handoff-to-self']);
  });

  it('the level-2 specialist tells the opener before working, and its report is its own (§6.1, §6.2)', () => {
    const { state } = run([
      ...handledByAlice,
      {
        type: 'hand-off',
        at: t(9),
        actor: alice,
        to: bob,
        situation: { cause: 'beyond-competence' },
        note: handoffNote,
      },
    ]);
    const start = {
      type: 'start-intervention' as const,
      at: t(20),
      actor: bob,
      interventionId: I1,
      nature: 'Repair Word',
    };
    expect(refusal(start, state)).toEqual(['acknowledgement-pending']);
    expect(refusal({ type: 'acknowledge', at: t(15), actor: alice }, state)).toEqual([
      'not-the-handler',
    ]);
    const next = run(
      [{ type: 'acknowledge', at: t(15), actor: bob }, start],
      undefined,
      state,
    ).state;
    expect(
      refusal(
        {
          type: 'record-report',
          at: t(30),
          actor: alice,
          interventionId: I1,
          report: { summary: 'x', outcome: 'finished' },
        },
        next,
      ),
    ).toEqual(['not-the-performer']);
  });
});

describe('a hardware fault sent on site (seed §4.3.4)', () => {
  it('dispatches with the contact, the equipment id and a diagnosis; the field technician reports', () => {
    const { state, events } = run([
      ...handledByAlice,
      {
        type: 'dispatch-on-site',
        at: t(6),
        actor: alice,
        interventionId: I1,
        performer: tom,
        request: { diagnosis: 'Dead power supply: no LED, no fan' },
      },
      { type: 'inform-user', at: t(7), actor: alice, summary: 'A technician will come' },
      {
        type: 'apply-solution',
        at: t(90),
        actor: tom,
        interventionId: I1,
        solution: { kind: 'fix', nature: 'definitive', description: 'Power supply replaced' },
      },
      {
        type: 'record-report',
        at: t(95),
        actor: tom,
        interventionId: I1,
        report: { reference: 'CR-2026-118', summary: 'PSU replaced', outcome: 'finished' },
      },
      { type: 'close', at: t(100), actor: alice },
    ]);
    expect(events[3]).toMatchObject({
      type: 'intervention-started',
      mode: 'on-site',
      route: 'on-site',
      performer: tom,
      request: { userContact: 'poste 4412', equipment: 'PC-0042', billed: false },
    });
    expect(state.status).toBe('closed');
  });

  it('a warranty sends the supplier', () => {
    const { state } = run([
      ...handledByAlice,
      {
        type: 'dispatch-on-site',
        at: t(6),
        actor: alice,
        interventionId: I1,
        performer: vendor,
        request: { diagnosis: 'Fuser unit fault, error 50.4', warranty: { supplier: 'HP' } },
      },
    ]);
    expect(fieldsOf(state).interventions[0]).toMatchObject({
      mode: 'on-site',
      supplier: 'HP',
      performer: vendor,
    });
  });

  it('without a diagnosis nobody is sent: level 1 transfers to level 2', () => {
    const { state } = run(handledByAlice);
    expect(
      refusal(
        {
          type: 'dispatch-on-site',
          at: t(6),
          actor: alice,
          interventionId: I1,
          performer: tom,
          request: { diagnosis: ' ' },
        },
        state,
      ),
    ).toEqual(['on-site-diagnosis-required']);
  });

  it('without the equipment identification or the on-site coverage, every reason is given', () => {
    const { state } = run([
      openCommand({
        equipment: { kind: 'pc', make: 'Dell', model: 'Optiplex' },
        contract: { id: 'C-1', entitlement: { onSite: false } },
      }),
      ...handledByAlice.slice(1),
    ]);
    expect(
      refusal(
        {
          type: 'dispatch-on-site',
          at: t(6),
          actor: alice,
          interventionId: I1,
          performer: tom,
          request: { diagnosis: 'PSU dead' },
        },
        state,
      ),
    ).toEqual(['missing-equipment-identification', 'on-site-not-covered']);
  });
});

describe('closure rules (seed §5.2, §6)', () => {
  const solvedByBob = [
    ...handledByAlice,
    {
      type: 'hand-off' as const,
      at: t(9),
      actor: alice,
      to: bob,
      situation: { cause: 'beyond-competence' as const },
      note: handoffNote,
    },
    { type: 'acknowledge' as const, at: t(15), actor: bob },
    {
      type: 'start-intervention' as const,
      at: t(20),
      actor: bob,
      interventionId: I2,
      nature: 'Rebuild profile',
    },
    {
      type: 'apply-solution' as const,
      at: t(40),
      actor: bob,
      interventionId: I2,
      solution: {
        kind: 'fix' as const,
        nature: 'definitive' as const,
        description: 'Profile rebuilt',
      },
    },
  ];

  it('someone other than the opener may not close', () => {
    const { state } = run([
      ...solvedByBob,
      {
        type: 'record-report',
        at: t(41),
        actor: bob,
        interventionId: I2,
        report: { summary: 'ok', outcome: 'finished' },
      },
    ]);
    expect(refusal({ type: 'close', at: t(50), actor: carol }, state)).toEqual(['not-the-opener']);
    expect(refusal({ type: 'close', at: t(50), actor: bob }, state)).toEqual([
      'not-the-opener',
      'not-level-1',
    ]);
    expect(refusal({ type: 'close', at: t(50), actor: alice }, state)).toEqual([]);
  });

  it('a level-2 intervention without its report blocks the closure', () => {
    const { state } = run(solvedByBob);
    const r = refusal({ type: 'close', at: t(50), actor: alice }, state);
    expect(r).toEqual(['missing-intervention-reports']);
  });

  it('lists every reason at once', () => {
    const { state } = run([
      ...handledByAlice,
      { type: 'start-intervention', at: t(4), actor: alice, interventionId: I1, nature: 'Try' },
      {
        type: 'apply-solution',
        at: t(6),
        actor: alice,
        interventionId: I1,
        solution: { kind: 'fix', nature: 'temporary', description: 'Workaround' },
      },
    ]);
    expect(refusal({ type: 'close', at: t(7), actor: bob }, state)).toEqual([
      'no-definitive-solution',
      'not-the-opener',
      'not-level-1',
      'missing-intervention-reports',
    ]);
  });
});

describe('reopening', () => {
  const closed = run([
    ...handledByAlice,
    { type: 'start-intervention', at: t(4), actor: alice, interventionId: I1, nature: 'Fix' },
    {
      type: 'record-report',
      at: t(5),
      actor: alice,
      interventionId: I1,
      report: { summary: 'done', outcome: 'finished' },
    },
    {
      type: 'apply-solution',
      at: t(6),
      actor: alice,
      interventionId: I1,
      solution: { kind: 'fix', nature: 'definitive', description: 'Fixed' },
    },
    { type: 'close', at: t(7), actor: alice },
  ]).state;

  it('within the window the call is reopened, keeps its history, and must be solved again', () => {
    const { state } = run(
      [{ type: 'reopen', at: t(60), actor: alice, reason: 'Fails again' }],
      undefined,
      closed,
    );
    expect(state.status).toBe('in-progress');
    expect(fieldsOf(state).solutions).toHaveLength(1);
    expect(fieldsOf(state).pauses).toEqual([{ reason: 'resolved', from: t(6), to: t(60) }]);
    expect(refusal({ type: 'close', at: t(61), actor: alice }, state)).toEqual([
      'no-definitive-solution',
    ]);
  });

  it('after the window (5 days by default) it is refused: open a new call', () => {
    const late = {
      type: 'reopen' as const,
      at: t(6 + 5 * 24 * 60 + 1),
      actor: alice,
      reason: 'Again',
    };
    expect(refusal(late, closed)).toEqual(['reopen-window-elapsed']);
    expect(refusal({ ...late, at: t(6 + 5 * 24 * 60) }, closed)).toEqual([]);
  });

  it('a problem may be linked even after closure', () => {
    const { state } = run(
      [{ type: 'link-problem', at: t(100), actor: alice, problemId: problemId('PB-1') }],
      undefined,
      closed,
    );
    expect(fieldsOf(state).problems).toEqual(['PB-1']);
    expect(state.status).toBe('closed');
  });
});

describe("what may be promised to the user (seed §2.4 « Ce qu'il ne faut pas dire »)", () => {
  const covered = { id: 'C-77', entitlement: { onSite: true, interventionDelay: { hours: 4 } } };
  const twoPm = t(300); // 14:00 UTC
  const arrival = { kind: 'arrival-time' as const, at: twoPm };
  /** Alice hands the call to Bob, who plans the on-site visit of Tom at 14:00. */
  const plannedByBob: TicketCommand[] = [
    openCommand({ contract: covered }),
    ...handledByAlice.slice(1),
    {
      type: 'hand-off',
      at: t(9),
      actor: alice,
      to: bob,
      situation: { cause: 'beyond-competence' },
      note: handoffNote,
    },
    { type: 'acknowledge', at: t(10), actor: bob },
    {
      type: 'dispatch-on-site',
      at: t(20),
      actor: bob,
      interventionId: I2,
      performer: tom,
      request: { diagnosis: 'Power supply dead', plannedFor: twoPm },
    },
  ];
  const inform = (actor: Actor, ...commitments: UserCommitment[]): TicketCommand => ({
    type: 'inform-user',
    at: t(25),
    actor,
    summary: 'Le technicien passe à 14 h',
    commitments,
  });

  it('« le technicien passe à 14 h » by someone who did not plan the visit is refused', () => {
    const { state } = run(plannedByBob);
    const r = decideTicket(inform(alice, arrival), state);
    expect(r.ok ? [] : r.error.map((v) => [v.code, v.details])).toEqual([
      ['arrival-time-not-planned-by-speaker', { index: 0, kind: 'arrival-time' }],
    ]);
    expect(r.ok ? undefined : r.error[0]?.message.fr).toMatch(/Ne donnez pas d’heure d’arrivée/);
  });

  it('the same promise by the technician who planned the visit at 14:00 is accepted and recorded', () => {
    const { state, events } = run([...plannedByBob, inform(bob, arrival)]);
    expect(events.at(-1)).toEqual({
      type: 'user-informed',
      at: t(25),
      by: bob,
      summary: 'Le technicien passe à 14 h',
      commitments: [arrival],
    });
    expect(fieldsOf(state).commitments).toEqual([{ at: t(25), by: bob, commitment: arrival }]);
    expect(replayTicket(events)).toEqual(state);
  });

  it('an arrival time other than the one planned is refused', () => {
    const { state } = run(plannedByBob);
    expect(refusal(inform(bob, { kind: 'arrival-time', at: t(330) }), state)).toEqual([
      'commitment-differs-from-plan',
    ]);
  });

  it('once the visit is reported, its arrival time is no longer a plan', () => {
    const { state } = run([
      ...plannedByBob,
      {
        type: 'record-report',
        at: t(320),
        actor: tom,
        interventionId: I2,
        report: { summary: 'PSU replaced', outcome: 'finished' },
      },
    ]);
    expect(refusal({ ...inform(bob, arrival), at: t(330) }, state)).toEqual([
      'arrival-time-not-planned-by-speaker',
    ]);
  });

  it('the contractual delay may be promised when the contract states it, and only that one', () => {
    const { state, events } = run([
      ...plannedByBob,
      inform(alice, { kind: 'best-service' }, { kind: 'contractual-delay', within: { hours: 4 } }),
    ]);
    expect(fieldsOf(state).commitments.map((c) => c.commitment)).toEqual([
      { kind: 'best-service' },
      { kind: 'contractual-delay', within: { hours: 4 } },
    ]);
    expect(events.at(-1)?.type).toBe('user-informed');
    expect(
      refusal(inform(alice, { kind: 'contractual-delay', within: { hours: 8 } }), state),
    ).toEqual(['commitment-differs-from-plan']);
  });

  it('a contract that sets no delay lets no delay be promised', () => {
    const { state } = run([
      openCommand({ contract: { id: 'C-1', entitlement: { onSite: true } } }),
      ...handledByAlice.slice(1),
    ]);
    expect(
      refusal(inform(alice, { kind: 'contractual-delay', within: { hours: 4 } }), state),
    ).toEqual(['no-contractual-delay']);
  });

  it('a contract without an entitlement allows only the reassurance of the best service', () => {
    const { state } = run(handledByAlice);
    expect(refusal(inform(alice, { kind: 'best-service' }), state)).toEqual([]);
    const r = decideTicket(
      inform(
        alice,
        { kind: 'best-service' },
        { kind: 'contractual-delay', within: { hours: 4 } },
        arrival,
      ),
      state,
    );
    expect(r.ok ? [] : r.error.map((v) => [v.code, v.details])).toEqual([
      ['no-contract-entitlement', { index: 1, kind: 'contractual-delay' }],
      ['no-contract-entitlement', { index: 2, kind: 'arrival-time' }],
    ]);
  });

  it('no duration may be promised: the ticket plans none (« vous ne devez avancer aucun chiffre »)', () => {
    const { state } = run(plannedByBob);
    expect(refusal(inform(bob, { kind: 'duration', durationMs: 3_600_000 }), state)).toEqual([
      'duration-not-planned-by-speaker',
    ]);
  });

  it('every refused promise is listed; none of the command is recorded', () => {
    const { state } = run(plannedByBob);
    const r = decideTicket(
      inform(alice, { kind: 'best-service' }, arrival, { kind: 'duration', durationMs: 60_000 }),
      state,
    );
    expect(r.ok ? [] : r.error.map((v) => v.code)).toEqual([
      'arrival-time-not-planned-by-speaker',
      'duration-not-planned-by-speaker',
    ]);
    expect(fieldsOf(state).commitments).toEqual([]);
  });

  it('informing the user without a promise records no commitment', () => {
    const { state, events } = run([
      ...handledByAlice,
      { type: 'inform-user', at: t(5), actor: alice, summary: 'On it' },
    ]);
    expect(events.at(-1)).toEqual({ type: 'user-informed', at: t(5), by: alice, summary: 'On it' });
    expect(fieldsOf(state).commitments).toEqual([]);
  });
});

describe("a note before every hand-off (seed §4.3.1 « Documenter l'intervention »)", () => {
  const handOff = (note?: HandoffNote): TicketCommand => ({
    type: 'hand-off',
    at: t(9),
    actor: alice,
    to: bob,
    situation: { cause: 'beyond-competence' },
    ...(note === undefined ? {} : { note }),
  });

  it('a hand-off without a note is refused', () => {
    const { state } = run(handledByAlice);
    const r = decideTicket(handOff(), state);
    expect(r.ok ? [] : r.error.map((v) => [v.code, v.details])).toEqual([
      ['handoff-note-required', { missing: ['diagnosis', 'done'] }],
    ]);
    expect(r.ok ? undefined : r.error[0]?.message.fr).toMatch(/laissez toujours une trace/);
  });

  it('a blank part of the note is refused, naming it', () => {
    const { state } = run(handledByAlice);
    const r = decideTicket(handOff({ diagnosis: 'Driver conflict', done: '   ' }), state);
    expect(r.ok ? [] : r.error.map((v) => [v.code, v.details])).toEqual([
      ['handoff-note-required', { missing: ['done'] }],
    ]);
  });

  it('with a note, the note is on the event and in the state', () => {
    const { state, events } = run([...handledByAlice, handOff(handoffNote)]);
    expect(events.at(-1)).toEqual({
      type: 'ticket-handed-off',
      at: t(9),
      by: alice,
      to: bob,
      kind: 'transfer',
      rationale: 'beyond-level-1-competence',
      note: handoffNote,
    });
    expect(fieldsOf(state).handoffs).toEqual([
      {
        at: t(9),
        from: alice,
        to: bob,
        kind: 'transfer',
        rationale: 'beyond-level-1-competence',
        note: handoffNote,
      },
    ]);
  });

  it('a desk whose policy does not require it hands off without a note, never with a blank one', () => {
    const lax = defineTicketPolicy({ version: 'lax', requireHandoffNote: false });
    const { state, events } = run([...handledByAlice, handOff()], lax);
    expect(events.at(-1)).not.toHaveProperty('note');
    expect(fieldsOf(state).handoffs[0]).not.toHaveProperty('note');
    const { state: before } = run(handledByAlice, lax);
    expect(refusal(handOff({ diagnosis: '', done: 'Rebooted' }), before, lax)).toEqual([
      'handoff-note-required',
    ]);
  });
});
