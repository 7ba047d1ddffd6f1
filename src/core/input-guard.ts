import { ConfigurationError } from './configuration-error.js';

/** The errors the library threw on purpose, with a message of its own. */
const documented = new WeakSet<Error>();

/**
 * A `TypeError` (or `RangeError`) the library throws on purpose for a malformed input, so
 * that {@link guardInput} lets it through as it is. Use it, rather than `new TypeError`,
 * inside a guarded function.
 *
 * @example
 * ```ts
 * const e = inputError('Unknown impact "everyone": expected one of "company", "department", "user".');
 * [e instanceof TypeError, e.message.startsWith('Unknown impact')];
 * //=> [true, true]
 * ```
 */
export function inputError(message: string, kind: 'TypeError' | 'RangeError' = 'TypeError'): Error {
  const error = kind === 'TypeError' ? new TypeError(message) : new RangeError(message);
  documented.add(error);
  return error;
}

/**
 * Runs `body` and keeps its promise to throw only its documented errors whatever the caller
 * gave: a `ConfigurationError` or an {@link inputError} passes as it is; anything else that
 * escapes while the input is read — a getter or a Proxy trap that throws, a revoked Proxy, a
 * value that cannot be turned into a primitive, a stack overflow on a deeply nested or
 * cyclic value — becomes the function's documented error (`kind`), naming the function,
 * with the original as its `cause`.
 *
 * @param where - The function or policy named at the start of the message.
 * @param kind - The documented error: a `TypeError` for a rule's input, a
 *   `ConfigurationError` for a policy's definition.
 * @example
 * ```ts
 * const hostile = Object.defineProperty({}, 'scope', { get() { throw new Error('boom'); } });
 * (() => { try { return guardInput('impactOfCall', () => (hostile as { scope: string }).scope); } catch (e) { return [e.constructor.name, e.message]; } })();
 * //=> ['TypeError', 'impactOfCall: the input could not be read as plain data (a getter or a Proxy trap threw, or a value could not be converted or was nested too deeply).']
 * ```
 */
export function guardInput<T>(
  where: string,
  body: () => T,
  kind: 'TypeError' | 'ConfigurationError' = 'TypeError',
): T {
  try {
    return body();
  } catch (cause) {
    throw documentedError(where, cause, kind);
  }
}

/**
 * The error a guarded function throws for what escaped it: `cause` itself when it is a
 * `ConfigurationError` or an {@link inputError}, else the function's documented error
 * (`kind`) naming it, with `cause` kept. {@link guardInput} without its closure, for the
 * paths that run once per event (`try { … } catch (e) { throw documentedError('evolveTicket', e); }`).
 *
 * @param where - The function named at the start of the message.
 * @param kind - A `TypeError` for a rule's input, a `ConfigurationError` for a policy's definition.
 * @example
 * ```ts
 * const e = documentedError('evolveTicket', new RangeError('Maximum call stack size exceeded'));
 * [e instanceof TypeError, e.message.startsWith('evolveTicket: the input could not be read')];
 * //=> [true, true]
 * ```
 */
export function documentedError(
  where: string,
  cause: unknown,
  kind: 'TypeError' | 'ConfigurationError' = 'TypeError',
): Error {
  if (cause instanceof ConfigurationError) return cause;
  if (cause instanceof Error && documented.has(cause)) return cause;
  const message = `${where}: the input could not be read as plain data (a getter or a Proxy trap threw, or a value could not be converted or was nested too deeply).`;
  if (kind === 'ConfigurationError') {
    const error = new ConfigurationError(message);
    Object.defineProperty(error, 'cause', { value: cause });
    return error;
  }
  const error = new TypeError(message, { cause });
  documented.add(error);
  return error;
}

/**
 * Whether a caller's value is a list the library can walk: an object (an array, a `Set`, a
 * generator…) whose `Symbol.iterator` is a function. A string is not one (its characters are
 * never a list of records). Reading `Symbol.iterator` may throw on a Proxy: call it inside
 * {@link guardInput}.
 *
 * @example
 * ```ts
 * [isIterableObject([]), isIterableObject(new Set()), isIterableObject('abc'), isIterableObject({ length: 0 })];
 * //=> [true, true, false, false]
 * ```
 */
export function isIterableObject(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function'
  );
}
