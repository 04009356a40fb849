// SQL for orders. Seats and discount-code uses are counters on the ticket and code rows, taken with one
// conditional UPDATE each (`reserved + n <= quantity`) in the order's transaction and given back in the
// same statement or transaction that cancels or expires the order: the row lock of that UPDATE is what
// makes 1,000 simultaneous buyers of 500 seats end with exactly 500 sold.
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { attendees, discountCodes, discountCodesTickets, eventChanges, events, orders, orderStatusHistory, orderTickets, taxes, tickets, users } from '../db/schema.js';
import { insertEventChanges } from '../events/change.repo.js';
import { anyOf } from '../http/jsonapi/resource.repo.js';

export const ORDER_STATUSES = ['initializing', 'pending', 'placed', 'completed', 'cancelled', 'expired'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type TicketRow = typeof tickets.$inferSelect;
export type DiscountCodeRow = typeof discountCodes.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;

/** Live tickets by id. */
export async function findTickets(db: DbOrTx, ids: number[]): Promise<TicketRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(tickets)
    .where(and(anyOf(tickets.id, ids), isNull(tickets.deletedAt)))
    .orderBy(asc(tickets.id));
}

/**
 * Takes `quantity` seats of each ticket if they are left, in ticket id order (so two baskets can never
 * deadlock). An UPDATE of non-key columns locks the row FOR NO KEY UPDATE, which still lets foreign-key
 * checks (KEY SHARE) through: an organizer relinking a discount code to this ticket cannot deadlock with it. Returns the first ticket that has too few seats, with how many it has left, or undefined.
 */
export async function reserveSeats(db: DbOrTx, lines: { ticketId: number; quantity: number }[]): Promise<{ ticketId: number; left: number } | undefined> {
  for (const line of [...lines].sort((a, b) => a.ticketId - b.ticketId)) {
    const taken = await db
      .update(tickets)
      .set({ reserved: sql`${tickets.reserved} + ${line.quantity}` })
      .where(and(eq(tickets.id, line.ticketId), sql`${tickets.reserved} + ${line.quantity} <= ${tickets.quantity}`))
      .returning({ id: tickets.id });
    if (taken.length === 0) {
      const [row] = await db.select({ left: sql<number>`greatest(${tickets.quantity} - ${tickets.reserved}, 0)` }).from(tickets).where(eq(tickets.id, line.ticketId));
      return { ticketId: line.ticketId, left: Number(row?.left ?? 0) };
    }
  }
  return undefined;
}

/** Takes `count` uses of a code if it has them left; returns the uses left when it has not. */
export async function useDiscountCode(db: DbOrTx, codeId: number, count: number): Promise<{ left: number } | undefined> {
  const taken = await db
    .update(discountCodes)
    .set({ used: sql`${discountCodes.used} + ${count}` })
    .where(and(eq(discountCodes.id, codeId), sql`(${discountCodes.ticketsNumber} is null or ${discountCodes.used} + ${count} <= ${discountCodes.ticketsNumber})`))
    .returning({ id: discountCodes.id });
  if (taken.length > 0) return undefined;
  const [row] = await db.select({ left: sql<number>`greatest(${discountCodes.ticketsNumber} - ${discountCodes.used}, 0)` }).from(discountCodes).where(eq(discountCodes.id, codeId));
  return { left: Number(row?.left ?? 0) };
}

/** Gives back the seats and code uses of one order (it is being cancelled). */
export async function releaseOrder(db: DbOrTx, orderId: number): Promise<void> {
  await db.execute(sql`
    with lines as (
      select ${orderTickets.ticketId} as ticket_id, ${orderTickets.quantity} as quantity, ${orderTickets.discount} as discount
      from ${orderTickets} where ${orderTickets.orderId} = ${orderId}
    ), seats as (
      update ${tickets} set reserved = ${tickets.reserved} - lines.quantity from lines where ${tickets.id} = lines.ticket_id
      returning 1
    )
    update ${discountCodes} set used = ${discountCodes.used} - (select coalesce(sum(quantity), 0) from lines where discount > 0)
    where ${discountCodes.id} = (select ${orders.discountCodeId} from ${orders} where ${orders.id} = ${orderId})`);
}

