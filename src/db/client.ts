// Opens the database: embedded PGlite in DATA_DIR (guarded by a lock file) unless DATABASE_URL points at
// PostgreSQL. Both give the same drizzle API; every query is counted so tests can catch N+1 patterns.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.js';
import { acquireLock, type Lock } from './lock.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** PostgreSQL only: the connection string, for parts that keep their own small pool (the job queue). */
  url?: string;
  /** Number of SQL statements sent through drizzle since the database was opened. */
  queryCount(): number;
  close(): Promise<void>;
  /**
   * Refreshes planner statistics. PGlite has no autovacuum, so without this the planner keeps guessing
   * one row per table and picks nested loops that get slow as an event grows; PostgreSQL does it itself.
   */
  analyze(): Promise<void>;
  /** PGlite only: the data folder as a tarball (for test templates). */
  dump?: () => Promise<Blob>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** Folder of the embedded database; undefined = in memory (tests). */
  dataDir?: string;
  poolSize?: number;
  migrate?: boolean;
  /** In-memory PGlite only: start from this dumped data folder (tests use a migrated template). */
  pgliteTemplate?: Blob;
}

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

export async function openDatabase(options: OpenOptions): Promise<Database> {
  let queries = 0;
  const logger = { logQuery: () => void queries++ };
  if (options.databaseUrl) {
    const { default: pg } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle connection the server ends (restart, pg_terminate_backend, drop database) is an 'error' event on
    // the pool; unhandled, it would crash the process. The pool drops that client and opens a new one on demand.
    pool.on('error', () => undefined);
    const db = drizzle(pool, { schema, logger }) as unknown as Db;
    if (options.migrate !== false) await migratePostgres(pool);
    return { db, kind: 'postgres', url: options.databaseUrl, queryCount: () => queries, close: () => pool.end(), analyze: async () => undefined };
  }

  let lock: Lock | undefined;
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    lock = acquireLock(path.join(options.dataDir, 'convene.lock'));
  }
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const client = options.dataDir
      ? new PGlite(path.join(options.dataDir, 'pgdata'))
      : new PGlite(options.pgliteTemplate ? { loadDataDir: options.pgliteTemplate } : {});
    await client.waitReady;
    const db = drizzle(client, { schema, logger }) as unknown as Db;
    if (options.migrate !== false) {
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await migrate(db as never, { migrationsFolder });
    }
    return {
      db,
      kind: 'pglite',
      dump: () => client.dumpDataDir('none'),
      analyze: async () => {
        await client.exec('analyze');
      },
      queryCount: () => queries,
      close: async () => {
        await client.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

// Loaded once, on first use: a dynamic import per page cost more than a page of rows under tsx's loader.
let copyDrivers: ReturnType<typeof loadCopyDrivers> | undefined;
async function loadCopyDrivers() {
  const [{ default: pg }, { to: copyTo }] = await Promise.all([import('pg'), import('pg-copy-streams')]);
  return { pg, copyTo };
}

/**
 * Runs `COPY (query) TO STDOUT` in text format and resolves with its bytes, counted as one statement. `query` has
 * no bind parameters left (COPY takes none): its values are inlined as literals. The drivers differ here, so this
 * is the one place that knows them: PGlite has no STDOUT and hands back what COPY writes to its device
 * /dev/blob; node-postgres speaks COPY only through pg-copy-streams, on a pooled connection of its own (or the
 * transaction's). Both skip the drivers' row decoding, several times the query's own cost on a large export.
 */
export async function copyOut(db: DbOrTx, query: SQL): Promise<Buffer> {
  const session = (db as unknown as { session: { client: unknown; logger: { logQuery(query: string, params: unknown[]): void } } }).session;
  const { pg, copyTo } = await (copyDrivers ??= loadCopyDrivers());
  const client = session.client;
  if (!(client instanceof pg.Pool || client instanceof pg.Client)) {
    const result = (await db.execute(sql`copy (${query}) to '/dev/blob'`.inlineParams())) as unknown as { blob?: Blob };
    return result.blob ? Buffer.from(await result.blob.arrayBuffer()) : Buffer.alloc(0);
  }
  const text = new PgDialect().sqlToQuery(sql`copy (${query}) to stdout`.inlineParams()).sql;
  session.logger.logQuery(text, []);
  const connection = client instanceof pg.Pool ? await client.connect() : client;
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of connection.query(copyTo(text))) chunks.push(chunk as Buffer);
  } catch (error) {
    if (connection !== client) (connection as import('pg').PoolClient).release(error as Error);
    throw error;
  }
  if (connection !== client) (connection as import('pg').PoolClient).release();
  return Buffer.concat(chunks);
}

// Several processes may start together on one PostgreSQL: an advisory lock lets one migrate at a time.
async function migratePostgres(pool: import('pg').Pool): Promise<void> {
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock(724001)');
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock(724001)').catch(() => undefined);
    client.release();
  }
}
