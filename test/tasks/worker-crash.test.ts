// A worker killed with SIGKILL in the middle of an export: the real server runs in a child process, is killed
// while the task is STARTED with progress stored, and a second server on the same database (the embedded data
// folder, or the same PostgreSQL database) finishes the task: SUCCESS on attempt 2 with the whole file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/client.js';
import { buildApp } from '../../src/http/app.js';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/app.js';
import { makeEvent, makeUser } from '../support/client.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { parseSse } from '../support/sse.js';

const SESSIONS = 150_000;
const JWT_SECRET = 'crash-test-secret';
let dataDir: string;
let pgDb: TestDatabase | undefined;
let env: Record<string, string>;
let eventId: string;
let token: string;
const servers: ServerProcess[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-crash-'));
  pgDb = testDatabaseKind() === 'postgres' ? await createTestDatabase() : undefined;
  env = { DATA_DIR: dataDir, JWT_SECRET, TASK_STALL_SECONDS: '3', DATABASE_URL: pgDb?.url ?? '' };
  // Seed through the app on the same database the child processes will open, then let it go.
  const database = await openDatabase({ databaseUrl: pgDb?.url, dataDir: pgDb ? undefined : dataDir });
  const app = await buildApp({ database, config: loadConfig({}, { dataDir }), jwtSecret: JWT_SECRET });
  await app.ready();
  const owner = await makeUser(app);
  const event = await makeEvent(app, owner);
  eventId = event.id;
  token = owner.token;
  await database.db.execute(
    sql`insert into sessions (event_id, title, state, starts_at, ends_at)
        select ${Number(event.id)}, 'Session ' || n, 'accepted', timestamptz '2030-03-01 02:00Z' + n * interval '1 minute', timestamptz '2030-03-01 02:30Z' + n * interval '1 minute'
        from generate_series(1, ${SESSIONS}) as n`,
  );
  await app.close();
  await database.close();
}, 180_000);

afterAll(async () => {
  for (const server of servers) await server.stop().catch(() => undefined);
  await pgDb?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function call(server: ServerProcess, method: string, url: string): Promise<{ status: number; body: any; text: string }> {
  const response = await fetch(server.url + url, { method, headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text };
}

async function waitForTask(server: ServerProcess, taskUrl: string, done: (task: any) => boolean, what: string) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { body } = await call(server, 'GET', taskUrl);
    if (done(body)) return body;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}; last seen ${JSON.stringify(body)}\n${server.output()}`);
    await sleep(50);
  }
}

it('finishes an export whose worker was killed with SIGKILL mid-way: SUCCESS on attempt 2 with every row', async () => {
  const first = await startServerProcess(env);
  servers.push(first);
  const started = await call(first, 'GET', `/v1/events/${eventId}/export/sessions/csv`);
  const taskUrl: string = started.body.task_url;
  const midway = await waitForTask(first, taskUrl, (task) => task.state === 'STARTED' && task.progress.percent > 0, 'the export to be under way');

  await first.kill();
  const second = await startServerProcess(env);
  servers.push(second);
  const done = await waitForTask(second, taskUrl, (task) => task.state === 'SUCCESS' || task.state === 'FAILURE', 'the export to end');

  expect(started.status).toEqual(202);
  expect(midway.progress.percent).toBeLessThan(100);
  expect(done.state).toEqual('SUCCESS');
  const events = await call(second, 'GET', `${taskUrl}/events`);
  const states = parseSse(events.text)
    .filter((message) => message.event === 'state')
    .map(({ data }) => [data.state, data.attempt ?? null, data.error?.code ?? null]);
  expect(states).toEqual([
    ['WAITING', null, null],
    ['STARTED', 1, null],
    ['WAITING', 1, 'task.worker_lost'],
    ['STARTED', 2, null],
    ['SUCCESS', null, null],
  ]);
  const file = await call(second, 'GET', done.result.download_url);
  const lines = file.text.split('\r\n').filter((line) => line !== '');
  const titles = new Set(lines.slice(1).map((line) => line.slice(0, line.indexOf(','))));
  expect([file.status, lines.length, titles.size, titles.has(`Session ${SESSIONS} (accepted)`)]).toEqual([200, SESSIONS + 1, SESSIONS, true]);
}, 240_000);
