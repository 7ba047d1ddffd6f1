// Tests written for `npm run mutation -- metrics` in src/metrics/indicator-options.ts (the list:
// docs/mutation-testing.md, « metrics »): the defaults, and every refusal with its exact message.
import { describe, expect, it } from 'vitest';
import { resolveQueueOptions } from '../../src/metrics/call-queue-indicators.js';
import { createIndicatorAccumulator, serviceIndicators } from '../../src/metrics/index.js';
import { resolveIndicatorOptions } from '../../src/metrics/indicator-options.js';
import { defaultTicketPolicy, type TicketPolicy } from '../../src/ticket/index.js';
import { thrownError, thrownNameAndMessage } from '../core/thrown-error.js';

const HOUR = 3_600_000;

/** A policy of another version, its calendar in another time zone. */
const newYork = {
  ...defaultTicketPolicy,
  version: 'ny-1',
  calendar: { ...defaultTicketPolicy.calendar, timeZone: 'America/New_York' },
} as TicketPolicy;

const refusal = (options: unknown) =>
  thrownNameAndMessage(() => resolveIndicatorOptions(options as never));

describe('resolveIndicatorOptions: the defaults', () => {
  it('the seed policy, a target of 80 %, buckets of 1 h, 4 h, 24 h and 5 days, no series', () => {
    const r = resolveIndicatorOptions({});
    expect([...r.byVersion]).toEqual([[defaultTicketPolicy.version, defaultTicketPolicy]]);
    expect(r.first).toBe(defaultTicketPolicy);
    expect(r.target).toBe(0.8);
    expect(r.limits).toEqual([HOUR, 4 * HOUR, 24 * HOUR, 120 * HOUR]);
    expect(r.queue).toEqual(resolveQueueOptions());
    expect(r.queue).toEqual({
      serviceLevelMs: 20_000,
      shortAbandonMs: 5_000,
      recallWindowMs: 3_600_000,
      maxWaitMs: 3_600_000,
    });
    expect(r.series).toBeUndefined();
    expect(Object.keys(r).sort()).toEqual([
      'byVersion',
      'first',
      'limits',
      'queue',
      'series',
      'target',
    ]);
  });

  it('the same defaults for options given as undefined', () => {
    const r = resolveIndicatorOptions({
      policies: undefined,
      firstLevelTarget: undefined,
      backlogAgeLimitsMs: undefined,
      queue: undefined,
      series: undefined,
    } as never);
    expect(r).toEqual(resolveIndicatorOptions({}));
    const nulls = resolveIndicatorOptions({
      policies: null,
      firstLevelTarget: null,
      backlogAgeLimitsMs: null,
    } as never);
    expect(nulls).toEqual(resolveIndicatorOptions({}));
  });

  it('the indicators report the default target and age buckets', () => {
    const r = serviceIndicators([], new Date(0));
    expect(r.firstLevelResolution.target).toBe(0.8);
    expect(r.backlog.byAge.map((b) => b.upToMs)).toEqual([
      HOUR,
      4 * HOUR,
      24 * HOUR,
      120 * HOUR,
      null,
    ]);
  });
});

