import { err, ok, type Result } from '../../src/core/result.js';
import { type AppendConflict, appendConflict } from '../../src/storage/append-conflict.js';
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
} from '../../src/storage/event-store.js';
import { assertStreamId, type StreamId } from '../../src/storage/stream-id.js';

/** The mistakes adapter authors make, one at a time. */
export const flaws = [
  'none',
  'ignores-expected-version',
  'await-between-check-and-write',
  'versions-from-0',
  'keeps-references',
  'accepts-empty-batch',
  'read-all-exclusive',
  'case-insensitive-ids',
  'no-argument-checks',
  'positions-out-of-commit-order',
  'dates-as-strings',
  'half-written-batch',
] as const;

export type Flaw = (typeof flaws)[number];

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A deliberately simple event store, written apart from InMemoryEventStore, that is correct
 * with flaw 'none' and breaks the contract in exactly one way otherwise.
 */
export class FlawedEventStore<E> implements EventStore<E> {
  readonly #streams = new Map<string, StoredEvent<E>[]>();
  readonly #log: StoredEvent<E>[] = [];

  constructor(readonly flaw: Flaw) {}

  #key(id: StreamId): string {
    return this.flaw === 'case-insensitive-ids' ? id.toLowerCase() : id;
  }

  #copy(event: E): E {
    if (this.flaw === 'keeps-references') return event;
    if (this.flaw === 'dates-as-strings') return JSON.parse(JSON.stringify(event)) as E;
    return structuredClone(event);
  }

  /** Positions handed out but not yet visible (flaw 'positions-out-of-commit-order'). */
  #reserved = 0;
  #pending = 0;

  async append(
    streamId: StreamId,
    events: readonly E[],
    options: AppendOptions,
  ): Promise<Result<AppendSuccess, AppendConflict>> {
    if (this.flaw === 'accepts-empty-batch' && Array.isArray(events) && events.length === 0) {
      return ok({ version: this.#streams.get(this.#key(streamId))?.length ?? 0, position: 0 });
    }
    if (this.flaw !== 'no-argument-checks') assertAppendArguments(streamId, events, options);
    const key = this.#key(streamId);
    const actual = this.#streams.get(key)?.length ?? 0;
    const expected = options.expectedVersion;
    if (this.flaw !== 'ignores-expected-version' && expected !== 'any' && expected !== actual) {
      return err(appendConflict(streamId, expected, actual));
    }
    if (this.flaw === 'await-between-check-and-write') await tick();
    const kept = expected === 'any' ? actual : Math.min(expected, actual);
    const stream = (this.#streams.get(key) ?? []).slice(0, kept);
    const offset = this.flaw === 'versions-from-0' ? 0 : 1;
    if (this.flaw === 'positions-out-of-commit-order') {
      // Like a SQL sequence without a lock: positions are taken now, made visible later,
      // and every other transaction takes longer to commit than the next one.
      const copies = events.map((event) => this.#copy(event));
      const first = this.#reserved + 1;
      this.#reserved += copies.length;
      const slow = this.#pending++ % 2 === 0;
      const entries = copies.map((event, i) => ({
        streamId,
        version: stream.length + offset + i,
        position: first + i,
        event,
      }));
      stream.push(...entries);
      this.#streams.set(key, stream);
      for (let t = 0; t < (slow ? 3 : 0); t++) await tick();
      this.#log.push(...entries);
      this.#log.sort((a, b) => a.position - b.position);
      return ok({ version: stream.length, position: first + copies.length - 1 });
    }
    const copies =
      this.flaw === 'half-written-batch' ? events : events.map((event) => this.#copy(event));
    for (const event of copies) {
      const stored = {
        streamId,
        version: stream.length + offset,
        position: this.#log.length + 1,
        event: this.flaw === 'half-written-batch' ? this.#copy(event) : event,
      };
      stream.push(stored);
      this.#log.push(stored);
      this.#streams.set(key, stream);
    }
    return ok({ version: stream.length, position: this.#log.length });
  }

  async readStream(
    streamId: StreamId,
    options?: ReadStreamOptions,
  ): Promise<readonly StoredEvent<E>[]> {
    if (this.flaw !== 'no-argument-checks') assertStreamId(streamId);
    const { fromVersion, limit } = resolveReadStreamOptions(options);
    const stream = this.#streams.get(this.#key(streamId)) ?? [];
    const events = stream.slice(fromVersion - 1, fromVersion - 1 + limit);
    return this.flaw === 'keeps-references' ? events : structuredClone(events);
  }

  async readAll(options?: ReadAllOptions): Promise<ReadAllPage<E>> {
    const { fromPosition, limit } = resolveReadAllOptions(options);
    const first = this.flaw === 'read-all-exclusive' ? fromPosition + 1 : fromPosition;
    const rest = this.#log.filter((e) => e.position >= first);
    const events = rest.slice(0, limit);
    const last = events.at(-1);
    return {
      events: this.flaw === 'keeps-references' ? events : structuredClone(events),
      nextPosition: last === undefined ? fromPosition : last.position + 1,
      isEnd: rest.length <= limit,
    };
  }
}
