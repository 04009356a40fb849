// SQL for the event change log (event_changes): one row per order made or moved to another status, per
// attendee checked in or out and per session created, changed, deleted or moved in the schedule, written in the transaction that makes the change, so the live stream of an event
// (change.service.ts) can be served by any process from the database alone.
import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { eventChanges } from '../db/schema.js';

export type ChangeKind = 'order' | 'attendee' | 'session';
export type EventChangeRow = typeof eventChanges.$inferSelect;

export async function insertEventChanges(db: DbOrTx, eventId: number, kind: ChangeKind, subjectIds: number[]): Promise<void> {
  if (subjectIds.length === 0) return;
  await db.insert(eventChanges).values(subjectIds.map((subjectId) => ({ eventId, kind, subjectId })));
}

/** The event's changes of the given kinds after `afterId`, oldest first. */
export async function listEventChangesAfter(db: DbOrTx, eventId: number, afterId: number, kinds: readonly ChangeKind[], limit = 500): Promise<EventChangeRow[]> {
  return db
    .select()
    .from(eventChanges)
    .where(and(eq(eventChanges.eventId, eventId), gt(eventChanges.id, afterId), inArray(eventChanges.kind, [...kinds])))
    .orderBy(asc(eventChanges.id))
    .limit(limit);
}

/** The id of the event's latest change (0 without any): where a new stream starts. */
export async function lastEventChangeId(db: DbOrTx, eventId: number): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${eventChanges.id}), 0)`.mapWith(Number) })
    .from(eventChanges)
    .where(eq(eventChanges.eventId, eventId));
  return row.id;
}

/** Drops changes older than `before`: an open page that far behind reloads its lists anyway. */
export async function deleteEventChangesBefore(db: DbOrTx, before: Date): Promise<number> {
  const rows = await db.delete(eventChanges).where(lt(eventChanges.at, before)).returning({ id: eventChanges.id });
  return rows.length;
}
