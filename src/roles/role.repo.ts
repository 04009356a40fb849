// SQL for event roles beyond the generic resource queries.
import { and, count, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { users, usersEventsRoles } from '../db/schema.js';

/** Owners of the event other than the given role row. */
export async function countOtherOwners(db: DbOrTx, eventId: number, roleId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(usersEventsRoles)
    .where(and(eq(usersEventsRoles.eventId, eventId), eq(usersEventsRoles.role, 'owner'), ne(usersEventsRoles.id, roleId)));
  return row.n;
}

/** The e-mail address of everyone holding a role on the event, by user id (the team page, for coorganizers and above). */
export async function listTeamEmails(db: DbOrTx, eventId: number): Promise<Record<string, string>> {
  const rows = await db
    .selectDistinct({ id: users.id, email: users.email })
    .from(usersEventsRoles)
    .innerJoin(users, eq(users.id, usersEventsRoles.userId))
    .where(eq(usersEventsRoles.eventId, eventId));
  return Object.fromEntries(rows.map((row) => [String(row.id), row.email]));
}
