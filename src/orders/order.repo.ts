// SQL for orders: locked reads of tickets and discount codes while an order is made (so sold + reserved can
// never pass a ticket's quantity or a code's uses), seat and use counts over live orders, status changes
// with their history, and the expiry of unpaid orders in one statement.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { attendees, discountCodes, discountCodesTickets, orders, orderStatusHistory, orderTickets, taxes, tickets } from '../db/schema.js';
import { anyOf } from '../http/jsonapi/resource.repo.js';
import { LIVE_ORDER_STATUSES, type OrderStatus } from './order.resource.js';

export type TicketRow = typeof tickets.$inferSelect;
export type DiscountCodeRow = typeof discountCodes.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;

/**
 * Live tickets by id; with `lock`, row locks held until the transaction ends (always taken in id order).
 * NO KEY UPDATE serializes orders for a ticket like FOR UPDATE but lets foreign-key checks (KEY SHARE) by
 * other writers through: an organizer relinking a discount code to this ticket while holding the code row
 * would otherwise deadlock with an order that holds the ticket and waits for the code.
 */
export async function findTickets(db: DbOrTx, ids: number[], lock: boolean): Promise<TicketRow[]> {
  if (ids.length === 0) return [];
  const query = db
    .select()
    .from(tickets)
    .where(and(anyOf(tickets.id, ids), isNull(tickets.deletedAt)))
    .orderBy(asc(tickets.id));
  return lock ? query.for('no key update') : query;
}

const liveOrder = inArray(orders.status, LIVE_ORDER_STATUSES);

/** Seats held by live orders, per ticket. */
export async function seatsTaken(db: DbOrTx, ticketIds: number[]): Promise<Map<number, number>> {
  const rows = await db
    .select({ ticketId: orderTickets.ticketId, taken: sql<number>`sum(${orderTickets.quantity})`.mapWith(Number) })
    .from(orderTickets)
    .innerJoin(orders, eq(orders.id, orderTickets.orderId))
    .where(and(anyOf(orderTickets.ticketId, ticketIds), liveOrder))
    .groupBy(orderTickets.ticketId);
  return new Map(rows.map((row) => [row.ticketId, row.taken]));
}

/** A live code of the event by its text (ignoring case) or id, with the tickets it applies to. */
export async function findDiscountCode(
  db: DbOrTx,
  eventId: number,
  key: string | number,
  lock: boolean,
): Promise<{ code: DiscountCodeRow; ticketIds: Set<number> } | undefined> {
  const match = typeof key === 'number' ? eq(discountCodes.id, key) : sql`lower(${discountCodes.code}) = lower(${key})`;
  const query = db
    .select()
    .from(discountCodes)
    .where(and(eq(discountCodes.eventId, eventId), isNull(discountCodes.deletedAt), match))
    .limit(1);
  const [code] = lock ? await query.for('no key update') : await query;
  if (!code) return undefined;
  const links = await db
    .select({ ticketId: discountCodesTickets.ticketId })
    .from(discountCodesTickets)
    .where(eq(discountCodesTickets.discountCodeId, code.id));
  return { code, ticketIds: new Set(links.map((link) => link.ticketId)) };
}

/** Tickets already bought with a code in live orders (one use = one discounted ticket). */
export async function discountUses(db: DbOrTx, codeId: number): Promise<number> {
  const [row] = await db
    .select({ used: sql<number>`coalesce(sum(${orderTickets.quantity}), 0)`.mapWith(Number) })
    .from(orderTickets)
    .innerJoin(orders, eq(orders.id, orderTickets.orderId))
    .where(and(eq(orders.discountCodeId, codeId), liveOrder, sql`${orderTickets.discount} > 0`));
  return row.used;
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
  return row;
}

export async function findOrderByIdentifier(db: DbOrTx, identifier: string): Promise<OrderRow | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(identifier)) return undefined;
  const [row] = await db.select().from(orders).where(eq(orders.identifier, identifier)).limit(1);
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
  }
  return row;
}

export async function orderHistory(db: DbOrTx, orderId: number) {
  return db
    .select({ from: orderStatusHistory.fromStatus, to: orderStatusHistory.toStatus, actorId: orderStatusHistory.actorId, at: orderStatusHistory.at })
    .from(orderStatusHistory)
    .where(eq(orderStatusHistory.orderId, orderId))
    .orderBy(asc(orderStatusHistory.id));
}

/**
 * Expires unpaid orders in one statement: `initializing` older than `minutes`, `pending` older than
 * `minutes` + 30, as the original. Their seats and code uses are free again at once. Returns how many.
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
      returning candidates.id, candidates.status
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

export type { OrderStatus };
