import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { describeValue } from '../core/describe-value.js';
import { appendConflictCode } from '../storage/append-conflict.js';
import type { EventStore, ReadAllPage, StoredEvent } from '../storage/event-store.js';
import type { ExpectedVersion } from '../storage/expected-version.js';
import { readAllEvents } from '../storage/read-all-events.js';
import { type StreamId, streamId } from '../storage/stream-id.js';

/**
 * A value an adapter returned (or an argument the kit tried), for a failure message: its JSON
 * when it has one, cut at 300 characters; otherwise `describeValue`'s kind (a BigInt, a cycle
 * or a throwing getter never turns a failed check into a crash of the kit).
 */
function shown(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.length <= 300 ? json : `${json.slice(0, 300)}…`;
  } catch {
    // fall through to the kind
  }
  return describeValue(value);
}

/**
 * The event the conformance suite writes when no `makeEvent` is given: plain data with
 * non-ASCII text, numbers, `null`, nesting and a `Date` (the ticket's events carry dates,
 * and JSON has none: an adapter must give them back as dates), identified by `id`.
 */
export interface ConformanceEvent {
  readonly type: 'conformance-event';
  readonly id: string;
  readonly payload: {
    readonly text: string;
    readonly numbers: readonly number[];
    readonly nested: { readonly flag: boolean; readonly nothing: null };
    /** When it happened: a `Date`, which must read back as a `Date`. */
    readonly at: Date;
  };
}

function defaultMakeEvent(id: string): ConformanceEvent {
  return {
    type: 'conformance-event',
    id,
    payload: {
      text: `appel n° ${id} — clôturé ✓`,
      numbers: [1, 2.5, -3],
      nested: { flag: true, nothing: null },
      at: new Date(Date.UTC(2026, 2, 2, 8, 15, 30, 250)),
    },
  };
}

/**
 * What every conformance check runs with: how to get a fresh, empty store, how to make an
 * event with a given id and read the id back, and the sizes of the heavier checks.
 * {@link describeEventStoreConformance} builds it from its arguments.
 */
export interface EventStoreConformanceSetup<E> {
  /** Returns a new, empty store; called once per check (and once per property run). */
  readonly makeStore: () => EventStore<E> | Promise<EventStore<E>>;
  /** Makes the event with this id; the same id must always give an equal event. */
  readonly makeEvent: (id: string) => E;
  /** Reads back the id an event was made with. */
  readonly eventId: (event: E) => string;
  /** How many writers the concurrency checks start at once. */
  readonly writers: number;
  /** How many random histories the model property tries. */
  readonly numRuns: number;
  /** Called with each store once a check is done with it (close connections, drop tables). */
  readonly disposeStore?: (store: EventStore<E>) => void | Promise<void>;
}

/**
 * The options of {@link describeEventStoreConformance} and
 * {@link runEventStoreConformanceCheck}. `makeEvent` and `eventId` are needed only when the
 * store cannot hold a {@link ConformanceEvent} (it validates events against its own schema).
 */
export interface EventStoreConformanceOptions<E> {
  /** Makes the event with this id; default: a {@link ConformanceEvent}. */
  readonly makeEvent?: (id: string) => E;
  /** Reads back the id an event was made with; default: `event.id`. */
  readonly eventId?: (event: E) => string;
  /** How many writers the concurrency checks start at once; default 20, at least 2. */
  readonly writers?: number;
  /** How many random histories the model property tries; default 50, at least 1. */
  readonly numRuns?: number;
  /** The timeout of each test in milliseconds; default 30,000 (real databases are slow). */
  readonly timeout?: number;
  /** Called with each store once a check is done with it. */
  readonly disposeStore?: (store: EventStore<E>) => void | Promise<void>;
}

/**
 * The ids of the conformance checks, in the order they run.
 *
 * @example
 * ```ts
 * eventStoreConformanceCheckIds.includes('stale-version-conflicts');
 * //=> true
 * ```
 */
export const eventStoreConformanceCheckIds = [
  'append-then-read',
  'empty-store',
  'versions-contiguous',
  'positions-in-global-order',
  'stale-version-conflicts',
  'any-version-appends',
  'empty-append-refused',
  'invalid-arguments-refused',
  'read-all-from-position',
  'stream-isolation',
  'history-immutable',
  'dates-round-trip',
  'failed-batch-writes-nothing',
  'concurrent-same-version-one-winner',
  'concurrent-retrying-writers-lose-nothing',
  'concurrent-streams-independent',
  'follower-sees-every-event',
  'matches-model',
  'concurrent-rounds-match-model',
] as const;

/**
 * The id of one conformance check.
 */
export type EventStoreConformanceCheckId = (typeof eventStoreConformanceCheckIds)[number];

/**
 * One check of the event store contract, as a plain async function that rejects (with a
 * vitest assertion error saying what broke) when the store does not conform.
 */
export interface EventStoreConformanceCheck {
  /** The stable id of the check. */
  readonly id: EventStoreConformanceCheckId;
  /** What the check proves, as a sentence (the test's name). */
  readonly title: string;
  /** Runs the check; rejects when the store breaks the contract. */
  run<E>(setup: EventStoreConformanceSetup<E>): Promise<void>;
}

// ---------------------------------------------------------------------------------------
// Helpers

interface Harness<E> {
  readonly store: EventStore<E>;
  readonly setup: EventStoreConformanceSetup<E>;
  /** Makes the event with this id. */
  event(id: string): E;
}

async function withStore<E>(
  setup: EventStoreConformanceSetup<E>,
  body: (h: Harness<E>) => Promise<void>,
): Promise<void> {
  const store = await setup.makeStore();
  try {
    await body({ store, setup, event: setup.makeEvent });
  } finally {
    await setup.disposeStore?.(store);
  }
}

