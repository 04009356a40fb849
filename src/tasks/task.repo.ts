// SQL for background tasks and their stored event stream. Every change of a task that a watcher should see
// (state, progress) is written together with one task_events row, numbered by the task's own counter, so the
// stream is in order whichever process wrote it.
import { and, asc, desc, eq, gt, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { taskEvents, tasks } from '../db/schema.js';

export type TaskRow = typeof tasks.$inferSelect;
export type TaskEventRow = typeof taskEvents.$inferSelect;
export type TaskState = TaskRow['state'];
type TaskChange = Partial<Omit<TaskRow, 'id' | 'lastSeq'>>;

export async function findTask(db: DbOrTx, id: string): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id)).limit(1);
  return row;
}

/** Inserts a task in WAITING with its first event (seq 1). */
export async function insertTask(db: DbOrTx, values: typeof tasks.$inferInsert): Promise<TaskRow> {
  return db.transaction(async (tx) => {
    const [task] = await tx.insert(tasks).values({ ...values, state: 'WAITING', lastSeq: 1 }).returning();
    await tx.insert(taskEvents).values({ taskId: task.id, seq: 1, type: 'state', data: { state: 'WAITING' } });
    return task;
  });
}

/**
 * Applies a change to the task and appends one event, in one transaction; `onlyIn` skips the change (returns
 * undefined) unless the task is in one of those states, so a late attempt cannot overwrite a finished task.
 */
export async function updateTaskWithEvent(
  db: DbOrTx,
  id: string,
  change: TaskChange,
  event: { type: string; data: Record<string, unknown> },
  onlyIn?: TaskState[],
  /** Only while the task is still on this attempt: a revived task's old attempt can no longer change it. */
  onlyAttempt?: number,
): Promise<TaskRow | undefined> {
  return db.transaction(async (tx) => {
    const condition = and(
      eq(tasks.id, id),
      onlyIn ? inArray(tasks.state, onlyIn) : undefined,
      onlyAttempt === undefined ? undefined : eq(tasks.attempts, onlyAttempt),
    );
    const [task] = await tx
      .update(tasks)
      .set({ ...change, lastSeq: sql`${tasks.lastSeq} + 1` })
      .where(condition)
      .returning();
    if (!task) return undefined;
    await tx.insert(taskEvents).values({ taskId: id, seq: task.lastSeq, type: event.type, data: event.data });
    return task;
  });
}

/** The task's events after `afterSeq`, oldest first. */
export async function listTaskEventsAfter(db: DbOrTx, taskId: string, afterSeq: number, limit = 500): Promise<TaskEventRow[]> {
  return db
    .select()
    .from(taskEvents)
    .where(and(eq(taskEvents.taskId, taskId), gt(taskEvents.seq, afterSeq)))
    .orderBy(asc(taskEvents.seq))
    .limit(limit);
}

/** Finished tasks of a kind whose file is still kept and that finished before `before`. */
export async function listTasksWithFilesFinishedBefore(db: DbOrTx, before: Date, kind = 'export', limit = 500): Promise<TaskRow[]> {
  return db
    .select()
    .from(tasks)
    .where(and(isNotNull(tasks.filePath), lt(tasks.finishedAt, before), eq(tasks.kind, kind)))
    .orderBy(asc(tasks.finishedAt))
    .limit(limit);
}

export async function clearTaskFile(db: DbOrTx, id: string): Promise<void> {
  await db.update(tasks).set({ filePath: null }).where(eq(tasks.id, id));
}

/** Tasks STARTED before `before` and not finished since (every attempt of their job crashed). */
export async function listTasksStartedBefore(db: DbOrTx, before: Date, limit = 500): Promise<TaskRow[]> {
  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.state, 'STARTED'), lt(tasks.startedAt, before)))
    .limit(limit);
}

export async function setTaskJob(db: DbOrTx, id: string, jobId: string): Promise<void> {
  await db.update(tasks).set({ jobId }).where(eq(tasks.id, id));
}

/** The running attempt says it is alive (database time, so clocks of different machines do not matter). */
export async function touchTaskHeartbeat(db: DbOrTx, id: string, attempt: number): Promise<void> {
  await db
    .update(tasks)
    .set({ heartbeatAt: sql`now()` })
    .where(and(eq(tasks.id, id), eq(tasks.state, 'STARTED'), eq(tasks.attempts, attempt)));
}

/** STARTED tasks whose running attempt has not sent a heartbeat for `staleSeconds` (0: every STARTED task). */
export async function listStalledTasks(db: DbOrTx, staleSeconds: number, limit = 100): Promise<TaskRow[]> {
  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.state, 'STARTED'), sql`coalesce(${tasks.heartbeatAt}, ${tasks.startedAt}) <= now() - make_interval(secs => ${staleSeconds})`))
    .orderBy(asc(tasks.createdAt))
    .limit(limit);
}

/** Tasks WAITING for more than `seconds` with no job: their process stopped between storing and queueing them. */
export async function listUnqueuedTasks(db: DbOrTx, seconds: number, limit = 100): Promise<TaskRow[]> {
  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.state, 'WAITING'), sql`${tasks.jobId} is null`, sql`${tasks.createdAt} <= now() - make_interval(secs => ${seconds})`))
    .orderBy(asc(tasks.createdAt))
    .limit(limit);
}

/** A user's latest export tasks of an event, newest first. */
export async function listExportTasksOf(db: DbOrTx, eventId: number, userId: number, limit = 20): Promise<TaskRow[]> {
  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.kind, 'export'), eq(tasks.eventId, eventId), eq(tasks.userId, userId)))
    .orderBy(desc(tasks.createdAt))
    .limit(limit);
}
