import type { EventStore } from '../storage/event-store.js';
import { readAllEvents } from '../storage/read-all-events.js';
import type { TicketEvent } from '../ticket/ticket-events.js';
import type { CallQueueEvent } from './call-queue-events.js';
import { createIndicatorAccumulator } from './indicator-accumulator.js';
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
  const acc = createIndicatorAccumulator(options);
  const readOptions = options.pageSize === undefined ? {} : { limit: options.pageSize };
  for await (const stored of readAllEvents(store, readOptions))
    acc.add(stored as unknown as IndicatorEntry);
  return acc.snapshot(at);
}
