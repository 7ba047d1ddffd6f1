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
import { frozenEventCopies, frozenReadCopy } from './frozen-event-copy.js';
import { assertStreamId, type StreamId } from './stream-id.js';

/** A stored event and whether its content holds bytes that freezing cannot protect. */
interface Entry<E> {
  readonly stored: StoredEvent<E>;
  readonly copyOnRead: boolean;
}

/**
 * The reference {@link EventStore}: every stream in memory, for tests, demos, and as the
 * model real adapters are checked against. It passes the conformance suite of
 * `service-desk-rules/testing`.
 *
 * - `append` is atomic: arguments are checked and the whole batch validated and copied
 *   before anything is written, and the version check and the write happen with no `await`
 *   in between, so concurrent appends at the same expected version have exactly one winner.
 * - A batch that cannot be stored whole is refused with a `TypeError` naming the path of
 *   the first bad value, and nothing of it is written: a hole (`[, e]`), a cycle, a
 *   function, a symbol, a Proxy, a getter that throws, shared memory (a `SharedArrayBuffer`
 *   or a view on one: refused, not copied), nesting deeper than 1,000 levels. See
 *   `frozenEventCopies` for the exact rules.
 * - Events are stored as deep-frozen copies, made once at append: changing an object after
 *   appending it, or an event read back, never changes the history. Their `Date`s, `Map`s
 *   and `Set`s are replaced by subclasses whose setters throw a `TypeError` (still
 *   `instanceof Date`, `Map`, `Set`), so reads hand out the stored objects without copying
 *   them. Only events holding bytes (an `ArrayBuffer`, a typed array, a `DataView`), which
 *   no freezing protects, are copied again on each read.
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
    readableArguments('append', () => assertAppendArguments(streamId, events, options));
    const copies = frozenEventCopies(events, 'append');
    let stream = this.#streams.get(streamId);
    const actual = stream?.length ?? 0;
    if (!satisfiesExpectedVersion(options.expectedVersion, actual)) {
      return err(appendConflict(streamId, options.expectedVersion, actual));
    }
    const entries = copies.map(({ event, copyOnRead }, index) => ({
      stored: Object.freeze({
        streamId,
        version: actual + index + 1,
        position: this.#log.length + index + 1,
        event,
      }),
      copyOnRead,
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
    const { fromVersion, limit } = readableArguments('readStream', () => {
      assertStreamId(streamId);
      return resolveReadStreamOptions(options);
    });
    const stream = this.#streams.get(streamId) ?? [];
    return stream.slice(fromVersion - 1, fromVersion - 1 + limit).map(readable);
  }

  /**
   * Reads a page of the global order from `fromPosition` (inclusive).
   *
   * @throws TypeError (as a rejected promise) on an invalid option.
   */
  async readAll(options?: ReadAllOptions): Promise<ReadAllPage<E>> {
    const { fromPosition, limit } = readableArguments('readAll', () =>
      resolveReadAllOptions(options),
    );
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
  if (!entry.copyOnRead) return entry.stored;
  return Object.freeze({ ...entry.stored, event: frozenReadCopy(entry.stored.event) });
}

/** The messages of the storage module's own argument checks. */
const ownArgumentError =
  /^(append|readStream|readAll): |^A stream id must be|^expectedVersion must be/;

/**
 * Runs a method's argument checks, turning whatever a hostile argument throws while it is
 * read (a getter, a Proxy trap, a revoked Proxy) into the documented `TypeError`.
 */
function readableArguments<T>(method: string, check: () => T): T {
  try {
    return check();
  } catch (cause) {
    if (cause instanceof TypeError && ownArgumentError.test(cause.message)) throw cause;
    throw new TypeError(
      `${method}: an argument could not be read (a getter or a Proxy trap threw, or a revoked Proxy); pass plain data.`,
      { cause },
    );
  }
}
