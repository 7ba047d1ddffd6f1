import { describe, expect, it } from 'vitest';
import type { IndicatorEntry } from '../../src/metrics/index.js';
import { createIndicatorAccumulator, serviceIndicators } from '../../src/metrics/index.js';
import { defaultSlaTable, defineSlaTable, slaTargetsFor } from '../../src/sla/index.js';
import {
  decideTicket,
  defaultTicketPolicy,
  defineTicketPolicy,
  evolveTicket,
  initialTicketState,
  interventionId,
  type TicketCommand,
  type TicketPolicy,
} from '../../src/ticket/index.js';
import { alice, bob, History, open, solvedAtLevel1, t } from './metrics-fixtures.js';

const MIN = 60_000;

/** Three tickets and five calls, every figure computed by hand below. */
function smallDesk(): History {
  const h = new History();
  // T1: one user blocked → P3; taken after 3 min (≤ 10 min: met), solved after 8 min (≤ 1 h: met).
  solvedAtLevel1(h, 'T1', 0, 'user', 'blocked', { takenAfter: 3, solvedAfter: 8 });
  // T2: the whole company blocked → P1; taken after 2 min (> 1 min: breached), transferred to
  // level 2 (beyond competence), solved by bob after 30 min (> 10 min: breached), closed by alice.
  const I = interventionId('T2-I1');
  h.do('T2', open('T2', t(0)))
    .do('T2', { type: 'qualify', at: t(0), actor: alice, impact: 'company', urgency: 'blocked' })
    .do('T2', { type: 'take-in-charge', at: t(2), actor: alice, mode: 'direct' })
    .do('T2', {
      type: 'hand-off',
      at: t(4),
      actor: alice,
      to: bob,
      situation: { cause: 'beyond-competence' },
      note: { diagnosis: 'Mail server rejects the login', done: 'Password reset, no change' },
    })
    .do('T2', { type: 'acknowledge', at: t(5), actor: bob })
    .do('T2', {
      type: 'start-intervention',
      at: t(6),
      actor: bob,
      interventionId: I,
      nature: 'Server',
    })
    .do('T2', {
      type: 'apply-solution',
      at: t(30),
      actor: bob,
      interventionId: I,
      solution: { kind: 'fix', nature: 'definitive', description: 'Disk replaced' },
    })
    .do('T2', {
      type: 'record-report',
      at: t(31),
      actor: bob,
      interventionId: I,
      report: { summary: 'Disk replaced', outcome: 'finished' },
    })
    .do('T2', { type: 'close', at: t(35), actor: alice });
  // T3: a department slowed down → P3, qualified, not yet taken: the backlog.
  h.do('T3', open('T3', t(1))).do('T3', {
    type: 'qualify',
    at: t(1),
    actor: alice,
    impact: 'department',
    urgency: 'degraded',
  });
  h.call('call-answered', t(0)).call('call-answered', t(0)).call('call-answered', t(1));
  h.call('call-abandoned', t(1), 240_000).call('call-answered', t(2));
  return h;
}

