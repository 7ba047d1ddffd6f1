// Direct example tests of src/metrics/indicator-accumulator.ts (issue 10 item 7): exact refusals,
// exact figures from small hand-made histories. Every test builds its own accumulator, so that a
// mutant of the building code is met by each test.
import { describe, expect, it } from 'vitest';
import {
  createIndicatorAccumulator,
  type IndicatorAccumulator,
  type IndicatorEntry,
  type IndicatorOptions,
  restoreIndicatorAccumulator,
} from '../../src/metrics/index.js';
import { type SlaTargets, slaTargetsFor } from '../../src/sla/index.js';
import { defaultTicketPolicy, defineTicketPolicy } from '../../src/ticket/index.js';
import { thrownNameAndMessage } from '../core/thrown-error.js';
import { t } from './metrics-fixtures.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** The seed policy's reopen window: 5 days of an always-open calendar. */
const WINDOW = 5 * DAY;
const alice = { id: 'alice', level: 1 } as const;
const bob = { id: 'bob', level: 2 } as const;

type Event = Record<string, unknown> & { type: string; at: Date };

const ev = {
  opened: (at: Date, policyVersion = 'seed'): Event => ({
    type: 'ticket-opened',
    at,
    policyVersion,
  }),
  qualified: (
    at: Date,
    priority: 1 | 2 | 3 | 4,
    extra: { targets?: SlaTargets; category?: string } = {},
  ): Event => ({
    type: 'ticket-qualified',
    at,
    priority,
    targets: extra.targets ?? slaTargetsFor(priority),
    ...(extra.category === undefined ? {} : { category: extra.category }),
  }),
  taken: (at: Date, group?: string): Event => ({
    type: 'ticket-taken-in-charge',
    at,
    ...(group === undefined ? {} : { group }),
  }),
  handedOff: (at: Date, kind: 'transfer' | 'escalation', group?: string): Event => ({
    type: 'ticket-handed-off',
    at,
    kind,
    ...(group === undefined ? {} : { group }),
  }),
  solved: (at: Date, by: { id: string; level: 1 | 2 | 3 } = alice): Event => ({
    type: 'solution-applied',
    at,
    nature: 'definitive',
    by,
  }),
  plain: (type: string, at: Date): Event => ({ type, at }),
  closed: (at: Date): Event => ({ type: 'ticket-closed', at }),
  reopened: (at: Date): Event => ({ type: 'ticket-reopened', at }),
  cancelled: (at: Date): Event => ({ type: 'ticket-cancelled', at }),
};

function add(
  acc: IndicatorAccumulator,
  streamId: string,
  event: Event,
  extra: { version?: number; position?: number } = {},
): void {
  acc.add({ streamId, event, ...extra } as unknown as IndicatorEntry);
}

/** Opened, qualified at `priority`, taken in charge, solved by `by` and closed, all at `at`. */
function closedTicket(
  acc: IndicatorAccumulator,
  id: string,
  at: Date,
  priority: 1 | 2 | 3 | 4 = 3,
  by = alice,
): void {
  add(acc, id, ev.opened(at));
  add(acc, id, ev.qualified(at, priority));
  add(acc, id, ev.taken(at));
  add(acc, id, ev.solved(at, by));
  add(acc, id, ev.closed(at));
}

const hourly: IndicatorOptions = { series: { period: 'hour', timeZone: 'UTC' } };

describe('snapshot and atRisk refuse an instant that is not one, naming it', () => {
  it('a value that is not a Date', () => {
    const acc = createIndicatorAccumulator();
    expect(thrownNameAndMessage(() => acc.snapshot('2026-03-02' as unknown as Date))).toEqual([
      'TypeError',
      'Indicators: snapshot needs a Date, got "2026-03-02".',
    ]);
    expect(thrownNameAndMessage(() => acc.atRisk(0 as unknown as Date))).toEqual([
      'TypeError',
      'Indicators: atRisk needs a Date, got 0.',
    ]);
  });

  it('an invalid Date', () => {
    const acc = createIndicatorAccumulator();
    expect(thrownNameAndMessage(() => acc.snapshot(new Date(Number.NaN)))).toEqual([
      'TypeError',
      'Indicators: snapshot needs a valid instant, got an invalid Date.',
    ]);
    expect(thrownNameAndMessage(() => acc.atRisk(new Date(Number.NaN)))).toEqual([
      'TypeError',
      'Indicators: atRisk needs a valid instant, got an invalid Date.',
    ]);
  });
});

