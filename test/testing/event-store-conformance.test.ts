import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { InMemoryEventStore } from '../../src/storage/in-memory-event-store.js';
import {
  type EventStoreConformanceCheckId,
  eventStoreConformanceCheckIds,
  eventStoreConformanceChecks,
  runEventStoreConformanceCheck,
} from '../../src/testing/event-store-conformance.js';
import { type Flaw, FlawedEventStore, flaws } from './flawed-event-store.js';

/**
 * For each flaw, the checks that must catch it (with a fragment of their message) and, for
 * the subtle ones, checks that must still pass (the flaw is invisible to them).
 */
const caughtBy: Record<
  Exclude<Flaw, 'none'>,
  { fails: [EventStoreConformanceCheckId, RegExp][]; passes?: EventStoreConformanceCheckId[] }
> = {
  'ignores-expected-version': {
    fails: [
      ['stale-version-conflicts', /should be a conflict/],
      ['concurrent-same-version-one-winner', /exactly one should win/],
      ['matches-model', /Property failed[\s\S]*expecting \d+: expected \{ ok: true/],
      ['concurrent-rounds-match-model', /exactly one should win/],
    ],
  },
  'await-between-check-and-write': {
    fails: [
      ['concurrent-same-version-one-winner', /exactly one should win/],
      ['concurrent-retrying-writers-lose-nothing', /the stream holds every acknowledged event/],
      ['concurrent-rounds-match-model', /exactly one should win/],
    ],
    passes: ['append-then-read', 'stale-version-conflicts', 'matches-model'],
  },
  'versions-from-0': {
    fails: [
      ['append-then-read', /versions of "conformance-a" should start at 1/],
      ['matches-model', /Property failed[\s\S]*after appending \d at version 0/],
    ],
  },
  'keeps-references': {
    fails: [['history-immutable', /stored history after mutation attempts/]],
    passes: ['append-then-read', 'matches-model', 'concurrent-retrying-writers-lose-nothing'],
  },
  'accepts-empty-batch': {
    fails: [['empty-append-refused', /should be refused with a TypeError/]],
    passes: ['invalid-arguments-refused'],
  },
  'read-all-exclusive': {
    fails: [
      ['read-all-from-position', /inclusive/],
      ['matches-model', /Property failed[\s\S]*readAll\(\{ fromPosition: /],
    ],
    passes: ['append-then-read', 'positions-in-global-order'],
  },
  'case-insensitive-ids': {
    fails: [
      ['stream-isolation', /to "ISO-A" at expected version 0 should succeed/],
      ['matches-model', /Property failed[\s\S]*Got AssertionError/],
    ],
    passes: ['append-then-read', 'concurrent-streams-independent'],
  },
  'positions-out-of-commit-order': {
    fails: [
      [
        'follower-sees-every-event',
        /the follower missed \d+ of \d+ acknowledged events: positions became visible out of commit order/,
      ],
    ],
    passes: [
      'append-then-read',
      'positions-in-global-order',
      'concurrent-same-version-one-winner',
      'concurrent-retrying-writers-lose-nothing',
      'concurrent-streams-independent',
      'concurrent-rounds-match-model',
    ],
  },
  'dates-as-strings': {
    fails: [
      [
        'dates-round-trip',
        /event\.payload\.at was appended as a Date and should read back as a Date, got the string "2026-03-02T08:15:30\.250Z"/,
      ],
      ['append-then-read', /a stored event should equal the event appended/],
    ],
    passes: ['empty-store', 'invalid-arguments-refused'],
  },
  'half-written-batch': {
    fails: [['failed-batch-writes-nothing', /a batch refused half-way must leave nothing of it/]],
    passes: ['append-then-read', 'matches-model', 'dates-round-trip'],
  },
  'no-argument-checks': {
    fails: [
      ['invalid-arguments-refused', /should be refused with a TypeError/],
      ['empty-append-refused', /should be refused with a TypeError/],
    ],
  },
};

const options = { writers: 8, numRuns: 30 };

// The kit's properties draw random histories; that a flawed store is caught must not depend on
// the draw, so this file pins fast-check's seed (the kit itself stays random for its users).
fc.configureGlobal({ seed: 20_260_302 });

describe('the conformance kit', () => {
  test('lists every check once, in the order of its ids', () => {
    expect(eventStoreConformanceChecks.map((c) => c.id)).toEqual([
      ...eventStoreConformanceCheckIds,
    ]);
    expect(new Set(eventStoreConformanceChecks.map((c) => c.title)).size).toBe(
      eventStoreConformanceCheckIds.length,
    );
  });

  test.each(eventStoreConformanceCheckIds)('the flawless reference store passes %s', async (id) => {
    await expect(
      runEventStoreConformanceCheck(id, () => new FlawedEventStore('none'), options),
    ).resolves.toBeUndefined();
  });

  const failing = Object.entries(caughtBy).flatMap(([flaw, { fails }]) =>
    fails.map(([id, message]) => ({ flaw: flaw as Flaw, id, message })),
  );
  test.each(failing)('a store with flaw $flaw fails $id', async ({ flaw, id, message }) => {
    await expect(
      runEventStoreConformanceCheck(id, () => new FlawedEventStore(flaw), options),
    ).rejects.toThrow(message);
  });

  const passing = Object.entries(caughtBy).flatMap(([flaw, { passes = [] }]) =>
    passes.map((id) => ({ flaw: flaw as Flaw, id })),
  );
  test.each(passing)(
    'flaw $flaw is invisible to $id (it needs its own check)',
    async ({ flaw, id }) => {
      await expect(
        runEventStoreConformanceCheck(id, () => new FlawedEventStore(flaw), options),
      ).resolves.toBeUndefined();
    },
  );

  test('every flaw is caught by at least one check', () => {
    expect(Object.keys(caughtBy).sort()).toEqual(flaws.filter((f) => f !== 'none').sort());
  });

  test('custom events: makeEvent and eventId are used for every event written', async () => {
    const made: string[] = [];
    await runEventStoreConformanceCheck(
      'append-then-read',
      () => new InMemoryEventStore<string>(),
      {
        makeEvent: (id) => {
          made.push(id);
          return `event:${id}`;
        },
        eventId: (event) => event.slice('event:'.length),
      },
    );
    expect(made.slice(0, 3)).toEqual(['a-1', 'a-2', 'a-3']);
  });

  test('disposeStore is called once per store, even when the check fails', async () => {
    const disposed: unknown[] = [];
    const stores: unknown[] = [];
    const make = () => {
      const store = new FlawedEventStore<never>('versions-from-0');
      stores.push(store);
      return store;
    };
    await expect(
      runEventStoreConformanceCheck('append-then-read', make as never, {
        disposeStore: (s) => {
          disposed.push(s);
        },
      }),
    ).rejects.toThrow();
    expect(disposed).toEqual(stores);
    expect(stores).toHaveLength(1);
  });

  test.each([
    [{ writers: 1 }, /writers must be an integer ≥ 2/],
    [{ numRuns: 0 }, /numRuns must be an integer ≥ 1/],
    [{ writers: 2n }, /writers must be an integer ≥ 2, got 2n\./],
    [{ makeEvent: (id: string) => id }, /makeEvent and eventId go together/],
  ])('refuses invalid options %o', async (bad, message) => {
    await expect(
      runEventStoreConformanceCheck('empty-store', () => new InMemoryEventStore(), bad as never),
    ).rejects.toThrow(message);
  });

  test('refuses an unknown check id', async () => {
    await expect(
      runEventStoreConformanceCheck('no-such-check' as never, () => new InMemoryEventStore()),
    ).rejects.toThrow(/Unknown conformance check "no-such-check"/);
    await expect(
      runEventStoreConformanceCheck(10n as never, () => new InMemoryEventStore()),
    ).rejects.toThrow(
      new TypeError(
        `Unknown conformance check 10n; known checks: ${eventStoreConformanceCheckIds.join(', ')}.`,
      ),
    );
  });
});
