import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError, isIterableObject } from '../core/input-guard.js';
import type { ProblemEvent, ProblemEventType } from './problem-events.js';
import type { ChangeRef, IncidentRef, ProblemId } from './problem-ids.js';
import type { ProblemActor } from './problem-policy.js';
import type { ProblemStatus, SolutionKind } from './problem-status.js';

/**
 * The state of a problem stream before its `problem-recorded` event.
 */
export interface UnrecordedProblem {
  readonly status: 'unrecorded';
}

/**
 * The cause of a problem as recorded by the investigation, with when and by whom.
 */
export interface ProblemCause {
  readonly description: string;
  readonly at: Date;
  readonly by: ProblemActor;
}

/**
 * A workaround or fix recorded on a problem, with when and by whom.
 */
export interface ProblemSolution {
  readonly kind: SolutionKind;
  readonly description: string;
  readonly internalNote?: string;
  readonly at: Date;
  readonly by: ProblemActor;
}

/**
 * A recorded problem, as the fold of its events: its status, the incidents linked to it,
 * its cause and solutions once known, the change that resolved it, and when each stage was
 * reached. `version` counts the events folded in.
 *
 * @see seed §4.4
 * @example
 * ```ts
 * const problem = replayProblem([
 *   {
 *     type: 'problem-recorded',
 *     problemId: problemId('PB-1'),
 *     at: new Date('2026-03-02T09:00:00Z'),
 *     by: { id: 'n1-leo', level: 1 },
 *     title: 'Imprimante hors ligne',
 *     incidents: [incidentRef('INC-1')],
 *     keywords: [],
 *   },
 * ]) as Problem;
 * [problem.status, problem.incidents, problem.version];
 * //=> ['open', ['INC-1'], 1]
 * ```
 */
export interface Problem {
  readonly status: ProblemStatus;
  readonly id: ProblemId;
  readonly title: string;
  readonly symptom?: string;
  readonly equipment?: string;
  readonly category?: string;
  readonly keywords: readonly string[];
  /** Internal description given when the problem was recorded. */
  readonly description?: string;
  readonly incidents: readonly IncidentRef[];
  readonly cause?: ProblemCause;
  readonly solutions: readonly ProblemSolution[];
  readonly change?: ChangeRef;
  readonly recordedAt: Date;
  readonly recordedBy: ProblemActor;
  readonly knownErrorAt?: Date;
  readonly resolvedAt?: Date;
  readonly closedAt?: Date;
  /** When the last event happened; a command may not be dated earlier. */
  readonly lastEventAt: Date;
  readonly version: number;
}

/**
 * The state of one problem stream: not recorded yet, or a recorded {@link Problem}.
 *
 * @example
 * ```ts
 * const state: ProblemState = initialProblemState;
 * state.status === 'unrecorded';
 * //=> true
 * ```
 */
export type ProblemState = UnrecordedProblem | Problem;

/**
 * The state of every problem stream before any event.
 *
 * @example
 * ```ts
 * initialProblemState;
 * //=> { status: 'unrecorded' }
 * ```
 */
export const initialProblemState: UnrecordedProblem = Object.freeze({ status: 'unrecorded' });

/**
 * Whether a state is a recorded problem: an object whose `status` is one of
 * `problemStatuses`. Never throws: anything else — not an object, another status, a
 * getter or a Proxy that throws when read — answers `false`.
 *
 * @example
 * ```ts
 * isRecordedProblem(initialProblemState);
 * //=> false
 * isRecordedProblem(null);
 * //=> false
 * ```
 */
export function isRecordedProblem(state: ProblemState): state is Problem {
  // Stryker disable next-line LogicalOperator: a primitive's status is undefined, and null throws inside the try: false either way
  if (typeof state !== 'object' || state === null) return false;
  let status: unknown;
  try {
    status = state.status;
  } catch /* Stryker disable next-line BlockStatement: status stays undefined, which is no problem status */ {
    return false;
  }
  return isProblemStatus(status);
}

function isProblemStatus(status: unknown): boolean {
  return (
    status === 'open' || status === 'known-error' || status === 'resolved' || status === 'closed'
  );
}

function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}

type RecordedEventType = Exclude<ProblemEventType, 'problem-recorded'>;

/* The next state of a recorded problem after one event of type `K` (`next` already counts it). */
type Evolver<K extends RecordedEventType> = (
  next: Problem,
  event: Extract<ProblemEvent, { type: K }>,
) => Problem;

/*
 * One function per event type but `problem-recorded` (which starts the stream). The mapped
 * type makes the table exhaustive: an event type added without its evolver does not compile.
 */
const evolverTable: { readonly [K in RecordedEventType]: Evolver<K> } = {
  'incidents-linked': (next, e) => ({ ...next, incidents: [...next.incidents, ...e.incidents] }),
  'cause-recorded': (next, e) => ({
    ...next,
    cause: { description: e.cause, at: e.at, by: e.by },
  }),
  'solution-recorded': (next, e) => ({
    ...next,
    solutions: [
      ...next.solutions,
      {
        kind: e.kind,
        description: e.description,
        ...optional('internalNote', e.internalNote),
        at: e.at,
        by: e.by,
      },
    ],
  }),
  'known-error-declared': (next, e) => ({ ...next, status: 'known-error', knownErrorAt: e.at }),
  'problem-resolved': (next, e) => ({
    ...next,
    status: 'resolved',
    change: e.change,
    resolvedAt: e.at,
  }),
  'problem-closed': (next, e) => ({ ...next, status: 'closed', closedAt: e.at }),
};

