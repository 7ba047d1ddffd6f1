import { describe, expect, it } from 'vitest';
import { createIndicatorAccumulator, serviceIndicators } from '../../src/metrics/index.js';
import { interventionId } from '../../src/ticket/index.js';
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
    expect(r.tickets).toEqual({ opened: 3, closed: 2, open: 1, reopened: 0, reopenRate: 0 });
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
    expect(r.sla.get(3)?.detection).toMatchObject({
      met: 1,
      total: 1,
      ok: true,
      successRate: 0.97,
    });
    expect(r.sla.get(3)?.resolution).toMatchObject({
      met: 1,
      total: 1,
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

describe('reopening', () => {
  it('withdraws the closed contribution and counts the reopening', () => {
    const h = new History();
    solvedAtLevel1(h, 'T1', 0, 'user', 'blocked', { takenAfter: 3, solvedAfter: 8 });
    h.do('T1', { type: 'reopen', at: t(20), actor: alice, reason: 'Fails again' });
    const r = serviceIndicators(h.entries, t(30));
    expect(r.tickets).toEqual({ opened: 1, closed: 0, open: 1, reopened: 1, reopenRate: null });
    expect(r.timeToResolve.count).toBe(0);
    expect(r.sla.get(3)?.resolution.total).toBe(0);
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
    expect(r.tickets).toEqual({ opened: 3, closed: 3, open: 0, reopened: 1, reopenRate: 1 / 3 });
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
  it('refuses an unknown policy version, naming the known ones', () => {
    const h = new History();
    solvedAtLevel1(h, 'T1', 0, 'user', 'blocked', { takenAfter: 3, solvedAfter: 8 });
    const acc = createIndicatorAccumulator({
      policies: [{ version: 'other' } as never],
    });
    expect(() => {
      for (const e of h.entries) acc.add(e);
    }).toThrowError(/pinned to policy "seed", which is not among options\.policies \("other"\)/);
  });

  it.each([
    [{ firstLevelTarget: 0 }, /firstLevelTarget/],
    [{ backlogAgeLimitsMs: [10, 5] }, /ascending/],
    [{ policies: [] }, /non-empty/],
  ])('refuses %o', (options, message) => {
    expect(() => createIndicatorAccumulator(options as never)).toThrowError(message);
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
