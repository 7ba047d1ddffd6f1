import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';

/**
 * A duration of an SLA target, as a date-fns `Duration` restricted to the units that have a
 * working meaning: `days` are opening (working) days of a business calendar; `hours`,
 * `minutes` and `seconds` are working time. Weeks, months and years have no fixed working
 * length and are refused: write `{ days: 5 }` for the seed's « 5 jours ».
 *
 * @see seed §2.5.2.4 « Indicateurs de traitement des priorités »
 * @example
 * ```ts
 * const resolution: WorkingDuration = { hours: 24 };
 * resolution.hours;
 * //=> 24
 * ```
 */
export interface WorkingDuration {
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
  readonly seconds?: number;
}

/**
 * The units a {@link WorkingDuration} accepts, longest first.
 *
 * @example
 * ```ts
 * workingDurationUnits;
 * //=> ['days', 'hours', 'minutes', 'seconds']
 * ```
 */
export const workingDurationUnits = ['days', 'hours', 'minutes', 'seconds'] as const;

const MS: Readonly<Record<(typeof workingDurationUnits)[number], number>> = {
  days: 86_400_000,
  hours: 3_600_000,
  minutes: 60_000,
  seconds: 1_000,
};

/**
 * Checks that a value is a positive {@link WorkingDuration} and returns it, frozen (the value
 * itself when it is frozen already, so checking a stored target again allocates nothing).
 * Throws a {@link ConfigurationError} naming the field otherwise: unknown or unsupported
 * units, negative or non-finite amounts, a zero duration, or a value that throws when read.
 *
 * @throws ConfigurationError when the duration is malformed, negative or zero.
 * @example
 * ```ts
 * assertWorkingDuration({ minutes: 30 }, ['resolution', 'within']);
 * //=> { minutes: 30 }
 * ```
 */
export function assertWorkingDuration(
  value: unknown,
  path: readonly (string | number)[] = [],
): WorkingDuration {
  try {
    return checkWorkingDuration(value, path);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    // A getter or a Proxy trap threw while the duration was read.
    throw new ConfigurationError(
      `${path.length > 0 ? `${path.join('.')}: ` : ''}the duration could not be read, got ${describeValue(value)}.`,
      { path, input: value },
    );
  }
}

function checkWorkingDuration(value: unknown, path: readonly (string | number)[]): WorkingDuration {
  const where = () => (path.length > 0 ? `${path.join('.')}: ` : '');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(
      `${where()}expected a duration such as { minutes: 30 } or { days: 5 }, got ${describeValue(value)}.`,
      { path, input: value },
    );
  }
  const fields = value as Record<string, unknown>;
  let total = 0;
  // Every own amount, enumerable or not: the copy below and the fast path of addWorkingTime
  // read a hidden one (`Object.defineProperty(d, 'hours', { value: -5 })`) all the same.
  for (const unit of Object.getOwnPropertyNames(fields)) {
    if (unit !== 'days' && unit !== 'hours' && unit !== 'minutes' && unit !== 'seconds') {
      throw new ConfigurationError(
        `${where()}unit "${unit}" is not allowed in a working duration; use days (opening days), hours, minutes or seconds.`,
        { path: [...path, unit], input: value },
      );
    }
    const amount = fields[unit];
    if (amount === undefined) continue;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
      throw new ConfigurationError(
        `${where()}${unit} must be a finite number ≥ 0, got ${describeValue(amount)}.`,
        { path: [...path, unit], input: amount },
      );
    }
    total += amount;
  }
  if (total <= 0) {
    throw new ConfigurationError(
      `${where()}a target duration must be positive, got ${describeValue(value)}.`,
      { path, input: value },
    );
  }
  // The value itself only when frozen and plain: a prototype of its own could answer an amount
  // this check never read (a class's getter, Object.create).
  const prototype: unknown = Object.getPrototypeOf(value);
  if (Object.isFrozen(value) && (prototype === Object.prototype || prototype === null)) {
    return value as WorkingDuration;
  }
  const copy: Record<string, number> = {};
  for (const unit of workingDurationUnits) {
    const amount = fields[unit];
    if (Object.hasOwn(fields, unit) && typeof amount === 'number') copy[unit] = amount;
  }
  return Object.freeze(copy) as WorkingDuration;
}

/**
 * The nominal length of a {@link WorkingDuration} in milliseconds, counting a day as 24
 * hours. Used only to compare targets with each other (an SLA table's ordering); the
 * real due instant of a target depends on a business calendar.
 *
 * @throws ConfigurationError when `duration` is not a working duration: not an object, a unit
 *   other than days, hours, minutes and seconds, an amount that is not a finite number ≥ 0, a
 *   total of zero, or a value that cannot be read.
 * @example
 * ```ts
 * nominalDurationMs({ hours: 1, minutes: 30 });
 * //=> 5400000
 * ```
 */
export function nominalDurationMs(duration: WorkingDuration): number {
  return nominalMs(assertWorkingDuration(duration, ['duration']));
}

/**
 * {@link nominalDurationMs} of a duration already checked, without the check: for the
 * library's own paths that hold checked durations. Internal: not re-exported by
 * `service-desk-rules/sla`.
 *
 * @example
 * ```ts
 * nominalMs({ days: 1 });
 * //=> 86400000
 * ```
 */
export function nominalMs(duration: WorkingDuration): number {
  return (
    (duration.days ?? 0) * MS.days +
    (duration.hours ?? 0) * MS.hours +
    (duration.minutes ?? 0) * MS.minutes +
    (duration.seconds ?? 0) * MS.seconds
  );
}
