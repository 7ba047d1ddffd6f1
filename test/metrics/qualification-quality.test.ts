import { describe, expect, it } from 'vitest';
import { serviceIndicators } from '../../src/metrics/index.js';
import { interventionId } from '../../src/ticket/index.js';
import { alice, History, open, t } from './metrics-fixtures.js';

const MIN = 60_000;

/** A ticket qualified `first`, requalified `then` after 30 minutes, solved at 45, closed. */
function requalified(
  h: History,
  id: string,
  first: {
    impact: 'company' | 'department' | 'user';
    urgency: 'blocked' | 'degraded' | 'can-wait';
  },
  then: { impact: 'company' | 'department' | 'user'; urgency: 'blocked' | 'degraded' | 'can-wait' },
) {
  const I = interventionId(`${id}-I1`);
  h.do(id, open(id, t(0)))
    .do(id, { type: 'qualify', at: t(0), actor: alice, ...first })
    .do(id, { type: 'take-in-charge', at: t(0), actor: alice, mode: 'direct' })
    .do(id, { type: 'qualify', at: t(30), actor: alice, ...then })
    .do(id, {
      type: 'start-intervention',
      at: t(30),
      actor: alice,
      interventionId: I,
      nature: 'Fix',
    })
    .do(id, {
      type: 'apply-solution',
      at: t(45),
      actor: alice,
      interventionId: I,
      solution: { kind: 'fix', nature: 'definitive', description: 'Fixed' },
    })
    .do(id, {
      type: 'record-report',
      at: t(45),
      actor: alice,
      interventionId: I,
      report: { summary: 'Fixed', outcome: 'finished' },
    })
    .do(id, { type: 'close', at: t(46), actor: alice });
}

describe('qualification quality (seed §3)', () => {
  it('counts requalifications by direction, and the time and misses of under-qualified tickets', () => {
    const h = new History();
    // Taken for one user slowed down (P4), it was the whole company blocked (P1): 30 minutes
    // under a less urgent priority, and resolution (10 minutes for P1) missed.
    requalified(
      h,
      'T1',
      { impact: 'user', urgency: 'degraded' },
      { impact: 'company', urgency: 'blocked' },
    );
    // Taken for the company blocked, it was one user: lowered, never under-qualified.
    requalified(
      h,
      'T2',
      { impact: 'company', urgency: 'blocked' },
      { impact: 'user', urgency: 'degraded' },
    );
    const q = serviceIndicators(h.entries, t(60)).qualification;
    expect(q).toEqual({
      requalified: { raised: 1, lowered: 1 },
      underQualified: {
        tickets: 1,
        totalMs: 30 * MIN,
        meanMs: 30 * MIN,
        slaMisses: { detection: 0, resolution: 1 },
      },
    });
  });

  it('counts nothing for a ticket qualified once', () => {
    const h = new History();
    h.do('T1', open('T1', t(0))).do('T1', {
      type: 'qualify',
      at: t(0),
      actor: alice,
      impact: 'user',
      urgency: 'blocked',
    });
    expect(serviceIndicators(h.entries, t(60)).qualification).toEqual({
      requalified: { raised: 0, lowered: 0 },
      underQualified: {
        tickets: 0,
        totalMs: 0,
        meanMs: null,
        slaMisses: { detection: 0, resolution: 0 },
      },
    });
  });
});
