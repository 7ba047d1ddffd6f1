import fc from 'fast-check';
import { anythingOdd } from '../odd-values.js';

/**
 * Values JSON cannot make but JavaScript can, as a hostile caller (a web form, a mail gateway,
 * a database row, a script) hands them to the library. Two families: fast-check's
 * `fc.anything()` with every option that makes odd values, and hand-made traps (throwing
 * getters, Proxies, revoked Proxies, cycles, Date look-alikes, throwing conversions).
 */

/** Keys that reach prototypes or look like the library's own fields. */
const oddKeys = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'toJSON',
    'then',
    'type',
    'at',
    'by',
    'ticketId',
    'problemId',
    'version',
    'length',
  ),
);

/** `fc.anything()` with every option that makes odd values, and prototype-reaching keys. */
export const oddValue: fc.Arbitrary<unknown> = anythingOdd({
  key: oddKeys,
  maxDepth: 3,
  maxKeys: 5,
});

function boom(): never {
  throw new Error('hostile: a caller value threw when read');
}

/** A Proxy whose every trap throws. */
function trappedProxy(target: object): object {
  return new Proxy(target, {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
    defineProperty: boom,
    set: boom,
    deleteProperty: boom,
    isExtensible: boom,
    preventExtensions: boom,
    setPrototypeOf: boom,
    apply: boom,
    construct: boom,
  });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An object every common field of which throws when read (and is listed by `Object.keys`). */
function throwingGetters(): object {
  const value: Record<string, unknown> = {};
  for (const key of ['type', 'at', 'by', 'ticketId', 'problemId', 'version', 'scope', 'impact']) {
    Object.defineProperty(value, key, { enumerable: true, get: boom });
  }
  return value;
}

/** An object whose every conversion to a primitive throws. */
function throwingConversions(): object {
  return {
    toString: boom,
    valueOf: boom,
    toJSON: boom,
    [Symbol.toPrimitive]: boom,
    [Symbol.iterator]: boom,
  };
}

function cyclicObject(): object {
  const value: Record<string, unknown> = { type: 'open' };
  value.self = value;
  value.at = value;
  value.by = { back: value };
  return value;
}

function cyclicArray(): unknown[] {
  const value: unknown[] = [];
  value.push(value, value);
  return value;
}

/** Things that look like a `Date` without being one, and Dates that lie. */
function dateLookAlikes(): unknown[] {
  const fake = {
    getTime: () => 0,
    valueOf: () => 0,
    toISOString: () => '2026-01-01T00:00:00.000Z',
    [Symbol.toStringTag]: 'Date',
  };
  const lying = new Date(0);
  Object.defineProperty(lying, 'getTime', { value: boom });
  Object.defineProperty(lying, 'valueOf', { value: boom });
  Object.defineProperty(lying, 'toISOString', { value: boom });
  return [fake, Object.create(Date.prototype), lying, new Date(Number.NaN), new Date(8.64e15)];
}

function deeplyNested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { type: value };
  return value;
}

/** 2^depth paths through `depth + 1` objects: a walk that does not remember what it saw never ends. */
function exponentialDag(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { type: value, at: value };
  return value;
}

/**
 * The hand-made traps, fresh each time (some are stateful: a revoked Proxy, a cycle), named
 * so that a failure says which one broke a function.
 */
export function handMadeHostileValues(): readonly (readonly [string, unknown, boolean])[] {
  const costly = new Set(['a nesting 10,000 levels deep', 'a 2 MB string']);
  const values: (readonly [string, unknown])[] = [
    ['a Proxy whose every trap throws', trappedProxy({})],
    ['a Proxy of an array whose every trap throws', trappedProxy([])],
    ['a revoked Proxy', revokedProxy()],
    ['an empty Proxy of an array', new Proxy([1, 2], {})],
    ['an object whose fields throw when read', throwingGetters()],
    ['an object whose conversions throw', throwingConversions()],
    ['a cyclic object', cyclicObject()],
    ['a cyclic array', cyclicArray()],
    ['an object without prototype', Object.create(null)],
    ['{ type: an object without prototype }', { type: Object.create(null) }],
    ['{ type: a BigInt }', { type: 1n }],
    ['{ type: a Symbol }', { type: Symbol('type') }],
    ['{ type: a throwing-getter object }', { type: throwingGetters() }],
    ['{ type: a revoked Proxy }', { type: revokedProxy() }],
    ['a __proto__ key from JSON', JSON.parse('{"__proto__": {"polluted": true}, "type": "x"}')],
    // biome-ignore lint/suspicious/noSparseArray: the hostile input under test.
    ['a sparse array', [, 1]],
    ['a BigInt', 10n ** 30n],
    ['a Symbol', Symbol('hostile')],
    ['a function', () => 1],
    ['a boxed string', Object('text')],
    ['a SharedArrayBuffer view', new Uint8Array(new SharedArrayBuffer(4))],
    ['a nesting 10,000 levels deep', deeplyNested(10_000)],
    ['a 2 MB string', 'x'.repeat(2_000_000)],
    ['an object shared 2^40 ways (each level refers twice to the next)', exponentialDag(40)],
    ...dateLookAlikes().map((value, i) => [`a Date look-alike #${i}`, value] as const),
    ...dateLookAlikes().map(
      (value, i) => [`{ at: a Date look-alike #${i} }`, { at: value }] as const,
    ),
  ];
  // Planted in valid inputs at several places: all but the costly ones (tried once, whole).
  return values.map(([label, value]) => [label, value, !costly.has(label)] as const);
}

/** Replaces, in a copy of `sample`, the value at a path chosen by `pick` with `hostile`. */
export function plantIn(sample: unknown, hostile: unknown, pick: number): unknown {
  if (typeof sample !== 'object' || sample === null) return hostile;
  const paths: string[][] = [];
  const collect = (value: unknown, path: string[]) => {
    paths.push(path);
    if (typeof value !== 'object' || value === null || path.length > 4) return;
    if (value instanceof Date) return;
    for (const key of Object.keys(value)) {
      collect((value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  collect(sample, []);
  const path = paths[pick % paths.length] ?? [];
  return replaceAt(sample, path, hostile);
}

function replaceAt(value: unknown, path: readonly string[], hostile: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return hostile;
  if (typeof value !== 'object' || value === null) return hostile;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...(value as Record<string, unknown>) };
  Object.defineProperty(copy, key, {
    value: replaceAt((value as Record<string, unknown>)[key], rest, hostile),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}
