// Direct example tests of src/metrics/open-ticket-clocks.ts (issue 10 item 7): the clocks of an
// open ticket at a snapshot, exactly, and the tickets left out.
import { describe, expect, it } from 'vitest';
import { clockStopped, openTicketClocks } from '../../src/metrics/open-ticket-clocks.js';
import { slaTargetsFor } from '../../src/sla/index.js';
import {
  defaultTicketPolicy,
  initialTicketIndicators,
  type TicketIndicatorProjection,
  technicianId,
} from '../../src/ticket/index.js';

const MIN = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 9) + minutes * MIN);

/** An open P1 (detection 1 min, resolution 10 min, maximum delay 1 h), opened at 09:00. */
const p1: TicketIndicatorProjection = {
  ...initialTicketIndicators,
  stage: 'open',
  opening: { at: at(0) },
  policyVersion: 'seed',
  qualification: { priority: 1, targets: slaTargetsFor(1) },
};

describe('openTicketClocks', () => {
  it('gives the three clocks of an open ticket at the snapshot, exactly', () => {
    expect(openTicketClocks('T1', p1, defaultTicketPolicy, at(4))).toEqual({
      ticketId: 'T1',
      priority: 1,
      openedAt: at(0),
      policyVersion: 'seed',
      urgencyMs: -3 * MIN,
      clocks: [
        {
          clock: 'detection',
          state: 'breached',
          dueAt: at(1),
          remainingMs: -3 * MIN,
          overdueMs: 3 * MIN,
          ratio: 4,
          nextAlert: null,
        },
        {
          clock: 'resolution',
          state: 'running',
          dueAt: at(10),
          remainingMs: 6 * MIN,
          overdueMs: 0,
          ratio: 0.4,
          nextAlert: { ratio: 0.5, at: at(5) },
        },
        {
          clock: 'maxDelay',
          state: 'running',
          dueAt: at(60),
          remainingMs: 56 * MIN,
          overdueMs: 0,
          ratio: 4 / 60,
          nextAlert: { ratio: 0.5, at: at(30) },
        },
      ],
    });
  });

  it('measures a ticket from the very instant it was opened', () => {
    const r = openTicketClocks('T1', p1, defaultTicketPolicy, at(0));
    expect(r?.urgencyMs).toBe(MIN);
    expect(r?.clocks.map((c) => [c.state, c.ratio])).toEqual([
      ['running', 0],
      ['running', 0],
      ['running', 0],
    ]);
  });

  it('leaves out a ticket not open, not qualified, without an opening, or opened after the snapshot', () => {
    for (const stage of ['new', 'closed', 'cancelled'] as const) {
      expect(openTicketClocks('T1', { ...p1, stage }, defaultTicketPolicy, at(4))).toBeUndefined();
    }
    expect(
      openTicketClocks('T1', { ...p1, qualification: undefined }, defaultTicketPolicy, at(4)),
    ).toBeUndefined();
    expect(
      openTicketClocks('T1', { ...p1, opening: undefined }, defaultTicketPolicy, at(4)),
    ).toBeUndefined();
    expect(
      openTicketClocks('T1', p1, defaultTicketPolicy, new Date(at(0).getTime() - 1)),
    ).toBeUndefined();
  });

  it('leaves out a ticket whose clocks reach beyond the calendars’ cap; lets any other error through', () => {
    const early = { ...p1, opening: { at: new Date(Date.UTC(1000, 0, 1)) } };
    expect(openTicketClocks('T1', early, defaultTicketPolicy, at(0))).toBeUndefined();
    const broken = { ...defaultTicketPolicy, calendar: { timeZone: 'UTC' } } as never;
    expect(() => openTicketClocks('T1', p1, broken, at(4))).toThrowError(
      "hours: expected opening hours keyed by weekday ({ monday: [['09:00', '18:00']] }), got undefined.",
    );
  });

  it('passes the alert thresholds given to each clock', () => {
    const r = openTicketClocks('T1', p1, defaultTicketPolicy, at(4), [0.6, 0.9]);
    expect(r?.clocks.map((c) => c.nextAlert)).toEqual([
      null,
      { ratio: 0.6, at: at(6) },
      { ratio: 0.6, at: at(36) },
    ]);
  });

  it('reads its urgency on the clocks still running or paused: a stopped one is left out', () => {
    // Taken in charge at 30 s: detection met with 30 s left, resolution running with 8 min left.
    const taken = { ...p1, takenInChargeAt: new Date(at(0).getTime() + 30_000) };
    const r = openTicketClocks('T1', taken, defaultTicketPolicy, at(2));
    expect(r?.clocks[0]).toMatchObject({ state: 'met', remainingMs: 30_000, overdueMs: 0 });
    expect(r?.urgencyMs).toBe(8 * MIN);
    // Resolved (not closed yet): every clock stopped, no urgency.
    const resolved = { ...taken, resolvedAt: at(1) };
    expect(openTicketClocks('T1', resolved, defaultTicketPolicy, at(2))?.urgencyMs).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('a clock breached and then stopped keeps its overrun', () => {
    const late = { ...p1, takenInChargeAt: at(3) };
    expect(openTicketClocks('T1', late, defaultTicketPolicy, at(4))?.clocks[0]).toEqual({
      clock: 'detection',
      state: 'breached',
      dueAt: at(1),
      remainingMs: -2 * MIN,
      overdueMs: 2 * MIN,
      ratio: 3,
      nextAlert: null,
    });
  });
});

describe('clockStopped', () => {
  it('detection stops at the taking in charge, resolution and maximum delay at the resolution', () => {
    const taken = { ...initialTicketIndicators, takenInChargeAt: at(1) };
    const resolved = {
      ...initialTicketIndicators,
      resolvedAt: at(2),
      resolvedBy: { id: technicianId('alice'), level: 1 as const },
    };
    expect(
      (['detection', 'resolution', 'maxDelay'] as const).map((c) => [
        clockStopped(initialTicketIndicators, c),
        clockStopped(taken, c),
        clockStopped(resolved, c),
      ]),
    ).toEqual([
      [false, true, false],
      [false, false, true],
      [false, false, true],
    ]);
  });
});
