import { err, ok } from '../../core/result.js';
import type { RuleViolation } from '../../core/rule-violation.js';
import { type Infer, schemaKit as k } from '../../core/schema.js';
import { defineProblemCommand } from '../problem-command-definition.js';
import {
  checkIncidents,
  checkKeywords,
  incidentList,
  optional,
  optionalText,
  problemCommandSchema,
  requireText,
} from '../problem-command-parts.js';
import type { ProblemMessage } from '../problem-shared-violations.js';

const text = k.text();

const schema = problemCommandSchema('record-problem', {
  title: text,
  incidents: incidentList,
  symptom: k.optional(text),
  equipment: k.optional(text),
  category: k.optional(text),
  keywords: k.optional(k.array(text)),
  description: k.optional(text),
});

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
export type RecordProblem = Infer<typeof schema>;

const messages = {
  'problem-already-recorded': () => ({
    fr: 'Ce problème est déjà enregistré.',
    en: 'This problem is already recorded.',
  }),
} as const satisfies { readonly [code: string]: ProblemMessage };

/**
 * The `record-problem` command: its schema, its own refusal, its decision (seed §4.4.1,
 * §4.4.2: a problem is the unknown cause of at least one incident).
 */
export const recordProblemCommand = defineProblemCommand({
  type: 'record-problem',
  schema,
  seed: '§4.4.1, §4.4.2',
  step: 'record',
  allowedIn: 'unrecorded',
  outOfStage: 'problem-already-recorded',
  violations: messages,
  decide: (command) => {
    const out: RuleViolation[] = [];
    requireText(command.title, 'title', out);
    checkIncidents(command.incidents, [], out);
    optionalText(command.symptom, 'symptom', out);
    optionalText(command.equipment, 'equipment', out);
    optionalText(command.category, 'category', out);
    optionalText(command.description, 'description', out);
    checkKeywords(command.keywords, out);
    if (out.length > 0) return err(out);
    const c = command as RecordProblem;
    return ok({
      type: 'problem-recorded',
      problemId: c.problemId,
      at: c.at,
      by: c.actor,
      title: c.title,
      incidents: [...c.incidents],
      ...optional('symptom', c.symptom),
      ...optional('equipment', c.equipment),
      ...optional('category', c.category),
      keywords: [...(c.keywords ?? [])],
      ...optional('description', c.description),
    });
  },
});
