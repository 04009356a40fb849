// The embedded PostgreSQL server as `npm start` runs it, in real child processes: no order answered 201 is lost
// when Node and PostgreSQL are killed with SIGKILL mid-stream; a server left running by a killed Node is stopped
// at the next start; the CLI joins a running server; a DATA_DIR of the PGlite era is refused and imported; a
// server that cannot start says why and names its log; as root, PostgreSQL runs as an unprivileged user.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/password.js';
import { loadConfig } from '../../src/config.js';
import { migrationsFolder, openDatabase, type Database } from '../../src/db/client.js';
import { EmbeddedDatabaseError, embeddedPaths } from '../../src/db/embedded-postgres.js';
import { isAlive } from '../../src/db/lock.js';
import { importPglite } from '../../src/db/pglite-import.js';
import { buildApp } from '../../src/http/app.js';
import { makeEvent, makeUser, make, type TestUser } from '../support/client.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

const root = path.resolve(import.meta.dirname, '../..');
const JWT_SECRET = 'embedded-test-secret';
const dirs: string[] = [];
const servers: ServerProcess[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-embedded-'));
  dirs.push(dir);
  return dir;
}

async function start(dir: string): Promise<ServerProcess> {
  const server = await startServerProcess({ DATA_DIR: dir, JWT_SECRET, DATABASE_URL: '', LOG_LEVEL: 'info' });
  servers.push(server);
  return server;
}

