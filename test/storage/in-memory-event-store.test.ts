import { describe, expect, test } from 'vitest';
import { ImmutableMap, ImmutableSet } from '../../src/storage/immutable-builtins.js';
import { InMemoryEventStore } from '../../src/storage/in-memory-event-store.js';
import { readAllEvents } from '../../src/storage/read-all-events.js';
import { streamId } from '../../src/storage/stream-id.js';

type Note = { readonly type: 'note'; readonly text: string; readonly tags: string[] };
type Dated = { readonly type: 'dated'; readonly at: Date; readonly seen: Map<string, number> };

const id = streamId('ticket-1');

describe('InMemoryEventStore', () => {
  test('the TSDoc example: two events at versions 1 and 2', async () => {
    const store = new InMemoryEventStore<{ type: string }>();
    expect(
      await store.append(id, [{ type: 'opened' }, { type: 'qualified' }], { expectedVersion: 0 }),
    ).toEqual({ ok: true, value: { version: 2, position: 2 } });
    expect((await store.readStream(id)).map((e) => [e.version, e.event.type])).toEqual([
      [1, 'opened'],
      [2, 'qualified'],
    ]);
  });

  test('returns deep-frozen events: a caller cannot change the history', async () => {
    const store = new InMemoryEventStore<Note>();
    const note: Note = { type: 'note', text: 'imprimante en panne', tags: ['printer'] };
    await store.append(id, [note], { expectedVersion: 0 });
    note.tags.push('changed after append');
    const [stored] = await store.readStream(id);
    expect(Object.isFrozen(stored)).toBe(true);
    expect(Object.isFrozen(stored?.event)).toBe(true);
    expect(Object.isFrozen(stored?.event.tags)).toBe(true);
    expect(() => stored?.event.tags.push('x')).toThrow(TypeError);
    expect(stored?.event).toEqual({ type: 'note', text: 'imprimante en panne', tags: ['printer'] });
  });

  test('Dates, Maps and Sets are frozen once at append: their setters throw, the history holds', async () => {
    const store = new InMemoryEventStore<Dated>();
    const at = new Date('2026-03-02T09:15:00Z');
    await store.append(id, [{ type: 'dated', at, seen: new Map([['ana', 1]]) }], {
      expectedVersion: 0,
    });
    at.setUTCFullYear(1999);
    const first = await store.readStream(id);
    const event = first[0]?.event;
    expect(event?.at).toBeInstanceOf(Date);
    expect(event?.seen).toBeInstanceOf(Map);
    expect(event).toStrictEqual({
      type: 'dated',
      at: new Date('2026-03-02T09:15:00Z'),
      seen: new Map([['ana', 1]]),
    });
    expect(() => event?.at.setUTCFullYear(2000)).toThrow(TypeError);
    expect(() => event?.at.setTime(0)).toThrow(/belongs to a stored event/);
    expect(() => event?.seen.set('bob', 2)).toThrow(TypeError);
    expect(() => event?.seen.delete('ana')).toThrow(TypeError);
    expect(() => event?.seen.clear()).toThrow(TypeError);
    const page = await store.readAll();
    expect(() => page.events[0]?.event.at.setUTCFullYear(2001)).toThrow(TypeError);
    const again = await store.readStream(id);
    expect(again[0]?.event.at.toISOString()).toBe('2026-03-02T09:15:00.000Z');
    expect([...(again[0]?.event.seen ?? [])]).toEqual([['ana', 1]]);
  });

  test('reads hand out the stored frozen objects, not copies', async () => {
    const store = new InMemoryEventStore<Dated>();
    await store.append(id, [{ type: 'dated', at: new Date(0), seen: new Map() }], {
      expectedVersion: 0,
    });
    const [a] = await store.readStream(id);
    const [b] = await store.readStream(id);
    const page = await store.readAll();
    expect(a).toBe(b);
    expect(page.events[0]).toBe(a);
  });

  test('events holding bytes are copied on every read, since no freezing protects them', async () => {
    const store = new InMemoryEventStore<{ bytes: Uint8Array }>();
    const bytes = new Uint8Array([1, 2, 3]);
    await store.append(id, [{ bytes }], { expectedVersion: 0 });
    bytes[0] = 9;
    const [first] = await store.readStream(id);
    if (first === undefined) throw new Error('no event');
    first.event.bytes[1] = 9;
    const [again] = await store.readStream(id);
    expect([...(again?.event.bytes ?? [])]).toEqual([1, 2, 3]);
    expect(Object.isFrozen(again?.event)).toBe(true);
  });

  test('a batch with an event that cannot be stored is refused whole with a TypeError', async () => {
    const store = new InMemoryEventStore<unknown>();
    await expect(
      store.append(id, [{ type: 'ok' }, { type: 'bad', callback: () => 1 }], {
        expectedVersion: 0,
      }),
    ).rejects.toThrow(
      'append: events[1].callback cannot be stored: it is a function; an event must be plain data',
    );
    expect(await store.readStream(id)).toEqual([]);
    expect((await store.readAll()).events).toEqual([]);
  });

  test('an invalid argument is checked before the expected version', async () => {
    const store = new InMemoryEventStore<string>();
    await store.append(id, ['a'], { expectedVersion: 0 });
    await expect(store.append(id, [], { expectedVersion: 5 })).rejects.toThrow(
      /at least one event/,
    );
  });

  test('positions are contiguous from 1 across streams', async () => {
    const store = new InMemoryEventStore<string>();
    await store.append(streamId('a'), ['a1', 'a2'], { expectedVersion: 0 });
    await store.append(streamId('b'), ['b1'], { expectedVersion: 0 });
    await store.append(streamId('a'), ['a3'], { expectedVersion: 2 });
    const all = [];
    for await (const e of readAllEvents(store, { limit: 2 })) all.push([e.position, e.event]);
    expect(all).toEqual([
      [1, 'a1'],
      [2, 'a2'],
      [3, 'b1'],
      [4, 'a3'],
    ]);
  });
});

