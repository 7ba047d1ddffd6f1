/**
 * The `EventStore` port, its in-memory reference, `handleCommand`, and the helpers an adapter's
 * author needs (argument checks, expected versions, read options). Import from
 * `service-desk-rules/storage`; the guide is [docs/storage.md](../../docs/storage.md).
 *
 * @group Adapters
 * @module service-desk-rules/storage
 */
export { type AppendConflict, appendConflict, appendConflictCode } from './append-conflict.js';
export {
  type CommandAccepted,
  type CommandFailure,
  commandFailureKinds,
  type Decider,
  type HandleCommandOptions,
  handleCommand,
  type LoadedState,
  loadState,
} from './command-handler.js';
export {
  type AppendOptions,
  type AppendSuccess,
  assertAppendArguments,
  defaultReadAllLimit,
  type EventStore,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  resolveReadAllOptions,
  resolveReadStreamOptions,
  type StoredEvent,
} from './event-store.js';
export {
  assertExpectedVersion,
  type ExpectedVersion,
  satisfiesExpectedVersion,
} from './expected-version.js';
export { InMemoryEventStore } from './in-memory-event-store.js';
export {
  type CheckpointStore,
  type FollowOptions,
  type FollowOutcome,
  followEventStore,
  InMemoryCheckpointStore,
} from './projection-follower.js';
export { readAllEvents } from './read-all-events.js';
export { assertStreamId, type StreamId, streamId } from './stream-id.js';
