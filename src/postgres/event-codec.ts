import { describeValue } from '../core/describe-value.js';

/**
 * How the PostgreSQL adapter turns an event into the JSON stored in its `jsonb` column, and
 * back. `decode(encode(e))` must equal `e`: the conformance kit reads events back and
 * compares them with what was appended.
 *
 * - `encode` runs before any I/O; it throws a `TypeError` for an event it cannot store
 *   (nothing is written).
 * - `type` names the event for the `type` column (for queries and migrations, never read
 *   back by the adapter).
 *
 * @example
 * ```ts
 * const codec: EventCodec<{ type: string; at: Date }> = jsonEventCodec();
 * const stored = codec.encode({ type: 'opened', at: new Date('2026-03-02T08:00:00Z') });
 * stored;
 * //=> { type: 'opened', at: { $date: '2026-03-02T08:00:00.000Z' } }
 * codec.decode(stored).at.toISOString();
 * //=> '2026-03-02T08:00:00.000Z'
 * ```
 */
export interface EventCodec<E> {
  /** The JSON value to store (objects, arrays, strings, finite numbers, booleans, null). */
  encode(event: E): unknown;
  /** Gives back the event from the JSON value read from the database. */
  decode(data: unknown): E;
  /** The event's type for the `type` column; `'event'` when the event has none. */
  typeOf(event: E): string;
}

const dateTag = '$date';
const escapeTag = '$escape';

function isTagged(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === dateTag || keys[0] === escapeTag);
}

function encodeValue(value: unknown, path: string, seen: Set<object>): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      throw new TypeError(
        `append: ${path} holds a NUL character (\\u0000), which PostgreSQL's jsonb cannot store.`,
      );
    }
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new TypeError(
        `append: ${path} is ${describeValue(value)}; JSON holds finite numbers only.`,
      );
    }
    return value;
  }
  if (typeof value !== 'object') {
    throw new TypeError(
      `append: ${path} is ${describeValue(value)}; events must be plain data (objects, arrays, strings, finite numbers, booleans, null, Date).`,
    );
  }
  if (value instanceof Date) {
    const time = value.getTime();
    return { [dateTag]: Number.isNaN(time) ? null : value.toISOString() };
  }
  if (seen.has(value)) {
    throw new TypeError(`append: ${path} refers back to itself; events cannot hold cycles.`);
  }
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return value.map((item, i) => {
        if (item === undefined) {
          throw new TypeError(`append: ${path}[${i}] is undefined; JSON arrays cannot hold it.`);
        }
        return encodeValue(item, `${path}[${i}]`, seen);
      });
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(
        `append: ${path} is ${describeValue(value)}; events must be plain data (objects, arrays, strings, finite numbers, booleans, null, Date), not Map, Set or class instances.`,
      );
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      out[key] = encodeValue(item, `${path}.${key}`, seen);
    }
    return isTagged(out) ? { [escapeTag]: out } : out;
  } finally {
    seen.delete(value);
  }
}

function decodeValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const record = value as Record<string, unknown>;
  if (isTagged(record)) {
    if (dateTag in record) {
      const iso = record[dateTag];
      return new Date(typeof iso === 'string' ? iso : Number.NaN);
    }
    const inner = record[escapeTag] as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(inner)) out[key] = decodeValue(item);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) out[key] = decodeValue(item);
  return out;
}

/**
 * The default {@link EventCodec}: plain JSON, with `Date`s kept as dates. A `Date` is stored
 * as `{ "$date": "<ISO 8601>" }` and revived on read, wherever it sits (the ticket's and the
 * problem's events round-trip exactly); an object of your own whose only key is `$date` or
 * `$escape` is wrapped so that it comes back as it was. Properties set to `undefined` are
 * left out, as JSON does. Refused with a `TypeError` before anything is written: `BigInt`,
 * `NaN` and infinities, functions, symbols, `Map`, `Set`, class instances, cycles, `undefined`
 * in an array, and strings holding `\u0000` (jsonb cannot store it). `-0` reads back as `0`.
 *
 * @example
 * ```ts
 * const codec = jsonEventCodec<{ type: 'noted'; text: string; at: Date }>();
 * const event = { type: 'noted' as const, text: 'écran noir', at: new Date('2026-03-02T08:00:00Z') };
 * codec.decode(JSON.parse(JSON.stringify(codec.encode(event))));
 * //=> { type: 'noted', text: 'écran noir', at: new Date('2026-03-02T08:00:00.000Z') }
 * codec.typeOf(event);
 * //=> 'noted'
 * ```
 */
export function jsonEventCodec<E>(): EventCodec<E> {
  return {
    encode: (event) => encodeValue(event, 'event', new Set()),
    decode: (data) => decodeValue(data) as E,
    typeOf: (event) => {
      const type =
        typeof event === 'object' && event !== null && !Array.isArray(event)
          ? (event as { type?: unknown }).type
          : undefined;
      return typeof type === 'string' ? type : 'event';
    },
  };
}
