import { describe, expect, it } from 'vitest';
import { DurationHistogram } from '../../src/metrics/duration-histogram.js';
import {
  createIndicatorAccumulator,
  restoreIndicatorAccumulator,
} from '../../src/metrics/indicator-accumulator.js';
import type { Contribution } from '../../src/metrics/indicator-aggregate.js';
import type { IndicatorEntry } from '../../src/metrics/indicator-entry.js';
import {
  applyToBucket,
  createSeries,
  resolveSeriesOptions,
  type SavedSeriesPoint,
  type SeriesBucket,
  type SeriesOptions,
  savedSeriesCounts,
} from '../../src/metrics/indicator-series.js';
import { thrownNameAndMessage } from '../core/thrown-error.js';

// Direct cases for src/metrics/indicator-series.ts (issue 10 item 7): the options checked and
// their defaults, where an instant's period starts and ends (UTC, a half-hour zone, the days
// and hours an offset changes), the periods kept, saved and restored, every figure of a point.

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

const hourly = (timeZone = 'UTC', keep?: number) =>
  createSeries(
    resolveSeriesOptions(
      keep === undefined ? { period: 'hour', timeZone } : { period: 'hour', timeZone, keep },
      'UTC',
    ),
  );
const daily = (timeZone: string) =>
  createSeries(resolveSeriesOptions({ period: 'day', timeZone }, 'UTC'));

/** Counts an opening at each instant (in the order given); the periods' starts and counts. */
function cut(s: ReturnType<typeof hourly>, instants: readonly string[]): [string, number][] {
  for (const i of instants) {
    const b = s.at(at(i));
    if (b !== undefined) b.opened++;
  }
  return s.points().map((p) => [p.start.toISOString(), p.tickets.opened]);
}

const contribution = (over: Partial<Contribution> = {}): Contribution => ({
  priority: 2,
  atLevel1: true,
  timeToResolveMs: 600_000,
  detectionMet: true,
  resolutionMet: false,
  underQualifiedMs: undefined,
  resolvedBy: undefined,
  group: undefined,
  category: undefined,
  ...over,
});

