/**
 * The identifier of a problem (seed §4.4), branded so that it is never mixed up with an
 * incident's ticket id or a change reference. Make one with {@link problemId}. The brand is
 * the same as the ticket module's `ProblemId` (`{ __brand: 'ProblemId' }`), so the id a ticket
 * is linked to and the problem's own id are one type.
 *
 * @example
 * ```ts
 * const id: ProblemId = problemId('PB-2026-014');
 * id;
 * //=> 'PB-2026-014'
 * ```
 */
export type ProblemId = string & { readonly __brand: 'ProblemId' };

/**
 * A reference to an incident (a ticket id) linked to a problem. The problem module keeps
 * its own brand so that it does not depend on the ticket module; make one with
 * {@link incidentRef}.
 *
 * @example
 * ```ts
 * const ref: IncidentRef = incidentRef('INC-1042');
 * ref;
 * //=> 'INC-1042'
 * ```
 */
export type IncidentRef = string & { readonly __brand: 'IncidentRef' };

/**
 * A reference to the change (a configuration change, a service pack, a new software
 * version…) that removed a problem's cause (seed §4.4.2, point 3). Make one with
 * {@link changeRef}.
 *
 * @example
 * ```ts
 * const ref: ChangeRef = changeRef('CHG-77');
 * ref;
 * //=> 'CHG-77'
 * ```
 */
export type ChangeRef = string & { readonly __brand: 'ChangeRef' };

function brand(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new TypeError(`${what} must be a non-empty string, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/**
 * Brands a string as a {@link ProblemId}.
 *
 * @throws TypeError when the value is not a non-empty string.
 * @example
 * ```ts
 * problemId('PB-1');
 * //=> 'PB-1'
 * ```
 */
export function problemId(value: string): ProblemId {
  return brand(value, 'A problem id') as ProblemId;
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
