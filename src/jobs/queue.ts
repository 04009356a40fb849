// The job queue: pg-boss 10 on the application's own database (embedded PGlite or PostgreSQL), in schema
// `pgboss`. openQueue starts it, ensureQueue declares a queue and its retry/expiry policy, work registers a
// one-job-at-a-time handler, send enqueues and wakes this process's workers, closeQueue stops everything cleanly.
//
// Defaults, and why:
// - pollingIntervalSeconds 0.5: pg-boss polls; 0.5 s is the lowest it accepts (its default is 2 s). One indexed
//   statement per worker per half second is cheap, and send() wakes local workers at once anyway.
// - supervise on, maintenanceIntervalSeconds 30 (pg-boss: 120): maintenance is what notices that a job's worker
//   died. pg-boss 10.4 has no heartbeat: a job stays `active` until started_on + expireInSeconds has passed and
//   the next maintenance run fails it by timeout, which puts it back in `retry` if it has retries left. So a
//   crashed job starts again after about expireInSeconds + up to 30 s + retryDelay. Keep expireInSeconds close
//   to the longest honest run time (it is also the handler's time limit: pg-boss fails the job when it passes).
// - schedule on: lets later code use boss.schedule() (cron) for clean-up jobs; it costs one poll every 5 s.
// Enqueue after the app's transaction commits (house rule): on PGlite a send() from inside a transaction would
// wait for that same transaction's lock forever.
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Database } from '../db/client.js';
import { pgliteExecutor, postgresExecutor, type Executor } from './queue.executor.js';
import type { PGlite } from '@electric-sql/pglite';

export type Queue = PgBoss;
export type Job<T extends object = object> = PgBoss.Job<T>;

export interface QueueOptions {
  schema?: string;
  pollingIntervalSeconds?: number;
  maintenanceIntervalSeconds?: number;
  supervise?: boolean;
  schedule?: boolean;
  /** PostgreSQL: size of the queue's own pool (fetches, completions, maintenance). */
  poolSize?: number;
  /** Errors pg-boss reports in the background (maintenance, worker fetch loops, lost completions). */
  onError?: (error: Error) => void;
}

export interface QueuePolicy {
  /**
   * 'singleton': at most one job of the queue active at a time, across every process; oldest first (see the
   * executor for the lock that keeps the order on PostgreSQL). The slot is per singletonKey: do not give jobs
   * a singletonKey unless jobs of different keys may run side by side.
   */
  policy: 'standard' | 'singleton';
  /** Time limit of one attempt; after it the job fails (and is retried if retries are left). Below 24 h. */
  expireInSeconds: number;
  /** Retries after the first attempt: a job runs at most retryLimit + 1 times. */
  retryLimit: number;
  /** Seconds between a failure and the next attempt. */
  retryDelay: number;
  /** Double the delay after each failure (with jitter). */
  retryBackoff?: boolean;
  /** How long a job may wait to be started before it is dropped (pg-boss default: 14 days). */
  retentionMinutes?: number;
  /** Queue that receives a copy of each job that fails for good. */
  deadLetter?: string;
}

interface QueueState {
  executor: Executor;
  /** PostgreSQL: the connection that LISTENs for other processes' wake-ups (polling still works without it). */
  listener?: pg.Client;
  /** Handlers registered through work() that are running now. */
  running: number;
  /** Worker id → queue name, to wake this process's workers on send. */
  workers: Map<string, string>;
  /** Per queue: the last send in this process, so sends number and insert their jobs one at a time. */
  sending: Map<string, Promise<void>>;
}

const states = new WeakMap<PgBoss, QueueState>();

function stateOf(boss: PgBoss): QueueState {
  const state = states.get(boss);
  if (!state) throw new Error('not a queue opened by openQueue');
  return state;
}

