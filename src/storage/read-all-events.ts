import {
  type EventStore,
  type ReadAllOptions,
  resolveReadAllOptions,
  type StoredEvent,
} from './event-store.js';

/**
 * Iterates every event of a store in global order from `fromPosition` (inclusive), reading
 * it page by page with {@link EventStore.readAll} (`limit` is the page size). It stops at
 * the end of the store as it was when the last page was read; events appended meanwhile
 * are returned if they come before that end. For a projection that keeps a checkpoint,
 * store `event.position + 1` after handling each event and resume from it.
 *
 * @throws TypeError (as a rejected promise) on an invalid option.
 * @example
 * ```ts
 * const store = new InMemoryEventStore<string>();
 * await store.append(streamId('a'), ['a1', 'a2'], { expectedVersion: 0 });
 * await store.append(streamId('b'), ['b1'], { expectedVersion: 0 });
 * const seen: string[] = [];
 * for await (const e of readAllEvents(store, { limit: 2 })) seen.push(e.event);
 * seen;
 * //=> ['a1', 'a2', 'b1']
 * ```
 */
export async function* readAllEvents<E>(
  store: EventStore<E>,
  options?: ReadAllOptions,
): AsyncGenerator<StoredEvent<E>, void, undefined> {
  const { fromPosition, limit } = resolveReadAllOptions(options);
  let next = fromPosition;
  for (;;) {
    const page = await store.readAll({ fromPosition: next, limit });
    yield* page.events;
    if (page.isEnd || page.events.length === 0) return;
    next = page.nextPosition;
  }
}
