// The site-build job handler: load the build by id, mark it STARTED, build the site in a worker thread under the
// time limit (stopped when it passes, so a stuck build cannot hold the queue), store progress and the build log
// as events, e-mail the links when asked (a mail failure is logged, never fails the build), and end in SUCCESS
// with preview and download links, or in FAILURE with the reason. Bad input and time-outs fail at once; any
// other error is tried again (a crashed worker's build is handed back by the task sweeper, in its place).
import fs from 'node:fs/promises';
import path from 'node:path';
import { publicBaseUrl, type Config } from '../config.js';
import type { Db } from '../db/client.js';
import { ensureQueue, work, type Job, type Queue } from '../jobs/queue.js';
import type { Mailer } from '../mail/mailer.js';
import { buildSiteInWorker } from '../sitegen/build.js';
import { createBuildLog, SiteInputError } from '../sitegen/model.js';
import { readStoredEvent, type SiteSource } from '../sitegen/readers/index.js';
import { findTask, updateTaskWithEvent, type TaskRow } from '../tasks/task.repo.js';
import { failTask, requeueTask, startTaskAttempt } from '../tasks/task.service.js';
import { DEFAULT_HEARTBEAT_SECONDS, startHeartbeat, taskEventRecorder } from '../tasks/task.worker.js';
import {
  announcePositions,
  previewUrl,
  SITE_BUILD_QUEUE,
  siteBuildDir,
  siteBuildQueuePolicy,
  siteDownloadUrl,
  uploadPath,
  type SessionMode,
  type SiteFormat,
  type SiteTheme,
} from './site-build.service.js';

export interface SiteBuildWorkerDeps {
  db: Db;
  config: Config;
  mailer?: Mailer;
  heartbeatSeconds?: number;
  log?: (message: string, error?: unknown) => void;
}

/** Log lines stored per build; a build with more warnings than this says how many were left out. */
const MAX_LOG_LINES = 500;

/** Declares the queue and works its jobs: `sitegenConcurrency` at a time in this process. */
export async function startSiteBuildWorker(queue: Queue, deps: SiteBuildWorkerDeps): Promise<string[]> {
  await ensureQueue(queue, SITE_BUILD_QUEUE, siteBuildQueuePolicy(deps.config));
  const ids: string[] = [];
  for (let i = 0; i < deps.config.sitegenConcurrency; i++) {
    ids.push(await work<{ taskId: string }>(queue, SITE_BUILD_QUEUE, (job: Job<{ taskId: string }>) => runSiteBuild(deps, job.data.taskId)));
  }
  return ids;
}


async function sourceOf(deps: SiteBuildWorkerDeps, task: TaskRow): Promise<SiteSource> {
  const p = task.params;
  if (p['source-type'] === 'upload') return { kind: 'path', path: uploadPath(deps.config.dataDir, task.id) };
  if (p['source-type'] === 'api') return { kind: 'url', url: p['source-url'] };
  if (task.eventId === null) throw new SiteInputError('input.event_missing', 'the Convene event of this build was deleted');
  // Read here, on this thread's database connection; the worker thread gets the finished model.
  return { kind: 'model', model: await readStoredEvent(deps.db, task.eventId, createBuildLog()) };
}

