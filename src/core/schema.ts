import { dateSlot } from './date-slot.js';
import { describeValue } from './describe-value.js';

/*
 * A small schema kit: combinators whose values are at once a TypeScript type (through
 * `Infer`) and a check of untrusted input. It exists so that a decider can refuse a malformed
 * command without pulling zod into its bundle, and so that the decider and the parser share
 * one schema per command (a drift between a command's type and its check is a type error).
 *
 * Reading never throws and never runs the caller's code twice: a property is read once, as an
 * own data property (`Object.getOwnPropertyDescriptor` inside try/catch, so that Proxies and
 * revoked Proxies are refused, not thrown); a getter is refused without being called; bad
 * values are described with `describeValue` (never `toString` or `JSON.stringify`). The
 * output is a fresh copy holding only the keys the schema names.
 */

/** A path into a value: property names and array indices. */
export type SchemaPath = readonly (string | number)[];

/**
 * One reason why a value does not fit a {@link Schema}: where (`path`, empty for the value
 * itself) and why, in English.
 *
 * @example
 * ```ts
 * parseWithSchema(schemaKit.object({ at: schemaKit.date() }), { at: 'soon' }).issues;
 * //=> [{ path: ['at'], reason: 'expected a valid Date, got "soon"' }]
 * ```
 */
export interface SchemaIssue {
  readonly path: SchemaPath;
  readonly reason: string;
}

/**
 * How a value is read: `'value'` takes JavaScript values as they are (a `Date` must be a
 * Date, texts are kept as given); `'json'` also reads an ISO 8601 date-time with an offset as
 * a Date and trims texts.
 *
 * @example
 * ```ts
 * parseWithSchema(schemaKit.date(), '2026-03-02T09:00:00Z', 'json').ok;
 * //=> true
 * ```
 */
export type SchemaMode = 'value' | 'json';

interface Context {
  readonly mode: SchemaMode;
  readonly issues: SchemaIssue[];
  /** The objects being read, to refuse a cycle instead of looping. */
  readonly open: Set<object>;
}

/** Returned by a reader when the value does not fit (its issues are already recorded). */
const invalid: unique symbol = Symbol('invalid');
type Invalid = typeof invalid;

/**
 * A schema of values of type `T`: build one with the combinators of {@link schemaKit}, read
 * a value with {@link parseWithSchema}, and name its type with {@link Infer}.
 *
 * @example
 * ```ts
 * const level = schemaKit.literals([1, 2, 3]);
 * parseWithSchema(level, 2).ok;
 * //=> true
 * ```
 */
export interface Schema<T> {
  /** Whether the property may be absent (set by `schemaKit.optional`). */
  readonly optional: boolean;
  /** @internal */
  readonly read: (value: unknown, path: SchemaPath, context: Context) => T | Invalid;
}

/**
 * The type of the values a {@link Schema} accepts.
 *
 * @example
 * ```ts
 * type Level = Infer<ReturnType<typeof schemaKit.literals<readonly [1, 2, 3]>>>;
 * const l: Level = 2;
 * l;
 * //=> 2
 * ```
 */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/**
 * The shape of an object schema: a schema per key.
 *
 * @example
 * ```ts
 * const shape: SchemaShape = { id: schemaKit.text() };
 * Object.keys(shape);
 * //=> ["id"]
 * ```
 */
export type SchemaShape = { readonly [key: string]: Schema<unknown> };

type OptionalKeys<S extends SchemaShape> = {
  [K in keyof S]: S[K] extends { readonly optional: true } ? K : never;
}[keyof S];
type RequiredKeys<S extends SchemaShape> = Exclude<keyof S, OptionalKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The type of the values an object schema of `S` accepts. */
type ObjectOf<S extends SchemaShape> = Simplify<
  { readonly [K in RequiredKeys<S>]: Infer<S[K]> } & {
    readonly [K in OptionalKeys<S>]?: Infer<S[K]>;
  }
>;