describe('service indicators on a hand-computed desk (seed §1, §2.5.2.4, §4.3.2)', () => {
  const at = t(40);
  const r = serviceIndicators(smallDesk().entries, at);

  it('counts calls and abandoned calls (« raccrochés »)', () => {
    expect(r.calls).toEqual({ answered: 4, abandoned: 1, total: 5, abandonedRate: 0.2 });
  });

  it('counts tickets opened, closed and open', () => {
    expect(r.tickets).toEqual({
      opened: 3,
      closed: 2,
      open: 1,
      reopened: 0,
      reopenRate: 0,
      cancelled: 0,
    });
  });

  it('first-level resolution: 1 of 2 closed, below the 80 % target (§1.1)', () => {
    expect(r.firstLevelResolution).toEqual({
      closed: 2,
      atLevel1: 1,
      rate: 0.5,
      target: 0.8,
      ok: false,
    });
    expect(r.byPriority.get(3)?.firstLevelResolution).toMatchObject({
      closed: 1,
      atLevel1: 1,
      rate: 1,
      ok: true,
    });
    expect(r.byPriority.get(1)?.firstLevelResolution).toMatchObject({
      closed: 1,
      atLevel1: 0,
      rate: 0,
      ok: false,
    });
  });

  it('time to resolve: exact mean, percentiles within 0.5 %', () => {
    expect(r.timeToResolve.count).toBe(2);
    expect(r.timeToResolve.meanMs).toBe(19 * MIN);
    expect(Math.abs((r.timeToResolve.medianMs ?? 0) / (8 * MIN) - 1)).toBeLessThanOrEqual(0.005);
    expect(Math.abs((r.timeToResolve.p90Ms ?? 0) / (30 * MIN) - 1)).toBeLessThanOrEqual(0.005);
    expect(r.byPriority.get(1)?.timeToResolve.meanMs).toBe(30 * MIN);
    expect(r.byPriority.get(2)?.timeToResolve).toEqual({
      count: 0,
      meanMs: null,
      medianMs: null,
      p90Ms: null,
    });
  });

  it('transfers and escalations, counted apart (§4.3.3)', () => {
    expect(r.handoffs).toEqual({
      transfers: 1,
      escalations: 0,
      transferRate: 1 / 3,
      escalationRate: 0,
    });
    expect(r.byPriority.get(1)?.handoffs).toEqual({
      transfers: 1,
      escalations: 0,
      transferRate: 1,
      escalationRate: 0,
    });
  });

  it('SLA compliance per priority against the table success rates', () => {
    expect(r.sla.get(1)?.detection).toMatchObject({ met: 0, total: 1, ok: false });
    expect(r.sla.get(1)?.resolution).toMatchObject({ met: 0, total: 1, ok: false });
    // T3 (P3, detection within 10 minutes) waits since 09:01, untaken at 09:40: a miss already,
    // still open (issue 11: compliance no longer hides open breaches).
    expect(r.sla.get(3)?.detection).toMatchObject({
      met: 1,
      total: 2,
      openMisses: 1,
      ok: false,
      successRate: 0.97,
    });
    expect(r.sla.get(3)?.resolution).toMatchObject({
      met: 1,
      total: 1,
      openMisses: 0,
      ok: true,
      successRate: 0.95,
    });
    expect(r.sla.get(4)?.detection).toMatchObject({ met: 0, total: 0 });
  });

  it('backlog by priority and age', () => {
    expect(r.backlog.total).toBe(1);
    expect(r.backlog.unqualified).toBe(0);
    expect(r.backlog.byAge.map((b) => b.count)).toEqual([1, 0, 0, 0, 0]);
    expect(r.byPriority.get(3)?.backlog.total).toBe(1);
    expect(r.byPriority.get(3)?.tickets).toBe(2);
    const later = serviceIndicators(smallDesk().entries, t(60 * 30));
    expect(later.backlog.byAge.map((b) => b.count)).toEqual([0, 0, 0, 1, 0]);
  });
});

