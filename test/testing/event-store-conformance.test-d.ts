import { expectTypeOf, test } from 'vitest';
import { InMemoryEventStore } from '../../src/storage/in-memory-event-store.js';
import {
  type ConformanceEvent,
  describeEventStoreConformance,
  type EventStoreConformanceCheckId,
  type eventStoreConformanceCheckIds,
  runEventStoreConformanceCheck,
} from '../../src/testing/event-store-conformance.js';

type TicketLike = { readonly type: 'opened'; readonly ref: string };

test('check ids are a closed union', () => {
  expectTypeOf<
    (typeof eventStoreConformanceCheckIds)[number]
  >().toEqualTypeOf<EventStoreConformanceCheckId>();
  expectTypeOf<'matches-model'>().toExtend<EventStoreConformanceCheckId>();
  // @ts-expect-error an unknown check id does not compile
  void runEventStoreConformanceCheck('no-such-check', () => new InMemoryEventStore());
});

test('a store of ConformanceEvent needs no event factory', () => {
  expectTypeOf(
    runEventStoreConformanceCheck('empty-store', () => new InMemoryEventStore<ConformanceEvent>()),
  ).toEqualTypeOf<Promise<void>>();
  expectTypeOf(describeEventStoreConformance).toBeFunction();
});

test('a store of another event type must say how to make and identify its events', () => {
  const makeStore = () => new InMemoryEventStore<TicketLike>();
  // @ts-expect-error makeEvent and eventId are required for a store of another event type
  void runEventStoreConformanceCheck('empty-store', makeStore);
  // @ts-expect-error eventId alone is not enough
  void runEventStoreConformanceCheck('empty-store', makeStore, { eventId: (e) => e.ref });
  void runEventStoreConformanceCheck('empty-store', makeStore, {
    makeEvent: (id) => ({ type: 'opened', ref: id }),
    eventId: (event) => {
      expectTypeOf(event).toEqualTypeOf<TicketLike>();
      return event.ref;
    },
  });
});
