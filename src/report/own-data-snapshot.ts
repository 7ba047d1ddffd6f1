/** How deep a snapshot copies: deeper than any report field, so the schema sees every error. */
const MAX_DEPTH = 8;
/** How many array items a snapshot copies: one more than any report list allows. */
const MAX_ITEMS = 1_001;

/**
 * The value at a path in a snapshot, or `undefined`.
 */
export function snapshotValueAt(snapshot: unknown, path: readonly PropertyKey[]): unknown {
  let node = snapshot;
  for (const step of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  return node;
}

/**
 * A copy of untrusted input made of its own enumerable string-keyed properties only, in
 * objects without a prototype, so that validation never reads an inherited value (a polluted
 * `Object.prototype`, a crafted prototype chain) and a `__proto__` key stays an ordinary key.
 * Cycles and very deep values are cut at {@link MAX_DEPTH} (replaced by an empty object,
 * which no report field accepts), long arrays at {@link MAX_ITEMS} items (enough for the
 * schema to report them as too long). A key whose value is `undefined` is left out, as JSON
 * would. Accessors are read, and may throw: callers catch.
 */
export function ownDataSnapshot(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return { __proto__: null };
  if (Array.isArray(value)) {
    const length = Math.min(value.length, MAX_ITEMS);
    const items: unknown[] = [];
    for (let i = 0; i < length; i += 1) items.push(ownDataSnapshot(value[i], depth + 1));
    return items;
  }
  // Without a prototype, assigning `__proto__` creates an ordinary own key.
  const copy = { __proto__: null } as unknown as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) copy[key] = ownDataSnapshot(child, depth + 1);
  }
  return copy;
}
