import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createIndicatorAccumulator,
  type IndicatorEntry,
  maxBreakdownKeys,
  restoreIndicatorAccumulator,
  type SeriesPoint,
  serviceIndicators,
} from '../../src/metrics/index.js';
import { slaTargetsFor } from '../../src/sla/index.js';
import { propertyRuns } from '../core/property-runs.js';
import { alice, bob, History, open, qualify, solve, t, take } from './metrics-fixtures.js';
import { desk, randomHistory } from './random-desks.js';

// Issue 11 item 3: every indicator per period, and breakdowns by group and category.

const MIN = 60_000;

/**
 * A morning at the desk, 09:00–11:00 UTC, hour by hour:
 * - T1 (réseau, group « niveau 1 ») solved at level 1 in 8 min, closed 09:09, reopened 10:20;
 * - T2 (bureautique, « niveau 1 ») transferred to bob's group « réseau » at 09:20, solved by
 *   bob at 10:10 (60 min after its opening), closed 10:15;
 * - T3 opened 09:30 in error, cancelled 09:40; T4 opened 09:50, T5 10:05, both still open;
 * - T6, no category and no group, solved at level 1 in 5 min, closed 10:31;
 * - calls 09:xx: answered after 10 s and 30 s, abandoned after 3 s (short) and 50 s;
 *   10:xx: answered after 5 s.
 */
function morning(): History {
  const h = new History();
  h.do('T1', open('T1', t(0)))
    .do('T1', qualify(0, { category: 'réseau' }))
    .do('T1', take(3, 'niveau 1'));
  solve(h, 'T1', 8);
  h.do('T1', { type: 'close', at: t(9), actor: alice });
  h.call('call-answered', t(5), 10_000).call('call-answered', t(6), 30_000);
  h.do('T2', open('T2', t(10)))
    .do('T2', qualify(10, { category: 'bureautique' }))
    .do('T2', take(12, 'niveau 1'))
    .do('T2', {
      type: 'hand-off',
      at: t(20),
      actor: alice,
      to: bob,
      situation: { cause: 'beyond-competence' },
      note: { diagnosis: 'Switch port', done: 'Checked the cable' },
      group: 'réseau',
    })
    .do('T2', { type: 'acknowledge', at: t(21), actor: bob });
  h.call('call-abandoned', t(25), 3_000).call('call-abandoned', t(26), 50_000);
  h.do('T3', open('T3', t(30))).do('T3', {
    type: 'cancel',
    at: t(40),
    actor: alice,
    reason: 'opened-in-error',
  });
  h.do('T4', open('T4', t(50))).do('T4', qualify(50));
  h.do('T5', open('T5', t(65)));
  solve(h, 'T2', 70, bob);
  h.do('T2', { type: 'close', at: t(75), actor: alice });
  h.call('call-answered', t(78), 5_000);
  h.do('T1', { type: 'reopen', at: t(80), actor: alice, reason: 'Fails again' });
  h.do('T6', open('T6', t(85)))
    .do('T6', qualify(85))
    .do('T6', take(86));
  solve(h, 'T6', 90);
  h.do('T6', { type: 'close', at: t(91), actor: alice });
  return h;
}

const hourly = { series: { period: 'hour', timeZone: 'UTC' } } as const;