function ids(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
}

async function readEverything<E>(store: EventStore<E>): Promise<StoredEvent<E>[]> {
  const all: StoredEvent<E>[] = [];
  for await (const stored of readAllEvents(store, { limit: 100 })) all.push(stored);
  return all;
}

async function appendOk<E>(
  h: Harness<E>,
  stream: StreamId,
  eventIds: readonly string[],
  expectedVersion: ExpectedVersion,
): Promise<{ version: number; position: number }> {
  const result = await h.store.append(
    stream,
    eventIds.map((id) => h.event(id)),
    { expectedVersion },
  );
  expect(
    result.ok,
    `append of ${eventIds.length} event(s) to "${stream}" at expected version ${expectedVersion} should succeed, got ${shown(result)}`,
  ).toBe(true);
  if (!result.ok) throw new Error('unreachable');
  return result.value;
}

/** Checks that a stream holds exactly these event ids at versions 1..n. */
async function expectStream<E>(
  h: Harness<E>,
  stream: StreamId,
  eventIds: readonly string[],
): Promise<readonly StoredEvent<E>[]> {
  const read = await h.store.readStream(stream);
  expect(
    read.map((e) => h.setup.eventId(e.event)),
    `readStream("${stream}") should return the appended events in order`,
  ).toEqual(eventIds);
  expect(
    read.map((e) => e.version),
    `versions of "${stream}" should start at 1 and be contiguous`,
  ).toEqual(eventIds.map((_, i) => i + 1));
  for (const stored of read) {
    expect(stored.streamId, 'a stored event should carry its stream id').toBe(stream);
    expect(stored.event, 'a stored event should equal the event appended').toEqual(
      h.setup.makeEvent(h.setup.eventId(stored.event)),
    );
  }
  return read;
}

function expectStrictlyIncreasing(positions: readonly number[], what: string): void {
  for (const [i, p] of positions.entries()) {
    expect(
      Number.isSafeInteger(p) && p >= 1,
      `${what}: position ${p} should be an integer ≥ 1`,
    ).toBe(true);
    const previous = positions[i - 1];
    if (previous !== undefined) {
      expect(p, `${what}: positions should strictly increase`).toBeGreaterThan(previous);
    }
  }
}

async function expectTypeError(action: () => unknown, what: string): Promise<void> {
  let thrown: unknown;
  try {
    await action();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `${what} should be refused with a TypeError`).toBeInstanceOf(TypeError);
}

async function expectConflict<E>(
  h: Harness<E>,
  stream: StreamId,
  expectedVersion: ExpectedVersion,
  actualVersion: number,
): Promise<void> {
  const result = await h.store.append(stream, [h.event(`stale-${expectedVersion}`)], {
    expectedVersion,
  });
  expect(
    result,
    `append to "${stream}" (at version ${actualVersion}) with expectedVersion ${expectedVersion} should be a conflict`,
  ).toMatchObject({
    ok: false,
    error: { code: appendConflictCode, streamId: stream, expectedVersion, actualVersion },
  });
  if (result.ok) return;
  expect(typeof result.error.message.fr, 'a conflict should have a French message').toBe('string');
  expect(typeof result.error.message.en, 'a conflict should have an English message').toBe(
    'string',
  );
}

async function settleAll<T>(tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  return Promise.all(tasks.map((task) => task()));
}

// ---------------------------------------------------------------------------------------
// The checks

const A = streamId('conformance-a');
const B = streamId('conformance-b');
const C = streamId('conformance-c');

const checks: Record<
  EventStoreConformanceCheckId,
  { title: string; run<E>(h: Harness<E>): Promise<void> }
