import type { SupportLevel } from '../handling/support-level.js';
import type { TechnicianId } from './ticket-ids.js';

/**
 * The person acting on a ticket: a technician and the support level they act at.
 *
 * @see seed §1.1
 * @example
 * ```ts
 * const alice: Actor = { id: technicianId('alice'), level: 1 };
 * alice.level;
 * //=> 1
 * ```
 */
export interface Actor {
  /** Who acts. */
  readonly id: TechnicianId;
  /** The level they act at: 1 the service desk, 2 the specialists, 3 the vendor or maker. */
  readonly level: SupportLevel;
}
