import { describe, expect, it } from 'vitest';
import { createIndicatorAccumulator } from '../../src/metrics/indicator-accumulator.js';
import { serviceIndicators } from '../../src/metrics/service-indicators.js';
import { ticketId } from '../../src/ticket/index.js';
import { alice, History, open, solvedAtLevel1, t } from './metrics-fixtures.js';

// Issue 9: a cancelled ticket (opened in error, a duplicate, withdrawn) is terminal, leaves the
// backlog and is counted apart: never in first-level resolution, resolution times or SLA
// compliance.
function deskWithCancellations(): History {
  const h = new History();
  solvedAtLevel1(h, 'T1', 0, 'user', 'blocked', { takenAfter: 2, solvedAfter: 8 });
  // T2: a P1, qualified, then found to duplicate T1 and cancelled long past its targets.
  h.do('T2', open('T2', t(1)))
    .do('T2', { type: 'qualify', at: t(1), actor: alice, impact: 'company', urgency: 'blocked' })
    .do('T2', {
      type: 'cancel',
      at: t(300),
      actor: alice,
      reason: 'duplicate',
      duplicateOf: ticketId('T1'),
    });
  // T3: opened in error before any qualification.
  h.do('T3', open('T3', t(2))).do('T3', {
    type: 'cancel',
    at: t(3),
    actor: alice,
    reason: 'opened-in-error',
  });
  return h;
}

describe('cancelled tickets in the indicators', () => {
  const at = t(400);
  const withCancelled = serviceIndicators(deskWithCancellations().entries, at);
  const only = new History();
  solvedAtLevel1(only, 'T1', 0, 'user', 'blocked', { takenAfter: 2, solvedAfter: 8 });
  const without = serviceIndicators(only.entries, at);

  it('counts them apart and out of the backlog', () => {
    expect(withCancelled.tickets).toMatchObject({ opened: 3, closed: 1, open: 0, cancelled: 2 });
    expect(withCancelled.backlog).toEqual(without.backlog);
  });

  it('leaves first-level resolution, resolution times and SLA compliance as without them', () => {
    expect(withCancelled.firstLevelResolution).toEqual(without.firstLevelResolution);
    expect(withCancelled.timeToResolve).toEqual(without.timeToResolve);
    expect(withCancelled.sla).toEqual(without.sla);
    expect(withCancelled.byPriority).toEqual(without.byPriority);
    expect(withCancelled.sla).toBeDefined();
  });

  it('never lists a cancelled ticket as at risk, though it was before its cancellation', () => {
    const entries = deskWithCancellations().entries;
    const cancelT2 = entries.findIndex(
      (e) => e.streamId === 'T2' && e.event.type === 'ticket-cancelled',
    );
    const before = createIndicatorAccumulator();
    for (const entry of entries.slice(0, cancelT2)) before.add(entry);
    expect(before.atRisk(t(299)).map((r) => r.ticketId)).toContain('T2');
    const after = createIndicatorAccumulator();
    for (const entry of entries) after.add(entry);
    expect(after.atRisk(at).map((r) => r.ticketId)).toEqual([]);
  });
});