> = {
  'append-then-read': {
    title: 'an appended batch reads back equal, with versions from 1 and its stream id',
    async run<E>(h: Harness<E>) {
      const written = ids('a', 3);
      const result = await appendOk(h, A, written, 0);
      expect(result.version, 'append should return the stream version after the batch').toBe(3);
      const read = await expectStream(h, A, written);
      expectStrictlyIncreasing(
        read.map((e) => e.position),
        'readStream',
      );
      expect(
        result.position,
        'append should return the global position of the last event written',
      ).toBe(read.at(-1)?.position);
    },
  },

  'empty-store': {
    title: 'an empty store reads as empty: no stream, an empty last page',
    async run<E>(h: Harness<E>) {
      expect(await h.store.readStream(A), 'a stream never written reads as []').toEqual([]);
      const page = await h.store.readAll();
      expect(page, 'readAll on an empty store').toMatchObject({
        events: [],
        nextPosition: 0,
        isEnd: true,
      });
    },
  },

  'versions-contiguous': {
    title: 'versions stay contiguous across appends; readStream slices by fromVersion and limit',
    async run<E>(h: Harness<E>) {
      const batches = [ids('v1', 1), ids('v2', 3), ids('v3', 2)];
      let version = 0;
      for (const batch of batches) {
        const result = await appendOk(h, A, batch, version);
        expect(result.version, 'append should return the new stream version').toBe(
          version + batch.length,
        );
        version = result.version;
      }
      const all = batches.flat();
      await expectStream(h, A, all);
      const slice = await h.store.readStream(A, { fromVersion: 3, limit: 2 });
      expect(
        slice.map((e) => [e.version, h.setup.eventId(e.event)]),
        'readStream({ fromVersion: 3, limit: 2 })',
      ).toEqual([
        [3, all[2]],
        [4, all[3]],
      ]);
      const tail = await h.store.readStream(A, { fromVersion: 5 });
      expect(
        tail.map((e) => e.version),
        'readStream({ fromVersion: 5 })',
      ).toEqual([5, 6]);
      expect(
        await h.store.readStream(A, { fromVersion: 7 }),
        'readStream past the end reads as []',
      ).toEqual([]);
    },
  },

  'positions-in-global-order': {
    title: 'positions strictly increase across streams in the order appends were committed',
    async run<E>(h: Harness<E>) {
      const order: [StreamId, string[]][] = [
        [A, ids('ga', 2)],
        [B, ids('gb', 1)],
        [A, ids('ga2', 1)],
        [C, ids('gc', 2)],
        [B, ids('gb2', 2)],
      ];
      const versions = new Map<StreamId, number>();
      const lastPositions: number[] = [];
      for (const [stream, batch] of order) {
        const result = await appendOk(h, stream, batch, versions.get(stream) ?? 0);
        versions.set(stream, result.version);
        lastPositions.push(result.position);
      }
      expectStrictlyIncreasing(lastPositions, 'positions returned by successive appends');
      const all = await readEverything(h.store);
      expect(
        all.map((e) => [e.streamId, h.setup.eventId(e.event)]),
        'readAll should return every event once, in commit order',
      ).toEqual(order.flatMap(([stream, batch]) => batch.map((id) => [stream, id])));
      expectStrictlyIncreasing(
        all.map((e) => e.position),
        'readAll',
      );
      let end = 0;
      for (const [i, [, batch]] of order.entries()) {
        end += batch.length;
        expect(
          all[end - 1]?.position,
          `append #${i + 1} should return the position of its last event`,
        ).toBe(lastPositions[i]);
      }
      for (const stream of [A, B, C]) {
        const fromStream = await h.store.readStream(stream);
        expect(
          fromStream,
          `readStream("${stream}") and readAll should agree on versions and positions`,
        ).toEqual(all.filter((e) => e.streamId === stream));
      }
    },
  },

  'stale-version-conflicts': {
    title: 'a stale or future expected version is a conflict value and writes nothing',
    async run<E>(h: Harness<E>) {
      await appendOk(h, A, ids('s', 2), 0);
      const before = await readEverything(h.store);
      for (const expected of [0, 1, 3, 10]) await expectConflict(h, A, expected, 2);
      await expectConflict(h, B, 1, 0);
      await expectConflict(h, B, 5, 0);
      expect(await readEverything(h.store), 'a refused append must write nothing').toEqual(before);
      expect(await h.store.readStream(B), 'a refused append must not create the stream').toEqual(
        [],
      );
      await appendOk(h, A, ['s-3'], 2);
      await expectStream(h, A, [...ids('s', 2), 's-3']);
    },
  },

  'any-version-appends': {
    title: "expectedVersion 'any' appends to a new or an existing stream",
    async run<E>(h: Harness<E>) {
      expect((await appendOk(h, A, ['y-1'], 'any')).version).toBe(1);
      expect((await appendOk(h, A, ['y-2', 'y-3'], 'any')).version).toBe(3);
      await expectStream(h, A, ['y-1', 'y-2', 'y-3']);
    },
  },

  'empty-append-refused': {
    title: 'an empty batch is refused with a TypeError and writes nothing',
    async run<E>(h: Harness<E>) {
      await expectTypeError(
        () => h.store.append(A, [], { expectedVersion: 0 }),
        'append([]) to a new stream',
      );
      await appendOk(h, A, ['z-1'], 0);
      await expectTypeError(
        () => h.store.append(A, [], { expectedVersion: 1 }),
        'append([]) at the right version',
      );
      await expectTypeError(
        () => h.store.append(A, [], { expectedVersion: 0 }),
        'append([]) at a stale version',
      );
      await expectStream(h, A, ['z-1']);
      expect(await readEverything(h.store)).toHaveLength(1);
    },
  },

  'invalid-arguments-refused': {
    title: 'invalid arguments are refused with a TypeError and write nothing',
    async run<E>(h: Harness<E>) {
      const e = [h.event('bad-1')];
      const badStreamIds: unknown[] = ['', undefined, null, 42];
      for (const id of badStreamIds) {
        await expectTypeError(
          () => h.store.append(id as StreamId, e, { expectedVersion: 'any' }),
          `append to stream id ${describeValue(id)}`,
        );
        await expectTypeError(
          () => h.store.readStream(id as StreamId),
          `readStream(${describeValue(id)})`,
        );
      }
      await expectTypeError(
        () => h.store.append(A, e[0] as unknown as E[], { expectedVersion: 0 }),
        'append of a single event instead of an array',
      );
      const badVersions: unknown[] = [
        -1,
        1.5,
        Number.NaN,
        Infinity,
        '0',
        null,
        undefined,
        'latest',
      ];
      for (const expectedVersion of badVersions) {
        await expectTypeError(
          () => h.store.append(A, e, { expectedVersion } as { expectedVersion: number }),
          `append with expectedVersion ${describeValue(expectedVersion)}`,
        );
      }
      await expectTypeError(
        () => h.store.append(A, e, undefined as unknown as { expectedVersion: number }),
        'append without options',
      );
      const badStreamOptions: unknown[] = [{ fromVersion: 0 }, { fromVersion: 1.5 }, { limit: 0 }];
      for (const options of badStreamOptions) {
        await expectTypeError(
          () => h.store.readStream(A, options as { limit: number }),
          `readStream(${shown(options)})`,
        );
      }
      const badAllOptions: unknown[] = [{ fromPosition: -1 }, { fromPosition: 0.5 }, { limit: 0 }];
      for (const options of badAllOptions) {
        await expectTypeError(
          () => h.store.readAll(options as { limit: number }),
          `readAll(${shown(options)})`,
        );
      }
      expect(await readEverything(h.store), 'refused calls must write nothing').toEqual([]);
    },
  },

  'read-all-from-position': {
    title: 'readAll reads from a position (inclusive), in pages that cover each event once',
    async run<E>(h: Harness<E>) {
      await appendOk(h, A, ids('r-a', 3), 0);
      await appendOk(h, B, ids('r-b', 2), 0);
      await appendOk(h, A, ids('r-a2', 2), 3);
      const all = await readEverything(h.store);
      expect(all, 'readAll should return all 7 events').toHaveLength(7);
      for (const [i, stored] of all.entries()) {
        const page = await h.store.readAll({ fromPosition: stored.position, limit: 100 });
        expect(page.events, `readAll from position ${stored.position} (inclusive)`).toEqual(
          all.slice(i),
        );
        expect(page.isEnd, 'a page that reaches the last event should say isEnd').toBe(true);
      }
      for (const limit of [1, 2, 3, 7]) {
        const seen: StoredEvent<E>[] = [];
        let from = 0;
        let page: ReadAllPage<E>;
        let pages = 0;
        do {
          page = await h.store.readAll({ fromPosition: from, limit });
          pages++;
          expect(
            page.events.length,
            `a page holds at most limit (${limit}) events`,
          ).toBeLessThanOrEqual(limit);
          seen.push(...page.events);
          const last = page.events.at(-1);
          expect(page.nextPosition, 'nextPosition is the last position + 1').toBe(
            last === undefined ? from : last.position + 1,
          );
          from = page.nextPosition;
          if (pages > 20) break;
        } while (!page.isEnd);
        expect(seen, `paging with limit ${limit} should return every event once, in order`).toEqual(
          all,
        );
        const expectedPages = Math.ceil(all.length / limit);
        expect(pages, `paging with limit ${limit} should end with isEnd on the last page`).toBe(
          expectedPages,
        );
      }
      const last = all.at(-1);
      if (last === undefined) throw new Error('unreachable');
      const after = await h.store.readAll({ fromPosition: last.position + 1 });
      expect(after, 'readAll past the end').toMatchObject({
        events: [],
        nextPosition: last.position + 1,
        isEnd: true,
      });
    },
  },

  'stream-isolation': {
    title: 'streams are independent: versions, conflicts and ids that differ by case or prefix',
    async run<E>(h: Harness<E>) {
      const lower = streamId('iso-a');
      const upper = streamId('ISO-A');
      const prefixed = streamId('iso-a-1');
      await appendOk(h, lower, ids('l', 3), 0);
      await expectConflict(h, lower, 1, 3);
      expect((await appendOk(h, upper, ids('u', 1), 0)).version).toBe(1);
      expect((await appendOk(h, prefixed, ids('p', 2), 0)).version).toBe(2);
      await expectConflict(h, upper, 0, 1);
      await expectStream(h, lower, ids('l', 3));
      await expectStream(h, upper, ids('u', 1));
      await expectStream(h, prefixed, ids('p', 2));
    },
  },

  'history-immutable': {
    title: 'mutating an appended or a read event does not change the stored history',
    async run<E>(h: Harness<E>) {
      const appended = h.event('m-1');
      await appendAny(h, A, [appended]);
      vandalize(appended);
      const first = await h.store.readStream(A);
      for (const stored of first) vandalize(stored);
      const page = await h.store.readAll();
      for (const stored of page.events) vandalize(stored);
      const again = await h.store.readStream(A);
      expect(
        again.map((e) => e.event),
        'stored history after mutation attempts',
      ).toEqual([h.setup.makeEvent('m-1')]);
      expect(again.map((e) => [e.streamId, e.version])).toEqual([[A, 1]]);
    },
  },

  'dates-round-trip': {
    title:
      'events holding Dates read back with equal Dates (not strings) from readStream and readAll',
    async run<E>(h: Harness<E>) {
      const appended = h.event('d-1');
      await appendOk(h, A, ['d-1'], 0);
      const fromStream = (await h.store.readStream(A))[0]?.event;
      const fromAll = (await h.store.readAll()).events[0]?.event;
      for (const [what, read] of [
        ['readStream', fromStream],
        ['readAll', fromAll],
      ] as const) {
        for (const [path, date] of datesIn(appended, 'event')) {
          const back = at(read, path);
          expect(
            back instanceof Date,
            `${what}: ${path} was appended as a Date and should read back as a Date, got ${typeof back === 'string' ? `the string ${describeValue(back)}` : typeof back}`,
          ).toBe(true);
          expect((back as Date).getTime(), `${what}: ${path} should keep its time`).toBe(
            date.getTime(),
          );
        }
      }
    },
  },

  'failed-batch-writes-nothing': {
    title: 'a batch that fails half-way (an event the store cannot hold) writes nothing',
    async run<E>(h: Harness<E>) {
      await appendOk(h, A, ['f-1'], 0);
      const before = await readEverything(h.store);
      const unstorable = {
        type: 'unstorable',
        id: 'f-poison',
        call: () => 'functions cannot be stored',
        big: 10n,
      } as unknown as E;
      let outcome: unknown;
      try {
        outcome = await h.store.append(A, [h.event('f-2'), unstorable, h.event('f-3')], {
          expectedVersion: 1,
        });
      } catch (error) {
        outcome = { rejected: error };
      }
      expect(
        typeof outcome === 'object' && outcome !== null && !('ok' in outcome && outcome.ok),
        'a batch holding an event the store cannot hold (a function, a BigInt) should be refused',
      ).toBe(true);
      expect(
        await readEverything(h.store),
        'a batch refused half-way must leave nothing of it in readAll',
      ).toEqual(before);
      await expectStream(h, A, ['f-1']);
      await appendOk(h, A, ['f-2'], 1);
      await expectStream(h, A, ['f-1', 'f-2']);
    },
  },

  'concurrent-same-version-one-winner': {
    title: 'concurrent appends at the same expected version: exactly one wins, the others conflict',
    async run<E>(h: Harness<E>) {
      for (const [stream, base] of [
        [A, 0],
        [B, 3],
      ] as const) {
        if (base > 0) await appendOk(h, stream, ids(`${stream}-base`, base), 0);
        const results = await settleAll(
          Array.from(
            { length: h.setup.writers },
            (_, w) => () =>
              h.store.append(
                stream,
                ids(`${stream}-w${w}`, 2).map((id) => h.event(id)),
                {
                  expectedVersion: base,
                },
              ),
          ),
        );
        const winners = results.flatMap((r, w) => (r.ok ? [w] : []));
        expect(
          winners.length,
          `${h.setup.writers} concurrent appends at version ${base}: exactly one should win`,
        ).toBe(1);
        for (const r of results) {
          if (r.ok) {
            expect(r.value.version, "the winner's new version").toBe(base + 2);
          } else {
            expect(r.error.code, 'every loser gets a conflict').toBe(appendConflictCode);
            expect(r.error.expectedVersion, 'the conflict names the expected version').toBe(base);
            expect(r.error.actualVersion, 'the actual version differs').not.toBe(base);
          }
        }
        const winner = winners[0] ?? -1;
        await expectStream(h, stream, [
          ...ids(`${stream}-base`, base),
          ...ids(`${stream}-w${winner}`, 2),
        ]);
      }
    },
  },

  'concurrent-retrying-writers-lose-nothing': {
    title: 'writers retrying on conflict: every acknowledged event is stored once, batches whole',
    async run<E>(h: Harness<E>) {
      const batchesPerWriter = 3;
      const acknowledged: { ids: string[]; version: number }[] = [];
      const writer = async (w: number) => {
        for (let b = 0; b < batchesPerWriter; b++) {
          const batch = ids(`w${w}-b${b}`, 2);
          for (let attempt = 0; ; attempt++) {
            expect(attempt, `writer ${w} should win within 10,000 attempts`).toBeLessThan(10_000);
            const current = (await h.store.readStream(A)).at(-1)?.version ?? 0;
            const result = await h.store.append(
              A,
              batch.map((id) => h.event(id)),
              {
                expectedVersion: current,
              },
            );
            if (result.ok) {
              acknowledged.push({ ids: batch, version: result.value.version });
              break;
            }
            expect(result.error.code, 'a refused append is a conflict').toBe(appendConflictCode);
          }
        }
      };
      await Promise.all(Array.from({ length: h.setup.writers }, (_, w) => writer(w)));
      const total = h.setup.writers * batchesPerWriter * 2;
      const read = await h.store.readStream(A);
      const readIds = read.map((e) => h.setup.eventId(e.event));
      expect(readIds.length, 'the stream holds every acknowledged event').toBe(total);
      expect(new Set(readIds).size, 'no event is stored twice').toBe(total);
      expect(
        read.map((e) => e.version),
        'versions stay contiguous under concurrency',
      ).toEqual(readIds.map((_, i) => i + 1));
      for (const ack of acknowledged) {
        expect(
          readIds.slice(ack.version - ack.ids.length, ack.version),
          `batch ${ack.ids.join(',')} should be stored whole, ending at its acknowledged version ${ack.version}`,
        ).toEqual(ack.ids);
      }
      const all = await readEverything(h.store);
      expect(
        all.map((e) => h.setup.eventId(e.event)),
        'readAll agrees with readStream',
      ).toEqual(readIds);
      expectStrictlyIncreasing(
        all.map((e) => e.position),
        'readAll under concurrency',
      );
    },
  },

  'concurrent-streams-independent': {
    title: 'concurrent appends to different streams all succeed',
    async run<E>(h: Harness<E>) {
      const streams = Array.from({ length: h.setup.writers }, (_, w) =>
        streamId(`conformance-par-${w}`),
      );
      const results = await settleAll(
        streams.map(
          (stream, w) => () =>
            h.store.append(stream, [h.event(`par-${w}`)], { expectedVersion: 0 }),
        ),
      );
      for (const [w, r] of results.entries()) {
        expect(r, `append to its own stream #${w} should succeed`).toMatchObject({
          ok: true,
          value: { version: 1 },
        });
      }
      for (const [w, stream] of streams.entries()) await expectStream(h, stream, [`par-${w}`]);
      const all = await readEverything(h.store);
      expect(all, 'readAll holds every stream').toHaveLength(streams.length);
      expectStrictlyIncreasing(
        all.map((e) => e.position),
        'readAll',
      );
    },
  },

  'follower-sees-every-event': {
    title:
      'a follower of readAll from nextPosition during concurrent appends sees every acknowledged event once, in order',
    async run<E>(h: Harness<E>) {
      const batchesPerWriter = 8;
      const acknowledged = new Set<string>();
      const seen: StoredEvent<E>[] = [];
      let writing = true;
      let reads = 0;
      const follower = (async () => {
        let from = 0;
        for (;;) {
          const finished = !writing; // read before the page: every ack came before this read
          const page = await h.store.readAll({ fromPosition: from, limit: 5 });
          reads++;
          seen.push(...page.events);
          from = page.nextPosition;
          if (finished && page.isEnd) return;
          if (reads > 1_000_000) throw new Error('the follower never reached the end');
          if (page.events.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
        }
      })();
      try {
        await settleAll(
          Array.from({ length: h.setup.writers }, (_, w) => async () => {
            const stream = streamId(`conformance-follow-${w}`);
            let version = 0;
            for (let b = 0; b < batchesPerWriter; b++) {
              const batch = ids(`fw${w}-b${b}`, 1 + ((w + b) % 2));
              const result = await h.store.append(
                stream,
                batch.map((id) => h.event(id)),
                { expectedVersion: version },
              );
              if (result.ok) {
                version = result.value.version;
                for (const id of batch) acknowledged.add(id);
              }
            }
          }),
        );
      } finally {
        writing = false;
        await follower;
      }
      const seenIds = seen.map((e) => h.setup.eventId(e.event));
      expectStrictlyIncreasing(
        seen.map((e) => e.position),
        'positions seen by the follower',
      );
      expect(new Set(seenIds).size, 'the follower should see each event once').toBe(seenIds.length);
      const missed = [...acknowledged].filter((id) => !seenIds.includes(id));
      expect(
        missed,
        `the follower missed ${missed.length} of ${acknowledged.size} acknowledged events: positions became visible out of commit order (serialize appends, or read only below the oldest running transaction)`,
      ).toEqual([]);
      expect(
        seen,
        'the follower should see what readAll holds at the end, in the same order',
      ).toEqual(await readEverything(h.store));
    },
  },

  'matches-model': {
    title: 'random histories of appends and reads behave like a simple in-memory model',
    async run<E>(h: Harness<E>) {
      await fc.assert(
        fc.asyncProperty(operationsArbitrary, async (operations) => {
          await withStore(h.setup, (fresh) => runAgainstModel(fresh, operations));
        }),
        { numRuns: h.setup.numRuns, includeErrorInReport: true },
      );
    },
  },
  'concurrent-rounds-match-model': {
    title:
      'random rounds of concurrent writers: one winner per stream and round, nothing acknowledged lost',
    async run<E>(h: Harness<E>) {
      await fc.assert(
        fc.asyncProperty(roundsArbitrary, async (rounds) => {
          await withStore(h.setup, (fresh) => runConcurrentRounds(fresh, rounds));
        }),
        { numRuns: Math.max(1, Math.ceil(h.setup.numRuns / 2)), includeErrorInReport: true },
      );
    },
  },
};

/** Every `Date` inside a value, with its path (`event.payload.at`). */
function datesIn(value: unknown, path: string, depth = 0): [string, Date][] {
  if (value instanceof Date) return [[path, value]];
  if (typeof value !== 'object' || value === null || depth > 16) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    datesIn(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1),
  );
}

