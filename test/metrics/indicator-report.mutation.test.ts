import { describe, expect, it } from 'vitest';
import { DurationHistogram } from '../../src/metrics/duration-histogram.js';
import {
  type Aggregate,
  newAggregate,
  type ResolverAggregate,
} from '../../src/metrics/indicator-aggregate.js';
import { resolveIndicatorOptions } from '../../src/metrics/indicator-options.js';
import { type IndicatorTotals, indicatorReport } from '../../src/metrics/indicator-report.js';
import type { Priority } from '../../src/qualification/levels.js';
import { slaComplianceLine } from '../../src/sla/sla-compliance.js';
import { slaTargetsFor } from '../../src/sla/sla-table.js';
import { technicianId } from '../../src/ticket/ticket-ids.js';
import {
  evolveTicketIndicators,
  initialTicketIndicators,
  type TicketIndicatorEvent,
  type TicketIndicatorProjection,
} from '../../src/ticket/ticket-indicator-projection.js';

// Direct cases for src/metrics/indicator-report.ts (issue 10 item 7): every figure of a report
// worked out by hand from totals and ticket projections made here, on the default policy
// (always open, the seed's SLA table: P1 detection 1 min, resolution 10 min; P2 5 min, 30 min).

const HOUR = 3_600_000;
const at = new Date('2026-03-02T09:30:00Z');
const d = (iso: string) => new Date(iso);
const alice = { id: technicianId('alice'), level: 1 } as const;

function ticket(...events: TicketIndicatorEvent[]): TicketIndicatorProjection {
  return events.reduce(evolveTicketIndicators, initialTicketIndicators);
}
const opened = (iso: string): TicketIndicatorEvent => ({
  type: 'ticket-opened',
  at: d(iso),
  policyVersion: 'seed',
});
const qualified = (iso: string, priority: Priority): TicketIndicatorEvent => ({
  type: 'ticket-qualified',
  at: d(iso),
  priority,
  targets: slaTargetsFor(priority),
});
const taken = (iso: string): TicketIndicatorEvent => ({
  type: 'ticket-taken-in-charge',
  at: d(iso),
});

/** The tickets the accumulator would track at 09:30 (open ones, one closed, one cancelled). */
const tickets = (): TicketIndicatorProjection[] => [
  // P1 since 09:00, never taken: its detection and resolution clocks are breached.
  ticket(opened('2026-03-02T09:00:00Z'), qualified('2026-03-02T09:00:00Z', 1)),
  // P1 taken at 09:05: detection breached but stopped (not an open miss), resolution breached.
  ticket(
    opened('2026-03-02T09:00:00Z'),
    qualified('2026-03-02T09:00:00Z', 1),
    taken('2026-03-02T09:05:00Z'),
  ),
  // P1 opened 30 s ago: both clocks running.
  ticket(opened('2026-03-02T09:29:30Z'), qualified('2026-03-02T09:29:30Z', 1)),
  // Not qualified, open 1 h 30.
  ticket(opened('2026-03-02T08:00:00Z')),
  // P3 opened ten days ago, solved (not closed): its clocks stopped, breached or not.
  ticket(
    opened('2026-02-20T09:30:00Z'),
    qualified('2026-02-20T09:30:00Z', 3),
    taken('2026-02-20T09:35:00Z'),
    { type: 'solution-applied', at: d('2026-02-21T09:00:00Z'), nature: 'definitive', by: alice },
  ),
  // P2 opened exactly an hour ago, taken in time, its resolution (30 min) breached.
  ticket(
    opened('2026-03-02T08:30:00Z'),
    qualified('2026-03-02T08:30:00Z', 2),
    taken('2026-03-02T08:31:00Z'),
  ),
  // Closed (still tracked for its reopen window) and cancelled: not in the backlog.
  ticket(opened('2026-03-02T09:00:00Z'), qualified('2026-03-02T09:00:00Z', 2), {
    type: 'ticket-closed',
    at: d('2026-03-02T09:20:00Z'),
  }),
  ticket(opened('2026-03-02T09:10:00Z'), {
    type: 'ticket-cancelled',
    at: d('2026-03-02T09:12:00Z'),
  }),
];

