import type { LocalizedText } from '../../core/localized-text.js';
import type { Infer } from '../../core/schema.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import { commandSchema } from '../ticket-command-parts.js';
import { emit, handlerOf, isHandler } from '../ticket-guards.js';

import { refusalsOf } from '../ticket-shared-violations.js';

const schema = commandSchema('acknowledge', {});

/**
 * The new handler tells the call's opener it has taken the call (seed §6.1).
 *
 * @see seed §6.1
 * @example
 * ```ts
 * const ack: AcknowledgeHandling = { type: 'acknowledge', at: new Date(0), actor: { id: technicianId('bob'), level: 2 } };
 * ack.type;
 * //=> 'acknowledge'
 * ```
 */
export type AcknowledgeHandling = Infer<typeof schema>;

const messages = {
  'nothing-to-acknowledge': {
    fr: 'Aucune prise en charge en attente de confirmation.',
    en: 'No hand-over is waiting to be acknowledged.',
  },
} as const satisfies { readonly [code: string]: LocalizedText };

const refuse = refusalsOf(messages);

/** The `acknowledge` command: its schema, its own refusals, its decision (seed §6.1). */
export const acknowledgeCommand = defineTicketCommand({
  type: 'acknowledge',
  schema,
  seed: '§6.1',
  violations: messages,
  decide: (c, state) => {
    if (!state.awaitingAcknowledgement) return refuse('nothing-to-acknowledge');
    if (!isHandler(state, c.actor)) {
      // Stryker disable next-line OptionalChaining: a call awaiting acknowledgement was taken in charge and has a handler
      return refuse('not-the-handler', { handler: handlerOf(state)?.id });
    }
    return emit({ type: 'handling-acknowledged', at: c.at, by: c.actor });
  },
});
