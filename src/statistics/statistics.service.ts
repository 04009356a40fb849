// An event's numbers for its organizers: the overview page's statistics (seats per ticket, orders and amounts by
// status, check-in progress per day, sales per day) and the original's order-statistics documents, all from the
// same few aggregate queries. Coorganizers and above only: amounts and sales are the organizers' business.
import type { Db } from '../db/client.js';
import type { Access } from '../events/access.js';
import { ForbiddenError, UnauthorizedError } from '../http/errors.js';
import { loadRow, loadVisibleEvent } from '../http/jsonapi/resource.service.js';
import { ORDER_STATUSES } from '../orders/order.resource.js';
import { currencyDigits, formatMinor, toMinor, toNumber } from '../orders/pricing.js';
import { ticketResource } from '../tickets/ticket.resource.js';
import type { EventRow } from '../events/event.repo.js';
import { listCheckIns, listSalesByDay, listStatusTotals, listTicketSales, type StatusTotalsRow } from './statistics.repo.js';

export interface StatusTotals {
  orders: number;
  tickets: number;
  amount: string;
}

export interface EventStatistics {
  event: { id: string; identifier: string; timezone: string; currency: string };
  tickets: {
    id: string;
    name: string;
    type: string;
    'is-hidden': boolean;
    quantity: number;
    sold: number;
    held: number;
    available: number;
    orders: number;
    revenue: string;
  }[];
  orders: Record<(typeof ORDER_STATUSES)[number], StatusTotals>;
  'check-in': { attendees: number; 'checked-in': number; days: { date: string; 'checked-in': number }[] };
  days: { date: string; orders: number; tickets: number; revenue: string }[];
}

function requireCoorganizer(access: Access, eventId: number): void {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to see the numbers of this event');
  if (!access.isCoorganizer(eventId)) throw new ForbiddenError('forbidden', 'Only coorganizers and above see the numbers of this event');
}

/** A decimal string from SQL in the event currency's digits ("0" → "0.00" in EUR, "1500" in JPY). */
const money = (digits: number) => (text: string) => formatMinor(toMinor(text, digits), digits);

function byStatus(rows: StatusTotalsRow[], format: (text: string) => string): Record<(typeof ORDER_STATUSES)[number], StatusTotals> {
  const totals = Object.fromEntries(ORDER_STATUSES.map((status) => [status, { orders: 0, tickets: 0, amount: format('0') }])) as EventStatistics['orders'];
  for (const row of rows) {
    if (row.status in totals) totals[row.status as keyof typeof totals] = { orders: row.orders, tickets: row.tickets, amount: format(row.amount) };
  }
  return totals;
}

export async function eventStatistics(db: Db, access: Access, eventKey: string): Promise<EventStatistics> {
  const event = await loadVisibleEvent(db, access, eventKey);
  requireCoorganizer(access, event.id);
  const format = money(currencyDigits(event.paymentCurrency));
  const [tickets, statuses, checkIns, days] = await Promise.all([
    listTicketSales(db, event.id),
    listStatusTotals(db, event.id),
    listCheckIns(db, event.id, event.timezone, event.startsAt, event.endsAt),
    listSalesByDay(db, event.id, event.timezone),
  ]);
  const totals = checkIns.find((row) => row.day === null)!;
  return {
    event: { id: String(event.id), identifier: event.identifier, timezone: event.timezone, currency: event.paymentCurrency },
    tickets: tickets.map((t) => ({
      id: String(t.id),
      name: t.name,
      type: t.type,
      'is-hidden': t.is_hidden,
      quantity: t.quantity,
      sold: t.sold,
      held: t.held,
      available: Math.max(0, t.quantity - t.sold - t.held),
      orders: t.orders,
      revenue: format(t.revenue),
    })),
    orders: byStatus(statuses, format),
    'check-in': {
      attendees: totals.attendees,
      'checked-in': totals.checked_in,
      days: checkIns.filter((row) => row.day !== null).map((row) => ({ date: row.day!, 'checked-in': row.checked_in })),
    },
    days: days.map((d) => ({ date: d.day, orders: d.orders, tickets: d.tickets, revenue: format(d.revenue) })),
  };
}

// ---- the original's order-statistics documents ------------------------------------------------------

type Counts = Record<string, number>;

/** orders, tickets and sales per status with their total; `draft` is what we call initializing (not yet submitted). */
function originalShape(rows: StatusTotalsRow[], digits: number): { orders: Counts; tickets: Counts; sales: Counts } {
  const shaped = { orders: {} as Counts, tickets: {} as Counts, sales: {} as Counts };
  const names = ['draft', 'pending', 'placed', 'completed', 'cancelled', 'expired'];
  for (const name of names) shaped.orders[name] = shaped.tickets[name] = shaped.sales[name] = 0;
  let sales = 0n;
  for (const row of rows) {
    const name = row.status === 'initializing' ? 'draft' : row.status;
    if (!names.includes(name)) continue;
    shaped.orders[name] = row.orders;
    shaped.tickets[name] = row.tickets;
    const minor = toMinor(row.amount, digits);
    shaped.sales[name] = toNumber(minor, digits);
    sales += minor;
  }
  shaped.orders.total = rows.reduce((n, row) => n + row.orders, 0);
  shaped.tickets.total = rows.reduce((n, row) => n + row.tickets, 0);
  shaped.sales.total = toNumber(sales, digits);
  return shaped;
}

const jsonapi = { version: '1.0' };

/** GET /v1/events/{id}/order-statistics, as the original answered it. */
export async function eventOrderStatistics(db: Db, access: Access, eventKey: string) {
  const event = await loadVisibleEvent(db, access, eventKey);
  requireCoorganizer(access, event.id);
  const shaped = originalShape(await listStatusTotals(db, event.id), currencyDigits(event.paymentCurrency));
  const self = `/v1/events/${event.id}/order-statistics`;
  return { data: { type: 'order-statistics-event', id: String(event.id), attributes: { identifier: event.identifier, ...shaped }, links: { self } }, links: { self }, jsonapi };
}

/** GET /v1/tickets/{id}/order-statistics: the same for the orders that hold one ticket. */
export async function ticketOrderStatistics(db: Db, access: Access, ticketId: number) {
  const { row, event } = await loadRow(db, access, ticketResource, ticketId);
  requireCoorganizer(access, event.id);
  const shaped = originalShape(await listStatusTotals(db, event.id, row.id), currencyDigits((event as EventRow).paymentCurrency));
  const self = `/v1/tickets/${row.id}/order-statistics`;
  return { data: { type: 'order-statistics-ticket', id: String(row.id), attributes: shaped, links: { self } }, links: { self }, jsonapi };
}
