import { ConfigurationError } from './configuration-error.js';
import { describeValue } from './describe-value.js';

/** How deep a configuration may nest before it is refused (no real policy comes close). */
const maxDepth = 32;

/** A configuration value reduced to plain data: what {@link plainConfiguration} returns. */
export type PlainValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly PlainValue[]
  | { readonly [key: string]: PlainValue };

/**
 * Copies a caller's configuration into plain data (strings, numbers, booleans, `null`,
 * `undefined`, arrays and plain objects) before any rule reads it, so that validation never
 * meets a value that throws when read. Refuses, with a {@link ConfigurationError} whose
 * `path` points at the value and whose message describes it with `describeValue`: a
 * BigInt, a Symbol, a function, a Date, Map or any object of a class, a cycle, an array
 * with holes, nesting deeper than 32 levels, and anything that throws when read (a getter,
 * a Proxy trap, a revoked Proxy). Own enumerable string keys are copied as own properties
 * (a `'__proto__'` key stays a key); the caller's object is never changed nor kept.
 *
 * @param value - The configuration as the caller gave it.
 * @param path - Where this value sits in the configuration (for the messages).
 * @returns A fresh, plain copy.
 * @throws ConfigurationError naming the path of the first value that is not plain data.
 * @example
 * ```ts
 * plainConfiguration({ hours: { monday: [['09:00', '18:00']] } }, []);
 * //=> { hours: { monday: [['09:00', '18:00']] } }
 * const refusal = (() => {
 *   try {
 *     plainConfiguration({ hours: { monday: [['09:00', 18n]] } }, []);
 *   } catch (e) {
 *     return e as ConfigurationError;
 *   }
 * })();
 * refusal?.path;
 * //=> ['hours', 'monday', 0, 1]
 * ```
 */
export function plainConfiguration(value: unknown, path: readonly (string | number)[]): PlainValue {
  return copy(value, path, new Set());
}

function refuse(path: readonly (string | number)[], value: unknown, why: string): never {
  const where = path.length === 0 ? 'the configuration' : path.join('.');
  throw new ConfigurationError(`${where}: ${why}, got ${describeValue(value)}.`, {
    path,
    input: value,
  });
}

function copy(value: unknown, path: readonly (string | number)[], open: Set<object>): PlainValue {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'undefined':
      return value;
    case 'object':
      if (value === null) return null;
      break;
    default:
      return refuse(path, value, 'expected plain data (text, numbers, lists, objects)');
  }
  if (open.has(value)) refuse(path, value, 'the configuration refers to itself (a cycle)');
  if (path.length >= maxDepth) refuse(path, value, `nested deeper than ${maxDepth} levels`);
  open.add(value);
  try {
    return copyObject(value, path, open);
  } finally {
    open.delete(value);
  }
}

function copyObject(value: object, path: readonly (string | number)[], open: Set<object>) {
  let isArray: boolean;
  let keys: string[];
  let prototype: object | null;
  try {
    isArray = Array.isArray(value);
    prototype = Object.getPrototypeOf(value);
    keys = Object.keys(value);
  } catch {
    return refuse(path, value, 'the value could not be read');
  }
  if (isArray) {
    if (prototype !== Array.prototype) refuse(path, value, 'expected a plain list');
    const length = read(value, 'length', path);
    if (typeof length !== 'number' || keys.length !== length) {
      refuse(path, value, 'expected a list without holes');
    }
    const list: PlainValue[] = [];
    for (let index = 0; index < length; index++) {
      list.push(copy(read(value, String(index), [...path, index]), [...path, index], open));
    }
    return list;
  }
  if (prototype !== Object.prototype && prototype !== null) {
    refuse(path, value, 'expected plain data (text, numbers, lists, objects)');
  }
  const record: Record<string, PlainValue> = {};
  for (const key of keys) {
    const field = copy(read(value, key, [...path, key]), [...path, key], open);
    Object.defineProperty(record, key, {
      value: field,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return record;
}

function read(value: object, key: string, path: readonly (string | number)[]): unknown {
  try {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && !('value' in descriptor)) {
      refuse(path, value, 'a getter is not plain data');
    }
    return descriptor?.value;
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    return refuse(path, value, 'the value could not be read');
  }
}
