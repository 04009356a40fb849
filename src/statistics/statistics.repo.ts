// SQL for an event's numbers: seats per ticket, orders and amounts per status, check-ins, and sales per day.
// Each is one aggregate statement whatever the number of tickets, orders or attendees; days are calendar days in
// the event's own time zone, so a sale at 23:30 in Singapore counts on the day the organizer saw it.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { attendees, orders, orderTickets, tickets } from '../db/schema.js';

/** Orders that count as sold: paid, or placed to be paid offline (their seats are the buyers'). */
export const SOLD_STATUSES = ['completed', 'placed'] as const;
/** Orders that hold seats while the buyer has not paid yet. */
export const HELD_STATUSES = ['initializing', 'pending'] as const;

const list = (values: readonly string[]) => sql.join(values.map((value) => sql`${value}`), sql`, `);

async function rows<T>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export interface TicketSalesRow {
  id: number;
  name: string;
  type: string;
  quantity: number;
  is_hidden: boolean;
  position: number;
  /** Seats in completed or placed orders. */
  sold: number;
  /** Seats in initializing or pending orders. */
  held: number;
  /** Orders of any status with this ticket. */
  orders: number;
  /** What the sold seats brought in after discounts, a decimal string. */
  revenue: string;
}

/** Every live ticket of the event in its sales order, with its seats sold and held. */
export async function listTicketSales(db: DbOrTx, eventId: number): Promise<TicketSalesRow[]> {
  return rows<TicketSalesRow>(
    db,
    sql`
    select t.id, t.name, t.type, t.quantity, t.is_hidden, t.position,
           coalesce(sum(ot.quantity) filter (where o.status in (${list(SOLD_STATUSES)})), 0)::int as sold,
           coalesce(sum(ot.quantity) filter (where o.status in (${list(HELD_STATUSES)})), 0)::int as held,
           count(o.id)::int as orders,
           coalesce(sum(ot.sub_total) filter (where o.status in (${list(SOLD_STATUSES)})), 0)::text as revenue
    from ${tickets} t
    left join ${orderTickets} ot on ot.ticket_id = t.id
    left join ${orders} o on o.id = ot.order_id and o.event_id = ${eventId}
    where t.event_id = ${eventId} and t.deleted_at is null
    group by t.id
    order by t.position, t.id`,
  );
}

export interface StatusTotalsRow {
  status: string;
  orders: number;
  tickets: number;
  amount: string;
}

/**
 * Orders, seats and amounts per order status, for the whole event or (with `ticketId`) for one ticket: then
 * orders that hold it, its seats, and its lines' amounts after discounts.
 */
export async function listStatusTotals(db: DbOrTx, eventId: number, ticketId?: number): Promise<StatusTotalsRow[]> {
  const byTicket = ticketId === undefined ? sql`` : sql` and ot.ticket_id = ${ticketId}`;
  // Per order first (its seats), then per status: an order with three ticket lines is still one order.
  return rows<StatusTotalsRow>(
    db,
    sql`
    select status, count(*)::int as orders, coalesce(sum(seats), 0)::int as tickets, coalesce(sum(amount), 0)::text as amount
    from (
      select o.status, sum(ot.quantity) as seats, ${ticketId === undefined ? sql`o.amount` : sql`sum(ot.sub_total)`} as amount
      from ${orders} o
      join ${orderTickets} ot on ot.order_id = o.id${byTicket}
      where o.event_id = ${eventId}
      group by o.id
    ) per_order
    group by status
    order by status`,
  );
}

export interface CheckInRow {
  /** null: the row of totals; else a day (YYYY-MM-DD in the event's zone). */
  day: string | null;
  attendees: number;
  checked_in: number;
}

/**
 * Attendees who may come in (their order completed or placed) and how many are checked in now, then per day
 * of the event (and any other day with a check-in) how many of them checked in at least once that day.
 */
export async function listCheckIns(db: DbOrTx, eventId: number, timeZone: string, startsAt: Date, endsAt: Date): Promise<CheckInRow[]> {
  return rows<CheckInRow>(
    db,
    sql`
    with admitted as (
      select a.id, a.is_checked_in, a.checkin_times
      from ${attendees} a join ${orders} o on o.id = a.order_id
      where a.event_id = ${eventId} and a.deleted_at is null and o.status in (${list(SOLD_STATUSES)})
    ), visits as (
      select distinct admitted.id, (time::timestamptz at time zone ${timeZone})::date as day
      from admitted, unnest(string_to_array(admitted.checkin_times, ',')) as time
      where admitted.checkin_times is not null and admitted.checkin_times <> ''
    ), days as (
      select generate_series((${startsAt.toISOString()}::timestamptz at time zone ${timeZone})::date,
                             ((${endsAt.toISOString()}::timestamptz - interval '1 second') at time zone ${timeZone})::date,
                             interval '1 day')::date as day
      union
      select day from visits
    )
    select null as day, count(*)::int as attendees, (count(*) filter (where is_checked_in))::int as checked_in from admitted
    union all
    select * from (
      select to_char(days.day, 'YYYY-MM-DD'), 0, count(visits.id)::int
      from days left join visits on visits.day = days.day
      group by days.day
      order by days.day
    ) per_day`,
  );
}

export interface SalesDayRow {
  day: string;
  orders: number;
  tickets: number;
  revenue: string;
}

/**
 * Completed and placed orders per day they were made (in the event's zone), their seats and amounts, every day
 * from the first such order to the last (days without one are zeros, so a chart's gaps are real).
 */
export async function listSalesByDay(db: DbOrTx, eventId: number, timeZone: string): Promise<SalesDayRow[]> {
  return rows<SalesDayRow>(
    db,
    sql`
    with sold as (
      select (o.created_at at time zone ${timeZone})::date as day, o.amount,
             (select coalesce(sum(ot.quantity), 0) from ${orderTickets} ot where ot.order_id = o.id) as seats
      from ${orders} o
      where o.event_id = ${eventId} and o.status in (${list(SOLD_STATUSES)})
    ), days as (
      select generate_series(min(day), max(day), interval '1 day')::date as day from sold
    )
    select to_char(days.day, 'YYYY-MM-DD') as day, count(sold.day)::int as orders,
           coalesce(sum(sold.seats), 0)::int as tickets, coalesce(sum(sold.amount), 0)::text as revenue
    from days left join sold on sold.day = days.day
    group by days.day
    order by days.day`,
  );
}
