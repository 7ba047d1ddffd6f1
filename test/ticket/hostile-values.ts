export { anythingOdd } from '../odd-values.js';

/** A getter that throws, and counts how often it was called (it never should be). */
export function throwingGetter(target: object, key: string): { calls: number } {
  const counter = { calls: 0 };
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      counter.calls++;
      throw new Error(`getter ${key} called`);
    },
  });
  return counter;
}

/** A Proxy whose every trap throws. */
export function trappedProxy<T extends object>(target: T): T {
  const boom = () => {
    throw new Error('trap');
  };
  return new Proxy(target, {
    get: boom,
    getOwnPropertyDescriptor: boom,
    ownKeys: boom,
    has: boom,
    getPrototypeOf: boom,
  });
}

/** A revoked Proxy: every operation on it throws. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An object whose toString, valueOf and toJSON throw. */
export function throwingConversions(): object {
  const boom = () => {
    throw new Error('conversion');
  };
  return { toString: boom, valueOf: boom, toJSON: boom, [Symbol.toPrimitive]: boom };
}

/** An object that looks like a Date (Date.prototype) but has no date slot. */
export function dateLookAlike(): Date {
  return Object.create(Date.prototype) as Date;
}

/** A list with a hole at index 0: `[, 1]`. */
export function holes(): unknown[] {
  const list: unknown[] = [];
  list[1] = 1;
  return list;
}

/** Values JSON cannot make but JavaScript can, for any field of a command. */
export function oddValues(): unknown[] {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const cyclicList: unknown[] = [];
  cyclicList.push(cyclicList);
  const huge: unknown[] = [];
  huge.length = 2 ** 32 - 1;
  return [
    1n,
    Symbol('x'),
    Object.create(null),
    { type: Object.create(null) },
    trappedProxy({}),
    trappedProxy([]),
    revokedProxy(),
    throwingConversions(),
    dateLookAlike(),
    new Date(Number.NaN),
    cyclic,
    cyclicList,
    huge,
    holes(),
    new Map([['a', 1]]),
    new Set([1]),
    new Uint8Array(2),
    Object(1n),
    () => 1,
  ];
}
