import type { Decider } from '../core/decider.js';
import { describeValue } from '../core/describe-value.js';
import { err, ok, type Result } from '../core/result.js';
import { type AppendConflict, appendConflict } from './append-conflict.js';
import type { EventStore } from './event-store.js';
import { assertExpectedVersion } from './expected-version.js';
import { assertStreamId, type StreamId } from './stream-id.js';

/** The decider shape lives in `core/`; re-exported here, where adapters have always found it. */
export type { Decider } from '../core/decider.js';
/**
 * A stream's current state, folded from its events, and its version (`0` when it has no
 * event) to append at.
 */
export interface LoadedState<S> {
  /** The fold of every event of the stream over the decider's initial state. */
  readonly state: S;
  /** The version of the stream's last event, `0` for an empty stream. */
  readonly version: number;
}

/**
 * Reads a whole stream and replays it through `decider.evolve` from `decider.initialState`.
 *
 * @throws TypeError (as a rejected promise) on an invalid stream id; whatever `evolve` throws.
 * @example
 * ```ts
 * const counter: Decider<{ add: number }, { added: number }, number, string> = {
 *   decide: (c, total) => (total + c.add > 10 ? err('over-limit') : ok([{ added: c.add }])),
 *   evolve: (total, e) => total + e.added,
 *   initialState: 0,
 * };
 * const store = new InMemoryEventStore<{ added: number }>();
 * await store.append(streamId('c'), [{ added: 2 }, { added: 5 }], { expectedVersion: 0 });
 * await loadState(counter, store, streamId('c'));
 * //=> { state: 7, version: 2 }
 * ```
 */
export async function loadState<E, S>(
  decider: Pick<Decider<never, E, S, unknown>, 'evolve' | 'initialState'>,
  store: EventStore<E>,
  streamId: StreamId,
): Promise<LoadedState<S>> {
  assertStreamId(streamId);
  const events = await store.readStream(streamId);
  let state = decider.initialState;
  let version = 0;
  for (const stored of events) {
    state = decider.evolve(state, stored.event);
    version = stored.version;
  }
  return { state, version };
}

/**
 * The options of {@link handleCommand}.
 */
export interface HandleCommandOptions {
  /**
   * How many times to start again after a conflict: reload the stream, decide again on the
   * fresh state (which may now refuse the command) and append at the new version. An integer
   * `≥ 0`; default `0`, which reports the first conflict. Retrying is safe because the
   * decision is made again on the state that will actually be extended.
   */
  readonly maxRetries?: number;
  /**
   * The version the caller saw when it issued the command (say, the version a user's screen
   * showed). When given, the command is refused with a conflict if the stream has moved on,
   * without deciding, and `maxRetries` does not apply: the caller must look again.
   */
  readonly expectedVersion?: number;
}

/**
 * A command that was accepted: the events it emitted (already stored), the state after them,
 * the stream's version, and the position of the last event appended (absent when the
 * decision emitted no event, in which case nothing was appended).
 */
export interface CommandAccepted<E, S> {
  /** The events the decision emitted, in the order they were appended. */
  readonly events: readonly E[];
  /** The stream's state after those events. */
  readonly state: S;
  /** The stream's version after those events. */
  readonly version: number;
  /** The global position of the last event appended; absent when nothing was appended. */
  readonly position?: number;
  /** How many times the command was decided (1 plus the retries used). */
  readonly attempts: number;
}

/**
 * The kinds of {@link CommandFailure}: the decider refused the command, or the stream
 * changed under it more often than the retries allowed.
 *
 * @example
 * ```ts
 * commandFailureKinds;
 * //=> ['rejected', 'conflict']
 * ```
 */
export const commandFailureKinds = ['rejected', 'conflict'] as const;

/**
 * Why {@link handleCommand} wrote nothing: the decider's refusal (`'rejected'`, with the
 * decider's own violation) or a version conflict (`'conflict'`). In both cases the stream is
 * unchanged by this command.
 */
export type CommandFailure<V> =
  | {
      readonly kind: (typeof commandFailureKinds)[0];
      readonly violation: V;
      readonly attempts: number;
    }
  | {
      readonly kind: (typeof commandFailureKinds)[1];
      readonly conflict: AppendConflict;
      readonly attempts: number;
    };

