import type { LocalizedText } from '../../core/localized-text.js';
import { type Infer, schemaKit as k } from '../../core/schema.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import { commandSchema } from '../ticket-command-parts.js';
import { emit } from '../ticket-guards.js';
import type { TicketId } from '../ticket-ids.js';
import { refusalsOf } from '../ticket-shared-violations.js';

const note = k.optional(k.text());

const schema = k.variants('reason', {
  'opened-in-error': commandSchema('cancel', { reason: k.literals(['opened-in-error']), note }),
  duplicate: commandSchema('cancel', {
    reason: k.literals(['duplicate']),
    duplicateOf: k.text<TicketId>(),
    note,
  }),
  'withdrawn-by-user': commandSchema('cancel', {
    reason: k.literals(['withdrawn-by-user']),
    note,
  }),
});

/**
 * Cancels a call that needs no solution: opened in error, a duplicate of another open ticket
 * (`duplicateOf` names it), or withdrawn by the user before any solution. The seed leaves
 * cancellation to the desk; in the spirit of §5.2 (« seul le technicien de niveau 1 qui a
 * ouvert le dossier d'appel peut le clôturer »), only the level-1 technician who opened the
 * call may cancel it, and only before any solution was applied (a solved call is closed, not
 * cancelled). A cancelled ticket is terminal: every later command is refused with
 * `ticket-cancelled`.
 *
 * @see seed §5.2 (by analogy: the seed has no cancellation)
 * @example
 * ```ts
 * const c: CancelTicket = {
 *   type: 'cancel', at: new Date(0), actor: { id: technicianId('alice'), level: 1 },
 *   reason: 'duplicate', duplicateOf: ticketId('T-41'),
 * };
 * c.reason;
 * //=> 'duplicate'
 * ```
 */
export type CancelTicket = Infer<typeof schema>;

const messages = {
  'solution-already-applied': {
    fr: "Une solution a déjà été apportée à cet appel : il se clôture, il ne s'annule pas.",
    en: 'A solution has already been applied to this call: it is closed, not cancelled.',
  },
  'duplicate-of-itself': {
    fr: "Un dossier d'appel ne peut pas être le doublon de lui-même.",
    en: 'A ticket cannot be a duplicate of itself.',
  },
} as const satisfies { readonly [code: string]: LocalizedText };

const refuse = refusalsOf(messages);

/** The `cancel` command: its schema, its own refusals, its decision (the seed is silent). */
export const cancelCommand = defineTicketCommand({
  type: 'cancel',
  schema,
  seed: '',
  violations: messages,
  decide: (c, state) => {
    if (c.actor.level !== 1) return refuse('not-level-1', { level: c.actor.level });
    const opener = state.opening.by.id;
    if (opener !== c.actor.id) return refuse('not-the-opener', { opener });
    if (state.solutions.length > 0) {
      const last = state.solutions[state.solutions.length - 1];
      // Stryker disable next-line OptionalChaining: inside solutions.length > 0, the last solution exists
      return refuse('solution-already-applied', { lastSolution: last?.nature });
    }
    if (c.reason === 'duplicate' && c.duplicateOf === state.ticketId) {
      return refuse('duplicate-of-itself', { ticketId: state.ticketId });
    }
    const event = { type: 'ticket-cancelled' as const, at: c.at, by: c.actor, reason: c.reason };
    const withDuplicate =
      c.reason === 'duplicate' ? { ...event, duplicateOf: c.duplicateOf } : event;
    return emit(c.note === undefined ? withDuplicate : { ...withDuplicate, note: c.note });
  },
});
