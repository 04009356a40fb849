// SQL for site builds. A build is a task of kind 'site-build' (the tasks and task_events tables); its place in
// the queue is read from the queue itself (pg-boss's job table, in the order its workers fetch), so the position
// a person is shown is the order the builds really start in.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { taskEvents, tasks } from '../db/schema.js';
import type { TaskEventRow } from '../tasks/task.repo.js';

export const SITE_BUILD_KIND = 'site-build';

/** Site builds waiting for `requester` (a user, or an address without login). */
export async function countWaitingSiteBuilds(db: DbOrTx, requester: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(tasks)
    .where(and(eq(tasks.kind, SITE_BUILD_KIND), eq(tasks.state, 'WAITING'), eq(tasks.requester, requester)));
  return Number(row.n);
}

/**
 * Builds ahead of each WAITING site build in the queue (running and waiting ones), by task id; `taskId` limits it
 * to one build. Order as pg-boss fetches: priority, then creation, then id.
 */
export async function listSiteBuildPositions(db: DbOrTx, queueSchema: string, queueName: string, taskId?: string): Promise<SiteBuildPosition[]> {
  const job = sql.identifier(queueSchema);
  // A job stays active until its handler has returned, after its task has ended: count live tasks only.
  const result = (await db.execute(sql`
    with queue as (
      select t.id, t.state, t.progress_step,
             row_number() over (order by j.priority desc, j.created_on, j.id) - 1 as ahead
      from ${job}.job j join ${tasks} t on t.job_id = j.id::text
      where j.name = ${queueName} and j.state < 'completed' and t.kind = ${SITE_BUILD_KIND} and t.state in ('WAITING', 'STARTED')
    )
    select id, ahead::int as ahead, progress_step as step from queue
    where state = 'WAITING' ${taskId ? sql`and id = ${taskId}` : sql``}
    order by ahead`)) as unknown as { rows: { id: string; ahead: number; step: string | null }[] };
  return result.rows.map((row) => ({ id: row.id, ahead: Number(row.ahead), step: row.step }));
}

export interface SiteBuildPosition {
  id: string;
  /** Builds before it in the queue, the running one included. */
  ahead: number;
  /** The task's progress step, where the last announced position is kept. */
  step: string | null;
}

/** A build's log lines (its stored 'log' events), oldest first. */
export async function listSiteBuildLog(db: DbOrTx, taskId: string): Promise<TaskEventRow[]> {
  return db
    .select()
    .from(taskEvents)
    .where(and(eq(taskEvents.taskId, taskId), eq(taskEvents.type, 'log')))
    .orderBy(asc(taskEvents.seq));
}
