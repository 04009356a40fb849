// A real app on a real database for each test file: in-memory PGlite by default, or a fresh database on the
// PostgreSQL server in DATABASE_URL (created here, dropped at the end), so test files can run in parallel.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { buildApp, type App } from '../../src/http/app.js';
import type { Exporter } from '../../src/exports/exporter.js';
import { closeQueue, openQueue, type Queue } from '../../src/jobs/queue.js';
import { startExportWorker } from '../../src/tasks/task.worker.js';
import { createMailer } from '../../src/mail/mailer.js';
import { startSiteBuildWorker } from '../../src/site-builds/site-build.worker.js';

export interface TestApp {
  app: App;
  database: Database;
  /** With `withQueue`: the job queue, with the export worker running in this process. */
  queue?: Queue;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Open the job queue on the test database and run the export worker (maintenance every second). */
  withQueue?: boolean;
  /** Export formats for the routes and the worker instead of the registry. */
  exporters?: readonly Exporter[];
}

/** A fresh database on the PostgreSQL server at `url`, and how to drop it. */
export async function createPostgresDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { default: pg } = await import('pg');
  const name = `convene_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export async function makeTestApp(overrides: Partial<Config> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const serverUrl = process.env.DATABASE_URL;
  const pgDb = serverUrl ? await createPostgresDatabase(serverUrl) : undefined;
  const template = process.env.CONVENE_PGLITE_TEMPLATE;
  const database = await openDatabase({
    databaseUrl: pgDb?.url,
    poolSize: 20,
    pgliteTemplate: !pgDb && template ? new Blob([fs.readFileSync(template)]) : undefined,
  });
  const config = loadConfig({}, { loginAttemptsPerWindow: 1000, ...overrides });
  const queue = options.withQueue ? await openQueue(database, { maintenanceIntervalSeconds: 1 }) : undefined;
  const app = await buildApp({ database, config, jwtSecret: 'test-secret', queue, exporters: options.exporters });
  if (queue) {
    await startExportWorker(queue, { db: database.db, dataDir: config.dataDir, exporters: app.ctx.exporters });
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
    close: async () => {
      await app.close();
      if (queue) await closeQueue(queue, { timeoutMs: 5_000 });
      await database.close();
      await pgDb?.drop();
    },
  };
}
