import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import type { EventStore } from '../storage/event-store.js';
import { readAllEvents } from '../storage/read-all-events.js';
import type { TicketEvent } from '../ticket/ticket-events.js';
import type { CallQueueEvent } from './call-queue-events.js';
import { createIndicatorAccumulator, type IndicatorAccumulator } from './indicator-accumulator.js';
import type { IndicatorEntry } from './indicator-entry.js';
import type { ServiceIndicators } from './indicator-figures.js';
import type { IndicatorOptions } from './indicator-options.js';

/**
 * The {@link ServiceIndicators} of everything an event store holds, read page by page in its
 * global order (`readAll`) through the streaming accumulator: the batch helper for a stored
 * history. Ticket events are keyed by their stream id; call-queue events may sit in any stream;
 * events of other kinds in the same store (problems, a product's own) are skipped.
 *
 * @see seed §1, §2.5.2.4
 * @throws TypeError (as a rejection) when `store` is not an event store, `options.pageSize` is
 * not a whole number ≥ 1, the options are invalid, or a stored entry is refused (see
 * {@link IndicatorAccumulator.add}); a failure of the store itself rejects as it is.
 * @example
 * ```ts
 * const store = new InMemoryEventStore<TicketEvent | CallQueueEvent>();
 * await store.append(streamId('queue'), [
 *   { type: 'call-answered', callId: 'c1', at: new Date(0), waitedMs: 20_000 },
 * ], { expectedVersion: 0 });
 * (await serviceIndicatorsFromStore(store, new Date(0))).calls.answered;
 * //=> 1
 * ```
 */
export async function serviceIndicatorsFromStore<
  E extends { readonly type: string; readonly at: Date } = TicketEvent | CallQueueEvent,
>(
  store: EventStore<E>,
  at: Date,
  options: IndicatorOptions & { readonly pageSize?: number } = {},
): Promise<ServiceIndicators> {
  // What the caller gives is checked before the store is read; what the store answers is
  // checked by readAllEvents and the accumulator, and its own failures pass as they are.
  const { acc, readOptions } = guardInput('serviceIndicatorsFromStore', () => {
    if (typeof store !== 'object' || store === null || typeof store.readAll !== 'function') {
      throw inputError(
        `serviceIndicatorsFromStore: store must be an EventStore (with a readAll method), got ${describeValue(store)}.`,
      );
    }
    if (typeof options !== 'object' || options === null) {
      throw inputError(
        `serviceIndicatorsFromStore: options must be an object when given, got ${describeValue(options)}.`,
      );
    }
    const pageSize: unknown = options.pageSize;
    if (
      pageSize !== undefined &&
      !(typeof pageSize === 'number' && Number.isSafeInteger(pageSize) && pageSize >= 1)
    ) {
      throw inputError(
        `serviceIndicatorsFromStore: options.pageSize must be a whole number ≥ 1 when given, got ${describeValue(pageSize)}.`,
      );
    }
    return {
      acc: createIndicatorAccumulator(options),
      readOptions: pageSize === undefined ? {} : { limit: pageSize },
    };
  });
  for await (const stored of readAllEvents(store, readOptions))
    acc.add(stored as unknown as IndicatorEntry);
  return acc.snapshot(at);
}