describe('resolveSeriesOptions', () => {
  it('fills in 48 hours or 31 days and the fallback zone', () => {
    expect(resolveSeriesOptions({ period: 'hour' }, 'Europe/Paris')).toEqual({
      period: 'hour',
      timeZone: 'Europe/Paris',
      keep: 48,
    });
    expect(resolveSeriesOptions({ period: 'day' }, 'Asia/Kolkata')).toEqual({
      period: 'day',
      timeZone: 'Asia/Kolkata',
      keep: 31,
    });
  });

  it('keeps the zone and the count given over the defaults', () => {
    expect(
      resolveSeriesOptions({ period: 'day', timeZone: 'Asia/Tokyo', keep: 7 }, 'Europe/Paris'),
    ).toEqual({ period: 'day', timeZone: 'Asia/Tokyo', keep: 7 });
  });

  it('takes keep from 1 to 100000, both included', () => {
    expect(resolveSeriesOptions({ period: 'hour', keep: 1 }, 'UTC').keep).toBe(1);
    expect(resolveSeriesOptions({ period: 'hour', keep: 100_000 }, 'UTC').keep).toBe(100_000);
  });

  it.each<[string, unknown]>([
    ['0', 0],
    ['100001', 100_001],
    ['1.5', 1.5],
    ['NaN', Number.NaN],
    ['"3"', '3'],
  ])('refuses keep %s, naming it', (shown, keep) => {
    expect(
      thrownNameAndMessage(() =>
        resolveSeriesOptions({ period: 'day', keep } as unknown as SeriesOptions, 'UTC'),
      ),
    ).toEqual([
      'TypeError',
      `Indicators: series.keep must be a whole number from 1 to 100000, got ${shown}.`,
    ]);
  });

  it.each<[string, unknown, string]>([
    ['null', null, 'null'],
    ['a text', 'day', '"day"'],
    ['an unknown period', { period: 'week' }, 'an object'],
    ['no period', {}, 'an object'],
  ])('refuses %s as options, naming it', (_, options, shown) => {
    expect(
      thrownNameAndMessage(() => resolveSeriesOptions(options as SeriesOptions, 'UTC')),
    ).toEqual([
      'TypeError',
      `Indicators: series must be { period: 'hour' | 'day', timeZone?, keep? }, got ${shown}.`,
    ]);
  });

  it('refuses a function, even one carrying a period', () => {
    const options = Object.assign(() => undefined, { period: 'day' });
    const [name, message] = thrownNameAndMessage(() =>
      resolveSeriesOptions(options as unknown as SeriesOptions, 'UTC'),
    );
    expect(name).toBe('TypeError');
    expect(message).toMatch(/^Indicators: series must be \{ period: 'hour' \| 'day'/);
  });

  it('refuses an unknown zone, given or fallen back to, as a TypeError naming it', () => {
    expect(
      thrownNameAndMessage(() =>
        resolveSeriesOptions({ period: 'day', timeZone: 'Mars/Olympus' }, 'UTC'),
      ),
    ).toEqual([
      'TypeError',
      'Indicators: series.timeZone must be an IANA time zone such as \'Europe/Paris\', got "Mars/Olympus".',
    ]);
    expect(
      thrownNameAndMessage(() => resolveSeriesOptions({ period: 'day' }, 'Mars/Olympus')),
    ).toEqual([
      'TypeError',
      "Indicators: series.timeZone must be an IANA time zone such as 'Europe/Paris', got undefined.",
    ]);
  });
});

describe('where a period starts and ends', () => {
  it('hours in UTC: an instant on the hour opens the next one', () => {
    expect(
      cut(hourly(), ['2026-03-02T09:00:00Z', '2026-03-02T09:59:59.999Z', '2026-03-02T10:00:00Z']),
    ).toEqual([
      ['2026-03-02T09:00:00.000Z', 2],
      ['2026-03-02T10:00:00.000Z', 1],
    ]);
  });

  it('hours in a half-hour zone (Kolkata, UTC+05:30) start at half past in UTC', () => {
    expect(
      cut(hourly('Asia/Kolkata'), [
        '2026-03-02T09:10:00Z',
        '2026-03-02T08:30:00Z',
        '2026-03-02T09:29:59.999Z',
        '2026-03-02T09:30:00Z',
      ]),
    ).toEqual([
      ['2026-03-02T08:30:00.000Z', 3],
      ['2026-03-02T09:30:00.000Z', 1],
    ]);
  });

  it('days in Kolkata start at 18:30 UTC the day before', () => {
    expect(cut(daily('Asia/Kolkata'), ['2026-03-02T18:29:59Z', '2026-03-02T18:30:00Z'])).toEqual([
      ['2026-03-01T18:30:00.000Z', 1],
      ['2026-03-02T18:30:00.000Z', 1],
    ]);
  });

  it('the 23-hour day of Paris (29 March 2026) runs from 23:00 to 22:00 UTC', () => {
    expect(
      cut(daily('Europe/Paris'), [
        '2026-03-29T12:00:00Z',
        '2026-03-28T23:00:00Z',
        '2026-03-29T21:59:59.999Z',
        '2026-03-29T22:00:00Z',
      ]),
    ).toEqual([
      ['2026-03-28T23:00:00.000Z', 3],
      ['2026-03-29T22:00:00.000Z', 1],
    ]);
  });

  it('the 25-hour day of Paris (25 October 2026) runs from 22:00 to 23:00 UTC', () => {
    expect(
      cut(daily('Europe/Paris'), [
        '2026-10-25T12:00:00Z',
        '2026-10-24T22:00:00Z',
        '2026-10-25T22:59:59.999Z',
        '2026-10-25T23:00:00Z',
      ]),
    ).toEqual([
      ['2026-10-24T22:00:00.000Z', 3],
      ['2026-10-25T23:00:00.000Z', 1],
    ]);
  });

  it('the hour Paris skips (29 March 2026, 02:00 local): 01:00 CET ends at the change', () => {
    const s = hourly('Europe/Paris');
    expect(
      cut(s, [
        '2026-03-29T00:10:00Z',
        '2026-03-29T00:20:00Z',
        '2026-03-29T00:59:59.999Z',
        '2026-03-29T01:00:00Z',
        '2026-03-29T01:59:59Z',
      ]),
    ).toEqual([
      ['2026-03-29T00:00:00.000Z', 3],
      ['2026-03-29T01:00:00.000Z', 2],
    ]);
  });

  it('the hour Paris repeats (25 October 2026, 02:00 local) is one period, whatever the order', () => {
    for (const order of [
      ['2026-10-25T00:10:00Z', '2026-10-25T01:10:00Z'],
      ['2026-10-25T01:10:00Z', '2026-10-25T00:10:00Z'],
    ]) {
      expect(cut(hourly('Europe/Paris'), [...order, '2026-10-25T02:00:00Z'])).toEqual([
        ['2026-10-25T00:00:00.000Z', 2],
        ['2026-10-25T02:00:00.000Z', 1],
      ]);
    }
  });

  it('an hour repeated apart by a two-hour fall-back (Troll, 25 October 2026) is two periods', () => {
    // 00:00–01:00 UTC is 02:00–03:00 at UTC+2; from 01:00 UTC the clock reads 01:00 again.
    expect(
      cut(hourly('Antarctica/Troll'), [
        '2026-10-24T23:30:00Z',
        '2026-10-25T01:30:00Z',
        '2026-10-25T00:30:00Z',
        '2026-10-24T23:59:59Z',
        '2026-10-25T01:00:00Z',
      ]),
    ).toEqual([
      ['2026-10-24T23:00:00.000Z', 2],
      ['2026-10-25T00:00:00.000Z', 1],
      ['2026-10-25T01:00:00.000Z', 2],
    ]);
  });

  it('a day whose midnight is skipped (São Paulo, 4 November 2018) starts at the change', () => {
    expect(
      cut(daily('America/Sao_Paulo'), [
        '2018-11-04T01:00:00Z',
        '2018-11-04T02:30:00Z',
        '2018-11-04T03:00:00Z',
        '2018-11-04T12:00:00Z',
      ]),
    ).toEqual([
      ['2018-11-03T03:00:00.000Z', 2],
      ['2018-11-04T03:00:00.000Z', 2],
    ]);
  });

  it('a series cut on a skipped hour is saved and restored (it used to hold one start twice)', () => {
    const options = { series: { period: 'hour', timeZone: 'Europe/Paris' } } as const;
    const acc = createIndicatorAccumulator(options);
    for (const i of ['2026-03-29T00:10:00Z', '2026-03-29T00:20:00Z', '2026-03-29T01:10:00Z']) {
      acc.add({
        streamId: 'q',
        event: { type: 'call-answered', callId: i, at: new Date(i), waitedMs: 1000 },
      } as IndicatorEntry);
    }
    const saved = JSON.parse(JSON.stringify(acc.save()));
    const again = restoreIndicatorAccumulator(saved, options);
    const now = new Date('2026-03-29T02:00:00Z');
    expect(
      again.snapshot(now).series.map((p) => [iso(p.start.getTime()), p.calls.answered]),
    ).toEqual([
      ['2026-03-29T00:00:00.000Z', 2],
      ['2026-03-29T01:00:00.000Z', 1],
    ]);
  });
});

describe('the periods kept', () => {
  it('an instant finds its period from any other one, never making a second one', () => {
    const s = hourly();
    const nine = s.at(at('2026-03-02T09:30:00Z'));
    const ten = s.at(at('2026-03-02T10:15:00Z'));
    const eleven = s.at(at('2026-03-02T11:00:00Z'));
    // From the period of the last event (eleven) to earlier and later ones.
    expect(s.at(at('2026-03-02T10:00:00Z'))).toBe(ten);
    expect(s.at(at('2026-03-02T09:00:00Z'))).toBe(nine);
    expect(s.at(at('2026-03-02T11:59:59.999Z'))).toBe(eleven);
    expect(s.at(at('2026-03-02T10:59:59.999Z'))).toBe(ten);
    expect(s.at(at('2026-03-02T11:00:00Z'))).toBe(eleven);
    expect(s.points()).toHaveLength(3);
    expect(s.find(at('2026-03-02T09:00:00Z'))).toBe(nine);
    expect(s.find(at('2026-03-02T10:00:00Z'))).toBe(ten);
    expect(s.find(at('2026-03-02T11:30:00Z'))).toBe(eleven);
    expect(s.find(at('2026-03-02T09:59:59.999Z'))).toBe(nine);
  });

  it('find never makes a period: before the first, in a gap, at the end of the last', () => {
    const s = hourly();
    expect(s.find(at('2026-03-02T09:30:00Z'))).toBeUndefined();
    s.at(at('2026-03-02T09:30:00Z'));
    s.at(at('2026-03-02T11:30:00Z'));
    expect(s.find(at('2026-03-02T08:59:59Z'))).toBeUndefined();
    expect(s.find(at('2026-03-02T10:00:00Z'))).toBeUndefined();
    expect(s.find(at('2026-03-02T10:30:00Z'))).toBeUndefined();
    expect(s.find(at('2026-03-02T12:00:00Z'))).toBeUndefined();
    expect(s.points().map((p) => iso(p.start.getTime()))).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T11:00:00.000Z',
    ]);
  });

  it('from the last period, an instant just past its end or just before its start opens another', () => {
    const s = hourly();
    const ten = s.at(at('2026-03-02T10:30:00Z'));
    const eleven = s.at(at('2026-03-02T11:00:00Z'));
    expect(eleven).not.toBe(ten);
    s.at(at('2026-03-02T10:30:00Z'));
    const twelve = s.at(at('2026-03-02T12:00:00Z'));
    expect(twelve).not.toBe(ten);
    expect(twelve).not.toBe(eleven);
    expect(s.points().map((p) => iso(p.start.getTime()))).toEqual([
      '2026-03-02T10:00:00.000Z',
      '2026-03-02T11:00:00.000Z',
      '2026-03-02T12:00:00.000Z',
    ]);
  });

  it('lists the periods in time order, whatever order they were made in', () => {
    expect(
      cut(hourly(), [
        '2026-03-02T09:10:00Z',
        '2026-03-02T10:10:00Z',
        '2026-03-02T13:10:00Z',
        '2026-03-02T11:10:00Z',
        '2026-03-02T08:10:00Z',
        '2026-03-02T12:10:00Z',
      ]).map(([start]) => start.slice(11, 13)),
    ).toEqual(['08', '09', '10', '11', '12', '13']);
  });

  it('keeps the latest `keep`: a newer period drops the oldest, an older one is not kept', () => {
    const s = hourly('UTC', 2);
    const ten = s.at(at('2026-03-02T10:00:00Z'));
    const nine = s.at(at('2026-03-02T09:00:00Z'));
    expect(nine).toBeDefined();
    expect(s.points()).toHaveLength(2);
    expect(s.at(at('2026-03-02T08:30:00Z'))).toBeUndefined();
    expect(s.at(at('2026-03-02T10:30:00Z'))).toBe(ten);
    const eleven = s.at(at('2026-03-02T11:00:00Z'));
    expect(eleven).toBeDefined();
    expect(s.points().map((p) => iso(p.start.getTime()))).toEqual([
      '2026-03-02T10:00:00.000Z',
      '2026-03-02T11:00:00.000Z',
    ]);
    expect(s.find(at('2026-03-02T09:30:00Z'))).toBeUndefined();
    expect(s.at(at('2026-03-02T09:30:00Z'))).toBeUndefined();
    expect(s.points()).toHaveLength(2);
  });

  it('a series of one period follows the latest instant', () => {
    const s = hourly('UTC', 1);
    s.at(at('2026-03-02T09:00:00Z'));
    expect(s.at(at('2026-03-02T08:00:00Z'))).toBeUndefined();
    s.at(at('2026-03-02T10:00:00Z'));
    expect(s.points().map((p) => iso(p.start.getTime()))).toEqual(['2026-03-02T10:00:00.000Z']);
  });
});