/** The value at a path made by {@link datesIn}. */
function at(value: unknown, path: string): unknown {
  const keys = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .slice(1);
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Appends at 'any' (the check is about copies, not versions). */
async function appendAny<E>(h: Harness<E>, stream: StreamId, events: E[]): Promise<void> {
  const result = await h.store.append(stream, events, { expectedVersion: 'any' });
  expect(result.ok, 'append should succeed').toBe(true);
}

/** Tries to change every property and array of a value in place, ignoring refusals. */
function vandalize(value: unknown, depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 8) return;
  for (const key of Reflect.ownKeys(value)) {
    const child = (value as Record<PropertyKey, unknown>)[key];
    vandalize(child, depth + 1);
    try {
      (value as Record<PropertyKey, unknown>)[key] =
        typeof child === 'number' ? child + 1 : typeof child === 'string' ? `${child}!` : 'changed';
    } catch {
      // frozen: the store protects its history this way
    }
  }
  try {
    if (Array.isArray(value)) value.push('extra');
  } catch {
    // frozen array
  }
}

// ---------------------------------------------------------------------------------------
// The model property

const modelStreams = [streamId('m-a'), streamId('m-A'), streamId('m-a-1')] as const;

type Operation =
  | {
      readonly kind: 'append';
      readonly stream: number;
      readonly count: number;
      readonly expect: 'current' | 'any' | number;
    }
  | {
      readonly kind: 'read-stream';
      readonly stream: number;
      readonly from: number;
      readonly limit?: number;
    }
  | { readonly kind: 'read-all'; readonly from: number; readonly limit: number };

