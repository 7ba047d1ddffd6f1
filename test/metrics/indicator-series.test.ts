import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createIndicatorAccumulator,
  type IndicatorEntry,
  restoreIndicatorAccumulator,
  serviceIndicators,
} from '../../src/metrics/index.js';
import { interventionId } from '../../src/ticket/index.js';
import { propertyRuns } from '../core/property-runs.js';
import { alice, bob, History, open, solvedAtLevel1, t } from './metrics-fixtures.js';
import { desk, randomHistory } from './random-desks.js';

const answered = (iso: string): IndicatorEntry => ({
  streamId: 'q',
  event: { type: 'call-answered', callId: iso, at: new Date(iso), waitedMs: 1000 },
});

describe('series per hour or per day in the calendar time zone (issue 11)', () => {
  it('cuts hours and days at local boundaries', () => {
    const calls = ['2026-03-02T09:30:00Z', '2026-03-02T09:59:59Z', '2026-03-02T23:30:00Z'].map(
      answered,
    );
    const hours = serviceIndicators(calls, t(0), {
      series: { period: 'hour', timeZone: 'Europe/Paris' },
    }).series;
    expect(hours.map((p) => [p.start.toISOString(), p.calls.answered])).toEqual([
      ['2026-03-02T09:00:00.000Z', 2],
      ['2026-03-02T23:00:00.000Z', 1],
    ]);
    const days = serviceIndicators(calls, t(0), {
      series: { period: 'day', timeZone: 'Europe/Paris' },
    }).series;
    // 23:30 UTC is 00:30 on the 3rd in Paris: the next day.
    expect(days.map((p) => [p.start.toISOString(), p.calls.offered])).toEqual([
      ['2026-03-01T23:00:00.000Z', 2],
      ['2026-03-02T23:00:00.000Z', 1],
    ]);
  });

  it('starts a day at local midnight on a change of offset (Paris, 29 March 2026)', () => {
    const days = serviceIndicators([answered('2026-03-29T12:00:00Z')], t(0), {
      series: { period: 'day', timeZone: 'Europe/Paris' },
    }).series;
    expect(days[0]?.start).toEqual(new Date('2026-03-28T23:00:00Z'));
  });

  it('keeps the latest periods only', () => {
    const calls = ['2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'].map(
      answered,
    );
    const r = serviceIndicators(calls, t(0), {
      series: { period: 'hour', timeZone: 'UTC', keep: 2 },
    });
    expect(r.series.map((p) => p.start.getUTCHours())).toEqual([10, 11]);
    expect(serviceIndicators(calls, t(0)).series).toEqual([]);
  });

  it('refuses bad series options', () => {
    expect(() => createIndicatorAccumulator({ series: { period: 'week' } as never })).toThrowError(
      /series must be \{ period: 'hour' \| 'day'/,
    );
    expect(() => createIndicatorAccumulator({ series: { period: 'day', keep: 0 } })).toThrowError(
      /series\.keep must be a whole number/,
    );
    expect(() =>
      createIndicatorAccumulator({ series: { period: 'day', timeZone: 'Mars/Olympus' } }),
    ).toThrowError(/series\.timeZone must be an IANA time zone/);
  });

  test.prop([desk, fc.nat()], { numRuns: propertyRuns(40) })(
    'adds up to the totals, and survives a cut, save and restore',
    (d, cut) => {
      const entries = randomHistory(d);
      const options = { series: { period: 'hour', timeZone: 'Europe/Paris', keep: 1000 } } as const;
      const whole = createIndicatorAccumulator(options);
      for (const e of entries) whole.add(e);
      const k = cut % (entries.length + 1);
      const first = createIndicatorAccumulator(options);
      for (const e of entries.slice(0, k)) first.add(e);
      const second = restoreIndicatorAccumulator(JSON.parse(JSON.stringify(first.save())), options);
      for (const e of entries.slice(k)) second.add(e);
      const at = t(24 * 60);
      const r = whole.snapshot(at);
      expect(second.snapshot(at)).toEqual(r);
      const sum = (f: (p: (typeof r.series)[number]) => number) =>
        r.series.reduce((n, p) => n + f(p), 0);
      expect(sum((p) => p.calls.offered)).toBe(r.calls.total);
      expect(sum((p) => p.tickets.opened)).toBe(r.tickets.opened);
      expect(sum((p) => p.tickets.reopened)).toBe(r.tickets.reopened);
    },
  );
});

describe('breakdowns by technician and level (issue 11)', () => {
  it('counts each closed ticket under who applied its last definitive solution', () => {
    const h = new History();
    solvedAtLevel1(h, 'T1', 0, 'user', 'blocked', { takenAfter: 3, solvedAfter: 8 });
    const I = interventionId('T2-I1');
    h.do('T2', open('T2', t(0)))
      .do('T2', { type: 'qualify', at: t(0), actor: alice, impact: 'user', urgency: 'blocked' })
      .do('T2', { type: 'take-in-charge', at: t(1), actor: alice, mode: 'direct' })
      .do('T2', {
        type: 'hand-off',
        at: t(2),
        actor: alice,
        to: bob,
        situation: { cause: 'beyond-competence' },
        note: { diagnosis: 'Disk', done: 'Checked the cable' },
      })
      .do('T2', { type: 'acknowledge', at: t(3), actor: bob })
      .do('T2', {
        type: 'start-intervention',
        at: t(3),
        actor: bob,
        interventionId: I,
        nature: 'Disk',
      })
      .do('T2', {
        type: 'apply-solution',
        at: t(90),
        actor: bob,
        interventionId: I,
        solution: { kind: 'fix', nature: 'definitive', description: 'Disk replaced' },
      })
      .do('T2', {
        type: 'record-report',
        at: t(91),
        actor: bob,
        interventionId: I,
        report: { summary: 'Disk replaced', outcome: 'finished' },
      })
      .do('T2', { type: 'close', at: t(92), actor: alice });
    const r = serviceIndicators(h.entries, t(120));
    expect(r.byTechnician).toEqual(
      new Map([
        ['alice', { closed: 1, resolution: { met: 1, total: 1 }, meanTimeToResolveMs: 8 * 60_000 }],
        ['bob', { closed: 1, resolution: { met: 0, total: 1 }, meanTimeToResolveMs: 90 * 60_000 }],
      ]),
    );
    expect([...r.byLevel].map(([level, line]) => [level, line.closed])).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });
});
