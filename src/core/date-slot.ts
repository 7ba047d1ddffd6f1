/**
 * The instant a real `Date` holds, read from its internal slot — never through a getter, a
 * Proxy trap or an overridden `getTime` — or `undefined` for anything that is not a `Date`
 * (a look-alike, a Proxy of a Date, a revoked Proxy). An invalid Date gives `NaN`.
 *
 * @example
 * ```ts
 * [dateSlot(new Date(0)), dateSlot({ getTime: () => 0 }), dateSlot(new Proxy(new Date(0), {}))];
 * //=> [0, undefined, undefined]
 * ```
 */
export function dateSlot(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}