/** A live code of the event by its text (ignoring case) or id, with the tickets it applies to. */
export async function findDiscountCode(
  db: DbOrTx,
  eventId: number,
  key: string | number,
): Promise<{ code: DiscountCodeRow; ticketIds: Set<number> } | undefined> {
  const match = typeof key === 'number' ? eq(discountCodes.id, key) : sql`lower(${discountCodes.code}) = lower(${key})`;
  const query = db
    .select()
    .from(discountCodes)
    .where(and(eq(discountCodes.eventId, eventId), isNull(discountCodes.deletedAt), match))
    .limit(1);
  const [code] = await query;
  if (!code) return undefined;
  const links = await db
    .select({ ticketId: discountCodesTickets.ticketId })
    .from(discountCodesTickets)
    .where(eq(discountCodesTickets.discountCodeId, code.id));
  return { code, ticketIds: new Set(links.map((link) => link.ticketId)) };
}

export async function findLiveTax(db: DbOrTx, eventId: number) {
  const [tax] = await db
    .select({ name: taxes.name, rate: taxes.rate, included: taxes.isTaxIncludedInPrice })
    .from(taxes)
    .where(and(eq(taxes.eventId, eventId), isNull(taxes.deletedAt)))
    .limit(1);
  return tax;
}

export async function insertOrder(
  db: DbOrTx,
  order: typeof orders.$inferInsert,
  lines: Omit<typeof orderTickets.$inferInsert, 'orderId'>[],
  seats: Omit<typeof attendees.$inferInsert, 'orderId'>[],
  actorId: number,
): Promise<OrderRow> {
  const [row] = await db.insert(orders).values(order).returning();
  await db.insert(orderTickets).values(lines.map((line) => ({ ...line, orderId: row.id })));
  if (seats.length) await db.insert(attendees).values(seats.map((seat) => ({ ...seat, orderId: row.id })));
  await db.insert(orderStatusHistory).values({ orderId: row.id, fromStatus: null, toStatus: row.status, actorId });
  await insertEventChanges(db, row.eventId, 'order', [row.id]);
  return row;
}

/** An order by its UUID identifier, or (as the original also takes) by its numeric id. */
export async function findOrderByIdentifier(db: DbOrTx, identifier: string): Promise<OrderRow | undefined> {
  const byId = /^\d{1,10}$/.test(identifier) && Number(identifier) <= 2_147_483_647;
  if (!byId && !/^[0-9a-f-]{36}$/.test(identifier)) return undefined;
  const [row] = await db.select().from(orders).where(byId ? eq(orders.id, Number(identifier)) : eq(orders.identifier, identifier)).limit(1);
  return row;
}

export async function findOrderStatus(db: DbOrTx, orderId: number): Promise<string | undefined> {
  const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId)).limit(1);
  return row?.status;
}

/**
 * Applies `values` to the order only if it is still in status `from` (a concurrent change loses cleanly),
 * recording the status change. Returns the new row, or undefined when the order had moved on.
 */
export async function changeOrder(
  db: DbOrTx,
  id: number,
  from: string,
  values: Partial<typeof orders.$inferInsert>,
  actorId: number | null,
): Promise<OrderRow | undefined> {
  const [row] = await db
    .update(orders)
    .set(values)
    .where(and(eq(orders.id, id), eq(orders.status, from)))
    .returning();
  if (row && values.status && values.status !== from) {
    await db.insert(orderStatusHistory).values({ orderId: id, fromStatus: from, toStatus: values.status, actorId });
    await insertEventChanges(db, row.eventId, 'order', [id]);
  }
  return row;
}

/**
 * Expires unpaid orders in one statement: `initializing` older than `minutes`, `pending` older than
 * `minutes` + 30, as the original. Their seats and code uses are given back in the same statement. Returns how many.
 */
