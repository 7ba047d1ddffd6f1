import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { InMemoryEventStore } from '../../src/storage/in-memory-event-store.js';
import {
  type CheckpointStore,
  followEventStore,
  InMemoryCheckpointStore,
} from '../../src/storage/projection-follower.js';
import { streamId } from '../../src/storage/stream-id.js';
import { revokedProxy, throwingGetter, trappedProxy } from '../ticket/hostile-values.js';

const A = streamId('a');
const B = streamId('b');

async function fill(store: InMemoryEventStore<string>, count: number, from = 0): Promise<void> {
  for (let i = from; i < from + count; i++) {
    const stream = i % 2 === 0 ? A : B;
    await store.append(stream, [`e${i}`], { expectedVersion: 'any' });
  }
}

describe('followEventStore', () => {
  // DESIGN.md: a follower of readAll sees every event once, in order; projections resume.
  test.prop([
    fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 8 }),
    fc.integer({ min: 1, max: 5 }),
  ])('runs cut anywhere between appends see every event once, in order', async (cuts, pageSize) => {
    const store = new InMemoryEventStore<string>();
    const checkpoints = new InMemoryCheckpointStore();
    const seen: string[] = [];
    let total = 0;
    for (const count of cuts) {
      await fill(store, count, total);
      total += count;
      const outcome = await followEventStore(store, {
        name: 'p',
        checkpoints,
        pageSize,
        handle: async (events) => {
          seen.push(...events.map((e) => e.event));
        },
      });
      expect(outcome.stoppedBy).toBe('end');
      expect(outcome.handled).toBe(count);
    }
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => `e${i}`));
    expect(await checkpoints.load('p')).toBe(total === 0 ? 0 : total + 1);
  });

  test('a page whose handler throws is not committed: the next run hands it again', async () => {
    const store = new InMemoryEventStore<string>();
    await fill(store, 5);
    const checkpoints = new InMemoryCheckpointStore();
    const seen: string[] = [];
    let fail = true;
    const run = () =>
      followEventStore(store, {
        name: 'p',
        checkpoints,
        pageSize: 2,
        handle: async (events) => {
          if (fail && events.some((e) => e.event === 'e2')) throw new Error('crash');
          seen.push(...events.map((e) => e.event));
        },
      });
    await expect(run()).rejects.toThrow('crash');
    expect(await checkpoints.load('p')).toBe(3);
    fail = false;
    expect(await run()).toEqual({ handled: 3, position: 6, stoppedBy: 'end' });
    expect(seen).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
  });

  test('stops with checkpoint-moved when another follower saved meanwhile', async () => {
    const store = new InMemoryEventStore<string>();
    await fill(store, 4);
    const checkpoints = new InMemoryCheckpointStore();
    const moved: CheckpointStore<undefined> = {
      load: (name) => checkpoints.load(name),
      commit: async (name, move, work) => {
        await checkpoints.commit(name, move, async () => {}); // the other follower wins
        return checkpoints.commit(name, move, work);
      },
    };
    let handled = 0;
    const outcome = await followEventStore(store, {
      name: 'p',
      checkpoints: moved,
      handle: async (events) => {
        handled += events.length;
      },
    });
    expect(outcome).toEqual({ handled: 0, position: 0, stoppedBy: 'checkpoint-moved' });
    expect(handled).toBe(0);
  });

  test('refuses an empty name and a page size below 1', async () => {
    const store = new InMemoryEventStore<string>();
    const checkpoints = new InMemoryCheckpointStore();
    const handle = async () => {};
    await expect(followEventStore(store, { name: '', checkpoints, handle })).rejects.toThrow(
      TypeError,
    );
    await expect(
      followEventStore(store, { name: 'p', checkpoints, handle, pageSize: 0 }),
    ).rejects.toThrow(/pageSize must be an integer ≥ 1, got 0/);
    const call = followEventStore as (s: unknown, o: unknown) => Promise<unknown>;
    await expect(call(store, { name: 5, checkpoints, handle })).rejects.toThrow(
      'followEventStore: name must be a non-empty string, got 5.',
    );
  });

  test('hands no empty batch, and reads no page past the end', async () => {
    const store = new InMemoryEventStore<string>();
    const reads: unknown[] = [];
    const counting = {
      ...store,
      readAll: (options: Parameters<typeof store.readAll>[0]) => {
        reads.push(options);
        return store.readAll(options);
      },
    } as unknown as InMemoryEventStore<string>;
    const batches: number[] = [];
    const handle = async (events: readonly unknown[]) => {
      batches.push(events.length);
    };
    const options = { name: 'p', checkpoints: new InMemoryCheckpointStore(), handle };
    expect(await followEventStore(counting, options)).toEqual({
      handled: 0,
      position: 0,
      stoppedBy: 'end',
    });
    expect(batches).toEqual([]);
    await fill(store, 3);
    reads.length = 0;
    expect(await followEventStore(counting, { ...options, pageSize: 2 })).toMatchObject({
      handled: 3,
      stoppedBy: 'end',
    });
    expect(batches).toEqual([2, 1]);
    expect(reads).toHaveLength(2);
  });

  test('stops at an empty page even when the store does not say it is the end', async () => {
    const endless = {
      readAll: async () => ({ events: [], nextPosition: 0, isEnd: false }),
    } as unknown as InMemoryEventStore<string>;
    const handle = async () => {};
    expect(
      await followEventStore(endless, {
        name: 'p',
        checkpoints: new InMemoryCheckpointStore(),
        handle,
      }),
    ).toEqual({ handled: 0, position: 0, stoppedBy: 'end' });
  });
});

