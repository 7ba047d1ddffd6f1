import { fc, test } from '@fast-check/vitest';
import { describe, expect, vi } from 'vitest';
import { handleCommand, loadState } from '../../src/storage/command-handler.js';
import type { EventStore } from '../../src/storage/event-store.js';
import { InMemoryEventStore } from '../../src/storage/in-memory-event-store.js';
import { readAllEvents } from '../../src/storage/read-all-events.js';
import { streamId } from '../../src/storage/stream-id.js';
import { revokedProxy, throwingGetter, trappedProxy } from '../ticket/hostile-values.js';
import { add, type CounterEvent, counter, counterLimit } from './counter-decider.js';

const id = streamId('counter-1');

/** A store where another writer appends `amount` just before each of our appends. */
function contendedStore(
  inner: EventStore<CounterEvent>,
  interference: number[],
): EventStore<CounterEvent> {
  return {
    async append(stream, events, options) {
      const amount = interference.shift();
      if (amount !== undefined) {
        await inner.append(stream, [{ type: 'added', amount }], { expectedVersion: 'any' });
      }
      return inner.append(stream, events, options);
    },
    readStream: (stream, options) => inner.readStream(stream, options),
    readAll: (options) => inner.readAll(options),
  };
}

async function everything<E>(store: EventStore<E>) {
  const all = [];
  for await (const e of readAllEvents(store)) all.push(e);
  return all;
}

