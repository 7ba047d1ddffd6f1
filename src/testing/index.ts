/**
 * The test kit: the event store conformance suite an adapter runs in its own tests, and
 * fast-check arbitraries of ticket histories. It imports vitest and fast-check (optional peers),
 * so the root entry never re-exports it. Import from `service-desk-rules/testing`.
 *
 * @group Adapters
 * @module service-desk-rules/testing
 */
export {
  type ConformanceEvent,
  describeEventStoreConformance,
  type EventStoreConformanceCheck,
  type EventStoreConformanceCheckId,
  type EventStoreConformanceOptions,
  type EventStoreConformanceSetup,
  eventStoreConformanceCheckIds,
  eventStoreConformanceChecks,
  runEventStoreConformanceCheck,
} from './event-store-conformance.js';
export {
  plausibleTicketCommands,
  type TicketHistory,
  type TicketHistoryOptions,
  ticketActorArbitrary,
  ticketCommandArbitrary,
  ticketHistoryArbitrary,
  ticketTestTechnicians,
  userCommitmentArbitrary,
} from './ticket-arbitraries.js';
