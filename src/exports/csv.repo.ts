// SQL for the CSV exports. Each list is an async generator that reads one page at a time by keyset
// (`id > last id order by id limit n`), so a 100,000-row export holds one page in memory, no statement runs
// long or holds a cursor open, and each page is one statement with its joins (no query per row).
import { and, asc, count, eq, gt, is, isNull, sql, type SQL } from 'drizzle-orm';
import { PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client.js';
import { attendees, discountCodes, orders, sessionTypes, sessions, speakers, tickets, tracks, users } from '../db/schema.js';

export const EXPORT_PAGE_SIZE = 1000;

/** Yields the rows of `fetch(afterId)` page after page until a short page. */
async function* keyset<T extends { id: number }>(fetch: (afterId: number) => Promise<T[]>, pageSize: number): AsyncGenerator<T> {
  let after = 0;
  for (;;) {
    const page = await fetch(after);
    yield* page;
    if (page.length < pageSize) return;
    // The largest id, not the last row's: a page's order is the database's to keep, the keyset must not depend on it.
    for (const row of page) if (row.id > after) after = row.id;
  }
}

type Field = PgColumn | SQL;
type PageRow<F extends Record<string, Field>> = {
  [K in keyof F]: F[K] extends PgColumn ? F[K]['_']['data'] | (F[K]['_']['notNull'] extends true ? never : null) : F[K] extends SQL<infer T> ? T : never;
};

/**
 * One page of `fields` (by `id`, after the keyset condition in `where`), sent by the database as one JSON text of
 * arrays: on PGlite decoding 21 columns of 1,000 rows in the driver costs several times the query itself (the
 * same transport as the JSON:API lists). Timestamps come back as Dates, numerics as their exact text.
 */
async function selectPage<F extends Record<string, Field>>(db: DbOrTx, fields: F, from: SQL, where: SQL, id: PgColumn, pageSize: number): Promise<PageRow<F>[]> {
  const keys = Object.keys(fields);
  const columns = keys.map((key, i) => {
    const field = fields[key];
    const value = is(field, PgColumn) && field.columnType === 'PgNumeric' ? sql`${field}::text` : sql`${field}`;
    return sql`${value} as ${sql.identifier(`c${i}`)}`;
  });
  const dates = new Set(keys.filter((key) => is(fields[key], PgColumn) && (fields[key] as PgColumn).columnType === 'PgTimestamp'));
  const inner = sql`select ${sql.join(columns, sql`, `)} from ${from} where ${where} order by ${id} limit ${pageSize}`;
  const array = sql.join(keys.map((_, i) => sql`t.${sql.identifier(`c${i}`)}`), sql`, `);
  // No ORDER BY inside json_agg: it re-sorts the sorted subquery (a third of the statement's time on PostgreSQL);
  // PostgreSQL aggregates a sorted subquery's rows in its order, and the keyset above does not rely on it.
  const result = (await db.execute(sql`select coalesce(json_agg(json_build_array(${array})), '[]')::text as rows from (${inner}) t`)) as unknown as {
    rows: { rows: string }[];
  };
  return (JSON.parse(result.rows[0].rows) as unknown[][]).map((values) => {
    const row: Record<string, unknown> = {};
    keys.forEach((key, i) => (row[key] = values[i] !== null && dates.has(key) ? new Date(values[i] as string) : values[i]));
    return row as PageRow<F>;
  });
}

// ---- attendees ---------------------------------------------------------------------------------------

function attendeesWhere(eventId: number, orderStatus?: string): SQL | undefined {
  return and(eq(attendees.eventId, eventId), isNull(attendees.deletedAt), orderStatus ? eq(orders.status, orderStatus) : undefined);
}

export async function countAttendeesForExport(db: DbOrTx, eventId: number, orderStatus?: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(attendees).innerJoin(orders, eq(orders.id, attendees.orderId)).where(attendeesWhere(eventId, orderStatus));
  return Number(row.n);
}

/** Live attendees of the event with their order and ticket, optionally only those of orders in one status. */
export function listAttendeesForExport(db: DbOrTx, eventId: number, orderStatus?: string, pageSize = EXPORT_PAGE_SIZE) {
  const fields = {
    id: attendees.id,
    ticketCode: attendees.ticketCode,
    firstname: attendees.firstname,
    lastname: attendees.lastname,
    email: attendees.email,
    isCheckedIn: attendees.isCheckedIn,
    checkinTimes: attendees.checkinTimes,
    orderId: orders.id,
    orderCreatedAt: orders.createdAt,
    orderStatus: orders.status,
    paymentMode: orders.paymentMode,
    taxBusinessInfo: orders.taxBusinessInfo,
    address: orders.address,
    company: orders.company,
    country: orders.country,
    state: orders.state,
    city: orders.city,
    zipcode: orders.zipcode,
    ticketName: tickets.name,
    ticketPrice: tickets.price,
    ticketType: tickets.type,
  };
  const from = sql`${attendees} inner join ${orders} on ${orders.id} = ${attendees.orderId} inner join ${tickets} on ${tickets.id} = ${attendees.ticketId}`;
  return keyset((after) => selectPage(db, fields, from, and(attendeesWhere(eventId, orderStatus), gt(attendees.id, after))!, attendees.id, pageSize), pageSize);
}

// ---- orders ------------------------------------------------------------------------------------------

export async function countOrdersForExport(db: DbOrTx, eventId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(orders).where(eq(orders.eventId, eventId));
  return Number(row.n);
}

/** Every order of the event (all statuses, as the original) with its buyer, ticket count and discount code. */
export function listOrdersForExport(db: DbOrTx, eventId: number, pageSize = EXPORT_PAGE_SIZE) {
  const fields = {
    id: orders.id,
    createdAt: orders.createdAt,
    status: orders.status,
    paymentMode: orders.paymentMode,
    amount: orders.amount,
    currency: orders.currency,
    quantity: sql<number>`(select coalesce(sum(ot.quantity), 0)::int from order_tickets ot where ot.order_id = ${orders.id})`,
    discountCode: discountCodes.code,
    buyerFirstName: users.firstName,
    buyerLastName: users.lastName,
    buyerEmail: users.email,
    taxBusinessInfo: orders.taxBusinessInfo,
    address: orders.address,
    company: orders.company,
    country: orders.country,
    state: orders.state,
    city: orders.city,
    zipcode: orders.zipcode,
  };
  const from = sql`${orders} left join ${users} on ${users.id} = ${orders.userId} left join ${discountCodes} on ${discountCodes.id} = ${orders.discountCodeId}`;
  return keyset((after) => selectPage(db, fields, from, and(eq(orders.eventId, eventId), gt(orders.id, after))!, orders.id, pageSize), pageSize);
}

// ---- sessions ----------------------------------------------------------------------------------------

function sessionsWhere(eventId: number, state?: string): SQL | undefined {
  return and(eq(sessions.eventId, eventId), isNull(sessions.deletedAt), state ? eq(sessions.state, state) : undefined);
}

export async function countSessionsForExport(db: DbOrTx, eventId: number, state?: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(sessions).where(sessionsWhere(eventId, state));
  return Number(row.n);
}

/** Live sessions of the event (optionally in one state) with their live speakers, track and type. */
export function listSessionsForExport(db: DbOrTx, eventId: number, state?: string, pageSize = EXPORT_PAGE_SIZE) {
  const sessionId = sql`${sql.identifier('sessions')}.${sql.identifier('id')}`;
  const speakersOf = (column: SQL) =>
    sql<string | null>`(select string_agg(${column}, '; ' order by sp.id) from sessions_speakers ss join speakers sp on sp.id = ss.speaker_id
      where ss.session_id = ${sessionId} and sp.deleted_at is null)`;
  return keyset(
    (after) =>
      db
        .select({
          id: sessions.id,
          title: sessions.title,
          state: sessions.state,
          startsAt: sessions.startsAt,
          endsAt: sessions.endsAt,
          speakerNames: speakersOf(sql`sp.name`),
          speakerEmails: speakersOf(sql`coalesce(sp.email, '')`),
          track: tracks.name,
          shortAbstract: sessions.shortAbstract,
          longAbstract: sessions.longAbstract,
          comments: sessions.comments,
          createdAt: sessions.createdAt,
          level: sessions.level,
          sessionType: sessionTypes.name,
          talkLength: sessionTypes.length,
          language: sessions.language,
          slidesUrl: sessions.slidesUrl,
          audioUrl: sessions.audioUrl,
          videoUrl: sessions.videoUrl,
        })
        .from(sessions)
        .leftJoin(tracks, and(eq(tracks.id, sessions.trackId), isNull(tracks.deletedAt)))
        .leftJoin(sessionTypes, and(eq(sessionTypes.id, sessions.sessionTypeId), isNull(sessionTypes.deletedAt)))
        .where(and(sessionsWhere(eventId, state), gt(sessions.id, after)))
        .orderBy(asc(sessions.id))
        .limit(pageSize),
    pageSize,
  );
}

// ---- speakers ----------------------------------------------------------------------------------------

// Written out in full: drizzle leaves a column unqualified in a query without joins, and inside these
// subqueries a bare "id" would name the session's id instead of the speaker's.
const speakerId = sql`${sql.identifier('speakers')}.${sql.identifier('id')}`;

/** `state` is a session state (speakers with a live session in it) or 'without_session'; undefined = all. */
function speakersWhere(eventId: number, state?: string): SQL | undefined {
  const liveSession = (extra: SQL) =>
    sql`exists (select 1 from sessions_speakers ss join sessions s on s.id = ss.session_id
      where ss.speaker_id = ${speakerId} and s.deleted_at is null ${extra})`;
  const filter = !state ? undefined : state === 'without_session' ? sql`not ${liveSession(sql``)}` : liveSession(sql`and s.state = ${state}`);
  return and(eq(speakers.eventId, eventId), isNull(speakers.deletedAt), filter);
}

export async function countSpeakersForExport(db: DbOrTx, eventId: number, state?: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(speakers).where(speakersWhere(eventId, state));
  return Number(row.n);
}

/** Live speakers of the event with their live sessions as "title (state); ...", filtered as speakersWhere. */
export function listSpeakersForExport(db: DbOrTx, eventId: number, state?: string, pageSize = EXPORT_PAGE_SIZE) {
  return keyset(
    (after) =>
      db
        .select({
          id: speakers.id,
          name: speakers.name,
          email: speakers.email,
          sessions: sql<string | null>`(select string_agg(s.title || ' (' || s.state || ')', '; ' order by s.id)
            from sessions_speakers ss join sessions s on s.id = ss.session_id
            where ss.speaker_id = ${speakerId} and s.deleted_at is null)`,
          mobile: speakers.mobile,
          shortBiography: speakers.shortBiography,
          organisation: speakers.organisation,
          position: speakers.position,
          speakingExperience: speakers.speakingExperience,
          city: speakers.city,
          country: speakers.country,
          website: speakers.website,
          twitter: speakers.twitter,
          facebook: speakers.facebook,
          github: speakers.github,
          linkedin: speakers.linkedin,
        })
        .from(speakers)
        .where(and(speakersWhere(eventId, state), gt(speakers.id, after)))
        .orderBy(asc(speakers.id))
        .limit(pageSize),
    pageSize,
  );
}