function schema<T>(read: Schema<T>['read']): Schema<T> {
  return Object.freeze({ optional: false, read });
}

function fail(context: Context, path: SchemaPath, reason: string): Invalid {
  context.issues.push({ path, reason });
  return invalid;
}

function expected(context: Context, path: SchemaPath, what: string, value: unknown): Invalid {
  return fail(context, path, `expected ${what}, got ${describeValue(value)}`);
}

/** The kind of object `value` is, or `undefined` when it is not a readable object. */
function objectKind(value: unknown): 'array' | 'object' | 'unreadable' | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return Array.isArray(value) ? 'array' : 'object';
  } catch {
    return 'unreadable';
  }
}

type Read = { readonly found: boolean; readonly value: unknown } | Invalid;

const absent: Read = Object.freeze({ found: false, value: undefined });

/** Reads one own data property, once, without calling a getter or letting a trap throw. */
function readOwn(target: object, key: string, path: SchemaPath, context: Context): Read {
  let descriptor: PropertyDescriptor | undefined;
  try {
    descriptor = Object.getOwnPropertyDescriptor(target, key);
  } catch {
    return fail(context, path, 'could not be read');
  }
  if (descriptor === undefined) return absent;
  if (!('value' in descriptor))
    return fail(context, path, 'expected a data property, got a getter');
  return { found: true, value: descriptor.value };
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The longest array a schema reads, so that a sparse array of length 2³² costs nothing. */
const maxItems = 10_000;

interface TextOptions {
  /** Refuse a text that is blank once trimmed. Default: `true`. */
  readonly nonEmpty?: boolean;
}

interface NumberOptions {
  /** Refuse 0 and negative numbers. */
  readonly positive?: boolean;
  /** Refuse negative numbers. */
  readonly nonNegative?: boolean;
}

/**
 * The combinators of the schema kit.
 *
 * @example
 * ```ts
 * const actor = schemaKit.object({ id: schemaKit.text(), level: schemaKit.literals([1, 2, 3]) });
 * parseWithSchema(actor, { id: 'alice', level: 4 }).issues;
 * //=> [{ path: ['level'], reason: 'expected one of 1, 2, 3, got 4' }]
 * ```
 */
export const schemaKit = Object.freeze({
  /** A string, trimmed in `'json'` mode; not blank unless `nonEmpty` is `false`. */
  text<T extends string = string>(options: TextOptions = {}): Schema<T> {
    const nonEmpty = options.nonEmpty ?? true;
    return schema((value, path, context) => {
      if (typeof value !== 'string') return expected(context, path, 'a string', value);
      if (nonEmpty && value.trim().length === 0) {
        return expected(context, path, 'a non-empty text', value);
      }
      return (context.mode === 'json' ? value.trim() : value) as T;
    });
  },
  /** A string kept as given, blank or not. */
  string(): Schema<string> {
    return schema((value, path, context) =>
      typeof value === 'string' ? value : expected(context, path, 'a string', value),
    );
  },
  /** Any value, kept as it is (for a field whose content a later rule checks). */
  unknown(): Schema<unknown> {
    return schema((value) => value);
  },
  /** `true` or `false`. */
  boolean(): Schema<boolean> {
    return schema((value, path, context) =>
      typeof value === 'boolean' ? value : expected(context, path, 'a boolean', value),
    );
  },
  /** A finite number. */
  number(options: NumberOptions = {}): Schema<number> {
    return schema((value, path, context) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return expected(context, path, 'a finite number', value);
      }
      if (options.positive === true && !(value > 0)) {
        return expected(context, path, 'a number > 0', value);
      }
      if (options.nonNegative === true && !(value >= 0)) {
        return expected(context, path, 'a number ≥ 0', value);
      }
      return value;
    });
  },
  /** One of a list of strings or numbers. */
  literals<const L extends readonly (string | number)[]>(list: L): Schema<L[number]> {
    const shown = list.map((v) => describeValue(v)).join(', ');
    return schema((value, path, context) =>
      (typeof value === 'string' || typeof value === 'number') && list.includes(value)
        ? (value as L[number])
        : expected(context, path, `one of ${shown}`, value),
    );
  },
  /** A valid Date (a copy); in `'json'` mode also an ISO 8601 date-time with an offset. */
  date(): Schema<Date> {
    return schema((value, path, context) => {
      let time = dateSlot(value);
      if (
        time === undefined &&
        context.mode === 'json' &&
        typeof value === 'string' &&
        value.length <= 40 &&
        isoDateTime.test(value)
      ) {
        time = Date.parse(value);
      }
      if (time === undefined || Number.isNaN(time)) {
        return expected(context, path, 'a valid Date', value);
      }
      return new Date(time);
    });
  },
  /** The same schema, whose property may be absent (or `undefined`, read as absent). */
  optional<T>(inner: Schema<T>): Schema<T> & { readonly optional: true } {
    return Object.freeze({ optional: true as const, read: inner.read });
  },
  /** A list of values of one schema (at most 10,000, without holes). */
  array<T>(item: Schema<T>): Schema<readonly T[]> {
    return schema((value, path, context) => {
      const kind = objectKind(value);
      if (kind === 'unreadable') return fail(context, path, 'could not be read');
      if (kind !== 'array') return expected(context, path, 'a list', value);
      const list = value as object;
      if (context.open.has(list)) return fail(context, path, 'is a cycle');
      const length = readOwn(list, 'length', path, context);
      if (length === invalid) return invalid;
      if (typeof length.value !== 'number' || length.value > maxItems) {
        return fail(context, path, `expected a list of at most ${maxItems} items`);
      }
      context.open.add(list);
      const out: T[] = [];
      let ok = true;
      for (let index = 0; index < length.value; index++) {
        const at = [...path, index];
        const read = readOwn(list, String(index), at, context);
        if (read === invalid) {
          ok = false;
          continue;
        }
        if (!read.found) {
          ok = false;
          fail(context, at, 'is a hole in the list');
          continue;
        }
        const v = item.read(read.value, at, context);
        if (v === invalid) ok = false;
        else out.push(v);
      }
      context.open.delete(list);
      return ok ? out : invalid;
    });
  },
  /**
   * An object with these keys (own data properties); others are dropped, or refused when
   * `exact` is set. The output holds only the keys the schema names.
   */
  object<const S extends SchemaShape>(
    shape: S,
    options: { readonly exact?: boolean } = {},
  ): Schema<ObjectOf<S>> {
    const keys = Object.keys(shape);
    return schema((value, path, context) => {
      const kind = objectKind(value);
      if (kind === 'unreadable') return fail(context, path, 'could not be read');
      if (kind !== 'object') return expected(context, path, 'an object', value);
      const target = value as object;
      if (context.open.has(target)) return fail(context, path, 'is a cycle');
      if (options.exact === true) {
        let own: (string | symbol)[];
        try {
          own = Reflect.ownKeys(target);
        } catch {
          return fail(context, path, 'could not be read');
        }
        const extra = own.find((k) => typeof k !== 'string' || !Object.hasOwn(shape, k));
        if (extra !== undefined) {
          return fail(context, path, `has an unexpected key ${describeValue(extra)}`);
        }
      }
      context.open.add(target);
      const out: Record<string, unknown> = {};
      let ok = true;
      for (const key of keys) {
        const field = shape[key] as Schema<unknown>;
        const at = [...path, key];
        const read = readOwn(target, key, at, context);
        if (read === invalid) {
          ok = false;
          continue;
        }
        if (!read.found || read.value === undefined) {
          if (!field.optional) {
            ok = false;
            fail(context, at, 'is required');
          }
          continue;
        }
        const v = field.read(read.value, at, context);
        if (v === invalid) ok = false;
        else out[key] = v;
      }
      context.open.delete(target);
      return ok ? (out as ObjectOf<S>) : invalid;
    });
  },
  /**
   * One of several object schemas, chosen by the value of a key they all hold (`cases` maps
   * each value of that key to its schema).
   */
  variants<K extends string, const C extends { readonly [tag: string]: Schema<unknown> }>(
    key: K,
    cases: C,
  ): Schema<Infer<C[keyof C]>> {
    const tags = Object.keys(cases);
    const shown = tags.map((t) => describeValue(t)).join(', ');
    return schema((value, path, context) => {
      const kind = objectKind(value);
      if (kind === 'unreadable') return fail(context, path, 'could not be read');
      if (kind !== 'object') return expected(context, path, 'an object', value);
      const at = [...path, key];
      const read = readOwn(value as object, key, at, context);
      if (read === invalid) return invalid;
      const tag = read.value;
      if (typeof tag !== 'string' || !Object.hasOwn(cases, tag)) {
        return expected(context, at, `one of ${shown}`, tag);
      }
      return (cases[tag] as Schema<Infer<C[keyof C]>>).read(value, path, context);
    });
  },
  /**
   * Any object, read into a shallow copy of its own enumerable data properties with string
   * keys (the values are not checked, nor copied deeper); a getter is refused, not called.
   */
  ownData(): Schema<Readonly<Record<string, unknown>>> {
    return schema((value, path, context) => {
      const kind = objectKind(value);
      if (kind === 'unreadable') return fail(context, path, 'could not be read');
      if (kind !== 'object') return expected(context, path, 'an object', value);
      let keys: string[];
      try {
        keys = Object.keys(value as object);
      } catch {
        return fail(context, path, 'could not be read');
      }
      if (keys.length > maxItems) return fail(context, path, `has more than ${maxItems} keys`);
      const out: Record<string, unknown> = {};
      let ok = true;
      for (const key of keys) {
        const read = readOwn(value as object, key, [...path, key], context);
        if (read === invalid) ok = false;
        else if (read.found) out[key] = read.value;
      }
      return ok ? out : invalid;
    });
  },
  /** A schema whose value passes one more check (`check` gives the reason it fails). */
  refine<T>(inner: Schema<T>, check: (value: T) => string | undefined): Schema<T> {
    return schema((value, path, context) => {
      const v = inner.read(value, path, context);
      if (v === invalid) return invalid;
      const reason = check(v);
      return reason === undefined ? v : fail(context, path, reason);
    });
  },
});

