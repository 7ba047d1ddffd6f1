/**
 * Problems and known errors (seed §4.4): the problem decider, recurring incidents, the
 * known-error base and the FAQ. Import from `service-desk-rules/problem`; the guide is
 * [docs/problem.md](../../docs/problem.md).
 *
 * @group Deciders
 * @module service-desk-rules/problem
 */
export { type FaqEntry, toFaqEntries } from './faq.js';
export {
  createKnownErrorBase,
  type KnownError,
  type KnownErrorBase,
  type KnownErrorMatch,
  type KnownErrorQuery,
  type KnownErrorSolution,
  type KnownErrorStatus,
  knownErrorOf,
  knownErrorStatuses,
  searchKnownErrors,
} from './known-error-base.js';
export { parseProblemCommand } from './parse-problem-command.js';
export {
  type CloseProblem,
  type DeclareKnownError,
  type LinkIncidents,
  type ProblemCommand,
  type ProblemCommandBase,
  type ProblemCommandType,
  problemCommandTypes,
  type RecordCause,
  type RecordProblem,
  type RecordSolution,
  type ResolveProblem,
} from './problem-commands.js';
export { decideProblem, problemDecider } from './problem-decider.js';
export {
  type CauseRecorded,
  type IncidentsLinked,
  type KnownErrorDeclared,
  type ProblemClosed,
  type ProblemEvent,
  type ProblemEventBase,
  type ProblemRecorded,
  type ProblemResolved,
  problemEventTypes,
  type SolutionRecorded,
} from './problem-events.js';
export {
  type ChangeRef,
  changeRef,
  type IncidentRef,
  incidentRef,
  type ProblemId,
  problemId,
} from './problem-ids.js';
export { problemStatusLabels, solutionKindLabels } from './problem-labels.js';
export {
  defaultProblemPolicy,
  defineProblemPolicy,
  mayActOnProblem,
  type ProblemActor,
  type ProblemActorLevel,
  type ProblemPolicy,
  type ProblemPolicySpec,
  type ProblemStep,
  type ProblemStepRule,
  problemActorLevels,
  problemSteps,
} from './problem-policy.js';
export {
  evolveProblem,
  initialProblemState,
  isRecordedProblem,
  type Problem,
  type ProblemCause,
  type ProblemSolution,
  type ProblemState,
  replayProblem,
  type UnrecordedProblem,
} from './problem-state.js';
export {
  type ProblemStatus,
  problemStatuses,
  type SolutionKind,
  solutionKinds,
} from './problem-status.js';
export {
  type ProblemViolation,
  type ProblemViolationCode,
  problemViolation,
  problemViolationCodes,
} from './problem-violations.js';
export {
  findRecurringIncidents,
  type IncidentSummary,
  type RecurrenceField,
  type RecurrenceKey,
  type RecurrenceRule,
  type RecurrenceWindow,
  type RecurringIncidents,
  recordProblemFor,
  recurrenceFields,
} from './recurring-incidents.js';
export { maxSearchedLength } from './search-text.js';