const streamIndex = fc.integer({ min: 0, max: modelStreams.length - 1 });

const operationsArbitrary: fc.Arbitrary<Operation[]> = fc.array(
  fc.oneof(
    {
      arbitrary: fc.record({
        kind: fc.constant('append' as const),
        stream: streamIndex,
        count: fc.integer({ min: 1, max: 3 }),
        expect: fc.oneof(
          { arbitrary: fc.constant('current' as const), weight: 4 },
          { arbitrary: fc.constant('any' as const), weight: 1 },
          { arbitrary: fc.constantFrom(-2, -1, 1, 2), weight: 2 },
        ),
      }),
      weight: 5,
    },
    {
      arbitrary: fc.record(
        {
          kind: fc.constant('read-stream' as const),
          stream: streamIndex,
          from: fc.integer({ min: 1, max: 8 }),
          limit: fc.integer({ min: 1, max: 4 }),
        },
        { requiredKeys: ['kind', 'stream', 'from'] },
      ),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('read-all' as const),
        from: fc.integer({ min: 0, max: 20 }),
        limit: fc.integer({ min: 1, max: 5 }),
      }),
      weight: 2,
    },
  ),
  { maxLength: 25 },
);

async function runAgainstModel<E>(h: Harness<E>, operations: readonly Operation[]): Promise<void> {
  const model = new Map<StreamId, string[]>();
  const log: { stream: StreamId; id: string; version: number; position: number }[] = [];
  let nextId = 1;
  for (const op of operations) {
    if (op.kind === 'append') {
      const stream = modelStreams[op.stream] ?? modelStreams[0];
      const current = model.get(stream) ?? [];
      const version = current.length;
      const expected: ExpectedVersion =
        op.expect === 'current'
          ? version
          : op.expect === 'any'
            ? 'any'
            : version + op.expect >= 0
              ? version + op.expect
              : version - op.expect;
      const batch = Array.from({ length: op.count }, () => `m${nextId++}`);
      const result = await h.store.append(
        stream,
        batch.map((id) => h.event(id)),
        {
          expectedVersion: expected,
        },
      );
      if (expected === 'any' || expected === version) {
        expect(result, `append ${op.count} to "${stream}" at ${expected}`).toMatchObject({
          ok: true,
          value: { version: version + op.count },
        });
        if (!result.ok) return;
        const previous = log.at(-1)?.position ?? 0;
        expect(result.value.position, 'positions grow').toBeGreaterThan(previous);
        model.set(stream, [...current, ...batch]);
        const stored = await h.store.readStream(stream, { fromVersion: version + 1 });
        expect(
          stored.map((e) => [e.version, h.setup.eventId(e.event)]),
          `"${stream}" after appending ${op.count} at version ${version}`,
        ).toEqual(batch.map((id, i) => [version + i + 1, id]));
        for (const e of stored) {
          log.push({
            stream,
            id: h.setup.eventId(e.event),
            version: e.version,
            position: e.position,
          });
        }
        expect(log.at(-1)?.position, 'append returns the last position').toBe(
          result.value.position,
        );
      } else {
        expect(result, `append to "${stream}" (at ${version}) expecting ${expected}`).toMatchObject(
          {
            ok: false,
            error: { code: appendConflictCode, expectedVersion: expected, actualVersion: version },
          },
        );
      }
    } else if (op.kind === 'read-stream') {
      const stream = modelStreams[op.stream] ?? modelStreams[0];
      const read = await h.store.readStream(
        stream,
        op.limit === undefined
          ? { fromVersion: op.from }
          : { fromVersion: op.from, limit: op.limit },
      );
      const all = model.get(stream) ?? [];
      const end = op.limit === undefined ? all.length : op.from - 1 + op.limit;
      expect(
        read.map((e) => [e.version, h.setup.eventId(e.event)]),
        `readStream("${stream}", ${shown(op)})`,
      ).toEqual(all.slice(op.from - 1, end).map((id, i) => [op.from + i, id]));
    } else {
      // Read from the position of the op.from-th event, or past the end.
      const from =
        op.from === 0 ? 0 : (log[op.from - 1]?.position ?? (log.at(-1)?.position ?? 0) + op.from);
      const page = await h.store.readAll({ fromPosition: from, limit: op.limit });
      const rest = log.filter((e) => e.position >= from);
      const expected = rest.slice(0, op.limit);
      expect(
        page.events.map((e) => ({
          stream: e.streamId,
          id: h.setup.eventId(e.event),
          version: e.version,
          position: e.position,
        })),
        `readAll({ fromPosition: ${from}, limit: ${op.limit} })`,
      ).toEqual(expected);
      expect(page.isEnd, 'isEnd').toBe(rest.length <= op.limit);
      expect(page.nextPosition, 'nextPosition').toBe(
        expected.length === 0 ? from : (expected.at(-1)?.position ?? 0) + 1,
      );
    }
  }
}

