import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import type { Result } from '../core/result.js';
import type { AppendConflict } from './append-conflict.js';
import { assertExpectedVersion, type ExpectedVersion } from './expected-version.js';
import { assertStreamId, type StreamId } from './stream-id.js';

/**
 * An event as a store holds it: the event itself and where it sits.
 *
 * - `version` is its place in its stream: `1` for the stream's first event, then contiguous.
 * - `position` is its place in the store's global order (the order appends were committed):
 *   strictly increasing across all streams, `≥ 1`, but not necessarily contiguous (a SQL
 *   sequence may leave gaps). Projections and indicators read in this order.
 *
 * @see seed §4.3.1 « le technicien devra toujours laisser une trace » — the record of a call
 *   is its events, kept in order and never rewritten.
 */
export interface StoredEvent<E> {
  /** The stream the event belongs to. */
  readonly streamId: StreamId;
  /** Its place in the stream, from 1, contiguous. */
  readonly version: number;
  /** Its place in the store's global order, from 1, strictly increasing, maybe with gaps. */
  readonly position: number;
  /** The event as it was appended (a copy: changing it does not change the store). */
  readonly event: E;
}

/**
 * The options of {@link EventStore.append}.
 */
export interface AppendOptions {
  /** The version the stream must be at for the append to happen; see {@link ExpectedVersion}. */
  readonly expectedVersion: ExpectedVersion;
}

/**
 * What a successful append tells: the stream's new version (the version of the last event
 * appended) and the global position of that last event. The batch's first event has version
 * `version - events.length + 1`.
 */
export interface AppendSuccess {
  /** The stream's version after the append. */
  readonly version: number;
  /** The global position of the last event appended. */
  readonly position: number;
}

/**
 * The options of {@link EventStore.readStream}.
 */
export interface ReadStreamOptions {
  /** The first version to return (inclusive), an integer `≥ 1`; default `1`. */
  readonly fromVersion?: number;
  /** The most events to return, an integer `≥ 1`; default: all of them. */
  readonly limit?: number;
}

/**
 * The options of {@link EventStore.readAll}.
 */
export interface ReadAllOptions {
  /**
   * The lowest global position to return (inclusive), an integer `≥ 0`; default `0`, the
   * start. Resume a projection with the previous page's `nextPosition`.
   */
  readonly fromPosition?: number;
  /** The most events in the page, an integer `≥ 1`; default {@link defaultReadAllLimit}. */
  readonly limit?: number;
}

/**
 * The number of events {@link EventStore.readAll} returns per page when no `limit` is given.
 *
 * @example
 * ```ts
 * defaultReadAllLimit;
 * //=> 1000
 * ```
 */
export const defaultReadAllLimit = 1000;

/**
 * One page of the store's global order.
 *
 * @example
 * ```ts
 * const store = new InMemoryEventStore<string>();
 * await store.append(streamId('a'), ['x', 'y'], { expectedVersion: 0 });
 * const page: ReadAllPage<string> = await store.readAll({ fromPosition: 0, limit: 1 });
 * [page.events.map((e) => e.event), page.nextPosition, page.isEnd];
 * //=> [['x'], 2, false]
 * ```
 */
export interface ReadAllPage<E> {
  /** The events with a position `≥ fromPosition`, in position order, at most `limit`. */
  readonly events: readonly StoredEvent<E>[];
  /**
   * Where to read the next page from: the last event's position + 1, or `fromPosition`
   * again when the page is empty.
   */
  readonly nextPosition: number;
  /** `true` when no event after this page existed at the time of reading. */
  readonly isEnd: boolean;
}

/**
 * The storage port: an append-only log of events split into streams (one per ticket, per
 * problem…). It knows nothing of tickets: `E` is whatever the deciders emit. Every method is
 * asynchronous because real adapters (SQL, document stores, event stores) are.
 *
 * The contract, checked by `describeEventStoreConformance` from `service-desk-rules/testing`:
 *
 * - `append` is atomic: the whole batch is written or nothing is. It writes only when the
 *   stream is at `expectedVersion`; otherwise it resolves to an {@link AppendConflict} value
 *   and writes nothing, so of two writers at the same expected version one wins and the other
 *   gets a conflict. An acknowledged event (an `ok` append) is never lost.
 * - Versions start at 1 in each stream and are contiguous; positions strictly increase in
 *   commit order across streams.
 * - Programmer errors (an empty batch, an empty stream id, a negative or fractional version,
 *   a limit below 1…) reject with a `TypeError` and write nothing.
 * - Stored events cannot be changed through the objects given to or returned by the store.
 *
 * `readAll` is paged rather than an async iterable so that a projection can store its
 * `nextPosition` checkpoint between pages; {@link readAllEvents} iterates the pages.
 *
 * @example
 * ```ts
 * const store: EventStore<{ type: string }> = new InMemoryEventStore();
 * const id = streamId('ticket-1');
 * await store.append(id, [{ type: 'opened' }], { expectedVersion: 0 });
 * const late = await store.append(id, [{ type: 'closed' }], { expectedVersion: 0 });
 * late.ok ? late.value : [late.error.code, late.error.expectedVersion, late.error.actualVersion];
 * //=> ['append-conflict', 0, 1]
 * ```
 */
