// Background tasks: starting an export (permission, task row, then the job after commit), reading a task for
// its starter, its file, and the clean-up of old files and of tasks whose job was lost.
import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Db, DbOrTx } from '../db/client.js';
import type { Access } from '../events/access.js';
import type { Exporter } from '../exports/exporter.js';
import { ApiError, ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } from '../http/errors.js';
import { loadVisibleEvent } from '../http/jsonapi/resource.service.js';
import { send, type Queue } from '../jobs/queue.js';
import { EXPORT_QUEUE, EXPORT_QUEUE_POLICY, queueForTaskKind } from '../jobs/queues.js';
import {
  clearTaskFile,
  findTask,
  insertTask,
  listStalledTasks,
  listUnqueuedTasks,
  listTasksWithFilesFinishedBefore,
  listTasksStartedBefore,
  listExportTasksOf,
  setTaskJob,
  updateTaskWithEvent,
  type TaskRow,
} from './task.repo.js';

export { EXPORT_QUEUE, EXPORT_QUEUE_POLICY };
/** A task still STARTED this long after its last attempt began lost its job (every attempt crashed): it is failed. */
export const LOST_TASK_AFTER_MS = 60 * 60_000;
/** A WAITING task with no job this long after it was stored lost its process before it was queued. */
export const UNQUEUED_AFTER_SECONDS = 120;

export interface ExportJobData {
  taskId: string;
}

export function exportsDir(dataDir: string): string {
  return path.resolve(dataDir, 'exports');
}

export function taskUrl(id: string): string {
  return `/v1/tasks/${id}`;
}

/** Coorganizer+ starts an export of an event; the job is sent after the task row is committed. */
export async function startExport(
  db: Db,
  queue: Queue | undefined,
  access: Access,
  eventKey: string,
  exporterId: string,
  params: Record<string, string>,
  exporters: readonly Exporter[],
): Promise<TaskRow> {
  const exporter = exporters.find((candidate) => candidate.id === exporterId);
  if (!exporter) throw new NotFoundError('export.unknown_format', `There is no export format "${exporterId}"`);
  const event = await loadVisibleEvent(db, access, eventKey);
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to export event data');
  if (!access.isCoorganizer(event.id)) throw new ForbiddenError('forbidden', 'Co-organizer access is required to export event data');
  if (!queue) throw new ApiError(503, 'queue.unavailable', 'Service Unavailable', 'Background tasks are not running on this server');
  const task = await insertTask(db, {
    id: crypto.randomUUID(),
    kind: 'export',
    exporterId: exporter.id,
    eventId: event.id,
    userId: access.actor.id,
    params,
  });
  try {
    const jobId = await send(queue, EXPORT_QUEUE, { taskId: task.id } satisfies ExportJobData);
    await setTaskJob(db, task.id, jobId);
  } catch (error) {
    await failTask(db, task.id, 'queue.unavailable', 'The export could not be queued; try again in a minute', ['WAITING']);
    throw error;
  }
  return task;
}

/** A task as its starter (or an admin) sees it; 404 for anyone else, as if it did not exist. */
export async function getTaskFor(db: DbOrTx, access: Access, id: string): Promise<TaskRow> {
  const notFound = new NotFoundError('task.not_found', `Task ${id} not found`);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) throw notFound;
  const task = await findTask(db, id);
  if (!task) throw notFound;
  // A site build asked for without logging in belongs to whoever holds its unguessable id (as its preview URL).
  if (task.userId === null && task.kind === 'site-build') return task;
  if (!access.actor) throw notFound;
  if (!access.isAdmin && task.userId !== access.actor.id) throw notFound;
  return task;
}

/** The task status document (the original's shape, plus progress and, on failure, an error with a code). */
export function taskStatus(task: TaskRow) {
  return {
    state: task.state,
    progress: { percent: task.progressPercent, step: task.progressStep },
    result: task.result ?? null,
    ...(task.state === 'FAILURE' ? { error: { code: task.errorCode, detail: task.errorMessage } } : {}),
  };
}

