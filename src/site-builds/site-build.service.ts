// Site builds: a person asks for an event website (from an uploaded Open Event zip, a remote Open Event API, or a
// Convene event); the request is stored (upload on disk, task row) before it is answered, queued first come,
// first served, and its place, progress, log and result are stored as task events that any process can stream.
// Anyone holding a build's id may follow it when it was asked for without logging in; a logged-in user's builds
// are theirs (and admins').
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Db, DbOrTx } from '../db/client.js';
import type { Access } from '../events/access.js';
import { ApiError, ConflictError, NotFoundError, UnprocessableError } from '../http/errors.js';
import { loadVisibleEvent } from '../http/jsonapi/resource.service.js';
import { send, type Queue } from '../jobs/queue.js';
import { registerTaskQueue } from '../jobs/queues.js';
import { SiteInputError } from '../sitegen/model.js';
import { checkFetchTarget } from '../sitegen/readers/url.guard.js';
import { insertTask, setTaskJob, updateTaskWithEvent, type TaskRow } from '../tasks/task.repo.js';
import { failTask, getTaskFor, removeTaskFilesFinishedBefore, taskUrl } from '../tasks/task.service.js';
import { announceSiteBuildPositions, countWaitingSiteBuilds, listSiteBuildLog, listSiteBuildPositions, SITE_BUILD_KIND } from './site-build.repo.js';

export const SITE_BUILD_QUEUE = 'site-build';
export const QUEUE_SCHEMA = 'pgboss';

/** Attempts: a crashed worker's build is tried again, twice at most. Retries start at once, to keep their place. */
export function siteBuildQueuePolicy(config: Pick<Config, 'sitegenConcurrency' | 'sitegenTimeLimitSeconds'>) {
  return {
    policy: config.sitegenConcurrency === 1 ? ('singleton' as const) : ('standard' as const),
    // The build has its own time limit (a worker thread that is stopped); the queue's is a backstop past it.
    expireInSeconds: config.sitegenTimeLimitSeconds + 60,
    retryLimit: 2,
    retryDelay: 0,
  };
}
registerTaskQueue(SITE_BUILD_KIND, { name: SITE_BUILD_QUEUE, policy: siteBuildQueuePolicy({ sitegenConcurrency: 1, sitegenTimeLimitSeconds: 300 }) });

export type SiteFormat = 'auto' | 'v1' | 'v2';
export type SiteTheme = 'light' | 'dark';
export type SessionMode = 'single' | 'expand';

export interface SiteBuildOptions {
  format: SiteFormat;
  theme: SiteTheme;
  sessionMode: SessionMode;
  email: string | null;
}

export type SiteBuildSource =
  | { type: 'upload'; name: string }
  | { type: 'api'; url: string }
  | { type: 'event'; event: string };

export interface SiteBuildContext {
  db: Db;
  queue: Queue | undefined;
  config: Config;
}

export function siteBuildsDir(dataDir: string): string {
  return path.resolve(dataDir, 'site-builds');
}

export function siteBuildDir(dataDir: string, id: string): string {
  return path.join(siteBuildsDir(dataDir), id);
}

export const uploadPath = (dataDir: string, id: string) => path.join(siteBuildDir(dataDir, id), 'upload.zip');

const FORMATS: Record<string, SiteFormat> = { auto: 'auto', api_v1: 'v1', api_v2: 'v2', v1: 'v1', v2: 'v2' };
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** The options of a request, from form fields or a JSON body; `where` says how to point at a field in errors. */
export function parseSiteBuildOptions(raw: Record<string, unknown>, where: (field: string) => { pointer: string } | { parameter: string }): SiteBuildOptions {
  const text = (field: string, fallback: string) => {
    const value = raw[field];
    if (value === undefined || value === null || value === '') return fallback;
    if (typeof value !== 'string') throw new UnprocessableError('validation', `${field} must be text`, where(field));
    return value.trim();
  };
  const format = FORMATS[text('format', 'auto')];
  if (!format) throw new UnprocessableError('validation', 'format must be auto, api_v1 or api_v2', where('format'));
  const theme = text('theme', 'light');
  if (theme !== 'light' && theme !== 'dark') throw new UnprocessableError('validation', 'theme must be light or dark', where('theme'));
  const sessionMode = text('session-mode', 'expand');
  if (sessionMode !== 'single' && sessionMode !== 'expand') throw new UnprocessableError('validation', 'session-mode must be single or expand', where('session-mode'));
  const email = text('email', '');
  if (email && (email.length > 254 || !EMAIL.test(email))) throw new UnprocessableError('validation', `"${email.slice(0, 80)}" is not an e-mail address`, where('email'));
  return { format, theme, sessionMode, email: email || null };
}

