import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { err, ok, type Result } from '../core/result.js';
import { type AppendConflict, appendConflict } from '../storage/append-conflict.js';
import {
  type AppendOptions,
  type AppendSuccess,
  assertAppendArguments,
  type EventStore,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  resolveReadAllOptions,
  resolveReadStreamOptions,
  type StoredEvent,
} from '../storage/event-store.js';
import { satisfiesExpectedVersion } from '../storage/expected-version.js';
import { assertStreamId, type StreamId } from '../storage/stream-id.js';
import { type EventCodec, jsonEventCodec } from './event-codec.js';
import { migratePostgresSchema, quoteSchema } from './migrations.js';
import { inTransaction, type SqlClient, type SqlQueryable } from './sql-client.js';

/**
 * The options of {@link createPostgresEventStore}.
 */
export interface PostgresEventStoreOptions<E> {
  /** A `pg` `Pool` or a PGlite instance (see {@link SqlClient}). */
  readonly client: SqlClient;
  /** The schema holding the tables, a lower-case SQL identifier; default `'service_desk'`. */
  readonly schema?: string;
  /** How events become `jsonb` and back; default {@link jsonEventCodec} (dates revived). */
  readonly codec?: EventCodec<E>;
}

/**
 * An {@link EventStore} on PostgreSQL (a server through `pg`, or PGlite in process), with
 * the schema's migrations.
 *
 * @example
 * ```ts
 * // const store = createPostgresEventStore<TicketEvent>({ client: pool });
 * // await store.migrate();
 * defaultPostgresSchema;
 * //=> 'service_desk'
 * ```
 */
export interface PostgresEventStore<E> extends EventStore<E> {
  /** The schema the tables live in. */
  readonly schema: string;
  /**
   * Creates or updates the tables (idempotent, safe from several processes at once);
   * resolves to the migration versions this call applied.
   */
  migrate(): Promise<readonly number[]>;
}

/**
 * The schema {@link createPostgresEventStore} uses when none is given.
 *
 * @example
 * ```ts
 * defaultPostgresSchema;
 * //=> 'service_desk'
 * ```
 */
export const defaultPostgresSchema = 'service_desk';

interface EventRow {
  readonly stream_id: string;
  readonly version: number | string;
  readonly position: number | string | bigint;
  readonly data: unknown;
}

/** The lock that serializes appends to one schema (see docs/storage.md, « Positions »). */
function appendLockKey(schema: string): string {
  return `service-desk-rules:append:${schema}`;
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
  );
}

/**
 * Creates an {@link EventStore} on PostgreSQL: every stream in one `events` table of
 * `schema`, each event's JSON in a `jsonb` column through `codec`. Call `migrate()` once
 * before use (it is idempotent).
 *
 * - **Atomic batches**: a batch is inserted by one statement in one transaction.
 * - **Expected versions**: checked in the transaction; a stale or future version resolves
 *   to an {@link AppendConflict} value and writes nothing; a lost race caught by the unique
 *   `(stream_id, version)` constraint (a writer outside this adapter, a lock-less client) is
 *   turned into the same conflict value, never thrown.
 * - **Positions a follower can trust**: appends to a schema take a transaction-level
 *   advisory lock, so they commit one after the other and a position never becomes visible
 *   before a smaller one. A projection that saves `nextPosition` never skips an event. The
 *   cost: appends to one schema are serialized (hundreds per second, far above a desk's
 *   peak; docs/scaling.md has the measures).
 * - Arguments are checked exactly as the in-memory reference checks them, before any I/O.
 *
 * @throws ConfigurationError when `client` is not a SQL client or `schema` is not a
 *   lower-case SQL identifier.
 * @see seed §4.3.1 « le technicien devra toujours laisser une trace » — the trace is kept
 *   in order and never rewritten.
 * @example
 * ```ts
 * // import { Pool } from 'pg';
 * // const store = createPostgresEventStore<TicketEvent>({ client: new Pool({ connectionString }) });
 * // await store.migrate();
 * // await handleCommand(ticketDecider, store, streamId('ticket-42'), command, { maxRetries: 2 });
 * typeof createPostgresEventStore;
 * //=> 'function'
 * ```
 */