describe('boundaries', () => {
  it('a rate exactly on the target meets it: 4 of 5 closed at level 1 is 80 % (§1.1)', () => {
    const h = new History();
    for (let k = 0; k < 4; k++) {
      solvedAtLevel1(h, `T${k}`, k, 'user', 'blocked', { takenAfter: 1, solvedAfter: 5 });
    }
    const I = interventionId('T4-I1');
    h.do('T4', open('T4', t(10)))
      .do('T4', { type: 'qualify', at: t(10), actor: alice, impact: 'user', urgency: 'blocked' })
      .do('T4', { type: 'take-in-charge', at: t(11), actor: alice, mode: 'direct' })
      .do('T4', {
        type: 'hand-off',
        at: t(12),
        actor: alice,
        to: bob,
        situation: { cause: 'beyond-competence' },
        note: { diagnosis: 'Needs a specialist', done: 'Checked the basics' },
      })
      .do('T4', { type: 'acknowledge', at: t(13), actor: bob })
      .do('T4', {
        type: 'start-intervention',
        at: t(14),
        actor: bob,
        interventionId: I,
        nature: 'Fix',
      })
      .do('T4', {
        type: 'apply-solution',
        at: t(20),
        actor: bob,
        interventionId: I,
        solution: { kind: 'fix', nature: 'definitive', description: 'Fixed' },
      })
      .do('T4', {
        type: 'record-report',
        at: t(21),
        actor: bob,
        interventionId: I,
        report: { summary: 'Done', outcome: 'finished' },
      })
      .do('T4', { type: 'close', at: t(22), actor: alice });
    expect(serviceIndicators(h.entries, t(30)).firstLevelResolution).toEqual({
      closed: 5,
      atLevel1: 4,
      rate: 0.8,
      target: 0.8,
      ok: true,
    });
  });

  it('a ticket exactly one hour old is in the second age bucket, not the first', () => {
    const h = new History();
    h.do('T1', open('T1', t(0)));
    const age = (minutes: number) =>
      serviceIndicators(h.entries, t(minutes)).backlog.byAge.map((b) => b.count);
    expect(age(59)).toEqual([1, 0, 0, 0, 0]);
    expect(age(60)).toEqual([0, 1, 0, 0, 0]);
    expect(serviceIndicators(h.entries, t(60)).backlog.unqualified).toBe(1);
  });

  it('counts a hand-off of an unqualified ticket overall, and under no priority', () => {
    // The decider qualifies before any hand-off; an imported history may not.
    const h = new History();
    h.do('T1', open('T1', t(0)))
      .do('T1', { type: 'qualify', at: t(1), actor: alice, impact: 'user', urgency: 'blocked' })
      .do('T1', { type: 'take-in-charge', at: t(1), actor: alice, mode: 'direct' })
      .do('T1', {
        type: 'hand-off',
        at: t(2),
        actor: alice,
        to: bob,
        situation: { cause: 'beyond-competence' },
        note: { diagnosis: 'Unknown server error', done: 'Nothing yet' },
      });
    const imported = h.entries.filter((e) => e.event.type !== 'ticket-qualified');
    const r = serviceIndicators(imported, t(5));
    expect(r.handoffs).toMatchObject({ transfers: 1, escalations: 0, transferRate: 1 });
    expect(r.backlog.unqualified).toBe(1);
    for (const p of [1, 2, 3, 4] as const) {
      expect(r.byPriority.get(p)?.handoffs).toMatchObject({ transfers: 0, escalations: 0 });
    }
    const qualified = serviceIndicators(h.entries, t(5));
    expect(qualified.byPriority.get(3)?.handoffs).toMatchObject({ transfers: 1, transferRate: 1 });
  });
});

