// Direct example tests of src/metrics/closed-ticket-contribution.ts (issue 10 item 7): what a
// closing adds, exactly, from hand-made projections.
import { describe, expect, it } from 'vitest';
import {
  closedTicketContribution,
  underQualifiedMs,
} from '../../src/metrics/closed-ticket-contribution.js';
import { slaTargetsFor } from '../../src/sla/index.js';
import {
  defaultTicketPolicy,
  defineTicketPolicy,
  initialTicketIndicators,
  type TicketIndicatorProjection,
  technicianId,
} from '../../src/ticket/index.js';

const MIN = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 9) + minutes * MIN);
const alice = { id: technicianId('alice'), level: 1 as const };

/**
 * A P3 (detection 10 min, resolution 1 h) opened at 09:00, taken in charge at 09:05 by group N1,
 * solved for good at level 1 at 09:50, closed at 10:00.
 */
const p3: TicketIndicatorProjection = {
  ...initialTicketIndicators,
  stage: 'closed',
  opening: { at: at(0) },
  policyVersion: 'seed',
  qualification: { priority: 3, targets: slaTargetsFor(3) },
  qualifiedSince: at(0),
  takenInChargeAt: at(5),
  resolvedAt: at(50),
  resolvedBy: alice,
  lastSolutionAtLevel1: true,
  closedAt: at(60),
  group: 'N1',
  category: 'poste',
};