describe('handleCommand', () => {
  test('an accepted command appends its events at the loaded version', async () => {
    const store = new InMemoryEventStore<CounterEvent>();
    expect(await handleCommand(counter, store, id, add(4))).toEqual({
      ok: true,
      value: {
        events: [{ type: 'added', amount: 4 }],
        state: 4,
        version: 1,
        position: 1,
        attempts: 1,
      },
    });
    expect(await handleCommand(counter, store, id, add(5))).toEqual({
      ok: true,
      value: {
        events: [{ type: 'added', amount: 5 }],
        state: 9,
        version: 2,
        position: 2,
        attempts: 1,
      },
    });
    expect(await loadState(counter, store, id)).toEqual({ state: 9, version: 2 });
  });

  test('a refused command appends nothing and returns the decider’s violation', async () => {
    const store = new InMemoryEventStore<CounterEvent>();
    await handleCommand(counter, store, id, add(7));
    const before = await everything(store);
    const result = await handleCommand(counter, store, id, add(4));
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'rejected',
        violation: expect.objectContaining({
          code: 'over-limit',
          details: { total: 7, amount: 4 },
        }),
        attempts: 1,
      },
    });
    expect(await everything(store)).toEqual(before);
  });

  test('a decision with no event appends nothing and is accepted without a position', async () => {
    const store = new InMemoryEventStore<CounterEvent>();
    await handleCommand(counter, store, id, add(2));
    const result = await handleCommand(counter, store, id, add(0));
    expect(result).toEqual({ ok: true, value: { events: [], state: 2, version: 1, attempts: 1 } });
    expect(await everything(store)).toHaveLength(1);
  });

  test('a concurrent write makes the append a reported conflict; nothing of ours is written', async () => {
    const inner = new InMemoryEventStore<CounterEvent>();
    const store = contendedStore(inner, [1]);
    const result = await handleCommand(counter, store, id, add(3));
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'conflict',
        attempts: 1,
        conflict: { code: 'append-conflict', streamId: id, expectedVersion: 0, actualVersion: 1 },
      },
    });
    expect((await inner.readStream(id)).map((e) => e.event.amount)).toEqual([1]);
  });

  test('a retry re-decides on the fresh state and may then succeed', async () => {
    const inner = new InMemoryEventStore<CounterEvent>();
    const result = await handleCommand(counter, contendedStore(inner, [2]), id, add(3), {
      maxRetries: 1,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        events: [{ type: 'added', amount: 3 }],
        state: 5,
        version: 2,
        position: 2,
        attempts: 2,
      },
    });
  });

  test('a retry re-decides on the fresh state and may then refuse', async () => {
    const inner = new InMemoryEventStore<CounterEvent>();
    const result = await handleCommand(counter, contendedStore(inner, [8]), id, add(3), {
      maxRetries: 3,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'rejected', violation: { code: 'over-limit' }, attempts: 2 },
    });
    expect((await inner.readStream(id)).map((e) => e.event.amount)).toEqual([8]);
  });

  test('retries stop after maxRetries and report the last conflict', async () => {
    const inner = new InMemoryEventStore<CounterEvent>();
    const result = await handleCommand(counter, contendedStore(inner, [1, 1, 1, 1]), id, add(1), {
      maxRetries: 2,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'conflict', attempts: 3, conflict: { expectedVersion: 2, actualVersion: 3 } },
    });
    expect(await inner.readStream(id)).toHaveLength(3);
  });

  test('a caller’s expectedVersion that is stale is a conflict, without deciding or retrying', async () => {
    const store = new InMemoryEventStore<CounterEvent>();
    await store.append(
      id,
      [
        { type: 'added', amount: 1 },
        { type: 'added', amount: 1 },
      ],
      {
        expectedVersion: 0,
      },
    );
    const decide = vi.fn(counter.decide);
    const result = await handleCommand({ ...counter, decide }, store, id, add(1), {
      expectedVersion: 1,
      maxRetries: 5,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'conflict', attempts: 1, conflict: { expectedVersion: 1, actualVersion: 2 } },
    });
    expect(decide).not.toHaveBeenCalled();
    expect(await handleCommand(counter, store, id, add(1), { expectedVersion: 2 })).toMatchObject({
      ok: true,
      value: { version: 3, state: 3 },
    });
  });

  test.each([
    [{ maxRetries: -1 }, /maxRetries must be an integer ≥ 0/],
    [{ maxRetries: 1.5 }, /maxRetries must be an integer ≥ 0/],
    [{ expectedVersion: 'any' }, /leave it out rather than 'any'/],
    [{ expectedVersion: -1 }, /expectedVersion must be an integer ≥ 0/],
    [null, /options must be/],
    [5, /^handleCommand: options must be \{ maxRetries\?, expectedVersion\? \}, got 5\.$/],
  ])('refuses invalid options %o with a TypeError', async (options, message) => {
    const store = new InMemoryEventStore<CounterEvent>();
    const call = handleCommand(counter, store, id, add(1), options as never);
    await expect(call).rejects.toThrow(TypeError);
    await expect(handleCommand(counter, store, id, add(1), options as never)).rejects.toThrow(
      message,
    );
    expect(await everything(store)).toEqual([]);
  });

  test.each([
    ['null', null],
    ['a number', 5],
    ['without decide', { evolve: counter.evolve, initialState: 0 }],
    ['without evolve', { decide: counter.decide, initialState: 0 }],
    ['without initialState', { decide: counter.decide, evolve: counter.evolve }],
    ['a function', Object.assign(() => 0, counter)],
  ])('refuses a decider that is %s, appending nothing', async (_, decider) => {
    const store = new InMemoryEventStore<CounterEvent>();
    await expect(handleCommand(decider as never, store, id, add(1))).rejects.toThrow(
      /^handleCommand: decider must be \{ decide\(command, state\), evolve\(state, event\), initialState \}, got /,
    );
    expect(await everything(store)).toEqual([]);
  });

  test('with an expected version, a conflict at append is answered at once, never retried', async () => {
    const inner = new InMemoryEventStore<CounterEvent>();
    const store = contendedStore(inner, [1, 1, 1]);
    const r = await handleCommand(counter, store, id, add(2), {
      expectedVersion: 0,
      maxRetries: 3,
    });
    expect(r).toMatchObject({ ok: false, error: { kind: 'conflict', attempts: 1 } });
    expect((await inner.readStream(id)).map((e) => e.event)).toEqual([
      { type: 'added', amount: 1 },
    ]);
  });

  test('refuses a malformed decider or stream id with a TypeError', async () => {
    const store = new InMemoryEventStore<CounterEvent>();
    await expect(
      handleCommand({ decide: counter.decide } as never, store, id, add(1)),
    ).rejects.toThrow(/decider must be \{ decide\(command, state\), evolve/);
    await expect(handleCommand(counter, store, '' as never, add(1))).rejects.toThrow(
      /stream id must be a non-empty string/,
    );
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 30 })])(
    'sequential commands: the stream holds exactly the accepted events and replays to the returned state',
    async (amounts) => {
      const store = new InMemoryEventStore<CounterEvent>();
      const accepted: CounterEvent[] = [];
      let lastState = 0;
      for (const amount of amounts) {
        const result = await handleCommand(counter, store, id, add(amount));
        if (result.ok) {
          accepted.push(...result.value.events);
          lastState = result.value.state;
        } else {
          expect(result.error.kind).toBe('rejected');
          expect(lastState + amount).toBeGreaterThan(counterLimit);
        }
      }
      expect((await store.readStream(id)).map((e) => e.event)).toEqual(accepted);
      const loaded = await loadState(counter, store, id);
      expect(loaded).toEqual({ state: lastState, version: accepted.length });
      expect(await loadState(counter, store, id)).toEqual(loaded);
    },
  );

  test.prop([fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 20 })], {
    numRuns: 50,
  })(
    'concurrent commands with retries: no lost update, and the rule holds on the final state',
    async (amounts) => {
      const store = new InMemoryEventStore<CounterEvent>();
      const results = await Promise.all(
        amounts.map((amount) =>
          handleCommand(counter, store, id, add(amount), { maxRetries: amounts.length }),
        ),
      );
      const accepted = results.flatMap((r) => (r.ok ? r.value.events : []));
      const stored = (await store.readStream(id)).map((e) => e.event);
      expect([...stored].sort((a, b) => a.amount - b.amount)).toEqual(
        [...accepted].sort((a, b) => a.amount - b.amount),
      );
      const { state } = await loadState(counter, store, id);
      expect(state).toBeLessThanOrEqual(counterLimit);
      expect(
        results.some((r) => (r.ok ? r.value.attempts : r.error.attempts) > 1),
        'the writers really contended',
      ).toBe(true);
      for (const r of results) {
        if (!r.ok) {
          expect(r.error.kind).toBe('rejected');
        }
      }
    },
  );
});

