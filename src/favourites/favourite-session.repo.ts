// SQL for bookmarked sessions.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { sessions, userFavouriteSessions } from '../db/schema.js';

/** Adds the bookmark, or finds the one the person already has (bookmarking twice is one bookmark). */
export async function upsertFavourite(db: DbOrTx, userId: number, sessionId: number): Promise<{ id: number; created: boolean }> {
  const [inserted] = await db
    .insert(userFavouriteSessions)
    .values({ userId, sessionId })
    .onConflictDoNothing()
    .returning({ id: userFavouriteSessions.id });
  if (inserted) return { id: inserted.id, created: true };
  const [existing] = await db
    .select({ id: userFavouriteSessions.id })
    .from(userFavouriteSessions)
    .where(and(eq(userFavouriteSessions.userId, userId), eq(userFavouriteSessions.sessionId, sessionId)));
  return { id: existing.id, created: false };
}

/** Bookmarks of the sessions of one event, as a condition on user_favourite_sessions. */
export function favouritesOfEvent(eventId: number): SQL {
  return inArray(userFavouriteSessions.sessionId, sql`(select ${sessions.id} from ${sessions} where ${sessions.eventId} = ${eventId})`);
}
