/**
 * The PostgreSQL adapter, `service-desk-rules/postgres`: an event store and a checkpoint store on
 * a `pg` Pool or a PGlite instance (optional peers, imported by nothing else), versioned
 * migrations, a codec that keeps dates. The guide is [docs/storage.md](../../docs/storage.md).
 *
 * @group Adapters
 * @module service-desk-rules/postgres
 */
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
