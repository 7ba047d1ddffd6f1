import { describeValue } from '../core/describe-value.js';
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
 * Whether a state is a recorded problem.
 *
 * @example
 * ```ts
 * isRecordedProblem(initialProblemState);
 * //=> false
 * ```
 */
export function isRecordedProblem(state: ProblemState): state is Problem {
  return state.status !== 'unrecorded';
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
 * @throws TypeError when the event does not belong to this state.
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
 * ```
 */
export function evolveProblem(state: ProblemState, event: ProblemEvent): Problem {
  if (event.type === 'problem-recorded') {
    if (isRecordedProblem(state)) {
      throw new TypeError(
        `Problem ${state.id}: cannot apply "problem-recorded" to a problem already recorded.`,
      );
    }
    return {
      status: 'open',
      id: event.problemId,
      title: event.title,
      ...optional('symptom', event.symptom),
      ...optional('equipment', event.equipment),
      ...optional('category', event.category),
      keywords: event.keywords,
      ...optional('description', event.description),
      incidents: event.incidents,
      solutions: [],
      recordedAt: event.at,
      recordedBy: event.by,
      lastEventAt: event.at,
      version: 1,
    };
  }
  if (!isRecordedProblem(state)) {
    throw new TypeError(
      `Problem ${event.problemId}: cannot apply "${event.type}" before "problem-recorded".`,
    );
  }
  if (state.id !== event.problemId) {
    throw new TypeError(
      `Problem ${state.id}: cannot apply an event of problem ${event.problemId}.`,
    );
  }
  const evolver = evolvers[event.type];
  if (evolver === undefined) {
    throw new TypeError(
      `Unknown problem event ${describeValue((event as { type?: unknown }).type)}; known events are listed in problemEventTypes.`,
    );
  }
  return evolver({ ...state, lastEventAt: event.at, version: state.version + 1 }, event as never);
}

/**
 * Folds a list of events, in order, from `from` (the initial state by default). Replaying
 * the same events always gives the same state.
 *
 * @throws TypeError when an event does not belong to the state (see {@link evolveProblem}).
 * @example
 * ```ts
 * replayProblem([]);
 * //=> { status: 'unrecorded' }
 * ```
 */
export function replayProblem(
  events: Iterable<ProblemEvent>,
  from: ProblemState = initialProblemState,
): ProblemState {
  let state = from;
  for (const event of events) state = evolveProblem(state, event);
  return state;
}