function aggregate(
  closed: number,
  atLevel1: number,
  transfers: number,
  escalations: number,
  times: readonly number[],
  detection: { met: number; total: number },
  resolution: { met: number; total: number },
): Aggregate {
  const a = newAggregate();
  a.closed = closed;
  a.atLevel1 = atLevel1;
  a.transfers = transfers;
  a.escalations = escalations;
  for (const ms of times) a.histogram.add(ms);
  a.detection = detection;
  a.resolution = resolution;
  return a;
}

const resolverLine = (
  closed: number,
  resolutionMet: number,
  resolutionTotal: number,
  timeToResolveMs: number,
): ResolverAggregate => ({ closed, resolutionMet, resolutionTotal, timeToResolveMs });

function totals(): IndicatorTotals {
  const overall = aggregate(
    4,
    3,
    2,
    1,
    [60_000, 120_000, 600_000, 3_600_000],
    { met: 3, total: 4 },
    { met: 2, total: 4 },
  );
  overall.underQualified = 2;
  overall.underQualifiedMs = 90_000;
  overall.underQualifiedMisses = { detection: 1, resolution: 2 };
  return {
    answered: 7,
    abandoned: 3,
    opened: 12,
    raised: 2,
    lowered: 1,
    reopened: 2,
    cancelled: 1,
    overall,
    perPriority: new Map<Priority, Aggregate>([
      [1, aggregate(1, 1, 1, 0, [60_000], { met: 1, total: 1 }, { met: 1, total: 1 })],
      [
        2,
        aggregate(
          3,
          2,
          1,
          1,
          [120_000, 600_000, 3_600_000],
          { met: 2, total: 3 },
          { met: 1, total: 3 },
        ),
      ],
      [3, newAggregate()],
      [4, newAggregate()],
    ]),
    byTechnician: new Map([
      ['alice', resolverLine(3, 2, 3, 780_000)],
      ['bob', resolverLine(1, 0, 1, 3_600_000)],
    ]),
    byLevel: new Map([
      [1, resolverLine(3, 2, 3, 780_000)],
      [2, resolverLine(1, 0, 1, 3_600_000)],
    ]),
    byGroup: new Map([[null, resolverLine(4, 2, 4, 4_380_000)]]),
    byCategory: new Map([
      ['réseau', resolverLine(1, 1, 1, 60_000)],
      [null, resolverLine(3, 1, 3, 4_320_000)],
    ]),
  };
}

const options = () =>
  resolveIndicatorOptions({ backlogAgeLimitsMs: [HOUR, 4 * HOUR], firstLevelTarget: 0.8 });

const ages = (under1h: number, under4h: number, older: number) => [
  { upToMs: HOUR, count: under1h },
  { upToMs: 4 * HOUR, count: under4h },
  { upToMs: null, count: older },
];

const summaryOf = (times: readonly number[]) => {
  const h = new DurationHistogram();
  for (const ms of times) h.add(ms);
  return { count: h.count, meanMs: h.mean, medianMs: h.percentile(0.5), p90Ms: h.percentile(0.9) };
};

const slaLine = (met: number, total: number, openMisses: number, successRate: number) => ({
  ...slaComplianceLine(met, total + openMisses, successRate),
  openMisses,
});