describe('a ticket event the accumulator cannot place is refused, changing nothing', () => {
  it('an opening pinned to a policy not among options.policies names it and the known ones', () => {
    const acme = defineTicketPolicy({ version: 'acme' });
    const acc = createIndicatorAccumulator({ policies: [defaultTicketPolicy, acme] });
    const before = acc.save();
    expect(thrownNameAndMessage(() => add(acc, 'T1', ev.opened(t(0), 'nope')))).toEqual([
      'TypeError',
      'Indicators: a ticket is pinned to policy "nope", which is not among options.policies ("seed", "acme").',
    ]);
    expect(acc.save()).toEqual(before);
    expect(acc.trackedTickets).toBe(0);
    // A known one is taken.
    add(acc, 'T2', ev.opened(t(0), 'acme'));
    expect(acc.snapshot(t(1)).tickets.opened).toBe(1);
  });

  it('a re-baseline to a policy not among options.policies', () => {
    const acc = createIndicatorAccumulator();
    add(acc, 'T1', ev.opened(t(0)));
    const before = acc.save();
    expect(
      thrownNameAndMessage(() =>
        add(acc, 'T1', { type: 'policy-rebaselined', at: t(1), toVersion: 'v9' }),
      ),
    ).toEqual([
      'TypeError',
      'Indicators: a ticket is pinned to policy "v9", which is not among options.policies ("seed").',
    ]);
    expect(acc.save()).toEqual(before);
    // A known one moves nothing the figures read.
    add(acc, 'T1', { type: 'policy-rebaselined', at: t(1), toVersion: 'seed' });
    expect(acc.snapshot(t(2)).tickets).toMatchObject({ opened: 1, open: 1 });
  });

  it('an event of a stream never opened', () => {
    const acc = createIndicatorAccumulator();
    expect(thrownNameAndMessage(() => add(acc, 'T9', ev.closed(t(0))))).toEqual([
      'TypeError',
      'Indicators: event "ticket-closed" of stream "T9" comes before its ticket-opened event, or after the ticket was forgotten (closed longer ago than its reopen window).',
    ]);
    expect(acc.trackedTickets).toBe(0);
    expect(acc.snapshot(t(0)).tickets.closed).toBe(0);
  });

  it('an event dated before its ticket’s previous one; one at the same instant is taken', () => {
    const acc = createIndicatorAccumulator();
    add(acc, 'T1', ev.opened(t(10)));
    const before = acc.save();
    const [name, message] = thrownNameAndMessage(() => add(acc, 'T1', ev.closed(t(9))));
    expect(name).toBe('TypeError');
    expect(message).toBe(
      `Indicators: event "ticket-closed" of stream "T1" is dated a Date (2026-03-02T09:09:00.000Z), before the ticket's previous event (a Date (2026-03-02T09:10:00.000Z)); a ticket's events never go back in time.`,
    );
    expect(acc.save()).toEqual(before);
    add(acc, 'T1', ev.closed(t(10)));
    expect(acc.snapshot(t(10)).tickets).toMatchObject({ closed: 1, open: 0 });
  });

  it('a closing its calendar cannot count (a ticket open for over 1,000 years): a TypeError, nothing changed', () => {
    const acc = createIndicatorAccumulator();
    const early = new Date(Date.UTC(1000, 0, 1));
    const now = new Date(Date.UTC(2026, 0, 1));
    add(acc, 'A', ev.opened(early));
    add(acc, 'A', ev.qualified(early, 3));
    add(acc, 'A', ev.taken(now));
    const before = acc.save();
    expect(thrownNameAndMessage(() => add(acc, 'A', ev.closed(now)))).toEqual([
      'TypeError',
      'Indicators: event "ticket-closed" of stream "A" cannot be counted: workingTimeBetween: the answer lies more than 366,000 days (about 1,000 years) from the start, beyond what a calendar computes.',
    ]);
    expect(acc.save()).toEqual(before);
  });

  it('a cancellation whose reopen window ends past the calendars’ years: a TypeError, nothing changed', () => {
    const acc = createIndicatorAccumulator();
    const late = new Date(Date.UTC(275000, 11, 30));
    add(acc, 'C', ev.opened(late));
    const before = acc.save();
    expect(thrownNameAndMessage(() => add(acc, 'C', ev.cancelled(late)))).toEqual([
      'TypeError',
      'Indicators: event "ticket-cancelled" of stream "C" cannot be counted: The year 275001 is beyond the range of dates a calendar handles (years -275000 to 275000).',
    ]);
    expect(acc.save()).toEqual(before);
  });

  it('a cancellation adds no clocks to count: one of a ticket open for over 1,000 years is taken', () => {
    const acc = createIndicatorAccumulator();
    const early = new Date(Date.UTC(1000, 0, 1));
    const now = new Date(Date.UTC(2026, 0, 1));
    add(acc, 'A', ev.opened(early));
    add(acc, 'A', ev.qualified(early, 3));
    add(acc, 'A', ev.taken(now));
    add(acc, 'A', ev.cancelled(now));
    expect(acc.snapshot(now).tickets).toMatchObject({ opened: 1, cancelled: 1, open: 0 });
  });

  it('only an ending is settled on the calendar: a reopening or a second closing that late is taken', () => {
    const acc = createIndicatorAccumulator();
    const late = new Date(Date.UTC(275000, 11, 30));
    add(acc, 'D', ev.opened(t(0)));
    add(acc, 'D', ev.closed(t(0)));
    // Closed again (the stage does not change): no window to work out.
    add(acc, 'D', ev.closed(late));
    expect(acc.snapshot(late).tickets).toMatchObject({ closed: 1, open: 0 });
    // Reopened: it is open, no window either.
    add(acc, 'D', ev.reopened(late));
    expect(acc.snapshot(late).tickets).toMatchObject({ closed: 0, open: 1, reopened: 1 });
  });
});

