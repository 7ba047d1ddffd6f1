import type { LocalizedText } from '../../core/localized-text.js';
import { type Infer, schemaKit as k } from '../../core/schema.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import { commandSchema, pauseReasons } from '../ticket-command-parts.js';
import { emit, isHandler } from '../ticket-guards.js';

import { refusalsOf } from '../ticket-shared-violations.js';

const schema = commandSchema('pause', { reason: k.literals(pauseReasons) });

/**
 * Puts the call on hold, waiting for the user or a third party.
 */
export type PauseTicket = Infer<typeof schema>;

const messages = {
  'already-paused': {
    fr: "L'appel est déjà en attente.",
    en: 'The call is already waiting.',
  },
} as const satisfies { readonly [code: string]: LocalizedText };

const refuse = refusalsOf(messages);

/** The `pause` command: its schema, its own refusals, its decision (seed §1.2). */
export const pauseCommand = defineTicketCommand({
  type: 'pause',
  schema,
  seed: '§1.2',
  violations: messages,
  decide: (c, state) => {
    if (state.status !== 'in-progress') {
      return refuse('not-in-progress', { status: state.status });
    }
    if (!isHandler(state, c.actor) && state.opening.by.id !== c.actor.id) {
      return refuse('not-the-handler', { handler: state.handler.id });
    }
    if (state.waiting !== undefined) return refuse('already-paused');
    return emit({ type: 'ticket-paused', at: c.at, by: c.actor, reason: c.reason });
  },
});
