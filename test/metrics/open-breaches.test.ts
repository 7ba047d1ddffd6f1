import { describe, expect, it } from 'vitest';
import { createIndicatorAccumulator, type IndicatorAccumulator } from '../../src/metrics/index.js';
import { interventionId } from '../../src/ticket/index.js';
import { alice, History, open, t } from './metrics-fixtures.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
// t(m) is m minutes after Monday 2026-03-02 09:00 UTC; the seed's policy counts 24 × 7.
const at1350 = 290;
const at1800 = 540;

/** A P1 (the whole company blocked) called at 13:50, taken in charge at once, not solved. */
function unsolvedP1(h: History, id: string, start: number) {
  return h
    .do(id, open(id, t(start)))
    .do(id, { type: 'qualify', at: t(start), actor: alice, impact: 'company', urgency: 'blocked' })
    .do(id, { type: 'take-in-charge', at: t(start), actor: alice, mode: 'direct' });
}

function fed(h: History): IndicatorAccumulator {
  const acc = createIndicatorAccumulator();
  for (const e of h.entries) acc.add(e);
  return acc;
}

describe('open clocks count (issue 11, seed §2.5.2.4)', () => {
  it('a report at 18:00 shows a P1 that breached at 14:00 and is still unsolved', () => {
    const acc = fed(unsolvedP1(new History(), 'T-P1', at1350));
    const r = acc.snapshot(t(at1800));
    // P1 resolves within 10 minutes: due at 14:00, missed since, still open.
    expect(r.sla.get(1)?.resolution).toMatchObject({
      met: 0,
      total: 1,
      openMisses: 1,
      ok: false,
    });
    // Taken in charge within its minute: detection met, counted when the ticket closes.
    expect(r.sla.get(1)?.detection).toMatchObject({ met: 0, total: 0, openMisses: 0 });
    const [first, ...rest] = acc.atRisk(t(at1800));
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ ticketId: 'T-P1', priority: 1, urgencyMs: -4 * HOUR });
    expect(first?.clocks.find((c) => c.clock === 'resolution')).toEqual({
      clock: 'resolution',
      state: 'breached',
      dueAt: new Date('2026-03-02T14:00:00Z'),
      remainingMs: -4 * HOUR,
      overdueMs: 4 * HOUR,
      ratio: 25,
      nextAlert: null,
    });
  });

  it('counts a ticket once: open and breached at a snapshot, then at its closing', () => {
    const h = unsolvedP1(new History(), 'T-P1', at1350);
    const I = interventionId('T-P1-I1');
    h.do('T-P1', {
      type: 'start-intervention',
      at: t(at1800),
      actor: alice,
      interventionId: I,
      nature: 'Fix',
    })
      .do('T-P1', {
        type: 'apply-solution',
        at: t(at1800 + 10),
        actor: alice,
        interventionId: I,
        solution: { kind: 'fix', nature: 'definitive', description: 'Fixed' },
      })
      .do('T-P1', {
        type: 'record-report',
        at: t(at1800 + 12),
        actor: alice,
        interventionId: I,
        report: { summary: 'Fixed', outcome: 'finished' },
      })
      .do('T-P1', { type: 'close', at: t(at1800 + 15), actor: alice });
    const acc = fed(h);
    expect(acc.snapshot(t(at1800 + 30)).sla.get(1)?.resolution).toMatchObject({
      met: 0,
      total: 1,
      openMisses: 0,
    });
    expect(acc.atRisk(t(at1800 + 30))).toEqual([]);
  });

  it('does not count a clock before its due instant, and lists it with its time left and next alert', () => {
    const acc = fed(unsolvedP1(new History(), 'T-P1', at1350));
    expect(acc.snapshot(t(at1350 + 4)).sla.get(1)?.resolution).toMatchObject({
      total: 0,
      openMisses: 0,
    });
    const [first] = acc.atRisk(t(at1350 + 4));
    expect(first?.urgencyMs).toBe(6 * MIN);
    expect(first?.clocks.find((c) => c.clock === 'resolution')).toMatchObject({
      state: 'running',
      remainingMs: 6 * MIN,
      overdueMs: 0,
      ratio: 0.4,
      nextAlert: { ratio: 0.5, at: t(at1350 + 5) },
    });
  });

  it('counts a paused clock already past its due instant', () => {
    const h = unsolvedP1(new History(), 'T1', at1350);
    h.do('T1', { type: 'pause', at: t(at1350 + 20), actor: alice, reason: 'waiting-for-user' });
    expect(fed(h).snapshot(t(at1800)).sla.get(1)?.resolution).toMatchObject({
      total: 1,
      openMisses: 1,
    });
  });

  it('orders the list by urgency: the longest overdue first, then the least time left', () => {
    const h = new History();
    unsolvedP1(h, 'late', at1350);
    unsolvedP1(h, 'later', at1350 + 60);
    unsolvedP1(h, 'fresh', at1800 - 2);
    const acc = fed(h);
    expect(acc.atRisk(t(at1800)).map((x) => x.ticketId)).toEqual(['late', 'later', 'fresh']);
    expect(acc.atRisk(t(at1800), { limit: 1 }).map((x) => x.ticketId)).toEqual(['late']);
    expect(() => acc.atRisk(t(at1800), { limit: -1 })).toThrowError(/limit must be a whole number/);
    expect(() => acc.atRisk(new Date(Number.NaN))).toThrowError(/valid instant/);
  });
});
