import { err, ok } from '../../core/result.js';
import type { RuleViolation } from '../../core/rule-violation.js';
import type { Infer } from '../../core/schema.js';
import { defineProblemCommand } from '../problem-command-definition.js';
import { checkIncidents, incidentList, problemCommandSchema } from '../problem-command-parts.js';

const schema = problemCommandSchema('link-incidents', { incidents: incidentList });

/**
 * Links more incidents to a problem that is still open or a known error.
 */
export type LinkIncidents = Infer<typeof schema>;

/**
 * The `link-incidents` command: its schema, its decision (seed §4.4.2: « la cause sous-jacente
 * inconnue d'un ou plusieurs incidents »); no code of its own.
 */
export const linkIncidentsCommand = defineProblemCommand({
  type: 'link-incidents',
  schema,
  seed: '§4.4.2',
  step: 'link',
  allowedIn: ['open', 'known-error'],
  violations: {},
  decide: (command, problem) => {
    const out: RuleViolation[] = [];
    // Stryker disable next-line ArrayDeclaration,OptionalChaining: decideProblem passes the recorded problem to every command that acts on one
    checkIncidents(command.incidents, problem?.incidents ?? [], out);
    if (out.length > 0) return err(out);
    const c = command as LinkIncidents;
    return ok({
      type: 'incidents-linked',
      problemId: c.problemId,
      at: c.at,
      by: c.actor,
      incidents: [...c.incidents],
    });
  },
});
