// Runs once before all test files: finds the PostgreSQL server of the run (the one in DATABASE_URL, or one
// embedded server started here, as `npm start` starts it) and makes one migrated template database on it, with
// pg-boss's schema in place, so each test file gets a database of its own copied from it in tens of milliseconds
// (test/support/database.ts). Embedded clusters left by a run that was killed are stopped and removed first.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/db/client.js';
import { startEmbeddedPostgres, stopAbandonedServer, type EmbeddedServer } from '../../src/db/embedded-postgres.js';
import { closeQueue, openQueue } from '../../src/jobs/queue.js';
import { prepareBrowser } from './browser-binary.js';
import { execFileSync } from 'node:child_process';

const repo = path.resolve(import.meta.dirname, '../..');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Browser tests drive web/dist: build it again when a source is newer (npm install builds it once). */
function buildWebIfStale(): void {
  const index = path.join(repo, 'web/dist/index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(newest(path.join(repo, 'web/src')), fs.statSync(path.join(repo, 'web/index.html')).mtimeMs, fs.statSync(path.join(repo, 'web/vite.config.ts')).mtimeMs);
  if (sources <= built) return;
  // As npm install builds it: vitest sets NODE_ENV=test, which would give React's development build.
  const env = { ...process.env, NODE_ENV: 'production' };
  execFileSync(process.execPath, [path.join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: repo, stdio: 'inherit', env });
}

const CLUSTER_PREFIX = 'convene-test-db-';

async function removeAbandonedClusters(): Promise<void> {
  for (const entry of fs.readdirSync(os.tmpdir())) {
    if (!entry.startsWith(CLUSTER_PREFIX)) continue;
    const dir = path.join(os.tmpdir(), entry);
    if (await stopAbandonedServer(dir).catch(() => false)) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function withDatabase(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

export default async function setup(): Promise<() => Promise<void>> {
  buildWebIfStale();
  const browser = prepareBrowser();
  let server: EmbeddedServer | undefined;
  let clusterDir: string | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    await removeAbandonedClusters();
    clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), CLUSTER_PREFIX));
    server = await startEmbeddedPostgres({ dataDir: clusterDir, mode: 'own', command: 'vitest (test database server)', settings: { max_connections: '300' } });
    serverUrl = server.url('postgres');
  }
  const template = `convene_template_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${template}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: withDatabase(serverUrl, template) });
  const queue = await openQueue(database, { supervise: false, schedule: false });
  await closeQueue(queue);
  await database.close();

  process.env.CONVENE_TEST_SERVER_URL = serverUrl;
  process.env.CONVENE_TEST_TEMPLATE = template;
  process.env.CONVENE_TEST_DATABASE_KIND = server ? 'embedded' : 'postgres';
  await browser;
  return async () => {
    if (server) {
      await server.stop();
      fs.rmSync(clusterDir!, { recursive: true, force: true });
      return;
    }
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`drop database if exists ${template} with (force)`);
    await client.end();
  };
}
