import type { CheckpointStore } from '../storage/projection-follower.js';
import { quoteSchema } from './migrations.js';
import { defaultPostgresSchema } from './postgres-event-store.js';
import { inTransaction, type SqlClient, type SqlQueryable } from './sql-client.js';

/**
 * A {@link CheckpointStore} in the `checkpoints` table of the event store's schema (run the
 * store's `migrate()` first). `commit` runs the projection's `work` and saves the new
 * position in **one** transaction, after locking the checkpoint's row: write the
 * projection's state through the `tx` it is given and a crash leaves both or neither, and
 * two followers of one name never both apply a page.
 *
 * @throws ConfigurationError when `schema` is not a lower-case SQL identifier.
 * @example
 * ```ts
 * // const checkpoints = createPostgresCheckpointStore({ client: pool });
 * // await followEventStore(store, { name: 'dashboard', checkpoints,
 * //   handle: async (events, tx) => { await tx.query('insert into dashboard …'); } });
 * typeof createPostgresCheckpointStore;
 * //=> 'function'
 * ```
 */
export function createPostgresCheckpointStore(options: {
  readonly client: SqlClient;
  readonly schema?: string;
}): CheckpointStore<SqlQueryable> {
  const { client } = options;
  const s = quoteSchema(options.schema ?? defaultPostgresSchema);
  return {
    async load(name) {
      const { rows } = await client.query(`select position from ${s}.checkpoints where name = $1`, [
        name,
      ]);
      return Number((rows[0] as { position?: unknown } | undefined)?.position ?? 0);
    },
    commit: (name, move, work) =>
      inTransaction(client, async (tx) => {
        await tx.query(
          `insert into ${s}.checkpoints (name, position) values ($1, 0) on conflict (name) do nothing`,
          [name],
        );
        const { rows } = await tx.query(
          `select position from ${s}.checkpoints where name = $1 for update`,
          [name],
        );
        const saved = Number((rows[0] as { position?: unknown } | undefined)?.position ?? 0);
        if (saved !== move.from) return { commit: false, value: false };
        await work(tx);
        await tx.query(
          `update ${s}.checkpoints set position = $2, updated_at = now() where name = $1`,
          [name, move.to],
        );
        return { commit: true, value: true };
      }),
  };
}
