import { describeValue } from '../core/describe-value.js';
import { ImmutableDate, ImmutableMap, ImmutableSet } from './immutable-builtins.js';

/**
 * The deepest nesting an event may have in the reference store, in levels of objects,
 * arrays, maps and sets. Deeper events are refused with a `TypeError` (no stack overflow).
 *
 * @example
 * ```ts
 * maxStoredEventDepth;
 * //=> 1000
 * ```
 */
export const maxStoredEventDepth = 1000;

/** One event of a batch as the reference store keeps it. */
export interface FrozenEventCopy<E> {
  /** A deep-frozen copy: Dates, Maps and Sets replaced by ones whose setters throw. */
  readonly event: E;
  /**
   * `true` when the event holds an `ArrayBuffer`, a typed array or a `DataView`, whose
   * bytes no freezing protects: such an event is copied again on each read.
   */
  readonly copyOnRead: boolean;
}

/**
 * Copies a whole batch for storage, or throws a `TypeError` naming the first value that
 * cannot be stored, before anything is written. An event must be data that
 * `structuredClone` copies (objects, arrays, strings, numbers, BigInts, booleans, `null`,
 * `undefined`, `Date`, `Map`, `Set`, `RegExp`, boxed primitives, `ArrayBuffer` and typed
 * arrays), and also:
 *
 * - no holes: a sparse array (`[, 1]`), the batch included, is refused;
 * - no cycles: an object that contains itself is refused (shared, non-cyclic parts are kept);
 * - no shared memory: a `SharedArrayBuffer`, or a view on one, is refused, since another
 *   thread could change it after it was stored (copy it into an `ArrayBuffer` first);
 * - at most {@link maxStoredEventDepth} levels deep.
 *
 * Functions, symbols, Proxies (revoked ones too), `WeakMap`s, Promises and getters that
 * throw are refused; class instances are stored as `structuredClone` copies them (plain
 * objects). The copy is deep-frozen, once, with its Dates, Maps and Sets replaced by
 * {@link ImmutableDate}, {@link ImmutableMap} and {@link ImmutableSet}, so a store can hand it
 * out on every read without copying it.
 *
 * @param events - The batch given to `append`.
 * @param method - The method name the error messages start with.
 * @throws TypeError naming the path of the first value that cannot be stored.
 * @example
 * ```ts
 * const [copy] = frozenEventCopies([{ type: 'opened', at: new Date(0) }], 'append');
 * [Object.isFrozen(copy.event), copy.event.at instanceof ImmutableDate, copy.copyOnRead];
 * //=> [true, true, false]
 * const cyclic: { self?: unknown } = {};
 * cyclic.self = cyclic;
 * (() => { try { return frozenEventCopies([cyclic], 'append'); } catch (e) { return e.message; } })();
 * //=> 'append: events[0].self refers back to events[0] (a cycle); an event must be a tree of plain data.'
 * ```
 */
export function frozenEventCopies<E>(events: readonly E[], method: string): FrozenEventCopy<E>[] {
  let clone: unknown;
  try {
    clone = structuredClone(events);
  } catch (cause) {
    throw new TypeError(`${method}: ${whyUncloneable(events, 'events', cause)}`, { cause });
  }
  if (!Array.isArray(clone)) {
    throw new TypeError(`${method}: events must be an array, got ${describeValue(events)}.`);
  }
  const hole = firstHole(clone);
  if (hole !== undefined) {
    throw new TypeError(
      `${method}: events[${hole}] is a hole (a sparse array); every event must be present.`,
    );
  }
  return clone.map((event: unknown, index) => {
    const walker = new Freezer(method, `events[${index}]`);
    const frozen = walker.freezeEvent(event);
    return { event: frozen as E, copyOnRead: walker.copyOnRead };
  });
}

/**
 * A fresh frozen copy of a stored event that holds bytes (see
 * {@link FrozenEventCopy.copyOnRead}), to hand out on a read.
 *
 * @example
 * ```ts
 * const [stored] = frozenEventCopies([{ bytes: new Uint8Array([1, 2]) }], 'append');
 * const read = frozenReadCopy(stored.event);
 * [read.bytes !== stored.event.bytes, [...read.bytes]];
 * //=> [true, [1, 2]]
 * ```
 */