describe('resolveIndicatorOptions: what is given', () => {
  it('every policy by its version, the first one given first', () => {
    const r = resolveIndicatorOptions({ policies: [newYork, defaultTicketPolicy] });
    expect([...r.byVersion.keys()]).toEqual(['ny-1', defaultTicketPolicy.version]);
    expect(r.byVersion.get('ny-1')).toBe(newYork);
    expect(r.byVersion.get(defaultTicketPolicy.version)).toBe(defaultTicketPolicy);
    expect(r.first).toBe(newYork);
    expect(resolveIndicatorOptions({ policies: [defaultTicketPolicy, newYork] }).first).toBe(
      defaultTicketPolicy,
    );
  });

  it('a target of 100 %, and just above 0', () => {
    expect(resolveIndicatorOptions({ firstLevelTarget: 1 }).target).toBe(1);
    expect(resolveIndicatorOptions({ firstLevelTarget: 0.000_1 }).target).toBe(0.000_1);
  });

  it('age limits as given, copied: changing the caller array afterwards changes nothing', () => {
    const limits = [0.5, HOUR, 2 * HOUR];
    const r = resolveIndicatorOptions({ backlogAgeLimitsMs: limits });
    expect(r.limits).toEqual([0.5, HOUR, 2 * HOUR]);
    expect(r.limits).not.toBe(limits);
    limits[0] = 7;
    limits.push(9 * HOUR);
    expect(r.limits).toEqual([0.5, HOUR, 2 * HOUR]);
    expect(resolveIndicatorOptions({ backlogAgeLimitsMs: [HOUR] }).limits).toEqual([HOUR]);
    expect(resolveIndicatorOptions({ backlogAgeLimitsMs: [] }).limits).toEqual([]);
  });

  it('the queue thresholds', () => {
    const queue = { serviceLevelMs: 30_000, shortAbandonMs: 0 };
    expect(resolveIndicatorOptions({ queue }).queue).toEqual(resolveQueueOptions(queue));
    expect(resolveIndicatorOptions({ queue }).queue.serviceLevelMs).toBe(30_000);
  });

  it('a series in the first policy calendar time zone unless it names its own', () => {
    expect(resolveIndicatorOptions({ series: { period: 'day' } }).series).toEqual({
      period: 'day',
      timeZone: defaultTicketPolicy.calendar.timeZone,
      keep: 31,
    });
    expect(
      resolveIndicatorOptions({
        policies: [newYork, defaultTicketPolicy],
        series: { period: 'hour' },
      }).series,
    ).toEqual({ period: 'hour', timeZone: 'America/New_York', keep: 48 });
    expect(
      resolveIndicatorOptions({ series: { period: 'hour', timeZone: 'UTC', keep: 2 } }).series,
    ).toEqual({ period: 'hour', timeZone: 'UTC', keep: 2 });
  });
});

