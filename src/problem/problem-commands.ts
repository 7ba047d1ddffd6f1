import type { ChangeRef, IncidentRef, ProblemId } from './problem-ids.js';
import type { ProblemActor } from './problem-policy.js';
import type { SolutionKind } from './problem-status.js';

/**
 * The names of the commands the problem decider accepts.
 *
 * @example
 * ```ts
 * problemCommandTypes.length;
 * //=> 7
 * ```
 */
export const problemCommandTypes = [
  'record-problem',
  'link-incidents',
  'record-cause',
  'record-solution',
  'declare-known-error',
  'resolve-problem',
  'close-problem',
] as const;

/**
 * What every problem command carries: the problem it targets, when it is issued (`at`,
 * "now" is always a parameter) and who issues it.
 *
 * @example
 * ```ts
 * const base: ProblemCommandBase = {
 *   problemId: problemId('PB-1'),
 *   at: new Date('2026-03-02T09:00:00Z'),
 *   actor: { id: 'n2-ana', level: 2 },
 * };
 * base.actor.level;
 * //=> 2
 * ```
 */
export interface ProblemCommandBase {
  readonly problemId: ProblemId;
  readonly at: Date;
  readonly actor: ProblemActor;
}

/**
 * Records a problem (seed §4.4.1): the cause of the linked incidents is unknown. `title`
 * names it; `symptom` (what users see), `equipment`, `category` and `keywords` are public and
 * feed the known-error base; `description` is an internal note.
 *
 * @see seed §4.4.1 « Il appartient au technicien de Service Desk d'enregistrer les problèmes »
 * @example
 * ```ts
 * const command: RecordProblem = {
 *   type: 'record-problem',
 *   problemId: problemId('PB-1'),
 *   at: new Date('2026-03-02T09:00:00Z'),
 *   actor: { id: 'n1-leo', level: 1 },
 *   title: 'Imprimante du 2e étage hors ligne',
 *   incidents: [incidentRef('INC-1'), incidentRef('INC-2')],
 * };
 * command.incidents.length;
 * //=> 2
 * ```
 */
export interface RecordProblem extends ProblemCommandBase {
  readonly type: 'record-problem';
  readonly title: string;
  readonly incidents: readonly IncidentRef[];
  readonly symptom?: string;
  readonly equipment?: string;
  readonly category?: string;
  readonly keywords?: readonly string[];
  readonly description?: string;
}

/**
 * Links more incidents to a problem that is still open or a known error.
 *
 * @example
 * ```ts
 * const command: LinkIncidents = {
 *   type: 'link-incidents',
 *   problemId: problemId('PB-1'),
 *   at: new Date('2026-03-03T09:00:00Z'),
 *   actor: { id: 'n1-leo', level: 1 },
 *   incidents: [incidentRef('INC-3')],
 * };
 * command.type;
 * //=> 'link-incidents'
 * ```
 */
export interface LinkIncidents extends ProblemCommandBase {
  readonly type: 'link-incidents';
  readonly incidents: readonly IncidentRef[];
}

/**
 * Records the cause found by the investigation (seed §4.4.2); recording it again replaces
 * it. The cause is internal: it is not published in the FAQ unless asked.
 *
 * @see seed §4.4.2
 * @example
 * ```ts
 * const command: RecordCause = {
 *   type: 'record-cause',
 *   problemId: problemId('PB-1'),
 *   at: new Date('2026-03-03T10:00:00Z'),
 *   actor: { id: 'n2-ana', level: 2 },
 *   cause: 'Pilote 4.2 incompatible avec la mise à jour de sécurité',
 * };
 * command.type;
 * //=> 'record-cause'
 * ```
 */
export interface RecordCause extends ProblemCommandBase {
  readonly type: 'record-cause';
  readonly cause: string;
}

/**
 * Records a temporary workaround or a permanent fix (seed §4.4.2, « une solution de
 * contournement provisoire ou permanente »). `description` is what level 1 and users apply
 * (published in the FAQ); `internalNote` stays internal.
 *
 * @see seed §4.4.2
 * @example
 * ```ts
 * const command: RecordSolution = {
 *   type: 'record-solution',
 *   problemId: problemId('PB-1'),
 *   at: new Date('2026-03-03T10:05:00Z'),
 *   actor: { id: 'n2-ana', level: 2 },
 *   kind: 'workaround',
 *   description: 'Imprimer vers la file « etage2-secours ».',
 * };
 * command.kind;
 * //=> 'workaround'
 * ```
 */
export interface RecordSolution extends ProblemCommandBase {
  readonly type: 'record-solution';
  readonly kind: SolutionKind;
  readonly description: string;
  readonly internalNote?: string;
}

/**
 * Declares the problem a known error (seed §4.4.2): refused unless its cause and a
 * workaround or fix are recorded.
 *
 * @see seed §4.4.2 « Il devient une erreur connue lorsque la cause … est connue et une
 * solution de contournement provisoire ou permanente a été identifiée »
 * @example
 * ```ts
 * const command: DeclareKnownError = {
 *   type: 'declare-known-error',
 *   problemId: problemId('PB-1'),
 *   at: new Date('2026-03-03T10:10:00Z'),
 *   actor: { id: 'n2-ana', level: 2 },
 * };
 * command.type;
 * //=> 'declare-known-error'
 * ```
 */
export interface DeclareKnownError extends ProblemCommandBase {
  readonly type: 'declare-known-error';
}

/**
 * Marks a known error resolved: the change `change` removed its cause (seed §4.4.2, point
 * 3: « supprimer la cause du problème en améliorant l'existant »).
 *
 * @see seed §4.4.2
 * @example
 * ```ts
 * const command: ResolveProblem = {
 *   type: 'resolve-problem',
 *   problemId: problemId('PB-1'),
 *   at: new Date('2026-03-10T16:00:00Z'),
 *   actor: { id: 'n2-ana', level: 2 },
 *   change: changeRef('CHG-77'),
 * };
 * command.change;
 * //=> 'CHG-77'
 * ```
 */
export interface ResolveProblem extends ProblemCommandBase {
  readonly type: 'resolve-problem';
  readonly change: ChangeRef;
}

/**
 * Closes a resolved problem.
 *
 * @example
 * ```ts
 * const command: CloseProblem = {
 *   type: 'close-problem',
 *   problemId: problemId('PB-1'),
 *   at: new Date('2026-03-17T09:00:00Z'),
 *   actor: { id: 'n2-ana', level: 2 },
 * };
 * command.type;
 * //=> 'close-problem'
 * ```
 */
export interface CloseProblem extends ProblemCommandBase {
  readonly type: 'close-problem';
}

/**
 * Any command of the problem decider.
 *
 * @example
 * ```ts
 * const command: ProblemCommand = {
 *   type: 'close-problem',
 *   problemId: problemId('PB-1'),
 *   at: new Date('2026-03-17T09:00:00Z'),
 *   actor: { id: 'n2-ana', level: 2 },
 * };
 * problemCommandTypes.includes(command.type);
 * //=> true
 * ```
 */
export type ProblemCommand =
  | RecordProblem
  | LinkIncidents
  | RecordCause
  | RecordSolution
  | DeclareKnownError
  | ResolveProblem
  | CloseProblem;
