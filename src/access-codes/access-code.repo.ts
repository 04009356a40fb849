// SQL for access codes beyond the generic resource queries: finding a code by its text, its uses, and locking it
// while an order takes uses (so two buyers at once cannot pass its tickets-number together).
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { accessCodes, accessCodesTickets } from '../db/schema.js';

export type AccessCodeRow = typeof accessCodes.$inferSelect;

const LIVE = sql`('initializing', 'pending', 'placed', 'completed')`;

/** Seats of the code's tickets in live orders made with the code (a cancelled or expired order gives them back). */
export function accessCodeUsesSql(codeId: SQL): SQL {
  return sql`select coalesce(sum(ot.quantity), 0)::int from order_tickets ot join orders o on o.id = ot.order_id
    where o.access_code_id = ${codeId} and o.status in ${LIVE}
      and ot.ticket_id in (select act.ticket_id from access_codes_tickets act where act.access_code_id = ${codeId})`;
}

/** A live code of the event by its text (ignoring case), with the tickets it lists and its uses. */
export async function findAccessCodeByText(
  db: DbOrTx,
  eventId: number,
  text: string,
): Promise<{ code: AccessCodeRow; ticketIds: Set<number>; used: number } | undefined> {
  const [found] = await db
    .select({ code: accessCodes, used: sql<number>`(${accessCodeUsesSql(sql`${accessCodes.id}`)})`.mapWith(Number) })
    .from(accessCodes)
    .where(and(eq(accessCodes.eventId, eventId), isNull(accessCodes.deletedAt), sql`lower(${accessCodes.code}) = lower(${text})`))
    .limit(1);
  if (!found) return undefined;
  const links = await db.select({ ticketId: accessCodesTickets.ticketId }).from(accessCodesTickets).where(eq(accessCodesTickets.accessCodeId, found.code.id));
  return { code: found.code, ticketIds: new Set(links.map((link) => link.ticketId)), used: found.used };
}

/**
 * Locks the code's row until the transaction ends, then counts its uses (the order being made included): a second
 * buyer's transaction waits here and, in READ COMMITTED, counts after the first one committed. FOR NO KEY UPDATE, not
 * FOR UPDATE: the KEY SHARE lock the foreign-key check of each buyer's new order holds on this row would make two
 * buyers wait for each other (a deadlock, measured: 7 of 8 concurrent orders failed).
 */
export async function lockAccessCodeUses(db: DbOrTx, codeId: number): Promise<{ used: number; ticketsNumber: number | null }> {
  const [row] = await db.select({ ticketsNumber: accessCodes.ticketsNumber }).from(accessCodes).where(eq(accessCodes.id, codeId)).for('no key update');
  const result = (await db.execute(sql`select (${accessCodeUsesSql(sql`${codeId}`)}) as used`)) as unknown as { rows: { used: number }[] };
  return { used: Number(result.rows[0].used), ticketsNumber: row?.ticketsNumber ?? null };
}

