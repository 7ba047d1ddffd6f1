import { err, ok } from '../../core/result.js';
import type { RuleViolation } from '../../core/rule-violation.js';
import { type Infer, schemaKit as k } from '../../core/schema.js';
import { defineProblemCommand } from '../problem-command-definition.js';
import {
  optional,
  optionalText,
  problemCommandSchema,
  requireText,
} from '../problem-command-parts.js';
import { sharedViolation } from '../problem-shared-violations.js';
import { solutionKinds } from '../problem-status.js';

const schema = problemCommandSchema('record-solution', {
  kind: k.literals(solutionKinds),
  description: k.text(),
  internalNote: k.optional(k.text()),
});

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
export type RecordSolution = Infer<typeof schema>;

/** The `record-solution` command: its schema, its decision (seed §4.4.2); no code of its own. */
export const recordSolutionCommand = defineProblemCommand({
  type: 'record-solution',
  schema,
  seed: '§4.4.2',
  step: 'investigate',
  allowedIn: ['open', 'known-error'],
  violations: {},
  decide: (command) => {
    const out: RuleViolation[] = [];
    if (!(solutionKinds as readonly unknown[]).includes(command.kind)) {
      out.push(
        sharedViolation('problem-field-invalid', {
          field: 'kind',
          value: command.kind,
          allowed: solutionKinds.join(', '),
        }),
      );
    }
    requireText(command.description, 'description', out);
    optionalText(command.internalNote, 'internalNote', out);
    if (out.length > 0) return err(out);
    const c = command as RecordSolution;
    return ok({
      type: 'solution-recorded',
      problemId: c.problemId,
      at: c.at,
      by: c.actor,
      kind: c.kind,
      description: c.description,
      ...optional('internalNote', c.internalNote),
    });
  },
});
