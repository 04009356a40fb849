// SQL for the CSV exports. Each list is an async generator that reads one page at a time by keyset
// (`id > last id order by id limit n`), so a 100,000-row export holds a page or two in memory, no statement
// runs long or holds a cursor open, and each page is one statement with its joins (no query per row).
import { and, asc, count, eq, gt, is, isNull, sql, type SQL } from 'drizzle-orm';
import { PgColumn } from 'drizzle-orm/pg-core';
import { copyOut, type DbOrTx } from '../db/client.js';
import { attendees, discountCodes, orders, sessionTypes, sessions, speakers, tickets, tracks, users } from '../db/schema.js';

export const EXPORT_PAGE_SIZE = 1000;

// Rows per COPY page (attendees, orders): COPY's cost per statement (planning, the sort's start, the hand-over
// of the bytes) is small next to 5,000 rows, where 1,000-row pages took twice the time of one COPY of them all;
// a page of 5,000 of these rows is about 1 MB of text.
export const COPY_PAGE_SIZE = 5000;

/**
 * Yields the rows of `fetch(afterId)` page after page until a short page. The next page is asked for before the
 * current one is yielded, so on PostgreSQL the server reads it while this process writes the current one.
 */
async function* keyset<T extends { id: number }>(fetch: (afterId: number) => Promise<T[]>, pageSize: number): AsyncGenerator<T> {
  let after = 0;
  let next = fetch(after);
  for (;;) {
    const page = await next;
    if (page.length < pageSize) {
      yield* page;
      return;
    }
    // The largest id, not the last row's: a page's order is the database's to keep, the keyset must not depend on it.
    for (const row of page) if (row.id > after) after = row.id;
    next = fetch(after);
    next.catch(() => undefined); // a failure is thrown where it is awaited; unobserved if the reader stops first
    yield* page;
  }
}

type Field = PgColumn | SQL;
type PageRow<F extends Record<string, Field>> = {
  [K in keyof F]: F[K] extends PgColumn
    ? (F[K]['_']['columnType'] extends 'PgTimestamp' ? number : F[K]['_']['data']) | (F[K]['_']['notNull'] extends true ? never : null)
    : F[K] extends SQL<infer T>
      ? T
      : never;
};

// COPY's text format escapes these (and only these) with a backslash; it never writes octal or hex escapes.
const UNESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
const ESCAPED = /\\(.)/g;
const unescape = (text: string) => (text.indexOf('\\') === -1 ? text : text.replace(ESCAPED, (_, c: string) => UNESCAPES[c] ?? c));

/** How one COPY text field becomes a value (after `\N` → null and unescaping). */
type Decode = (text: string) => unknown;
const asText: Decode = (text) => text;
const asBoolean: Decode = (text) => text === 't';

/**
 * The rows of `fields` (by `id`, after the keyset condition `where(afterId)`), page after page, each page read with
 * COPY in text format and split here with native string splitting: the drivers' row decoding costs several
 * times the query itself (measured on PGlite, the embedded engine until 0.1: 6.5 s for 100,000 rows of 21
 * columns; a JSON text per page halved that but still doubled the server's work). Columns come out as plain text: timestamps as epoch milliseconds (a number;
 * no Date per row, and no dependence on the session's DateStyle or TimeZone), numerics as their exact text,
 * integers as numbers, booleans as booleans, an SQL field as its text (typed `sql<string>`).
 *
 * A row is a view of its line's cells with one getter per field, decoded when read: building an object of 21
 * keys per row cost more than the COPY itself. Rows are read-only and their fields are not own properties.
 */
