import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { maxStoredEventDepth } from '../../src/storage/frozen-event-copy.js';
import { InMemoryEventStore } from '../../src/storage/in-memory-event-store.js';
import { streamId } from '../../src/storage/stream-id.js';
import { anythingOdd } from '../odd-values.js';

const id = streamId('ticket-1');

/** Every read of the store, whole: what a refused append must leave unchanged. */
async function everything(store: InMemoryEventStore<unknown>): Promise<unknown> {
  return [await store.readStream(id), await store.readAll()];
}

/** Appends `bad` after a good first event; expects a TypeError matching `message` and no write. */
async function expectRefused(bad: unknown, message: RegExp | string): Promise<void> {
  const store = new InMemoryEventStore<unknown>();
  await store.append(id, [{ type: 'opened' }], { expectedVersion: 0 });
  const before = await everything(store);
  await expect(store.append(id, [{ type: 'fine' }, bad], { expectedVersion: 1 })).rejects.toThrow(
    message,
  );
  await expect(
    store.append(id, [{ type: 'fine' }, bad], { expectedVersion: 1 }),
  ).rejects.toBeInstanceOf(TypeError);
  expect(await everything(store)).toEqual(before);
  // The store still works after the refusal.
  expect(await store.append(id, [{ type: 'next' }], { expectedVersion: 1 })).toEqual({
    ok: true,
    value: { version: 2, position: 2 },
  });
}

