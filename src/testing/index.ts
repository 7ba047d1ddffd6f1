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
