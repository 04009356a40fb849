// The job queue: pg-boss 10 on the application's database, in schema `pgboss`, with a pool of its own as on any
// PostgreSQL. openQueue starts it, ensureQueue declares a queue and its retry/expiry policy, work runs a
// one-job-at-a-time worker, send enqueues and wakes the queue's workers in every process, closeQueue stops
// everything cleanly.
//
// pg-boss stores, fetches, completes, retries and expires jobs; the worker loop is ours, for three guarantees its
// own `work()` does not give:
// - Strict arrival order on singleton queues across processes. Of two workers fetching at once, one locks the
//   oldest job, the other skips it (SKIP LOCKED) and takes the next, and whichever commits first wins the slot
//   (measured without a lock: 3 to 39 out-of-order starts in 40 to 200 rounds of 8 simultaneous fetches). Our
//   fetch holds a per-queue advisory lock until the fetched job is visibly active, through the `db` option that
//   pg-boss's fetch() takes for this purpose.
// - A job is completed, awaited, before the worker looks for the next one (pg-boss completes without waiting),
//   so a singleton queue's slot is free when the next worker looks; then every worker of the queue is woken
//   (here, and through LISTEN/NOTIFY in other processes), so nobody waits for its poll.
// - An attempt that outlives expireInSeconds is failed at that moment and its handler's signal aborts.
//
// Defaults, and why:
// - pollingIntervalSeconds 0.5: a worker polls when nothing wakes it; one indexed statement per worker per half
//   second is cheap.
// - supervise on, maintenanceIntervalSeconds 30 (pg-boss: 120): maintenance is what notices that a job's worker
//   died: a job stays `active` until started_on + expireInSeconds has passed, and the next maintenance run fails
//   it by timeout, which puts it back in `retry` if it has retries left. (Tasks also have a heartbeat sweeper,
//   which hands a crashed attempt back much sooner: see task.service.ts.)
// - schedule on: lets later code use boss.schedule() (cron) for clean-up jobs; it costs one poll every 5 s.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Database } from '../db/client.js';

export type Queue = PgBoss;
export type Job<T extends object = object> = PgBoss.Job<T>;

export interface QueueOptions {
  schema?: string;
  pollingIntervalSeconds?: number;
  maintenanceIntervalSeconds?: number;
  supervise?: boolean;
  schedule?: boolean;
  /** Size of pg-boss's pool (sends, fetches, completions, maintenance). */
  poolSize?: number;
  /** Errors reported in the background (maintenance, worker fetch loops). */
  onError?: (error: Error) => void;
}

export interface QueuePolicy {
  /**
   * 'singleton': at most one job of the queue active at a time, across every process; oldest first. The slot is
   * per singletonKey: do not give jobs a singletonKey unless jobs of different keys may run side by side.
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

interface Worker {
  name: string;
  /** Ends the worker's wait for its next poll. */
  wake(): void;
  /** The loop; settles when the worker has stopped, after its current job. */
  done: Promise<void>;
}

interface QueueState {
  schema: string;
  onError: (error: Error) => void;
  /** A few connections of ours: job numbering, wake-ups and the singleton fetch lock. */
  control: pg.Pool;
  /** The connection that LISTENs for other processes' wake-ups (polling still works without it). */
  listener?: pg.Client;
  pollingIntervalMs: number;
  stopping: boolean;
  workers: Map<string, Worker>;
  /** Jobs being worked now, by id, to fail them if a close runs out of time. */
  active: Map<string, { name: string; settled: Promise<unknown> }>;
  /** Per queue: the last send in this process, so sends number and insert their jobs one at a time. */
  sending: Map<string, Promise<void>>;
  /** Per queue: whether its policy allows one active job only (fetches then take turns). */
  serialized: Map<string, Promise<boolean>>;
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
  const boss = new PgBoss({
    connectionString: database.url,
    max: options.poolSize ?? 4,
    application_name: 'convene-jobs',
    schema,
    supervise: options.supervise ?? true,
    schedule: options.schedule ?? true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
  });
  // pg-boss is an EventEmitter: an 'error' event without a listener would crash the process.
  boss.on('error', onError);
  const control = new pg.Pool({ connectionString: database.url, max: 3, application_name: 'convene-jobs-control' });
  // An idle connection ended by the server is dropped and replaced on demand; not worth crashing for.
  control.on('error', () => undefined);
  const state: QueueState = {
    schema,
    onError,
    control,
    pollingIntervalMs: (options.pollingIntervalSeconds ?? 0.5) * 1000,
    stopping: false,
    workers: new Map(),
    active: new Map(),
    sending: new Map(),
    serialized: new Map(),
  };
  states.set(boss, state);
  try {
    await boss.start();
    state.listener = await listenForWakeUps(database.url, state);
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    await control.end();
    throw error;
  }
  return boss;
}

