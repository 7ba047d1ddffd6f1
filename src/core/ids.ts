import { describeValue } from './describe-value.js';

/**
 * The identifier of a problem (seed §4.4), branded so that it is never mixed up with an
 * incident's ticket id or a change reference. Make one with {@link problemId}. It lives in
 * `core` because two modules share it: a ticket links to a problem by this id, and the
 * problem module names its problems with it (one type, one brand).
 *
 * @see seed §4.4
 * @example
 * ```ts
 * const id: ProblemId = problemId('PB-2026-014');
 * id;
 * //=> 'PB-2026-014'
 * ```
 */
export type ProblemId = string & { readonly __brand: 'ProblemId' };

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
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new TypeError(`A problem id must be a non-empty string, got ${describeValue(value)}.`);
  }
  return value as ProblemId;
}
