/**
 * `--store SPEC`: where the simulated day is written, and where `npm run indicators` reads it.
 *
 *   (none)                       the in-memory store: nothing to install, nothing kept
 *   postgres://user@host/db      a PostgreSQL server, through `pg` (npm install pg)
 *   pglite:./desk-data           PostgreSQL in process, kept in a folder (npm install @electric-sql/pglite)
 *
 * The desk's events (tickets and the telephone queue) go to the schema `service_desk`, the
 * problems' to `service_desk_problems`; both are created on first use (`migrate()`). The
 * drivers are imported only when asked for, so `npm start` needs neither.
 */
import type { PostgresEventStore, SqlClient } from 'service-desk-rules/postgres';
import { createPostgresEventStore } from 'service-desk-rules/postgres';
import type { ProblemEvent } from 'service-desk-rules/problem';
import type { EventStore } from 'service-desk-rules/storage';
import { InMemoryEventStore } from 'service-desk-rules/storage';
import type { DeskEvent } from './desk.js';

/** An opened store: the desk's events, the problems', and how to let go of the connection. */
export interface OpenedStore {
  readonly store: EventStore<DeskEvent>;
  readonly problemStore: EventStore<ProblemEvent>;
  /** Where it is, for messages (never a password). */
  readonly description: string;
  close(): Promise<void>;
}

export const storeUsage =
  '--store expects postgres://user@host:port/database or pglite:FOLDER (in-memory when left out).';

async function importDriver<T>(name: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    throw new Error(`--store needs the package ${name}: npm install ${name}`, { cause });
  }
}

/** Opens the store `spec` names (see above), its schemas migrated; in memory when undefined. */
export async function openStore(spec: string | undefined): Promise<OpenedStore> {
  if (spec === undefined) {
    return {
      store: new InMemoryEventStore<DeskEvent>(),
      problemStore: new InMemoryEventStore<ProblemEvent>(),
      description: 'memory',
      close: async () => {},
    };
  }
  let client: SqlClient;
  let close: () => Promise<void>;
  let description: string;
  if (/^postgres(ql)?:\/\//.test(spec)) {
    const pg = await importDriver('pg', () => import('pg'));
    const pool = new pg.default.Pool({ connectionString: spec, max: 4 });
    pool.on('error', () => {
      // an idle connection dropped by the server: the pool opens another
    });
    client = pool;
    close = () => pool.end();
    const url = new URL(spec);
    description = `postgres://${url.host}${url.pathname}`;
  } else if (spec.startsWith('pglite:') && spec.length > 'pglite:'.length) {
    const { PGlite } = await importDriver(
      '@electric-sql/pglite',
      () => import('@electric-sql/pglite'),
    );
    const folder = spec.slice('pglite:'.length);
    const lite = await PGlite.create(folder);
    client = lite;
    close = () => lite.close();
    description = `pglite:${folder}`;
  } else {
    throw new TypeError(storeUsage);
  }
  const store: PostgresEventStore<DeskEvent> = createPostgresEventStore<DeskEvent>({ client });
  const problemStore = createPostgresEventStore<ProblemEvent>({
    client,
    schema: 'service_desk_problems',
  });
  try {
    await store.migrate();
    await problemStore.migrate();
  } catch (error) {
    await close();
    throw error;
  }
  return { store, problemStore, description, close };
}

/**
 * Copies every event of `from` into `to` in `from`'s global order, keeping each stream's
 * versions (consecutive events of one stream go as one batch, at the expected version).
 * Refuses a `to` that already holds events: a day is written to a fresh store.
 */
export async function copyEvents<E>(from: EventStore<E>, to: EventStore<E>): Promise<number> {
  const first = await to.readAll({ limit: 1 });
  if (first.events.length > 0) {
    throw new Error(
      '--store: the store already holds events; write the day to an empty database (or a new pglite folder).',
    );
  }
  let copied = 0;
  let from0 = 0;
  for (;;) {
    const page = await from.readAll({ fromPosition: from0, limit: 1000 });
    let k = 0;
    while (k < page.events.length) {
      const head = page.events[k];
      if (head === undefined) break;
      let end = k + 1;
      while (page.events[end]?.streamId === head.streamId) end++;
      const batch = page.events.slice(k, end);
      const result = await to.append(
        head.streamId,
        batch.map((e) => e.event),
        { expectedVersion: head.version - 1 },
      );
      if (!result.ok) throw new Error(result.error.message.en);
      copied += batch.length;
      k = end;
    }
    if (page.isEnd || page.events.length === 0) return copied;
    from0 = page.nextPosition;
  }
}