export async function openQueue(database: Database, options: QueueOptions = {}): Promise<Queue> {
  const schema = options.schema ?? 'pgboss';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid queue schema name "${schema}"`);
  const onError = options.onError ?? ((error: Error) => console.error('job queue:', error));
  const executor =
    database.kind === 'postgres'
      ? postgresExecutor(database.url!, options.poolSize ?? 4, { schema, onError })
      : pgliteExecutor((database.db as unknown as { $client: PGlite }).$client, { schema, onError });
  const boss = new PgBoss({
    db: executor as PgBoss.Db,
    schema,
    supervise: options.supervise ?? true,
    schedule: options.schedule ?? true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5,
  });
  // pg-boss is an EventEmitter: an 'error' event without a listener would crash the process.
  boss.on('error', onError);
  const state: QueueState = { executor, running: 0, workers: new Map(), sending: new Map() };
  states.set(boss, state);
  try {
    await boss.start();
    if (database.kind === 'postgres') state.listener = await listenForWakeUps(database.url!, state, boss, onError);
  } catch (error) {
    await executor.close();
    throw error;
  }
  return boss;
}

const WAKE_CHANNEL = 'convene_jobs';

/** Wakes this process's workers of a queue when another process sends a job or frees a slot of it. */
async function listenForWakeUps(url: string, state: QueueState, boss: PgBoss, onError: (error: Error) => void): Promise<pg.Client> {
  const listener = new pg.Client({ connectionString: url, application_name: 'convene-jobs-listen' });
  listener.on('error', (error) => {
    onError(new Error(`job queue wake-up listener stopped (workers still poll): ${error.message}`));
    state.listener = undefined;
  });
  listener.on('notification', (message) => {
    for (const [workerId, queue] of state.workers) if (queue === message.payload) boss.notifyWorker(workerId);
  });
  await listener.connect();
  await listener.query(`listen ${WAKE_CHANNEL}`);
  return listener;
}

/** Wakes the workers of `name` here and, on PostgreSQL, in every other process. */
async function wake(boss: PgBoss, name: string): Promise<void> {
  const state = stateOf(boss);
  for (const [workerId, queue] of state.workers) if (queue === name) boss.notifyWorker(workerId);
  if (state.listener) await state.executor.executeSql('select pg_notify($1, $2)', [WAKE_CHANNEL, name]);
}

/** Creates the queue if it is missing and applies the policy to jobs sent from now on. */
export async function ensureQueue(boss: Queue, name: string, policy: QueuePolicy): Promise<void> {
  // pg-boss annotates the options object it is given, so each call gets its own copy.
  const options = (): PgBoss.Queue => ({ name, ...policy });
  await boss.createQueue(name, options()); // does nothing when the queue exists...
  await boss.updateQueue(name, options()); // ...so its settings are brought up to date here
}

/**
 * Works jobs of one queue one at a time; what the handler returns is stored as the job's output, what it throws
 * fails the attempt (stored as output.name/message/stack). pg-boss fails an attempt that outlives the queue's
 * expireInSeconds but cannot stop the handler, so the handler gets a signal that aborts at that moment: a long
 * handler should stop then, or its retry may run beside it. Returns the worker id.
 */
export async function work<T extends object>(
  boss: Queue,
  name: string,
  handler: (job: Job<T>, signal: AbortSignal) => Promise<unknown>,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<string> {
  const state = stateOf(boss);
  const id = await boss.work<T>(name, { ...options, batchSize: 1 }, async ([job]) => {
    state.running++;
    const expiry = new AbortController();
    const timer = setTimeout(() => expiry.abort(new Error('job expired')), Number(job.expireInSeconds) * 1000);
    try {
      const output = await handler(job, expiry.signal);
      // Completed here and awaited (pg-boss would complete it later, without waiting), so a singleton queue's slot
      // is free when the next worker looks; then the waiting workers are woken instead of waiting for their poll.
      await boss.complete(name, job.id, output && typeof output === 'object' ? (output as object) : undefined);
      await wake(boss, name).catch((error: Error) => boss.emit('error', error));
      return output;
    } finally {
      clearTimeout(timer);
      state.running--;
    }
  });
  state.workers.set(id, name);
  return id;
}

/** Enqueues a job and wakes the queue's workers (here, and on PostgreSQL in every process), so it starts at once. */
export async function send(boss: Queue, name: string, data: object, options: PgBoss.SendOptions = {}): Promise<string> {
  const state = stateOf(boss);
  // Strict arrival order (see job_order in the schema): a later job gets a lower priority (it wraps after 2^31
  // jobs). Numbering and inserting go one at a time per queue in this process, so a job numbered later is never
  // inserted first, and the place a waiting job was told can only go down.
  const previous = state.sending.get(name) ?? Promise.resolve();
  const turn = previous.then(async () => {
    const order = await state.executor.executeSql("select nextval('job_order')::text as n");
    const priority = options.priority ?? -(Number((order?.rows[0] as { n: string }).n) % 2_147_483_647);
    return boss.send(name, data, { ...options, priority });
  });
  state.sending.set(name, turn.then(() => undefined, () => undefined));
  const id = await turn;
  if (!id) throw new Error(`queue "${name}" did not accept the job (does the queue exist?)`);
  await wake(boss, name).catch((error: Error) => boss.emit('error', error));
  return id;
}

/**
 * Stops polling, lets running jobs finish (up to timeoutMs; pg-boss then marks them failed, so they are retried),
 * waits for pg-boss's last statements and releases its connections. Close the queue before the database.
 */
export async function closeQueue(boss: Queue, { timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<void> {
  const state = stateOf(boss);
  const deadline = Date.now() + timeoutMs;
  try {
    await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    // A worker that was fetching when stop began may still start its job, and pg-boss completes jobs without
    // awaiting. Between a statement's answer and the handler, or from the handler to its completion, there are
    // only microtasks, so after a macrotask turn "no statement and no handler running" means the workers are done.
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if ((state.running === 0 && state.executor.pending() === 0) || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await state.listener?.end().catch(() => undefined);
    await state.executor.close();
  }
}