/** A bucket with every counter different, and a few waits and times to resolve. */
function filled(b: SeriesBucket): void {
  b.answered = 5;
  b.abandoned = 3;
  b.answeredWithin = 2;
  b.shortAbandons = 1;
  for (const ms of [1_000, 8_000, 30_000, 45_000, 70_000]) b.waits.add(ms);
  b.opened = 9;
  b.closed = 4;
  b.atLevel1 = 3;
  b.reopened = 1;
  b.cancelled = 2;
  b.transfers = 6;
  b.escalations = 7;
  b.detectionMet = 3;
  b.detectionTotal = 4;
  b.resolutionMet = 1;
  b.resolutionTotal = 2;
  for (const ms of [60_000, 120_000, 600_000, 3_600_000]) b.timeToResolve.add(ms);
  b.backlog = 11;
}

const histogramOf = (durations: readonly number[]) => {
  const h = new DurationHistogram();
  for (const ms of durations) h.add(ms);
  return h;
};

describe('a point: every figure of its period', () => {
  it('from its counters and histograms, against the thresholds given', () => {
    const s = createSeries(resolveSeriesOptions({ period: 'hour', timeZone: 'UTC' }, 'UTC'), [], {
      serviceLevelMs: 15_000,
      shortAbandonMs: 3_000,
      firstLevelTarget: 0.7,
    });
    filled(s.at(at('2026-03-02T09:30:00Z')) as SeriesBucket);
    const waits = histogramOf([1_000, 8_000, 30_000, 45_000, 70_000]);
    const times = histogramOf([60_000, 120_000, 600_000, 3_600_000]);
    expect(s.points()).toEqual([
      {
        start: new Date('2026-03-02T09:00:00Z'),
        calls: { offered: 8, answered: 5, abandoned: 3 },
        queue: {
          speedOfAnswer: { count: 5, meanMs: 30_800, p90Ms: waits.percentile(0.9) },
          // 8 offered, 1 short abandon left out of both rates: 7.
          serviceLevel: { thresholdMs: 15_000, answeredWithin: 2, rate: 2 / 7 },
          abandonment: { shortThresholdMs: 3_000, short: 1, rate: 2 / 7 },
        },
        tickets: { opened: 9, closed: 4, reopened: 1, cancelled: 2 },
        backlog: 11,
        firstLevelResolution: { closed: 4, atLevel1: 3, rate: 0.75, target: 0.7, ok: true },
        timeToResolve: {
          count: 4,
          meanMs: 1_095_000,
          medianMs: times.percentile(0.5),
          p90Ms: times.percentile(0.9),
        },
        handoffs: { transfers: 6, escalations: 7 },
        sla: { detection: { met: 3, total: 4 }, resolution: { met: 1, total: 2 } },
      },
    ]);
    expect(times.percentile(0.5)).not.toBe(times.percentile(0.9));
  });

  it('against the default thresholds: 20 s, 5 s and the 80 % target; no sample, no rate', () => {
    const s = hourly();
    s.at(at('2026-03-02T09:30:00Z'));
    const [point] = s.points();
    expect(point?.queue).toEqual({
      speedOfAnswer: { count: 0, meanMs: null, p90Ms: null },
      serviceLevel: { thresholdMs: 20_000, answeredWithin: 0, rate: null },
      abandonment: { shortThresholdMs: 5_000, short: 0, rate: null },
    });
    expect(point?.firstLevelResolution).toEqual({
      closed: 0,
      atLevel1: 0,
      rate: null,
      target: 0.8,
      ok: null,
    });
    expect(point?.timeToResolve).toEqual({ count: 0, meanMs: null, medianMs: null, p90Ms: null });
    expect(point?.calls).toEqual({ offered: 0, answered: 0, abandoned: 0 });
  });

  it('only short abandons: no rate (nothing left to judge)', () => {
    const s = hourly();
    const b = s.at(at('2026-03-02T09:30:00Z')) as SeriesBucket;
    b.abandoned = 2;
    b.shortAbandons = 2;
    expect(s.points()[0]?.queue.serviceLevel.rate).toBeNull();
    expect(s.points()[0]?.queue.abandonment.rate).toBeNull();
  });
});