/** Who a build counts against for the waiting limit: the user, or without login the client address. */
export function requesterOf(access: Access, ip: string): string {
  return access.actor ? `user:${access.actor.id}` : `ip:${ip}`;
}

/** Refuses a requester who already has the most waiting builds allowed (before an upload is stored). */
export async function checkWaitingLimit(ctx: SiteBuildContext, requester: string): Promise<void> {
  if (!ctx.queue) throw new ApiError(503, 'queue.unavailable', 'Service Unavailable', 'Background tasks are not running on this server');
  const waiting = await countWaitingSiteBuilds(ctx.db, requester);
  if (waiting >= ctx.config.sitegenMaxWaiting) {
    throw new ApiError(
      429,
      'site-build.too_many_waiting',
      'Too Many Requests',
      `You already have ${waiting} site builds waiting (at most ${ctx.config.sitegenMaxWaiting}); wait for one to finish or cancel one`,
    );
  }
}

/**
 * Stores and queues a build. For an upload, the route has already written the zip to `uploadPath(id)`. The task
 * row is written before the job is sent; a process that stops in between leaves a task that the sweeper queues.
 */
export async function requestSiteBuild(
  ctx: SiteBuildContext,
  access: Access,
  requester: string,
  request: { id: string; source: SiteBuildSource; options: SiteBuildOptions },
): Promise<SiteBuildView> {
  const { db, config } = ctx;
  const { id, source, options } = request;
  await checkWaitingLimit(ctx, requester);
  let eventId: number | null = null;
  if (source.type === 'event') {
    const event = await loadVisibleEvent(db, access, source.event);
    eventId = event.id;
  } else if (source.type === 'api') {
    try {
      await checkFetchTarget(source.url, { allowPrivate: config.sitegenAllowPrivateUrls });
    } catch (error) {
      if (error instanceof SiteInputError) throw new UnprocessableError(error.code, error.message, { pointer: '/source/url' });
      throw error;
    }
  }
  const task = await insertTask(db, {
    id,
    kind: SITE_BUILD_KIND,
    eventId,
    userId: access.actor?.id ?? null,
    requester,
    params: {
      format: options.format,
      theme: options.theme,
      'session-mode': options.sessionMode,
      email: options.email ?? '',
      'source-type': source.type,
      ...(source.type === 'upload' ? { 'source-name': source.name } : source.type === 'api' ? { 'source-url': source.url } : { 'source-event': String(eventId) }),
    },
  });
  try {
    await setTaskJob(db, task.id, await send(ctx.queue!, SITE_BUILD_QUEUE, { taskId: task.id }));
  } catch (error) {
    await failTask(db, task.id, 'queue.unavailable', 'The build could not be queued; try again in a minute', ['WAITING']);
    throw error;
  }
  await announcePositions(db);
  return getSiteBuildView(db, await getTaskFor(db, access, task.id));
}

/** A new build id (also the task id and the preview URL's secret part). */
export function newSiteBuildId(): string {
  return crypto.randomUUID();
}

/** A site build the caller may see, or 404. */
export async function getSiteBuildFor(db: DbOrTx, access: Access, id: string): Promise<TaskRow> {
  const task = await getTaskFor(db, access, id);
  if (task.kind !== SITE_BUILD_KIND) throw new NotFoundError('task.not_found', `Site build ${id} not found`);
  return task;
}

