// SQL for the program dashboard: the session list's tabs (one per state, and all), its one search box (title,
// speaker name, track name) and the counts per tab; changing the state of many sessions in one statement; and the
// sessions that use a room, track or session type (which then cannot be deleted). The list page, its counts, the
// bulk change of "all that match" and the CSV export take their conditions from here, so they agree on the rows.
import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client.js';
import { eventChanges, sessions } from '../db/schema.js';
import { textPattern } from '../orders/order.repo.js';

export const SESSION_STATES = ['pending', 'accepted', 'confirmed', 'rejected', 'draft', 'canceled', 'withdrawn'] as const;
export type SessionState = (typeof SESSION_STATES)[number];
export const SESSION_TABS = ['all', ...SESSION_STATES] as const;
export type SessionTab = (typeof SESSION_TABS)[number];

/** A session column named with its table, so it stays the session's inside subqueries over other tables. */
const own = (name: string) => sql`${sql.identifier('sessions')}.${sql.identifier(name)}`;

export function sessionTabCondition(tab: SessionTab): SQL | undefined {
  return tab === 'all' ? undefined : sql`${own('state')} = ${tab}`;
}

/** Sessions matching the search box: their title, a live speaker's name or their track's name. Undefined when empty. */
export function sessionSearchCondition(search: string): SQL | undefined {
  const text = search.trim();
  if (text === '') return undefined;
  const pattern = textPattern(text);
  return sql`(${own('title')} ilike ${pattern}
    or exists (select 1 from sessions_speakers ss join speakers sp on sp.id = ss.speaker_id
      where ss.session_id = ${own('id')} and sp.deleted_at is null and sp.name ilike ${pattern})
    or exists (select 1 from tracks tr where tr.id = ${own('track_id')} and tr.deleted_at is null and tr.name ilike ${pattern}))`;
}

/** How many live sessions each tab holds under `where` (the search and the caller's read scope), in one statement. */
export async function countSessionsByTab(db: DbOrTx, eventId: number, where: SQL | undefined): Promise<Record<SessionTab, number>> {
  const result = (await db.execute(sql`
    select count(*)::int as "all",
      ${sql.join(
        SESSION_STATES.map((state) => sql`count(*) filter (where ${own('state')} = ${state})::int as ${sql.identifier(state)}`),
        sql`, `,
      )}
    from ${sessions} where ${and(sql`${own('event_id')} = ${eventId}`, sql`${own('deleted_at')} is null`, where)}`)) as unknown as {
    rows: Record<SessionTab, number>[];
  };
  return result.rows[0];
}

export interface SessionTarget {
  id: number;
  state: string;
  trackId: number | null;
}

/** The live sessions of the event among `ids` (with their state and track), to check before changing them. */
export async function findSessionTargets(db: DbOrTx, eventId: number, ids: number[]): Promise<SessionTarget[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: sessions.id, state: sessions.state, trackId: sessions.trackId })
    .from(sessions)
    .where(and(eq(sessions.eventId, eventId), isNull(sessions.deletedAt), inArray(sessions.id, ids)));
}

export interface StateChangeCounts {
  /** Sessions the request names (ids) or that match its filter and the caller may change. */
  matched: number;
  /** Of those, the ones whose state changed (the others already had it). */
  changed: number;
  /** Sessions matching the filter that the caller may not change (outside a track organizer's tracks). */
  notAllowed: number;
}

/**
 * Sets `state` on the live sessions of the event under `where` (ids, or a tab and search), counting in the same
 * statement what matched, what changed and what `mayChange` leaves out (a track organizer's other tracks).
 */
export async function setSessionStates(db: DbOrTx, eventId: number, where: SQL | undefined, mayChange: SQL | undefined, state: SessionState): Promise<StateChangeCounts> {
  const scope = and(sql`${own('event_id')} = ${eventId}`, sql`${own('deleted_at')} is null`, where);
  const allowed = mayChange ?? sql`true`;
  const result = (await db.execute(sql`
    with target as (select ${own('id')} as id, ${own('state')} as state, (${allowed}) as allowed from ${sessions} where ${scope}),
    changed as (
      update ${sessions} set state = ${state}
      where ${own('id')} in (select id from target where allowed and state <> ${state})
      returning ${own('id')} as id
    ),
    -- the event's live stream tells open scheduler pages (src/events/change.service.ts)
    logged as (insert into ${eventChanges} (event_id, kind, subject_id) select ${eventId}, 'session', id from changed)
    select (select count(*)::int from target where allowed) as matched,
      (select count(*)::int from changed) as changed,
      (select count(*)::int from target where not allowed) as "notAllowed"`)) as unknown as { rows: StateChangeCounts[] };
  return result.rows[0];
}

export interface SessionUse {
  count: number;
  /** The first few titles, by start time then title. */
  titles: string[];
}

/** The live sessions of the event whose `column` (track, room or type) is `id`: how many, and a few titles. */
export async function sessionsUsing(db: DbOrTx, eventId: number, column: AnyPgColumn, id: number, titles = 3): Promise<SessionUse> {
  const result = (await db.execute(sql`
    select count(*)::int as count,
      coalesce((array_agg(${sessions.title} order by ${sessions.startsAt} nulls last, ${sessions.title}, ${sessions.id}))[1:${titles}], '{}') as titles
    from ${sessions}
    where ${and(eq(sessions.eventId, eventId), isNull(sessions.deletedAt), eq(column, id))}`)) as unknown as { rows: SessionUse[] };
  return result.rows[0];
}