function assertDecider(decider: unknown): void {
  const d = decider as Partial<Decider<unknown, unknown, unknown, unknown>> | null;
  if (
    typeof d !== 'object' ||
    d === null ||
    typeof d.decide !== 'function' ||
    typeof d.evolve !== 'function' ||
    !('initialState' in d)
  ) {
    throw new TypeError(
      `handleCommand: decider must be { decide(command, state), evolve(state, event), initialState }, got ${describeValue(decider)}.`,
    );
  }
}

function resolveOptions(options: unknown): { maxRetries: number; expectedVersion?: number } {
  if (options === undefined) return { maxRetries: 0 };
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `handleCommand: options must be { maxRetries?, expectedVersion? }, got ${describeValue(options)}.`,
    );
  }
  const { maxRetries = 0, expectedVersion } = options as Record<string, unknown>;
  if (typeof maxRetries !== 'number' || !Number.isSafeInteger(maxRetries) || maxRetries < 0) {
    throw new TypeError(
      `handleCommand: maxRetries must be an integer ≥ 0, got ${describeValue(maxRetries)}.`,
    );
  }
  if (expectedVersion === undefined) return { maxRetries };
  if (expectedVersion === 'any') {
    throw new TypeError(
      "handleCommand: expectedVersion must be an integer ≥ 0; leave it out rather than 'any'.",
    );
  }
  assertExpectedVersion(expectedVersion);
  return { maxRetries, expectedVersion: expectedVersion as number };
}

/**
 * The application service of an event-sourced state machine: loads a stream, replays it,
 * decides the command on the current state, and appends the events at the version it
 * loaded, so that a concurrent writer makes this append a conflict instead of a lost
 * update. A refused command appends nothing; a decision with no event appends nothing and is
 * accepted. On a conflict it starts again up to `maxRetries` times, re-deciding on the fresh
 * state.
 *
 * @throws TypeError (as a rejected promise) on an invalid decider, stream id or option;
 *   whatever the decider or the store throws is passed on.
 * @example
 * ```ts
 * const counter: Decider<{ add: number }, { added: number }, number, string> = {
 *   decide: (c, total) => (total + c.add > 10 ? err('over-limit') : ok([{ added: c.add }])),
 *   evolve: (total, e) => total + e.added,
 *   initialState: 0,
 * };
 * const store = new InMemoryEventStore<{ added: number }>();
 * const id = streamId('counter-1');
 * await handleCommand(counter, store, id, { add: 4 });
 * //=> { ok: true, value: { events: [{ added: 4 }], state: 4, version: 1, position: 1, attempts: 1 } }
 * await handleCommand(counter, store, id, { add: 9 });
 * //=> { ok: false, error: { kind: 'rejected', violation: 'over-limit', attempts: 1 } }
 * ```
 */
export async function handleCommand<C, E, S, V>(
  decider: Decider<C, E, S, V>,
  store: EventStore<E>,
  streamId: StreamId,
  command: NoInfer<C>,
  options?: HandleCommandOptions,
): Promise<Result<CommandAccepted<E, S>, CommandFailure<V>>> {
  assertDecider(decider);
  assertStreamId(streamId);
  const { maxRetries, expectedVersion } = resolveOptions(options);
  for (let attempts = 1; ; attempts++) {
    const loaded = await loadState(decider, store, streamId);
    if (expectedVersion !== undefined && loaded.version !== expectedVersion) {
      return err({
        kind: 'conflict',
        conflict: appendConflict(streamId, expectedVersion, loaded.version),
        attempts,
      });
    }
    const decision = decider.decide(command, loaded.state);
    if (!decision.ok) return err({ kind: 'rejected', violation: decision.error, attempts });
    const events = decision.value;
    if (events.length === 0) {
      return ok({ events, state: loaded.state, version: loaded.version, attempts });
    }
    const appended = await store.append(streamId, events, { expectedVersion: loaded.version });
    if (appended.ok) {
      const state = events.reduce((s: S, e: E) => decider.evolve(s, e), loaded.state);
      return ok({
        events,
        state,
        version: appended.value.version,
        position: appended.value.position,
        attempts,
      });
    }
    if (expectedVersion !== undefined || attempts > maxRetries) {
      return err({ kind: 'conflict', conflict: appended.error, attempts });
    }
  }
}