export function frozenReadCopy<E>(event: E): E {
  return new Freezer('read', 'event').freezeEvent(structuredClone(event)) as E;
}

/** The first missing index of an array, in time proportional to the indices present. */
function firstHole(array: readonly unknown[]): number | undefined {
  for (let i = 0; i < array.length; i++) {
    if (!(i in array)) return i;
  }
  return undefined;
}

const sharedArrayBuffer: (new (length: number) => object) | undefined =
  typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer : undefined;

function isShared(buffer: unknown): boolean {
  return sharedArrayBuffer !== undefined && buffer instanceof sharedArrayBuffer;
}

/** One step of the path from an event to one of its parts, rendered only in a refusal. */
type Step = string | number | readonly ['key' | 'value' | 'item', number];

/** Thrown inside a walk when it goes deeper than the cap: a cycle, or a too deep event. */
class TooDeep extends Error {}

/**
 * Walks a structured clone (no caller code can run in it): checks, replaces and freezes, in
 * one pass with no bookkeeping per object on the way. A frozen object is one already walked
 * (the clone is fresh, so nothing in it was frozen before): a part shared by two places is
 * walked once. A cycle shows as a walk deeper than the cap; only then is the event searched
 * for the cycle, to name it.
 */
class Freezer {
  copyOnRead = false;
  readonly #method: string;
  readonly #root: string;
  readonly #steps: Step[] = [];
  /** Dates, Maps and Sets already replaced, so that a shared one stays one object. */
  #replaced: Map<object, object> | undefined;

  constructor(method: string, root: string) {
    this.#method = method;
    this.#root = root;
  }