describe('loadState', () => {
  test('replays the whole stream from the initial state; an empty stream is version 0', async () => {
    const store = new InMemoryEventStore<CounterEvent>();
    expect(await loadState(counter, store, id)).toEqual({ state: 0, version: 0 });
    await store.append(
      id,
      [
        { type: 'added', amount: 2 },
        { type: 'added', amount: 5 },
      ],
      {
        expectedVersion: 0,
      },
    );
    expect(await loadState(counter, store, id)).toEqual({ state: 7, version: 2 });
  });
});

// Issue 10 item 2: loadState and handleCommand reject only with their documented TypeError
// when what they are given cannot be used, and pass on what the decider or the store throws.
describe('loadState and handleCommand under hostile input (issue 10)', () => {
  const rejection = async (promise: Promise<unknown>): Promise<Error> => {
    try {
      await promise;
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected a rejection');
  };

  test('reject, never throw, on a store or a decider that is not one', async () => {
    const store = new InMemoryEventStore<CounterEvent>();
    // Called outside any try: a synchronous throw would fail the test.
    const promise = loadState(counter, '3' as never, id);
    expect((await rejection(promise)).message).toBe(
      'loadState: store must be an event store with a readStream method, got "3".',
    );
    const error = await rejection(loadState(Object.create(null), store, id));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      'loadState: decider must be { evolve(state, event), initialState }, got an object without prototype.',
    );
    expect(
      (await rejection(handleCommand(counter, { readStream() {} } as never, id, add(1)))).message,
    ).toBe('handleCommand: store must be an event store with an append method, got an object.');
  });

  test('turn a Proxy or a getter that throws into their TypeError', async () => {
    const store = new InMemoryEventStore<CounterEvent>();
    const decider = { ...counter };
    throwingGetter(decider, 'evolve');
    for (const [d, s] of [
      [revokedProxy(), store],
      [trappedProxy({ ...counter }), store],
      [decider, store],
      [counter, revokedProxy()],
    ] as const) {
      for (const call of [
        loadState(d as never, s as never, id),
        handleCommand(d as never, s as never, id, add(1)),
      ]) {
        const error = await rejection(call);
        expect(error).toBeInstanceOf(TypeError);
        expect(error.message).toMatch(
          /^(loadState|handleCommand): the input could not be read as plain data/,
        );
      }
    }
  });

  test('check what the store gives back before folding it', async () => {
    const unreadable: unknown[] = [];
    throwingGetter(unreadable, '0');
    const answers: unknown[] = ['events', [{ event: { type: 'added', amount: 1 } }], unreadable];
    const messages = [
      'loadState: store.readStream must resolve to a list of stored events, got "events".',
      'loadState: store.readStream gave a stored event without its version (an integer ≥ 1) at index 0, got an object.',
      /^loadState: the input could not be read as plain data/,
    ];
    for (const [index, answer] of answers.entries()) {
      const store = { readStream: async () => answer } as never;
      const error = await rejection(loadState(counter, store, id));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(messages[index] as string | RegExp);
    }
  });

  test('check the decision and the append before using them', async () => {
    const store = new InMemoryEventStore<CounterEvent>();
    const odd = { ...counter, decide: () => ({ ok: true, value: 'added' }) } as never;
    expect((await rejection(handleCommand(odd, store, id, add(1)))).message).toBe(
      'handleCommand: decider.decide must return a Result ({ ok: true, value: events[] } or { ok: false, error }), got an object with value "added".',
    );
    const liar = {
      readStream: (s: never) => store.readStream(s),
      readAll: () => store.readAll(),
      append: async () => 'done',
    } as never;
    expect((await rejection(handleCommand(counter, liar, id, add(1)))).message).toBe(
      'handleCommand: store.append must resolve to { ok: true, value: { version, position } } or { ok: false, error: conflict }, got "done".',
    );
  });

  test('pass on what the decider or the store throws, as it is', async () => {
    const store = new InMemoryEventStore<CounterEvent>();
    const mine = new Error('decider down');
    const failing = {
      ...counter,
      decide: () => {
        throw mine;
      },
    };
    expect(await rejection(handleCommand(failing, store, id, add(1)))).toBe(mine);
    const offline = { readStream: async () => Promise.reject(mine) } as never;
    expect(await rejection(loadState(counter, offline, id))).toBe(mine);
  });

  test("call the decider's methods on the decider itself", async () => {
    class Counter {
      readonly initialState = 0;
      readonly step = 1;
      decide(c: { type: 'add'; amount: number }, total: number) {
        return counter.decide(c, total);
      }
      evolve(total: number, e: CounterEvent) {
        return total + e.amount * this.step;
      }
    }
    const store = new InMemoryEventStore<CounterEvent>();
    const result = await handleCommand(new Counter(), store, id, add(3));
    expect(result.ok && result.value.state).toBe(3);
    expect(await loadState(new Counter(), store, id)).toEqual({ state: 3, version: 1 });
  });
});
