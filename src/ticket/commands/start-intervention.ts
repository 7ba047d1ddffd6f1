import { type Infer, schemaKit as k } from '../../core/schema.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import { commandSchema, interventionIdSchema } from '../ticket-command-parts.js';
import { emit, findIntervention, handlerGuard } from '../ticket-guards.js';
import { refuseShared } from '../ticket-shared-violations.js';

const schema = commandSchema('start-intervention', {
  interventionId: interventionIdSchema,
  /** « La nature de l'intervention à réaliser ». */
  nature: k.text(),
});

/**
 * The handler starts an intervention of their own (remote: on the phone or by remote
 * control), numbered (seed §6.5.1).
 *
 * @see seed §6.1, §6.5.1
 * @example
 * ```ts
 * const s: StartIntervention = { type: 'start-intervention', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, interventionId: interventionId('I-1'), nature: 'Guide the user' };
 * s.nature;
 * //=> 'Guide the user'
 * ```
 */
export type StartIntervention = Infer<typeof schema>;

/** The `start-intervention` command: its schema, its own refusals, its decision (seed §6.1, §6.5.1). */
export const startInterventionCommand = defineTicketCommand({
  type: 'start-intervention',
  schema,
  seed: '§6.1, §6.5.1',
  violations: {},
  decide: (c, state) => {
    const guard = handlerGuard(state, c.actor);
    if (guard !== undefined) return guard;
    if (findIntervention(state, c.interventionId) !== undefined) {
      return refuseShared('intervention-id-taken', { interventionId: c.interventionId });
    }
    return emit({
      type: 'intervention-started',
      at: c.at,
      by: c.actor,
      interventionId: c.interventionId,
      performer: c.actor,
      mode: 'remote',
      nature: c.nature,
    });
  },
});
