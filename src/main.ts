// Command line: `serve` (default: API on the embedded database or DATABASE_URL), `migrate`, `create-admin`.
import { parseArgs } from 'node:util';
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
import { cleanUpTasks } from './tasks/task.service.js';
import { startExportWorker } from './tasks/task.worker.js';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  serve                                  run the API server (what npm start does)
  migrate                                apply database migrations and exit
  create-admin --email E --password P    create an admin account, or make an existing account admin
`;

async function open(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
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
  // Export jobs run in this process too.
  await startExportWorker(queue, {
    db: database.db,
    dataDir: config.dataDir,
    exporters,
    log: (message, error) => app.log.warn({ err: error }, message),
  });
  const cleanUp = () =>
    cleanUpTasks(database.db, config.dataDir, config.exportRetentionDays)
      .then(({ removed, lost }) => (removed > 0 || lost > 0) && app.log.info({ removed, lost }, 'cleaned up export tasks'))
      .catch((error: unknown) => app.log.error({ err: error }, 'export clean-up failed'));
  void cleanUp();
  setInterval(cleanUp, 60 * 60_000).unref();
  const ANALYZE_EVERY_MS = 10 * 60_000;
  const analyze = () => database.analyze().catch((error: unknown) => app.log.warn({ err: error }, 'analyze failed'));
  void analyze();
  setInterval(analyze, ANALYZE_EVERY_MS).unref();
  // Unpaid orders give their seats back; every process may run this, the statement skips locked rows.
  const expire = () =>
    expireUnpaidOrders(database.db, new Date(), config.orderExpiryMinutes)
      .then((count) => count > 0 && app.log.info({ count }, 'expired unpaid orders'))
      .catch((error: unknown) => app.log.error({ err: error }, 'order expiry failed'));
  setInterval(expire, 60_000).unref();
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await closeQueue(queue);
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Convene API on http://${config.host}:${config.port}/v1 (database: ${database.kind === 'pglite' ? `embedded in ${config.dataDir}` : 'PostgreSQL'})`);
}

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'serve':
      await serve(config);
      return -1;
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
