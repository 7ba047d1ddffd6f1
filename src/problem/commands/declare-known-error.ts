import { err, ok } from '../../core/result.js';
import type { RuleViolation } from '../../core/rule-violation.js';
import type { Infer } from '../../core/schema.js';
import { defineProblemCommand } from '../problem-command-definition.js';
import { problemCommandSchema } from '../problem-command-parts.js';
import { type ProblemMessage, violationsOf } from '../problem-shared-violations.js';

const schema = problemCommandSchema('declare-known-error', {});

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
export type DeclareKnownError = Infer<typeof schema>;

const messages = {
  'problem-already-known-error': () => ({
    fr: 'Ce problème est déjà une erreur connue.',
    en: 'This problem is already a known error.',
  }),
  'problem-cause-unknown': () => ({
    fr: "Un problème ne devient une erreur connue qu'une fois sa cause enregistrée.",
    en: 'A problem becomes a known error only once its cause is recorded.',
  }),
  'problem-no-workaround': () => ({
    fr: "Un problème ne devient une erreur connue qu'une fois une solution de contournement provisoire ou permanente identifiée.",
    en: 'A problem becomes a known error only once a temporary workaround or a permanent fix is identified.',
  }),
} as const satisfies { readonly [code: string]: ProblemMessage };

const violation = violationsOf(messages);

/**
 * The `declare-known-error` command: its schema, its own refusals, its decision (seed
 * §4.4.2: a known error has its cause and a workaround or fix).
 */
export const declareKnownErrorCommand = defineProblemCommand({
  type: 'declare-known-error',
  schema,
  seed: '§4.4.2',
  step: 'investigate',
  allowedIn: ['open'],
  outOfStage: 'problem-already-known-error',
  violations: messages,
  decide: (command, problem) => {
    const out: RuleViolation[] = [];
    // Stryker disable next-line OptionalChaining: decideProblem passes the recorded problem to every command that acts on one
    if (problem?.cause === undefined) out.push(violation('problem-cause-unknown'));
    // Stryker disable next-line OptionalChaining: same as the line above
    if ((problem?.solutions.length ?? 0) === 0) out.push(violation('problem-no-workaround'));
    if (out.length > 0) return err(out);
    return ok({
      type: 'known-error-declared',
      problemId: command.problemId,
      at: command.at,
      by: command.actor,
    });
  },
});