describe('indicatorReport: every figure, by hand', () => {
  // Made in each test, so that a mutant active in a test run is the one the report is made with.
  const report = () => indicatorReport(totals(), tickets(), options(), at);

  it('reports at the instant given', () => {
    const r = report();
    expect(r.at).toBe(at);
  });

  it('calls, tickets and their rates', () => {
    const r = report();
    expect(r.calls).toEqual({ answered: 7, abandoned: 3, total: 10, abandonedRate: 0.3 });
    expect(r.tickets).toEqual({
      opened: 12,
      closed: 4,
      open: 6,
      reopened: 2,
      reopenRate: 0.5,
      cancelled: 1,
    });
  });

  it('requalifications and under-qualified tickets, their time and the clocks they missed', () => {
    const r = report();
    expect(r.qualification).toEqual({
      requalified: { raised: 2, lowered: 1 },
      underQualified: {
        tickets: 2,
        totalMs: 90_000,
        meanMs: 45_000,
        slaMisses: { detection: 1, resolution: 2 },
      },
    });
  });

  it('first-level resolution, resolution times, hand-offs per ticket opened', () => {
    const r = report();
    expect(r.firstLevelResolution).toEqual({
      closed: 4,
      atLevel1: 3,
      rate: 0.75,
      target: 0.8,
      ok: false,
    });
    expect(r.timeToResolve).toEqual(summaryOf([60_000, 120_000, 600_000, 3_600_000]));
    expect(r.timeToResolve.meanMs).toBe(1_095_000);
    expect(r.handoffs).toEqual({
      transfers: 2,
      escalations: 1,
      transferRate: 2 / 12,
      escalationRate: 1 / 12,
    });
  });

  it('the backlog: open tickets by age (an hour old is in the second band), the unqualified apart', () => {
    const r = report();
    expect(r.backlog).toEqual({ total: 6, byAge: ages(3, 2, 1), unqualified: 1 });
  });

  it('SLA compliance per priority: closed tickets and the open ones already breached', () => {
    const r = report();
    expect(r.sla).toEqual(
      new Map([
        [1, { detection: slaLine(1, 1, 1, 0.99), resolution: slaLine(1, 1, 2, 0.98) }],
        [2, { detection: slaLine(2, 3, 0, 0.98), resolution: slaLine(1, 3, 1, 0.97) }],
        [3, { detection: slaLine(0, 0, 0, 0.97), resolution: slaLine(0, 0, 0, 0.95) }],
        [4, { detection: slaLine(0, 0, 0, 0.95), resolution: slaLine(0, 0, 0, 0.9) }],
      ]),
    );
  });

  it('per priority: tickets (open and closed), figures, hand-offs per ticket, its backlog', () => {
    const r = report();
    expect(r.byPriority.get(1)).toEqual({
      tickets: 4,
      closed: 1,
      firstLevelResolution: { closed: 1, atLevel1: 1, rate: 1, target: 0.8, ok: true },
      timeToResolve: summaryOf([60_000]),
      handoffs: { transfers: 1, escalations: 0, transferRate: 0.25, escalationRate: 0 },
      sla: r.sla.get(1),
      backlog: { total: 3, byAge: ages(3, 0, 0) },
    });
    expect(r.byPriority.get(2)).toEqual({
      tickets: 4,
      closed: 3,
      firstLevelResolution: { closed: 3, atLevel1: 2, rate: 2 / 3, target: 0.8, ok: false },
      timeToResolve: summaryOf([120_000, 600_000, 3_600_000]),
      handoffs: { transfers: 1, escalations: 1, transferRate: 0.25, escalationRate: 0.25 },
      sla: r.sla.get(2),
      backlog: { total: 1, byAge: ages(0, 1, 0) },
    });
    expect(r.byPriority.get(3)).toEqual({
      tickets: 1,
      closed: 0,
      firstLevelResolution: { closed: 0, atLevel1: 0, rate: null, target: 0.8, ok: null },
      timeToResolve: { count: 0, meanMs: null, medianMs: null, p90Ms: null },
      handoffs: { transfers: 0, escalations: 0, transferRate: 0, escalationRate: 0 },
      sla: r.sla.get(3),
      backlog: { total: 1, byAge: ages(0, 0, 1) },
    });
    expect(r.byPriority.get(4)).toEqual({
      tickets: 0,
      closed: 0,
      firstLevelResolution: { closed: 0, atLevel1: 0, rate: null, target: 0.8, ok: null },
      timeToResolve: { count: 0, meanMs: null, medianMs: null, p90Ms: null },
      handoffs: { transfers: 0, escalations: 0, transferRate: null, escalationRate: null },
      sla: r.sla.get(4),
      backlog: { total: 0, byAge: ages(0, 0, 0) },
    });
    expect([...r.byPriority.keys()]).toEqual([1, 2, 3, 4]);
  });

  it('the breakdowns: closed, resolution clocks, mean time to resolve', () => {
    const r = report();
    const line = (closed: number, met: number, total: number, meanMs: number) => ({
      closed,
      resolution: { met, total },
      meanTimeToResolveMs: meanMs,
    });
    expect(r.byTechnician).toEqual(
      new Map([
        ['alice', line(3, 2, 3, 260_000)],
        ['bob', line(1, 0, 1, 3_600_000)],
      ]),
    );
    expect(r.byLevel).toEqual(
      new Map([
        [1, line(3, 2, 3, 260_000)],
        [2, line(1, 0, 1, 3_600_000)],
      ]),
    );
    expect(r.byGroup).toEqual(new Map([[null, line(4, 2, 4, 1_095_000)]]));
    expect(r.byCategory).toEqual(
      new Map([
        ['réseau', line(1, 1, 1, 60_000)],
        [null, line(3, 1, 3, 1_440_000)],
      ]),
    );
  });

  it('each priority line has backlog bands of its own', () => {
    const r = report();
    const four = r.byPriority.get(4)?.backlog.byAge;
    const three = r.byPriority.get(3)?.backlog.byAge;
    expect(four).not.toBe(three);
    expect(four).not.toBe(r.backlog.byAge);
  });
});

