// Tests written for `npm run mutation -- metrics` in src/metrics/service-indicators.ts (the list:
// docs/mutation-testing.md, « metrics »): the batch form over any list, and its refusals.
import { describe, expect, it } from 'vitest';
import {
  createIndicatorAccumulator,
  type IndicatorEntry,
  serviceIndicators,
} from '../../src/metrics/index.js';
import { thrownError, thrownNameAndMessage } from '../core/thrown-error.js';
import { History, solvedAtLevel1, t } from './metrics-fixtures.js';

function desk(): IndicatorEntry[] {
  const h = new History();
  solvedAtLevel1(h, 'T1', 0, 'user', 'degraded', { takenAfter: 2, solvedAfter: 20 });
  h.call('call-answered', t(1), 10_000).call('call-abandoned', t(2), 2_000);
  return h.entries;
}

describe('serviceIndicators', () => {
  it('the indicators of every entry, from a list, a Set or a generator', () => {
    const entries = desk();
    const acc = createIndicatorAccumulator();
    for (const e of entries) acc.add(e);
    const expected = acc.snapshot(t(60));
    expect(expected.tickets).toMatchObject({ opened: 1, closed: 1 });
    expect(expected.calls).toMatchObject({ answered: 1, abandoned: 1 });
    expect(serviceIndicators(entries, t(60))).toEqual(expected);
    expect(serviceIndicators(new Set(entries), t(60))).toEqual(expected);
    expect(
      serviceIndicators(
        (function* () {
          yield* entries;
        })(),
        t(60),
      ),
    ).toEqual(expected);
  });

  it('with its options', () => {
    const r = serviceIndicators(desk(), t(60), { firstLevelTarget: 1, backlogAgeLimitsMs: [1] });
    expect(r.firstLevelResolution.target).toBe(1);
    expect(r.backlog.byAge.map((b) => b.upToMs)).toEqual([1, null]);
  });

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [5, '5'],
    ['T1', '"T1"'],
    [{ length: 0 }, 'an object'],
    [{ [Symbol.iterator]: 'no' }, 'an object'],
  ])('refuses entries that are not a list: %o', (entries, shown) => {
    expect(thrownNameAndMessage(() => serviceIndicators(entries as never, t(0)))).toEqual([
      'TypeError',
      `serviceIndicators: entries must be a list (an iterable) of { streamId, event }, got ${shown}.`,
    ]);
  });

  it('lets the refusals of the options, of an entry and of the instant through as they are', () => {
    expect(
      thrownNameAndMessage(() => serviceIndicators([], t(0), { firstLevelTarget: 0 })),
    ).toEqual(['TypeError', 'Indicators: firstLevelTarget must be in (0, 1], got 0.']);
    expect(thrownNameAndMessage(() => serviceIndicators([null as never], t(0)))).toEqual([
      'TypeError',
      'Indicators: an entry must be an object, got null.',
    ]);
    expect(thrownNameAndMessage(() => serviceIndicators([], 0 as never))).toEqual([
      'TypeError',
      'Indicators: snapshot needs a Date, got 0.',
    ]);
  });

  it('a list that throws while read is a TypeError of its own, the cause kept', () => {
    const boom = new Error('boom');
    const failing = {
      *[Symbol.iterator]() {
        yield* desk().slice(0, 1);
        throw boom;
      },
    };
    const error = thrownError(() => serviceIndicators(failing as never, t(0)));
    expect([error.constructor.name, error.message]).toEqual([
      'TypeError',
      'serviceIndicators: the input could not be read as plain data (a getter or a Proxy trap threw, or a value could not be converted or was nested too deeply).',
    ]);
    expect(error.cause).toBe(boom);
    const trapped = new Proxy([], {
      get() {
        throw boom;
      },
    });
    expect(thrownError(() => serviceIndicators(trapped, t(0))).cause).toBe(boom);
  });
});
