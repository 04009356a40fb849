// SQL for events that the generic resource repository does not cover: lookup by id or identifier,
// the caller-dependent visibility condition for lists, and the owner role written with a new event.
import { and, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { events, usersEventsRoles } from '../db/schema.js';
import type { Actor } from './access.js';

export type EventRow = typeof events.$inferSelect;

/** Identifiers always contain a letter, so an all-digit key is always an id. */
export function isIdentifier(key: string): boolean {
  return /^[0-9a-f]{8}$/.test(key) && /[a-f]/.test(key);
}

export async function findEventByKey(db: DbOrTx, key: string): Promise<EventRow | undefined> {
  let condition: SQL;
  if (/^\d{1,10}$/.test(key) && Number(key) <= 2_147_483_647) condition = eq(events.id, Number(key));
  else if (isIdentifier(key)) condition = eq(events.identifier, key);
  else return undefined;
  const [row] = await db.select().from(events).where(condition).limit(1);
  return row;
}

/** Events a caller may list: published public ones, plus (logged in) those they hold a role on. */
export function listableEvents(actor: Actor | null): SQL | undefined {
  if (actor?.isAdmin) return undefined;
  const open = and(eq(events.state, 'published'), eq(events.privacy, 'public'));
  if (!actor) return open;
  return or(open, eventsWithRoleOf(actor.id));
}

/** Published public events that have not ended by `now` (the original's /v1/events/upcoming, for everyone). */
export function upcomingEvents(now: Date): SQL {
  return and(eq(events.state, 'published'), eq(events.privacy, 'public'), gt(events.endsAt, now))!;
}

/** Events `userId` holds a role on (owner, organizer, ... registrar), for their own list of events. */
export function eventsWithRoleOf(userId: number): SQL {
  return inArray(events.id, sql`(select ${usersEventsRoles.eventId} from ${usersEventsRoles} where ${usersEventsRoles.userId} = ${userId})`);
}

/**
 * Events whose child rows a caller may read at all (live, and published or holding a role), for flat lists:
 * a parenthesized subquery, ready for `inArray(column, ...)`.
 */
export function readableEventIds(actor: Actor | null): SQL | undefined {
  if (actor?.isAdmin) return undefined;
  const published = sql`${events.state} = 'published'`;
  const visible = actor
    ? sql`(${published} or ${events.id} in (select ${usersEventsRoles.eventId} from ${usersEventsRoles} where ${usersEventsRoles.userId} = ${actor.id}))`
    : published;
  return sql`(select ${events.id} from ${events} where ${events.deletedAt} is null and ${visible})`;
}

export async function insertEventWithOwner(
  db: DbOrTx,
  values: typeof events.$inferInsert,
  ownerId: number,
): Promise<EventRow> {
  return db.transaction(async (tx) => {
    const [event] = await tx.insert(events).values(values).returning();
    await tx.insert(usersEventsRoles).values({ userId: ownerId, eventId: event.id, role: 'owner' });
    return event;
  });
}

export async function identifierTaken(db: DbOrTx, identifier: string): Promise<boolean> {
  const rows = await db.select({ id: events.id }).from(events).where(eq(events.identifier, identifier)).limit(1);
  return rows.length > 0;
}

export const liveEvent = isNull(events.deletedAt);

/** Marks the event's data as changed (in the writer's transaction), so cached public responses are dropped. */
export async function bumpEventVersion(db: DbOrTx, eventId: number): Promise<void> {
  await db.update(events).set({ version: sql`${events.version} + 1` }).where(eq(events.id, eventId));
}
