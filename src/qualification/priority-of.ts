import { describeValue } from '../core/describe-value.js';
import { documentedError, inputError } from '../core/input-guard.js';
import type { Impact, Priority, PriorityLevel, Urgency } from './levels.js';
import { defaultPriorityMatrix, type PriorityMatrix } from './priority-matrix.js';

function unknownLevel(kind: string, value: unknown, allowed: readonly unknown[]): Error {
  return inputError(
    `Unknown ${kind} ${describeValue(value)}: expected one of ${allowed.map((a) => describeValue(a)).join(', ')}.`,
  );
}

/**
 * The priority of an incident from its impact and urgency (seed §2.5.2.4), in O(1): one
 * lookup in the matrix, the seed's grid by default or any matrix built by
 * {@link definePriorityMatrix}.
 *
 * Called from plain JavaScript with a level the matrix does not know (`'everyone'`,
 * `undefined`, `'__proto__'`, `'constructor'`…), it throws a `TypeError` whose message names
 * the allowed values.
 *
 * @see seed §2.5.2.3, §2.5.2.4
 * @throws TypeError when the impact or the urgency is not a level of the matrix.
 * @example
 * ```ts
 * priorityOf('company', 'blocked');
 * //=> 1
 * priorityOf('department', 'degraded');
 * //=> 3
 * priorityOf('user', 'can-wait');
 * //=> 4
 * ```
 */
export function priorityOf(impact: Impact, urgency: Urgency): Priority;
export function priorityOf<I extends string, U extends string, P extends PriorityLevel>(
  impact: NoInfer<I>,
  urgency: NoInfer<U>,
  matrix: PriorityMatrix<I, U, P>,
): P;
export function priorityOf(
  impact: string,
  urgency: string,
  matrix: PriorityMatrix<string, string, PriorityLevel> = defaultPriorityMatrix,
): PriorityLevel {
  // try/catch inline rather than guardInput's closure: one lookup must stay near the cost of
  // a plain one (bench/qualification.bench.ts). A level that is not a string is never used as
  // a key; a matrix whose cells throw when read becomes priorityOf's TypeError.
  try {
    const row: unknown =
      typeof impact === 'string' ? (matrix.cells as Record<string, unknown>)[impact] : undefined;
    if (typeof row !== 'object' || row === null || row === Object.prototype) {
      throw unknownLevel('impact', impact, matrix.impacts);
    }
    const priority: unknown =
      typeof urgency === 'string' ? (row as Record<string, unknown>)[urgency] : undefined;
    if (typeof priority !== 'number' && typeof priority !== 'string') {
      throw unknownLevel('urgency', urgency, matrix.urgencies);
    }
    return priority;
  } catch (cause) {
    throw documentedError('priorityOf', cause);
  }
}