/** An export task as the exports page and the lists' export buttons show it. */
export function exportTaskSummary(task: TaskRow, exporters: readonly Exporter[]) {
  const kept = task.state === 'SUCCESS' && task.filePath !== null;
  return {
    id: task.id,
    format: task.exporterId ?? '',
    label: exporters.find((exporter) => exporter.id === task.exporterId)?.label ?? task.exporterId ?? '',
    options: task.params,
    state: task.state,
    progress: { percent: task.progressPercent, step: task.progressStep },
    error: task.state === 'FAILURE' ? { code: task.errorCode, detail: task.errorMessage } : null,
    'created-at': task.createdAt.toISOString(),
    'finished-at': task.finishedAt?.toISOString() ?? null,
    'task-url': taskUrl(task.id),
    'events-url': `${taskUrl(task.id)}/events`,
    'download-url': kept ? `${taskUrl(task.id)}/download` : null,
    'file-name': kept ? task.fileName : null,
  };
}

/**
 * The export formats of an event and the caller's own recent exports of it (coorganizer+, who may export): the
 * original kept one export per event, for whoever started it last.
 */
export async function listEventExports(db: Db, access: Access, eventKey: string, exporters: readonly Exporter[]) {
  const event = await loadVisibleEvent(db, access, eventKey);
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to export event data');
  if (!access.isCoorganizer(event.id)) throw new ForbiddenError('forbidden', 'Co-organizer access is required to export event data');
  const tasks = await listExportTasksOf(db, event.id, access.actor.id);
  return {
    formats: exporters.map((exporter) => ({
      id: exporter.id,
      label: exporter.label,
      extension: exporter.extension,
      url: `/v1/events/${event.identifier}/export/${exporter.route}`,
      options: Object.keys(exporter.options ?? {}),
    })),
    tasks: tasks.map((task) => exportTaskSummary(task, exporters)),
  };
}

/** The finished file of a task the caller may see. */
export async function getTaskFile(db: DbOrTx, access: Access, dataDir: string, id: string) {
  const task = await getTaskFor(db, access, id);
  if (task.state === 'FAILURE') throw new ConflictError('task.failed', `The task failed, so there is no file: ${task.errorMessage}`);
  if (task.state === 'CANCELLED') throw new ConflictError('task.cancelled', 'The task was cancelled, so there is no file');
  if (task.state !== 'SUCCESS') throw new ConflictError('task.not_finished', 'The task has not finished yet; wait for state SUCCESS');
  if (!task.filePath) {
    throw new ApiError(410, 'export.expired', 'Gone', 'The file was deleted after the retention period; start it again');
  }
  const file = path.resolve(dataDir, task.filePath);
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat) throw new ApiError(410, 'export.expired', 'Gone', 'The file is no longer stored; start it again');
  return { file, size: stat.size, fileName: task.fileName ?? path.basename(file), contentType: task.contentType ?? 'application/octet-stream' };
}

/** Ends a task in FAILURE with a message a person can act on and a code; `onlyAttempt` as in updateTaskWithEvent. */
export async function failTask(db: DbOrTx, id: string, code: string, message: string, onlyIn: TaskRow['state'][] = ['WAITING', 'STARTED'], onlyAttempt?: number) {
  return updateTaskWithEvent(
    db,
    id,
    { state: 'FAILURE', progressStep: 'Failed', result: message, errorCode: code, errorMessage: message, finishedAt: new Date() },
    { type: 'state', data: { state: 'FAILURE', result: message, error: { code, detail: message } } },
    onlyIn,
    onlyAttempt,
  );
}

/**
 * Marks the task STARTED on its next attempt, with a first heartbeat; undefined when another attempt took it or it
 * ended meanwhile (only from the attempt count read with the task, so two workers cannot both start it).
 */
export async function startTaskAttempt(db: DbOrTx, task: TaskRow): Promise<TaskRow | undefined> {
  const attempt = task.attempts + 1;
  return updateTaskWithEvent(
    db,
    task.id,
    { state: 'STARTED', attempts: attempt, startedAt: new Date(), heartbeatAt: new Date(), progressPercent: 0, progressStep: 'Starting' },
    { type: 'state', data: { state: 'STARTED', attempt } },
    ['WAITING', 'STARTED'],
    task.attempts,
  );
}

/** Puts a STARTED task back to WAITING after its attempt failed or its worker stopped; the queue runs it again. */
export async function requeueTask(db: DbOrTx, id: string, attempt: number, code: string, message: string, step = 'Waiting to retry after an error') {
  return updateTaskWithEvent(
    db,
    id,
    { state: 'WAITING', progressPercent: 0, progressStep: step },
    { type: 'state', data: { state: 'WAITING', attempt, error: { code, detail: message } } },
    ['STARTED'],
    attempt,
  );
}