describe('save and restore', () => {
  it('saves each period: its start, its 16 counts in order, its two histograms', () => {
    const s = hourly();
    filled(s.at(at('2026-03-02T09:30:00Z')) as SeriesBucket);
    s.at(at('2026-03-02T07:10:00Z'));
    expect(savedSeriesCounts).toBe(16);
    expect(s.save()).toEqual([
      {
        start: at('2026-03-02T07:00:00Z'),
        counts: Array.from({ length: 16 }, () => 0),
        waits: new DurationHistogram().save(),
        timeToResolve: new DurationHistogram().save(),
      },
      {
        start: at('2026-03-02T09:00:00Z'),
        counts: [5, 3, 2, 1, 9, 4, 3, 1, 2, 6, 7, 3, 4, 1, 2, 11],
        waits: histogramOf([1_000, 8_000, 30_000, 45_000, 70_000]).save(),
        timeToResolve: histogramOf([60_000, 120_000, 600_000, 3_600_000]).save(),
      },
    ]);
  });

  it('a restored series gives back the same points and save, and finds its periods to their end', () => {
    const first = daily('Europe/Paris');
    filled(first.at(at('2026-03-29T12:00:00Z')) as SeriesBucket);
    (first.at(at('2026-03-30T12:00:00Z')) as SeriesBucket).opened = 1;
    const saved: readonly SavedSeriesPoint[] = JSON.parse(JSON.stringify(first.save()));
    const again = createSeries(
      resolveSeriesOptions({ period: 'day', timeZone: 'Europe/Paris' }, 'UTC'),
      saved,
    );
    expect(again.points()).toEqual(first.points());
    expect(again.save()).toEqual(first.save());
    // The 23-hour day: its end is read again from its start.
    expect(again.find(at('2026-03-29T21:59:59Z'))?.opened).toBe(9);
    expect(again.find(at('2026-03-28T23:00:00Z'))?.backlog).toBe(11);
    expect(again.find(at('2026-03-29T22:00:00Z'))?.opened).toBe(1);
    expect(again.find(at('2026-03-30T22:00:00Z'))).toBeUndefined();
    expect(again.find(at('2026-03-28T22:59:59Z'))).toBeUndefined();
    const restoredBucket = again.find(at('2026-03-29T12:00:00Z')) as SeriesBucket;
    expect(restoredBucket.waits.count).toBe(5);
    expect(restoredBucket.timeToResolve.mean).toBe(1_095_000);
  });

  it('a period missing from a hand-made save is counted from zero', () => {
    const s = createSeries(resolveSeriesOptions({ period: 'hour', timeZone: 'UTC' }, 'UTC'), [
      {
        start: at('2026-03-02T09:00:00Z'),
        counts: [4],
        waits: new DurationHistogram().save(),
        timeToResolve: new DurationHistogram().save(),
      },
    ]);
    expect(s.save()[0]?.counts).toEqual([4, ...Array.from({ length: 15 }, () => 0)]);
  });
});

