import type { LocalizedText } from '../../core/localized-text.js';
import { type Infer, schemaKit as k } from '../../core/schema.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import { actorSchema, commandSchema, labelSchema } from '../ticket-command-parts.js';
import { emit } from '../ticket-guards.js';
import { refusalsOf } from '../ticket-shared-violations.js';

/** The assignment group the call is given to (seed §4.4), a label the desk chooses. */
const group = k.optional(labelSchema);

const schema = k.variants('mode', {
  direct: commandSchema('take-in-charge', { mode: k.literals(['direct']), group }),
  deferred: commandSchema('take-in-charge', {
    mode: k.literals(['deferred']),
    assignee: actorSchema,
    group,
  }),
});

/**
 * Takes the call in charge (seed §4.1, §4.2): directly by the qualifier, or deferred to
 * another technician (level 1 or 2), who will call the user back; `group` names the
 * assignment group that holds the call from then on (seed §4.4: « groupe bureautique, groupe
 * réseau… »), if the desk works in groups.
 *
 * @see seed §4.1, §4.2
 * @example
 * ```ts
 * const take: TakeInCharge = { type: 'take-in-charge', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, mode: 'direct' };
 * take.mode;
 * //=> 'direct'
 * ```
 */
export type TakeInCharge = Infer<typeof schema>;

const messages = {
  'not-qualified': {
    fr: "L'appel doit d'abord être qualifié (impact, urgence, priorité).",
    en: 'The call must be qualified first (impact, urgency, priority).',
  },
  'already-taken-in-charge': {
    fr: "L'appel est déjà pris en charge.",
    en: 'The call has already been taken in charge.',
  },
  'not-the-qualifier': {
    fr: "Seul le technicien qui a qualifié l'appel le prend en charge en direct ou l'affecte en différé.",
    en: 'Only the technician who qualified the call takes it directly or defers it to someone else.',
  },
  'deferred-to-self': {
    fr: "Un traitement différé affecte l'appel à un autre intervenant.",
    en: 'Deferred handling assigns the call to another technician.',
  },
  'deferred-level-invalid': {
    fr: 'Un traitement différé est de niveau 1 ou 2.',
    en: 'Deferred handling is at level 1 or 2.',
  },
} as const satisfies { readonly [code: string]: LocalizedText };

const refuse = refusalsOf(messages);

/** The `take-in-charge` command: its schema, its own refusals, its decision (seed §4.1, §4.2). */
export const takeInChargeCommand = defineTicketCommand({
  type: 'take-in-charge',
  schema,
  seed: '§4.1, §4.2',
  violations: messages,
  decide: (c, state) => {
    if (state.status === 'opened') return refuse('not-qualified');
    if (state.status !== 'qualified') return refuse('already-taken-in-charge');
    const qualifier = state.qualification.by;
    if (qualifier.id !== c.actor.id) {
      return refuse('not-the-qualifier', { qualifier: qualifier.id });
    }
    let handler = c.actor;
    if (c.mode === 'deferred') {
      if (c.assignee.id === c.actor.id) return refuse('deferred-to-self');
      if (c.assignee.level === 3) return refuse('deferred-level-invalid', { level: 3 });
      handler = c.assignee;
    }
    const event = {
      type: 'ticket-taken-in-charge' as const,
      at: c.at,
      by: c.actor,
      mode: c.mode,
      handler,
    };
    return emit(c.group === undefined ? event : { ...event, group: c.group });
  },
});
