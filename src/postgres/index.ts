export { type EventCodec, jsonEventCodec } from './event-codec.js';
export {
  migratePostgresSchema,
  type PostgresMigration,
  postgresMigrations,
} from './migrations.js';
export { createPostgresCheckpointStore } from './postgres-checkpoint-store.js';
export {
  createPostgresEventStore,
  defaultPostgresSchema,
  type PostgresEventStore,
  type PostgresEventStoreOptions,
} from './postgres-event-store.js';
export type { SqlClient, SqlConnection, SqlQueryable } from './sql-client.js';
