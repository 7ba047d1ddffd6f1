/**
 * The PostgreSQL adapter against the same statements issued with raw `pg` (or PGlite) in the
 * same run: appends per second from 1 and 8 writers, and the read of a 100,000-event stream.
 * The ratio is the adapter's overhead (argument checks, the codec, dates revived). On a
 * server when SDR_POSTGRES_URL is set (bash .ci/run shows how to start one), and on PGlite.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { SqlClient, SqlQueryable } from '../src/postgres/index.js';
import { createPostgresEventStore } from '../src/postgres/index.js';
import { streamId } from '../src/storage/index.js';
import { type BenchRow, formatOps, formatRatio } from './harness.js';

type Noted = {
  type: 'noted';
  at: Date;
  actor: { id: string; level: number };
  text: string;
};
const noted = (n: number): Noted => ({
  type: 'noted',
  at: new Date(Date.UTC(2026, 2, 2, 9, 0, n % 60)),
  actor: { id: 'alice', level: 1 },
  text: `Diagnostic n° ${n} : pilote réinstallé, l'utilisateur confirme.`,
});

async function timed(fn: () => Promise<number>): Promise<number> {
  const start = performance.now();
  const ops = await fn();
  return (ops / (performance.now() - start)) * 1000;
}

/** The adapter's append, as plain statements in a transaction. */
async function rawAppend(
  tx: SqlQueryable,
  schema: string,
  stream: string,
  event: Noted,
): Promise<void> {
  await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `service-desk-rules:append:${schema}`,
  ]);
  const { rows } = await tx.query(
    `select coalesce(max(version), 0) as version from "${schema}".events where stream_id = $1`,
    [stream],
  );
  const version = Number((rows[0] as { version?: unknown } | undefined)?.version ?? 0);
  await tx.query(
    `insert into "${schema}".events (stream_id, version, type, data) values ($1, $2, $3, $4::jsonb)`,
    [stream, version + 1, event.type, JSON.stringify(event)],
  );
}

interface Target {
  readonly name: string;
  readonly client: SqlClient;
  /** Runs raw statements in one transaction, as the driver's users do. */
  transaction(fn: (q: SqlQueryable) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

async function benchTarget(
  target: Target,
  perWriter: number,
  readSize: number,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const schema = `bench_${process.pid}`;
  const store = createPostgresEventStore<Noted>({ client: target.client, schema });
  await target.client.query(`drop schema if exists "${schema}" cascade`);
  await store.migrate();
  for (const writers of [1, 8]) {
    const total = perWriter * writers;
    let round = 0;
    const adapterRun = () =>
      timed(async () => {
        round++;
        await Promise.all(
          Array.from({ length: writers }, async (_, w) => {
            const id = streamId(`a-${writers}-${w}-${round}`);
            for (let n = 0; n < perWriter; n++) {
              const r = await store.append(id, [noted(n)], { expectedVersion: n });
              if (!r.ok) throw new Error(r.error.message.en);
            }
          }),
        );
        return total;
      });
    const rawRun = () =>
      timed(async () => {
        round++;
        await Promise.all(
          Array.from({ length: writers }, async (_, w) => {
            for (let n = 0; n < perWriter; n++) {
              const stream = `r-${writers}-${w}-${round}`;
              await target.transaction((q) => rawAppend(q, schema, stream, noted(n)));
            }
          }),
        );
        return total;
      });
    // Alternate, three rounds each, and keep each side's best: a shared machine is noisy.
    let adapter = 0;
    let raw = 0;
    for (let r = 0; r < 3; r++) {
      if (r % 2 === 0) {
        adapter = Math.max(adapter, await adapterRun());
        raw = Math.max(raw, await rawRun());
      } else {
        raw = Math.max(raw, await rawRun());
        adapter = Math.max(adapter, await adapterRun());
      }
    }
    rows.push(
      {
        group: `${target.name}: appends, ${writers} writer(s)`,
        name: 'raw statements',
        opsPerSecond: raw,
      },
      {
        group: `${target.name}: appends, ${writers} writer(s)`,
        name: 'adapter',
        opsPerSecond: adapter,
      },
    );
  }
  // A long stream, written in bulk (not measured), read whole.
  const long = 'long-stream';
  const sample = JSON.stringify({ ...noted(1), at: { $date: noted(1).at.toISOString() } });
  await target.client.query(
    `insert into "${schema}".events (stream_id, version, type, data)
     select $1, v, 'noted', $2::jsonb from generate_series(1, $3::integer) as v`,
    [long, sample, readSize],
  );
  const rawRead = () =>
    timed(async () => {
      const { rows: r } = await target.client.query(
        `select stream_id, version, position, data from "${schema}".events where stream_id = $1 and version >= $2 order by version limit $3`,
        [long, 1, null],
      );
      return r.length;
    });
  const adapterRead = () => timed(async () => (await store.readStream(streamId(long))).length);
  let raw = 0;
  let adapter = 0;
  for (let r = 0; r < 3; r++) {
    adapter = Math.max(adapter, await adapterRead());
    raw = Math.max(raw, await rawRead());
  }
  rows.push(
    {
      group: `${target.name}: read a ${readSize}-event stream`,
      name: 'raw query',
      opsPerSecond: raw,
    },
    {
      group: `${target.name}: read a ${readSize}-event stream`,
      name: 'adapter (dates revived)',
      opsPerSecond: adapter,
    },
  );
  await target.client.query(`drop schema "${schema}" cascade`);
  return rows;
}

/** Runs the suite on the server (when SDR_POSTGRES_URL is set) and on PGlite. */
export async function runPostgresBench(): Promise<{ rows: BenchRow[]; summary: string[] }> {
  const rows: BenchRow[] = [];
  const summary: string[] = [];
  const url = process.env.SDR_POSTGRES_URL;
  if (url === undefined || url === '') {
    summary.push(
      'server: skipped — set SDR_POSTGRES_URL (bash .ci/run starts a throwaway server).',
    );
  } else {
    const pool = new pg.Pool({ connectionString: url, max: 16 });
    rows.push(
      ...(await benchTarget(
        {
          name: 'server',
          client: pool,
          transaction: async (fn) => {
            const c = await pool.connect();
            try {
              await c.query('begin');
              await fn(c);
              await c.query('commit');
            } finally {
              c.release();
            }
          },
          close: () => pool.end(),
        },
        150,
        100_000,
      )),
    );
    await pool.end();
  }
  const lite = await PGlite.create();
  rows.push(
    ...(await benchTarget(
      {
        name: 'PGlite',
        client: lite,
        transaction: (fn) => lite.transaction(fn),
        close: () => lite.close(),
      },
      60,
      100_000,
    )),
  );
  await lite.close();
  for (let k = 0; k + 1 < rows.length; k += 2) {
    const raw = rows[k] as BenchRow;
    const adapter = rows[k + 1] as BenchRow;
    summary.push(
      `${adapter.group}: adapter ${formatOps(adapter.opsPerSecond)} vs raw ${formatOps(raw.opsPerSecond)} (raw/adapter ${formatRatio(raw.opsPerSecond / adapter.opsPerSecond)})`,
    );
  }
  return { rows, summary };
}
