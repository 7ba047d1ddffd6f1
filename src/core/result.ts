/**
 * The outcome of a rule that may refuse: either `{ ok: true, value }` or
 * `{ ok: false, error }`. Expected business refusals are values, never exceptions.
 *
 * @example
 * ```ts
 * const r: Result<number, string> = ok(1);
 * r.ok ? r.value : r.error;
 * //=> 1
 * ```
 */
export type Result<T, E> = Ok<T> | Err<E>;

/**
 * The success branch of a {@link Result}.
 */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/**
 * The refusal branch of a {@link Result}.
 */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/**
 * Wraps a value in the success branch of a {@link Result}.
 *
 * @example
 * ```ts
 * ok(3);
 * //=> { ok: true, value: 3 }
 * ```
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps an error in the refusal branch of a {@link Result}.
 *
 * @example
 * ```ts
 * err('not-the-opener');
 * //=> { ok: false, error: 'not-the-opener' }
 * ```
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}
