// SQL for event roles beyond the generic resource queries.
import { and, count, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { usersEventsRoles } from '../db/schema.js';

/** Owners of the event other than the given role row. */
export async function countOtherOwners(db: DbOrTx, eventId: number, roleId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(usersEventsRoles)
    .where(and(eq(usersEventsRoles.eventId, eventId), eq(usersEventsRoles.role, 'owner'), ne(usersEventsRoles.id, roleId)));
  return row.n;
}
