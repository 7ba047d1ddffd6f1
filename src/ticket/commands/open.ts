import { type Infer, schemaKit as k } from '../../core/schema.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import {
  callerSchema,
  commandSchema,
  contractSchema,
  environmentSchema,
  equipmentSchema,
} from '../ticket-command-parts.js';
import { emit } from '../ticket-guards.js';
import type { TicketId } from '../ticket-ids.js';
import { refuseShared } from '../ticket-shared-violations.js';
import type { NewTicket } from '../ticket-state.js';

const schema = commandSchema('open', {
  ticketId: k.text<TicketId>(),
  caller: callerSchema,
  contract: contractSchema,
  equipment: equipmentSchema,
  environment: environmentSchema,
  description: k.text(),
});

/**
 * Opens a ticket (seed §1.2, §2.2): the caller, contract, equipment, environment and what
 * the caller describes.
 *
 * @see seed §1.2, §2.2
 * @example
 * ```ts
 * const open: OpenTicket = {
 *   type: 'open', at: new Date('2026-03-02T09:00:00Z'), actor: { id: technicianId('alice'), level: 1 },
 *   ticketId: ticketId('T-1'), caller: { name: 'M. Durand', contact: 'poste 12' }, contract: { id: 'C-1' },
 *   equipment: { kind: 'pc', make: 'Dell', model: 'Latitude 7440' },
 *   environment: { network: 'Wi-Fi', operatingSystem: 'Windows 11', software: ['Word'] },
 *   description: 'Cannot build a table of contents',
 * };
 * open.type;
 * //=> 'open'
 * ```
 */
export type OpenTicket = Infer<typeof schema>;

/** The `open` command: its schema, its own refusals, its decision (seed §1.2, §2.2). */
export const openTicketCommand = defineTicketCommand({
  type: 'open',
  schema,
  seed: '§1.2, §2.2',
  violations: {},
  decide: (c, _state: NewTicket, policy) =>
    c.actor.level !== 1
      ? refuseShared('not-level-1', { level: c.actor.level })
      : emit({
          type: 'ticket-opened',
          at: c.at,
          by: c.actor,
          ticketId: c.ticketId,
          caller: c.caller,
          contract: c.contract,
          equipment: c.equipment,
          environment: c.environment,
          description: c.description,
          policyVersion: policy.version,
        }),
});
