import type { LocalizedText } from '../../core/localized-text.js';
import { type Infer, schemaKit as k } from '../../core/schema.js';
import { addWorkingTime } from '../../sla/business-calendar.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import { commandSchema } from '../ticket-command-parts.js';
import { emit } from '../ticket-guards.js';

import { refusalsOf } from '../ticket-shared-violations.js';

const schema = commandSchema('reopen', { reason: k.text() });

/**
 * Reopens a resolved or closed call within the policy's reopening window.
 */
export type ReopenTicket = Infer<typeof schema>;

const messages = {
  'not-resolved': {
    fr: 'Seul un appel résolu ou clôturé peut être rouvert.',
    en: 'Only a resolved or closed call can be reopened.',
  },
  'reopen-window-elapsed': {
    fr: 'Le délai de réouverture est dépassé : ouvrez un nouvel appel.',
    en: 'The reopening window has elapsed: open a new call.',
  },
} as const satisfies { readonly [code: string]: LocalizedText };

const refuse = refusalsOf(messages);

/** The `reopen` command: its schema, its own refusals, its decision (seed §5.1). */
export const reopenCommand = defineTicketCommand({
  type: 'reopen',
  schema,
  seed: '§5.1',
  violations: messages,
  decide: (c, state, policy) => {
    if ((state.status !== 'resolved' && state.status !== 'closed') || !state.resolvedAt) {
      return refuse('not-resolved', { status: state.status });
    }
    if (c.actor.level !== 1) return refuse('not-level-1', { level: c.actor.level });
    const deadline = addWorkingTime(policy.calendar, state.resolvedAt, policy.reopenWindow);
    if (c.at.getTime() > deadline.getTime()) {
      return refuse('reopen-window-elapsed', { resolvedAt: state.resolvedAt, deadline });
    }
    return emit({ type: 'ticket-reopened', at: c.at, by: c.actor, reason: c.reason });
  },
});
