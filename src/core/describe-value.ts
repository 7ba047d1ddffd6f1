import { dateSlot } from './date-slot.js';

/** The longest quoted text {@link describeValue} shows of a string, in characters. */
const maxTextShown = 40;

/**
 * Describes any value for an error message or a refusal, in a bounded number of
 * characters, without ever running the caller's code: no `toString`, `toJSON`,
 * `valueOf` or getter is called, no Proxy trap is triggered that can escape, and
 * `JSON.stringify` is never applied to an object. Safe on BigInt, Symbol, cyclic and
 * null-prototype values, throwing getters and revoked Proxies.
 *
 * Strings are quoted and cut after 40 characters (the full length is then given);
 * numbers, BigInts, booleans, `null` and `undefined` are written as in code; objects are
 * named by their kind only (their content may be large or private).
 *
 * @param value - Anything a caller passed in.
 * @returns A short English description, at most about 100 characters.
 *
 * @example
 * ```ts
 * describeValue('urgent');
 * //=> '"urgent"'
 * describeValue(12n);
 * //=> '12n'
 * describeValue(Object.create(null));
 * //=> 'an object without prototype'
 * describeValue(new Date(Number.NaN));
 * //=> 'an invalid Date'
 * ```
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return describeText(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : `${value}`;
    case 'bigint':
      return cut(`${value}`, 30, 'n');
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return describeSymbol(value);
    case 'function':
      return 'a function';
    default:
      return value === null ? 'null' : describeObject(value as object);
  }
}

function describeText(text: string): string {
  if (text.length <= maxTextShown) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, maxTextShown))}… (${text.length} characters)`;
}

function cut(text: string, max: number, suffix: string): string {
  return text.length <= max ? `${text}${suffix}` : `${text.slice(0, max)}…${suffix}`;
}

function describeSymbol(symbol: symbol): string {
  const description = symbol.description;
  return description === undefined ? 'Symbol()' : `Symbol(${describeText(description)})`;
}

/** Brand checks read internal slots only: they never call the caller's code. */
const brands: readonly (readonly [string, (value: object) => unknown])[] = [
  ['a Map', (v) => Reflect.apply(getter(Map.prototype, 'size'), v, [])],
  ['a Set', (v) => Reflect.apply(getter(Set.prototype, 'size'), v, [])],
  ['a boxed number', (v) => Number.prototype.valueOf.call(v)],
  ['a boxed string', (v) => String.prototype.valueOf.call(v)],
  ['a boxed boolean', (v) => Boolean.prototype.valueOf.call(v)],
  ['a boxed BigInt', (v) => BigInt.prototype.valueOf.call(v)],
  ['a boxed Symbol', (v) => Symbol.prototype.valueOf.call(v)],
  ['a regular expression', (v) => Reflect.apply(getter(RegExp.prototype, 'source'), v, [])],
];

function getter(target: object, key: string): () => unknown {
  const get = Object.getOwnPropertyDescriptor(target, key)?.get;
  /* c8 ignore next */
  if (get === undefined) throw new TypeError(`No getter ${key}.`);
  return get;
}

function describeObject(value: object): string {
  const time = dateSlot(value);
  if (time !== undefined) {
    return Number.isNaN(time) ? 'an invalid Date' : `a Date (${new Date(time).toISOString()})`;
  }
  if (ArrayBuffer.isView(value)) return 'a typed array or DataView';
  for (const [name, check] of brands) {
    if (hasBrand(value, check)) return name;
  }
  try {
    if (Array.isArray(value)) return 'an array';
    const prototype = Object.getPrototypeOf(value);
    if (prototype === null) return 'an object without prototype';
    if (prototype === Object.prototype) return 'an object';
    if (value instanceof Error) return 'an Error';
    return 'an object of a class';
  } catch {
    // A revoked Proxy, or a Proxy whose traps throw.
    return 'an unreadable object';
  }
}

function hasBrand(value: object, check: (value: object) => unknown): boolean {
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
}
