// Command line: `serve` (default: API on the embedded database or DATABASE_URL), `migrate`, `create-admin`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadConfig, type Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { LockedError } from './db/lock.js';
import { ApiError } from './http/errors.js';
import { resolveJwtSecret } from './auth/token.js';
import { buildApp } from './http/app.js';
import { expireUnpaidOrders } from './orders/order.service.js';
import { createAdmin } from './users/user.service.js';
import { closeQueue, openQueue } from './jobs/queue.js';
import { exporters } from './exports/registry.js';
import { cleanUpTasks, reviveStalledTasks } from './tasks/task.service.js';
import { startExportWorker } from './tasks/task.worker.js';
import { createMailer } from './mail/mailer.js';
import { cleanUpSiteBuilds } from './site-builds/site-build.service.js';
import { startSiteBuildWorker } from './site-builds/site-build.worker.js';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  serve                                  run the API server and background jobs (what npm start does)
  worker                                 run only background jobs (exports, expiry); needs DATABASE_URL
  migrate                                apply database migrations and exit
  create-admin --email E --password P    create an admin account, or make an existing account admin
  build-site --input PATH_OR_URL --out DIR [--format auto|v1|v2] [--theme light|dark]
             [--sessions single|expand] [--zip FILE] [--time-limit SECONDS]
                                         build an event website from an Open Event zip, folder or API URL
`;

async function open(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
}

interface Log {
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
  error(data: object, message: string): void;
}

/** The background work every process runs: export jobs, export file clean-up, statistics, order expiry. */
async function startBackground(database: Database, queue: Awaited<ReturnType<typeof openQueue>>, config: Config, log: Log): Promise<void> {
  const revive = (staleSeconds: number) =>
    reviveStalledTasks(database.db, queue, staleSeconds)
      .then(({ retried, failed }) => (retried > 0 || failed > 0) && log.warn({ retried, failed }, 'tasks whose worker stopped were queued again or failed'))
      .catch((error: unknown) => log.error({ err: error }, 'reviving stalled tasks failed'));
  // The embedded database has one process: a task still STARTED now was cut off by this process's last stop.
  if (database.kind === 'pglite') await revive(0);
  setInterval(() => void revive(config.taskStallSeconds), Math.max(1, Math.floor(config.taskStallSeconds / 3)) * 1000).unref();
  const heartbeatSeconds = Math.max(1, Math.floor(config.taskStallSeconds / 4));
  await startExportWorker(queue, {
    db: database.db,
    dataDir: config.dataDir,
    exporters,
    heartbeatSeconds,
    log: (message, error) => log.warn({ err: error }, message),
  });
  await startSiteBuildWorker(queue, {
    db: database.db,
    config,
    heartbeatSeconds,
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: path.join(config.dataDir, 'outbox') }),
    log: (message, error) => log.warn({ err: error }, message),
  });
  const cleanUp = () =>
    Promise.all([
      cleanUpTasks(database.db, config.dataDir, config.exportRetentionDays)
        .then(({ removed, lost }) => (removed > 0 || lost > 0) && log.info({ removed, lost }, 'cleaned up export tasks'))
        .catch((error: unknown) => log.error({ err: error }, 'export clean-up failed')),
      cleanUpSiteBuilds(database.db, config.dataDir, config.sitegenRetentionDays)
        .then((removed) => removed > 0 && log.info({ removed }, 'deleted sites past their retention'))
        .catch((error: unknown) => log.error({ err: error }, 'site clean-up failed')),
    ]);
  void cleanUp();
  setInterval(cleanUp, 60 * 60_000).unref();
  const ANALYZE_EVERY_MS = 10 * 60_000;
  const analyze = () => database.analyze().catch((error: unknown) => log.warn({ err: error }, 'analyze failed'));
  void analyze();
  setInterval(analyze, ANALYZE_EVERY_MS).unref();
  // Unpaid orders give their seats back; every process may run this, the statement skips locked rows.
  const expire = () =>
    expireUnpaidOrders(database.db, new Date(), config.orderExpiryMinutes)
      .then((count) => count > 0 && log.info({ count }, 'expired unpaid orders'))
      .catch((error: unknown) => log.error({ err: error }, 'order expiry failed'));
  setInterval(expire, 60_000).unref();
}

function stopOn(signals: NodeJS.Signals[], log: Log, close: () => Promise<void>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await close();
    process.exit(0);
  };
  for (const signal of signals) process.on(signal, () => void stop(signal));
}

async function serve(config: Config): Promise<void> {
  const database = await open(config);
  const queue = await openQueue(database);
  const app = await buildApp({
    database,
    config,
    jwtSecret: resolveJwtSecret(config.jwtSecret, config.dataDir),
    logger: { level: config.logLevel },
    queue,
  });
  // Background jobs run in this process too; more can run in `npm run worker` processes on PostgreSQL.
  await startBackground(database, queue, config, app.log);
  stopOn(['SIGINT', 'SIGTERM'], app.log, async () => {
    await app.close();
    await closeQueue(queue);
    await database.close();
  });
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Convene API on http://${config.host}:${config.port}/v1 (database: ${database.kind === 'pglite' ? `embedded in ${config.dataDir}` : 'PostgreSQL'})`);
}

/** A process that only works background jobs: for scaling out on PostgreSQL. */
async function worker(config: Config): Promise<number> {
  if (!config.databaseUrl) {
    console.error('A separate worker needs PostgreSQL (set DATABASE_URL). On the embedded database, npm start runs the jobs itself.');
    return 2;
  }
  const log = pino({ level: config.logLevel });
  const database = await open(config);
  const queue = await openQueue(database);
  await startBackground(database, queue, config, log);
  stopOn(['SIGINT', 'SIGTERM'], log, async () => {
    await closeQueue(queue);
    await database.close();
  });
  log.info({}, 'Convene worker running');
  return -1;
}

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'serve':
      await serve(config);
      return -1;
    case 'worker':
      return worker(config);
    case 'migrate': {
      const database = await open(config);
      await database.close();
      console.log('Migrations applied.');
      return 0;
    }
    case 'create-admin': {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, password: { type: 'string' } } });
      if (!values.email || !values.password) {
        console.error('create-admin needs --email and --password');
        return 2;
      }
      const database = await open(config);
      try {
        const user = await createAdmin(database.db, values.email, values.password);
        console.log(`Admin ${user.email} (user ${user.id}) is ready.`);
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'build-site': {
      const { buildSiteCommand } = await import('./sitegen/build.cli.js');
      return buildSiteCommand(rest);
    }
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    // A mistake of the person at the terminal gets its message; anything else the whole error.
    if (error instanceof LockedError || error instanceof ApiError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