describe('a ticket re-baselined to a new policy (pinned versions)', () => {
  // acme-2 gives priority 3 three hours to resolve instead of the seed's one.
  const p3 = slaTargetsFor(3);
  const acme: TicketPolicy = defineTicketPolicy({
    version: 'acme-2',
    slaTable: defineSlaTable({
      ...Object.fromEntries(defaultSlaTable.targets),
      3: { ...p3, resolution: { ...p3.resolution, within: { hours: 3 } } },
    } as never),
  });
  const I = interventionId('T1-I1');
  const life: [TicketCommand, TicketPolicy][] = [
    [open('T1', t(0)), defaultTicketPolicy],
    [
      { type: 'qualify', at: t(0), actor: alice, impact: 'user', urgency: 'blocked' },
      defaultTicketPolicy,
    ],
    [{ type: 'take-in-charge', at: t(2), actor: alice, mode: 'direct' }, defaultTicketPolicy],
    [{ type: 'rebaseline-policy', at: t(5), actor: alice, reason: 'New contract' }, acme],
    [
      { type: 'start-intervention', at: t(6), actor: alice, interventionId: I, nature: 'Fix' },
      acme,
    ],
    [
      {
        type: 'apply-solution',
        at: t(90),
        actor: alice,
        interventionId: I,
        solution: { kind: 'fix', nature: 'definitive', description: 'Fixed' },
      },
      acme,
    ],
    [
      {
        type: 'record-report',
        at: t(91),
        actor: alice,
        interventionId: I,
        report: { summary: 'Done', outcome: 'finished' },
      },
      acme,
    ],
    [{ type: 'close', at: t(92), actor: alice }, acme],
  ];
  const entries: IndicatorEntry[] = [];
  let state = initialTicketState;
  for (const [command, policy] of life) {
    const r = decideTicket(command, state, policy);
    if (!r.ok) throw new Error(`fixture: ${command.type} refused`);
    for (const event of r.value) {
      state = evolveTicket(state, event);
      entries.push({ streamId: 'T1', event });
    }
  }

  it('measures the clocks on the targets of the policy in force at closure', () => {
    // 90 minutes: breached under the seed's 1 hour, met under acme-2's 3 hours.
    const r = serviceIndicators(entries, t(100), { policies: [defaultTicketPolicy, acme] });
    expect(r.sla.get(3)?.resolution).toMatchObject({ met: 1, total: 1 });
    expect(r.sla.get(3)?.detection).toMatchObject({ met: 1, total: 1 });
  });

  it('needs every version tickets are pinned to, and names the ones it has', () => {
    expect(() => serviceIndicators(entries, t(100))).toThrowError(
      'Indicators: a ticket is pinned to policy "acme-2", which is not among options.policies ("seed").',
    );
  });
});

describe('pauses (seed policy: waiting for the user stops the resolution clock)', () => {
  const paused = (resumeAt: number, solveAt: number) => {
    const h = new History();
    const I = interventionId('T1-I1');
    h.do('T1', open('T1', t(0)))
      .do('T1', { type: 'qualify', at: t(0), actor: alice, impact: 'user', urgency: 'blocked' })
      .do('T1', { type: 'take-in-charge', at: t(2), actor: alice, mode: 'direct' })
      .do('T1', {
        type: 'start-intervention',
        at: t(2),
        actor: alice,
        interventionId: I,
        nature: 'Fix',
      })
      .do('T1', { type: 'pause', at: t(3), actor: alice, reason: 'waiting-for-user' })
      .do('T1', { type: 'resume', at: t(resumeAt), actor: alice })
      .do('T1', {
        type: 'apply-solution',
        at: t(solveAt),
        actor: alice,
        interventionId: I,
        solution: { kind: 'fix', nature: 'definitive', description: 'Fixed' },
      })
      .do('T1', {
        type: 'record-report',
        at: t(solveAt),
        actor: alice,
        interventionId: I,
        report: { summary: 'Done', outcome: 'finished' },
      })
      .do('T1', { type: 'close', at: t(solveAt + 1), actor: alice });
    return serviceIndicators(h.entries, t(solveAt + 5)).sla.get(3)?.resolution;
  };

  it('leaves the wait out: 3 min, a 2-hour wait, 50 min more is met (1 hour)', () => {
    expect(paused(123, 173)).toMatchObject({ met: 1, total: 1 });
  });

  it('counts again from the resumption: 3 min, a wait, 70 min more is breached', () => {
    expect(paused(10, 80)).toMatchObject({ met: 0, total: 1 });
  });
});