describe('resolveIndicatorOptions: refusals', () => {
  it.each([[[]], [{}], ['seed'], [0]])(
    'refuses policies that are not a non-empty list: %o',
    (policies) => {
      expect(refusal({ policies })).toEqual([
        'TypeError',
        'Indicators: options.policies must be a non-empty list of ticket policies.',
      ]);
    },
  );

  it.each([
    [[defaultTicketPolicy, {}], 1, 'an object'],
    [[null], 0, 'null'],
    [['seed'], 0, '"seed"'],
    // A hole is an entry that is not a policy, not one left out.
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case
    [[defaultTicketPolicy, , newYork], 1, 'undefined'],
    [[{ ...defaultTicketPolicy, version: '' }], 0, 'an object'],
    [[{ ...defaultTicketPolicy, calendar: undefined }], 0, 'an object'],
    [[{ ...defaultTicketPolicy, calendar: null }], 0, 'an object'],
    [[{ ...defaultTicketPolicy, calendar: { timeZone: 3 } }], 0, 'an object'],
    [[{ ...defaultTicketPolicy, slaTable: null }], 0, 'an object'],
    [[{ ...defaultTicketPolicy, slaTable: 'seed' }], 0, 'an object'],
    [[{ ...defaultTicketPolicy, reopenWindow: 5 }], 0, 'an object'],
    [[{ ...defaultTicketPolicy, reopenWindow: null }], 0, 'an object'],
  ])('refuses a policies entry that is not a ticket policy: %o', (policies, k, got) => {
    expect(refusal({ policies })).toEqual([
      'TypeError',
      `Indicators: options.policies[${k}] must be a ticket policy made by defineTicketPolicy, got ${got}.`,
    ]);
  });

  it('refuses two policies of the same version: the second would silently replace the first', () => {
    expect(refusal({ policies: [defaultTicketPolicy, newYork, { ...newYork }] })).toEqual([
      'TypeError',
      'Indicators: options.policies lists version "ny-1" twice; each version appears once.',
    ]);
  });

  it('reads the policies list once: the first policy is the one checked', () => {
    let reads = 0;
    const list = [defaultTicketPolicy];
    const once = new Proxy(list, {
      get(target, key, receiver) {
        if (key === '0') reads++;
        return reads > 1 && key === '0' ? newYork : Reflect.get(target, key, receiver);
      },
    });
    const r = resolveIndicatorOptions({ policies: once, series: { period: 'day' } });
    expect(r.first).toBe(defaultTicketPolicy);
    expect(r.series?.timeZone).toBe(defaultTicketPolicy.calendar.timeZone);
    expect([...r.byVersion.keys()]).toEqual(['seed']);
  });

  it.each([
    [0, '0'],
    [-0.5, '-0.5'],
    [1.01, '1.01'],
    [Number.NaN, 'NaN'],
    ['0.8', '"0.8"'],
    [true, 'true'],
  ])('refuses a first-level target out of (0, 1]: %o', (firstLevelTarget, shown) => {
    expect(refusal({ firstLevelTarget })).toEqual([
      'TypeError',
      `Indicators: firstLevelTarget must be in (0, 1], got ${shown}.`,
    ]);
  });

  it.each([
    [5, '5'],
    ['1,2', '"1,2"'],
    [new Set([1]), 'a Set'],
    [['1'], 'an array'],
    [[1, '2'], 'an array'],
    [[0, 10], '[0,10]'],
    [[-5], '[-5]'],
    [[Number.NaN], '[NaN]'],
    [[1, Number.POSITIVE_INFINITY], '[1,Infinity]'],
    [[Number.POSITIVE_INFINITY], '[Infinity]'],
    [[10, 5], '[10,5]'],
    [[10, 10], '[10,10]'],
    [[10, 20, 15], '[10,20,15]'],
    [[10, 20, 20], '[10,20,20]'],
    [[-2, -1], '[-2,-1]'],
  ])('refuses age limits that are not positive and ascending: %o', (backlogAgeLimitsMs, shown) => {
    expect(refusal({ backlogAgeLimitsMs })).toEqual([
      'TypeError',
      `Indicators: backlogAgeLimitsMs must be positive and ascending, got ${shown}.`,
    ]);
  });

  it('refuses age limits with a hole (a bucket without a bound)', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case
    const sparse = [HOUR, , 2 * HOUR];
    expect(refusal({ backlogAgeLimitsMs: sparse })).toEqual([
      'TypeError',
      'Indicators: backlogAgeLimitsMs must be positive and ascending, got [3600000,,7200000].',
    ]);
    expect(refusal({ backlogAgeLimitsMs: [HOUR, undefined] })).toEqual([
      'TypeError',
      'Indicators: backlogAgeLimitsMs must be positive and ascending, got an array.',
    ]);
    expect(() =>
      serviceIndicators([], new Date(0), { backlogAgeLimitsMs: sparse as never }),
    ).toThrow('backlogAgeLimitsMs must be positive and ascending');
  });

  it('refuses bad queue or series options through their own checks', () => {
    expect(refusal({ queue: { serviceLevelMs: -1 } })).toEqual([
      'TypeError',
      'Indicators: queue.serviceLevelMs must be a finite number of ms ≥ 0, got -1.',
    ]);
    expect(refusal({ queue: 5 })).toEqual([
      'TypeError',
      'Indicators: queue must be an object when given, got 5.',
    ]);
    expect(refusal({ series: { period: 'week' } })).toEqual([
      'TypeError',
      "Indicators: series must be { period: 'hour' | 'day', timeZone?, keep? }, got an object.",
    ]);
  });

  it('checks in order: policies, then the target, then the age limits', () => {
    expect(refusal({ policies: [], firstLevelTarget: 2, backlogAgeLimitsMs: [0] })[1]).toMatch(
      /options\.policies/,
    );
    expect(refusal({ firstLevelTarget: 2, backlogAgeLimitsMs: [0] })[1]).toMatch(
      /firstLevelTarget/,
    );
  });

  it.each([
    [null, 'null'],
    [5, '5'],
    ['{}', '"{}"'],
    [() => ({}), 'a function'],
  ])('refuses options that are not an object: %o', (options, shown) => {
    expect(refusal(options)).toEqual([
      'TypeError',
      `Indicators: options must be an object when given, got ${shown}.`,
    ]);
  });

  it('a getter that throws is a TypeError of its own, the cause kept', () => {
    const hostile = Object.defineProperty({}, 'backlogAgeLimitsMs', {
      get() {
        throw new Error('boom');
      },
    });
    expect(refusal(hostile)).toEqual([
      'TypeError',
      'Indicators: the input could not be read as plain data (a getter or a Proxy trap threw, or a value could not be converted or was nested too deeply).',
    ]);
    const error = thrownError(() => resolveIndicatorOptions(hostile));
    expect((error.cause as Error).message).toBe('boom');
  });

  it('createIndicatorAccumulator refuses with the same error', () => {
    expect(thrownNameAndMessage(() => createIndicatorAccumulator({ firstLevelTarget: 0 }))).toEqual(
      ['TypeError', 'Indicators: firstLevelTarget must be in (0, 1], got 0.'],
    );
  });
});
