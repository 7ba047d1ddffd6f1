import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';

/**
 * The most technicians a model computes for (the Erlang B recursion and the searches are
 * linear in it). Far above any desk: the models are checked from 1 to 2,000.
 *
 * @example
 * ```ts
 * maxAgents;
 * //=> 1000000
 * ```
 */
export const maxAgents = 1_000_000;

/**
 * Reads the caller's argument of a staffing function as a record, refusing anything else and
 * any key outside `allowed` (a `patience` given to Erlang C is a mistake, not a detail).
 *
 * @param at - Where the argument sits in the caller's input (`['target']` for a nested
 *   one), the start of each refusal's `path`.
 * @throws ConfigurationError naming the function, the key and the keys allowed.
 * @example
 * ```ts
 * staffingArgument('erlangC', { agents: 2 }, ['agents']).agents;
 * //=> 2
 * ```
 */
export function staffingArgument(
  fn: string,
  value: unknown,
  allowed: readonly string[],
  at: readonly (string | number)[] = [],
): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(
      `${fn}: expected an object with ${allowed.join(', ')}, got ${describeValue(value)}.`,
      { path: at, input: value },
    );
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new ConfigurationError(
        `${fn}: unknown field ${describeValue(key)}; the fields are ${allowed.join(', ')}.`,
        { path: [...at, key], input: value },
      );
    }
  }
  return value as Readonly<Record<string, unknown>>;
}

/**
 * Checks a finite positive number (an arrival rate), for a staffing function's message.
 *
 * @throws ConfigurationError when the value is not a finite number > 0.
 * @example
 * ```ts
 * positiveRate('erlangC', 'callsPerHour', 200);
 * //=> 200
 * ```
 */
export function positiveRate(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ConfigurationError(
      `${fn}: ${name} must be a finite number > 0, got ${describeValue(value)}.`,
      { path: [name], input: value },
    );
  }
  return value;
}

/**
 * Checks a number of technicians: a whole number from 1 to {@link maxAgents}.
 *
 * @throws ConfigurationError when the value is not such a whole number.
 * @example
 * ```ts
 * agentCount('erlangC', 12);
 * //=> 12
 * ```
 */
export function agentCount(fn: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > maxAgents) {
    throw new ConfigurationError(
      `${fn}: agents must be a whole number of technicians from 1 to ${maxAgents}, got ${describeValue(value)}.`,
      { path: ['agents'], input: value },
    );
  }
  return value;
}
