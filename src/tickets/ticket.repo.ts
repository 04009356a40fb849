// SQL for tickets beyond the generic resource queries.
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { orders, orderTickets } from '../db/schema.js';

/** How many orders of the event (in any status, cancelled and expired too) hold this ticket. */
export async function countOrdersWithTicket(db: DbOrTx, eventId: number, ticketId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(orderTickets)
    .innerJoin(orders, eq(orders.id, orderTickets.orderId))
    .where(and(eq(orders.eventId, eventId), eq(orderTickets.ticketId, ticketId)));
  return row.n;
}
