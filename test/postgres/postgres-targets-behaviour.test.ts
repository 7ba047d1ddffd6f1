import type { PGlite } from '@electric-sql/pglite';
import * as fc from 'fast-check';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPostgresCheckpointStore } from '../../src/postgres/postgres-checkpoint-store.js';
import { createPostgresEventStore } from '../../src/postgres/postgres-event-store.js';
import type { SqlClient } from '../../src/postgres/sql-client.js';
import type { ProblemEvent } from '../../src/problem/problem-events.js';
import { followEventStore } from '../../src/storage/projection-follower.js';
import { streamId } from '../../src/storage/stream-id.js';
import { ticketHistoryArbitrary } from '../../src/testing/ticket-arbitraries.js';
import type { TicketEvent } from '../../src/ticket/ticket-events.js';
import { lifecycle, run } from '../problem/problem-fixtures.js';
import { asClient, freshSchema, newPglite, newPool, serverUrl } from './postgres-targets.js';

// The same behaviour on PGlite (always) and on a server (when SDR_POSTGRES_URL is set).
let lite: PGlite | undefined;
let pool: pg.Pool | undefined;
beforeAll(async () => {
  lite = await newPglite();
  if (serverUrl !== undefined) pool = newPool(10);
}, 60_000);
afterAll(async () => {
  await lite?.close();
  await pool?.end();
});

const targets = [
  { name: 'PGlite', client: () => asClient(lite as PGlite), skip: false },
  { name: 'a server', client: () => asClient(pool as pg.Pool), skip: serverUrl === undefined },
];

describe.each(targets)('on $name', ({ client, skip }) => {
  async function fresh<E>(): Promise<{
    client: SqlClient;
    schema: string;
    store: ReturnType<typeof createPostgresEventStore<E>>;
  }> {
    const schema = freshSchema('beh');
    const store = createPostgresEventStore<E>({ client: client(), schema });
    await store.migrate();
    return { client: client(), schema, store };
  }

  test.skipIf(skip)(
    'ticket histories round-trip exactly, dates included',
    { timeout: 120_000 },
    async () => {
      const { store } = await fresh<TicketEvent>();
      let n = 0;
      await fc.assert(
        fc.asyncProperty(ticketHistoryArbitrary({ maxSteps: 25 }), async (history) => {
          if (history.events.length === 0) return;
          const id = streamId(`ticket-${++n}`);
          const appended = await store.append(id, history.events, { expectedVersion: 0 });
          expect(appended.ok).toBe(true);
          expect((await store.readStream(id)).map((e) => e.event)).toEqual(history.events);
        }),
        { numRuns: 25 },
      );
    },
  );

  test.skipIf(skip)('problem events round-trip exactly', async () => {
    const { store } = await fresh<ProblemEvent>();
    const { events } = run([
      lifecycle.record,
      lifecycle.link,
      lifecycle.cause,
      lifecycle.workaround,
    ]);
    await store.append(streamId('problem-1'), events, { expectedVersion: 0 });
    expect((await store.readStream(streamId('problem-1'))).map((e) => e.event)).toEqual(events);
  });

  test.skipIf(skip)('a batch that the database refuses half-way leaves nothing', async () => {
    const { client: c, schema, store } = await fresh<{ type: string }>();
    await c.query(`create function "${schema}".refuse_poison() returns trigger language plpgsql as $$
      begin
        if new.type = 'poison' then raise exception 'poison refused'; end if;
        return new;
      end $$`);
    await c.query(`create trigger refuse_poison before insert on "${schema}".events
      for each row execute function "${schema}".refuse_poison()`);
    const id = streamId('half');
    await store.append(id, [{ type: 'ok-1' }], { expectedVersion: 0 });
    await expect(
      store.append(id, [{ type: 'ok-2' }, { type: 'poison' }, { type: 'ok-3' }], {
        expectedVersion: 1,
      }),
    ).rejects.toThrow(/poison refused/);
    expect((await store.readAll()).events.map((e) => e.event.type)).toEqual(['ok-1']);
    expect(await store.append(id, [{ type: 'ok-2' }], { expectedVersion: 1 })).toMatchObject({
      ok: true,
      value: { version: 2 },
    });
  });

  test.skipIf(skip)(
    'a projection and its checkpoint commit together, and resume exactly',
    async () => {
      const { client: c, schema, store } = await fresh<{ type: string; n: number }>();
      await c.query(
        `create table "${schema}".totals (name text primary key, total bigint not null)`,
      );
      await c.query(`insert into "${schema}".totals values ('sum', 0)`);
      for (let i = 1; i <= 10; i++) {
        await store.append(streamId(`s-${i % 3}`), [{ type: 'n', n: i }], {
          expectedVersion: 'any',
        });
      }
      const checkpoints = createPostgresCheckpointStore({ client: c, schema });
      let crashAt: number | undefined = 7;
      const follow = () =>
        followEventStore(store, {
          name: 'sum',
          checkpoints,
          pageSize: 3,
          handle: async (events, tx) => {
            for (const e of events) {
              await tx.query(
                `update "${schema}".totals set total = total + $1 where name = 'sum'`,
                [e.event.n],
              );
              if (e.event.n === crashAt) throw new Error('crash after a partial page');
            }
          },
        });
      await expect(follow()).rejects.toThrow('crash');
      const total = async () =>
        Number(
          ((await c.query(`select total from "${schema}".totals`)).rows[0] as { total: unknown })
            .total,
        );
      expect(await total()).toBe(1 + 2 + 3 + 4 + 5 + 6); // pages 1 and 2; page 3 rolled back whole
      expect(await checkpoints.load('sum')).toBe(7);
      crashAt = undefined;
      expect(await follow()).toMatchObject({ handled: 4, stoppedBy: 'end' });
      expect(await total()).toBe(55);
      await store.append(streamId('s-0'), [{ type: 'n', n: 100 }], { expectedVersion: 'any' });
      expect(await follow()).toMatchObject({ handled: 1, stoppedBy: 'end' });
      expect(await total()).toBe(155);
    },
  );

  test.skipIf(skip)('two followers of one name never both apply a page', async () => {
    const { client: c, schema, store } = await fresh<{ type: string }>();
    for (let i = 0; i < 20; i++)
      await store.append(streamId('x'), [{ type: 't' }], { expectedVersion: i });
    const checkpoints = createPostgresCheckpointStore({ client: c, schema });
    let applied = 0;
    const outcomes = await Promise.all(
      [1, 2, 3].map(() =>
        followEventStore(store, {
          name: 'p',
          checkpoints,
          pageSize: 4,
          handle: async (events) => {
            applied += events.length;
          },
        }),
      ),
    );
    expect(applied).toBe(20);
    expect(outcomes.reduce((n, o) => n + o.handled, 0)).toBe(20);
  });
});