describe('tickets are forgotten at the end of their reopen window, not before', () => {
  it('a closed ticket is kept up to the very end of its window, then forgotten', () => {
    const acc = createIndicatorAccumulator();
    closedTicket(acc, 'T1', t(0));
    const end = new Date(t(0).getTime() + WINDOW);
    add(acc, 'T2', ev.opened(end));
    expect(acc.trackedTickets).toBe(2);
    add(acc, 'T3', ev.opened(new Date(end.getTime() + 1)));
    expect(acc.trackedTickets).toBe(2);
    expect(acc.save().tracked.map((s) => s.id)).toEqual(['T2', 'T3']);
    expect(thrownNameAndMessage(() => add(acc, 'T1', ev.reopened(end)))[1]).toMatch(
      /^Indicators: event "ticket-reopened" of stream "T1" comes before its ticket-opened event, or after the ticket was forgotten/,
    );
    // Its figures stay.
    expect(acc.snapshot(end).tickets).toMatchObject({ opened: 3, closed: 1, open: 2 });
  });

  it('a closing forgets too', () => {
    const acc = createIndicatorAccumulator();
    closedTicket(acc, 'T1', t(0));
    add(acc, 'T2', ev.opened(t(0)));
    add(acc, 'T2', ev.closed(new Date(t(0).getTime() + WINDOW + 1)));
    expect(acc.trackedTickets).toBe(1);
  });

  it('a cancelled ticket is forgotten too, at the end of its window', () => {
    const acc = createIndicatorAccumulator();
    add(acc, 'T1', ev.opened(t(0)));
    add(acc, 'T1', ev.cancelled(t(1)));
    add(acc, 'T2', ev.opened(new Date(t(1).getTime() + WINDOW)));
    expect(acc.trackedTickets).toBe(2);
    add(acc, 'T3', ev.opened(new Date(t(1).getTime() + WINDOW + 1)));
    expect(acc.trackedTickets).toBe(2);
    expect(acc.snapshot(t(10_000)).tickets).toMatchObject({ opened: 3, cancelled: 1, open: 2 });
  });

  it('a ticket reopened within its window is kept while open, and its new window counts', () => {
    const acc = createIndicatorAccumulator();
    closedTicket(acc, 'T1', t(0));
    add(acc, 'T1', ev.reopened(t(60)));
    add(acc, 'T2', ev.opened(new Date(t(0).getTime() + WINDOW + 1)));
    // Still open: never forgotten.
    expect(acc.trackedTickets).toBe(2);
    expect(acc.snapshot(t(7300)).tickets).toMatchObject({ open: 2, closed: 0, reopened: 1 });
    // Closed again at 7,300 minutes: kept up to 7,300 minutes + 5 days.
    add(acc, 'T1', ev.closed(t(7300)));
    const end = t(7300).getTime() + WINDOW;
    add(acc, 'T3', ev.opened(new Date(end)));
    expect(acc.trackedTickets).toBe(3);
    add(acc, 'T4', ev.opened(new Date(end + 1)));
    expect(acc.trackedTickets).toBe(3);
    expect(acc.save().tracked.map((s) => s.id)).toEqual(['T2', 'T3', 'T4']);
  });

  it('forgets over a thousand tickets, and keeps forgetting the later ones right', () => {
    const acc = createIndicatorAccumulator();
    const base = t(0).getTime();
    for (let k = 0; k < 1100; k++) {
      const at = new Date(base + k);
      add(acc, `T${k}`, ev.opened(at));
      add(acc, `T${k}`, ev.closed(at));
    }
    expect(acc.trackedTickets).toBe(1100);
    // Half of them past their window.
    add(acc, 'X', ev.opened(new Date(base + WINDOW + 549)));
    // Those whose window ended strictly before: 0 to 548.
    expect(acc.trackedTickets).toBe(552);
    expect(acc.save().forget).toHaveLength(551);
    expect(acc.save().forget[0]).toEqual(['T549', base + 549 + WINDOW]);
    // All of them past it: the queue is compacted.
    add(acc, 'Y', ev.opened(new Date(base + WINDOW + 1100)));
    expect(acc.trackedTickets).toBe(2);
    expect(acc.save().forget).toEqual([]);
    const yClosed = base + WINDOW + 2000;
    add(acc, 'Y', ev.closed(new Date(yClosed)));
    add(acc, 'Z', ev.opened(new Date(yClosed + WINDOW)));
    expect(acc.trackedTickets).toBe(3);
    expect(acc.save().forget).toEqual([['Y', yClosed + WINDOW]]);
    add(acc, 'Z2', ev.opened(new Date(yClosed + WINDOW + 1)));
    expect(acc.save().tracked.map((s) => s.id)).toEqual(['X', 'Z', 'Z2']);
    expect(acc.snapshot(new Date(yClosed + WINDOW + 1)).tickets).toMatchObject({
      opened: 1104,
      closed: 1101,
      open: 3,
    });
  });
});