/** One round: writers started at once, each on a stream with a batch size. */
type Round = readonly { readonly stream: number; readonly count: number }[];

const roundsArbitrary: fc.Arbitrary<Round[]> = fc.array(
  fc.array(fc.record({ stream: streamIndex, count: fc.integer({ min: 1, max: 3 }) }), {
    minLength: 1,
    maxLength: 6,
  }),
  { minLength: 1, maxLength: 6 },
);

async function runConcurrentRounds<E>(h: Harness<E>, rounds: readonly Round[]): Promise<void> {
  const model = new Map<StreamId, string[]>();
  let nextId = 1;
  for (const [r, round] of rounds.entries()) {
    const versions = new Map(modelStreams.map((s) => [s, model.get(s)?.length ?? 0]));
    const writes = round.map(({ stream, count }) => ({
      stream: modelStreams[stream] ?? modelStreams[0],
      batch: Array.from({ length: count }, () => `c${nextId++}`),
    }));
    const results = await Promise.all(
      writes.map(({ stream, batch }) =>
        h.store.append(
          stream,
          batch.map((id) => h.event(id)),
          { expectedVersion: versions.get(stream) ?? 0 },
        ),
      ),
    );
    for (const stream of modelStreams) {
      const contenders = writes.flatMap((w, i) => (w.stream === stream ? [i] : []));
      if (contenders.length === 0) continue;
      const winners = contenders.filter((i) => results[i]?.ok === true);
      expect(
        winners.length,
        `round ${r + 1}: ${contenders.length} writer(s) on "${stream}" at version ${versions.get(stream)}: exactly one should win`,
      ).toBe(1);
      for (const i of contenders) {
        const result = results[i];
        if (result !== undefined && !result.ok) {
          expect(result.error, 'a loser gets a conflict').toMatchObject({
            code: appendConflictCode,
            expectedVersion: versions.get(stream),
          });
        }
      }
      const winner = writes[winners[0] ?? -1];
      if (winner !== undefined) model.set(stream, [...(model.get(stream) ?? []), ...winner.batch]);
    }
    for (const stream of modelStreams) {
      const read = await h.store.readStream(stream);
      expect(
        read.map((e) => [e.version, h.setup.eventId(e.event)]),
        `after round ${r + 1}, "${stream}" holds exactly the winners' batches`,
      ).toEqual((model.get(stream) ?? []).map((id, i) => [i + 1, id]));
    }
  }
  const all = await readEverything(h.store);
  expect(all.length, 'readAll holds every acknowledged event').toBe(
    [...model.values()].reduce((n, ids) => n + ids.length, 0),
  );
  expectStrictlyIncreasing(
    all.map((e) => e.position),
    'readAll after concurrent rounds',
  );
}

