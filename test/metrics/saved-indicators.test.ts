import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createIndicatorAccumulator,
  type IndicatorEntry,
  restoreIndicatorAccumulator,
  type SavedIndicators,
  savedIndicatorsFormat,
} from '../../src/metrics/index.js';
import { defineTicketPolicy } from '../../src/ticket/index.js';
import { propertyRuns } from '../core/property-runs.js';
import { t } from './metrics-fixtures.js';
import { desk, randomHistory } from './random-desks.js';

/** The entries as a store delivers them: each with its stream version and global position. */
function stored(entries: readonly IndicatorEntry[]): IndicatorEntry[] {
  const versions = new Map<string, number>();
  return entries.map((e, k) => {
    const version = (versions.get(e.streamId) ?? 0) + 1;
    versions.set(e.streamId, version);
    return { ...e, version, position: k + 1 };
  });
}

const roundTrip = (saved: SavedIndicators): unknown => JSON.parse(JSON.stringify(saved));

describe('invariant: indicators cut anywhere, saved and restored, equal one uninterrupted pass', () => {
  // With or without a series (per hour or day, a few periods kept or many): its figures,
  // groups and categories are saved and restored with the rest.
  const seriesOptions = fc.option(
    fc.record({
      period: fc.constantFrom('hour' as const, 'day' as const),
      timeZone: fc.constantFrom('UTC', 'Europe/Paris'),
      keep: fc.integer({ min: 1, max: 50 }),
    }),
    { nil: undefined },
  );
  test.prop([desk, fc.nat(), fc.nat({ max: 5 }), fc.boolean(), seriesOptions], {
    numRuns: propertyRuns(80),
  })(
    'cut, save, JSON round trip, restore into a new accumulator, continue',
    (d, cut, redeliver, withPositions, series) => {
      const all = stored(randomHistory(d));
      const entries = withPositions ? all : all.map(({ position: _, ...e }) => e);
      const k = cut % (entries.length + 1);
      const options = series === undefined ? {} : { series };
      const whole = createIndicatorAccumulator(options);
      for (const e of entries) whole.add(e);
      const first = createIndicatorAccumulator(options);
      for (const e of entries.slice(0, k)) first.add(e);
      const second = restoreIndicatorAccumulator(roundTrip(first.save()), options);
      // A subscription restarted from an older checkpoint delivers a few events again.
      const again = withPositions ? entries.slice(Math.max(0, k - redeliver), k) : [];
      for (const e of [...again, ...entries.slice(k)]) second.add(e);
      const at = t(24 * 60);
      expect(second.snapshot(at)).toEqual(whole.snapshot(at));
      expect(second.save()).toEqual(whole.save());
      expect(second.trackedTickets).toBe(whole.trackedTickets);
    },
  );
});

describe('the saved shape', () => {
  it('is versioned plain JSON', () => {
    const saved = createIndicatorAccumulator().save();
    expect(saved).toMatchObject({ format: 'service-desk-rules/indicator-accumulator', version: 1 });
    expect(roundTrip(saved)).toEqual(saved);
    expect(savedIndicatorsFormat.version).toBe(1);
  });
});

describe('restore refuses what is not a saved state, naming what is wrong', () => {
  const good = () => roundTrip(createIndicatorAccumulator().save()) as Record<string, unknown>;
  const throwing = Object.defineProperty({ ...good() }, 'calls', {
    get() {
      throw new Error('boom');
    },
  });
  it.each<[string, unknown, RegExp]>([
    ['null', null, /the saved state must be an object, got null/],
    ['a BigInt', 1n, /must be an object, got 1n/],
    [
      'another format',
      { ...good(), version: 2 },
      /must be "service-desk-rules\/indicator-accumulator" version 1/,
    ],
    [
      'a negative count',
      { ...good(), calls: { answered: -1, abandoned: 0 } },
      /calls\.answered must be a whole number ≥ 0, got -1/,
    ],
    [
      'a BigInt count',
      { ...good(), tickets: { opened: 1n, reopened: 0, cancelled: 0 } },
      /tickets\.opened must be a whole number ≥ 0, got 1n/,
    ],
    ['a throwing getter', throwing, /could not be read, it threw/],
    [
      'a ticket pinned to an unknown policy',
      {
        ...good(),
        tracked: [
          {
            id: 'T1',
            stage: 'open',
            openedAt: 0,
            policyVersion: 'acme',
            priority: null,
            targets: null,
            takenInChargeAt: null,
            resolvedAt: null,
            pauses: [],
            transfers: 0,
            escalations: 0,
            lastSolutionAtLevel1: false,
            reopenings: 0,
            closedAt: null,
            lastVersion: 1,
            lastAt: 0,
            contribution: null,
          },
        ],
      },
      /tracked\[0\]\.policyVersion must be a version among options\.policies, got "acme"/,
    ],
  ])('%s', (_, saved, message) => {
    expect(() => restoreIndicatorAccumulator(saved)).toThrowError(message);
    expect(() => restoreIndicatorAccumulator(saved)).toThrowError(TypeError);
  });

  it('restores tickets pinned to a policy given in the options', () => {
    const acme = defineTicketPolicy({ version: 'acme' });
    const acc = createIndicatorAccumulator({ policies: [acme] });
    acc.add({
      streamId: 'T1',
      event: { type: 'ticket-opened', at: t(0), policyVersion: 'acme' } as never,
    });
    const saved = roundTrip(acc.save());
    expect(() => restoreIndicatorAccumulator(saved)).toThrowError(/"acme"/);
    expect(restoreIndicatorAccumulator(saved, { policies: [acme] }).trackedTickets).toBe(1);
  });
});
