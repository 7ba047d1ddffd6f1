import { describeValue } from '../core/describe-value.js';

export { type ProblemId, problemId } from '../core/ids.js';

/**
 * A reference to an incident (a ticket id) linked to a problem. The problem module keeps
 * its own brand so that it does not depend on the ticket module; make one with
 * {@link incidentRef}.
 */
export type IncidentRef = string & { readonly __brand: 'IncidentRef' };

/**
 * A reference to the change (a configuration change, a service pack, a new software
 * version…) that removed a problem's cause (seed §4.4.2, point 3). Make one with
 * {@link changeRef}.
 */
export type ChangeRef = string & { readonly __brand: 'ChangeRef' };

function brand(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new TypeError(`${what} must be a non-empty string, got ${describeValue(value)}.`);
  }
  return value;
}

/**
 * Brands a string (a ticket id) as an {@link IncidentRef}.
 *
 * @throws TypeError when the value is not a non-empty string.
 * @example
 * ```ts
 * incidentRef('INC-1');
 * //=> 'INC-1'
 * ```
 */
export function incidentRef(value: string): IncidentRef {
  return brand(value, 'An incident reference') as IncidentRef;
}

/**
 * Brands a string as a {@link ChangeRef}.
 *
 * @throws TypeError when the value is not a non-empty string.
 * @example
 * ```ts
 * changeRef('CHG-1');
 * //=> 'CHG-1'
 * ```
 */
export function changeRef(value: string): ChangeRef {
  return brand(value, 'A change reference') as ChangeRef;
}