/**
 * Deletes export files of tasks that finished more than `retentionDays` before `now`, and fails tasks whose
 * job was lost (still STARTED an hour after their last attempt began). Safe to run in several processes.
 */
/** Deletes the folder `dirOf(id)` of every task of `kind` that finished before `before` and still has its file. */
export async function removeTaskFilesFinishedBefore(db: Db, kind: string, before: Date, dirOf: (taskId: string) => string): Promise<number> {
  let removed = 0;
  for (;;) {
    const rows = await listTasksWithFilesFinishedBefore(db, before, kind);
    for (const task of rows) {
      await fs.rm(dirOf(task.id), { recursive: true, force: true });
      await clearTaskFile(db, task.id);
      removed++;
    }
    if (rows.length < 500) return removed;
  }
}

export async function cleanUpTasks(db: Db, dataDir: string, retentionDays: number, now = new Date()): Promise<{ removed: number; lost: number }> {
  const removed = await removeTaskFilesFinishedBefore(db, 'export', new Date(now.getTime() - retentionDays * 86_400_000), (id) => path.join(exportsDir(dataDir), id));
  let lost = 0;
  for (const task of await listTasksStartedBefore(db, new Date(now.getTime() - LOST_TASK_AFTER_MS))) {
    const message = 'The export stopped without finishing (its worker stopped each time it ran); start it again';
    if (await failTask(db, task.id, 'task.lost', message, ['STARTED'])) lost++;
  }
  return { removed, lost };
}

/**
 * Hands the tasks whose worker died (no heartbeat for `staleSeconds`) back to their queue: the task goes back to
 * WAITING and its job to pg-boss's retry state, keeping its place in the queue (a retried job keeps its creation
 * time, so a first-come-first-served queue runs it next). A task out of attempts ends in FAILURE instead.
 * pg-boss 10 has no heartbeat of its own: without this a crashed job would hold its slot until it expires.
 * On the embedded database only one process can run, so at start every STARTED task is an orphan (staleSeconds 0).
 */
export async function reviveStalledTasks(db: Db, queue: Queue, staleSeconds: number): Promise<{ retried: number; failed: number }> {
  let retried = 0;
  let failed = 0;
  // Stored but never queued (the process stopped in between): queue them now, in the order they came. Two
  // minutes, far longer than any request takes from storing a task to queueing it, even with hundreds at once.
  for (const task of await listUnqueuedTasks(db, UNQUEUED_AFTER_SECONDS)) {
    const taskQueue = queueForTaskKind(task.kind);
    if (!taskQueue) continue;
    await setTaskJob(db, task.id, await send(queue, taskQueue.name, { taskId: task.id }));
    retried++;
  }
  for (const task of await listStalledTasks(db, staleSeconds)) {
    const taskQueue = queueForTaskKind(task.kind);
    if (!taskQueue) continue;
    const maxAttempts = taskQueue.policy.retryLimit + 1;
    const outOfAttempts = task.attempts >= maxAttempts;
    const detail = outOfAttempts
      ? `The task's worker stopped during each of its ${task.attempts} attempts; start it again, and if it keeps failing report task ${task.id} to the administrators`
      : `The worker running attempt ${task.attempts} stopped; the task is queued again`;
    const changed = outOfAttempts
      ? await failTask(db, task.id, 'task.worker_lost', detail, ['STARTED'], task.attempts)
      : await requeueTask(db, task.id, task.attempts, 'task.worker_lost', detail, 'Waiting to retry: the worker stopped');
    if (!changed) continue;
    if (!task.jobId) {
      // A task from before jobs were recorded: queue it afresh.
      if (!outOfAttempts) await setTaskJob(db, task.id, await send(queue, taskQueue.name, { taskId: task.id }));
    } else {
      await queue.fail(taskQueue.name, task.jobId, { reason: 'worker lost' });
      if (!outOfAttempts) {
        // fail() ends the job for good when pg-boss counts no retries left; the task's attempts are what count.
        const job = await queue.getJobById(taskQueue.name, task.jobId);
        if (job?.state === 'failed') await queue.retry(taskQueue.name, task.jobId);
      }
    }
    if (outOfAttempts) failed++;
    else retried++;
  }
  return { retried, failed };
}
