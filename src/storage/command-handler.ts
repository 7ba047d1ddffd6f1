import type { Decider } from '../core/decider.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
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
 * The decider and the store are read once (their methods are called on them); the events the
 * store gives back are checked before they are folded.
 *
 * @throws TypeError (as a rejected promise) when the decider is not
 *   `{ evolve(state, event), initialState }`, the store has no `readStream` method, the stream
 *   id is invalid, the store's answer is not a list of stored events, or any of them cannot be
 *   read (a getter or a Proxy trap that throws); the message describes the bad value with
 *   `describeValue`. Whatever the store or `evolve` throws or rejects with is passed on
 *   (an answer whose `then` throws is the store's rejection).
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
 * await loadState(counter, {} as never, streamId('c')).catch((e) => e.message);
 * //=> 'loadState: store must be an event store with a readStream method, got an object.'
 * ```
 */
export async function loadState<E, S>(
  decider: Pick<Decider<never, E, S, unknown>, 'evolve' | 'initialState'>,
  store: EventStore<E>,
  streamId: StreamId,
): Promise<LoadedState<S>> {
  const read = guardInput('loadState', () => {
    const parts = readDecider('loadState', decider, false);
    const readStream = storeMethod('loadState', store, 'readStream');
    assertStreamId(streamId);
    return { ...parts, readStream };
  });
  return replayStream('loadState', read, store, streamId);
}

/** A decider's parts, each read once; its functions are called on the decider itself. */
interface ReadDecider {
  readonly self: object;
  readonly decide: (...args: unknown[]) => unknown;
  readonly evolve: (...args: unknown[]) => unknown;
  readonly initialState: unknown;
}

function readDecider(where: string, decider: unknown, needsDecide: boolean): ReadDecider {
  const expected = needsDecide
    ? '{ decide(command, state), evolve(state, event), initialState }'
    : '{ evolve(state, event), initialState }';
  if (typeof decider === 'object' && decider !== null) {
    const { decide, evolve } = decider as Partial<Record<'decide' | 'evolve', unknown>>;
    if (
      (!needsDecide || typeof decide === 'function') &&
      typeof evolve === 'function' &&
      'initialState' in decider
    ) {
      return {
        self: decider,
        decide: decide as ReadDecider['decide'],
        evolve: evolve as ReadDecider['evolve'],
        initialState: (decider as { initialState: unknown }).initialState,
      };
    }
  }
  throw inputError(`${where}: decider must be ${expected}, got ${describeValue(decider)}.`);
}

/** A store's method, read once, to be called on the store. */
function storeMethod(
  where: string,
  store: unknown,
  name: 'readStream' | 'append',
): (...args: unknown[]) => unknown {
  const method =
    typeof store === 'object' && store !== null
      ? (store as Record<string, unknown>)[name]
      : undefined;
  if (typeof method !== 'function') {
    throw inputError(
      `${where}: store must be an event store with ${name === 'append' ? 'an' : 'a'} ${name} method, got ${describeValue(store)}.`,
    );
  }
  return method as (...args: unknown[]) => unknown;
}

/** Reads the stream through the store and folds it; the store's answer is checked first. */
async function replayStream(
  where: string,
  decider: ReadDecider & { readonly readStream: (...args: unknown[]) => unknown },
  store: unknown,
  streamId: StreamId,
): Promise<LoadedState<never>> {
  const answer = await Reflect.apply(decider.readStream, store, [streamId]);
  const stored = guardInput(where, () => {
    if (!Array.isArray(answer)) {
      throw inputError(
        `${where}: store.readStream must resolve to a list of stored events, got ${describeValue(answer)}.`,
      );
    }
    return Array.from(answer as unknown[], (value, index) => {
      const version =
        typeof value === 'object' && value !== null
          ? (value as { version?: unknown }).version
          : undefined;
      if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
        throw inputError(
          `${where}: store.readStream gave a stored event without its version (an integer ≥ 1) at index ${index}, got ${describeValue(value)}.`,
        );
      }
      return { version, event: (value as { event?: unknown }).event };
    });
  });
  let state = decider.initialState;
  let version = 0;
  for (const entry of stored) {
    state = Reflect.apply(decider.evolve, decider.self, [state, entry.event]);
    version = entry.version;
  }
  return { state: state as never, version };
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

function resolveOptions(options: unknown): { maxRetries: number; expectedVersion?: number } {
  if (options === undefined) return { maxRetries: 0 };
  if (typeof options !== 'object' || options === null) {
    throw inputError(
      `handleCommand: options must be { maxRetries?, expectedVersion? }, got ${describeValue(options)}.`,
    );
  }
  const { maxRetries = 0, expectedVersion } = options as Record<string, unknown>;
  if (typeof maxRetries !== 'number' || !Number.isSafeInteger(maxRetries) || maxRetries < 0) {
    throw inputError(
      `handleCommand: maxRetries must be an integer ≥ 0, got ${describeValue(maxRetries)}.`,
    );
  }
  if (expectedVersion === undefined) return { maxRetries };
  if (expectedVersion === 'any') {
    throw inputError(
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
 * The decider, the store and the options are read once (their methods called on them), and
 * what the decider and the store answer is checked before it is used.
 *
 * @throws TypeError (as a rejected promise) on an invalid decider (not
 *   `{ decide, evolve, initialState }`), store (without `readStream` or `append`), stream id
 *   or option, on a decision that is not a `Result` of a list of events, on an answer of the
 *   store that is not what {@link EventStore} promises, or on any of them that cannot be read
 *   (a getter or a Proxy trap that throws); the message describes the bad value with
 *   `describeValue`. Whatever the decider or the store throws or rejects with is passed on
 *   (an answer whose `then` throws is the store's rejection).
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
  const read = guardInput('handleCommand', () => {
    const parts = readDecider('handleCommand', decider, true);
    const readStream = storeMethod('handleCommand', store, 'readStream');
    const append = storeMethod('handleCommand', store, 'append');
    assertStreamId(streamId);
    return { ...parts, readStream, append, ...resolveOptions(options) };
  });
  const { maxRetries, expectedVersion } = read;
  for (let attempts = 1; ; attempts++) {
    const loaded = (await replayStream('handleCommand', read, store, streamId)) as LoadedState<S>;
    if (expectedVersion !== undefined && loaded.version !== expectedVersion) {
      return err({
        kind: 'conflict',
        conflict: appendConflict(streamId, expectedVersion, loaded.version),
        attempts,
      });
    }
    const decision = readDecision(Reflect.apply(read.decide, read.self, [command, loaded.state]));
    if (!decision.ok) {
      return err({ kind: 'rejected', violation: decision.error as V, attempts });
    }
    const events = decision.value as E[];
    if (events.length === 0) {
      return ok({ events, state: loaded.state, version: loaded.version, attempts });
    }
    const appended = readAppended(
      await Reflect.apply(read.append, store, [
        streamId,
        events,
        { expectedVersion: loaded.version },
      ]),
    );
    if (appended.ok) {
      let state = loaded.state;
      for (const event of events)
        state = Reflect.apply(read.evolve, read.self, [state, event]) as S;
      return ok({
        events,
        state,
        version: appended.version,
        position: appended.position,
        attempts,
      });
    }
    if (expectedVersion !== undefined || attempts > maxRetries) {
      return err({ kind: 'conflict', conflict: appended.conflict, attempts });
    }
  }
}

/** A decision, read once: its events copied, or its refusal. */
function readDecision(
  decision: unknown,
):
  | { readonly ok: true; readonly value: unknown[] }
  | { readonly ok: false; readonly error: unknown } {
  return guardInput('handleCommand', () => {
    const isResult = typeof decision === 'object' && decision !== null;
    const success: unknown = isResult ? (decision as { ok?: unknown }).ok : undefined;
    if (success === false) return { ok: false, error: (decision as { error?: unknown }).error };
    const value: unknown = success === true ? (decision as { value?: unknown }).value : undefined;
    if (!Array.isArray(value)) {
      throw inputError(
        `handleCommand: decider.decide must return a Result ({ ok: true, value: events[] } or { ok: false, error }), got ${describeValue(decision)}${success === true ? ` with value ${describeValue(value)}` : ''}.`,
      );
    }
    return { ok: true, value: Array.from(value as unknown[]) };
  });
}

/** The store's answer to an append, read once. */
function readAppended(
  answer: unknown,
):
  | { readonly ok: true; readonly version: number; readonly position: number }
  | { readonly ok: false; readonly conflict: AppendConflict } {
  return guardInput('handleCommand', () => {
    const isResult = typeof answer === 'object' && answer !== null;
    const success: unknown = isResult ? (answer as { ok?: unknown }).ok : undefined;
    if (success === false) {
      const conflict: unknown = (answer as { error?: unknown }).error;
      if (typeof conflict === 'object' && conflict !== null) {
        return { ok: false, conflict: conflict as AppendConflict };
      }
    } else if (success === true) {
      const value: unknown = (answer as { value?: unknown }).value;
      if (typeof value === 'object' && value !== null) {
        const { version, position } = value as { version?: unknown; position?: unknown };
        if (typeof version === 'number' && typeof position === 'number') {
          return { ok: true, version, position };
        }
      }
    }
    throw inputError(
      `handleCommand: store.append must resolve to { ok: true, value: { version, position } } or { ok: false, error: conflict }, got ${describeValue(answer)}.`,
    );
  });
}
