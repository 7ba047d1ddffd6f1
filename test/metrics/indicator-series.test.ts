import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createIndicatorAccumulator,
  type IndicatorEntry,
  restoreIndicatorAccumulator,
  serviceIndicators,
} from '../../src/metrics/index.js';
import { t } from './metrics-fixtures.js';
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

  test.prop([desk, fc.nat()], { numRuns: 40 })(
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