export function createPostgresEventStore<E>(
  options: PostgresEventStoreOptions<E>,
): PostgresEventStore<E> {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigurationError(
      `createPostgresEventStore: options must be { client, schema?, codec? }, got ${describeValue(options)}.`,
      { input: options },
    );
  }
  const { client } = options;
  if (
    typeof client !== 'object' ||
    client === null ||
    typeof client.query !== 'function' ||
    (typeof client.connect !== 'function' && typeof client.transaction !== 'function')
  ) {
    throw new ConfigurationError(
      `createPostgresEventStore: client must be a pg Pool or a PGlite instance (query() and connect() or transaction()), got ${describeValue(client)}.`,
      { path: ['client'], input: client },
    );
  }
  const schema = options.schema ?? defaultPostgresSchema;
  const s = quoteSchema(schema);
  const codec = options.codec ?? jsonEventCodec<E>();
  const lockKey = appendLockKey(schema);

  const toStored = (row: EventRow): StoredEvent<E> => ({
    streamId: row.stream_id as StreamId,
    version: Number(row.version),
    position: Number(row.position),
    event: codec.decode(row.data),
  });

  const currentVersion = async (q: SqlQueryable, id: StreamId): Promise<number> => {
    const { rows } = await q.query(
      `select coalesce(max(version), 0) as version from ${s}.events where stream_id = $1`,
      [id],
    );
    return Number((rows[0] as { version?: unknown } | undefined)?.version ?? 0);
  };

  const tryAppend = (
    id: StreamId,
    encoded: readonly { readonly type: string; readonly data: unknown }[],
    expected: AppendOptions['expectedVersion'],
  ): Promise<Result<AppendSuccess, AppendConflict>> =>
    inTransaction<Result<AppendSuccess, AppendConflict>>(client, async (tx) => {
      await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey]);
      const actual = await currentVersion(tx, id);
      if (!satisfiesExpectedVersion(expected, actual)) {
        return { commit: false, value: err(appendConflict(id, expected, actual)) };
      }
      const count = encoded.length;
      const batch = count === 1 ? '' : JSON.stringify(encoded);
      const { rows } =
        count === 1
          ? // One event (most commands): a plain insert, cheaper to plan than the batch form.
            await tx.query(
              `insert into ${s}.events (stream_id, version, type, data)
               values ($1, $2::integer + 1, $3, $4::jsonb)
               returning position`,
              [id, actual, encoded[0]?.type, JSON.stringify(encoded[0]?.data)],
            )
          : await tx.query(
              `with inserted as (
                 insert into ${s}.events (stream_id, version, type, data)
                 select $1, $2::integer + x.ord::integer, x.e->>'type', x.e->'data'
                   from jsonb_array_elements($3::jsonb) with ordinality as x(e, ord)
                  order by x.ord
                 returning position
               )
               select max(position) as position from inserted`,
              [id, actual, batch],
            );
      const position = Number((rows[0] as { position?: unknown } | undefined)?.position);
      return { commit: true, value: ok({ version: actual + count, position }) };
    });

  return {
    schema,
    migrate: () => migratePostgresSchema(client, schema),

    async append(streamId, events, appendOptions) {
      assertAppendArguments(streamId, events, appendOptions);
      const encoded = events.map((event, index) => {
        try {
          return { type: codec.typeOf(event), data: codec.encode(event) };
        } catch (error) {
          if (error instanceof TypeError) {
            throw new TypeError(error.message.replace(/\bevent\b/, `events[${index}]`), {
              cause: error,
            });
          }
          throw error;
        }
      });
      const expected = appendOptions.expectedVersion;
      for (let attempt = 0; ; attempt++) {
        try {
          return await tryAppend(streamId, encoded, expected);
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          // Another writer stored this version first (possible only without the lock).
          if (expected === 'any' && attempt < 10) continue;
          return err(appendConflict(streamId, expected, await currentVersion(client, streamId)));
        }
      }
    },

    async readStream(streamId: StreamId, readOptions?: ReadStreamOptions) {
      assertStreamId(streamId);
      const { fromVersion, limit } = resolveReadStreamOptions(readOptions);
      const { rows } = await client.query(
        `select stream_id, version, position, data from ${s}.events
          where stream_id = $1 and version >= $2 order by version limit $3`,
        [streamId, fromVersion, Number.isFinite(limit) ? limit : null],
      );
      return (rows as EventRow[]).map(toStored);
    },

    async readAll(readOptions?: ReadAllOptions): Promise<ReadAllPage<E>> {
      const { fromPosition, limit } = resolveReadAllOptions(readOptions);
      const { rows } = await client.query(
        `select stream_id, version, position, data from ${s}.events
          where position >= $1 order by position limit $2`,
        [fromPosition, limit + 1],
      );
      const events = (rows as EventRow[]).slice(0, limit).map(toStored);
      const last = events.at(-1);
      return {
        events,
        nextPosition: last === undefined ? fromPosition : last.position + 1,
        isEnd: rows.length <= limit,
      };
    },
  };
}
