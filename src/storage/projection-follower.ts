import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import type { EventStore, StoredEvent } from './event-store.js';

/**
 * Where projections keep how far they have read (`nextPosition` of the last page they
 * handled), by name. `commit` saves a new checkpoint **together with** the work that the
 * page caused: a store that has transactions runs `work` and the save in one, so that a
 * crash leaves both or neither (the PostgreSQL module's checkpoint store does);
 * {@link InMemoryCheckpointStore} runs them one after the other.
 *
 * `Tx` is what `work` is given to write the projection's state in the same transaction (a
 * SQL connection for PostgreSQL; `undefined` in memory).
 *
 * @example
 * ```ts
 * const checkpoints: CheckpointStore<undefined> = new InMemoryCheckpointStore();
 * await checkpoints.load('indicators');
 * //=> 0
 * ```
 */
export interface CheckpointStore<Tx> {
  /** The saved position of a projection; `0` (the start) when it never saved one. */
  load(name: string): Promise<number>;
  /**
   * Runs `work` and saves `to` as the projection's position, atomically where the store
   * can, only if the saved position is still `from`. Resolves to `false` (and saves
   * nothing, runs nothing) when another follower moved it meanwhile.
   */
  commit(
    name: string,
    move: { readonly from: number; readonly to: number },
    work: (tx: Tx) => Promise<void>,
  ): Promise<boolean>;
}

/**
 * A {@link CheckpointStore} in memory, for tests and for projections whose state is in
 * memory too (a restart reads again from the start anyway).
 *
 * @example
 * ```ts
 * const checkpoints = new InMemoryCheckpointStore();
 * await checkpoints.commit('board', { from: 0, to: 42 }, async () => {});
 * //=> true
 * await checkpoints.load('board');
 * //=> 42
 * ```
 */
export class InMemoryCheckpointStore implements CheckpointStore<undefined> {
  readonly #positions = new Map<string, number>();

  /** The saved position, `0` when none. */
  async load(name: string): Promise<number> {
    return this.#positions.get(name) ?? 0;
  }