function listByCopy<F extends Record<string, Field> & { id: PgColumn }>(
  db: DbOrTx,
  fields: F,
  from: SQL,
  where: (afterId: number) => SQL,
  id: PgColumn,
  pageSize: number,
): AsyncGenerator<PageRow<F>> {
  const keys = Object.keys(fields);
  const decoders: Decode[] = [];
  const columns = keys.map((key) => {
    const field = fields[key];
    if (!is(field, PgColumn)) {
      decoders.push(asText);
      return sql`${field}`;
    }
    switch (field.columnType) {
      case 'PgTimestamp':
        decoders.push(Number);
        return sql`floor(extract(epoch from ${field}) * 1000)::bigint`;
      case 'PgInteger':
      case 'PgSerial':
        decoders.push(Number);
        break;
      case 'PgBoolean':
        decoders.push(asBoolean);
        break;
      case 'PgText':
      case 'PgNumeric':
        decoders.push(asText);
        break;
      case 'PgJsonb':
        decoders.push(JSON.parse);
        break;
      default:
        throw new Error(`no COPY decoding for ${field.columnType} (${key})`);
    }
    return sql`${field}`;
  });
  class Row {
    constructor(readonly cells: string[]) {}
  }
  keys.forEach((key, i) => {
    const decode = decoders[i];
    Object.defineProperty(Row.prototype, key, {
      enumerable: true,
      get(this: Row) {
        const cell = this.cells[i];
        return cell === '\\N' ? null : decode(unescape(cell));
      },
    });
  });
  type R = PageRow<F> & { id: number };
  const page = async (afterId: number): Promise<R[]> => {
    const text = await copyOut(db, sql`select ${sql.join(columns, sql`, `)} from ${from} where ${where(afterId)} order by ${id} limit ${pageSize}`);
    const lines = text.toString('utf8').split('\n');
    lines.pop(); // the empty string after the last row's newline (newlines in values are escaped)
    const rows = new Array<R>(lines.length);
    for (let i = 0; i < lines.length; i++) rows[i] = new Row(lines[i].split('\t')) as unknown as R;
    return rows;
  };
  return keyset(page, pageSize);
}

// ---- attendees ---------------------------------------------------------------------------------------

/** `where` narrows further: the tab and search of the list the export was started from (attendee.repo.ts). */
function attendeesWhere(eventId: number, orderStatus?: string, where?: SQL): SQL | undefined {
  return and(eq(attendees.eventId, eventId), isNull(attendees.deletedAt), orderStatus ? eq(orders.status, orderStatus) : undefined, where);
}

export async function countAttendeesForExport(db: DbOrTx, eventId: number, orderStatus?: string, where?: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(attendees).innerJoin(orders, eq(orders.id, attendees.orderId)).where(attendeesWhere(eventId, orderStatus, where));
  return Number(row.n);
}

/** Live attendees of the event with their order and ticket, optionally only those of orders in one status. */
export function listAttendeesForExport(db: DbOrTx, eventId: number, orderStatus?: string, where?: SQL, pageSize = COPY_PAGE_SIZE) {
  const fields = {
    id: attendees.id,
    ticketCode: attendees.ticketCode,
    firstname: attendees.firstname,
    lastname: attendees.lastname,
    email: attendees.email,
    isCheckedIn: attendees.isCheckedIn,
    checkinTimes: attendees.checkinTimes,
    complexFieldValues: attendees.complexFieldValues,
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
  return listByCopy(db, fields, from, (after) => and(attendeesWhere(eventId, orderStatus, where), gt(attendees.id, after))!, attendees.id, pageSize);
}

// ---- orders ------------------------------------------------------------------------------------------

/** `where` narrows the orders: the tab and search of the list the export was started from (order.repo.ts). */
export async function countOrdersForExport(db: DbOrTx, eventId: number, where?: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(orders).where(and(eq(orders.eventId, eventId), where));
  return Number(row.n);
}

/** The orders of the event (all statuses unless `where` narrows them) with their buyer, ticket count and discount code. */
export function listOrdersForExport(db: DbOrTx, eventId: number, where?: SQL, pageSize = COPY_PAGE_SIZE) {
  const fields = {
    id: orders.id,
    createdAt: orders.createdAt,
    status: orders.status,
    paymentMode: orders.paymentMode,
    amount: orders.amount,
    currency: orders.currency,
    quantity: sql<string>`(select coalesce(sum(ot.quantity), 0)::int from order_tickets ot where ot.order_id = ${orders.id})`,
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
  return listByCopy(db, fields, from, (after) => and(eq(orders.eventId, eventId), where, gt(orders.id, after))!, orders.id, pageSize);
}

// ---- sessions ----------------------------------------------------------------------------------------

/** `where`: the session list's tab and search (src/sessions/session.repo.ts), so the file holds what the page showed. */
function sessionsWhere(eventId: number, state?: string, where?: SQL): SQL | undefined {
  return and(eq(sessions.eventId, eventId), isNull(sessions.deletedAt), state ? eq(sessions.state, state) : undefined, where);
}

export async function countSessionsForExport(db: DbOrTx, eventId: number, state?: string, where?: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(sessions).where(sessionsWhere(eventId, state, where));
  return Number(row.n);
}

/** Live sessions of the event (optionally in one state) with their live speakers, track and type. */
export function listSessionsForExport(db: DbOrTx, eventId: number, state?: string, where?: SQL, pageSize = EXPORT_PAGE_SIZE) {
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
        .where(and(sessionsWhere(eventId, state, where), gt(sessions.id, after)))
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
