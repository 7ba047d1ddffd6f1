import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import type { WorkingDuration } from '../sla/working-duration.js';

/**
 * A clock duration for the queueing models: the library's `Duration` objects (the units of a
 * {@link WorkingDuration} that are clock time: `hours`, `minutes`, `seconds`, any finite
 * amount ≥ 0, fractions allowed). `days` is left out on purpose: in this library a day is an
 * opening day of a business calendar, which a handle time or a caller's patience is not.
 */
export type StaffingDuration = Pick<WorkingDuration, 'hours' | 'minutes' | 'seconds'>;

const unitMs = { hours: 3_600_000, minutes: 60_000, seconds: 1_000 } as const;

/**
 * The length of a {@link StaffingDuration} in milliseconds (a float: fractions of a
 * millisecond are kept). Throws a {@link ConfigurationError} naming the field when the value
 * is not such a duration (unknown unit, `days`, a negative, non-finite or non-number amount),
 * or when it is zero and `allowZero` is false.
 *
 * @param value - The caller's duration.
 * @param name - What the duration is, for the message (`'handleTime'`); a dotted name
 *   (`'target.answerWithin'`, `'budgets.2'`) is split into the error's `path` (`['target',
 *   'answerWithin']`, `['budgets', 2]`).
 * @param allowZero - Whether a zero duration is accepted (a threshold may be 0 s).
 * @throws ConfigurationError when the duration is malformed, or zero where it must not be.
 * @example
 * ```ts
 * staffingDurationMs({ minutes: 3, seconds: 30 }, 'handleTime');
 * //=> 210000
 * const refusal = (() => {
 *   try {
 *     staffingDurationMs({ days: 1 }, 'patience');
 *   } catch (e) {
 *     return e as ConfigurationError;
 *   }
 * })();
 * refusal?.path;
 * //=> ['patience', 'days']
 * ```
 */
export function staffingDurationMs(value: unknown, name: string, allowZero = false): number {
  // The path as keys and indexes, so that a settings page finds the field (not 'budgets.2').
  const at = name.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(
      `Staffing: ${name} must be a duration such as { minutes: 3 } or { seconds: 20 }, got ${describeValue(value)}.`,
      { path: at, input: value },
    );
  }
  let total = 0;
  for (const unit of Object.keys(value)) {
    const amount: unknown = (value as Record<string, unknown>)[unit];
    if (unit !== 'hours' && unit !== 'minutes' && unit !== 'seconds') {
      throw new ConfigurationError(
        `Staffing: ${name} has unit ${describeValue(unit)}; use hours, minutes or seconds (clock time${unit === 'days' ? '; days are opening days in this library' : ''}).`,
        { path: [...at, unit], input: value },
      );
    }
    if (amount === undefined) continue;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
      throw new ConfigurationError(
        `Staffing: ${name}.${unit} must be a finite number ≥ 0, got ${describeValue(amount)}.`,
        { path: [...at, unit], input: amount },
      );
    }
    total += amount * unitMs[unit];
  }
  if (!allowZero && total <= 0) {
    throw new ConfigurationError(`Staffing: ${name} must be a positive duration, got zero.`, {
      path: at,
      input: value,
    });
  }
  return total;
}
