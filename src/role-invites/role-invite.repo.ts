// SQL for role invites: by id and by token hash, changing one only while it is still pending (so two answers to
// one invite cannot both win), and the role the accepted invite grants.
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { events, roleInvites, users, usersEventsRoles } from '../db/schema.js';

export type InviteRow = typeof roleInvites.$inferSelect;

export async function insertInvite(db: DbOrTx, values: typeof roleInvites.$inferInsert): Promise<InviteRow> {
  const [row] = await db.insert(roleInvites).values(values).returning();
  return row;
}

/** The invite a link's token names, with its event's name and dates, and whether its address has an account. */
export async function findInviteByToken(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({
      invite: roleInvites,
      event: { id: events.id, identifier: events.identifier, name: events.name, startsAt: events.startsAt, endsAt: events.endsAt, timezone: events.timezone, deletedAt: events.deletedAt },
      hasAccount: sql<boolean>`exists (select 1 from ${users} where lower(${users.email}) = lower(${roleInvites.email}) and ${users.deletedAt} is null)`,
    })
    .from(roleInvites)
    .innerJoin(events, eq(events.id, roleInvites.eventId))
    .where(eq(roleInvites.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/** Applies `values` if the invite is still pending; the changed row, or undefined when it was answered meanwhile. */
export async function changePendingInvite(db: DbOrTx, id: number, values: Partial<typeof roleInvites.$inferInsert>): Promise<InviteRow | undefined> {
  const [row] = await db
    .update(roleInvites)
    .set(values)
    .where(and(eq(roleInvites.id, id), eq(roleInvites.status, 'pending')))
    .returning();
  return row;
}

/** Whether an account with this address already holds this role on the event. */
export async function holdsRole(db: DbOrTx, eventId: number, email: string, role: string): Promise<boolean> {
  const rows = await db
    .select({ id: usersEventsRoles.id })
    .from(usersEventsRoles)
    .innerJoin(users, eq(users.id, usersEventsRoles.userId))
    .where(and(eq(usersEventsRoles.eventId, eventId), eq(usersEventsRoles.role, role), sql`lower(${users.email}) = lower(${email})`))
    .limit(1);
  return rows.length > 0;
}

/** Gives the user the role (nothing when they hold it already, e.g. from a second invite). */
export async function grantInvitedRole(db: DbOrTx, values: { userId: number; eventId: number; role: string; trackId: number | null }): Promise<void> {
  await db.insert(usersEventsRoles).values(values).onConflictDoNothing();
}
