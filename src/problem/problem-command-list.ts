import { type Infer, type Schema, schemaKit } from '../core/schema.js';
import { closeProblemCommand } from './commands/close-problem.js';
import { declareKnownErrorCommand } from './commands/declare-known-error.js';
import { linkIncidentsCommand } from './commands/link-incidents.js';
import { recordCauseCommand } from './commands/record-cause.js';
import { recordProblemCommand } from './commands/record-problem.js';
import { recordSolutionCommand } from './commands/record-solution.js';
import { resolveProblemCommand } from './commands/resolve-problem.js';

/*
 * THE list of problem commands: adding a command is one file in `commands/` and one line
 * here. The command union, `problemCommandTypes`, the decider's table, the parser and the
 * list of violation codes are derived from it.
 */
const list = [
  recordProblemCommand,
  linkIncidentsCommand,
  recordCauseCommand,
  recordSolutionCommand,
  declareKnownErrorCommand,
  resolveProblemCommand,
  closeProblemCommand,
] as const;

type Definition = (typeof list)[number];

/**
 * Any command of the problem decider: the union of the types of the command files' schemas
 * (`commands/<command>.ts`).
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
export type ProblemCommand = Infer<Definition['schema']>;

/** One of {@link problemCommandTypes}. */
export type ProblemCommandType = ProblemCommand['type'];

/**
 * The names of the commands the problem decider accepts, in the order of a problem's life.
 *
 * @example
 * ```ts
 * problemCommandTypes.length;
 * //=> 7
 * ```
 */
export const problemCommandTypes: readonly ProblemCommandType[] = Object.freeze(
  list.map((definition) => definition.type),
);

/** A problem command definition, whatever its command. */
export type AnyProblemCommandDefinition = Definition;

/** The definitions of every problem command, in list order. */
export const problemCommandDefinitions: readonly AnyProblemCommandDefinition[] = list;

/** The schema of any problem command, chosen by its `type`. */
export const problemCommandSchema: Schema<ProblemCommand> = schemaKit.variants(
  'type',
  Object.fromEntries(list.map((definition) => [definition.type, definition.schema])),
) as Schema<ProblemCommand>;
