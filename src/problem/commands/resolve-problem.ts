import { err, ok } from '../../core/result.js';
import type { RuleViolation } from '../../core/rule-violation.js';
import { type Infer, schemaKit as k } from '../../core/schema.js';
import { defineProblemCommand } from '../problem-command-definition.js';
import { problemCommandSchema, requireText } from '../problem-command-parts.js';
import type { ChangeRef } from '../problem-ids.js';
import type { ProblemMessage } from '../problem-shared-violations.js';

const schema = problemCommandSchema('resolve-problem', { change: k.text<ChangeRef>() });

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
export type ResolveProblem = Infer<typeof schema>;

const messages = {
  'problem-not-known-error': () => ({
    fr: "Un problème n'est résolu qu'une fois devenu erreur connue (cause et contournement identifiés).",
    en: 'A problem is resolved only once it is a known error (cause and workaround identified).',
  }),
} as const satisfies { readonly [code: string]: ProblemMessage };

/**
 * The `resolve-problem` command: its schema, its own refusal, its decision (seed §4.4.2,
 * point 3).
 */
export const resolveProblemCommand = defineProblemCommand({
  type: 'resolve-problem',
  schema,
  seed: '§4.4.2',
  step: 'resolve',
  allowedIn: ['known-error'],
  outOfStage: 'problem-not-known-error',
  violations: messages,
  decide: (command) => {
    const out: RuleViolation[] = [];
    requireText(command.change, 'change', out);
    if (out.length > 0) return err(out);
    const c = command as ResolveProblem;
    return ok({
      type: 'problem-resolved',
      problemId: c.problemId,
      at: c.at,
      by: c.actor,
      change: c.change,
    });
  },
});
