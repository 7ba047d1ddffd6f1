import { type Infer, schemaKit as k } from '../../core/schema.js';
import { slaTargetsFor } from '../../sla/sla-table.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import { commandSchema } from '../ticket-command-parts.js';
import { emit } from '../ticket-guards.js';
import { refuseShared as refuse } from '../ticket-shared-violations.js';

const schema = commandSchema('rebaseline-policy', { reason: k.text() });

/**
 * Moves the ticket to another version of the policy, explicitly: the decider must then be
 * given that policy; the SLA targets are stamped again from its table.
 */
export type RebaselinePolicy = Infer<typeof schema>;

/** The `rebaseline-policy` command: its schema, its own refusals, its decision (seed ). */
export const rebaselinePolicyCommand = defineTicketCommand({
  type: 'rebaseline-policy',
  schema,
  seed: '',
  violations: {},
  decide: (c, state, policy) => {
    if (c.actor.level !== 1) return refuse('not-level-1', { level: c.actor.level });
    const fromVersion = state.policyVersion;
    const base = {
      type: 'policy-rebaselined' as const,
      at: c.at,
      by: c.actor,
      fromVersion,
      toVersion: policy.version,
      reason: c.reason,
    };
    const q = state.status === 'opened' ? undefined : state.qualification;
    if (q === undefined) return emit(base);
    if (!policy.slaTable.targets.has(q.priority)) {
      return refuse('unknown-priority', { priority: q.priority });
    }
    return emit({ ...base, targets: slaTargetsFor(q.priority, policy.slaTable) });
  },
});
