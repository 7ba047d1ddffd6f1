import { describeValue } from '../core/describe-value.js';
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
 * @throws TypeError (as a rejected promise) on an invalid name or page size.
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
 * ```
 */
export async function followEventStore<E, Tx>(
  store: EventStore<E>,
  options: FollowOptions<E, Tx>,
): Promise<FollowOutcome> {
  const { name, checkpoints, handle } = options;
  if (typeof name !== 'string' || name === '') {
    throw new TypeError(
      `followEventStore: name must be a non-empty string, got ${describeValue(name)}.`,
    );
  }
  const pageSize = options.pageSize ?? 1000;
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) {
    throw new TypeError(
      `followEventStore: pageSize must be an integer ≥ 1, got ${describeValue(pageSize)}.`,
    );
  }
  let position = await checkpoints.load(name);
  let handled = 0;
  for (;;) {
    const page = await store.readAll({ fromPosition: position, limit: pageSize });
    if (page.events.length > 0) {
      const committed = await checkpoints.commit(
        name,
        { from: position, to: page.nextPosition },
        (tx) => handle(page.events, tx),
      );
      if (!committed) return { handled, position, stoppedBy: 'checkpoint-moved' };
      handled += page.events.length;
      position = page.nextPosition;
    }
    if (page.isEnd || page.events.length === 0) return { handled, position, stoppedBy: 'end' };
  }
}
