/*
 * The problem commands' types, each defined in its own file (`commands/<command>.ts`) and
 * their union in `problem-command-list.ts`; gathered here for the modules that name them.
 */
export type { CloseProblem } from './commands/close-problem.js';
export type { DeclareKnownError } from './commands/declare-known-error.js';
export type { LinkIncidents } from './commands/link-incidents.js';
export type { RecordCause } from './commands/record-cause.js';
export type { RecordProblem } from './commands/record-problem.js';
export type { RecordSolution } from './commands/record-solution.js';
export type { ResolveProblem } from './commands/resolve-problem.js';
export {
  type ProblemCommand,
  type ProblemCommandType,
  problemCommandTypes,
} from './problem-command-list.js';
export type { ProblemCommandBase } from './problem-command-parts.js';
