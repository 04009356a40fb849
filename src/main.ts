// Command line: `serve` (default: API on the embedded database or DATABASE_URL), `worker`, `migrate`,
// `create-admin`, `database-url`, `import-pglite`, `build-site`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadConfig, type Config } from './config.js';
import { openDatabase, type Database, type OpenOptions } from './db/client.js';
import { EmbeddedDatabaseError } from './db/embedded-postgres.js';
import { LockedError } from './db/lock.js';
import { ApiError } from './http/errors.js';
import { resolveJwtSecret } from './auth/token.js';
import { buildApp } from './http/app.js';
import { expireUnpaidOrders } from './orders/order.service.js';
import { cleanUpEventChanges } from './events/change.service.js';
import { createAdmin } from './users/user.service.js';
import { deleteExpiredLogins } from './auth/session.service.js';
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
  worker                                 run only background jobs (exports, expiry, site builds); on the
                                         embedded database it joins the running npm start
  migrate                                apply database migrations and exit
  create-admin --email E --password P    create an admin account, or make an existing account admin
  database-url                           print the connection string of the embedded database (for psql,
                                         pg_dump) while npm start runs
  import-pglite                          bring the data of an earlier Convene's PGlite database in DATA_DIR
                                         into the embedded PostgreSQL server
  build-site --input PATH_OR_URL --out DIR [--format auto|v1|v2] [--theme light|dark]
             [--sessions single|expand] [--zip FILE] [--time-limit SECONDS]
                                         build an event website from an Open Event zip, folder or API URL
`;

/**
 * The database of DATA_DIR or DATABASE_URL. On the embedded server, `own` starts it (npm start), `attach` joins
 * the one a running npm start owns (workers), `attach-or-own` joins it or runs it for the command's duration.
 */
async function open(config: Config, embedded: OpenOptions['embedded'], command: string, log?: Log): Promise<Database> {
  return openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embedded,
    embeddedOptions: { runAsUser: config.embeddedPostgresUser },
    command,
    log: log && { info: (message) => log.info({}, message), warn: (message) => log.warn({}, message) },
  });
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
  // This process has just started the embedded server: a task still STARTED now was cut off by the last stop.
  if (database.embedded?.owned) await revive(0);
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
      cleanUpEventChanges(database.db)
        .then((removed) => removed > 0 && log.info({ removed }, 'deleted event changes older than a day'))
        .catch((error: unknown) => log.error({ err: error }, 'event change clean-up failed')),
      deleteExpiredLogins(database.db)
        .then((removed) => removed > 0 && log.info({ removed }, 'deleted expired logins and password-reset links'))
        .catch((error: unknown) => log.error({ err: error }, 'login clean-up failed')),
    ]);
  void cleanUp();
  setInterval(cleanUp, 60 * 60_000).unref();
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
  const startLog = pino({ level: config.logLevel });
  const database = await open(config, 'own', 'convene serve (npm start)', startLog);
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
  const where = database.embedded ? `embedded PostgreSQL ${database.embedded.version} in ${path.resolve(config.dataDir)}` : 'PostgreSQL at DATABASE_URL';
  app.log.info(`Convene API on http://${config.host}:${config.port}/v1 (database: ${where})`);
}

/** A process that only works background jobs: more hands for exports and site builds. */
async function worker(config: Config): Promise<number> {
  const log = pino({ level: config.logLevel });
  const database = await open(config, 'attach', 'convene worker', log);
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
      const database = await open(config, 'attach-or-own', 'convene migrate');
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
      const database = await open(config, 'attach-or-own', 'convene create-admin');
      try {
        const user = await createAdmin(database.db, values.email, values.password);
        console.log(`Admin ${user.email} (user ${user.id}) is ready.`);
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'database-url': {
      if (config.databaseUrl) {
        console.error('DATABASE_URL is set: Convene uses that server, not the embedded one.');
        return 2;
      }
      const database = await open(config, 'attach', 'convene database-url');
      console.log(database.url);
      await database.close();
      return 0;
    }
    case 'import-pglite': {
      const { importPglite } = await import('./db/pglite-import.js');
      return importPglite(config, { info: (message) => console.log(message), warn: (message) => console.warn(message) });
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
    if (error instanceof LockedError || error instanceof EmbeddedDatabaseError || error instanceof ApiError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