export async function expireOrders(db: DbOrTx, now: Date, minutes: number): Promise<number> {
  const initializingBefore = new Date(now.getTime() - minutes * 60_000);
  const pendingBefore = new Date(now.getTime() - (minutes + 30) * 60_000);
  const result = (await db.execute(sql`
    with candidates as (
      select ${orders.id} as id, ${orders.status} as status from ${orders}
      where (${orders.status} = 'initializing' and ${orders.createdAt} < ${initializingBefore.toISOString()}::timestamptz)
         or (${orders.status} = 'pending' and ${orders.createdAt} < ${pendingBefore.toISOString()}::timestamptz)
      for update skip locked
    ), expired as (
      update ${orders} set status = 'expired' from candidates
      where ${orders.id} = candidates.id and ${orders.status} = candidates.status
      returning candidates.id, candidates.status, ${orders.discountCodeId} as discount_code_id, ${orders.eventId} as event_id
    ), changes as (
      insert into ${eventChanges} (event_id, kind, subject_id) select event_id, 'order', id from expired
      returning 1
    ), lines as (
      select ${orderTickets.ticketId} as ticket_id, ${orderTickets.quantity} as quantity, ${orderTickets.discount} as discount,
             expired.discount_code_id
      from ${orderTickets} join expired on expired.id = ${orderTickets.orderId}
    ), seats as (
      update ${tickets} set reserved = ${tickets.reserved} - freed.quantity
      from (select ticket_id, sum(quantity) as quantity from lines group by ticket_id) freed
      where ${tickets.id} = freed.ticket_id
      returning 1
    ), uses as (
      update ${discountCodes} set used = ${discountCodes.used} - freed.quantity
      from (select discount_code_id, sum(quantity) as quantity from lines where discount > 0 and discount_code_id is not null group by discount_code_id) freed
      where ${discountCodes.id} = freed.discount_code_id
      returning 1
    ), logged as (
      insert into ${orderStatusHistory} (order_id, from_status, to_status, at)
      select id, status, 'expired', ${now.toISOString()}::timestamptz from expired
      returning 1
    )
    select count(*)::int as n from logged`)) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0].n);
}

/** Orders and amounts per status for an event's order list. */
export async function orderTotals(db: DbOrTx, eventId: number) {
  return db
    .select({ status: orders.status, count: sql<number>`count(*)`.mapWith(Number), amount: sql<string>`coalesce(sum(${orders.amount}), 0)::text` })
    .from(orders)
    .where(eq(orders.eventId, eventId))
    .groupBy(orders.status);
}


// ---- the organizer's order lists: tabs, search, counts --------------------------------------------------------

export const ORDER_TABS = ['completed', 'placed', 'pending', 'expired', 'cancelled', 'all'] as const;
export type OrderTab = (typeof ORDER_TABS)[number];

/** The statuses each order tab shows: a checkout never finished (initializing) counts as pending. */
export const ORDER_TAB_STATUSES: Record<Exclude<OrderTab, 'all'>, string[]> = {
  completed: ['completed'],
  placed: ['placed'],
  pending: ['initializing', 'pending'],
  expired: ['expired'],
  cancelled: ['cancelled'],
};