export interface SiteBuildView {
  id: string;
  state: TaskRow['state'];
  position: number | null;
  progress: { percent: number; step: string | null };
  log: { level: string; message: string }[];
  task_url: string;
  events_url: string;
  preview_url: string | null;
  download_url: string | null;
  error: { code: string | null; detail: string | null } | null;
  options: { format: string; theme: string; 'session-mode': string; email: string | null };
  source: Record<string, string>;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export const previewUrl = (id: string) => `/sites/${id}/`;
export const siteDownloadUrl = (id: string) => `/v1/site-builds/${id}/download`;

/** The build as its requester sees it: state, place in the queue, progress, log and links. */
export async function getSiteBuildView(db: DbOrTx, task: TaskRow): Promise<SiteBuildView> {
  const [positions, log] = await Promise.all([
    task.state === 'WAITING' ? listSiteBuildPositions(db, QUEUE_SCHEMA, SITE_BUILD_QUEUE, task.id) : Promise.resolve([]),
    listSiteBuildLog(db, task.id),
  ]);
  const p = task.params;
  const ready = task.state === 'SUCCESS' && task.filePath !== null;
  return {
    id: task.id,
    state: task.state,
    position: task.state === 'WAITING' ? (positions[0]?.ahead ?? 0) : null,
    progress: { percent: task.progressPercent, step: task.progressStep },
    log: log.map((event) => event.data as { level: string; message: string }),
    task_url: taskUrl(task.id),
    events_url: `${taskUrl(task.id)}/events`,
    preview_url: ready ? previewUrl(task.id) : null,
    download_url: ready ? siteDownloadUrl(task.id) : null,
    error: task.state === 'FAILURE' ? { code: task.errorCode, detail: task.errorMessage } : null,
    options: { format: p.format, theme: p.theme, 'session-mode': p['session-mode'], email: p.email || null },
    source: Object.fromEntries(Object.entries(p).filter(([key]) => key.startsWith('source-')).map(([key, value]) => [key.slice(7), value])),
    created_at: task.createdAt.toISOString(),
    started_at: task.startedAt?.toISOString() ?? null,
    finished_at: task.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Tells every waiting build its place when it changed (a `waiting` event, and the step shown by GET). Called
 * whenever the queue moves: a build asked for, started, ended or cancelled, by whichever process did it.
 */
export async function announcePositions(db: Db): Promise<void> {
  await announceSiteBuildPositions(db, QUEUE_SCHEMA, SITE_BUILD_QUEUE);
}

/** Cancels a build that has not started; its upload is deleted and the builds behind it move up. */
export async function cancelSiteBuild(ctx: SiteBuildContext, access: Access, id: string): Promise<SiteBuildView> {
  const task = await getSiteBuildFor(ctx.db, access, id);
  if (task.state !== 'WAITING') {
    throw new ConflictError('site-build.not_waiting', task.state === 'STARTED' ? 'The build has started and can no longer be cancelled' : `The build has already ended (${task.state})`);
  }
  const cancelled = await updateTaskWithEvent(
    ctx.db,
    id,
    { state: 'CANCELLED', progressStep: 'Cancelled', finishedAt: new Date() },
    { type: 'state', data: { state: 'CANCELLED' } },
    ['WAITING'],
  );
  if (!cancelled) throw new ConflictError('site-build.not_waiting', 'The build started a moment ago and can no longer be cancelled');
  if (task.jobId && ctx.queue) await ctx.queue.cancel(SITE_BUILD_QUEUE, task.jobId);
  await fs.rm(siteBuildDir(ctx.config.dataDir, id), { recursive: true, force: true });
  await announcePositions(ctx.db);
  return getSiteBuildView(ctx.db, cancelled);
}

/** Deletes the sites (preview and zip) of builds that ended more than `retentionDays` before `now`. */
export async function cleanUpSiteBuilds(db: Db, dataDir: string, retentionDays: number, now = new Date()): Promise<number> {
  return removeTaskFilesFinishedBefore(db, SITE_BUILD_KIND, new Date(now.getTime() - retentionDays * 86_400_000), (id) => siteBuildDir(dataDir, id));
}
