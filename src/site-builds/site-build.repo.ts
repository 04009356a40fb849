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
 * The live site builds in queue order (running and waiting), each with the number of builds ahead of it. Order as
 * pg-boss fetches: priority, then creation, then id. A job stays active until its handler has returned, after its
 * task has ended: live tasks only. Jobs are matched by their data (the task id), which they carry from the moment
 * they exist. Each job looks its task up by primary key (the lateral subquery, kept apart by `offset 0`): joined
 * plainly, tables not yet analyzed (a fresh queue, the first minute after a burst) are guessed at one row each and
 * the planner loops over every task for every job, 100 ms per statement at 1,000 builds instead of 2 ms.
 */
function queueOrder(queueSchema: string, queueName: string) {
  return sql`
      select t.id, t.state, row_number() over (order by j.priority desc, j.created_on, j.id) - 1 as ahead
      from ${sql.identifier(queueSchema)}.job j
      cross join lateral (select t.id, t.state, t.kind from ${tasks} t where t.id = j.data->>'taskId' offset 0) t
      where j.name = ${queueName} and j.state < 'completed' and t.kind = ${SITE_BUILD_KIND} and t.state in ('WAITING', 'STARTED')`;
}

/** Builds ahead of each WAITING site build in the queue (running and waiting ones), by task id; `taskId` limits it to one build. */
export async function listSiteBuildPositions(db: DbOrTx, queueSchema: string, queueName: string, taskId?: string): Promise<SiteBuildPosition[]> {
  const result = (await db.execute(sql`
    with queue as (${queueOrder(queueSchema, queueName)})
    select id, ahead::int as ahead from queue
    where state = 'WAITING' ${taskId ? sql`and id = ${taskId}` : sql``}
    order by ahead`)) as unknown as { rows: { id: string; ahead: number }[] };
  return result.rows.map((row) => ({ id: row.id, ahead: Number(row.ahead) }));
}

export interface SiteBuildPosition {
  id: string;
  /** Builds before it in the queue, the running one included. */
  ahead: number;
}

/** A build's log lines (its stored 'log' events), oldest first. */
export async function listSiteBuildLog(db: DbOrTx, taskId: string): Promise<TaskEventRow[]> {
  return db
    .select()
    .from(taskEvents)
    .where(and(eq(taskEvents.taskId, taskId), eq(taskEvents.type, 'log')))
    .orderBy(asc(taskEvents.seq));
}

/** Places told at every move; further back, every PLACE_STEP-th place (GET always shows the exact place). */
const EXACT_PLACES = 20;
const PLACE_STEP = 10;

/**
 * Tells every WAITING site build whose place changed its new place, in one statement: the place goes into the
 * task's progress step (what GET shows) and a `waiting` event {position} is appended to its stream. One statement
 * per queue move, however many builds wait. The first EXACT_PLACES builds hear of every move; those further
back hear of every PLACE_STEP-th place and of their first one, so a long queue costs a tenth of the writes.
 */
export async function announceSiteBuildPositions(db: DbOrTx, queueSchema: string, queueName: string): Promise<number> {
  const result = (await db.execute(sql`
    with queue as (${queueOrder(queueSchema, queueName)}), moved as (
      update ${tasks} t
      set last_seq = t.last_seq + 1,
          progress_step = case when q.ahead = 0 then 'Waiting: next in line' else 'Waiting: ' || q.ahead || ' ahead' end
      from queue q
      where t.id = q.id and q.state = 'WAITING' and t.state = 'WAITING'
        and t.progress_step is distinct from (case when q.ahead = 0 then 'Waiting: next in line' else 'Waiting: ' || q.ahead || ' ahead' end)
        and (q.ahead < ${EXACT_PLACES} or q.ahead % ${PLACE_STEP} = 0 or t.progress_step is null or t.progress_step not like 'Waiting: %')
      returning t.id, t.last_seq, q.ahead
    )
    insert into ${taskEvents} (task_id, seq, type, data)
    select id, last_seq, 'waiting', jsonb_build_object('position', ahead) from moved`)) as unknown as { rowCount?: number; affectedRows?: number };
  return Number(result.rowCount ?? result.affectedRows ?? 0);
}
