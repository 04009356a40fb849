// A real app on a real database for each test file: a database of its own on the run's PostgreSQL server (the
// embedded one the global setup started, or the one in DATABASE_URL), copied from the migrated template and
// dropped at the end, so test files run in parallel without seeing each other's rows.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { buildApp, type App } from '../../src/http/app.js';
import type { Exporter } from '../../src/exports/exporter.js';
import { closeQueue, openQueue, type Queue } from '../../src/jobs/queue.js';
import { ensureExportQueue, startExportWorker } from '../../src/tasks/task.worker.js';
import { createMailer } from '../../src/mail/mailer.js';
import { startSiteBuildWorker } from '../../src/site-builds/site-build.worker.js';

export interface TestApp {
  app: App;
  database: Database;
  /** With `withQueue`: the job queue, with the export worker running in this process. */
  queue?: Queue;
  /** Starts the export worker held back by `holdExports` (a no-op otherwise). */
  startExports(): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Open the job queue on the test database and run the export worker (maintenance every second). */
  withQueue?: boolean;
  /** Export formats for the routes and the worker instead of the registry. */
  exporters?: readonly Exporter[];
  /** With `withQueue`: exports wait in the queue until `startExports()` starts their worker (to watch them wait). */
  holdExports?: boolean;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database on the run's PostgreSQL server (pg-boss's schema included), and how to drop it.
 * Made from the template the global setup prepared: about 40 ms instead of running every migration.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.CONVENE_TEST_SERVER_URL;
  const template = process.env.CONVENE_TEST_TEMPLATE;
  if (!server || !template) throw new Error('no test database server: run the tests with vitest (test/support/global-setup.ts)');
  const { default: pg } = await import('pg');
  const name = `convene_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const target = new URL(server);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Whether the run's server is the embedded one (the default) or the one in DATABASE_URL. */
export const testDatabaseKind = (): 'embedded' | 'postgres' => (process.env.CONVENE_TEST_DATABASE_KIND === 'postgres' ? 'postgres' : 'embedded');

export async function makeTestApp(overrides: Partial<Config> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const testDb = await createTestDatabase();
  const database = await openDatabase({ databaseUrl: testDb.url, poolSize: 20, migrate: false });
  // A data folder of its own (exports, built sites, the mail outbox) unless the test names one.
  const scratchDir = overrides.dataDir ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'convene-test-data-'));
  const config = loadConfig({}, { loginAttemptsPerWindow: 1000, dataDir: scratchDir, ...overrides });
  const queue = options.withQueue ? await openQueue(database, { maintenanceIntervalSeconds: 1 }) : undefined;
  const app = await buildApp({ database, config, jwtSecret: 'test-secret', queue, exporters: options.exporters });
  let exportsStarted = false;
  const startExports = async () => {
    if (!queue || exportsStarted) return;
    exportsStarted = true;
    await startExportWorker(queue, { db: database.db, dataDir: config.dataDir, exporters: app.ctx.exporters });
  };
  if (queue) {
    // Held exports still need their queue, so the routes can send jobs to it.
    if (options.holdExports) await ensureExportQueue(queue);
    else await startExports();
    await startSiteBuildWorker(queue, {
      db: database.db,
      config,
      mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: path.join(config.dataDir, 'outbox') }),
    });
  }
  await app.ready();
  return {
    app,
    database,
    queue,
    startExports,
    close: async () => {
      await app.close();
      if (queue) await closeQueue(queue, { timeoutMs: 5_000 });
      await database.close();
      await testDb.drop();
      if (scratchDir) fs.rmSync(scratchDir, { recursive: true, force: true });
    },
  };
}