describe('InMemoryCheckpointStore', () => {
  test('does no work and saves nothing when the position is not the one expected', async () => {
    const checkpoints = new InMemoryCheckpointStore();
    let worked = 0;
    const work = async () => {
      worked++;
    };
    expect(await checkpoints.commit('p', { from: 3, to: 5 }, work)).toBe(false);
    expect(worked).toBe(0);
    expect(await checkpoints.load('p')).toBe(0);
    expect(await checkpoints.commit('p', { from: 0, to: 5 }, work)).toBe(true);
    expect(worked).toBe(1);
    expect(await checkpoints.load('p')).toBe(5);
  });

  test('saves nothing when the position moved while the work ran', async () => {
    const checkpoints = new InMemoryCheckpointStore();
    const moved = await checkpoints.commit('p', { from: 0, to: 5 }, async () => {
      expect(await checkpoints.commit('p', { from: 0, to: 3 }, async () => {})).toBe(true);
    });
    expect(moved).toBe(false);
    expect(await checkpoints.load('p')).toBe(3);
  });
});

// Issue 10 item 2: followEventStore rejects only with its documented TypeError when what it is
// given cannot be used, and passes on what the store, the checkpoints or handle throw.
describe('followEventStore under hostile input (issue 10)', () => {
  const rejection = async (promise: Promise<unknown>): Promise<Error> => {
    try {
      await promise;
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected a rejection');
  };
  const handle = async () => {};

  test('rejects, never throws, on a store, options or checkpoints that are not ones', async () => {
    const store = new InMemoryEventStore<string>();
    const checkpoints = new InMemoryCheckpointStore();
    const cases: [() => Promise<unknown>, string][] = [
      [
        () => followEventStore(null as never, { name: 'p', checkpoints, handle }),
        'followEventStore: store must be an event store with a readAll method, got null.',
      ],
      [
        () => followEventStore(store, 1n as never),
        'followEventStore: options must be { name, checkpoints, handle, pageSize? }, got 1n.',
      ],
      [
        () => followEventStore(store, { name: 'p', checkpoints: {} as never, handle }),
        'followEventStore: checkpoints must be a checkpoint store with load and commit methods, got an object.',
      ],
      [
        () => followEventStore(store, { name: Symbol('p') as never, checkpoints, handle }),
        'followEventStore: name must be a non-empty string, got Symbol("p").',
      ],
    ];
    for (const [call, message] of cases) {
      const promise = call(); // outside any try: a synchronous throw would fail the test
      const error = await rejection(promise);
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toBe(message);
    }
  });

  test('turns a Proxy or a getter that throws into its TypeError', async () => {
    const store = new InMemoryEventStore<string>();
    const options = { name: 'p', checkpoints: new InMemoryCheckpointStore(), handle };
    throwingGetter(options, 'handle');
    for (const [s, o] of [
      [revokedProxy(), options],
      [store, trappedProxy({})],
      [store, options],
    ] as const) {
      const error = await rejection(followEventStore(s as never, o as never));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(/^followEventStore: the input could not be read as plain data/);
    }
  });

  test('checks the checkpoint and the pages before using them', async () => {
    const store = new InMemoryEventStore<string>();
    await fill(store, 2);
    const checkpoints = new InMemoryCheckpointStore();
    const lost = { load: async () => -1, commit: checkpoints.commit.bind(checkpoints) };
    expect(
      (await rejection(followEventStore(store, { name: 'p', checkpoints: lost, handle }))).message,
    ).toBe(
      'followEventStore: checkpoints.load must resolve to a position (an integer ≥ 0), got -1.',
    );
    const odd = { readAll: async () => ({ events: 'e0', nextPosition: 1, isEnd: true }) } as never;
    expect(
      (await rejection(followEventStore(odd, { name: 'p', checkpoints, handle }))).message,
    ).toBe(
      'followEventStore: store.readAll must resolve to a page { events[], nextPosition, isEnd }, got an object.',
    );
  });

  test('passes on what handle throws, as it is', async () => {
    const store = new InMemoryEventStore<string>();
    await fill(store, 1);
    const mine = new Error('projection down');
    const failing = async () => Promise.reject(mine);
    expect(
      await rejection(
        followEventStore(store, {
          name: 'p',
          checkpoints: new InMemoryCheckpointStore(),
          handle: failing,
        }),
      ),
    ).toBe(mine);
  });
});