describe('readAllEvents', () => {
  test('iterates every page from a position', async () => {
    const store = new InMemoryEventStore<string>();
    await store.append(streamId('a'), ['a1', 'a2'], { expectedVersion: 0 });
    await store.append(streamId('b'), ['b1'], { expectedVersion: 0 });
    const from2: string[] = [];
    for await (const e of readAllEvents(store, { fromPosition: 2, limit: 1 })) from2.push(e.event);
    expect(from2).toEqual(['a2', 'b1']);
    const none: string[] = [];
    for await (const e of readAllEvents(store, { fromPosition: 4 })) none.push(e.event);
    expect(none).toEqual([]);
  });

  test('refuses an invalid page size', async () => {
    const store = new InMemoryEventStore<string>();
    await expect(readAllEvents(store, { limit: 0 }).next()).rejects.toThrow(
      'readAll: limit must be an integer ≥ 1, got 0.',
    );
  });
});

describe('readAllEvents stops at the end', () => {
  test('reads no page past the one that says it is the end', async () => {
    const store = new InMemoryEventStore<string>();
    for (const e of ['a1', 'a2', 'a3']) {
      await store.append(streamId('a'), [e], { expectedVersion: 'any' });
    }
    let reads = 0;
    const counting = {
      readAll: (options: Parameters<typeof store.readAll>[0]) => {
        reads++;
        return store.readAll(options);
      },
    } as unknown as InMemoryEventStore<string>;
    const seen: string[] = [];
    for await (const e of readAllEvents(counting, { limit: 2 })) seen.push(e.event);
    expect(seen).toEqual(['a1', 'a2', 'a3']);
    expect(reads).toBe(2);
  });

  test('stops at an empty page even when the store does not say it is the end', async () => {
    const endless = {
      readAll: async () => ({ events: [], nextPosition: 0, isEnd: false }),
    } as unknown as InMemoryEventStore<string>;
    const seen: unknown[] = [];
    for await (const e of readAllEvents(endless)) seen.push(e);
    expect(seen).toEqual([]);
  });
});

describe('stored Sets and Maps refuse every change', () => {
  test.each([
    ['add', (s: Set<string>) => s.add('x')],
    ['delete', (s: Set<string>) => s.delete('printer')],
    ['clear', (s: Set<string>) => s.clear()],
  ])('Set.%s throws a TypeError and changes nothing', (method, change) => {
    const tags = new ImmutableSet(['printer']);
    expect(() => change(tags)).toThrow(
      new TypeError(
        `Set.${method}: this Set belongs to a stored event, which cannot change; copy it first (new Set(value)).`,
      ),
    );
    expect([...tags]).toEqual(['printer']);
  });

  test.each([
    ['set', (m: Map<string, number>) => m.set('x', 1)],
    ['delete', (m: Map<string, number>) => m.delete('a')],
    ['clear', (m: Map<string, number>) => m.clear()],
  ])('Map.%s throws a TypeError and changes nothing', (method, change) => {
    const seen = new ImmutableMap([['a', 1]]);
    expect(() => change(seen)).toThrow(
      new RegExp(`^Map\\.${method}: this Map belongs to a stored event`),
    );
    expect([...seen]).toEqual([['a', 1]]);
  });
});

describe('InMemoryEventStore arguments that throw when read', () => {
  test('a getter that throws becomes the documented TypeError, with the throw as its cause', async () => {
    const store = new InMemoryEventStore<string>();
    const boom = new Error('append: looks like one of ours, but is not a TypeError');
    const options = {
      get expectedVersion(): never {
        throw boom;
      },
    };
    const refused = await store.append(streamId('a'), ['a1'], options).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(refused).toBeInstanceOf(TypeError);
    expect(refused?.message).toMatch(/^append: an argument could not be read/);
    expect(refused?.cause).toBe(boom);
    expect((await store.readAll()).events).toEqual([]);
  });
});