describe('what a closing adds, and a reopening takes back', () => {
  it('a qualified ticket counts in its priority; an unqualified one only overall', () => {
    const acc = createIndicatorAccumulator();
    closedTicket(acc, 'T1', t(0), 3);
    add(acc, 'T2', ev.opened(t(1)));
    add(acc, 'T2', ev.closed(t(2)));
    const r = acc.snapshot(t(3));
    expect(r.tickets).toMatchObject({ opened: 2, closed: 2, open: 0 });
    expect(r.firstLevelResolution).toMatchObject({ closed: 2, atLevel1: 1 });
    expect([1, 2, 3, 4].map((p) => r.byPriority.get(p as 1)?.closed)).toEqual([0, 0, 1, 0]);
    expect(r.byPriority.get(3)?.firstLevelResolution).toMatchObject({ closed: 1, atLevel1: 1 });
  });

  it('counts its resolver (technician and level), its group and its category; none known under null', () => {
    const acc = createIndicatorAccumulator();
    add(acc, 'T1', ev.opened(t(0)));
    add(acc, 'T1', ev.qualified(t(0), 3, { category: 'réseau' }));
    add(acc, 'T1', ev.taken(t(1), 'N1'));
    add(acc, 'T1', ev.handedOff(t(2), 'escalation', 'N2'));
    add(acc, 'T1', ev.solved(t(30), bob));
    add(acc, 'T1', ev.closed(t(31)));
    // Closed with no solution, no group, no category.
    add(acc, 'T2', ev.opened(t(0)));
    add(acc, 'T2', ev.closed(t(5)));
    const r = acc.snapshot(t(40));
    // T1: P3, resolved 30 minutes after its opening, within its 4-hour resolution target.
    const bobLine = { closed: 1, resolution: { met: 1, total: 1 }, meanTimeToResolveMs: 30 * MIN };
    expect([...r.byTechnician]).toEqual([['bob', bobLine]]);
    expect([...r.byLevel]).toEqual([[2, bobLine]]);
    // T2: no resolution, no qualification.
    const none = { closed: 1, resolution: { met: 0, total: 0 }, meanTimeToResolveMs: 0 };
    expect([...r.byGroup]).toEqual([
      ['N2', bobLine],
      [null, none],
    ]);
    expect([...r.byCategory]).toEqual([
      ['réseau', bobLine],
      [null, none],
    ]);
  });

  it('a reopening takes the closing back from every figure and from the period it closed in', () => {
    const acc = createIndicatorAccumulator(hourly);
    add(acc, 'T1', ev.opened(t(0)));
    add(acc, 'T1', ev.qualified(t(0), 3, { category: 'poste' }));
    add(acc, 'T1', ev.taken(t(1), 'N1'));
    add(acc, 'T1', ev.solved(t(10)));
    add(acc, 'T1', ev.closed(t(11)));
    const closedFigures = acc.snapshot(t(20));
    expect(closedFigures.tickets).toMatchObject({ closed: 1, open: 0 });
    expect(closedFigures.series[0]?.tickets.closed).toBe(1);
    add(acc, 'T1', ev.reopened(t(90)));
    const r = acc.snapshot(t(100));
    expect(r.tickets).toMatchObject({ closed: 0, open: 1, reopened: 1 });
    expect(r.firstLevelResolution).toMatchObject({ closed: 0, atLevel1: 0 });
    expect(r.byPriority.get(3)?.closed).toBe(0);
    expect(r.timeToResolve.count).toBe(0);
    expect(r.byTechnician.size).toBe(0);
    expect(r.byLevel.size).toBe(0);
    expect(r.byGroup.size).toBe(0);
    expect(r.byCategory.size).toBe(0);
    expect(r.series.map((p) => [p.start.toISOString(), p.tickets, p.backlog])).toEqual([
      ['2026-03-02T09:00:00.000Z', { opened: 1, closed: 0, reopened: 0, cancelled: 0 }, 0],
      ['2026-03-02T10:00:00.000Z', { opened: 0, closed: 0, reopened: 1, cancelled: 0 }, 1],
    ]);
    expect(r.series[0]?.sla).toEqual({
      detection: { met: 0, total: 0 },
      resolution: { met: 0, total: 0 },
    });
  });

  it('each reopening counts once in its period', () => {
    const acc = createIndicatorAccumulator(hourly);
    add(acc, 'T1', ev.opened(t(0)));
    add(acc, 'T1', ev.closed(t(1)));
    add(acc, 'T1', ev.reopened(t(2)));
    add(acc, 'T1', ev.closed(t(3)));
    add(acc, 'T1', ev.reopened(t(4)));
    const r = acc.snapshot(t(5));
    expect(r.tickets).toMatchObject({ reopened: 2, closed: 0, open: 1 });
    expect(r.series.map((p) => [p.tickets, p.backlog])).toEqual([
      [{ opened: 1, closed: 0, reopened: 2, cancelled: 0 }, 1],
    ]);
  });

  it('a closed ticket then cancelled leaves the closed ones and never comes back to the backlog', () => {
    const acc = createIndicatorAccumulator(hourly);
    add(acc, 'T1', ev.opened(t(0)));
    add(acc, 'T1', ev.closed(t(1)));
    add(acc, 'T1', ev.cancelled(t(2)));
    const r = acc.snapshot(t(5));
    expect(r.tickets).toMatchObject({ opened: 1, closed: 0, cancelled: 1, open: 0 });
    expect(r.series.map((p) => [p.tickets, p.backlog])).toEqual([
      [{ opened: 1, closed: 0, reopened: 0, cancelled: 1 }, 0],
    ]);
  });

  it('a closed ticket saved without its closing instant is refused on restore', () => {
    const acc = createIndicatorAccumulator(hourly);
    add(acc, 'T1', ev.opened(t(0)));
    add(acc, 'T1', ev.closed(t(1)));
    const saved = JSON.parse(JSON.stringify(acc.save()));
    saved.tracked[0].closedAt = null;
    expect(() => restoreIndicatorAccumulator(saved, hourly)).toThrow(
      'tracked[0].closedAt must be an instant when the ticket is closed, got null',
    );
  });

  it('a ticket closed then cancelled keeps its closing instant through a save and a restore', () => {
    const acc = createIndicatorAccumulator(hourly);
    add(acc, 'T1', ev.opened(t(0)));
    add(acc, 'T1', ev.closed(t(1)));
    add(acc, 'T1', ev.cancelled(t(2)));
    const saved = JSON.parse(JSON.stringify(acc.save()));
    expect(saved.tracked[0]).toMatchObject({ stage: 'cancelled', closedAt: t(1).getTime() });
    const again = restoreIndicatorAccumulator(saved, hourly);
    expect(again.snapshot(t(5))).toEqual(acc.snapshot(t(5)));
  });

  it('a reopening whose closing period is no longer kept takes it back from the totals alone', () => {
    const acc = createIndicatorAccumulator({
      series: { period: 'hour', timeZone: 'UTC', keep: 2 },
    });
    closedTicket(acc, 'T1', t(0));
    add(acc, 'T2', ev.opened(t(60)));
    add(acc, 'T2', ev.opened(t(120)));
    add(acc, 'T1', ev.reopened(t(130)));
    const r = acc.snapshot(t(130));
    expect(r.tickets).toMatchObject({ closed: 0, open: 2, reopened: 1, opened: 3 });
    expect(
      r.series.map((p) => [p.start.toISOString(), p.tickets.opened, p.tickets.reopened]),
    ).toEqual([
      ['2026-03-02T10:00:00.000Z', 1, 0],
      ['2026-03-02T11:00:00.000Z', 1, 1],
    ]);
  });

  it('an event older than every period kept counts in the totals, in no period', () => {
    const acc = createIndicatorAccumulator({
      series: { period: 'hour', timeZone: 'UTC', keep: 1 },
    });
    add(acc, 'T1', ev.opened(t(120)));
    add(acc, 'T2', ev.opened(t(0)));
    add(acc, 'T2', ev.handedOff(t(1), 'transfer'));
    add(acc, 'T2', ev.closed(t(2)));
    add(acc, 'T3', ev.opened(t(3)));
    add(acc, 'T3', ev.cancelled(t(4)));
    add(acc, 'T2', ev.reopened(t(5)));
    acc.add({
      streamId: 'q',
      event: { type: 'call-answered', callId: 'c1', at: t(0), waitedMs: 1_000 },
    });
    acc.add({
      streamId: 'q',
      event: { type: 'call-abandoned', callId: 'c2', at: t(0), waitedMs: 1_000 },
    });
    const r = acc.snapshot(t(130));
    expect(r.tickets).toMatchObject({ opened: 3, closed: 0, reopened: 1, cancelled: 1, open: 2 });
    expect(r.calls).toMatchObject({ answered: 1, abandoned: 1 });
    expect(r.series).toHaveLength(1);
    expect(r.series[0]).toMatchObject({
      start: new Date('2026-03-02T11:00:00.000Z'),
      tickets: { opened: 1, closed: 0, reopened: 0, cancelled: 0 },
      calls: { offered: 0 },
      backlog: 1,
    });
  });
});