describe('a morning, hour by hour: every figure of each period, by hand', () => {
  const r = serviceIndicators(morning().entries, t(120), hourly);
  const [nine, ten, ...rest] = r.series;

  it('cuts the morning into its two hours', () => {
    expect(rest).toEqual([]);
    expect(nine?.start).toEqual(t(0));
    expect(ten?.start).toEqual(t(60));
  });

  it('the queue of each hour: speed of answer, service level, abandonment with short ones apart', () => {
    expect(nine?.calls).toEqual({ offered: 4, answered: 2, abandoned: 2 });
    expect(nine?.queue.speedOfAnswer.count).toBe(2);
    expect(nine?.queue.speedOfAnswer.meanMs).toBe(20_000);
    expect(nine?.queue.speedOfAnswer.p90Ms).toBeCloseTo(30_000, -3);
    // Answered within 20 s: the 10 s one, of the 3 calls that are not short abandons.
    expect(nine?.queue.serviceLevel).toEqual({
      thresholdMs: 20_000,
      answeredWithin: 1,
      rate: 1 / 3,
    });
    expect(nine?.queue.abandonment).toEqual({ shortThresholdMs: 5_000, short: 1, rate: 1 / 3 });
    expect(ten?.queue.serviceLevel.rate).toBe(1);
    expect(ten?.queue.abandonment).toEqual({ shortThresholdMs: 5_000, short: 0, rate: 0 });
    expect(ten?.queue.speedOfAnswer.meanMs).toBe(5_000);
  });

  it('tickets opened, closed and still closed, reopened, cancelled; hand-offs made in each hour', () => {
    // T1 closed at 09:09 and reopened at 10:20: taken back from 09:00, as from the totals.
    expect(nine?.tickets).toEqual({ opened: 4, closed: 0, reopened: 0, cancelled: 1 });
    expect(ten?.tickets).toEqual({ opened: 2, closed: 2, reopened: 1, cancelled: 0 });
    expect(nine?.handoffs).toEqual({ transfers: 1, escalations: 0 });
    expect(ten?.handoffs).toEqual({ transfers: 0, escalations: 0 });
  });

  it('first-level resolution and resolution times of the tickets closed in each hour, null without a sample', () => {
    expect(nine?.firstLevelResolution).toEqual({
      closed: 0,
      atLevel1: 0,
      rate: null,
      target: 0.8,
      ok: null,
    });
    expect(nine?.timeToResolve).toEqual({ count: 0, meanMs: null, medianMs: null, p90Ms: null });
    // T2 (60 min, handed off) and T6 (5 min, at level 1).
    expect(ten?.firstLevelResolution).toMatchObject({ closed: 2, atLevel1: 1, rate: 0.5 });
    expect(ten?.timeToResolve.count).toBe(2);
    expect(ten?.timeToResolve.meanMs).toBe(32.5 * MIN);
    expect(ten?.sla.resolution.total).toBe(2);
    expect(nine?.sla).toEqual({
      detection: { met: 0, total: 0 },
      resolution: { met: 0, total: 0 },
    });
  });

  it('the backlog at the end of each hour', () => {
    // 09:59: T2 and T4 open (T1 closed, T3 cancelled); 10:59: T1 (reopened), T4, T5.
    expect(nine?.backlog).toBe(2);
    expect(ten?.backlog).toBe(3);
    expect(r.tickets.open).toBe(3);
  });

  it('before the reopening, 09:00 held T1: at level 1, 8 minutes', () => {
    const before = serviceIndicators(
      morning().entries.filter((e) => e.event.type !== 'ticket-reopened'),
      t(120),
      hourly,
    ).series[0];
    expect(before?.firstLevelResolution).toMatchObject({ closed: 1, atLevel1: 1, rate: 1 });
    expect(before?.timeToResolve.meanMs).toBe(8 * MIN);
  });

  it('by group and by category: the group holding each closed ticket, its last category, null for none', () => {
    const line = (closed: number, met: number, meanMin: number) => ({
      closed,
      resolution: { met, total: closed },
      meanTimeToResolveMs: meanMin * MIN,
    });
    expect(r.byGroup).toEqual(
      new Map<string | null, unknown>([
        ['réseau', line(1, 1, 60)],
        [null, line(1, 1, 5)],
      ]),
    );
    expect(r.byCategory).toEqual(
      new Map<string | null, unknown>([
        ['bureautique', line(1, 1, 60)],
        [null, line(1, 1, 5)],
      ]),
    );
  });
});