describe('InMemoryEventStore refuses a batch it cannot store whole (issue 10 item 4)', () => {
  test('a hole in the batch ([,]) is refused, and reads keep working', async () => {
    const store = new InMemoryEventStore<unknown>();
    // biome-ignore lint/suspicious/noSparseArray: the hostile input under test.
    const sparse = [, { type: 'x' }];
    await expect(store.append(id, sparse, { expectedVersion: 0 })).rejects.toThrow(
      'append: events[0] is a hole (a sparse array); every event must be present.',
    );
    await expect(store.append(id, new Array(3), { expectedVersion: 0 })).rejects.toThrow(
      /events\[0\] is a hole/,
    );
    expect(await store.readStream(id)).toEqual([]);
    expect((await store.readAll()).events).toEqual([]);
  });

  test('a hole inside an event is refused with its path', async () => {
    // biome-ignore lint/suspicious/noSparseArray: the hostile input under test.
    await expectRefused({ tags: ['a', , 'c'] }, 'append: events[1].tags[1] is a hole');
  });

  test('a cyclic event is a TypeError naming the cycle, not a stack overflow', async () => {
    const cyclic: Record<string, unknown> = { type: 'loop', inner: {} };
    (cyclic.inner as Record<string, unknown>).back = cyclic;
    await expectRefused(
      cyclic,
      'append: events[1].inner.back refers back to events[1] (a cycle); an event must be a tree of plain data.',
    );
    const list: unknown[] = [];
    list.push(list);
    await expectRefused(list, 'events[1][0] refers back to events[1]');
    const map = new Map<string, unknown>();
    map.set('self', map);
    await expectRefused({ map }, /events\[1\]\.map value #0 refers back to events\[1\]\.map/);
  });

  test('a part shared by two places (not a cycle) is stored, frozen once', async () => {
    const store = new InMemoryEventStore<{ a: { n: number }; b: { n: number } }>();
    const shared = { n: 1 };
    await store.append(id, [{ a: shared, b: shared }], { expectedVersion: 0 });
    const [read] = await store.readStream(id);
    expect(read?.event).toEqual({ a: { n: 1 }, b: { n: 1 } });
    expect(Object.isFrozen(read?.event.a)).toBe(true);
  });

  test('functions, symbols, Proxies, revoked Proxies and throwing getters are refused with a path', async () => {
    await expectRefused({ run: () => 1 }, 'events[1].run cannot be stored: it is a function');
    await expectRefused({ tag: Symbol('x') }, 'events[1].tag cannot be stored: it is Symbol("x")');
    await expectRefused(
      { inner: new Proxy({}, {}) },
      'events[1].inner cannot be stored: it is an object that cannot be copied',
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    await expectRefused({ inner: revocable.proxy }, /events\[1\]\.inner cannot be stored/);
    const getter = Object.defineProperty({}, 'secret', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    await expectRefused({ getter }, 'events[1].getter.secret cannot be stored: reading it throws');
    await expectRefused({ weak: new WeakMap() }, /events\[1\]\.weak cannot be stored/);
    await expectRefused({ [`key ${'x'.repeat(100)}`]: () => 1 }, /\(104 characters\)/);
  });

  test('a batch that is a Proxy, or whose reading throws, is a TypeError', async () => {
    const store = new InMemoryEventStore<unknown>();
    await expect(
      store.append(id, new Proxy([{ type: 'a' }], {}), { expectedVersion: 0 }),
    ).rejects.toThrow(/append: events cannot be stored/);
    const throwing = new Proxy([{ type: 'a' }], {
      get() {
        throw new Error('trap');
      },
    });
    await expect(store.append(id, throwing, { expectedVersion: 0 })).rejects.toBeInstanceOf(
      TypeError,
    );
    const options = Object.defineProperty({}, 'expectedVersion', {
      get() {
        throw new Error('trap');
      },
    });
    await expect(
      store.append(id, [{ type: 'a' }], options as { expectedVersion: 0 }),
    ).rejects.toThrow('append: an argument could not be read');
    expect((await store.readAll()).events).toEqual([]);
  });

  test('shared memory is refused, not copied: another thread could change it after storage', async () => {
    const shared = new SharedArrayBuffer(4);
    await expectRefused({ bytes: new Uint8Array(shared) }, /events\[1\]\.bytes is shared memory/);
    await expectRefused({ view: new DataView(shared) }, /events\[1\]\.view is shared memory/);
    await expectRefused({ buffer: shared }, /events\[1\]\.buffer is shared memory/);
  });

  test(`nesting deeper than ${maxStoredEventDepth} levels is a TypeError, at any depth`, async () => {
    for (const depth of [maxStoredEventDepth + 1, 100_000]) {
      let deep: unknown = 'leaf';
      for (let i = 0; i < depth; i++) deep = { deep };
      await expectRefused(deep, /nested (deeper than 1000 levels|too deeply)/);
    }
    let fine: unknown = 'leaf';
    for (let i = 1; i < maxStoredEventDepth; i++) fine = { fine };
    const store = new InMemoryEventStore<unknown>();
    expect((await store.append(id, [fine], { expectedVersion: 0 })).ok).toBe(true);
  });

  test('__proto__ keys are stored as data and pollute nothing', async () => {
    const store = new InMemoryEventStore<Record<string, unknown>>();
    const event = JSON.parse('{"__proto__": {"polluted": true}, "type": "x"}');
    await store.append(id, [event], { expectedVersion: 0 });
    const [read] = await store.readStream(id);
    expect(Object.keys(read?.event ?? {})).toEqual(['__proto__', 'type']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(read?.event)).toBe(Object.prototype);
  });
});

describe('InMemoryEventStore properties', () => {
  const storable = anythingOdd({ withSparseArray: false });

  fcTest.prop([fc.array(storable, { minLength: 1, maxLength: 4 })])(
    'whatever plain data is appended reads back equal, deep-frozen, and no later change to the input or the output alters it',
    async (batch) => {
      const store = new InMemoryEventStore<unknown>();
      const snapshot = structuredClone(batch);
      await store.append(id, batch, { expectedVersion: 0 });
      const read = (await store.readStream(id)).map((e) => e.event);
      expect(read).toEqual(snapshot);
      expect(read.every((value) => isDeepFrozen(value))).toBe(true);
      for (const value of [...batch, ...read]) scribble(value);
      expect((await store.readStream(id)).map((e) => e.event)).toEqual(snapshot);
      expect((await store.readAll()).events.map((e) => e.event)).toEqual(snapshot);
    },
  );

  fcTest.prop([
    fc.array(fc.anything({ withSparseArray: true, withDate: true, withMap: true }), {
      minLength: 1,
      maxLength: 4,
    }),
  ])('an append either succeeds whole or throws a TypeError and writes nothing', async (batch) => {
    const store = new InMemoryEventStore<unknown>();
    await store.append(id, ['first'], { expectedVersion: 0 });
    try {
      await store.append(id, batch, { expectedVersion: 1 });
      expect((await store.readStream(id)).length).toBe(1 + batch.length);
    } catch (e) {
      expect(e).toBeInstanceOf(TypeError);
      expect((await store.readStream(id)).map((s) => s.event)).toEqual(['first']);
    }
  });
});

/** Tries every way of changing a value in place, ignoring the refusals. */
function scribble(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  const attempt = (change: () => unknown) => {
    try {
      change();
    } catch {
      // A refusal is what a stored value should answer.
    }
  };
  if (value instanceof Date) attempt(() => value.setTime(123));
  if (value instanceof Map) {
    for (const v of value.values()) scribble(v, seen);
    attempt(() => value.set('scribbled', 1));
    attempt(() => value.clear());
  }
  if (value instanceof Set) {
    for (const v of value) scribble(v, seen);
    attempt(() => value.add('scribbled'));
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    attempt(() => (value as unknown as number[]).fill?.(7));
  }
  for (const key of Reflect.ownKeys(value)) {
    const child = (value as Record<PropertyKey, unknown>)[key];
    scribble(child, seen);
    attempt(() => {
      (value as Record<PropertyKey, unknown>)[key] = 'scribbled';
    });
  }
  attempt(() => {
    (value as Record<string, unknown>).added = 'scribbled';
  });
}

/** Whether every object in a value is frozen, bytes (which no freezing protects) aside. */
function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return true;
  if (!Object.isFrozen(value)) return false;
  const children =
    value instanceof Map
      ? [...value].flat()
      : value instanceof Set
        ? [...value]
        : Reflect.ownKeys(value).map((k) => (value as Record<PropertyKey, unknown>)[k]);
  return children.every((child) => isDeepFrozen(child, seen));
}