describe('hand-offs, requalifications, reopenings and cancellations counted', () => {
  it('transfers and escalations, overall, by priority and in their period', () => {
    const acc = createIndicatorAccumulator(hourly);
    add(acc, 'T1', ev.opened(t(0)));
    // Before any qualification: overall only.
    add(acc, 'T1', ev.handedOff(t(1), 'transfer'));
    add(acc, 'T1', ev.qualified(t(2), 2));
    add(acc, 'T1', ev.handedOff(t(3), 'escalation'));
    add(acc, 'T1', ev.handedOff(t(70), 'escalation'));
    add(acc, 'T1', ev.handedOff(t(71), 'transfer'));
    const r = acc.snapshot(t(80));
    expect(r.handoffs).toEqual({
      transfers: 2,
      escalations: 2,
      transferRate: 2,
      escalationRate: 2,
    });
    expect(r.byPriority.get(2)?.handoffs).toEqual({
      transfers: 1,
      escalations: 2,
      transferRate: 1,
      escalationRate: 2,
    });
    expect(r.byPriority.get(3)?.handoffs).toMatchObject({ transfers: 0, escalations: 0 });
    expect(r.series.map((p) => p.handoffs)).toEqual([
      { transfers: 1, escalations: 1 },
      { transfers: 1, escalations: 1 },
    ]);
  });

  it('requalifications up and down, and reopenings', () => {
    const acc = createIndicatorAccumulator();
    add(acc, 'T1', ev.opened(t(0)));
    add(acc, 'T1', ev.qualified(t(0), 3));
    add(acc, 'T1', ev.qualified(t(10), 1));
    add(acc, 'T1', ev.qualified(t(20), 2));
    add(acc, 'T1', ev.qualified(t(30), 1));
    add(acc, 'T1', ev.solved(t(40)));
    add(acc, 'T1', ev.closed(t(41)));
    add(acc, 'T1', ev.reopened(t(42)));
    add(acc, 'T1', ev.solved(t(43)));
    add(acc, 'T1', ev.closed(t(44)));
    add(acc, 'T1', ev.reopened(t(45)));
    const r = acc.snapshot(t(50));
    expect(r.qualification.requalified).toEqual({ raised: 2, lowered: 1 });
    expect(r.tickets).toMatchObject({ reopened: 2, closed: 0, open: 1 });
  });

  it('a cancellation, in the totals and in its period, leaves the backlog', () => {
    const acc = createIndicatorAccumulator(hourly);
    add(acc, 'T1', ev.opened(t(0)));
    add(acc, 'T2', ev.opened(t(1)));
    add(acc, 'T1', ev.cancelled(t(70)));
    const r = acc.snapshot(t(80));
    expect(r.tickets).toMatchObject({ opened: 2, cancelled: 1, open: 1, closed: 0 });
    expect(r.series.map((p) => [p.tickets.cancelled, p.backlog])).toEqual([
      [0, 2],
      [1, 1],
    ]);
  });
});

