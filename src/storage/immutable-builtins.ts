/**
 * A `Date`, `Map` and `Set` that refuse to change, for the events a store hands out without
 * copying them. `Object.freeze` does not protect what these objects hold (their contents
 * live in internal slots, changed through methods), so the reference store replaces them,
 * once, when an event is appended, by these subclasses: every `get…`, `has`, iteration,
 * `instanceof Date`/`Map`/`Set` and `structuredClone` still work; every setter throws a
 * `TypeError`. Their `constructor` is the base class (`Date`, `Map`, `Set`), so structural
 * comparisons (a test's `toEqual`, `toStrictEqual`) see a plain `Date`, `Map` or `Set` and
 * `new value.constructor(value)` gives a mutable copy. Internal to the storage module.
 *
 * One way around remains, and only on purpose: calling the base class's method on the
 * object (`Date.prototype.setTime.call(date, 0)`) reaches the internal slot, as it does on
 * any frozen `Date`; no accident of ordinary code takes that path.
 */

function refuse(kind: string, method: string): never {
  throw new TypeError(
    `${kind}.${method}: this ${kind} belongs to a stored event, which cannot change; copy it first (new ${kind}(value)).`,
  );
}

const dateSetters = [
  'setDate',
  'setFullYear',
  'setHours',
  'setMilliseconds',
  'setMinutes',
  'setMonth',
  'setSeconds',
  'setTime',
  'setUTCDate',
  'setUTCFullYear',
  'setUTCHours',
  'setUTCMilliseconds',
  'setUTCMinutes',
  'setUTCMonth',
  'setUTCSeconds',
  'setYear',
] as const;

/**
 * A frozen `Date` whose setters throw a `TypeError`; `new Date(stored)` gives a mutable copy.
 *
 * @example
 * ```ts
 * const at = new ImmutableDate(Date.UTC(2026, 2, 2, 9, 15));
 * [at instanceof Date, at.toISOString(), Object.isFrozen(at)];
 * //=> [true, '2026-03-02T09:15:00.000Z', true]
 * (() => { try { at.setUTCFullYear(1999); return 'changed'; } catch (e) { return e instanceof TypeError; } })();
 * //=> true
 * ```
 */
export class ImmutableDate extends Date {
  constructor(time: number) {
    super(time);
    Object.freeze(this);
  }
}
for (const method of dateSetters) {
  if (method in Date.prototype) {
    Object.defineProperty(ImmutableDate.prototype, method, {
      value: function setterRefused(): never {
        return refuse('Date', method);
      },
      writable: false,
      enumerable: false,
      configurable: false,
    });
  }
}
Object.defineProperty(ImmutableDate.prototype, 'constructor', { value: Date });
Object.freeze(ImmutableDate.prototype);
Object.freeze(ImmutableDate);

const mapSet = Map.prototype.set;
const setAdd = Set.prototype.add;

/**
 * A frozen `Map` whose `set`, `delete` and `clear` throw a `TypeError`.
 *
 * @example
 * ```ts
 * const seen = new ImmutableMap([['ana', 1]]);
 * [seen instanceof Map, seen.get('ana'), seen.size];
 * //=> [true, 1, 1]
 * (() => { try { seen.set('bob', 2); return 'changed'; } catch (e) { return e instanceof TypeError; } })();
 * //=> true
 * ```
 */
export class ImmutableMap<K, V> extends Map<K, V> {
  constructor(entries: Iterable<readonly [K, V]>) {
    super();
    for (const [key, value] of entries) mapSet.call(this, key, value);
    Object.freeze(this);
  }
  override set(_key: K, _value: V): never {
    return refuse('Map', 'set');
  }
  override delete(_key: K): never {
    return refuse('Map', 'delete');
  }
  override clear(): never {
    return refuse('Map', 'clear');
  }
}
Object.defineProperty(ImmutableMap.prototype, 'constructor', { value: Map });
Object.freeze(ImmutableMap.prototype);
Object.freeze(ImmutableMap);

/**
 * A frozen `Set` whose `add`, `delete` and `clear` throw a `TypeError`.
 *
 * @example
 * ```ts
 * const tags = new ImmutableSet(['printer']);
 * [tags instanceof Set, tags.has('printer')];
 * //=> [true, true]
 * (() => { try { tags.add('x'); return 'changed'; } catch (e) { return e instanceof TypeError; } })();
 * //=> true
 * ```
 */
export class ImmutableSet<T> extends Set<T> {
  constructor(values: Iterable<T>) {
    super();
    for (const value of values) setAdd.call(this, value);
    Object.freeze(this);
  }
  override add(_value: T): never {
    return refuse('Set', 'add');
  }
  override delete(_value: T): never {
    return refuse('Set', 'delete');
  }
  override clear(): never {
    return refuse('Set', 'clear');
  }
}
Object.defineProperty(ImmutableSet.prototype, 'constructor', { value: Set });
Object.freeze(ImmutableSet.prototype);
Object.freeze(ImmutableSet);
