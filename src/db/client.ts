// Opens the database: the embedded PostgreSQL server in DATA_DIR (see embedded-postgres.ts) unless DATABASE_URL
// points at another PostgreSQL. Either way the app talks to it through one pg pool and the same drizzle API;
// every query is counted so tests can catch N+1 patterns.
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.js';
import { startEmbeddedPostgres, type EmbeddedLog, type EmbeddedOptions, type EmbeddedServer } from './embedded-postgres.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  /** embedded: the server this Convene runs in DATA_DIR; postgres: the server in DATABASE_URL. */
  kind: 'embedded' | 'postgres';
  /** The connection string, for parts that keep their own small pool (the job queue). */
  url: string;
  /** The embedded server, when kind is embedded. */
  embedded?: EmbeddedServer;
  /** Number of SQL statements sent through drizzle since the database was opened. */
  queryCount(): number;
  /** Ends the pool, then stops the embedded server if this process started it. */
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** DATA_DIR of the embedded server; needed when databaseUrl is not given. */
  dataDir?: string;
  /** How to use the embedded server (see EmbeddedOptions.mode); default own. */
  embedded?: EmbeddedOptions['mode'];
  /** What the lock file names as the owner of DATA_DIR. */
  command?: string;
  /** More options of the embedded server (settings, timeouts). */
  embeddedOptions?: Partial<EmbeddedOptions>;
  log?: EmbeddedLog;
  poolSize?: number;
  migrate?: boolean;
}

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

export async function openDatabase(options: OpenOptions): Promise<Database> {
  let embedded: EmbeddedServer | undefined;
  let url = options.databaseUrl;
  if (!url) {
    if (!options.dataDir) throw new Error('openDatabase needs databaseUrl or dataDir');
    embedded = await startEmbeddedPostgres({
      ...options.embeddedOptions,
      dataDir: options.dataDir,
      mode: options.embedded ?? 'own',
      command: options.command,
      log: options.log,
    });
    url = embedded.url();
  }
  try {
    let queries = 0;
    const logger = { logQuery: () => void queries++ };
    const { default: pg } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, application_name: 'convene' });
    // An idle connection the server ends (restart, pg_terminate_backend, drop database) is an 'error' event on
    // the pool; unhandled, it would crash the process. The pool drops that client and opens a new one on demand.
    pool.on('error', () => undefined);
    const db = drizzle(pool, { schema, logger }) as unknown as Db;
    if (options.migrate !== false) await applyMigrations(pool).catch(async (error) => {
      await pool.end();
      throw error;
    });
    return {
      db,
      kind: embedded ? 'embedded' : 'postgres',
      url,
      embedded,
      queryCount: () => queries,
      close: async () => {
        await pool.end();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
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
 * no bind parameters left (COPY takes none): its values are inlined as literals. node-postgres speaks COPY only
 * through pg-copy-streams, on a pooled connection of its own (or the transaction's); it skips the driver's row
 * decoding, several times the query's own cost on a large export.
 */
export async function copyOut(db: DbOrTx, query: SQL): Promise<Buffer> {
  const session = (db as unknown as { session: { client: import('pg').Pool | import('pg').PoolClient; logger: { logQuery(query: string, params: unknown[]): void } } }).session;
  const { pg, copyTo } = await (copyDrivers ??= loadCopyDrivers());
  const client = session.client;
  const text = new PgDialect().sqlToQuery(sql`copy (${query}) to stdout`.inlineParams()).sql;
  session.logger.logQuery(text, []);
  const pooled = client instanceof pg.Pool;
  const connection = pooled ? await client.connect() : (client as import('pg').PoolClient);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of connection.query(copyTo(text))) chunks.push(chunk as Buffer);
  } catch (error) {
    if (pooled) connection.release(error as Error);
    throw error;
  }
  if (pooled) connection.release();
  return Buffer.concat(chunks);
}

// Several processes may start together on one PostgreSQL: an advisory lock lets one migrate at a time.
async function applyMigrations(pool: import('pg').Pool): Promise<void> {
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