describe('the backlog of each period', () => {
  it('is the open tickets after the last event of the period, whatever the event', () => {
    const acc = createIndicatorAccumulator(hourly);
    add(acc, 'T1', ev.opened(t(0)));
    // Opened again while open: still one open ticket.
    add(acc, 'T1', ev.opened(t(1)));
    add(acc, 'T2', ev.opened(t(2)));
    // An event that changes nothing, in a new period.
    add(acc, 'T1', ev.plain('user-informed', t(70)));
    // A call in another one.
    acc.add({
      streamId: 'q',
      event: { type: 'call-answered', callId: 'c1', at: t(130), waitedMs: 1_000 },
    });
    // A qualification in another one.
    add(acc, 'T2', ev.qualified(t(190), 3));
    add(acc, 'T1', ev.closed(t(250)));
    add(acc, 'T1', ev.reopened(t(310)));
    const r = acc.snapshot(t(320));
    expect(r.series.map((p) => [p.tickets.opened, p.backlog])).toEqual([
      [3, 2],
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 1],
      [0, 2],
    ]);
    expect(r.tickets).toMatchObject({ opened: 3, open: 2 });
  });

  it('a restored accumulator counts the open tickets it was saved with', () => {
    const acc = createIndicatorAccumulator(hourly);
    add(acc, 'T1', ev.opened(t(0)));
    add(acc, 'T2', ev.opened(t(0)));
    add(acc, 'T3', ev.opened(t(0)));
    add(acc, 'T2', ev.closed(t(1)));
    add(acc, 'T3', ev.cancelled(t(1)));
    const again = restoreIndicatorAccumulator(JSON.parse(JSON.stringify(acc.save())), hourly);
    add(again, 'T4', ev.opened(t(60)));
    expect(again.snapshot(t(61)).series.map((p) => p.backlog)).toEqual([1, 2]);
    add(again, 'T2', ev.reopened(t(120)));
    expect(again.snapshot(t(121)).series.map((p) => p.backlog)).toEqual([1, 2, 3]);
  });

  it('a snapshot without a series has an empty one', () => {
    const acc = createIndicatorAccumulator();
    add(acc, 'T1', ev.opened(t(0)));
    expect(acc.snapshot(t(1)).series).toEqual([]);
  });
});

describe('the calls of each period, against the queue thresholds given', () => {
  it('answered within the service level up to its very threshold; short abandons strictly under theirs', () => {
    const acc = createIndicatorAccumulator({
      ...hourly,
      queue: { serviceLevelMs: 30_000, shortAbandonMs: 10_000 },
      firstLevelTarget: 0.7,
    });
    const call = (type: 'call-answered' | 'call-abandoned', callId: string, waitedMs: number) =>
      acc.add({ streamId: 'q', event: { type, callId, at: t(0), waitedMs } });
    call('call-answered', 'a1', 30_000);
    call('call-answered', 'a2', 30_001);
    call('call-abandoned', 'b1', 10_000);
    call('call-abandoned', 'b2', 9_999);
    add(acc, 'T1', ev.opened(t(1)));
    call('call-answered', 'a3', 1_000);
    const r = acc.snapshot(t(2));
    expect(r.calls).toEqual({ answered: 3, abandoned: 2, total: 5, abandonedRate: 0.4 });
    const [point] = r.series;
    expect(point?.calls).toEqual({ offered: 5, answered: 3, abandoned: 2 });
    expect(point?.queue.serviceLevel).toEqual({
      thresholdMs: 30_000,
      answeredWithin: 2,
      rate: 0.5,
    });
    expect(point?.queue.abandonment).toEqual({ shortThresholdMs: 10_000, short: 1, rate: 0.25 });
    expect(point?.queue.speedOfAnswer.count).toBe(3);
    expect(point?.firstLevelResolution.target).toBe(0.7);
    expect(point?.backlog).toBe(1);
    expect(r.queue.answered).toBe(3);
  });
});