describe('breakdowns stay bounded', () => {
  it(`counts the tickets of groups past the first ${maxBreakdownKeys} under null, and takes them back from there`, () => {
    const targets = slaTargetsFor(3);
    const acc = createIndicatorAccumulator();
    const ticket = (k: number, group: string) => {
      const at = new Date(Date.UTC(2026, 2, 2, 9) + k * 1000);
      const by = alice;
      const events = [
        { type: 'ticket-opened', at, policyVersion: 'seed' },
        { type: 'ticket-qualified', at, priority: 3, targets, category: group },
        { type: 'ticket-taken-in-charge', at, group },
        { type: 'solution-applied', at, nature: 'definitive', by },
        { type: 'ticket-closed', at },
      ];
      for (const event of events) acc.add({ streamId: `T${k}`, event } as IndicatorEntry);
    };
    for (let k = 0; k <= maxBreakdownKeys; k++) ticket(k, `g${k}`);
    const r = acc.snapshot(new Date(Date.UTC(2026, 2, 3)));
    expect(r.byGroup.size).toBe(maxBreakdownKeys + 1);
    expect(r.byGroup.get(null)?.closed).toBe(1);
    expect(r.byGroup.has(`g${maxBreakdownKeys}`)).toBe(false);
    expect(r.byCategory.get(null)?.closed).toBe(1);
    acc.add({
      streamId: `T${maxBreakdownKeys}`,
      event: { type: 'ticket-reopened', at: new Date(Date.UTC(2026, 2, 2, 10)) },
    } as IndicatorEntry);
    expect(acc.snapshot(new Date(Date.UTC(2026, 2, 3))).byGroup.has(null)).toBe(false);
  });

  it('refuses a group or category that is not a label, naming it, and changes nothing', () => {
    const acc = createIndicatorAccumulator();
    acc.add({
      streamId: 'T1',
      event: { type: 'ticket-opened', at: t(0), policyVersion: 'seed' },
    } as IndicatorEntry);
    const before = acc.save();
    for (const [event, message] of [
      [
        { type: 'ticket-taken-in-charge', at: t(1), group: 42 },
        /group must be a text of 1 to 100 characters when given, got 42/,
      ],
      [
        { type: 'ticket-handed-off', at: t(1), kind: 'transfer', group: 'x'.repeat(101) },
        /group must be a text.*\(101 characters\)/,
      ],
      [
        {
          type: 'ticket-qualified',
          at: t(1),
          priority: 3,
          targets: slaTargetsFor(3),
          category: 1n,
        },
        /category must be a text.*got 1n/,
      ],
    ] as const) {
      expect(() => acc.add({ streamId: 'T1', event } as unknown as IndicatorEntry)).toThrowError(
        message,
      );
    }
    expect(acc.save()).toEqual(before);
  });
});

describe('restore refuses a saved series or breakdown that is not one, naming the path', () => {
  const saved = () =>
    JSON.parse(
      JSON.stringify(
        (() => {
          const acc = createIndicatorAccumulator(hourly);
          for (const e of morning().entries) acc.add(e);
          return acc.save();
        })(),
      ),
    ) as Record<string, unknown> & { series: Record<string, unknown>[] };
  it.each<[string, (s: ReturnType<typeof saved>) => void, RegExp]>([
    [
      'a period with a count missing',
      (s) => {
        (s.series[0] as { counts: number[] }).counts.pop();
      },
      /series\[0\]\.counts must be a list of 16 counts/,
    ],
    [
      'periods out of order',
      (s) => {
        s.series.reverse();
      },
      /series\[1\]\.start must be after the start of the period before/,
    ],
    [
      'a bad histogram',
      (s) => {
        (s.series[0] as { waits: unknown }).waits = { buckets: 'x', sumMs: 0 };
      },
      /series\[0\]\.waits: .*buckets must be a list/,
    ],
    [
      'a group that is not a label',
      (s) => {
        s.byGroup = [[42, 1, 1, 1, 60_000]];
      },
      /byGroup\[0\]\[0\] must be null or a text of 1 to 100 characters, got 42/,
    ],
  ])('%s', (_, spoil, message) => {
    const s = saved();
    spoil(s);
    expect(() => restoreIndicatorAccumulator(s, hourly)).toThrowError(message);
  });
});

const sumOf = (points: readonly SeriesPoint[], f: (p: SeriesPoint) => number) =>
  points.reduce((n, p) => n + f(p), 0);