  /** The frozen event, or a `TypeError` naming what cannot be stored. */
  freezeEvent(event: unknown): unknown {
    try {
      return this.#freeze(event, 1);
    } catch (error) {
      if (!(error instanceof TooDeep)) throw error;
      const cycle = findCycle(event, this.#root);
      this.#steps.length = 0;
      throw new TypeError(
        `${this.#method}: ${cycle ?? `${this.#root} is nested deeper than ${maxStoredEventDepth} levels.`}`,
      );
    }
  }

  #freeze(value: unknown, depth: number): unknown {
    if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
    if (depth > maxStoredEventDepth) throw new TooDeep();
    if (value instanceof Date || value instanceof Map || value instanceof Set) {
      this.#replaced ??= new Map();
      const done = this.#replaced.get(value);
      if (done !== undefined) return done;
      const replaced = this.#replace(value, depth);
      this.#replaced.set(value, replaced);
      return replaced;
    }
    if (isShared(value) || (ArrayBuffer.isView(value) && isShared(value.buffer))) {
      this.#refuse(
        'is shared memory (a SharedArrayBuffer or a view on one), which another thread could change after it was stored; copy it into an ArrayBuffer first.',
      );
    }
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
      this.copyOnRead = true;
      return value;
    }
    const isArray = Array.isArray(value);
    if (isArray) {
      const hole = firstHole(value);
      if (hole !== undefined) {
        this.#steps.push(hole);
        this.#refuse('is a hole (a sparse array); write null or undefined.');
      }
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const child = record[key];
      this.#steps.push(isArray ? Number(key) : key);
      const frozen = this.#freeze(child, depth + 1);
      this.#steps.pop();
      if (frozen !== child) Object.defineProperty(record, key, { value: frozen });
    }
    return Object.freeze(value);
  }

  #replace(value: Date | Map<unknown, unknown> | Set<unknown>, depth: number): object {
    if (value instanceof Date) return new ImmutableDate(value.getTime());
    if (value instanceof Map) {
      const entries: [unknown, unknown][] = [];
      let i = 0;
      for (const [key, item] of value) {
        this.#steps.push(['key', i]);
        const frozenKey = this.#freeze(key, depth + 1);
        this.#steps.pop();
        this.#steps.push(['value', i]);
        entries.push([frozenKey, this.#freeze(item, depth + 1)]);
        this.#steps.pop();
        i++;
      }
      return new ImmutableMap(entries);
    }
    const items: unknown[] = [];
    let i = 0;
    for (const item of value) {
      this.#steps.push(['item', i++]);
      items.push(this.#freeze(item, depth + 1));
      this.#steps.pop();
    }
    return new ImmutableSet(items);
  }

  #refuse(reason: string): never {
    const path = renderPath(this.#root, this.#steps);
    this.#steps.length = 0;
    throw new TypeError(`${this.#method}: ${path} ${reason}`);
  }
}

function renderPath(root: string, steps: readonly Step[]): string {
  let path = root;
  for (const step of steps) {
    if (typeof step === 'number') path += `[${step}]`;
    else if (typeof step === 'string') path = childPath(path, step, false);
    else path += ` ${step[0]} #${step[1]}`;
  }
  return path;
}

/**
 * Names the first cycle of a structured clone, or `undefined` when it has none (it is then
 * only too deep). Runs only after a walk went past the depth cap; each object is searched once.
 */
function findCycle(event: unknown, root: string): string | undefined {
  const ancestors = new Map<object, string>();
  const searched = new Set<object>();
  const search = (value: unknown, path: string, depth: number): string | undefined => {
    if (typeof value !== 'object' || value === null || searched.has(value)) return undefined;
    const ancestor = ancestors.get(value);
    if (ancestor !== undefined) {
      return `${path} refers back to ${ancestor} (a cycle); an event must be a tree of plain data.`;
    }
    if (depth > maxStoredEventDepth) return undefined;
    ancestors.set(value, path);
    const children: [string, unknown][] =
      value instanceof Map
        ? [...value].flatMap(([k, v], i) => [
            [`${path} key #${i}`, k],
            [`${path} value #${i}`, v],
          ])
        : value instanceof Set
          ? [...value].map((v, i) => [`${path} item #${i}`, v])
          : Object.keys(value).map((key) => [
              childPath(path, key, Array.isArray(value)),
              (value as Record<string, unknown>)[key],
            ]);
    for (const [childPathText, child] of children) {
      const found = search(child, childPathText, depth + 1);
      if (found !== undefined) return found;
    }
    ancestors.delete(value);
    searched.add(value);
    return undefined;
  };
  return search(event, root, 1);
}

function childPath(path: string, key: string, inArray: boolean): string {
  if (inArray) return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${describeValue(key)}]`;
}

function clones(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/** The deepest the search for the reason of a failed copy goes, to stay cheap and bounded. */
const maxSearchDepth = 64;

/**
 * Finds, in the caller's value, the first place `structuredClone` fails on and says why.
 * Runs only after a copy failed; every read is guarded (getters and Proxy traps may throw).
 */
function whyUncloneable(value: unknown, root: string, cause: unknown): string {
  if (cause instanceof RangeError) {
    return `${root} is nested too deeply to be stored (at most ${maxStoredEventDepth} levels).`;
  }
  const found = searchUncloneable(value, root, new Set(), 0);
  return `${found ?? `${root} cannot be copied`}; an event must be plain data (objects, arrays, strings, numbers, booleans, null, Date, Map, Set…), without functions, symbols, Proxies or getters that throw.`;
}

function searchUncloneable(
  value: unknown,
  path: string,
  seen: Set<object>,
  depth: number,
): string | undefined {
  if (clones(value)) return undefined;
  if (typeof value !== 'object' || value === null) {
    return `${path} cannot be stored: it is ${describeValue(value)}`;
  }
  if (seen.has(value)) return undefined;
  if (depth >= maxSearchDepth) return `${path} cannot be stored: it is nested too deeply`;
  seen.add(value);
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return `${path} cannot be stored: it is ${describeValue(value)} whose keys cannot be read (a revoked Proxy?)`;
  }
  let inArray = false;
  try {
    inArray = Array.isArray(value);
  } catch {
    // A revoked Proxy: its keys could not have been read above.
  }
  for (const key of keys) {
    const where = childPath(path, key, inArray);
    let child: unknown;
    try {
      child = (value as Record<string, unknown>)[key];
    } catch {
      return `${where} cannot be stored: reading it throws`;
    }
    const found = searchUncloneable(child, where, seen, depth + 1);
    if (found !== undefined) return found;
  }
  return `${path} cannot be stored: it is ${describeValue(value)} that cannot be copied (a Proxy, a WeakMap, a Promise, a getter that throws…)`;
}
