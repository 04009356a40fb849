// The job queue on the test database: jobs complete, failures are retried then fail with their error, a singleton
// queue is first-come-first-served across two queue instances (two processes' worth of workers on one database),
// a crashed job comes back, an attempt past its time limit is failed, and closing is clean.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeQueue, ensureQueue, fetchNext, openQueue, send, work, type Queue } from '../../src/jobs/queue.js';
import { makeTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let first: Queue;
let second: Queue;
const errors: Error[] = [];
const onError = (error: Error) => void errors.push(error);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await sleep(50);
  }
}

function waitForJobState(queue: Queue, name: string, id: string, state: string) {
  return waitFor(
    async () => (await queue.getJobById<Record<string, unknown>>(name, id, { includeArchive: true }))!,
    (job) => job.state === state,
    `job ${name}/${id} to be ${state}`,
  );
}

beforeAll(async () => {
  t = await makeTestApp();
  // Maintenance every second so the crashed-job test does not wait the default 30 s.
  [first, second] = await Promise.all([
    openQueue(t.database, { maintenanceIntervalSeconds: 1, poolSize: 10, onError }),
    openQueue(t.database, { maintenanceIntervalSeconds: 1, poolSize: 10, onError }),
  ]);
});

afterAll(async () => {
  await Promise.all([first && closeQueue(first), second && closeQueue(second)]);
  await t?.close();
});

describe('job queue', () => {
  it('works a sent job and stores what the handler returned', async () => {
    await ensureQueue(first, 'test-complete', { policy: 'standard', expireInSeconds: 30, retryLimit: 0, retryDelay: 0 });
    await work<{ n: number }>(first, 'test-complete', async (job) => ({ doubled: job.data.n * 2 }));

    const id = await send(first, 'test-complete', { n: 21 });

    const job = await waitForJobState(first, 'test-complete', id, 'completed');
    expect({ data: job.data, output: job.output, retryCount: job.retryCount }).toEqual({
      data: { n: 21 },
      output: { doubled: 42 },
      retryCount: 0,
    });
  });

  it('retries a failing handler retryLimit times, then fails the job with its error', async () => {
    await ensureQueue(first, 'test-retry', { policy: 'standard', expireInSeconds: 30, retryLimit: 2, retryDelay: 0 });
    const attempts: string[] = [];
    await work(first, 'test-retry', async (job) => {
      attempts.push(job.id);
      throw new Error(`attempt ${attempts.length} failed`);
    });

    const id = await send(first, 'test-retry', {});

    const job = await waitForJobState(first, 'test-retry', id, 'failed');
    const output = job.output as { name: string; message: string };
    expect({ attempts, retryCount: job.retryCount, name: output.name, message: output.message }).toEqual({
      attempts: [id, id, id],
      retryCount: 2,
      name: 'Error',
      message: 'attempt 3 failed',
    });
  });

  it('works a singleton queue one job at a time in the order sent, across two queue instances', async () => {
    await ensureQueue(first, 'test-singleton', { policy: 'singleton', expireInSeconds: 30, retryLimit: 0, retryDelay: 0 });
    const log: string[] = [];
    const handler = async (job: { data: { i: number } }) => {
      log.push(`start ${job.data.i}`);
      await sleep(20); // long enough for the other instance's poll to try to start the next job meanwhile
      log.push(`end ${job.data.i}`);
    };
    await work(first, 'test-singleton', handler);
    await work(second, 'test-singleton', handler);

    for (let i = 0; i < 10; i++) await first.send('test-singleton', { i });

    await waitFor(async () => log.length, (length) => length === 20, '10 singleton jobs');
    expect(log).toEqual(Array.from({ length: 10 }, (_, i) => [`start ${i}`, `end ${i}`]).flat());
  });

  it('hands out singleton jobs oldest first when workers fetch at the same moment', async () => {
    await ensureQueue(first, 'test-fetch-race', { policy: 'singleton', expireInSeconds: 30, retryLimit: 0, retryDelay: 0 });
    for (let i = 0; i < 60; i++) await send(first, 'test-fetch-race', { i });

    const rounds: number[][] = [];
    while (rounds.length < 60) {
      const fetched = (
        await Promise.all(Array.from({ length: 16 }, (_, k) => fetchNext<{ i: number }>(k % 2 ? first : second, 'test-fetch-race')))
      ).filter((job) => job !== undefined);
      rounds.push(fetched.map((job) => job.data.i));
      for (const job of fetched) await first.complete('test-fetch-race', job.id);
    }

    expect(rounds).toEqual(Array.from({ length: 60 }, (_, i) => [i]));
  });

  it('runs a job again once it expires when the worker that took it died', async () => {
    await ensureQueue(first, 'test-crash', { policy: 'standard', expireInSeconds: 1, retryLimit: 1, retryDelay: 0 });
    const id = (await first.send('test-crash', { report: 7 }))!;
    const [taken] = await second.fetch('test-crash'); // a worker takes the job, then its process is killed
    const handled: string[] = [];

    await work(first, 'test-crash', async (job) => {
      handled.push(job.id);
      return { recovered: true };
    });

    const job = await waitForJobState(first, 'test-crash', id, 'completed');
    expect({ taken: taken.id, handled, retryCount: job.retryCount, output: job.output }).toEqual({
      taken: id,
      handled: [id],
      retryCount: 1,
      output: { recovered: true },
    });
  });

  it("aborts the handler's signal when its attempt expires, and fails the job", async () => {
    await ensureQueue(first, 'test-expire', { policy: 'standard', expireInSeconds: 1, retryLimit: 0, retryDelay: 0 });
    const reasons: string[] = [];
    await work(first, 'test-expire', async (_job, signal) => {
      await new Promise((resolve) => signal.addEventListener('abort', resolve));
      reasons.push((signal.reason as Error).message);
      throw signal.reason;
    });

    const id = await send(first, 'test-expire', {});

    const job = await waitForJobState(first, 'test-expire', id, 'failed');
    expect({ reasons, retryCount: job.retryCount }).toEqual({ reasons: ['job expired'], retryCount: 0 });
  });

  it('closes after the running job has finished and been recorded, without errors', async () => {
    const queue = await openQueue(t.database, { onError });
    await ensureQueue(queue, 'test-close', { policy: 'standard', expireInSeconds: 30, retryLimit: 0, retryDelay: 0 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    await work(queue, 'test-close', async () => {
      started();
      await gate;
      return { finished: true };
    });
    const id = await send(queue, 'test-close', {});
    await running;

    const closing = closeQueue(queue);
    release();
    await closing;

    const job = await first.getJobById('test-close', id);
    expect({ state: job?.state, output: job?.output, errors }).toEqual({ state: 'completed', output: { finished: true }, errors: [] });
  });

  it('lets the process exit on its own once the queue and database are closed', async () => {
    const fixture = fileURLToPath(new URL('./queue-exit.fixture.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
      env: { ...process.env, DATABASE_URL: t.database.url ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000); // a child that never exits fails the test

    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearTimeout(killer);

    expect({ code, output }).toEqual({ code: 0, output: 'closed\n' });
  });
});
