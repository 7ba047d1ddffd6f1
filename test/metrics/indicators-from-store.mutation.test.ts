// Tests written for `npm run mutation -- metrics` in src/metrics/indicators-from-store.ts (the
// list: docs/mutation-testing.md, « metrics »): what is refused before the store is read, with
// the exact message, the page size asked of the store, and the store's own failures.
import { describe, expect, it } from 'vitest';
import type { CallQueueEvent } from '../../src/metrics/index.js';
import { createIndicatorAccumulator, serviceIndicatorsFromStore } from '../../src/metrics/index.js';
import {
  type EventStore,
  InMemoryEventStore,
  type ReadAllOptions,
  streamId,
} from '../../src/storage/index.js';
import type { TicketEvent } from '../../src/ticket/index.js';
import { History, solvedAtLevel1, t } from './metrics-fixtures.js';

type Event = TicketEvent | CallQueueEvent;

/** A store holding a solved ticket and three calls, and the options of every `readAll` asked. */
async function recordedStore() {
  const store = new InMemoryEventStore<Event>();
  const h = new History();
  solvedAtLevel1(h, 'T1', 0, 'user', 'degraded', { takenAfter: 2, solvedAfter: 20 });
  await store.append(
    streamId('T1'),
    h.entries.map((e) => e.event as Event),
    { expectedVersion: 0 },
  );
  await store.append(
    streamId('queue'),
    [
      { type: 'call-answered', callId: 'c1', at: t(1), waitedMs: 10_000 },
      { type: 'call-answered', callId: 'c2', at: t(2), waitedMs: 40_000 },
      { type: 'call-abandoned', callId: 'c3', at: t(3), waitedMs: 60_000 },
    ],
    { expectedVersion: 0 },
  );
  const asked: (ReadAllOptions | undefined)[] = [];
  const spy: EventStore<Event> = Object.assign(Object.create(store) as EventStore<Event>, {
    readAll: (options?: ReadAllOptions) => {
      asked.push(options);
      return store.readAll(options);
    },
  });
  return { store: spy, asked, entries: h.entries, events: h.entries.length + 3 };
}

/** The class and message `promise` rejects with. */
async function rejection(promise: Promise<unknown>): Promise<[string, string]> {
  try {
    await promise;
  } catch (error) {
    return [(error as Error).constructor.name, (error as Error).message];
  }
  throw new Error('expected a rejection');
}