describe('applyToBucket', () => {
  const bucketOf = () => {
    const s = hourly();
    return [s, s.at(at('2026-03-02T09:30:00Z')) as SeriesBucket] as const;
  };

  it('adds a closed ticket: closed, at level 1, its time, its met and missed clocks', () => {
    const [s, b] = bucketOf();
    applyToBucket(b, contribution(), 1);
    applyToBucket(
      b,
      contribution({
        atLevel1: false,
        timeToResolveMs: 60_000,
        detectionMet: false,
        resolutionMet: true,
      }),
      1,
    );
    const [point] = s.points();
    expect(point?.firstLevelResolution).toMatchObject({ closed: 2, atLevel1: 1 });
    expect(point?.timeToResolve).toMatchObject({ count: 2, meanMs: 330_000 });
    expect(point?.sla).toEqual({
      detection: { met: 1, total: 2 },
      resolution: { met: 1, total: 2 },
    });
  });

  it('a contribution without a time or clocks counts only as closed', () => {
    const [s, b] = bucketOf();
    applyToBucket(
      b,
      contribution({
        atLevel1: false,
        timeToResolveMs: undefined,
        detectionMet: undefined,
        resolutionMet: undefined,
      }),
      1,
    );
    const [point] = s.points();
    expect(point?.firstLevelResolution).toMatchObject({ closed: 1, atLevel1: 0 });
    expect(point?.timeToResolve.count).toBe(0);
    expect(point?.sla).toEqual({
      detection: { met: 0, total: 0 },
      resolution: { met: 0, total: 0 },
    });
  });

  it('withdraws what it added, and no more', () => {
    const [s, b] = bucketOf();
    const kept = contribution({
      atLevel1: false,
      timeToResolveMs: 60_000,
      detectionMet: false,
      resolutionMet: true,
    });
    applyToBucket(b, kept, 1);
    applyToBucket(b, contribution(), 1);
    applyToBucket(b, contribution({ resolutionMet: true, detectionMet: false }), 1);
    applyToBucket(b, contribution({ resolutionMet: true, detectionMet: false }), -1);
    applyToBucket(b, contribution(), -1);
    const [point] = s.points();
    expect(point?.firstLevelResolution).toMatchObject({ closed: 1, atLevel1: 0 });
    expect(point?.timeToResolve).toMatchObject({ count: 1, meanMs: 60_000 });
    expect(point?.sla).toEqual({
      detection: { met: 0, total: 1 },
      resolution: { met: 1, total: 1 },
    });
  });

  it('withdrawing a time the period never held (a hand-edited save) takes back the rest', () => {
    const [s, b] = bucketOf();
    b.closed = 1;
    b.atLevel1 = 1;
    b.detectionMet = 1;
    b.detectionTotal = 1;
    b.resolutionTotal = 1;
    b.timeToResolve.add(5_000);
    expect(() => applyToBucket(b, contribution(), -1)).not.toThrow();
    const [point] = s.points();
    expect(point?.firstLevelResolution).toMatchObject({ closed: 0, atLevel1: 0 });
    expect(point?.timeToResolve).toMatchObject({ count: 1, meanMs: 5_000 });
    expect(point?.sla).toEqual({
      detection: { met: 0, total: 0 },
      resolution: { met: 0, total: 0 },
    });
  });
});

it('series keep their figures apart: each series its own periods (no state shared)', () => {
  const a = hourly();
  const b = hourly();
  (a.at(at('2026-03-02T09:30:00Z')) as SeriesBucket).opened = 3;
  expect(b.points()).toEqual([]);
  expect(b.find(at('2026-03-02T09:30:00Z'))).toBeUndefined();
});
