import type { LocalizedText } from '../../core/localized-text.js';
import { type Infer, schemaKit as k } from '../../core/schema.js';
import { classifyHandoff } from '../../handling/handoff.js';
import { canHandOff } from '../../handling/support-level.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import {
  actorSchema,
  commandSchema,
  handoffNoteSchema,
  handoffSituationSchema,
  labelSchema,
} from '../ticket-command-parts.js';
import { emit, handlerGuard } from '../ticket-guards.js';

import { refusalsOf } from '../ticket-shared-violations.js';

const schema = commandSchema('hand-off', {
  to: actorSchema,
  situation: handoffSituationSchema,
  /**
   * The trace the technician leaves for the specialist (seed §4.3.1): required unless the
   * policy's `requireHandoffNote` is `false`; never blank.
   */
  note: k.optional(handoffNoteSchema),
  /**
   * The assignment group the call goes to (level 2 or 3, or a specialised group, seed §4.4);
   * a hand-off naming none leaves the call with no known group.
   */
  group: k.optional(labelSchema),
});

/**
 * Hands the call to the next level (seed §4.3.3), classified as a transfer or an escalation
 * from its situation, with the trace the technician leaves for the specialist
 * (§4.3.1, see {@link HandoffNote}).
 *
 * @see seed §4.3.1, §4.3.3
 * @example
 * ```ts
 * const h: HandOff = { type: 'hand-off', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, to: { id: technicianId('bob'), level: 2 }, situation: { cause: 'beyond-competence' } };
 * h.situation.cause;
 * //=> 'beyond-competence'
 * ```
 */
export type HandOff = Infer<typeof schema>;

const messages = {
  'handoff-to-self': {
    fr: "On ne s'affecte pas un appel à soi-même.",
    en: 'A call cannot be handed off to its current handler.',
  },
  'handoff-not-allowed': {
    fr: "Un appel monte d'un niveau à la fois (du niveau 1 au niveau 2, du niveau 2 au niveau 3), ou droit au niveau 3 là où le niveau 2 n'existe pas.",
    en: 'A call climbs one level at a time (level 1 to 2, level 2 to 3), or straight to level 3 where there is no level 2.',
  },
  'handoff-note-required': {
    fr: "Avant d'affecter l'appel à un spécialiste, laissez toujours une trace de votre diagnostic et de ce que vous avez fait.",
    en: 'Before handing the call to a specialist, always leave a note of your diagnosis and of what you did.',
  },
} as const satisfies { readonly [code: string]: LocalizedText };

const refuse = refusalsOf(messages);

/** The `hand-off` command: its schema, its own refusals, its decision (seed §4.3.1, §4.3.3). */
export const handOffCommand = defineTicketCommand({
  type: 'hand-off',
  schema,
  seed: '§4.3.1, §4.3.3',
  violations: messages,
  decide: (c, state, policy) => {
    const guard = handlerGuard(state, c.actor);
    if (guard !== undefined) return guard;
    if (c.to.id === c.actor.id) return refuse('handoff-to-self');
    if (!canHandOff(c.actor.level, c.to.level, policy.supportLevels)) {
      return refuse('handoff-not-allowed', { from: c.actor.level, to: c.to.level });
    }
    // §4.3.1: « toujours laisser une trace de son diagnostic et de ce qu'il a fait ».
    const note = c.note;
    if (note === undefined) {
      if (policy.requireHandoffNote) {
        return refuse('handoff-note-required', { missing: ['diagnosis', 'done'] });
      }
    } else {
      const missing = (['diagnosis', 'done'] as const).filter(
        (key) => note[key].trim().length === 0,
      );
      if (missing.length > 0) return refuse('handoff-note-required', { missing });
    }
    const { kind, rationale } = classifyHandoff(c.situation, policy.handoff);
    const base = {
      type: 'ticket-handed-off' as const,
      at: c.at,
      by: c.actor,
      to: c.to,
      kind,
      rationale: rationale.code,
    };
    const event = c.group === undefined ? base : { ...base, group: c.group };
    return emit(
      note === undefined
        ? event
        : { ...event, note: { diagnosis: note.diagnosis, done: note.done } },
    );
  },
});