/** An order column named with its table, so it stays the order's inside subqueries over other tables. */
const ownOrder = (name: string) => sql`${sql.identifier('orders')}.${sql.identifier(name)}`;
const inList = (expression: SQL, values: string[]) => sql`${expression} in (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;

/** `%text%` for ILIKE, with the text's own %, _ and \ matched literally. */
export function textPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Orders whose number is `text`, on the orders named `alias`: the invoice number O<unix time>-<id> or its id (with
 * or without #), or the start of its UUID identifier (eight hex digits or more). Undefined when `text` is neither.
 */
export function orderNumberMatch(text: string, alias: SQL): SQL | undefined {
  const number = /^#?(?:O\d{1,12}-)?(\d{1,10})$/i.exec(text);
  const id = number && Number(number[1]) <= 2_147_483_647 ? Number(number[1]) : undefined;
  const uuid = /^[0-9a-f]{8}[0-9a-f-]{0,28}$/i.test(text) ? text.toLowerCase() : undefined;
  const parts: SQL[] = [];
  if (id !== undefined) parts.push(sql`${alias}.id = ${id}`);
  if (uuid !== undefined) parts.push(sql`${alias}.identifier like ${`${uuid}%`}`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : undefined;
}

export function orderTabCondition(tab: OrderTab): SQL | undefined {
  return tab === 'all' ? undefined : inList(ownOrder('status'), ORDER_TAB_STATUSES[tab]);
}

/** Orders matching the search box: the order number, the buyer's name or e-mail, an attendee's name or e-mail. */
export function orderSearchCondition(eventId: number, search: string): SQL | undefined {
  const text = search.trim();
  if (text === '') return undefined;
  const pattern = textPattern(text);
  const parts = [
    orderNumberMatch(text, sql`${sql.identifier('orders')}`),
    sql`${ownOrder('user_id')} in (select u.id from ${users} u where concat_ws(' ', u.first_name, u.last_name) ilike ${pattern} or u.email ilike ${pattern})`,
    sql`${ownOrder('id')} in (select a.order_id from ${attendees} a where a.event_id = ${eventId} and a.deleted_at is null
      and (concat_ws(' ', a.firstname, a.lastname) ilike ${pattern} or a.email ilike ${pattern}))`,
  ].filter((part): part is SQL => part !== undefined);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** How many orders each tab holds under `where` (the search), in one statement. */
export async function countOrdersByTab(db: DbOrTx, eventId: number, where: SQL | undefined): Promise<Record<OrderTab, number>> {
  const result = (await db.execute(sql`
    select count(*)::int as "all",
      ${sql.join(
        Object.entries(ORDER_TAB_STATUSES).map(([tab, statuses]) => sql`count(*) filter (where ${inList(ownOrder('status'), statuses)})::int as ${sql.identifier(tab)}`),
        sql`, `,
      )}
    from ${orders} where ${and(sql`${ownOrder('event_id')} = ${eventId}`, where)}`)) as unknown as { rows: Record<OrderTab, number>[] };
  return result.rows[0];
}

/** An order's status changes, oldest first, with who made each (null: the server, e.g. expiry) and their name. */
export async function orderHistory(db: DbOrTx, orderId: number) {
  return db
    .select({
      from: orderStatusHistory.fromStatus,
      to: orderStatusHistory.toStatus,
      actorId: orderStatusHistory.actorId,
      at: orderStatusHistory.at,
      actorName: sql<string | null>`coalesce(nullif(trim(concat_ws(' ', ${users.firstName}, ${users.lastName})), ''), ${users.email})`,
    })
    .from(orderStatusHistory)
    .leftJoin(users, eq(users.id, orderStatusHistory.actorId))
    .where(eq(orderStatusHistory.orderId, orderId))
    .orderBy(asc(orderStatusHistory.id));
}

/** What the confirmation mail of an order says: its event, buyer address and seats with their tickets. */
export async function findOrderConfirmation(db: DbOrTx, orderId: number) {
  const [order] = await db
    .select({ eventName: events.name, timezone: events.timezone, startsAt: events.startsAt, buyerEmail: users.email })
    .from(orders)
    .innerJoin(events, eq(events.id, orders.eventId))
    .leftJoin(users, eq(users.id, orders.userId))
    .where(eq(orders.id, orderId));
  const seats = await db
    .select({ firstname: attendees.firstname, lastname: attendees.lastname, ticket: tickets.name, code: attendees.ticketCode })
    .from(attendees)
    .innerJoin(tickets, eq(tickets.id, attendees.ticketId))
    .where(and(eq(attendees.orderId, orderId), isNull(attendees.deletedAt)))
    .orderBy(asc(attendees.id));
  return { ...order, seats };
}