export interface EventStore<E> {
  /**
   * Appends `events` (at least one) to the end of a stream, if the stream is at
   * `options.expectedVersion`; resolves to the new version and position, or to a conflict.
   */
  append(
    streamId: StreamId,
    events: readonly E[],
    options: AppendOptions,
  ): Promise<Result<AppendSuccess, AppendConflict>>;
  /** Reads a stream in version order; a stream that does not exist reads as `[]`. */
  readStream(streamId: StreamId, options?: ReadStreamOptions): Promise<readonly StoredEvent<E>[]>;
  /** Reads one page of every stream's events in global order. */
  readAll(options?: ReadAllOptions): Promise<ReadAllPage<E>>;
}

/**
 * Checks the arguments of {@link EventStore.append} the way every adapter must, before
 * touching storage: a valid stream id, a non-empty array of events, a valid expected version.
 *
 * @throws TypeError naming what was wrong and what is allowed.
 * @example
 * ```ts
 * assertAppendArguments(streamId('ticket-1'), [{ type: 'opened' }], { expectedVersion: 0 });
 * //=> undefined
 * ```
 */
export function assertAppendArguments(
  streamId: unknown,
  events: unknown,
  options: unknown,
): asserts options is AppendOptions {
  assertStreamId(streamId);
  if (!Array.isArray(events)) {
    throw inputError(`append: events must be an array of events, got ${describeValue(events)}.`);
  }
  if (events.length === 0) {
    throw inputError(
      'append: events must hold at least one event; when a decision emits nothing, do not append.',
    );
  }
  if (typeof options !== 'object' || options === null) {
    throw inputError(`append: options must be { expectedVersion }, got ${describeValue(options)}.`);
  }
  assertExpectedVersion((options as { expectedVersion?: unknown }).expectedVersion);
}

function integerAtLeast(value: unknown, min: number, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw inputError(`${name} must be an integer ≥ ${min}, got ${describeValue(value)}.`);
  }
  return value;
}

function optionsObject(options: unknown, method: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw inputError(
      `${method}: options must be an object or undefined, got ${describeValue(options)}.`,
    );
  }
  return options as Record<string, unknown>;
}

/**
 * Checks the options of {@link EventStore.readStream} and fills in the defaults; `limit` is
 * `Infinity` when none was given. Each option is read once.
 *
 * @throws TypeError when `options` is not an object (or `undefined`), an option is not an
 * integer in its range, or the options cannot be read (a getter or a Proxy trap that throws);
 * the message describes the bad value with `describeValue`.
 * @example
 * ```ts
 * resolveReadStreamOptions({ fromVersion: 3 });
 * //=> { fromVersion: 3, limit: Infinity }
 * (() => { try { return resolveReadStreamOptions({ limit: 0 }); } catch (e) { return e.message; } })();
 * //=> 'readStream: limit must be an integer ≥ 1, got 0.'
 * ```
 */
export function resolveReadStreamOptions(options: ReadStreamOptions | undefined): {
  readonly fromVersion: number;
  readonly limit: number;
} {
  return guardInput('resolveReadStreamOptions', () => {
    const { fromVersion, limit } = optionsObject(options, 'readStream');
    return {
      fromVersion:
        fromVersion === undefined ? 1 : integerAtLeast(fromVersion, 1, 'readStream: fromVersion'),
      limit: limit === undefined ? Infinity : integerAtLeast(limit, 1, 'readStream: limit'),
    };
  });
}

/**
 * Checks the options of {@link EventStore.readAll} and fills in the defaults. Each option is
 * read once.
 *
 * @throws TypeError when `options` is not an object (or `undefined`), an option is not an
 * integer in its range, or the options cannot be read (a getter or a Proxy trap that throws);
 * the message describes the bad value with `describeValue`.
 * @example
 * ```ts
 * resolveReadAllOptions({ fromPosition: 42 });
 * //=> { fromPosition: 42, limit: 1000 }
 * (() => { try { return resolveReadAllOptions({ fromPosition: -1 }); } catch (e) { return e.message; } })();
 * //=> 'readAll: fromPosition must be an integer ≥ 0, got -1.'
 * ```
 */
export function resolveReadAllOptions(options: ReadAllOptions | undefined): {
  readonly fromPosition: number;
  readonly limit: number;
} {
  return guardInput('resolveReadAllOptions', () => {
    const { fromPosition, limit } = optionsObject(options, 'readAll');
    return {
      fromPosition:
        fromPosition === undefined ? 0 : integerAtLeast(fromPosition, 0, 'readAll: fromPosition'),
      limit: limit === undefined ? defaultReadAllLimit : integerAtLeast(limit, 1, 'readAll: limit'),
    };
  });
}
