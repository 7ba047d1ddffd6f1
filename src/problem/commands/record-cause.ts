import { err, ok } from '../../core/result.js';
import type { RuleViolation } from '../../core/rule-violation.js';
import { type Infer, schemaKit as k } from '../../core/schema.js';
import { defineProblemCommand } from '../problem-command-definition.js';
import { problemCommandSchema, requireText } from '../problem-command-parts.js';

const schema = problemCommandSchema('record-cause', { cause: k.text() });

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
export type RecordCause = Infer<typeof schema>;

/** The `record-cause` command: its schema, its decision (seed §4.4.2); no code of its own. */
export const recordCauseCommand = defineProblemCommand({
  type: 'record-cause',
  schema,
  seed: '§4.4.2',
  step: 'investigate',
  allowedIn: ['open', 'known-error'],
  violations: {},
  decide: (command) => {
    const out: RuleViolation[] = [];
    requireText(command.cause, 'cause', out);
    if (out.length > 0) return err(out);
    const c = command as RecordCause;
    return ok({
      type: 'cause-recorded',
      problemId: c.problemId,
      at: c.at,
      by: c.actor,
      cause: c.cause,
    });
  },
});