/* The table with a null prototype, so that a type such as 'toString' finds nothing. */
const evolvers = Object.freeze(Object.assign(Object.create(null) as object, evolverTable)) as {
  readonly [type: string]: Evolver<RecordedEventType> | undefined;
};

/**
 * Folds one event into a problem's state (the decider's `evolve`). Pure: the state given is
 * never changed. Events are trusted to come from {@link decideProblem}; an event that cannot apply
 * (anything but `problem-recorded` on an unrecorded problem, `problem-recorded` twice, or an
 * event of another problem) is a programmer error.
 *
 * @throws TypeError when the state is not a problem state or the event not an object, when
 * the event's `type` is not one of `problemEventTypes`, when the event does not belong to
 * this state, or when either cannot be read as plain data (a getter or a Proxy trap that
 * throws, a field of the wrong kind); the message describes the bad value with
 * `describeValue`.
 * @example
 * ```ts
 * const state = evolveProblem(initialProblemState, {
 *   type: 'problem-recorded',
 *   problemId: problemId('PB-1'),
 *   at: new Date('2026-03-02T09:00:00Z'),
 *   by: { id: 'n1-leo', level: 1 },
 *   title: 'Imprimante hors ligne',
 *   incidents: [incidentRef('INC-1')],
 *   keywords: [],
 * });
 * state.status;
 * //=> 'open'
 * (() => { try { return evolveProblem(initialProblemState, { type: 42 } as never); } catch (e) { return e.message; } })();
 * //=> 'evolveProblem: unknown problem event type 42; known events are listed in problemEventTypes.'
 * ```
 */
export function evolveProblem(state: ProblemState, event: ProblemEvent): Problem {
  // One try/catch rather than a closure per call: evolve runs once per event of a replay.
  try {
    return evolveReadable(state, event);
  } catch (cause) {
    return guardInput('evolveProblem', () => {
      throw cause;
    });
  }
}

function evolveReadable(state: ProblemState, event: ProblemEvent): Problem {
  if (typeof state !== 'object' || state === null) {
    throw inputError(
      `evolveProblem: state must be a problem state (initialProblemState or a Problem), got ${describeValue(state)}.`,
    );
  }
  if (typeof event !== 'object' || event === null) {
    throw inputError(`evolveProblem: event must be a problem event, got ${describeValue(event)}.`);
  }
  // Read as they are (not through isRecordedProblem, which answers false for an unreadable
  // state): a state that throws when read is refused as such.
  const status: unknown = state.status;
  const recordedState = isProblemStatus(status);
  if (!recordedState && status !== 'unrecorded') {
    throw inputError(
      `evolveProblem: state.status must be "unrecorded" or one of problemStatuses, got ${describeValue(status)}.`,
    );
  }
  const type: unknown = event.type;
  if (type === 'problem-recorded') {
    const recorded = event as Extract<ProblemEvent, { type: 'problem-recorded' }>;
    if (recordedState) {
      throw inputError(
        `Problem ${describeValue((state as Problem).id)}: cannot apply "problem-recorded" to a problem already recorded.`,
      );
    }
    return {
      status: 'open',
      id: recorded.problemId,
      title: recorded.title,
      ...optional('symptom', recorded.symptom),
      ...optional('equipment', recorded.equipment),
      ...optional('category', recorded.category),
      keywords: recorded.keywords,
      ...optional('description', recorded.description),
      incidents: recorded.incidents,
      solutions: [],
      recordedAt: recorded.at,
      recordedBy: recorded.by,
      lastEventAt: recorded.at,
      version: 1,
    };
  }
  const evolver = typeof type === 'string' ? evolvers[type] : undefined;
  if (evolver === undefined) {
    throw inputError(
      `evolveProblem: unknown problem event type ${describeValue(type)}; known events are listed in problemEventTypes.`,
    );
  }
  const problemId: unknown = event.problemId;
  if (!recordedState) {
    throw inputError(
      `Problem ${describeValue(problemId)}: cannot apply ${describeValue(type)} before "problem-recorded".`,
    );
  }
  const { id, version } = state as Problem;
  if (id !== problemId) {
    throw inputError(
      `Problem ${describeValue(id)}: cannot apply an event of problem ${describeValue(problemId)}.`,
    );
  }
  if (typeof version !== 'number') {
    throw inputError(
      `Problem ${describeValue(id)}: state.version must be a number, got ${describeValue(version)}.`,
    );
  }
  return evolver(
    { ...(state as Problem), lastEventAt: event.at, version: version + 1 },
    event as never,
  );
}

/**
 * Folds a list of events, in order, from `from` (the initial state by default). Replaying
 * the same events always gives the same state.
 *
 * @throws TypeError when `events` is not a list (an iterable object) or cannot be iterated,
 * when `from` is not a problem state, or when an event does not belong to the state (see {@link evolveProblem}).
 * @example
 * ```ts
 * replayProblem([]);
 * //=> { status: 'unrecorded' }
 * (() => { try { return replayProblem(7 as never); } catch (e) { return e.message; } })();
 * //=> 'replayProblem: events must be a list (an iterable) of problem events, got 7.'
 * ```
 */
export function replayProblem(
  events: Iterable<ProblemEvent>,
  from: ProblemState = initialProblemState,
): ProblemState {
  return guardInput('replayProblem', () => {
    if (!isIterableObject(events)) {
      throw inputError(
        `replayProblem: events must be a list (an iterable) of problem events, got ${describeValue(events)}.`,
      );
    }
    if (typeof from !== 'object' || from === null) {
      throw inputError(
        `replayProblem: from must be a problem state (initialProblemState or a Problem), got ${describeValue(from)}.`,
      );
    }
    let state = from;
    for (const event of events) state = evolveProblem(state, event);
    return state;
  });
}
