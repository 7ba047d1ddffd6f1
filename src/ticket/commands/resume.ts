import type { LocalizedText } from '../../core/localized-text.js';
import type { Infer } from '../../core/schema.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import { commandSchema } from '../ticket-command-parts.js';
import { emit, handlerOf, isHandler } from '../ticket-guards.js';

import { refusalsOf } from '../ticket-shared-violations.js';

const schema = commandSchema('resume', {});

/**
 * Ends a wait.
 */
export type ResumeTicket = Infer<typeof schema>;

const messages = {
  'not-paused': {
    fr: "L'appel n'est pas en attente.",
    en: 'The call is not waiting.',
  },
} as const satisfies { readonly [code: string]: LocalizedText };

const refuse = refusalsOf(messages);

/** The `resume` command: its schema, its own refusals, its decision (seed §1.2). */
export const resumeCommand = defineTicketCommand({
  type: 'resume',
  schema,
  seed: '§1.2',
  violations: messages,
  decide: (c, state) => {
    if (state.waiting === undefined) return refuse('not-paused');
    if (!isHandler(state, c.actor) && state.opening.by.id !== c.actor.id) {
      // Stryker disable next-line OptionalChaining: only a paused call gets here, and only a call in progress is paused: it has a handler
      return refuse('not-the-handler', { handler: handlerOf(state)?.id });
    }
    return emit({ type: 'ticket-resumed', at: c.at, by: c.actor });
  },
});