/** The zip's download name: the event's name as a file name ("FOSSASIA Summit 2017.zip" → "FOSSASIA-Summit-2017.zip"). */
function zipName(eventName: string | undefined): string {
  const base = (eventName ?? 'event-site').normalize('NFKD').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${base || 'event-site'}.zip`;
}

/** Runs one attempt of a site build (the job handler). */
export async function runSiteBuild(deps: SiteBuildWorkerDeps, taskId: string): Promise<{ state: string }> {
  const { db, config } = deps;
  const maxAttempts = siteBuildQueuePolicy(config).retryLimit + 1;
  const task = await findTask(db, taskId);
  if (!task || (task.state !== 'WAITING' && task.state !== 'STARTED')) return { state: task?.state ?? 'MISSING' };
  const attempt = task.attempts + 1;
  const timeLimitMs = config.sitegenTimeLimitSeconds * 1000; // fixed for the attempt from here on
  const started = await startTaskAttempt(db, task);
  if (!started) return { state: 'FINISHED_ELSEWHERE' };
  await announcePositions(db).catch((error: unknown) => deps.log?.('site build positions not announced', error));
  const stopHeartbeat = startHeartbeat(db, task.id, attempt, deps.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS, deps.log);
  const events = taskEventRecorder(db, task.id, attempt, deps.log);
  let lines = 0;
  const log = (level: string, message: string) => {
    lines++;
    if (lines <= MAX_LOG_LINES) events.log(level, message);
    else if (lines === MAX_LOG_LINES + 1) events.log('warning', `More log lines follow; only the first ${MAX_LOG_LINES} are kept`);
  };
  const dir = siteBuildDir(config.dataDir, task.id);
  const p = task.params;
  try {
    if (attempt > 1) log('info', `Attempt ${attempt} of ${maxAttempts}: the worker of the last attempt stopped`);
    const source = await sourceOf(deps, task);
    await fs.rm(path.join(dir, 'site'), { recursive: true, force: true });
    await buildSiteInWorker(
      {
        source,
        format: p.format as SiteFormat,
        theme: p.theme as SiteTheme,
        sessionMode: p['session-mode'] as SessionMode,
        outDir: path.join(dir, 'site'),
        zipPath: path.join(dir, 'site.zip'),
        buildId: task.id,
        limits: { allowPrivateUrls: config.sitegenAllowPrivateUrls },
        onProgress: (percent, step) => events.report(Math.min(percent, 99), step),
        onLog: (entry) => log(entry.level, entry.message),
      },
      { timeLimitMs },
    );
    const links = { preview_url: previewUrl(task.id), download_url: siteDownloadUrl(task.id) };
    const eventName = await fs
      .readFile(path.join(dir, 'site', 'manifest.json'), 'utf8')
      .then((text) => (JSON.parse(text) as { name?: string }).name)
      .catch(() => undefined);
    if (p.email && deps.mailer) {
      const base = publicBaseUrl(config);
      try {
        const sent = await deps.mailer.send({
          to: p.email,
          subject: `Your event website ${eventName ?? ''} is ready`.replace(/\s+/g, ' '),
          text:
            `Your event website ${eventName ? `for ${eventName} ` : ''}is built.\n\n` +
            `Preview: ${base}${links.preview_url}\nDownload (zip): ${base}${links.download_url}\n\n` +
            `Both links work for ${config.sitegenRetentionDays} days. Unzip the download and put its files on any web host; ` +
            'the site also works offline once opened.\n',
        });
        log('info', `E-mail with the links ${sent.detail}`);
      } catch (error) {
        log('warning', `The e-mail with the links could not be sent: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    await events.flush();
    await updateTaskWithEvent(db, task.id, {}, { type: 'ready', data: links }, ['STARTED'], attempt);
    await updateTaskWithEvent(
      db,
      task.id,
      {
        state: 'SUCCESS',
        progressPercent: 100,
        progressStep: 'Ready',
        result: links,
        filePath: path.relative(path.resolve(config.dataDir), path.join(dir, 'site.zip')),
        fileName: zipName(eventName),
        contentType: 'application/zip',
        finishedAt: new Date(),
      },
      { type: 'state', data: { state: 'SUCCESS', result: links } },
      ['STARTED'],
      attempt,
    );
    await fs.rm(uploadPath(config.dataDir, task.id), { force: true });
    return { state: 'SUCCESS' };
  } catch (error) {
    await events.flush();
    const permanent = error instanceof SiteInputError;
    const code = permanent ? error.code : 'site-build.failed';
    const message = permanent ? error.message : `The build failed: ${error instanceof Error ? error.message : String(error)}`;
    if (permanent || attempt >= maxAttempts) {
      await updateTaskWithEvent(db, task.id, {}, { type: 'failed', data: { code, message } }, ['STARTED'], attempt);
      await failTask(db, task.id, code, message, ['STARTED'], attempt);
      await fs.rm(dir, { recursive: true, force: true });
      return { state: 'FAILURE' };
    }
    deps.log?.(`site build ${task.id} attempt ${attempt} failed; it will be retried`, error);
    await requeueTask(db, task.id, attempt, code, message);
    throw error;
  } finally {
    stopHeartbeat();
    await announcePositions(db).catch((error: unknown) => deps.log?.('site build positions not announced', error));
  }
}
