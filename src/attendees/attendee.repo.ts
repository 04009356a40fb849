// SQL for the organizer's attendee lists: the tabs (by order status and by check-in), the one search box (attendee
// name or e-mail, order number, and for coorganizers the buyer's name or e-mail) and the counts per tab. The list
// page, its counts and the CSV export of what it shows all take their conditions from here, so an export holds
// exactly the rows the page listed.
import { and, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { attendees, orders, users } from '../db/schema.js';
import { ORDER_TAB_STATUSES, orderNumberMatch, textPattern } from '../orders/order.repo.js';

export const ATTENDEE_TABS = ['all', 'completed', 'placed', 'pending', 'expired', 'cancelled', 'checked-in', 'not-checked-in'] as const;
export type AttendeeTab = (typeof ATTENDEE_TABS)[number];

/** Orders whose attendees may come in; "not checked in" lists only these (the people still expected). */
export const CHECKIN_ORDER_STATUSES = ['completed', 'placed'];

/** An attendee column named with its table, so it stays the attendee's inside subqueries over other tables. */
const own = (name: string) => sql`${sql.identifier('attendees')}.${sql.identifier(name)}`;

const ORDER_STATUSES_OF = ORDER_TAB_STATUSES;

function ordersIn(statuses: string[]): SQL {
  return sql`${own('order_id')} in (select o.id from orders o where o.event_id = ${own('event_id')} and o.status in (${sql.join(
    statuses.map((status) => sql`${status}`),
    sql`, `,
  )}))`;
}

/** The attendees on a tab; undefined for all. */
export function attendeeTabCondition(tab: AttendeeTab): SQL | undefined {
  if (tab === 'all') return undefined;
  if (tab === 'checked-in') return sql`${own('is_checked_in')}`;
  if (tab === 'not-checked-in') return and(sql`not ${own('is_checked_in')}`, ordersIn(CHECKIN_ORDER_STATUSES));
  return ordersIn(ORDER_STATUSES_OF[tab as keyof typeof ORDER_STATUSES_OF]);
}

/**
 * Attendees matching the search box: their name or e-mail, their order's number (O<time>-<id>, the id alone or the
 * start of its UUID), and with `buyers` the name or e-mail of who bought the order (hidden from registrars, so they
 * cannot probe for buyers' details). Undefined for an empty search.
 */
export function attendeeSearchCondition(eventId: number, search: string, buyers: boolean): SQL | undefined {
  const text = search.trim();
  if (text === '') return undefined;
  const pattern = textPattern(text);
  const ordersMatching = [orderNumberMatch(text, sql`o`)];
  if (buyers) {
    ordersMatching.push(
      sql`o.user_id in (select u.id from ${users} u where concat_ws(' ', u.first_name, u.last_name) ilike ${pattern} or u.email ilike ${pattern})`,
    );
  }
  const matching = ordersMatching.filter((part): part is SQL => part !== undefined);
  return sql`(concat_ws(' ', ${own('firstname')}, ${own('lastname')}) ilike ${pattern} or ${own('email')} ilike ${pattern}${
    matching.length ? sql` or ${own('order_id')} in (select o.id from ${orders} o where o.event_id = ${eventId} and (${sql.join(matching, sql` or `)}))` : sql``
  })`;
}

export type TabCounts<T extends string> = Record<T, number>;

/** How many attendees each tab holds under `where` (the search and the caller's read scope), in one statement. */
export async function countAttendeesByTab(db: DbOrTx, eventId: number, where: SQL | undefined): Promise<TabCounts<AttendeeTab>> {
  const status = (list: string[]) => sql`o.status in (${sql.join(list.map((s) => sql`${s}`), sql`, `)})`;
  const result = (await db.execute(sql`
    select count(*)::int as "all",
      count(*) filter (where ${status(ORDER_STATUSES_OF.completed)})::int as "completed",
      count(*) filter (where ${status(ORDER_STATUSES_OF.placed)})::int as "placed",
      count(*) filter (where ${status(ORDER_STATUSES_OF.pending)})::int as "pending",
      count(*) filter (where ${status(ORDER_STATUSES_OF.expired)})::int as "expired",
      count(*) filter (where ${status(ORDER_STATUSES_OF.cancelled)})::int as "cancelled",
      count(*) filter (where ${own('is_checked_in')})::int as "checked-in",
      count(*) filter (where not ${own('is_checked_in')} and ${status(CHECKIN_ORDER_STATUSES)})::int as "not-checked-in"
    from ${attendees} join ${orders} o on o.id = ${own('order_id')}
    where ${and(sql`${own('event_id')} = ${eventId}`, sql`${own('deleted_at')} is null`, where)}`)) as unknown as { rows: TabCounts<AttendeeTab>[] };
  return result.rows[0];
}