function postmasterPid(dir: string): number {
  return Number(fs.readFileSync(path.join(embeddedPaths(dir).cluster, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

function cli(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
}

async function post(server: ServerProcess, url: string, body: unknown, token?: string) {
  const type = url === '/v1/users' ? 'application/vnd.api+json' : 'application/json';
  const response = await fetch(server.url + url, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop().catch(() => undefined);
  for (const dir of dirs.splice(0)) {
    // A server a test left running (killed Node) goes with its folder.
    try {
      process.kill(postmasterPid(dir), 'SIGQUIT');
    } catch {
      // none
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('the embedded PostgreSQL server', () => {
  it('keeps every order it answered 201 when Node and PostgreSQL are killed with SIGKILL mid-stream', async () => {
    const dir = dataDir();
    // Seeded in this process on the same DATA_DIR, which it then lets go.
    const seedDb = await openDatabase({ dataDir: dir });
    const app = await buildApp({ database: seedDb, config: loadConfig({}, { dataDir: dir, loginAttemptsPerWindow: 1000 }), jwtSecret: JWT_SECRET });
    const owner = await makeUser(app);
    const event = await makeEvent(app, owner, { 'is-ticketing-enabled': true, 'payment-currency': 'EUR' });
    const ticketId = Number(await make(app, owner, event, 'ticket', 'tickets', { name: 'Standard', type: 'paid', price: '10.00', quantity: 1_000_000 }));
    const buyers: TestUser[] = [];
    for (let i = 0; i < 8; i++) buyers.push(await makeUser(app));
    await app.close();
    await seedDb.close();

    const first = await start(dir);
    const answered: string[] = [];
    let streaming = true;
    const stream = Promise.all(
      buyers.map(async (buyer) => {
        while (streaming) {
          const response = await post(first, '/v1/orders/create-order', { tickets: [{ id: ticketId, quantity: 2 }] }, buyer.token).catch(() => undefined);
          if (response?.status === 201) answered.push(response.body.data.attributes.identifier);
        }
      }),
    );
    while (answered.length < 150) await sleep(10);
    await first.killTree();
    streaming = false;
    await stream;

    const second = await start(dir);
    const database = await openDatabase({ dataDir: dir, embedded: 'attach' });
    try {
      const { rows } = (await database.db.execute(sql`
        select (select count(*)::int from orders where identifier::text in (select jsonb_array_elements_text(${JSON.stringify(answered)}::jsonb))) as found,
               (select reserved from tickets where id = ${ticketId}) as reserved,
               (select coalesce(sum(ot.quantity), 0)::int from order_tickets ot join orders o on o.id = ot.order_id
                 where ot.ticket_id = ${ticketId} and o.status in ('initializing', 'pending', 'placed', 'completed')) as seats,
               (select count(*)::int from attendees a join orders o on o.id = a.order_id
                 where a.ticket_id = ${ticketId} and o.status in ('initializing', 'pending', 'placed', 'completed')) as attendees`)) as unknown as {
        rows: { found: number; reserved: number; seats: number; attendees: number }[];
      };
      const [figures] = rows;

      expect(answered.length).toBeGreaterThanOrEqual(150);
      expect(figures.found).toEqual(answered.length);
      expect(figures.seats).toBeGreaterThanOrEqual(2 * answered.length);
      expect([figures.reserved, figures.attendees]).toEqual([figures.seats, figures.seats]);
      expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
    } finally {
      await database.close();
    }
  }, 120_000);

  it('comes up after a SIGKILL of Node alone, stopping the PostgreSQL server it left running', async () => {
    const dir = dataDir();
    const first = await start(dir);
    const email = `${crypto.randomUUID()}@example.org`;
    expect((await post(first, '/v1/users', { data: { type: 'user', attributes: { email, password: 'survives a kill' } } })).status).toBe(201);
    const orphan = postmasterPid(dir);

    await first.kill();
    const orphanSurvived = isAlive(orphan);
    const second = await start(dir);
    const login = await post(second, '/v1/auth/login', { email, password: 'survives a kill' });
    const health = await (await fetch(`${second.url}/healthz`)).json();

    expect(health).toEqual({ status: 'ok', database: 'embedded', postgres: '18.4' });
    expect(orphanSurvived).toBe(true);
    expect(isAlive(orphan)).toBe(false);
    expect(postmasterPid(dir)).not.toEqual(orphan);
    expect(login.status).toBe(200);
    expect(second.output()).toContain(`the embedded PostgreSQL server (pid ${orphan}) outlived the Convene that started it`);
  }, 60_000);

  it('lets migrate, create-admin and database-url join the server npm start runs, and refuses a second npm start', async () => {
    const dir = dataDir();
    const server = await start(dir);

    const migrate = cli(dir, 'migrate');
    const admin = cli(dir, 'create-admin', '--email', 'root@example.org', '--password', 'a long passphrase');
    const url = cli(dir, 'database-url');
    const second = cli(dir, 'serve');
    const login = await post(server, '/v1/auth/login', { email: 'root@example.org', password: 'a long passphrase' });
    const viaUrl = await openDatabase({ databaseUrl: url.stdout.trim(), migrate: false });
    const { rows } = (await viaUrl.db.execute(sql`select count(*)::int as admins from users where is_admin`)) as unknown as { rows: { admins: number }[] };
    await viaUrl.close();

    expect([migrate.status, migrate.stdout.trim()]).toEqual([0, 'Migrations applied.']);
    expect([admin.status, admin.stdout.trim()]).toEqual([0, 'Admin root@example.org (user 1) is ready.']);
    expect(login.status).toBe(200);
    expect(url.stdout.trim()).toMatch(/^postgresql:\/\/convene:[^@]+@localhost:5432\/convene\?host=/);
    expect(rows).toEqual([{ admins: 1 }]);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`The embedded database is in use by process ${server.child.pid} (convene serve (npm start); lock file`);
  }, 60_000);

  it('tells a worker that finds no server running to start npm start first', () => {
    const dir = dataDir();

    const worker = cli(dir, 'worker');

    expect(worker.status).toBe(1);
    expect(worker.stderr.trim()).toEqual(
      `No Convene server is running on the embedded database in ${dir}. Start it with npm start first (a worker joins a running server), or point DATABASE_URL at PostgreSQL.`,
    );
  }, 30_000);

  it('names the log, and what it says, when PostgreSQL cannot start', async () => {
    const dir = dataDir();
    const database = await openDatabase({ dataDir: dir });
    await database.close();
    fs.appendFileSync(path.join(embeddedPaths(dir).cluster, 'postgresql.conf'), '\nshared_buffers = lots\n');

    const failure = await openDatabase({ dataDir: dir }).then(
      () => undefined,
      (error: Error) => error,
    );

    expect(failure).toBeInstanceOf(EmbeddedDatabaseError);
    expect(failure!.message).toContain(`Its log, ${path.join(dir, 'postgres.log')}, ends:`);
    expect(failure!.message).toContain('invalid value for parameter "shared_buffers": "lots"');
    expect(fs.existsSync(path.join(dir, 'convene.lock'))).toBe(false);
  }, 30_000);

  it.skipIf(process.getuid?.() !== 0)('runs PostgreSQL as an unprivileged system user when Convene runs as root', async () => {
    const dir = dataDir();
    fs.chmodSync(dir, 0o700); // as mktemp -d makes it

    const database = await openDatabase({ dataDir: dir });
    const serverUid = fs.statSync(`/proc/${postmasterPid(dir)}`).uid;
    const clusterUid = fs.statSync(embeddedPaths(dir).cluster).uid;
    await database.close();

    expect(serverUid).not.toBe(0);
    expect(clusterUid).toBe(serverUid);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o710);
    expect(fs.statSync(path.join(dir, 'postgres.password')).mode & 0o777).toBe(0o600);
  }, 30_000);
});

describe('a DATA_DIR of the PGlite era', () => {
  async function makePgliteDataDir(dir: string): Promise<void> {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const pglite = new PGlite(embeddedPaths(dir).pglite);
    await migrate(drizzle(pglite) as never, { migrationsFolder });
    const hash = await hashPassword('kept from PGlite');
    for (let i = 1; i <= 3; i++) await pglite.query('insert into users (email, password_hash) values ($1, $2)', [`old${i}@example.org`, hash]);
    await pglite.close();
  }

  function digest(dir: string): string {
    const hash = crypto.createHash('sha256');
    for (const file of fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())) {
      const full = path.join(file.parentPath, file.name);
      hash.update(path.relative(dir, full)).update(fs.readFileSync(full));
    }
    return hash.digest('hex');
  }

  it('is refused, never started over, and import-pglite brings its accounts across with the old folder unchanged', async () => {
    const dir = dataDir();
    await makePgliteDataDir(dir);
    const before = digest(embeddedPaths(dir).pglite);

    const refused = await openDatabase({ dataDir: dir }).then(
      () => undefined,
      (error: Error) => error,
    );
    const startedOver = fs.existsSync(embeddedPaths(dir).cluster);
    const messages: string[] = [];
    const code = await importPglite(loadConfig({}, { dataDir: dir, databaseUrl: undefined }), { info: (m) => messages.push(m), warn: (m) => messages.push(m) });
    const database: Database = await openDatabase({ dataDir: dir });
    const app = await buildApp({ database, config: loadConfig({}, { dataDir: dir }), jwtSecret: JWT_SECRET });
    const login = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'old2@example.org', password: 'kept from PGlite' } });
    const newcomer = await makeUser(app);
    await app.close();
    await database.close();

    expect(refused).toBeInstanceOf(EmbeddedDatabaseError);
    expect(refused!.message).toContain('holds the database of an earlier Convene (PGlite');
    expect(refused!.message).toContain('npm run cli -- import-pglite');
    expect(startedOver).toBe(false);
    expect(code).toBe(0);
    expect(messages.at(-1)).toMatch(/^Imported \d+ tables \(.*users 3.*\) into the embedded PostgreSQL server\./);
    expect(login.statusCode).toBe(200);
    expect(newcomer.id).toBe(4);
    expect(digest(embeddedPaths(dir).pglite)).toEqual(before);
    expect(fs.readFileSync(embeddedPaths(dir).pgliteImported, 'utf8')).toMatch(/^imported /);
  }, 60_000);
});
