// Two `worker` processes and an API server (which works jobs too) on one database, with SITEGEN_CONCURRENCY 1:
// site builds never overlap across processes and start in the order they were asked for. Read from the task rows
// themselves, and sampled while the builds run. On the embedded database the API server runs the PostgreSQL
// server in DATA_DIR and the workers (and this test) join it; with DATABASE_URL all use that server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, count, eq, and } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { tasks } from '../../src/db/schema.js';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/app.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { ended, submitZip, syntheticEventZip, waitForBuild } from './support.js';

const BUILDS = 8;
let dataDir: string;
let pgDb: TestDatabase | undefined;
let database: Database | undefined;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-site-workers-'));
  pgDb = testDatabaseKind() === 'postgres' ? await createTestDatabase() : undefined;
});

afterAll(async () => {
  for (const server of servers) await server.stop().catch(() => undefined);
  await database?.close();
  await pgDb?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

it('never runs two site builds at once across two worker processes and the API server, and starts them in order', async () => {
  const env = { DATA_DIR: dataDir, JWT_SECRET: 'site-workers-secret', TASK_STALL_SECONDS: '3', SITEGEN_MAX_WAITING: '1000', DATABASE_URL: pgDb?.url ?? '' };
  // The API server first (it starts the embedded server and applies the migrations), then the workers, which log
  // when their jobs are set up.
  servers.push(await startServerProcess(env));
  database = await openDatabase({ databaseUrl: pgDb?.url, dataDir, embedded: 'attach' });
  const workers = await Promise.all([1, 2].map(() => startServerProcess({ ...env, LOG_LEVEL: 'info' }, 'worker', { readyText: 'Convene worker running' })));
  servers.push(...workers);
  const api = servers[0];
  const zip = await syntheticEventZip('Shared Queue Conf', 300);
  const ids: string[] = [];
  for (let i = 0; i < BUILDS; i++) ids.push((await submitZip(api.url, zip)).body.id);
  let mostStartedAtOnce = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const [row] = await database!.db.select({ n: count() }).from(tasks).where(and(eq(tasks.kind, 'site-build'), eq(tasks.state, 'STARTED')));
      mostStartedAtOnce = Math.max(mostStartedAtOnce, Number(row.n));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  for (const id of ids) await waitForBuild(api.url, id, ended, `build ${id} to end`, () => servers.map((s) => s.output()).join('\n'));
  sampling = false;
  await sampler;

  const rows = await database!.db.select().from(tasks).where(eq(tasks.kind, 'site-build')).orderBy(asc(tasks.createdAt));
  expect(rows.map((row) => row.id)).toEqual(ids);
  expect(rows.map((row) => [row.state, row.attempts])).toEqual(Array(BUILDS).fill(['SUCCESS', 1]));
  const byStart = [...rows].sort((a, b) => a.startedAt!.getTime() - b.startedAt!.getTime()).map((row) => row.id);
  expect(byStart).toEqual(ids);
  const overlaps = rows.slice(1).filter((row, i) => row.startedAt!.getTime() < rows[i].finishedAt!.getTime()).map((row) => row.id);
  expect(overlaps).toEqual([]);
  expect(mostStartedAtOnce).toEqual(1);
}, 120_000);
