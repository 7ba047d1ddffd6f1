import { ok } from '../../core/result.js';
import type { Infer } from '../../core/schema.js';
import { defineProblemCommand } from '../problem-command-definition.js';
import { problemCommandSchema } from '../problem-command-parts.js';
import type { ProblemMessage } from '../problem-shared-violations.js';

const schema = problemCommandSchema('close-problem', {});

/**
 * Closes a resolved problem.
 *
 * @see seed §4.4.2
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
export type CloseProblem = Infer<typeof schema>;

const messages = {
  'problem-not-resolved': () => ({
    fr: "Un problème n'est clos qu'une fois résolu par un changement.",
    en: 'A problem is closed only once a change has resolved it.',
  }),
} as const satisfies { readonly [code: string]: ProblemMessage };

/** The `close-problem` command: its schema, its own refusal, its decision (seed §4.4.2). */
export const closeProblemCommand = defineProblemCommand({
  type: 'close-problem',
  schema,
  seed: '§4.4.2',
  step: 'close',
  allowedIn: ['resolved'],
  outOfStage: 'problem-not-resolved',
  violations: messages,
  decide: (command) =>
    ok({ type: 'problem-closed', problemId: command.problemId, at: command.at, by: command.actor }),
});
