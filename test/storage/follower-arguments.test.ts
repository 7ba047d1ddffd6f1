import { describe, expect, it } from 'vitest';
import {
  followEventStore,
  handleCommand,
  InMemoryCheckpointStore,
  InMemoryEventStore,
} from '../../src/storage/index.js';

// Each refusal of followEventStore names what was wrong in its own words: a check dropped
// would let the value through to a later line, which fails with another message.
const store = new InMemoryEventStore<{ type: string }>();
const checkpoints = new InMemoryCheckpointStore();
const handle = async () => {};
const valid = { name: 'p', checkpoints, handle };

describe('followEventStore refuses its arguments by name', () => {
  it.each([
    [
      'a store without readAll',
      null,
      valid,
      /store must be an event store with a readAll method, got null/,
    ],
    [
      'options null',
      store,
      null,
      /options must be \{ name, checkpoints, handle, pageSize\? \}, got null/,
    ],
    ['pageSize 0', store, { ...valid, pageSize: 0 }, /pageSize must be an integer ≥ 1, got 0/],
    [
      'pageSize 1.5',
      store,
      { ...valid, pageSize: 1.5 },
      /pageSize must be an integer ≥ 1, got 1\.5/,
    ],
    [
      'pageSize "5"',
      store,
      { ...valid, pageSize: '5' },
      /pageSize must be an integer ≥ 1, got "5"/,
    ],
    [
      'checkpoints null',
      store,
      { ...valid, checkpoints: null },
      /checkpoints must be a checkpoint store with load and commit methods, got null/,
    ],
    [
      'checkpoints without commit',
      store,
      { ...valid, checkpoints: { load: async () => 0 } },
      /checkpoints must be a checkpoint store with load and commit methods/,
    ],
    [
      'checkpoints without load',
      store,
      { ...valid, checkpoints: { commit: async () => {} } },
      /checkpoints must be a checkpoint store with load and commit methods/,
    ],
    [
      'no handle',
      store,
      { name: 'p', checkpoints },
      /handle must be a function \(events, tx\) => Promise<void>, got undefined/,
    ],
  ])('%s', async (_, s, options, message) => {
    await expect(followEventStore(s as never, options as never)).rejects.toThrow(message);
  });

  it.each([
    [-1, /checkpoints\.load must resolve to a position \(an integer ≥ 0\), got -1/],
    [1.5, /must resolve to a position \(an integer ≥ 0\), got 1\.5/],
    ['3', /must resolve to a position \(an integer ≥ 0\), got "3"/],
  ])('a checkpoint store answering %o', async (position, message) => {
    const odd = { load: async () => position, commit: async () => {} };
    await expect(followEventStore(store, { ...valid, checkpoints: odd } as never)).rejects.toThrow(
      message,
    );
  });
});

describe('followEventStore reads each page the store answers before using it', () => {
  const pageMessage = (got: string) =>
    `followEventStore: store.readAll must resolve to a page { events[], nextPosition, isEnd }, got ${got}.`;
  it.each([
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['without its events', { nextPosition: 0, isEnd: true }, 'an object'],
    ['a position below 0', { events: [], nextPosition: -1, isEnd: true }, 'an object'],
    ['a position 1.5', { events: [], nextPosition: 1.5, isEnd: true }, 'an object'],
    ['a position "3"', { events: [], nextPosition: '3', isEnd: true }, 'an object'],
    ['isEnd neither true nor false', { events: [], nextPosition: 0, isEnd: 'yes' }, 'an object'],
  ])('a page that is %s', async (_, page, got) => {
    const liar = { readAll: async () => page } as never;
    const error = await followEventStore(liar, valid).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toBe(pageMessage(got));
  });
});

describe('handleCommand names what the store answers wrong', () => {
  const decider = {
    initialState: 0,
    decide: () => ({ ok: true as const, value: [] }),
    evolve: (s: number) => s + 1,
  };
  const id = 'ticket-1' as never;

  it('a store without readStream, or answering events without versions', async () => {
    await expect(handleCommand(decider, null as never, id, {})).rejects.toThrow(
      /store must be an event store with a readStream method, got null/,
    );
    const answering = (events: unknown) =>
      ({ readStream: async () => events, append: async () => ({ ok: true, value: {} }) }) as never;
    for (const [given, shown] of [
      [null, 'null'],
      [{ event: {} }, 'an object'],
      [{ version: 0, event: {} }, 'an object'],
      [{ version: 1.5, event: {} }, 'an object'],
      [{ version: '1', event: {} }, 'an object'],
    ] as const) {
      await expect(handleCommand(decider, answering([given]), id, {})).rejects.toThrow(
        new RegExp(
          `store\\.readStream gave a stored event without its version \\(an integer ≥ 1\\) at index 0, got ${shown}`,
        ),
      );
    }
  });

  it.each([[-1], [1.5], ['2']])('maxRetries %o', async (maxRetries) => {
    const store = new InMemoryEventStore<{ type: string }>();
    await expect(
      handleCommand(decider, store as never, id, {}, { maxRetries } as never),
    ).rejects.toThrow(/handleCommand: maxRetries must be an integer ≥ 0, got/);
  });
});
