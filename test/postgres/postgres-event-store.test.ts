import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConfigurationError } from '../../src/core/configuration-error.js';
import {
  createPostgresEventStore,
  type PostgresEventStore,
} from '../../src/postgres/postgres-event-store.js';
import { streamId } from '../../src/storage/stream-id.js';
import { describeEventStoreConformance } from '../../src/testing/event-store-conformance.js';
import {
  asClient,
  freshSchema,
  inCi,
  newPglite,
  newPool,
  serverSkipReason,
  serverUrl,
} from './postgres-targets.js';

test('a PostgreSQL server is given in CI (a missing server fails the run, never skips it)', () => {
  if (inCi) expect(serverUrl, serverSkipReason).toBeDefined();
});

test('the client must be a pg Pool or a PGlite instance; the schema an identifier', () => {
  expect(() => createPostgresEventStore({ client: {} as never })).toThrow(ConfigurationError);
  expect(() =>
    createPostgresEventStore({
      client: {
        query: async () => ({ rows: [] }),
        transaction: async (fn) => fn({ query: async () => ({ rows: [] }) }),
      },
      schema: 'Bad; drop table x',
    }),
  ).toThrow(/schema must be a lower-case SQL identifier/);
});

// ---- PGlite: one instance for the file (it takes seconds and ~1 GB to start).
let lite: PGlite | undefined;
const liteStores = new Map<object, string>();

async function liteStore(): Promise<PostgresEventStore<never>> {
  lite ??= await newPglite();
  const schema = freshSchema('kit');
  const store = createPostgresEventStore<never>({ client: asClient(lite), schema });
  await store.migrate();
  liteStores.set(store, schema);
  return store;
}

afterAll(async () => {
  await lite?.close();
});

describeEventStoreConformance('PostgreSQL event store on PGlite', liteStore as never, {
  writers: 6,
  numRuns: 8,
  timeout: 120_000,
  disposeStore: async (store) => {
    const schema = liteStores.get(store);
    if (schema !== undefined && lite !== undefined)
      await lite.query(`drop schema "${schema}" cascade`);
  },
});

// ---- A real server.
describe.skipIf(serverUrl === undefined)('on a PostgreSQL server', () => {
  let pool: pg.Pool;
  const schemas = new Map<object, string>();
  beforeAll(() => {
    pool = newPool(30);
  });
  afterAll(async () => {
    await pool?.end();
  });

  describeEventStoreConformance(
    'PostgreSQL event store on a server',
    (async () => {
      const schema = freshSchema('kit');
      const store = createPostgresEventStore<never>({ client: asClient(pool), schema });
      await store.migrate();
      schemas.set(store, schema);
      return store;
    }) as never,
    {
      writers: 10,
      numRuns: 15,
      timeout: 120_000,
      disposeStore: async (store) => {
        const schema = schemas.get(store);
        if (schema !== undefined) await pool.query(`drop schema "${schema}" cascade`);
      },
    },
  );

  test('migrate() is idempotent, also from several callers at once', async () => {
    const schema = freshSchema('mig');
    const stores = Array.from({ length: 4 }, () =>
      createPostgresEventStore({ client: pool, schema }),
    );
    const applied = await Promise.all(stores.map((s) => s.migrate()));
    expect(applied.filter((a) => a.length > 0)).toEqual([[1, 2]]);
    expect(await stores[0]?.migrate()).toEqual([]);
    await pool.query(`drop schema "${schema}" cascade`);
  });

  test('a stream id is stored byte for byte', async () => {
    const schema = freshSchema('ids');
    const store = createPostgresEventStore<{ type: string }>({ client: pool, schema });
    await store.migrate();
    for (const id of ['ticket-1', 'Ticket-1', 'tícket-1', 'ticket-1 ']) {
      expect((await store.append(streamId(id), [{ type: id }], { expectedVersion: 0 })).ok).toBe(
        true,
      );
    }
    await pool.query(`drop schema "${schema}" cascade`);
  });
});