describe('reopening', () => {
  it('withdraws the closed contribution and counts the reopening', () => {
    const h = new History();
    solvedAtLevel1(h, 'T1', 0, 'user', 'blocked', { takenAfter: 3, solvedAfter: 8 });
    h.do('T1', { type: 'reopen', at: t(20), actor: alice, reason: 'Fails again' });
    const r = serviceIndicators(h.entries, t(30));
    expect(r.tickets).toEqual({
      opened: 1,
      closed: 0,
      open: 1,
      reopened: 1,
      reopenRate: null,
      cancelled: 0,
    });
    expect(r.timeToResolve.count).toBe(0);
    expect(r.sla.get(3)?.resolution.total).toBe(0);
  });

  it('does not count the time a call stayed solved against its resolution clock', () => {
    // Priority 3 (1 hour): solved after 8 min, reopened 3 days later, solved again in 10 min.
    const h = new History();
    solvedAtLevel1(h, 'T1', 0, 'user', 'blocked', { takenAfter: 3, solvedAfter: 8 });
    const reopenedAt = 3 * 24 * 60;
    const I2 = interventionId('T1-I2');
    h.do('T1', { type: 'reopen', at: t(reopenedAt), actor: alice, reason: 'Fails again' })
      .do('T1', {
        type: 'start-intervention',
        at: t(reopenedAt),
        actor: alice,
        interventionId: I2,
        nature: 'Fix',
      })
      .do('T1', {
        type: 'apply-solution',
        at: t(reopenedAt + 10),
        actor: alice,
        interventionId: I2,
        solution: { kind: 'fix', nature: 'definitive', description: 'Fixed for good' },
      })
      .do('T1', {
        type: 'record-report',
        at: t(reopenedAt + 11),
        actor: alice,
        interventionId: I2,
        report: { summary: 'Done', outcome: 'finished' },
      })
      .do('T1', { type: 'close', at: t(reopenedAt + 12), actor: alice });
    const r = serviceIndicators(h.entries, t(reopenedAt + 20));
    // 8 + 10 = 18 working minutes on the clock: met. The wall-clock time to resolve is 3 days.
    expect(r.sla.get(3)?.resolution).toMatchObject({ met: 1, total: 1 });
    expect(r.timeToResolve.meanMs).toBe((reopenedAt + 10) * MIN);
    expect(r.tickets).toMatchObject({ closed: 1, reopened: 1, reopenRate: 1, cancelled: 0 });
  });
});

describe('memory grows with open tickets, not with events seen', () => {
  it('forgets a closed ticket once its reopen window has passed', () => {
    const h = new History();
    for (let k = 0; k < 30; k++) {
      solvedAtLevel1(h, `T${k}`, k * 60 * 24 * 7, 'user', 'degraded', {
        takenAfter: 2,
        solvedAfter: 20,
      });
    }
    const acc = createIndicatorAccumulator();
    for (const e of h.entries) acc.add(e);
    // The default reopen window is 5 days on a 24×7 calendar: only the last ticket is kept.
    expect(acc.trackedTickets).toBe(1);
    expect(acc.snapshot(t(60 * 24 * 7 * 30)).tickets.closed).toBe(30);
  });

  it('keeps a ticket reopened and closed again until the window of its last closing ends', () => {
    const DAY = 60 * 24;
    const h = new History();
    solvedAtLevel1(h, 'T1', 0, 'user', 'degraded', { takenAfter: 2, solvedAfter: 20 });
    // Closed at 25 min; reopened after 4 days; fixed and closed again at 4 days 1 hour.
    const I2 = interventionId('T1-I2');
    h.do('T1', { type: 'reopen', at: t(4 * DAY), actor: alice, reason: 'Fails again' })
      .do('T1', {
        type: 'start-intervention',
        at: t(4 * DAY),
        actor: alice,
        interventionId: I2,
        nature: 'Fix',
      })
      .do('T1', {
        type: 'apply-solution',
        at: t(4 * DAY + 50),
        actor: alice,
        interventionId: I2,
        solution: { kind: 'fix', nature: 'definitive', description: 'Fixed again' },
      })
      .do('T1', {
        type: 'record-report',
        at: t(4 * DAY + 55),
        actor: alice,
        interventionId: I2,
        report: { summary: 'Fixed again', outcome: 'finished' },
      })
      .do('T1', { type: 'close', at: t(4 * DAY + 60), actor: alice });
    // Openings after the first window (5 days after 25 min) but within the second one…
    solvedAtLevel1(h, 'T2', 6 * DAY, 'user', 'degraded', { takenAfter: 2, solvedAfter: 20 });
    const acc = createIndicatorAccumulator();
    for (const e of h.entries) acc.add(e);
    expect(acc.trackedTickets).toBe(2);
    // …and after it: T1 is forgotten, T2 (closed at 6 days 25 min) is kept.
    solvedAtLevel1(h, 'T3', 9 * DAY + 2 * 60, 'user', 'degraded', {
      takenAfter: 2,
      solvedAfter: 20,
    });
    const later = createIndicatorAccumulator();
    for (const e of h.entries) later.add(e);
    expect(later.trackedTickets).toBe(2);
    const r = later.snapshot(t(10 * DAY));
    expect(r.tickets).toEqual({
      opened: 3,
      closed: 3,
      open: 0,
      reopened: 1,
      reopenRate: 1 / 3,
      cancelled: 0,
    });
  });

  it('skips events of other kinds, in ticket streams or in streams of their own', () => {
    const h = new History();
    solvedAtLevel1(h, 'T1', 0, 'user', 'degraded', { takenAfter: 2, solvedAfter: 20 });
    const foreign = (streamId: string) =>
      ({ streamId, event: { type: 'problem-opened', at: t(30) } }) as never;
    const acc = createIndicatorAccumulator();
    for (const e of [...h.entries, foreign('T1'), foreign('P-1')]) acc.add(e);
    expect(acc.snapshot(t(40)).tickets.closed).toBe(1);
  });
});

