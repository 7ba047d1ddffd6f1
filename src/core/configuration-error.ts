/**
 * Thrown at definition time when a policy (a priority matrix, an SLA table, a business
 * calendar…) is invalid. It is a programmer or configuration error, not a business refusal:
 * the message names what was wrong and what is allowed, `path` locates the offending part
 * of the input and `input` carries the value that was refused.
 *
 * @example
 * ```ts
 * const refusal = (() => {
 *   try {
 *     definePriorityMatrix({ impacts: ['a'], urgencies: ['x'], priorities: [1], cells: { a: {} } });
 *   } catch (e) {
 *     return e as ConfigurationError;
 *   }
 * })();
 * refusal?.path;
 * //=> ['cells', 'a', 'x']
 * ```
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  /** Where in the input the problem is, as a list of keys and indexes. */
  readonly path: readonly (string | number)[];
  /** The value that was refused (the offending part of the input). */
  readonly input: unknown;

  constructor(
    message: string,
    options: { path?: readonly (string | number)[]; input?: unknown } = {},
  ) {
    super(message);
    this.path = options.path ?? [];
    this.input = options.input;
  }
}
