import { describeValue } from '../core/describe-value.js';

/** The problem module owns problem ids; tickets link to them (seed §4.4). */
export type { ProblemId } from '../core/ids.js';

/**
 * The identifier of a ticket (« dossier d'appel »), branded so that it cannot be mixed up
 * with another id by accident. Build one with {@link ticketId}.
 */
export type TicketId = string & { readonly __brand: 'TicketId' };

/**
 * The identifier of a technician (level 1, 2 or 3, including a supplier's), branded.
 * Build one with {@link technicianId}.
 */
export type TechnicianId = string & { readonly __brand: 'TechnicianId' };

/**
 * The identifier of an intervention (« numéro d'intervention », seed §6.5.1), branded.
 * Build one with {@link interventionId}.
 *
 * @see seed §6.5.1
 * @example
 * ```ts
 * const first: InterventionId = interventionId('I-1');
 * first;
 * //=> 'I-1'
 * ```
 */
export type InterventionId = string & { readonly __brand: 'InterventionId' };

function brand(kind: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new TypeError(`Invalid ${kind} ${describeValue(value)}: expected a non-empty string.`);
  }
  return value;
}

/**
 * Brands a non-empty string as a {@link TicketId}.
 *
 * @throws TypeError when `value` is not a non-empty string.
 * @example
 * ```ts
 * ticketId('T-1');
 * //=> 'T-1'
 * ```
 */
export function ticketId(value: string): TicketId {
  return brand('ticket id', value) as TicketId;
}

/**
 * Brands a non-empty string as a {@link TechnicianId}.
 *
 * @throws TypeError when `value` is not a non-empty string.
 * @example
 * ```ts
 * technicianId('bob');
 * //=> 'bob'
 * ```
 */
export function technicianId(value: string): TechnicianId {
  return brand('technician id', value) as TechnicianId;
}

/**
 * Brands a non-empty string as an {@link InterventionId}.
 *
 * @throws TypeError when `value` is not a non-empty string.
 * @example
 * ```ts
 * interventionId('I-7');
 * //=> 'I-7'
 * ```
 */
export function interventionId(value: string): InterventionId {
  return brand('intervention id', value) as InterventionId;
}
