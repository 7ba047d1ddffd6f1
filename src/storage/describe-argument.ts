/**
 * A short rendering of a refused argument for a `TypeError` message: strings quoted,
 * numbers and booleans as written, objects by their kind only (never their whole content,
 * which may be large or private). Internal to the storage module.
 *
 * @example
 * ```ts
 * describeArgument({ version: 3 });
 * //=> 'a value of type object'
 * ```
 */
export function describeArgument(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint' ||
    value === undefined
  ) {
    return String(value);
  }
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'an array';
  } catch {
    return 'a revoked Proxy';
  }
  return `a value of type ${typeof value}`;
}
