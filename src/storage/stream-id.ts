import { describeValue } from '../core/describe-value.js';
import { inputError } from '../core/input-guard.js';

declare const streamIdBrand: unique symbol;

/**
 * The identifier of an event stream: one stream per aggregate, such as one ticket
 * (`'ticket-42'`). Branded so that a bare string, or a ticket's own id, cannot be passed
 * where a stream id is expected by accident; build one with {@link streamId}.
 */
export type StreamId = string & { readonly [streamIdBrand]: 'StreamId' };

/**
 * Checks that a value is a valid stream id (a non-empty string) and brands it as a
 * {@link StreamId}. Stream ids are compared as exact strings: `'Ticket-1'` and `'ticket-1'`
 * are two streams.
 *
 * @throws TypeError when the value is not a string or is empty.
 * @example
 * ```ts
 * streamId('ticket-42');
 * //=> 'ticket-42'
 * ```
 */
export function streamId(value: string): StreamId {
  assertStreamId(value);
  return value;
}

/**
 * Asserts at run time that a value is a valid {@link StreamId} (a non-empty string). Adapters
 * call it on the arguments they receive, since plain JavaScript callers bypass the brand.
 *
 * @throws TypeError when the value is not a string or is empty.
 * @example
 * ```ts
 * const raw: unknown = 'ticket-42';
 * assertStreamId(raw);
 * raw;
 * //=> 'ticket-42'
 * ```
 */
export function assertStreamId(value: unknown): asserts value is StreamId {
  if (typeof value !== 'string' || value.length === 0) {
    throw inputError(
      `A stream id must be a non-empty string such as 'ticket-42', got ${describeValue(value)}.`,
    );
  }
}
