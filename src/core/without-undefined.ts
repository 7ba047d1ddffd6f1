/**
 * A copy of a parsed value without the keys whose value is `undefined` (zod gives absent
 * optional keys as `undefined`), so that it fits types with exact optional properties.
 * Dates are kept as they are.
 *
 * @example
 * ```ts
 * withoutUndefined({ a: 1, b: undefined, c: [{ d: undefined }] });
 * //=> { a: 1, c: [{}] }
 * ```
 */
export function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== undefined) out[key] = withoutUndefined(v);
  }
  return out;
}
