import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { SqlClient, SqlConnection } from '../../src/postgres/sql-client.js';

/**
 * Where the PostgreSQL tests run: a real server when SDR_POSTGRES_URL is set (.ci/run starts
 * one), PGlite in process always. In CI (CI=true) a missing server is a failure, never a skip.
 */
export const serverUrl: string | undefined = process.env.SDR_POSTGRES_URL || undefined;
export const inCi = process.env.CI === 'true';
export const serverSkipReason =
  'SDR_POSTGRES_URL is not set: the PostgreSQL server tests are skipped (bash .ci/run starts a throwaway server and runs them).';

if (serverUrl === undefined && !inCi) console.warn(serverSkipReason);

// The types must accept both drivers as they are.
export function asClient(client: pg.Pool | PGlite): SqlClient {
  return client;
}

let schemaCounter = 0;
/** A schema name unique to this process and call. */
export function freshSchema(prefix: string): string {
  schemaCounter += 1;
  return `${prefix}_${process.pid}_${schemaCounter}`;
}

export function newPool(max = 20): pg.Pool {
  if (serverUrl === undefined) throw new Error(serverSkipReason);
  const pool = new pg.Pool({ connectionString: serverUrl, max });
  pool.on('error', () => {
    // a terminated idle connection: the pool replaces it
  });
  return pool;
}

export function newPglite(): Promise<PGlite> {
  return PGlite.create();
}

/**
 * The same client with the append lock removed: the adapter as an author who skipped the
 * advisory lock would have written it. Positions can then become visible out of order.
 */
export function withoutAppendLock(client: pg.Pool): SqlClient {
  const strip = (text: string) =>
    text.includes('pg_advisory_xact_lock') && text.includes('$1') ? 'select $1::text' : text;
  return {
    query: (text, values) => client.query(strip(text), values),
    async connect(): Promise<SqlConnection> {
      const connection = await client.connect();
      return {
        query: (text, values) => connection.query(strip(text), values),
        release: (error) => connection.release(error),
      };
    },
  };
}
