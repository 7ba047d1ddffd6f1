import type { LocalizedText } from '../../core/localized-text.js';
import { type Infer, schemaKit as k } from '../../core/schema.js';
import { impacts, priorities, urgencies } from '../../qualification/levels.js';
import { priorityOf } from '../../qualification/priority-of.js';
import { slaTargetsFor } from '../../sla/sla-table.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import { commandSchema, labelSchema } from '../ticket-command-parts.js';
import { emit } from '../ticket-guards.js';

import { refusalsOf } from '../ticket-shared-violations.js';

const schema = commandSchema('qualify', {
  impact: k.literals(impacts),
  urgency: k.literals(urgencies),
  priority: k.optional(k.literals(priorities)),
  reason: k.optional(k.string()),
  /**
   * The incident's category (ITIL categorises at qualification: « réseau », « bureautique »…),
   * a label the desk chooses; a requalification may change it, and one without it keeps the
   * category in force.
   */
  category: k.optional(labelSchema),
});

/**
 * Qualifies the call (seed §2.5): impact and urgency give the priority through the matrix of
 * the pinned policy; a different `priority` is an override that needs a `reason`; a
 * `category` files the incident (a requalification may change it).
 *
 * @see seed §2.5
 * @example
 * ```ts
 * const q: QualifyTicket = { type: 'qualify', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, impact: 'user', urgency: 'blocked' };
 * q.impact;
 * //=> 'user'
 * ```
 */
export type QualifyTicket = Infer<typeof schema>;

const messages = {
  'override-reason-required': {
    fr: 'Une priorité différente de celle de la grille exige une justification.',
    en: 'A priority that differs from the matrix needs a reason.',
  },
} as const satisfies { readonly [code: string]: LocalizedText };

const refuse = refusalsOf(messages);

/** The `qualify` command: its schema, its own refusals, its decision (seed §2.5). */
export const qualifyTicketCommand = defineTicketCommand({
  type: 'qualify',
  schema,
  seed: '§2.5',
  violations: messages,
  decide: (c, state, policy) => {
    if (c.actor.level !== 1) return refuse('not-level-1', { level: c.actor.level });
    if (state.status === 'resolved') return refuse('not-in-progress', { status: state.status });
    const matrixPriority = priorityOf(c.impact, c.urgency, policy.matrix);
    const priority = c.priority ?? matrixPriority;
    if (!policy.matrix.priorities.includes(priority) || !policy.slaTable.targets.has(priority)) {
      return refuse('unknown-priority', { priority });
    }
    const overridden = priority !== matrixPriority;
    const reason = c.reason?.trim() ?? '';
    if (overridden && reason.length === 0) {
      return refuse('override-reason-required', { matrixPriority, priority });
    }
    const base = {
      type: 'ticket-qualified' as const,
      at: c.at,
      by: c.actor,
      impact: c.impact,
      urgency: c.urgency,
      matrixPriority,
      priority,
      targets: slaTargetsFor(priority, policy.slaTable),
    };
    const filed = c.category === undefined ? base : { ...base, category: c.category };
    return emit(overridden ? { ...filed, override: { reason } } : filed);
  },
});
