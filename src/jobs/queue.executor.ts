// Runs pg-boss's SQL on the application's own database. pg-boss 10 needs one function from its connection,
// `executeSql(text, values) → { rows }`; this module provides it for both databases:
// - PGlite (one in-process connection): statements go through the client the app uses. PGlite serialises callers
//   with a mutex that `transaction()` holds for the whole app transaction (drizzle uses it), so a pg-boss statement
//   never runs inside an app transaction. pg-boss sends its own transactions as one multi-statement text
//   ("BEGIN; ...; COMMIT;", create/migrate/maintenance); we run that text inside `transaction()`, so it is one
//   uninterrupted turn of the mutex and a failure is rolled back before anyone else gets the connection.
// - PostgreSQL: a small pool of its own (a connection whose statement failed is discarded by the pool, so a
//   failed "BEGIN; ...; COMMIT;" text leaves nothing behind). Fetches on singleton/stately queues take a
//   per-queue advisory lock first: without it, of two workers fetching at the same moment one locks the oldest
//   job, the other skips it (SKIP LOCKED) and takes the next, and whichever marks its job active first wins the
//   singleton slot, so jobs can start out of order (measured without the lock: 3 to 39 out-of-order starts in
//   40 to 200 rounds of 8 simultaneous fetches).
// Statements still running are tracked so the queue can close without cutting them off; after close, late
// statements (pg-boss completes jobs without awaiting) are dropped the way pg-boss's own Db drops them.
import pg from 'pg';
import type { PGlite, Results } from '@electric-sql/pglite';
import plans from 'pg-boss/src/plans.js';

type Rows = { rows: any[] };

export interface Executor {
  executeSql(text: string, values?: unknown[]): Promise<Rows | undefined>;
  /** Number of statements sent and not yet answered. */
  pending(): number;
  /** Drops later statements, waits for the running ones and releases the executor's own connections. */
  close(): Promise<void>;
}

export interface ExecutorOptions {
  schema: string;
  /** Errors of statements pg-boss sends without awaiting them (job completion), which would otherwise crash. */
  onError: (error: Error) => void;
}

// pg-boss's job-fetch statement in every variant its options can produce, and its complete/fail statements.
function knownStatements(schema: string) {
  const fetch = new Set<string>();
  for (const includeMetadata of [false, true]) {
    for (const priority of [false, true]) {
      for (const ignoreStartAfter of [false, true]) {
        fetch.add(plans.fetchNextJob(schema)({ includeMetadata, priority, ignoreStartAfter }));
      }
    }
  }
  const unawaited = new Set([plans.completeJobs(schema), plans.failJobsById(schema)]);
  return { fetch, unawaited };
}

function isMultiStatement(text: string, values: unknown[]): boolean {
  // pg-boss only sends several statements at once without parameters (the protocol allows nothing else).
  return values.length === 0 && text.includes(';');
}

function tracked(
  run: (text: string, values: unknown[]) => Promise<Rows>,
  options: ExecutorOptions,
  release: () => Promise<void>,
): Executor {
  const running = new Set<Promise<unknown>>();
  const { unawaited } = knownStatements(options.schema);
  let closed = false;
  return {
    executeSql(text, values = []) {
      if (closed) return Promise.resolve(undefined);
      const statement = run(text, values).catch((error: Error) => {
        if (!unawaited.has(text)) throw error;
        // The job stays active, expires and is retried; reporting is all that can be done here.
        options.onError(error);
        return undefined;
      });
      running.add(statement);
      const forget = () => void running.delete(statement);
      statement.then(forget, forget);
      return statement;
    },
    pending: () => running.size,
    async close() {
      closed = true;
      await Promise.allSettled([...running]);
      await release();
    },
  };
}

export function pgliteExecutor(client: PGlite, options: ExecutorOptions): Executor {
  const run = async (text: string, values: unknown[]): Promise<Rows> => {
    if (!isMultiStatement(text, values)) {
      // PGlite encodes parameters by their type as node-postgres does (a JSON parameter given as text is sent
      // as it is, objects are stringified), so pg-boss's values need no conversion.
      const result = await client.query(text, values);
      return { rows: result.rows };
    }
    // transaction() sends BEGIN and COMMIT around the text (the text's own BEGIN/COMMIT only raise warnings) and
    // ROLLBACK if any statement fails, all while holding PGlite's mutex.
    const results: Results[] = await client.transaction((tx) => tx.exec(text));
    return { rows: results.at(-1)?.rows ?? [] };
  };
  // The connection belongs to the app, which closes it after the queue.
  return tracked(run, options, async () => undefined);
}

const FETCH_LOCK_CLASS = 724002;

export function postgresExecutor(url: string, poolSize: number, options: ExecutorOptions): Executor {
  const { schema } = options;
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'convene-jobs' });
  // An idle connection ended by the server is dropped and replaced on demand; not worth crashing for.
  pool.on('error', () => undefined);
  const { fetch } = knownStatements(schema);
  const serialized = new Map<string, boolean>();

  async function isSerialized(queue: string): Promise<boolean> {
    const known = serialized.get(queue);
    if (known !== undefined) return known;
    const { rows } = await pool.query(`select policy from ${schema}.queue where name = $1`, [queue]);
    if (rows.length === 0) return false;
    const answer = rows[0].policy === 'singleton' || rows[0].policy === 'stately';
    serialized.set(queue, answer);
    return answer;
  }

  // One fetch at a time per queue: the lock is held until COMMIT, when the fetched job is visibly active.
  async function fetchInTurn(text: string, values: unknown[]): Promise<Rows> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      await client.query('select pg_advisory_xact_lock($1, hashtext($2))', [FETCH_LOCK_CLASS, `${schema}.${values[0]}`]);
      const result = await client.query(text, values);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // Usually the singleton slot is taken (unique violation); the connection is fine for reuse once rolled back.
      await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  const run = async (text: string, values: unknown[]): Promise<Rows> => {
    if (fetch.has(text) && (await isSerialized(String(values[0])))) return fetchInTurn(text, values);
    // After an error the pool discards the connection, so a failed "BEGIN; ...; COMMIT;" text cannot leave an
    // aborted transaction behind for the next statement.
    const result = (await pool.query(text, values)) as unknown as pg.QueryResult | pg.QueryResult[];
    return Array.isArray(result) ? result.at(-1)! : result;
  };
  return tracked(run, options, () => pool.end());
}
