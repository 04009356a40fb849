// The export job handler: load the task by id, mark it STARTED, run its exporter into
// DATA_DIR/exports/<task id>/<file>, store throttled progress, and end in SUCCESS with a download URL or, once
// the queue's retries are used up, in FAILURE with a message a person can act on and a code. A failed attempt
// with retries left puts the task back to WAITING and rethrows, so the queue runs it again.
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Db } from '../db/client.js';
import { findEventByKey } from '../events/event.repo.js';
import type { Exporter } from '../exports/exporter.js';
import { ApiError } from '../http/errors.js';
import { ensureQueue, work, type Job, type Queue } from '../jobs/queue.js';
import { findTask, touchTaskHeartbeat, updateTaskWithEvent, type TaskRow } from './task.repo.js';
import { EXPORT_QUEUE, EXPORT_QUEUE_POLICY, exportsDir, failTask, requeueTask, startTaskAttempt, taskUrl, type ExportJobData } from './task.service.js';

export interface WorkerDeps {
  db: Db;
  dataDir: string;
  exporters: readonly Exporter[];
  /** Attempts a job gets in all (the queue's retryLimit + 1); the last one's failure is final. */
  maxAttempts?: number;
  /** Seconds between heartbeats of a running attempt (default 5; the sweeper's TASK_STALL_SECONDS must be larger). */
  heartbeatSeconds?: number;
  log?: (message: string, error?: unknown) => void;
}

/** Progress is stored at most every 250 ms, or sooner when it moved 5 points or the step changed. */
const PROGRESS_EVERY_MS = 250;
const PROGRESS_EVERY_PERCENT = 5;
export const DEFAULT_HEARTBEAT_SECONDS = 5;

/** Declares the export queue (idempotent); every process that sends or works export jobs calls it once. */
export async function ensureExportQueue(queue: Queue): Promise<void> {
  await ensureQueue(queue, EXPORT_QUEUE, EXPORT_QUEUE_POLICY);
}

/** Registers the export worker on this process's queue. Returns the worker id. */
export async function startExportWorker(queue: Queue, deps: WorkerDeps): Promise<string> {
  await ensureExportQueue(queue);
  return work<ExportJobData>(queue, EXPORT_QUEUE, (job: Job<ExportJobData>, signal) => runExportTask(deps, job.data.taskId, signal));
}