describe('argument checks', () => {
  it('refuses a ticket event whose ticket it never saw opened', () => {
    const acc = createIndicatorAccumulator();
    expect(() =>
      acc.add({ streamId: 'T9', event: { type: 'ticket-closed', at: t(0), by: alice } as never }),
    ).toThrowError(
      'Indicators: event "ticket-closed" of stream "T9" comes before its ticket-opened event',
    );
  });

  it('refuses an unknown policy version, naming the known ones', () => {
    const h = new History();
    solvedAtLevel1(h, 'T1', 0, 'user', 'blocked', { takenAfter: 3, solvedAfter: 8 });
    const acc = createIndicatorAccumulator({
      policies: [defineTicketPolicy({ version: 'other' })],
    });
    expect(() => {
      for (const e of h.entries) acc.add(e);
    }).toThrowError(/pinned to policy "seed", which is not among options\.policies \("other"\)/);
  });

  it.each([
    [{ firstLevelTarget: 0 }, /firstLevelTarget/],
    [{ firstLevelTarget: 1.01 }, /firstLevelTarget must be in \(0, 1\], got 1\.01/],
    [{ backlogAgeLimitsMs: [10, 5] }, /ascending/],
    [{ backlogAgeLimitsMs: [10, 10] }, /ascending/],
    [{ backlogAgeLimitsMs: [0, 10] }, /positive and ascending, got \[0,10\]/],
    [{ policies: [] }, /non-empty/],
  ])('refuses %o', (options, message) => {
    expect(() => createIndicatorAccumulator(options as never)).toThrowError(message);
  });

  it('accepts a target of 100 % and a single age bucket', () => {
    const r = serviceIndicators(smallDesk().entries, t(40), {
      firstLevelTarget: 1,
      backlogAgeLimitsMs: [60 * MIN],
    });
    expect(r.firstLevelResolution).toMatchObject({ rate: 0.5, target: 1, ok: false });
    expect(r.backlog.byAge).toEqual([
      { upToMs: 60 * MIN, count: 1 },
      { upToMs: null, count: 0 },
    ]);
  });
});

describe('a store shared with other kinds of events', () => {
  it('skips events that are neither ticket nor call-queue events', () => {
    const h = new History();
    solvedAtLevel1(h, 'T1', 0, 'user', 'blocked', { takenAfter: 3, solvedAfter: 8 });
    const foreign = { streamId: 'PB-1', event: { type: 'problem-recorded', at: t(5) } } as never;
    const withForeign = [...h.entries.slice(0, 3), foreign, ...h.entries.slice(3)];
    expect(serviceIndicators(withForeign, t(30))).toEqual(serviceIndicators(h.entries, t(30)));
  });
});