describe('invariant: the periods add up to the totals, and the breakdowns to the closed tickets', () => {
  test.prop([desk, fc.constantFrom('hour' as const, 'day' as const)], {
    numRuns: propertyRuns(60),
  })(
    'summing every period gives the totals; the last period ends on the open tickets',
    (d, period) => {
      const entries = randomHistory(d);
      const r = serviceIndicators(entries, t(24 * 60), {
        series: { period, timeZone: 'Europe/Paris', keep: 1000 },
      });
      const sum = (f: (p: SeriesPoint) => number) => sumOf(r.series, f);
      expect(sum((p) => p.calls.answered)).toBe(r.calls.answered);
      expect(sum((p) => p.calls.abandoned)).toBe(r.calls.abandoned);
      expect(sum((p) => p.queue.serviceLevel.answeredWithin)).toBe(
        r.queue.serviceLevel.answeredWithin,
      );
      expect(sum((p) => p.queue.abandonment.short)).toBe(r.queue.abandonment.short);
      expect(sum((p) => p.queue.speedOfAnswer.count)).toBe(r.calls.answered);
      expect(sum((p) => p.tickets.opened)).toBe(r.tickets.opened);
      expect(sum((p) => p.tickets.closed)).toBe(r.tickets.closed);
      expect(sum((p) => p.tickets.reopened)).toBe(r.tickets.reopened);
      expect(sum((p) => p.tickets.cancelled)).toBe(r.tickets.cancelled);
      expect(sum((p) => p.firstLevelResolution.closed)).toBe(r.firstLevelResolution.closed);
      expect(sum((p) => p.firstLevelResolution.atLevel1)).toBe(r.firstLevelResolution.atLevel1);
      expect(sum((p) => p.timeToResolve.count)).toBe(r.timeToResolve.count);
      expect(sum((p) => p.handoffs.transfers)).toBe(r.handoffs.transfers);
      expect(sum((p) => p.handoffs.escalations)).toBe(r.handoffs.escalations);
      const closedTotal = (kind: 'detection' | 'resolution') =>
        [...r.sla.values()].reduce((n, l) => n + l[kind].total - l[kind].openMisses, 0);
      expect(sum((p) => p.sla.detection.total)).toBe(closedTotal('detection'));
      expect(sum((p) => p.sla.resolution.total)).toBe(closedTotal('resolution'));
      // Summed resolution times: the mean of the whole is the count-weighted mean of the periods.
      const ms = sum((p) => (p.timeToResolve.meanMs ?? 0) * p.timeToResolve.count);
      if (r.timeToResolve.meanMs === null) expect(ms).toBe(0);
      else expect(ms).toBeCloseTo(r.timeToResolve.meanMs * r.timeToResolve.count, 0);
      expect(r.series.at(-1)?.backlog ?? 0).toBe(r.tickets.open);
      for (const p of r.series) {
        // No sample, no figure: never a fake 0 %.
        if (p.firstLevelResolution.closed === 0) expect(p.firstLevelResolution.rate).toBeNull();
        if (p.queue.speedOfAnswer.count === 0) expect(p.queue.speedOfAnswer.meanMs).toBeNull();
        if (p.calls.offered === p.queue.abandonment.short)
          expect(p.queue.serviceLevel.rate).toBeNull();
        expect(p.backlog).toBeGreaterThanOrEqual(0);
      }
    },
  );

  test.prop([desk], { numRuns: propertyRuns(60) })(
    'per group and per category (null included), the closed tickets sum to the total closed',
    (d) => {
      const r = serviceIndicators(randomHistory(d), t(24 * 60));
      for (const breakdown of [r.byGroup, r.byCategory, r.byLevel]) {
        const lines = [...breakdown.values()];
        expect(lines.reduce((n, l) => n + l.closed, 0)).toBe(r.tickets.closed);
        expect(lines.reduce((n, l) => n + l.resolution.total, 0)).toBe(
          [...r.sla.values()].reduce((n, l) => n + l.resolution.total - l.resolution.openMisses, 0),
        );
        for (const l of lines) expect(l.closed).toBeGreaterThan(0);
      }
    },
  );

  test.prop([desk, fc.nat(), fc.integer({ min: 1, max: 6 })], { numRuns: propertyRuns(40) })(
    'a series kept short (periods dropped) survives a cut, save and restore as one pass',
    (d, cut, keep) => {
      const entries = randomHistory(d);
      const options = { series: { period: 'hour', timeZone: 'Europe/Paris', keep } } as const;
      const whole = createIndicatorAccumulator(options);
      for (const e of entries) whole.add(e);
      const k = cut % (entries.length + 1);
      const first = createIndicatorAccumulator(options);
      for (const e of entries.slice(0, k)) first.add(e);
      const second = restoreIndicatorAccumulator(JSON.parse(JSON.stringify(first.save())), options);
      for (const e of entries.slice(k)) second.add(e);
      const at = t(24 * 60);
      expect(second.snapshot(at)).toEqual(whole.snapshot(at));
      expect(second.save()).toEqual(whole.save());
      expect(whole.snapshot(at).series.length).toBeLessThanOrEqual(keep);
    },
  );
});

describe('the random desks exercise groups, categories and the queue', () => {
  it('in a sample of 60 histories', () => {
    const sample = fc.sample(desk, { numRuns: 60, seed: 7 }).map((d) => randomHistory(d));
    const events = sample.flat().map((e) => e.event as unknown as Record<string, unknown>);
    expect(
      events.filter((e) => e.type === 'ticket-qualified' && e.category).length,
    ).toBeGreaterThan(20);
    expect(events.filter((e) => e.type === 'ticket-handed-off' && e.group).length).toBeGreaterThan(
      10,
    );
    expect(
      events.filter((e) => e.type === 'ticket-taken-in-charge' && e.group).length,
    ).toBeGreaterThan(20);
    expect(events.filter((e) => e.type === 'call-abandoned').length).toBeGreaterThan(20);
  });
});
