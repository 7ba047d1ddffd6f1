import { describeValue } from '../core/describe-value.js';
import { inputError } from '../core/input-guard.js';

/**
 * The version a writer expects a stream to be at when it appends, for optimistic
 * concurrency. A stream's version is the version of its last event: `0` while it has no
 * event, then `1`, `2`… contiguously.
 *
 * - a number `n ≥ 0`: append only if the stream is exactly at version `n`. `0` means « the
 *   stream must not exist yet », which is how a ticket is opened exactly once.
 * - `'any'`: append whatever the version; for streams with a single writer or for events
 *   that do not depend on the state (imports, migrations). Deciders should not use it.
 *
 * Any other expectation is a conflict, never a silent overwrite.
 *
 * @example
 * ```ts
 * const fresh: ExpectedVersion = 0;
 * const blind: ExpectedVersion = 'any';
 * [fresh, blind];
 * //=> [0, 'any']
 * ```
 */
export type ExpectedVersion = number | 'any';

/**
 * Asserts at run time that a value is a valid {@link ExpectedVersion}: a safe integer `≥ 0`
 * or `'any'`.
 *
 * @throws TypeError naming what was given and what is allowed.
 * @example
 * ```ts
 * const raw: unknown = 3;
 * assertExpectedVersion(raw);
 * raw;
 * //=> 3
 * ```
 */
export function assertExpectedVersion(value: unknown): asserts value is ExpectedVersion {
  if (value === 'any') return;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw inputError(
      `expectedVersion must be an integer ≥ 0 (0 for a stream that must not exist yet) or 'any', got ${describeValue(value)}.`,
    );
  }
}

/**
 * Whether a stream currently at `actual` satisfies the writer's expectation.
 *
 * @example
 * ```ts
 * [satisfiesExpectedVersion(2, 2), satisfiesExpectedVersion(1, 2), satisfiesExpectedVersion('any', 7)];
 * //=> [true, false, true]
 * ```
 */
export function satisfiesExpectedVersion(expected: ExpectedVersion, actual: number): boolean {
  return expected === 'any' || expected === actual;
}