describe('closedTicketContribution', () => {
  it('a P3 solved at level 1 within both targets', () => {
    expect(closedTicketContribution(p3, defaultTicketPolicy, at(60))).toEqual({
      priority: 3,
      atLevel1: true,
      timeToResolveMs: 50 * MIN,
      detectionMet: true,
      resolutionMet: true,
      underQualifiedMs: undefined,
      resolvedBy: alice,
      group: 'N1',
      category: 'poste',
    });
  });

  it('both targets missed', () => {
    const late = { ...p3, takenInChargeAt: at(11), resolvedAt: at(61), closedAt: at(70) };
    expect(closedTicketContribution(late, defaultTicketPolicy, at(70))).toMatchObject({
      timeToResolveMs: 61 * MIN,
      detectionMet: false,
      resolutionMet: false,
    });
  });

  it('a clock stopped at the very instant of the closing is read; one stopped after it is not met', () => {
    const atClosing = { ...p3, takenInChargeAt: at(8), resolvedAt: at(8), closedAt: at(8) };
    expect(closedTicketContribution(atClosing, defaultTicketPolicy, at(8))).toMatchObject({
      detectionMet: true,
      resolutionMet: true,
    });
    const after = { ...p3, takenInChargeAt: at(9), resolvedAt: at(9) };
    expect(closedTicketContribution(after, defaultTicketPolicy, at(8))).toMatchObject({
      detectionMet: false,
      resolutionMet: false,
    });
  });

  it('a ticket never taken in charge nor solved misses both clocks and has no time to resolve', () => {
    const never = {
      ...p3,
      takenInChargeAt: undefined,
      resolvedAt: undefined,
      resolvedBy: undefined,
      lastSolutionAtLevel1: false,
    };
    expect(closedTicketContribution(never, defaultTicketPolicy, at(5))).toEqual({
      priority: 3,
      atLevel1: false,
      timeToResolveMs: undefined,
      detectionMet: false,
      resolutionMet: false,
      underQualifiedMs: undefined,
      resolvedBy: undefined,
      group: 'N1',
      category: 'poste',
    });
  });

  it('an unqualified ticket has no priority and no clock', () => {
    const unqualified = { ...p3, qualification: undefined, qualifiedSince: undefined };
    expect(closedTicketContribution(unqualified, defaultTicketPolicy, at(60))).toMatchObject({
      priority: undefined,
      detectionMet: undefined,
      resolutionMet: undefined,
      underQualifiedMs: undefined,
      timeToResolveMs: 50 * MIN,
    });
  });

  it('without an opening, times are read from the closing (never negative)', () => {
    const unopened = { ...p3, opening: undefined, takenInChargeAt: undefined };
    expect(closedTicketContribution(unopened, defaultTicketPolicy, at(60))).toMatchObject({
      timeToResolveMs: 0,
      detectionMet: false,
      // Resolved 10 minutes before the clock's start: nothing elapsed, met.
      resolutionMet: true,
    });
  });

  it('leaves out of each clock the pauses its policy lets stop it, and only those', () => {
    // Waiting for the user from 09:02 to 09:20; taken in charge at 09:25, solved at 10:05.
    const paused = {
      ...p3,
      pauses: [{ reason: 'waiting-for-user' as const, from: at(2), to: at(20) }],
      takenInChargeAt: at(25),
      resolvedAt: at(65),
      closedAt: at(70),
    };
    // The seed's: the wait pauses resolution (47 min < 1 h), never detection (25 min > 10).
    expect(closedTicketContribution(paused, defaultTicketPolicy, at(70))).toMatchObject({
      detectionMet: false,
      resolutionMet: true,
    });
    // A policy the other way round: detection 7 min (< 10), resolution 65 min (> 1 h).
    const detectionPaused = defineTicketPolicy({
      version: 'detection-paused',
      pausingReasons: { detection: ['waiting-for-user'], resolution: [], maxDelay: [] },
    });
    expect(closedTicketContribution(paused, detectionPaused, at(70))).toMatchObject({
      detectionMet: true,
      resolutionMet: false,
    });
  });

  it('solved at level 1 only when never handed off and its last solution is a level-1 definitive one', () => {
    const atLevel1 = (p: Partial<TicketIndicatorProjection>) =>
      closedTicketContribution({ ...p3, ...p }, defaultTicketPolicy, at(60)).atLevel1;
    expect(atLevel1({})).toBe(true);
    expect(atLevel1({ transfers: 1 })).toBe(false);
    expect(atLevel1({ escalations: 1 })).toBe(false);
    expect(atLevel1({ transfers: 1, escalations: 1 })).toBe(false);
    expect(atLevel1({ lastSolutionAtLevel1: false })).toBe(false);
  });

  it('carries the time it spent under-qualified', () => {
    const requalified = {
      ...p3,
      qualification: { priority: 1 as const, targets: slaTargetsFor(1) },
      earlierPriorities: [{ priority: 3 as const, from: at(0), to: at(4) }],
    };
    expect(
      closedTicketContribution(requalified, defaultTicketPolicy, at(60)).underQualifiedMs,
    ).toBe(4 * MIN);
  });
});

describe('underQualifiedMs (seed §3)', () => {
  const finalP = (priority: 1 | 2 | 3 | 4, earlier: [1 | 2 | 3 | 4, number, number][]) => ({
    ...initialTicketIndicators,
    qualification: { priority, targets: slaTargetsFor(priority) },
    earlierPriorities: earlier.map(([p, from, to]) => ({
      priority: p,
      from: at(from),
      to: at(to),
    })),
  });

  it('sums the spans under a less urgent priority than the last one', () => {
    expect(
      underQualifiedMs(
        finalP(1, [
          [3, 0, 10],
          [1, 10, 12],
          [2, 12, 15],
        ]),
      ),
    ).toBe(13 * MIN);
    expect(underQualifiedMs(finalP(2, [[4, 0, 10]]))).toBe(10 * MIN);
  });

  it('is undefined when never under a less urgent one, or never qualified', () => {
    expect(underQualifiedMs(finalP(2, []))).toBeUndefined();
    expect(underQualifiedMs(finalP(2, [[2, 0, 10]]))).toBeUndefined();
    expect(underQualifiedMs(finalP(2, [[1, 0, 10]]))).toBeUndefined();
    expect(
      underQualifiedMs({
        ...initialTicketIndicators,
        earlierPriorities: [{ priority: 4, from: at(0), to: at(10) }],
      }),
    ).toBeUndefined();
  });
});
