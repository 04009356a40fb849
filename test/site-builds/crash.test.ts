// A server killed with SIGKILL in the middle of a site build, with two builds waiting behind it: the real server
// runs in a child process, and a second one on the same data (the embedded data folder, or the same PostgreSQL
// database) finishes the interrupted build on its second attempt, before the two that waited, one at a time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/app.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { ended, readEvents, stateChanges, submitZip, syntheticEventZip, waitForBuild } from './support.js';

let dataDir: string;
let pgDb: TestDatabase | undefined;
let env: Record<string, string>;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-site-crash-'));
  pgDb = testDatabaseKind() === 'postgres' ? await createTestDatabase() : undefined;
  env = { DATA_DIR: dataDir, JWT_SECRET: 'site-crash-secret', TASK_STALL_SECONDS: '3', SITEGEN_MAX_WAITING: '1000', DATABASE_URL: pgDb?.url ?? '' };
});

afterAll(async () => {
  for (const server of servers) await server.stop().catch(() => undefined);
  await pgDb?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('finishes a build whose server was killed mid-build on attempt 2, then starts the waiting builds in order, one at a time', async () => {
  const first = await startServerProcess(env);
  servers.push(first);
  const slow = await submitZip(first.url, await syntheticEventZip('Slow Summit', 6000));
  const quickB = await submitZip(first.url, await syntheticEventZip('Quick B', 5));
  const quickC = await submitZip(first.url, await syntheticEventZip('Quick C', 5));
  const ids = [slow.body.id, quickB.body.id, quickC.body.id];
  const midway = await waitForBuild(first.url, ids[0], (build) => build.state === 'STARTED' && build.progress.percent > 0, 'build A to be under way', first.output);
  const behind = await Promise.all(ids.slice(1).map((id) => waitForBuild(first.url, id, () => true, 'build B or C')));

  await first.kill();
  const second = await startServerProcess(env);
  servers.push(second);
  const done = await Promise.all(ids.map((id) => waitForBuild(second.url, id, ended, `build ${id} to end`, second.output)));

  expect([slow.status, quickB.status, quickC.status]).toEqual([202, 202, 202]);
  expect(midway.progress.percent).toBeLessThan(100);
  expect(behind.map((build) => [build.state, build.position])).toEqual([
    ['WAITING', 1],
    ['WAITING', 2],
  ]);
  expect(done.map((build) => build.state)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
  const streams = await Promise.all(ids.map((id) => readEvents(second.url, id)));
  expect(streams.map(stateChanges)).toEqual([
    [
      ['WAITING', null, null],
      ['STARTED', 1, null],
      ['WAITING', 1, 'task.worker_lost'],
      ['STARTED', 2, null],
      ['SUCCESS', null, null],
    ],
    [
      ['WAITING', null, null],
      ['STARTED', 1, null],
      ['SUCCESS', null, null],
    ],
    [
      ['WAITING', null, null],
      ['STARTED', 1, null],
      ['SUCCESS', null, null],
    ],
  ]);
  expect(done[0].log.filter((line) => line.message.startsWith('Attempt '))).toEqual([{ level: 'info', message: 'Attempt 2 of 3: the worker of the last attempt stopped' }]);
  // The final attempts ran A, B, C, each after the one before had finished.
  const intervals = done.map((build) => [Date.parse(build.started_at!), Date.parse(build.finished_at!)]);
  expect([intervals[0][1] <= intervals[1][0], intervals[1][1] <= intervals[2][0]]).toEqual([true, true]);
  const zip = await fetch(second.url + done[0].download_url!);
  const bytes = Buffer.from(await zip.arrayBuffer());
  expect([zip.status, zip.headers.get('content-type'), bytes.subarray(0, 4).toString('latin1')]).toEqual([200, 'application/zip', 'PK\x03\x04']);
}, 120_000);
