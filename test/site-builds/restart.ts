// The scenario of restart-sigterm.test.ts and restart-sigkill.test.ts: a server in a child process gets one slow
// build and ten quick ones, is stopped or killed while the slow one runs, and a new server on the same data (the
// embedded data folder, or the same PostgreSQL database) must build all eleven.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/app.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { ended, getBuild, readEvents, stateChanges, submitZip, syntheticEventZip, waitForBuild, type BuildView } from './support.js';

export const WAITING = 10;
const cleanUps: Array<() => Promise<void>> = [];

/** Stops the servers and drops the data of every scenario run so far (for afterEach). */
export async function cleanUpRestarts(): Promise<void> {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp().catch(() => undefined);
}

/** Runs the scenario; `stop` ends the first server. The builds' views before the stop and at the end, and their state events. */
export async function restartWithBuildsWaiting(stop: (server: ServerProcess) => Promise<void>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-site-restart-'));
  const pgDb = testDatabaseKind() === 'postgres' ? await createTestDatabase() : undefined;
  const servers: ServerProcess[] = [];
  cleanUps.push(async () => {
    for (const server of servers) await server.stop().catch(() => undefined);
    await pgDb?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const env = { DATA_DIR: dataDir, JWT_SECRET: 'site-restart-secret', TASK_STALL_SECONDS: '3', SITEGEN_MAX_WAITING: '1000', DATABASE_URL: pgDb?.url ?? '' };
  const first = await startServerProcess(env);
  servers.push(first);
  const quick = await syntheticEventZip('Quick Conf', 5);
  const ids = [(await submitZip(first.url, await syntheticEventZip('Slow Summit', 4000))).body.id];
  for (let i = 0; i < WAITING; i++) ids.push((await submitZip(first.url, quick)).body.id);
  await waitForBuild(first.url, ids[0], (build) => build.state === 'STARTED' && build.progress.percent > 0, 'the first build to be under way', first.output);
  const before: BuildView[] = [];
  for (const id of ids) before.push(await getBuild(first.url, id));

  await stop(first);
  const second = await startServerProcess(env);
  servers.push(second);
  const done: BuildView[] = [];
  for (const id of ids) done.push(await waitForBuild(second.url, id, ended, `build ${id} to end`, second.output));
  const streams = await Promise.all(ids.map((id) => readEvents(second.url, id)));
  return { before, done, states: streams.map(stateChanges) };
}

/** All SUCCESS, started in the order asked for, none started before the one before it had finished. */
export function expectInOrderOneAtATime(done: BuildView[]) {
  expect(done.map((build) => build.state)).toEqual(Array(WAITING + 1).fill('SUCCESS'));
  const byStart = [...done].sort((a, b) => Date.parse(a.started_at!) - Date.parse(b.started_at!)).map((build) => build.id);
  expect(byStart).toEqual(done.map((build) => build.id));
  const overlaps = done.slice(1).filter((build, i) => Date.parse(build.started_at!) < Date.parse(done[i].finished_at!)).map((build) => build.id);
  expect(overlaps).toEqual([]);
}

/** The state events of a build that ran once. */
export const once: Array<[string, number | null, string | null]> = [
  ['WAITING', null, null],
  ['STARTED', 1, null],
  ['SUCCESS', null, null],
];