class PermanentError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function fileNameFor(exporter: Exporter, identifier: string): string {
  const base = exporter.id.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${identifier}-${base}.${exporter.extension}`;
}

/** The code and person-readable message stored for an attempt's error. */
function describeFailure(error: unknown, exporter: Exporter | undefined, taskId: string): { code: string; message: string } {
  if (error instanceof PermanentError || error instanceof ApiError) return { code: error.code, message: error.message };
  const label = exporter?.label ?? 'The';
  const reason = error instanceof Error ? error.message : String(error);
  if (reason === 'job expired') {
    return {
      code: 'export.timeout',
      message: `${label} export took longer than ${EXPORT_QUEUE_POLICY.expireInSeconds} seconds and was stopped; try again, and if it keeps timing out report task ${taskId} to the administrators`,
    };
  }
  return {
    code: 'export.failed',
    message: `${label} export failed: ${reason}. Try again; if it keeps failing, report task ${taskId} to the administrators`,
  };
}

/** Runs one attempt of an export task (the job handler; callable directly). */
export async function runExportTask(deps: WorkerDeps, taskId: string, signal?: AbortSignal): Promise<{ state: string }> {
  const { db } = deps;
  const maxAttempts = deps.maxAttempts ?? EXPORT_QUEUE_POLICY.retryLimit + 1;
  const task = await findTask(db, taskId);
  // A job for a task that is gone or already finished (a duplicate or late retry) has nothing to do.
  if (!task || task.state === 'SUCCESS' || task.state === 'FAILURE') return { state: task?.state ?? 'MISSING' };
  const exporter = deps.exporters.find((candidate) => candidate.id === task.exporterId);
  const attempt = task.attempts + 1;
  const dir = path.join(exportsDir(deps.dataDir), task.id);
  let stopHeartbeat = () => {};
  try {
    if (!exporter) throw new PermanentError('export.unknown_format', `This server no longer has the export format "${task.exporterId}"`);
    const event = await findEventByKey(db, String(task.eventId));
    if (!event || event.deletedAt) throw new PermanentError('event.not_found', 'The event was deleted before its export ran');
    const started = await startTaskAttempt(db, task);
    if (!started) return { state: 'FINISHED_ELSEWHERE' };
    stopHeartbeat = startHeartbeat(db, task.id, attempt, deps.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS, deps.log);

    const fileName = fileNameFor(exporter, event.identifier);
    await fs.promises.rm(dir, { recursive: true, force: true });
    await fs.promises.mkdir(dir, { recursive: true });
    const partial = path.join(dir, `${fileName}.part`);
    const out = fs.createWriteStream(partial);
    const onAbort = () => out.destroy(signal?.reason instanceof Error ? signal.reason : new Error('job expired'));
    signal?.addEventListener('abort', onAbort, { once: true });
    const progress = taskEventRecorder(db, task.id, attempt, deps.log);
    try {
      // Whether the exporter ends the stream (pipeline) or only writes to it, the file is complete after this.
      const done = finished(out);
      done.catch(() => undefined);
      await exporter.write({ db, event, params: task.params, progress: progress.report, out });
      if (!out.writableEnded) out.end();
      await done;
      signal?.throwIfAborted();
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (!out.destroyed && !out.writableFinished) out.destroy();
      await progress.flush();
    }
    await fs.promises.rename(partial, path.join(dir, fileName));
    const result = { download_url: `${taskUrl(task.id)}/download` };
    await updateTaskWithEvent(
      db,
      task.id,
      {
        state: 'SUCCESS',
        progressPercent: 100,
        progressStep: 'Done',
        result,
        filePath: path.join('exports', task.id, fileName),
        fileName,
        contentType: exporter.contentType,
        finishedAt: new Date(),
      },
      { type: 'state', data: { state: 'SUCCESS', result } },
      ['STARTED'],
      attempt,
    );
    return { state: 'SUCCESS' };
  } catch (error) {
    await fs.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    const { code, message } = describeFailure(error, exporter, task.id);
    if (error instanceof PermanentError || attempt >= maxAttempts) {
      // Also from WAITING: a permanent error can come before the attempt started (format or event gone).
      await failTask(db, task.id, code, message);
      if (error instanceof PermanentError) return { state: 'FAILURE' };
    } else {
      deps.log?.(`export task ${task.id} attempt ${attempt} failed; it will be retried`, error);
      await requeueTask(db, task.id, attempt, code, message);
    }
    throw error;
  } finally {
    stopHeartbeat();
  }
}

/**
 * A running attempt's stored events: report() (progress, throttled) and log() (build log lines) are cheap and
 * synchronous; the writes go one after another in the background, so the stream keeps their order. Only while
 * the task is STARTED on this attempt, so a revived task's old attempt writes nothing.
 */
export function taskEventRecorder(db: Db, taskId: string, attempt: number, log: WorkerDeps['log']) {
  let chain: Promise<unknown> = Promise.resolve();
  let last = { percent: 0, step: 'Starting', at: 0 };
  const append = (type: string, data: Record<string, unknown>, change: Partial<TaskRow> = {}) => {
    chain = chain
      .then(() => updateTaskWithEvent(db, taskId, change, { type, data }, ['STARTED'], attempt))
      .catch((error: unknown) => log?.(`task ${taskId}: ${type} event not stored`, error));
  };
  return {
    report(rawPercent: number, step: string) {
      const percent = Math.max(0, Math.min(100, Math.round(Number.isFinite(rawPercent) ? rawPercent : 0)));
      const now = Date.now();
      const due =
        step !== last.step || percent - last.percent >= PROGRESS_EVERY_PERCENT || (percent !== last.percent && now - last.at >= PROGRESS_EVERY_MS);
      if (!due) return;
      last = { percent, step, at: now };
      append('progress', { percent, step }, { progressPercent: percent, progressStep: step });
    },
    log(level: string, message: string) {
      append('log', { level, message });
    },
    flush: () => chain,
  };
}

/** Writes the attempt's heartbeat every `seconds` until the returned function is called. */
export function startHeartbeat(db: Db, taskId: string, attempt: number, seconds: number, log: WorkerDeps['log']): () => void {
  const timer = setInterval(
    () => void touchTaskHeartbeat(db, taskId, attempt).catch((error: unknown) => log?.(`task ${taskId}: heartbeat not stored`, error)),
    seconds * 1000,
  );
  return () => clearInterval(timer);
}