/**
 * Every check of the event store contract, in order. Run them yourself with
 * {@link runEventStoreConformanceCheck}, or all of them as a vitest suite with
 * {@link describeEventStoreConformance}.
 *
 * @example
 * ```ts
 * eventStoreConformanceChecks.map((c) => c.id).slice(0, 2);
 * //=> ['append-then-read', 'empty-store']
 * ```
 */
export const eventStoreConformanceChecks: readonly EventStoreConformanceCheck[] = Object.freeze(
  eventStoreConformanceCheckIds.map(
    (id): EventStoreConformanceCheck =>
      Object.freeze({
        id,
        title: checks[id].title,
        run: <E>(setup: EventStoreConformanceSetup<E>) =>
          withStore(setup, (h) => checks[id].run(h)),
      }),
  ),
);

function resolveSetup<E>(
  makeStore: () => EventStore<E> | Promise<EventStore<E>>,
  options: EventStoreConformanceOptions<E>,
): EventStoreConformanceSetup<E> {
  if (typeof makeStore !== 'function') {
    throw new TypeError('makeStore must be a function that returns a new, empty EventStore.');
  }
  const writers = options.writers ?? 20;
  const numRuns = options.numRuns ?? 50;
  if (!Number.isSafeInteger(writers) || writers < 2) {
    throw new TypeError(`writers must be an integer ≥ 2, got ${describeValue(writers)}.`);
  }
  if (!Number.isSafeInteger(numRuns) || numRuns < 1) {
    throw new TypeError(`numRuns must be an integer ≥ 1, got ${describeValue(numRuns)}.`);
  }
  if ((options.makeEvent === undefined) !== (options.eventId === undefined)) {
    throw new TypeError('makeEvent and eventId go together: give both or neither.');
  }
  const makeEvent = options.makeEvent ?? (defaultMakeEvent as unknown as (id: string) => E);
  const eventId = options.eventId ?? ((event: E) => (event as unknown as ConformanceEvent).id);
  return {
    makeStore,
    makeEvent,
    eventId,
    writers,
    numRuns,
    ...(options.disposeStore === undefined ? {} : { disposeStore: options.disposeStore }),
  };
}