/**
 * What {@link parseWithSchema} found: the value read (a fresh copy) or every issue.
 */
export type SchemaResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly SchemaIssue[] };

/**
 * Reads `value` with `schema`: never throws, whatever the value (BigInt, Symbol, cycles,
 * Proxies, revoked Proxies, getters that throw, null prototypes, sparse arrays).
 *
 * @example
 * ```ts
 * parseWithSchema(schemaKit.object({ n: schemaKit.number() }), { n: 1n }).issues;
 * //=> [{ path: ['n'], reason: 'expected a finite number, got 1n' }]
 * ```
 */
export function parseWithSchema<T>(
  schema: Schema<T>,
  value: unknown,
  mode: SchemaMode = 'value',
): SchemaResult<T> {
  const context: Context = { mode, issues: [], open: new Set() };
  let read: T | Invalid;
  try {
    read = schema.read(value, [], context);
  } catch {
    /* c8 ignore next 2 -- a last guard: every read above is already protected. */
    return { ok: false, issues: [{ path: [], reason: 'could not be read' }] };
  }
  if (read === invalid || context.issues.length > 0) {
    return { ok: false, issues: context.issues };
  }
  return { ok: true, value: read, issues: [] };
}

/**
 * A path written for a message: `commitments[1].within`.
 *
 * @example
 * ```ts
 * formatSchemaPath(['commitments', 1, 'within']);
 * //=> 'commitments[1].within'
 * ```
 */
export function formatSchemaPath(path: SchemaPath): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out;
}