const WAKE_CHANNEL = 'convene_jobs';

/** Wakes this process's workers of a queue when another process sends a job or frees a slot of it. */
async function listenForWakeUps(url: string, state: QueueState): Promise<pg.Client> {
  const listener = new pg.Client({ connectionString: url, application_name: 'convene-jobs-listen' });
  listener.on('error', (error) => {
    if (!state.stopping) state.onError(new Error(`job queue wake-up listener stopped (workers still poll): ${error.message}`));
    state.listener = undefined;
  });
  listener.on('notification', (message) => wakeHere(state, message.payload ?? ''));
  await listener.connect();
  await listener.query(`listen ${WAKE_CHANNEL}`);
  return listener;
}

function wakeHere(state: QueueState, name: string): void {
  for (const worker of state.workers.values()) if (worker.name === name) worker.wake();
}

/** Wakes the workers of `name` here and in every other process. */
async function wake(boss: PgBoss, name: string): Promise<void> {
  const state = stateOf(boss);
  wakeHere(state, name);
  await state.control.query('select pg_notify($1, $2)', [WAKE_CHANNEL, name]);
}

/** Creates the queue if it is missing and applies the policy to jobs sent from now on. */
export async function ensureQueue(boss: Queue, name: string, policy: QueuePolicy): Promise<void> {
  // pg-boss annotates the options object it is given, so each call gets its own copy.
  const options = (): PgBoss.Queue => ({ name, ...policy });
  await boss.createQueue(name, options()); // does nothing when the queue exists...
  await boss.updateQueue(name, options()); // ...so its settings are brought up to date here
  stateOf(boss).serialized.delete(name);
}

const FETCH_LOCK_CLASS = 724002;

function isSerialized(boss: PgBoss, state: QueueState, name: string): Promise<boolean> {
  let known = state.serialized.get(name);
  if (!known) {
    known = boss.getQueue(name).then((queue) => queue?.policy === 'singleton' || queue?.policy === 'stately');
    known.catch(() => state.serialized.delete(name));
    state.serialized.set(name, known);
  }
  return known;
}

/**
 * Takes the next job of a queue (or none). On a singleton queue fetches take turns across every process: the
 * advisory lock is held until COMMIT, when the fetched job is visibly active, so the next fetch sees the slot
 * taken instead of skipping the oldest job.
 */