describe('serviceIndicatorsFromStore', () => {
  it('counts every stored event, read in pages of 1,000 by default', async () => {
    const { store, asked, entries, events } = await recordedStore();
    const r = await serviceIndicatorsFromStore(store, t(60));
    expect(r.calls).toMatchObject({ answered: 2, abandoned: 1, total: 3 });
    expect(r.tickets).toMatchObject({ opened: 1, closed: 1, open: 0 });
    const acc = createIndicatorAccumulator();
    for (const e of entries) acc.add(e);
    for (const [k, e] of [
      { type: 'call-answered', callId: 'c1', at: t(1), waitedMs: 10_000 },
      { type: 'call-answered', callId: 'c2', at: t(2), waitedMs: 40_000 },
      { type: 'call-abandoned', callId: 'c3', at: t(3), waitedMs: 60_000 },
    ].entries()) {
      acc.add({ streamId: `q${k}`, event: e as CallQueueEvent });
    }
    expect(r).toEqual(acc.snapshot(t(60)));
    expect(asked).toEqual([{ fromPosition: 0, limit: 1000 }]);
    expect(events).toBeGreaterThan(3);
  });

  it('asks the store for pages of the size given', async () => {
    const { store, asked, events } = await recordedStore();
    const r = await serviceIndicatorsFromStore(store, t(60), { pageSize: 4 });
    expect(r.calls.total).toBe(3);
    expect(asked.map((o) => o?.limit)).toEqual(
      Array.from({ length: Math.ceil(events / 4) }, () => 4),
    );
    expect(asked[1]?.fromPosition).toBe(5);
  });

  it('passes its options to the accumulator', async () => {
    const { store } = await recordedStore();
    const r = await serviceIndicatorsFromStore(store, t(60), {
      pageSize: 1,
      firstLevelTarget: 1,
      backlogAgeLimitsMs: [60_000],
    });
    expect(r.firstLevelResolution.target).toBe(1);
    expect(r.backlog.byAge.map((b) => b.upToMs)).toEqual([60_000, null]);
    expect(
      await rejection(serviceIndicatorsFromStore(store, t(60), { firstLevelTarget: 2 })),
    ).toEqual(['TypeError', 'Indicators: firstLevelTarget must be in (0, 1], got 2.']);
  });

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [{}, 'an object'],
    [{ readAll: 'yes' }, 'an object'],
    [Object.assign(() => undefined, { readAll: async () => undefined }), 'a function'],
    ['store', '"store"'],
  ])('refuses a store that is not an event store: %o', async (store, shown) => {
    expect(await rejection(serviceIndicatorsFromStore(store as never, t(0)))).toEqual([
      'TypeError',
      `serviceIndicatorsFromStore: store must be an EventStore (with a readAll method), got ${shown}.`,
    ]);
  });

  it.each([
    [0, '0'],
    [-1, '-1'],
    [1.5, '1.5'],
    ['10', '"10"'],
    [Number.NaN, 'NaN'],
    [2 ** 53, '9007199254740992'],
    [null, 'null'],
  ])(
    'refuses a page size that is not a whole number ≥ 1, reading nothing: %o',
    async (pageSize, shown) => {
      const { store, asked } = await recordedStore();
      expect(
        await rejection(serviceIndicatorsFromStore(store, t(0), { pageSize } as never)),
      ).toEqual([
        'TypeError',
        `serviceIndicatorsFromStore: options.pageSize must be a whole number ≥ 1 when given, got ${shown}.`,
      ]);
      expect(asked).toEqual([]);
    },
  );

  it('checks the store first, then the page size, then the other options', async () => {
    expect(
      (await rejection(serviceIndicatorsFromStore(null as never, t(0), { pageSize: 0 })))[1],
    ).toMatch(/store must be an EventStore/);
    const { store, asked } = await recordedStore();
    expect(
      (
        await rejection(
          serviceIndicatorsFromStore(store, t(0), { pageSize: 0, firstLevelTarget: 2 }),
        )
      )[1],
    ).toMatch(/pageSize/);
    expect(asked).toEqual([]);
  });

  it('refuses options that are not an object, or cannot be read, as TypeErrors of its own', async () => {
    const { store, asked } = await recordedStore();
    for (const [options, shown] of [
      [null, 'null'],
      [5, '5'],
      [() => ({ pageSize: 2 }), 'a function'],
    ] as const) {
      expect(await rejection(serviceIndicatorsFromStore(store, t(0), options as never))).toEqual([
        'TypeError',
        `serviceIndicatorsFromStore: options must be an object when given, got ${shown}.`,
      ]);
    }
    const hostile = Object.defineProperty({}, 'pageSize', {
      get() {
        throw new Error('boom');
      },
    });
    expect(await rejection(serviceIndicatorsFromStore(store, t(0), hostile))).toEqual([
      'TypeError',
      'serviceIndicatorsFromStore: the input could not be read as plain data (a getter or a Proxy trap threw, or a value could not be converted or was nested too deeply).',
    ]);
    expect(asked).toEqual([]);
  });

  it('rejects with the store own failure as it is', async () => {
    const failure = new Error('disk on fire');
    const store = { readAll: () => Promise.reject(failure) } as unknown as EventStore<Event>;
    await expect(serviceIndicatorsFromStore(store, t(0))).rejects.toBe(failure);
  });

  it('rejects a stored entry the indicators refuse, and a bad instant', async () => {
    const store = new InMemoryEventStore<Event>();
    await store.append(
      streamId('queue'),
      [{ type: 'call-answered', callId: 'c1', at: t(1), waitedMs: -5 }],
      { expectedVersion: 0 },
    );
    expect(await rejection(serviceIndicatorsFromStore(store, t(0)))).toEqual([
      'TypeError',
      'Indicators: event "call-answered" of stream "queue": waitedMs must be a finite number of ms ≥ 0, got -5.',
    ]);
    const empty = new InMemoryEventStore<Event>();
    expect(await rejection(serviceIndicatorsFromStore(empty, new Date(Number.NaN)))).toEqual([
      'TypeError',
      'Indicators: snapshot needs a valid instant, got an invalid Date.',
    ]);
  });
});
