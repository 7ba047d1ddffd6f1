import type { ProblemId } from '../../core/ids.js';
import type { LocalizedText } from '../../core/localized-text.js';
import { type Infer, schemaKit as k } from '../../core/schema.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import { commandSchema } from '../ticket-command-parts.js';
import { emit } from '../ticket-guards.js';

import { refusalsOf } from '../ticket-shared-violations.js';

const schema = commandSchema('link-problem', { problemId: k.text<ProblemId>() });

/**
 * Links the call to a problem (seed §4.4).
 *
 * @see seed §4.4.1
 * @example
 * ```ts
 * const l: LinkProblem = { type: 'link-problem', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, problemId: problemId('PB-1') };
 * l.problemId;
 * //=> 'PB-1'
 * ```
 */
export type LinkProblem = Infer<typeof schema>;

const messages = {
  'problem-already-linked': {
    fr: 'Ce problème est déjà lié au dossier.',
    en: 'This problem is already linked to the ticket.',
  },
} as const satisfies { readonly [code: string]: LocalizedText };

const refuse = refusalsOf(messages);

/** The `link-problem` command: its schema, its own refusals, its decision (seed §4.4.1). */
export const linkProblemCommand = defineTicketCommand({
  type: 'link-problem',
  schema,
  seed: '§4.4.1',
  violations: messages,
  decide: (c, state) =>
    state.problems.includes(c.problemId)
      ? refuse('problem-already-linked', { problemId: c.problemId })
      : emit({ type: 'problem-linked', at: c.at, by: c.actor, problemId: c.problemId }),
});
