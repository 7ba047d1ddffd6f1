import type { LocalizedText } from '../../core/localized-text.js';
import type { Infer } from '../../core/schema.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import {
  commandSchema,
  interventionIdSchema,
  solutionSpecSchema,
} from '../ticket-command-parts.js';
import type { TicketEvent } from '../ticket-events.js';
import { emit, findIntervention, isHandler } from '../ticket-guards.js';

import { refusalsOf } from '../ticket-shared-violations.js';

const schema = commandSchema('apply-solution', {
  interventionId: interventionIdSchema,
  solution: solutionSpecSchema,
});

/**
 * Applies a solution found in an intervention (seed §5.1).
 *
 * @see seed §5.1
 * @example
 * ```ts
 * const a: ApplySolution = { type: 'apply-solution', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, interventionId: interventionId('I-1'), solution: { kind: 'fix', nature: 'definitive', description: 'Driver reinstalled' } };
 * a.solution.kind;
 * //=> 'fix'
 * ```
 */
export type ApplySolution = Infer<typeof schema>;

const messages = {
  'not-involved': {
    fr: "Seul l'auteur de l'intervention ou l'intervenant qui a l'appel en charge applique une solution.",
    en: 'Only the technician who did the intervention or who handles the call applies a solution.',
  },
  'swap-arrangement-unknown': {
    fr: 'Le contrat ne dit pas si un échange de matériel est un prêt ou un remplacement : précisez-le.',
    en: 'The contract does not say whether an equipment swap is a loan or a replacement: state it.',
  },
} as const satisfies { readonly [code: string]: LocalizedText };

const refuse = refusalsOf(messages);

/** The `apply-solution` command: its schema, its own refusals, its decision (seed §5.1). */
export const applySolutionCommand = defineTicketCommand({
  type: 'apply-solution',
  schema,
  seed: '§5.1',
  violations: messages,
  decide: (c, state) => {
    if (state.status !== 'in-progress') return refuse('not-in-progress', { status: state.status });
    const intervention = findIntervention(state, c.interventionId);
    if (intervention === undefined) {
      return refuse('unknown-intervention', { interventionId: c.interventionId });
    }
    const handler = isHandler(state, c.actor);
    if (!handler && intervention.performer.id !== c.actor.id) {
      return refuse('not-involved', { interventionId: c.interventionId });
    }
    if (handler && state.awaitingAcknowledgement) return refuse('acknowledgement-pending');
    const s = c.solution;
    let applied: TicketEvent;
    if (s.kind === 'fix') {
      applied = {
        type: 'solution-applied',
        at: c.at,
        by: c.actor,
        interventionId: c.interventionId,
        nature: s.nature,
        description: s.description,
      };
    } else {
      const swap = s.arrangement ?? state.opening.contract.equipmentSwap;
      if (swap === undefined) return refuse('swap-arrangement-unknown');
      applied = {
        type: 'solution-applied',
        at: c.at,
        by: c.actor,
        interventionId: c.interventionId,
        nature: swap === 'replacement' ? 'definitive' : 'temporary',
        description: s.description,
        swap,
      };
    }
    // A solution ends any wait: the user or the third party has answered.
    return state.waiting === undefined
      ? emit(applied)
      : emit({ type: 'ticket-resumed', at: c.at, by: c.actor }, applied);
  },
});
