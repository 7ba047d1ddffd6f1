import type { ChangeRef, IncidentRef, ProblemId } from './problem-ids.js';
import type { ProblemActor } from './problem-policy.js';
import type { SolutionKind } from './problem-status.js';

/**
 * The names of the events the problem decider emits: the record of a problem's life.
 *
 * @example
 * ```ts
 * problemEventTypes[0];
 * //=> 'problem-recorded'
 * ```
 */
export const problemEventTypes = [
  'problem-recorded',
  'incidents-linked',
  'cause-recorded',
  'solution-recorded',
  'known-error-declared',
  'problem-resolved',
  'problem-closed',
] as const satisfies readonly ProblemEventType[];

/** The `type` of a {@link ProblemEvent}; {@link problemEventTypes} lists them all. */
export type ProblemEventType = ProblemEvent['type'];

/**
 * What every problem event carries: the problem, when it happened and who did it.
 */
export interface ProblemEventBase {
  readonly problemId: ProblemId;
  readonly at: Date;
  readonly by: ProblemActor;
}

/**
 * A problem was recorded with its first incidents; its cause is unknown.
 *
 * @see seed §4.4.1
 * @example
 * ```ts
 * const event: ProblemRecorded = {
 *   type: 'problem-recorded',
 *   problemId: problemId('PB-1'),
 *   at: new Date('2026-03-02T09:00:00Z'),
 *   by: { id: 'n1-leo', level: 1 },
 *   title: 'Imprimante hors ligne',
 *   incidents: [incidentRef('INC-1')],
 *   keywords: [],
 * };
 * event.type;
 * //=> 'problem-recorded'
 * ```
 */
export interface ProblemRecorded extends ProblemEventBase {
  readonly type: 'problem-recorded';
  readonly title: string;
  readonly incidents: readonly IncidentRef[];
  readonly symptom?: string;
  readonly equipment?: string;
  readonly category?: string;
  readonly keywords: readonly string[];
  readonly description?: string;
}

/**
 * More incidents were linked to the problem.
 */
export interface IncidentsLinked extends ProblemEventBase {
  readonly type: 'incidents-linked';
  readonly incidents: readonly IncidentRef[];
}

/**
 * The cause of the problem was recorded (or revised).
 */
export interface CauseRecorded extends ProblemEventBase {
  readonly type: 'cause-recorded';
  readonly cause: string;
}

/**
 * A workaround or a fix was recorded.
 */
export interface SolutionRecorded extends ProblemEventBase {
  readonly type: 'solution-recorded';
  readonly kind: SolutionKind;
  readonly description: string;
  readonly internalNote?: string;
}

/**
 * The problem became a known error: its cause and a workaround or fix are known.
 *
 * @see seed §4.4.2
 * @example
 * ```ts
 * const event: KnownErrorDeclared = {
 *   type: 'known-error-declared',
 *   problemId: problemId('PB-1'),
 *   at: new Date('2026-03-03T10:10:00Z'),
 *   by: { id: 'n2-ana', level: 2 },
 * };
 * event.type;
 * //=> 'known-error-declared'
 * ```
 */
export interface KnownErrorDeclared extends ProblemEventBase {
  readonly type: 'known-error-declared';
}

/**
 * A change removed the problem's cause.
 */
export interface ProblemResolved extends ProblemEventBase {
  readonly type: 'problem-resolved';
  readonly change: ChangeRef;
}

/**
 * The resolved problem was closed.
 */
export interface ProblemClosed extends ProblemEventBase {
  readonly type: 'problem-closed';
}

/**
 * Any event of a problem's life.
 *
 * @example
 * ```ts
 * const event: ProblemEvent = {
 *   type: 'problem-closed',
 *   problemId: problemId('PB-1'),
 *   at: new Date('2026-03-17T09:00:00Z'),
 *   by: { id: 'n2-ana', level: 2 },
 * };
 * problemEventTypes.includes(event.type);
 * //=> true
 * ```
 */
export type ProblemEvent =
  | ProblemRecorded
  | IncidentsLinked
  | CauseRecorded
  | SolutionRecorded
  | KnownErrorDeclared
  | ProblemResolved
  | ProblemClosed;
