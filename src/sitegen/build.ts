// Builds an event website: reads the input (readers/), renders every page (render/), writes the site into
// outDir and optionally a zip of it. Reports progress (percent, step) and a levelled build log as it goes, for the
// CLI and the build queue to stream. Safety: outDir must be empty or a previous build of ours (it is then
// replaced), every written path is checked to resolve inside outDir, and the same input gives the same bytes
// apart from the build id in convene-build.json. `buildSiteInWorker` runs the same build in a worker thread
// under a time limit, so even CPU-bound runaway work can be stopped.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createBuildLog, SiteInputError, type BuildLogEntry } from './model.js';
import { readSiteInput, type InputLimits, type SiteSource } from './readers/index.js';
import { renderSite, type SessionMode, type Theme } from './render/index.js';
import { zipSite } from './package.js';

export interface BuildOptions {
  source: SiteSource;
  format?: 'auto' | 'v1' | 'v2';
  theme?: Theme;
  sessionMode?: SessionMode;
  outDir: string;
  zipPath?: string;
  buildId?: string;
  onProgress?: (percent: number, step: string) => void;
  onLog?: (entry: BuildLogEntry) => void;
  signal?: AbortSignal;
  /** Input limits (sizes, time-outs, whether private addresses may be fetched); the readers' defaults otherwise. */
  limits?: Partial<InputLimits>;
}

export interface BuildCounts {
  sessions: number;
  speakers: number;
  days: number;
  tracks: number;
  rooms: number;
  sponsors: number;
}

export interface BuildResult {
  outDir: string;
  zipPath?: string;
  files: number;
  bytes: number;
  log: BuildLogEntry[];
  counts: BuildCounts;
}

/** The file that marks a folder as one of our builds (and carries the only non-deterministic value). */
export const BUILD_MARKER = 'convene-build.json';
const GENERATOR = 'convene-sitegen';

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SiteInputError('build.aborted', 'the build was cancelled');
}

/** Empty or missing: fine. A previous build of ours: emptied. Anything else: refused, so no user file is deleted. */
async function prepareOutDir(outDir: string): Promise<void> {
  const stat = await fs.lstat(outDir).catch(() => null);
  if (!stat) {
    await fs.mkdir(outDir, { recursive: true });
    return;
  }
  if (!stat.isDirectory()) throw new SiteInputError('build.out_dir_invalid', `the output path ${outDir} exists and is not a folder`);
  const entries = await fs.readdir(outDir);
  if (entries.length === 0) return;
  const marker = await fs.readFile(path.join(outDir, BUILD_MARKER), 'utf8').catch(() => null);
  let ours = false;
  try {
    ours = marker !== null && (JSON.parse(marker) as { generator?: unknown }).generator === GENERATOR;
  } catch {
    ours = false;
  }
  if (!ours) throw new SiteInputError('build.out_dir_not_empty', `the output folder ${outDir} is not empty and is not a previous site build (no ${BUILD_MARKER}); choose an empty or new folder`);
  for (const entry of entries) await fs.rm(path.join(outDir, entry), { recursive: true, force: true });
}

/** The absolute target of a site-relative path, or an error when it would leave outDir. */
export function resolveInside(outDir: string, relative: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, relative);
  if (path.isAbsolute(relative) || relative.split(/[\\/]/).includes('..') || !target.startsWith(root + path.sep)) {
    throw new SiteInputError('build.path_outside', `refused to write "${relative}": it would land outside the output folder`);
  }
  return target;
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const log = createBuildLog(options.onLog);
  let lastPercent = -1;
  const progress = (percent: number, step: string) => {
    const value = Math.max(lastPercent, Math.min(100, Math.round(percent)));
    lastPercent = value;
    options.onProgress?.(value, step);
  };
  const outDir = path.resolve(options.outDir);
  try {
    progress(0, 'Preparing the output folder');
    checkAborted(options.signal);
    await prepareOutDir(outDir);

    progress(5, 'Reading the event data');
    const input = await readSiteInput(options.source, { format: options.format ?? 'auto', log, signal: options.signal, limits: options.limits });
    checkAborted(options.signal);

    progress(20, 'Rendering the pages');
    const { files, view } = await renderSite(input, {
      theme: options.theme,
      sessionMode: options.sessionMode,
      log,
      onStep: async (fraction, step) => {
        checkAborted(options.signal);
        progress(20 + fraction * 60, step);
        // Let timers and messages (progress, abort, a worker's termination) through on long renders.
        await new Promise((resolve) => setImmediate(resolve));
      },
    });

    progress(80, 'Writing the site');
    const buildId = options.buildId ?? randomUUID();
    const marker = { path: BUILD_MARKER, data: Buffer.from(`${JSON.stringify({ generator: GENERATOR, buildId }, null, 2)}\n`) };
    const all = [...files, marker].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const targets = all.map((file) => ({ target: resolveInside(outDir, file.path), data: file.data }));
    for (const dir of [...new Set(targets.map((t) => path.dirname(t.target)))].sort()) await fs.mkdir(dir, { recursive: true });
    // A few dozen writes in flight: sequential writes dominate the build time of a site of a few hundred pages.
    const WRITES_IN_FLIGHT = 32;
    for (let i = 0; i < targets.length; i += WRITES_IN_FLIGHT) {
      await Promise.all(targets.slice(i, i + WRITES_IN_FLIGHT).map((t) => fs.writeFile(t.target, t.data, { flag: 'wx' })));
    }
    const bytes = all.reduce((n, f) => n + f.data.length, 0);
    checkAborted(options.signal);

    let zipPath: string | undefined;
    if (options.zipPath) {
      progress(90, 'Packing the zip');
      zipPath = path.resolve(options.zipPath);
      await zipSite(all, zipPath);
    }
    const counts: BuildCounts = {
      sessions: view.sessions.length,
      speakers: view.speakers.length,
      days: view.days.length,
      tracks: view.tracks.length,
      rooms: view.rooms.length,
      sponsors: view.sponsorLevels.reduce((n, l) => n + l.sponsors.length, 0),
    };
    log.info(`Built ${all.length} files (${counts.sessions} sessions over ${counts.days} days, ${counts.speakers} speakers, ${counts.tracks} tracks, ${counts.rooms} rooms, ${counts.sponsors} sponsors)`);
    progress(100, 'Done');
    return { outDir, zipPath, files: all.length, bytes, log: [...log.entries], counts };
  } catch (error) {
    log.error(error instanceof Error ? error.message : String(error));
    throw error;
  }
}