describe('an entry delivered again counts once', () => {
  it('by its store position: at or below the last one seen', () => {
    const acc = createIndicatorAccumulator();
    const call = (callId: string, position?: number) =>
      acc.add({
        streamId: 'q',
        event: { type: 'call-answered', callId, at: t(0), waitedMs: 1_000 },
        ...(position === undefined ? {} : { position }),
      });
    call('c1', 1);
    call('c1', 1);
    call('c2', 3);
    call('c3', 2);
    // An entry without a position is always taken, and leaves the last position as it was.
    call('c4');
    call('c2', 3);
    call('c5', 4);
    expect(acc.snapshot(t(1)).calls.answered).toBe(4);
    expect(acc.save().lastPosition).toBe(4);
  });

  it('an event of another kind is skipped, its position kept', () => {
    const acc = createIndicatorAccumulator();
    acc.add({
      streamId: 'P1',
      event: { type: 'problem-recorded', at: t(0) },
      position: 5,
    } as unknown as IndicatorEntry);
    expect(acc.trackedTickets).toBe(0);
    expect(acc.save().lastPosition).toBe(5);
    expect(acc.snapshot(t(1)).tickets.opened).toBe(0);
  });

  it('by its stream version: at or below the last one seen; an entry without one is taken', () => {
    const acc = createIndicatorAccumulator();
    add(acc, 'T1', ev.opened(t(0)), { version: 1 });
    add(acc, 'T1', ev.handedOff(t(1), 'transfer'), { version: 2 });
    add(acc, 'T1', ev.handedOff(t(1), 'transfer'), { version: 2 });
    add(acc, 'T1', ev.handedOff(t(1), 'transfer'), { version: 1 });
    expect(acc.snapshot(t(2)).handoffs.transfers).toBe(1);
    // Without a version: taken, and the last version seen stays 2.
    add(acc, 'T1', ev.handedOff(t(2), 'escalation'));
    add(acc, 'T1', ev.handedOff(t(2), 'transfer'), { version: 2 });
    add(acc, 'T1', ev.handedOff(t(3), 'transfer'), { version: 3 });
    expect(acc.snapshot(t(4)).handoffs).toMatchObject({ transfers: 2, escalations: 1 });
    expect(acc.save().tracked[0]?.lastVersion).toBe(3);
  });
});

