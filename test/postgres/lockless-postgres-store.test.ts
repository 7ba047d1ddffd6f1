import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPostgresEventStore } from '../../src/postgres/postgres-event-store.js';
import { runEventStoreConformanceCheck } from '../../src/testing/event-store-conformance.js';
import { freshSchema, newPool, serverUrl, withoutAppendLock } from './postgres-targets.js';

// The adapter as written without its advisory lock (issue 12): every check passes but one,
// and that one — a follower reading readAll from nextPosition during concurrent appends —
// must catch it. A missed event depends on the scheduling of real transactions, so the check
// gets several tries; the kit must fail at least once (in practice it fails on the first).
describe.skipIf(serverUrl === undefined)('the kit against a lock-less PostgreSQL store', () => {
  let pool: pg.Pool;
  const schemas: string[] = [];
  beforeAll(() => {
    pool = newPool(30);
  });
  afterAll(async () => {
    for (const schema of schemas) await pool.query(`drop schema if exists "${schema}" cascade`);
    await pool?.end();
  });
  const makeStore = async () => {
    const schema = freshSchema('lockless');
    schemas.push(schema);
    const store = createPostgresEventStore<never>({ client: withoutAppendLock(pool), schema });
    await store.migrate();
    return store;
  };

  test('fails follower-sees-every-event: positions become visible out of commit order', {
    timeout: 120_000,
  }, async () => {
    const failures: unknown[] = [];
    for (let attempt = 0; attempt < 5 && failures.length === 0; attempt++) {
      await runEventStoreConformanceCheck('follower-sees-every-event', makeStore as never, {
        writers: 12,
      }).catch((error: unknown) => failures.push(error));
    }
    expect(String(failures[0])).toMatch(
      /the follower missed \d+ of \d+ acknowledged events: positions became visible out of commit order/,
    );
  });

  test.each([
    'append-then-read',
    'concurrent-same-version-one-winner',
    'concurrent-retrying-writers-lose-nothing',
    'concurrent-rounds-match-model',
  ] as const)('still passes %s (the gap needs its own check)', { timeout: 120_000 }, async (id) => {
    await runEventStoreConformanceCheck(id, makeStore as never, { writers: 10, numRuns: 10 });
  });
});