/**
 * Runs one conformance check against a store factory, outside of any `describe`: resolves
 * when the store conforms, rejects with an assertion error saying what broke otherwise.
 * Useful to run a single check while writing an adapter, or to prove that a broken store
 * fails it.
 *
 * @throws TypeError when the id or an option is invalid.
 * @example
 * ```ts
 * await runEventStoreConformanceCheck('stale-version-conflicts', () => new InMemoryEventStore());
 * //=> undefined
 * ```
 */
export function runEventStoreConformanceCheck(
  id: EventStoreConformanceCheckId,
  makeStore: () => EventStore<ConformanceEvent> | Promise<EventStore<ConformanceEvent>>,
  options?: EventStoreConformanceOptions<ConformanceEvent>,
): Promise<void>;
export function runEventStoreConformanceCheck<E>(
  id: EventStoreConformanceCheckId,
  makeStore: () => EventStore<E> | Promise<EventStore<E>>,
  options: NoInfer<
    EventStoreConformanceOptions<E> & {
      readonly makeEvent: (id: string) => E;
      readonly eventId: (event: E) => string;
    }
  >,
): Promise<void>;
export async function runEventStoreConformanceCheck<E>(
  id: EventStoreConformanceCheckId,
  makeStore: () => EventStore<E> | Promise<EventStore<E>>,
  options: EventStoreConformanceOptions<E> = {},
): Promise<void> {
  const check = eventStoreConformanceChecks.find((c) => c.id === id);
  if (check === undefined) {
    throw new TypeError(
      `Unknown conformance check ${describeValue(id)}; known checks: ${eventStoreConformanceCheckIds.join(', ')}.`,
    );
  }
  await check.run(resolveSetup(makeStore, options));
}

/**
 * Declares a vitest `describe` block that checks an {@link EventStore} adapter against the
 * whole contract: round trips, versions from 1 and contiguous, positions in global order,
 * conflicts that write nothing, empty and invalid appends refused, `readAll` paging, stream
 * isolation, immutable history, concurrent writers (exactly one winner per version, nothing
 * acknowledged lost), a follower of `readAll` that sees every acknowledged event once and in
 * order while writers append, dates that read back as dates, a batch refused half-way that
 * leaves nothing, and a fast-check property against a model. Call it at the top level of
 * one of your test files; `makeStore` must return a new, empty store each time.
 *
 * @throws TypeError when an option is invalid.
 * @example
 * ```ts
 * // test/postgres-event-store.test.ts
 * import { describeEventStoreConformance } from 'service-desk-rules/testing';
 *
 * describeEventStoreConformance('PostgresEventStore', async () => {
 *   await pool.query('truncate events restart identity');
 *   return new PostgresEventStore(pool);
 * }, { writers: 10, numRuns: 20 });
 * //=> undefined
 * ```
 */
export function describeEventStoreConformance(
  name: string,
  makeStore: () => EventStore<ConformanceEvent> | Promise<EventStore<ConformanceEvent>>,
  options?: EventStoreConformanceOptions<ConformanceEvent>,
): void;
export function describeEventStoreConformance<E>(
  name: string,
  makeStore: () => EventStore<E> | Promise<EventStore<E>>,
  options: NoInfer<
    EventStoreConformanceOptions<E> & {
      readonly makeEvent: (id: string) => E;
      readonly eventId: (event: E) => string;
    }
  >,
): void;
export function describeEventStoreConformance<E>(
  name: string,
  makeStore: () => EventStore<E> | Promise<EventStore<E>>,
  options: EventStoreConformanceOptions<E> = {},
): void {
  const setup = resolveSetup(makeStore, options);
  const timeout = options.timeout ?? 30_000;
  describe(`${name} conforms to the EventStore contract`, () => {
    for (const check of eventStoreConformanceChecks) {
      test(check.title, { timeout }, () => check.run(setup));
    }
  });
}
