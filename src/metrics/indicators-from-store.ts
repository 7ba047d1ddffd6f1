import type { EventStore } from '../storage/event-store.js';
import { readAllEvents } from '../storage/read-all-events.js';
import type { TicketEvent } from '../ticket/ticket-events.js';
import type { CallQueueEvent } from './call-queue-events.js';
import {
  createIndicatorAccumulator,
  type IndicatorOptions,
  type ServiceIndicators,
} from './service-indicators.js';

/**
 * The {@link ServiceIndicators} of everything an event store holds, read page by page in its
 * global order (`readAll`) through the streaming accumulator: the batch helper for a stored
 * history. Ticket events are keyed by their stream id; call-queue events may sit in any stream.
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
export async function serviceIndicatorsFromStore(
  store: EventStore<TicketEvent | CallQueueEvent>,
  at: Date,
  options: IndicatorOptions & { readonly pageSize?: number } = {},
): Promise<ServiceIndicators> {
  const acc = createIndicatorAccumulator(options);
  const readOptions = options.pageSize === undefined ? {} : { limit: options.pageSize };
  for await (const stored of readAllEvents(store, readOptions)) acc.add(stored);
  return acc.snapshot(at);
}
