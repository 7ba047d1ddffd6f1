import { InMemoryEventStore } from '../../src/storage/in-memory-event-store.js';
import { describeEventStoreConformance } from '../../src/testing/event-store-conformance.js';

describeEventStoreConformance('InMemoryEventStore', () => new InMemoryEventStore());
