import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPostgresEventStore } from '../../src/postgres/postgres-event-store.js';
import { readAllEvents } from '../../src/storage/read-all-events.js';
import { streamId } from '../../src/storage/stream-id.js';
import { evolveTicket } from '../../src/ticket/evolve-ticket.js';
import type { TicketEvent } from '../../src/ticket/ticket-events.js';
import { initialTicketState } from '../../src/ticket/ticket-state.js';
import { freshSchema, newPool, serverUrl } from './postgres-targets.js';

interface WriterReport {
  readonly writer: number;
  readonly acknowledged: readonly {
    stream: string;
    from: number;
    to: number;
    position: number;
    types: string[];
  }[];
  readonly conflicts: number;
  readonly rejected: number;
}

/** Starts writer processes, lets them all go at once, and collects their reports. */
async function runWriters(
  url: string,
  schema: string,
  writers: number,
  tickets: number,
  steps: number,
): Promise<WriterReport[]> {
  const script = join(import.meta.dirname, 'fixtures', 'ticket-writer.ts');
  const children = Array.from({ length: writers }, (_, w) =>
    spawn(
      process.execPath,
      ['--import', 'tsx', script, url, schema, String(w), String(tickets), String(steps)],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    ),
  );
  const outputs = children.map(
    (child) =>
      new Promise<string[]>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
        });
        child.on('error', reject);
        child.on('exit', (code) =>
          code === 0 ? resolve(out.trim().split('\n')) : reject(new Error(`writer exited ${code}`)),
        );
      }),
  );
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          const onData = (chunk: Buffer) => {
            if (chunk.toString('utf8').includes('ready')) {
              child.stdout.off('data', onData);
              resolve();
            }
          };
          child.stdout.on('data', onData);
        }),
    ),
  );
  for (const child of children) child.stdin.end('go\n');
  return (await Promise.all(outputs)).map((lines) => JSON.parse(lines.at(-1) ?? '{}'));
}

describe.skipIf(serverUrl === undefined)('faults on a PostgreSQL server', () => {
  let pool: pg.Pool;
  const schemas: string[] = [];
  beforeAll(() => {
    pool = newPool(20);
  });
  afterAll(async () => {
    for (const schema of schemas) await pool.query(`drop schema if exists "${schema}" cascade`);
    await pool?.end();
  });

  test('writer processes racing on the same tickets through handleCommand: one winner per version, nothing acknowledged lost', {
    timeout: 180_000,
  }, async () => {
    const schema = freshSchema('procs');
    schemas.push(schema);
    const store = createPostgresEventStore<TicketEvent>({ client: pool, schema });
    await store.migrate();
    const tickets = 3;
    const reports = await runWriters(serverUrl as string, schema, 4, tickets, 12);

    const claims = new Map<string, number>(); // "stream@version" → writer
    for (const report of reports) {
      for (const ack of report.acknowledged) {
        for (let v = ack.from; v <= ack.to; v++) {
          const key = `${ack.stream}@${v}`;
          expect(claims.has(key), `${key} acknowledged to two writers`).toBe(false);
          claims.set(key, report.writer);
        }
      }
    }
    expect(
      reports.reduce((n, r) => n + r.conflicts, 0),
      'the writers did race',
    ).toBeGreaterThan(0);
    let stored = 0;
    for (let t = 0; t < tickets; t++) {
      const id = streamId(`ticket-${t}`);
      const events = await store.readStream(id);
      stored += events.length;
      expect(events.map((e) => e.version)).toEqual(events.map((_, i) => i + 1));
      for (const e of events) {
        expect(
          claims.has(`${id}@${e.version}`),
          `${id}@${e.version} stored but acknowledged to no one`,
        ).toBe(true);
      }
      // The stored stream is a ticket's valid history.
      expect(() =>
        events.reduce((s, e) => evolveTicket(s, e.event), initialTicketState),
      ).not.toThrow();
      for (const report of reports) {
        for (const ack of report.acknowledged.filter((a) => a.stream === id)) {
          expect(
            events.slice(ack.from - 1, ack.to).map((e) => e.event.type),
            `writer ${report.writer}'s acknowledged batch at ${id}@${ack.from}`,
          ).toEqual(ack.types);
          expect(events[ack.to - 1]?.position).toBe(ack.position);
        }
      }
    }
    expect(stored, 'every stored event was acknowledged, and every acknowledged one stored').toBe(
      claims.size,
    );
    const all: number[] = [];
    for await (const e of readAllEvents(store)) all.push(e.position);
    expect(all).toHaveLength(stored);
  });

  test('a backend killed mid-transaction (pg_terminate_backend) loses nothing acknowledged and leaves no partial batch', {
    timeout: 120_000,
  }, async () => {
    const schema = freshSchema('kill');
    schemas.push(schema);
    const store = createPostgresEventStore<{ type: string; n: number }>({ client: pool, schema });
    await store.migrate();
    // A batch whose second event stalls inside the insert: the first row is written, the
    // transaction is open, and that is when its backend is killed.
    await pool.query(`create function "${schema}".stall() returns trigger language plpgsql as $$
        begin if new.type = 'stall' then perform pg_sleep(30); end if; return new; end $$`);
    await pool.query(`create trigger stall before insert on "${schema}".events
        for each row execute function "${schema}".stall()`);

    const acknowledged: string[] = [];
    let writing = true;
    const writer = async (w: number) => {
      const id = streamId(`w-${w}`);
      for (let n = 0; writing || n < 3; n++) {
        const r = await store.append(id, [{ type: 'ok', n }], { expectedVersion: 'any' });
        if (r.ok) acknowledged.push(`${id}#${n}`);
        if (n > 500) break;
      }
    };
    const victim = store.append(
      streamId('victim'),
      [
        { type: 'first', n: 1 },
        { type: 'stall', n: 2 },
        { type: 'third', n: 3 },
      ],
      { expectedVersion: 0 },
    );
    // Handled at once: the kill may reject it before the `pg_terminate_backend` query returns,
    // which would otherwise be an unhandled rejection until the assertion below attaches.
    victim.catch(() => undefined);
    const writers = [0, 1, 2].map(writer); // they wait behind the victim's append lock
    let pid: number | undefined;
    for (let i = 0; i < 200 && pid === undefined; i++) {
      const { rows } = await pool.query(
        `select pid from pg_stat_activity where wait_event = 'PgSleep' and query like '%insert into%'`,
      );
      pid = rows[0]?.pid;
      if (pid === undefined) await new Promise((r) => setTimeout(r, 50));
    }
    expect(pid, 'the victim is inside its transaction').toBeDefined();
    await pool.query('select pg_terminate_backend($1)', [pid]);
    await expect(victim).rejects.toThrow(/terminat/);
    await new Promise((r) => setTimeout(r, 200));
    writing = false;
    await Promise.all(writers);

    expect(await store.readStream(streamId('victim')), 'nothing of the killed batch').toEqual([]);
    const seen = new Set<string>();
    for await (const e of readAllEvents(store)) seen.add(`${e.streamId}#${e.event.n}`);
    expect(acknowledged.length).toBeGreaterThan(3);
    expect(
      acknowledged.filter((a) => !seen.has(a)),
      'acknowledged events lost',
    ).toEqual([]);
    expect(seen.size).toBe(acknowledged.length);
    // The store still works after the kill (the pool dropped the dead connection).
    expect(
      await store.append(streamId('victim'), [{ type: 'again', n: 1 }], { expectedVersion: 0 }),
    ).toMatchObject({ ok: true, value: { version: 1 } });
  });
});