describe('the at-risk list', () => {
  /** A ticket opened and qualified at `at`, with `targets`. */
  const openP = (
    acc: IndicatorAccumulator,
    id: string,
    at: Date,
    priority: 1 | 2 | 3 | 4,
    targets?: SlaTargets,
  ) => {
    add(acc, id, ev.opened(at));
    add(acc, id, ev.qualified(at, priority, targets === undefined ? {} : { targets }));
  };

  it('refuses a limit that is not a whole number ≥ 0, naming it; takes 0 and Infinity', () => {
    const acc = createIndicatorAccumulator();
    openP(acc, 'T1', t(0), 3);
    openP(acc, 'T2', t(1), 3);
    for (const [limit, shown] of [
      [-1, '-1'],
      [1.5, '1.5'],
      [Number.NaN, 'NaN'],
      [Number.NEGATIVE_INFINITY, '-Infinity'],
      ['2', '"2"'],
    ] as const) {
      expect(thrownNameAndMessage(() => acc.atRisk(t(2), { limit: limit as number }))).toEqual([
        'TypeError',
        `Indicators: atRisk's limit must be a whole number ≥ 0, got ${shown}.`,
      ]);
    }
    expect(acc.atRisk(t(2), { limit: 0 })).toEqual([]);
    expect(acc.atRisk(t(2), { limit: 1 }).map((x) => x.ticketId)).toEqual(['T1']);
    expect(acc.atRisk(t(2), { limit: 2 }).map((x) => x.ticketId)).toEqual(['T1', 'T2']);
    expect(acc.atRisk(t(2), { limit: 5 }).map((x) => x.ticketId)).toEqual(['T1', 'T2']);
    expect(acc.atRisk(t(2), { limit: Number.POSITIVE_INFINITY }).map((x) => x.ticketId)).toEqual([
      'T1',
      'T2',
    ]);
  });

  it('leaves out the unqualified, the resolved (every clock stopped), the closed and the cancelled', () => {
    const acc = createIndicatorAccumulator();
    add(acc, 'U', ev.opened(t(0)));
    openP(acc, 'R', t(0), 3);
    add(acc, 'R', ev.taken(t(1)));
    add(acc, 'R', ev.solved(t(2)));
    closedTicket(acc, 'C', t(0));
    openP(acc, 'X', t(0), 3);
    add(acc, 'X', ev.cancelled(t(1)));
    openP(acc, 'O', t(0), 3);
    expect(acc.atRisk(t(3)).map((x) => x.ticketId)).toEqual(['O']);
  });

  it('orders by working time left, then by priority, then by ticket id', () => {
    const acc = createIndicatorAccumulator();
    const same = slaTargetsFor(3);
    // Fed in an order that is not the list's: ties among P3 as a, f, b.
    openP(acc, 'a', t(0), 3, same);
    openP(acc, 'f', t(0), 3, same);
    openP(acc, 'b', t(0), 3, same);
    openP(acc, 'c', t(0), 2, same);
    openP(acc, 'd', t(0), 4, same);
    openP(acc, 'e', t(-1), 4, same);
    const list = acc.atRisk(t(1));
    expect(list.map((x) => x.ticketId)).toEqual(['e', 'c', 'a', 'b', 'f', 'd']);
    // e, opened a minute earlier, has a minute less; the others tie.
    const least = list[0]?.urgencyMs ?? 0;
    expect(list.map((x) => x.urgencyMs - least)).toEqual([0, MIN, MIN, MIN, MIN, MIN]);
  });

  it('passes its thresholds to each clock', () => {
    const acc = createIndicatorAccumulator();
    openP(acc, 'T1', t(0), 1);
    const [first] = acc.atRisk(t(4), { thresholds: [0.9] });
    // P1 resolves within 10 minutes: 90 % of it is reached at 9 minutes.
    expect(first?.clocks.find((c) => c.clock === 'resolution')?.nextAlert).toEqual({
      ratio: 0.9,
      at: t(9),
    });
    const [byDefault] = acc.atRisk(t(4));
    expect(byDefault?.clocks.find((c) => c.clock === 'resolution')?.nextAlert).toEqual({
      ratio: 0.5,
      at: t(5),
    });
  });
});

describe('breakdowns past their room', () => {
  it('a category past the first 1,000 is counted under null even when its group has room', () => {
    const acc = createIndicatorAccumulator();
    const base = t(0).getTime();
    for (let k = 0; k <= 1000; k++) {
      const at = new Date(base + k);
      add(acc, `T${k}`, ev.opened(at));
      add(acc, `T${k}`, ev.qualified(at, 3, { category: `c${k}` }));
      add(acc, `T${k}`, ev.closed(at));
    }
    const r = acc.snapshot(new Date(base + 2000));
    expect(r.byCategory.size).toBe(1001);
    expect(r.byCategory.has('c1000')).toBe(false);
    expect(r.byCategory.get(null)?.closed).toBe(1);
    expect([...r.byGroup]).toEqual([[null, expect.objectContaining({ closed: 1001 })]]);
  });

  it('a ticket counted under null past the first 1,000 categories keeps every figure of its closing', () => {
    const base = t(0).getTime();
    const last = (acc: IndicatorAccumulator, category?: string) => {
      const at = new Date(base + 1000);
      const done = new Date(base + 1000 + 30 * 60_000);
      add(acc, 'T1000', ev.opened(at));
      add(acc, 'T1000', ev.qualified(at, 2, category === undefined ? {} : { category }));
      add(acc, 'T1000', ev.taken(at));
      add(acc, 'T1000', ev.solved(done));
      add(acc, 'T1000', ev.closed(done));
    };
    const acc = createIndicatorAccumulator();
    for (let k = 0; k < 1000; k++) {
      const at = new Date(base + k);
      add(acc, `T${k}`, ev.opened(at));
      add(acc, `T${k}`, ev.qualified(at, 3, { category: `c${k}` }));
      add(acc, `T${k}`, ev.closed(at));
    }
    last(acc, 'c1000');
    // The same ticket alone, filed under no category: its null line is the one to find.
    const alone = createIndicatorAccumulator();
    last(alone);
    const when = new Date(base + 2 * 3_600_000);
    const line = acc.snapshot(when).byCategory.get(null);
    expect(line).toEqual(alone.snapshot(when).byCategory.get(null));
    expect(line).toMatchObject({ closed: 1 });
  });

  it('a group past the first 1,000 is counted under null even when its category has room', () => {
    const acc = createIndicatorAccumulator();
    const base = t(0).getTime();
    for (let k = 0; k <= 1000; k++) {
      const at = new Date(base + k);
      add(acc, `T${k}`, ev.opened(at));
      add(acc, `T${k}`, ev.taken(at, `g${k}`));
      add(acc, `T${k}`, ev.closed(at));
    }
    const r = acc.snapshot(new Date(base + 2000));
    expect(r.byGroup.size).toBe(1001);
    expect(r.byGroup.has('g1000')).toBe(false);
    expect(r.byGroup.get(null)?.closed).toBe(1);
    expect([...r.byCategory]).toEqual([[null, expect.objectContaining({ closed: 1001 })]]);
  });
});
