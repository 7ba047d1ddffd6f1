import { err, ok, type Result } from '../core/result.js';
import { type AppendConflict, appendConflict } from './append-conflict.js';
import {
  type AppendOptions,
  type AppendSuccess,
  assertAppendArguments,
  type EventStore,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  resolveReadAllOptions,
  resolveReadStreamOptions,
  type StoredEvent,
} from './event-store.js';
import { satisfiesExpectedVersion } from './expected-version.js';
import { assertStreamId, type StreamId } from './stream-id.js';

/** A stored event and whether its content holds objects that freezing cannot protect. */
interface Entry<E> {
  readonly stored: StoredEvent<E>;
  readonly cloneOnRead: boolean;
}

/**
 * Freezes a structured clone in place, deeply. Returns `true` when it met a `Date`, `Map`,
 * `Set`, `ArrayBuffer` or typed array: their contents change through methods that
 * `Object.freeze` does not block, so such an event is copied again on every read.
 */
function deepFreeze(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  let mutableInside =
    value instanceof Date ||
    value instanceof Map ||
    value instanceof Set ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value);
  if (value instanceof Map) {
    for (const [k, v] of value) mutableInside = deepFreeze(k) || deepFreeze(v) || mutableInside;
  } else if (value instanceof Set) {
    for (const v of value) mutableInside = deepFreeze(v) || mutableInside;
  }
  if (!ArrayBuffer.isView(value)) {
    for (const key of Reflect.ownKeys(value)) {
      mutableInside = deepFreeze((value as Record<PropertyKey, unknown>)[key]) || mutableInside;
    }
    Object.freeze(value);
  }
  return mutableInside;
}

function frozenCopy<E>(event: E, index: number): { event: E; cloneOnRead: boolean } {
  let copy: E;
  try {
    copy = structuredClone(event);
  } catch (cause) {
    throw new TypeError(
      `append: events[${index}] cannot be stored; events must be plain data (objects, arrays, strings, numbers, booleans, null, Date…), without functions or symbols.`,
      { cause },
    );
  }
  const cloneOnRead = deepFreeze(copy);
  return { event: copy, cloneOnRead };
}

/**
 * The reference {@link EventStore}: every stream in memory, for tests, demos, and as the
 * model real adapters are checked against. It passes the conformance suite of
 * `service-desk-rules/testing`.
 *
 * - `append` is atomic: arguments are checked and the batch copied before anything is
 *   written, and the version check and the write happen with no `await` in between, so
 *   concurrent appends at the same expected version have exactly one winner.
 * - Events are stored as deep-frozen structured clones: mutating an object after appending
 *   it, or an event read back, never changes the history. Events holding a `Date`, `Map`,
 *   `Set` or typed array (which freezing cannot protect) are copied again on each read.
 * - Positions are contiguous from 1. Nothing is ever evicted: memory grows with the history.
 *
 * @example
 * ```ts
 * const store = new InMemoryEventStore<{ type: string }>();
 * const id = streamId('ticket-1');
 * await store.append(id, [{ type: 'opened' }, { type: 'qualified' }], { expectedVersion: 0 });
 * //=> { ok: true, value: { version: 2, position: 2 } }
 * (await store.readStream(id)).map((e) => [e.version, e.event.type]);
 * //=> [[1, 'opened'], [2, 'qualified']]
 * ```
 */
export class InMemoryEventStore<E> implements EventStore<E> {
  readonly #streams = new Map<StreamId, Entry<E>[]>();
  readonly #log: Entry<E>[] = [];

  /**
   * Appends a batch to a stream if it is at `options.expectedVersion`.
   *
   * @throws TypeError (as a rejected promise) on invalid arguments; nothing is written.
   */
  async append(
    streamId: StreamId,
    events: readonly E[],
    options: AppendOptions,
  ): Promise<Result<AppendSuccess, AppendConflict>> {
    assertAppendArguments(streamId, events, options);
    const copies = events.map((event, index) => frozenCopy(event, index));
    let stream = this.#streams.get(streamId);
    const actual = stream?.length ?? 0;
    if (!satisfiesExpectedVersion(options.expectedVersion, actual)) {
      return err(appendConflict(streamId, options.expectedVersion, actual));
    }
    const entries = copies.map(({ event, cloneOnRead }, index) => ({
      stored: Object.freeze({
        streamId,
        version: actual + index + 1,
        position: this.#log.length + index + 1,
        event,
      }),
      cloneOnRead,
    }));
    if (stream === undefined) {
      stream = [];
      this.#streams.set(streamId, stream);
    }
    for (const entry of entries) {
      stream.push(entry);
      this.#log.push(entry);
    }
    return ok({ version: actual + entries.length, position: this.#log.length });
  }

  /**
   * Reads a stream in version order; `[]` for a stream that does not exist.
   *
   * @throws TypeError (as a rejected promise) on an invalid stream id or option.
   */
  async readStream(
    streamId: StreamId,
    options?: ReadStreamOptions,
  ): Promise<readonly StoredEvent<E>[]> {
    assertStreamId(streamId);
    const { fromVersion, limit } = resolveReadStreamOptions(options);
    const stream = this.#streams.get(streamId) ?? [];
    return stream.slice(fromVersion - 1, fromVersion - 1 + limit).map(readable);
  }

  /**
   * Reads a page of the global order from `fromPosition` (inclusive).
   *
   * @throws TypeError (as a rejected promise) on an invalid option.
   */
  async readAll(options?: ReadAllOptions): Promise<ReadAllPage<E>> {
    const { fromPosition, limit } = resolveReadAllOptions(options);
    const start = Math.max(fromPosition - 1, 0);
    const entries = this.#log.slice(start, start + limit);
    const last = entries.at(-1);
    return {
      events: entries.map(readable),
      nextPosition: last === undefined ? fromPosition : last.stored.position + 1,
      isEnd: start + entries.length >= this.#log.length,
    };
  }
}

function readable<E>(entry: Entry<E>): StoredEvent<E> {
  if (!entry.cloneOnRead) return entry.stored;
  const event = structuredClone(entry.stored.event);
  deepFreeze(event);
  return Object.freeze({ ...entry.stored, event });
}