export interface WorkerLimits {
  timeLimitMs: number;
}

type WorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; percent: number; step: string }
  | { type: 'log'; entry: BuildLogEntry }
  | { type: 'done'; result: BuildResult }
  | { type: 'error'; error: { name: string; code?: string; message: string } };

/** What crosses into the worker: the options without callbacks and signal. */
export type WorkerBuildOptions = Omit<BuildOptions, 'onProgress' | 'onLog' | 'signal'>;

function toWorkerError(error: { name: string; code?: string; message: string }): Error {
  if (error.name === 'SiteInputError' && error.code) {
    const e = new SiteInputError(error.code, error.message);
    e.message = error.message;
    return e;
  }
  const e = new Error(error.message);
  e.name = error.name;
  return e;
}

/** A worker that finished its last build cleanly, kept for the next one (at most one is kept). */
let spare: Worker | undefined;

function takeWorker(): Worker {
  const worker = spare;
  spare = undefined;
  if (worker) {
    worker.ref();
    return worker;
  }
  // The bootstrap registers tsx's loader inside the worker, which does not inherit the parent's (vitest, tsx).
  const fresh = new Worker(new URL('./build.worker.mjs', import.meta.url), { execArgv: [] });
  fresh.on('exit', () => {
    if (spare === fresh) spare = undefined;
  });
  return fresh;
}

function keepWorker(worker: Worker): void {
  if (spare) {
    void worker.terminate();
    return;
  }
  worker.unref(); // an idle spare must not keep the process alive
  spare = worker;
}

/**
 * The same build in a worker thread: progress and log entries are forwarded; past `timeLimitMs` the worker is
 * terminated (whatever it is doing) and the promise rejects with a SiteInputError coded 'build.timeout'. A worker
 * whose build ended by itself (done or failed) is kept for the next build.
 */
export function buildSiteInWorker(options: BuildOptions, limits: WorkerLimits): Promise<BuildResult> {
  const { onProgress, onLog, signal, ...data } = options;
  return new Promise<BuildResult>((resolve, reject) => {
    const worker = takeWorker();
    let settled = false;
    const finish = (fn: () => void, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) keepWorker(worker);
      else void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => {
      finish(() => {
        onLog?.({ level: 'error', message: `build.timeout: the build did not finish within ${limits.timeLimitMs} ms and was stopped` });
        reject(new SiteInputError('build.timeout', `the build did not finish within the time limit of ${limits.timeLimitMs} ms and was stopped`));
      }, false);
    }, limits.timeLimitMs);
    const onAbort = () => finish(() => reject(new SiteInputError('build.aborted', 'the build was cancelled')), false);
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.percent, message.step);
      else if (message.type === 'log') onLog?.(message.entry);
      else if (message.type === 'done') finish(() => resolve(message.result), true);
      else if (message.type === 'error') finish(() => reject(toWorkerError(message.error)), true);
    };
    const onError = (error: Error) => finish(() => reject(error), false);
    const onExit = (code: number) => finish(() => reject(new Error(`the build worker stopped (exit code ${code}) before it finished`)), false);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    // A new worker queues this message until its bootstrap has loaded the build module and listens.
    worker.postMessage({ type: 'build', options: data satisfies WorkerBuildOptions });
  });
}