  /** Runs `work`, then saves `to` if the position was still `from`. */
  async commit(
    name: string,
    move: { readonly from: number; readonly to: number },
    work: (tx: undefined) => Promise<void>,
  ): Promise<boolean> {
    if ((this.#positions.get(name) ?? 0) !== move.from) return false;
    await work(undefined);
    if ((this.#positions.get(name) ?? 0) !== move.from) return false;
    this.#positions.set(name, move.to);
    return true;
  }
}

/**
 * The options of {@link followEventStore}.
 */
export interface FollowOptions<E, Tx> {
  /** The projection's name: its checkpoint's key. */
  readonly name: string;
  /** Where the checkpoint is kept. */
  readonly checkpoints: CheckpointStore<Tx>;
  /** Applies one page of events to the projection, writing through `tx` where it can. */
  readonly handle: (events: readonly StoredEvent<E>[], tx: Tx) => Promise<void>;
  /** Events per page; default 1000. */
  readonly pageSize?: number;
}

/**
 * What {@link followEventStore} did: the events it handled, the checkpoint it left, and why
 * it stopped (`'end'`: it caught up; `'checkpoint-moved'`: another follower of the same
 * name saved a checkpoint meanwhile, and this one handled nothing more).
 */
export interface FollowOutcome {
  /** How many events were handed to `handle` and committed. */
  readonly handled: number;
  /** The checkpoint after the last committed page. */
  readonly position: number;
  /** Why the follower stopped. */
  readonly stoppedBy: 'end' | 'checkpoint-moved';
}

/**
 * Catches a projection up with a store: reads `readAll` page by page from the projection's
 * saved checkpoint and, for each non-empty page, commits `handle(page)` together with the
 * new checkpoint (`nextPosition`) through the {@link CheckpointStore}. Run it again later
 * (on a timer, on a notification) to follow the store: it resumes where it stopped, and
 * with a transactional checkpoint store a crash never applies a page twice nor skips one.
 *
 * Positions can be trusted only from a store whose positions become visible in order (the
 * conformance kit's `follower-sees-every-event` check).
 *
 * The store, the options and the checkpoint store are read once (their methods called on
 * them), and what the store and the checkpoint store answer is checked before it is used.
 *
 * @throws TypeError (as a rejected promise) when the store has no `readAll` method, the
 * options are not `{ name, checkpoints, handle, pageSize? }` (a non-empty name, a checkpoint
 * store with `load` and `commit`, a `handle` function, a page size that is an integer ≥ 1),
 * a saved checkpoint is not an integer ≥ 0, a page is not `{ events[], nextPosition, isEnd }`,
 * or any of them cannot be read (a getter or a Proxy trap that throws); the message describes
 * the bad value with `describeValue`. Whatever the store, the checkpoint store or `handle`
 * throws or rejects with is passed on (an answer whose `then` throws is its rejection).
 * @example
 * ```ts
 * const store = new InMemoryEventStore<string>();
 * await store.append(streamId('a'), ['a1', 'a2'], { expectedVersion: 0 });
 * const seen: string[] = [];
 * const checkpoints = new InMemoryCheckpointStore();
 * const follow = () => followEventStore(store, {
 *   name: 'seen', checkpoints, pageSize: 1,
 *   handle: async (events) => { seen.push(...events.map((e) => e.event)); },
 * });
 * await follow();
 * //=> { handled: 2, position: 3, stoppedBy: 'end' }
 * await store.append(streamId('b'), ['b1'], { expectedVersion: 0 });
 * await follow();
 * //=> { handled: 1, position: 4, stoppedBy: 'end' }
 * seen;
 * //=> ['a1', 'a2', 'b1']
 * await followEventStore(store, { name: 'seen', checkpoints, handle: 'print' } as never).catch((e) => e.message);
 * //=> 'followEventStore: handle must be a function (events, tx) => Promise<void>, got "print".'
 * ```
 */
export async function followEventStore<E, Tx>(
  store: EventStore<E>,
  options: FollowOptions<E, Tx>,
): Promise<FollowOutcome> {
  const { readAll, name, checkpoints, load, commit, handle, pageSize } = guardInput(
    'followEventStore',
    () => readFollowArguments(store, options),
  );
  let position = readCheckpoint(await Reflect.apply(load, checkpoints, [name]));
  let handled = 0;
  for (;;) {
    const page = readPage(
      await Reflect.apply(readAll, store, [{ fromPosition: position, limit: pageSize }]),
    );
    const count = page.events.length;
    if (count > 0) {
      const committed = await Reflect.apply(commit, checkpoints, [
        name,
        { from: position, to: page.nextPosition },
        (tx: Tx) => Reflect.apply(handle, undefined, [page.events, tx]),
      ]);
      if (!committed) return { handled, position, stoppedBy: 'checkpoint-moved' };
      handled += count;
      position = page.nextPosition;
    }
    if (page.isEnd || count === 0) return { handled, position, stoppedBy: 'end' };
  }
}

type Method = (...args: unknown[]) => unknown;

/** The follower's arguments, each read once and checked. */
function readFollowArguments(store: unknown, options: unknown) {
  const readAll =
    typeof store === 'object' && store !== null
      ? (store as { readAll?: unknown }).readAll
      : undefined;
  if (typeof readAll !== 'function') {
    throw inputError(
      `followEventStore: store must be an event store with a readAll method, got ${describeValue(store)}.`,
    );
  }
  if (typeof options !== 'object' || options === null) {
    throw inputError(
      `followEventStore: options must be { name, checkpoints, handle, pageSize? }, got ${describeValue(options)}.`,
    );
  }
  const { name, checkpoints, handle, pageSize = 1000 } = options as Record<string, unknown>;
  if (typeof name !== 'string' || name === '') {
    throw inputError(
      `followEventStore: name must be a non-empty string, got ${describeValue(name)}.`,
    );
  }
  if (typeof pageSize !== 'number' || !Number.isSafeInteger(pageSize) || pageSize < 1) {
    throw inputError(
      `followEventStore: pageSize must be an integer ≥ 1, got ${describeValue(pageSize)}.`,
    );
  }
  const { load, commit } =
    typeof checkpoints === 'object' && checkpoints !== null
      ? (checkpoints as Record<string, unknown>)
      : {};
  if (typeof load !== 'function' || typeof commit !== 'function') {
    throw inputError(
      `followEventStore: checkpoints must be a checkpoint store with load and commit methods, got ${describeValue(checkpoints)}.`,
    );
  }
  if (typeof handle !== 'function') {
    throw inputError(
      `followEventStore: handle must be a function (events, tx) => Promise<void>, got ${describeValue(handle)}.`,
    );
  }
  return {
    readAll: readAll as Method,
    name,
    checkpoints: checkpoints as object,
    load: load as Method,
    commit: commit as Method,
    handle: handle as Method,
    pageSize,
  };
}

function readCheckpoint(position: unknown): number {
  if (typeof position !== 'number' || !Number.isSafeInteger(position) || position < 0) {
    throw inputError(
      `followEventStore: checkpoints.load must resolve to a position (an integer ≥ 0), got ${describeValue(position)}.`,
    );
  }
  return position;
}

/** A page of the store, read once: its events as a list of their own, its next position. */
function readPage(page: unknown): {
  readonly events: readonly StoredEvent<never>[];
  readonly nextPosition: number;
  readonly isEnd: boolean;
} {
  return guardInput('followEventStore', () => {
    if (typeof page === 'object' && page !== null) {
      const { events, nextPosition, isEnd } = page as Record<string, unknown>;
      if (
        Array.isArray(events) &&
        typeof nextPosition === 'number' &&
        Number.isSafeInteger(nextPosition) &&
        nextPosition >= 0 &&
        typeof isEnd === 'boolean'
      ) {
        return { events: Array.from(events as StoredEvent<never>[]), nextPosition, isEnd };
      }
    }
    throw inputError(
      `followEventStore: store.readAll must resolve to a page { events[], nextPosition, isEnd }, got ${describeValue(page)}.`,
    );
  });
}
