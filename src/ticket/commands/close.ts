import { err } from '../../core/result.js';
import type { Infer } from '../../core/schema.js';
import { closureCheck } from '../closure-check.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import { commandSchema } from '../ticket-command-parts.js';
import { emit } from '../ticket-guards.js';

const schema = commandSchema('close', {});

/**
 * Closes the call (seed §5): see {@link closureCheck} for the rules.
 *
 * @see seed §5
 * @example
 * ```ts
 * const c: CloseTicket = { type: 'close', at: new Date(0), actor: { id: technicianId('alice'), level: 1 } };
 * c.type;
 * //=> 'close'
 * ```
 */
export type CloseTicket = Infer<typeof schema>;

/** The `close` command: its schema, its own refusals, its decision (seed §5.1, §5.2, §6). */
export const closeCommand = defineTicketCommand({
  type: 'close',
  schema,
  seed: '§5.1, §5.2, §6',
  violations: {},
  decide: (c, state) => {
    const reasons = closureCheck(state, c.actor);
    return reasons.length > 0
      ? err(reasons)
      : emit({ type: 'ticket-closed', at: c.at, by: c.actor });
  },
});