export async function fetchNext<T extends object>(boss: Queue, name: string): Promise<Job<T> | undefined> {
  const state = stateOf(boss);
  if (!(await isSerialized(boss, state, name))) return (await boss.fetch<T>(name, { batchSize: 1 }))[0];
  const inTurn = {
    executeSql: async (text: string, values: unknown[]) => {
      const client = await state.control.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        await client.query('select pg_advisory_xact_lock($1, hashtext($2))', [FETCH_LOCK_CLASS, `${state.schema}.${name}`]);
        const result = await client.query(text, values);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // Usually the singleton slot is taken (a unique violation, which pg-boss's fetch reads as "no job").
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
  return (await boss.fetch<T>(name, { batchSize: 1, db: inTurn }))[0];
}

function errorOutput(error: unknown): object {
  return error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { name: 'Error', message: String(error) };
}

/**
 * Works jobs of one queue one at a time; what the handler returns is stored as the job's output, what it throws
 * fails the attempt (stored as output.name/message/stack). An attempt that outlives the queue's expireInSeconds
 * is failed then and the handler's signal aborts: a long handler should stop, or its retry may run beside it.
 * Returns the worker id.
 */
export async function work<T extends object>(
  boss: Queue,
  name: string,
  handler: (job: Job<T>, signal: AbortSignal) => Promise<unknown>,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<string> {
  const state = stateOf(boss);
  if (state.stopping) throw new Error('the queue is closing');
  const id = randomUUID();
  const intervalMs = options.pollingIntervalSeconds !== undefined ? options.pollingIntervalSeconds * 1000 : state.pollingIntervalMs;
  let wakeUp: (() => void) | undefined;
  let woken = false;
  const worker: Worker = {
    name,
    wake: () => {
      woken = true;
      wakeUp?.();
    },
    done: Promise.resolve(),
  };

  const runJob = async (job: Job<T>) => {
    const expiry = new AbortController();
    const expired = new Promise<never>((_resolve, reject) => {
      expiry.signal.addEventListener('abort', () => reject(expiry.signal.reason), { once: true });
    });
    expired.catch(() => undefined);
    const timer = setTimeout(() => expiry.abort(new Error('job expired')), Number(job.expireInSeconds) * 1000);
    const handled = Promise.resolve().then(() => handler(job, expiry.signal));
    state.active.set(job.id, { name, settled: handled.catch(() => undefined) });
    try {
      const output = await Promise.race([handled, expired]);
      await boss.complete(name, job.id, output && typeof output === 'object' ? (output as object) : undefined);
    } catch (error) {
      await boss.fail(name, job.id, errorOutput(error)).catch((failError: Error) => state.onError(failError));
    } finally {
      clearTimeout(timer);
      // A handler that ignored its signal still counts as running until it returns (closeQueue waits for it).
      await handled.then(
        () => undefined,
        () => undefined,
      );
      state.active.delete(job.id);
    }
    await wake(boss, name).catch((error: Error) => state.onError(error));
  };

  const loop = async () => {
    while (!state.stopping) {
      woken = false;
      let job: Job<T> | undefined;
      try {
        job = await fetchNext<T>(boss, name);
      } catch (error) {
        if (!state.stopping) state.onError(error as Error);
      }
      if (job && !state.stopping) {
        await runJob(job);
        continue; // look again at once: more may be waiting
      }
      if (job) {
        // Fetched while closing: hand it straight back, it keeps its place.
        await boss.fail(name, job.id, { name: 'Error', message: 'the queue closed before the job started' }).catch(() => undefined);
        break;
      }
      if (woken || state.stopping) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = undefined;
    }
  };
  worker.done = loop();
  state.workers.set(id, worker);
  return id;
}

/** Enqueues a job and wakes the queue's workers (here, and in every process), so it starts at once. */
export async function send(boss: Queue, name: string, data: object, options: PgBoss.SendOptions = {}): Promise<string> {
  const state = stateOf(boss);
  // Strict arrival order (see job_order in the schema): a later job gets a lower priority (it wraps after 2^31
  // jobs), since created_on ties within a millisecond and pg-boss then orders by the random id. Numbering and
  // inserting go one at a time per queue in this process, so a job numbered later is never inserted first, and
  // the place a waiting job was told can only go down.
  const previous = state.sending.get(name) ?? Promise.resolve();
  const turn = previous.then(async () => {
    const { rows } = await state.control.query<{ n: string }>("select nextval('job_order')::text as n");
    const priority = options.priority ?? -(Number(rows[0].n) % 2_147_483_647);
    return boss.send(name, data, { ...options, priority });
  });
  state.sending.set(
    name,
    turn.then(
      () => undefined,
      () => undefined,
    ),
  );
  const id = await turn;
  if (!id) throw new Error(`queue "${name}" did not accept the job (does the queue exist?)`);
  await wake(boss, name).catch((error: Error) => state.onError(error));
  return id;
}

/**
 * Stops the workers after their current job (waiting up to timeoutMs; jobs still running then are failed, so
 * they are retried), stops pg-boss and releases every connection. Close the queue before the database.
 */
export async function closeQueue(boss: Queue, { timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<void> {
  const state = stateOf(boss);
  state.stopping = true;
  const workers = [...state.workers.values()];
  for (const worker of workers) worker.wake();
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    const finished = await Promise.race([Promise.all(workers.map((worker) => worker.done)).then(() => 'done' as const), outOfTime]);
    if (finished === 'timeout') {
      for (const [id, job] of state.active) await boss.fail(job.name, id, { name: 'Error', message: 'the process stopped while the job ran' }).catch(() => undefined);
    }
  } finally {
    clearTimeout(timer);
    await boss.stop({ graceful: false, wait: true }).catch((error: Error) => state.onError(error));
    await state.listener?.end().catch(() => undefined);
    await state.control.end().catch(() => undefined);
  }
}
