/**
 * What the PostgreSQL adapter needs to run one statement: a `pg` `Pool`, a `pg` `PoolClient`,
 * a PGlite instance and a PGlite transaction all have this method, so the adapter never
 * imports a driver.
 *
 * @example
 * ```ts
 * const fake: SqlQueryable = { query: async () => ({ rows: [{ one: 1 }] }) };
 * (await fake.query('select 1 as one')).rows;
 * //=> [{ one: 1 }]
 * ```
 */
export interface SqlQueryable {
  /** Runs one statement with `$1`, `$2`… parameters and resolves to its rows. */
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * A connection borrowed from a pool (a `pg` `PoolClient`): the adapter runs a transaction on
 * it and gives it back with `release()`, passing the error when the connection is broken so
 * that the pool drops it.
 *
 * @example
 * ```ts
 * const released: unknown[] = [];
 * const connection: SqlConnection = {
 *   query: async () => ({ rows: [] }),
 *   release: (error) => { released.push(error); },
 * };
 * connection.release();
 * released;
 * //=> [undefined]
 * ```
 */
export interface SqlConnection extends SqlQueryable {
  /** Gives the connection back to its pool; with an error, the pool closes it. */
  release(error?: Error | boolean): void;
}

/**
 * The SQL client the PostgreSQL adapter runs on. Two shapes fit, and the adapter uses
 * whichever the client has:
 *
 * - a `pg` `Pool` (`connect()` lends a connection; the adapter runs `begin` / `commit` on it);
 * - a PGlite instance (`transaction(fn)` runs `fn` in one transaction, rolled back if `fn`
 *   throws).
 *
 * A single `pg` `Client` does not fit (its `connect()` opens it and lends nothing): give a
 * `Pool`, even of size 1.
 *
 * @example
 * ```ts
 * const client: SqlClient = {
 *   query: async () => ({ rows: [] }),
 *   transaction: async (fn) => fn({ query: async () => ({ rows: [] }) }),
 * };
 * typeof client.transaction;
 * //=> 'function'
 * ```
 */
export interface SqlClient extends SqlQueryable {
  /** A `pg` `Pool`: lends one connection for a transaction. */
  connect?(): Promise<SqlConnection>;
  /** PGlite: runs `fn` in one transaction; rolls it back when `fn` throws. */
  transaction?<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}

/** A transaction body's outcome: commit it, or roll it back and still return a value. */
export interface TransactionOutcome<T> {
  readonly commit: boolean;
  readonly value: T;
}

class Rollback<T> {
  constructor(readonly value: T) {}
}

/**
 * Runs `body` in one transaction on `client`: committed when it says so, rolled back when it
 * asks to or throws (the error is then rethrown). Internal to the postgres module.
 *
 * @throws whatever `body` or the driver throws, after the rollback.
 * @example
 * ```ts
 * const log: string[] = [];
 * const client: SqlClient = {
 *   query: async () => ({ rows: [] }),
 *   connect: async () => ({
 *     query: async (text: string) => { log.push(text); return { rows: [] }; },
 *     release: () => { log.push('release'); },
 *   }),
 * };
 * await inTransaction(client, async () => ({ commit: false, value: 42 }));
 * //=> 42
 * log;
 * //=> ['begin', 'rollback', 'release']
 * ```
 */
export async function inTransaction<T>(
  client: SqlClient,
  body: (tx: SqlQueryable) => Promise<TransactionOutcome<T>>,
): Promise<T> {
  if (typeof client.connect === 'function') {
    const connection = await client.connect();
    let broken: Error | undefined;
    // A pg client whose backend dies emits 'error' besides failing the query; while the
    // connection is lent to us nobody else listens, and an unheard 'error' would crash the
    // process. The failed query reports it; the connection is then released as broken.
    const events = connection as unknown as {
      on?: (event: 'error', listener: (error: Error) => void) => unknown;
      off?: (event: 'error', listener: (error: Error) => void) => unknown;
    };
    const onError = (error: Error) => {
      broken = error;
    };
    events.on?.('error', onError);
    try {
      await connection.query('begin');
      let outcome: TransactionOutcome<T>;
      try {
        outcome = await body(connection);
      } catch (error) {
        try {
          await connection.query('rollback');
        } catch (rollbackError) {
          broken = rollbackError instanceof Error ? rollbackError : new Error('rollback failed');
        }
        throw error;
      }
      await connection.query(outcome.commit ? 'commit' : 'rollback');
      return outcome.value;
    } catch (error) {
      broken ??= isConnectionError(error) ? (error as Error) : undefined;
      throw error;
    } finally {
      events.off?.('error', onError);
      connection.release(broken);
    }
  }
  if (typeof client.transaction === 'function') {
    try {
      return await client.transaction(async (tx) => {
        const outcome = await body(tx);
        if (outcome.commit) return outcome.value;
        throw new Rollback(outcome.value);
      });
    } catch (error) {
      if (error instanceof Rollback) return error.value as T;
      throw error;
    }
  }
  throw new TypeError(
    'The SQL client must be a pg Pool (with connect()) or a PGlite instance (with transaction()).',
  );
}

/** Whether an error means the connection itself is gone (it must not go back to the pool). */
function isConnectionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  // 57P01 admin_shutdown (pg_terminate_backend), 08xxx connection exceptions.
  return (
    code === '57P01' ||
    (typeof code === 'string' && code.startsWith('08')) ||
    !('code' in error) ||
    code === undefined
  );
}