describe('indicatorReport with nothing to measure', () => {
  const empty = (): IndicatorTotals => ({
    answered: 0,
    abandoned: 0,
    opened: 0,
    raised: 0,
    lowered: 0,
    reopened: 0,
    cancelled: 0,
    overall: newAggregate(),
    perPriority: new Map(),
    byTechnician: new Map(),
    byLevel: new Map(),
    byGroup: new Map(),
    byCategory: new Map([['réseau', resolverLine(0, 0, 0, 0)]]),
  });

  it('no sample, no rate: every ratio is null, never a fake 0 %', () => {
    const r = indicatorReport(empty(), [], options(), at);
    expect(r.calls).toEqual({ answered: 0, abandoned: 0, total: 0, abandonedRate: null });
    expect(r.tickets.reopenRate).toBeNull();
    expect(r.qualification.underQualified).toEqual({
      tickets: 0,
      totalMs: 0,
      meanMs: null,
      slaMisses: { detection: 0, resolution: 0 },
    });
    expect(r.handoffs).toEqual({
      transfers: 0,
      escalations: 0,
      transferRate: null,
      escalationRate: null,
    });
    expect(r.backlog).toEqual({ total: 0, byAge: ages(0, 0, 0), unqualified: 0 });
    expect(r.byCategory.get('réseau')?.meanTimeToResolveMs).toBeNull();
  });

  it('a priority without totals has no line, even with open tickets', () => {
    const r = indicatorReport(empty(), tickets(), options(), at);
    expect(r.sla.size).toBe(0);
    expect(r.byPriority.size).toBe(0);
    expect(r.backlog).toEqual({ total: 6, byAge: ages(3, 2, 1), unqualified: 1 });
  });

  it('an open ticket pinned to a policy the options do not hold: in the backlog, no clock read', () => {
    const t = totals();
    const pinnedElsewhere = ticket(
      { type: 'ticket-opened', at: d('2026-03-02T09:00:00Z'), policyVersion: 'acme-2' },
      qualified('2026-03-02T09:00:00Z', 1),
    );
    const r = indicatorReport(t, [pinnedElsewhere], options(), at);
    expect(r.backlog).toEqual({ total: 1, byAge: ages(1, 0, 0), unqualified: 0 });
    expect(r.byPriority.get(1)?.tickets).toBe(2);
    expect(r.sla.get(1)).toEqual({
      detection: slaLine(1, 1, 0, 0.99),
      resolution: slaLine(1, 1, 0, 0.98),
    });
  });

  it('the under-qualified misses reported are a copy of the totals', () => {
    const t = empty();
    const r = indicatorReport(t, [], options(), at);
    t.overall.underQualifiedMisses.detection = 5;
    expect(r.qualification.underQualified.slaMisses).toEqual({ detection: 0, resolution: 0 });
  });
});
