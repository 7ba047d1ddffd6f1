import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { inTransaction, type SqlClient } from './sql-client.js';

/**
 * One step of the PostgreSQL adapter's schema, applied once and recorded in the schema's
 * `schema_migrations` table. Steps are never edited once released: a change is a new step.
 *
 * @example
 * ```ts
 * postgresMigrations[0]?.version;
 * //=> 1
 * ```
 */
export interface PostgresMigration {
  /** Its number, from 1, contiguous; applied in this order. */
  readonly version: number;
  /** What it does, recorded beside its number. */
  readonly name: string;
  /** The statements, given the quoted schema name. */
  sql(schema: string): string;
}

/**
 * The adapter's schema, step by step. `events` holds every stream: the global position
 * comes from an identity column, `(stream_id, version)` is unique (two writers can never
 * both store version n), stream ids compare byte for byte (`collate "C"`). `checkpoints`
 * holds the projections' positions, written in the projection's own transaction.
 *
 * @example
 * ```ts
 * postgresMigrations.map((m) => m.name);
 * //=> ['events', 'checkpoints']
 * ```
 */
export const postgresMigrations: readonly PostgresMigration[] = Object.freeze([
  {
    version: 1,
    name: 'events',
    sql: (s: string) => `
      create table ${s}.events (
        position    bigint generated always as identity primary key,
        stream_id   text collate "C" not null check (stream_id <> ''),
        version     integer not null check (version >= 1),
        type        text not null,
        data        jsonb not null,
        recorded_at timestamptz not null default now(),
        constraint events_stream_version unique (stream_id, version)
      );`,
  },
  {
    version: 2,
    name: 'checkpoints',
    sql: (s: string) => `
      create table ${s}.checkpoints (
        name        text collate "C" primary key,
        position    bigint not null check (position >= 0),
        updated_at  timestamptz not null default now()
      );`,
  },
]);

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Checks a schema name and returns it quoted for SQL. Internal to the postgres module.
 *
 * @throws ConfigurationError when the name is not a lower-case SQL identifier.
 * @example
 * ```ts
 * quoteSchema('service_desk');
 * //=> '"service_desk"'
 * ```
 */
export function quoteSchema(schema: unknown): string {
  if (typeof schema !== 'string' || !identifier.test(schema)) {
    throw new ConfigurationError(
      `schema must be a lower-case SQL identifier (a–z, 0–9, _; at most 63 characters, not starting with a digit), got ${describeValue(schema)}.`,
      { path: ['schema'], input: schema },
    );
  }
  return `"${schema}"`;
}

/**
 * Brings a schema up to date: creates it if needed, then applies, in one transaction, the
 * {@link postgresMigrations} steps it does not have yet. Idempotent and safe to run from
 * several processes at once (they wait on a transaction-level advisory lock). Resolves to
 * the versions applied by this call (`[]` when the schema was already up to date).
 *
 * @throws the driver's error when the database refuses a statement; nothing is applied then.
 * @example
 * ```ts
 * // const applied = await migratePostgresSchema(pool, 'service_desk');
 * postgresMigrations.length;
 * //=> 2
 * ```
 */
export async function migratePostgresSchema(
  client: SqlClient,
  schema: string,
): Promise<readonly number[]> {
  const s = quoteSchema(schema);
  return inTransaction(client, async (tx) => {
    await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `service-desk-rules:migrate:${schema}`,
    ]);
    await tx.query(`create schema if not exists ${s}`);
    await tx.query(`create table if not exists ${s}.schema_migrations (
      version    integer primary key,
      name       text not null,
      applied_at timestamptz not null default now()
    )`);
    const { rows } = await tx.query(`select version from ${s}.schema_migrations`);
    const done = new Set(rows.map((r) => Number((r as { version: unknown }).version)));
    const applied: number[] = [];
    for (const migration of postgresMigrations) {
      if (done.has(migration.version)) continue;
      await tx.query(migration.sql(s));
      await tx.query(`insert into ${s}.schema_migrations (version, name) values ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return { commit: true, value: applied };
  });
}
