// The `order` resource, addressed by its UUID identifier. Visible to its buyer and to coorganizer+ of the
// event; amounts are decimal strings computed once by pricing.ts when the order is made.
import { eq, inArray, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { orders, attendees, orderTickets } from '../db/schema.js';
import { ticketResource } from '../tickets/ticket.resource.js';
import type { Access } from '../events/access.js';
import { eventResource } from '../events/event.resource.js';
import { COORGANIZER_ROLES, eventsWhereUserHas } from '../events/roles.sql.js';
import type { EventResource } from '../http/jsonapi/resource.service.js';
import type { EventRow } from '../events/event.repo.js';
import { UnprocessableError } from '../http/errors.js';
import { attendeeResource } from '../attendees/attendee.resource.js';
import { discountCodeResource } from '../discount-codes/discount-code.resource.js';
import { accessCodeResource } from '../access-codes/access-code.resource.js';
import { userResource } from '../users/user.resource.js';
import { ORDER_STATUSES, orderTotals, type OrderStatus } from './order.repo.js';

export { ORDER_STATUSES, ORDER_TABS, type OrderStatus, type OrderTab } from './order.repo.js';
/** Orders in these states hold their seats and their discount-code uses. */
export const LIVE_ORDER_STATUSES: OrderStatus[] = ['initializing', 'pending', 'placed', 'completed'];
export const PAYMENT_MODES = ['free', 'bank', 'cheque', 'onsite', 'invoice'] as const;
export const OFFLINE_PAYMENT_MODES = ['bank', 'cheque', 'onsite', 'invoice'];

/** Whether the event takes an offline payment mode (its can-pay-by-* settings). */
export function takesPaymentMode(event: Pick<EventRow, 'canPayByBank' | 'canPayByCheque' | 'canPayOnsite' | 'canPayByInvoice'>, mode: string): boolean {
  switch (mode) {
    case 'bank':
      return event.canPayByBank;
    case 'cheque':
      return event.canPayByCheque;
    case 'onsite':
      return event.canPayOnsite;
    case 'invoice':
      return event.canPayByInvoice;
    default:
      return false;
  }
}

/** A 422 on payment-mode naming the modes the event does take, when it does not take this one. */
export function refuseUntakenPaymentMode(event: EventRow, mode: string): void {
  if (takesPaymentMode(event, mode)) return;
  const taken = OFFLINE_PAYMENT_MODES.filter((m) => takesPaymentMode(event, m));
  const offer = taken.length > 0 ? `choose ${taken.join(', ')}` : 'it takes no offline payment; ask the organizer';
  throw new UnprocessableError('order.payment_mode_not_taken', `This event does not take payment by ${mode}: ${offer}`, { pointer: '/data/attributes/payment-mode' });
}

/** The original's invoice number: O<unix time of creation>-<id>. */
export function invoiceNumber(row: { id: number; createdAt: unknown }): string {
  return `O${Math.floor(new Date(row.createdAt as string).getTime() / 1000)}-${row.id}`;
}

function visibleOrders(access: Access) {
  if (access.isAdmin) return undefined;
  if (!access.actor) return eq(orders.id, -1);
  return or(eq(orders.userId, access.actor.id), inArray(orders.eventId, eventsWhereUserHas(access.actor.id, COORGANIZER_ROLES)));
}

/** An order column named with its table, for the SQL-computed attributes' subqueries. */
const own = (name: string) => sql`${sql.identifier('orders')}.${sql.identifier(name)}`;

const billing = (column: AnyPgColumn) => ({ column, type: 'string' as const, maxLength: 500 });

export const orderResource: EventResource = {
  type: 'order',
  path: 'orders',
  table: orders,
  idColumn: orders.id,
  eventColumn: orders.eventId,
  fields: {
    identifier: { column: orders.identifier, type: 'string', readOnly: true },
    status: { column: orders.status, type: 'enum', values: ORDER_STATUSES, notNull: true },
    'payment-mode': { column: orders.paymentMode, type: 'enum', values: PAYMENT_MODES },
    currency: { column: orders.currency, type: 'string', readOnly: true },
    amount: { column: orders.amount, type: 'decimal', readOnly: true },
    'sub-total': { column: orders.subTotal, type: 'decimal', readOnly: true },
    'discount-amount': { column: orders.discountAmount, type: 'decimal', readOnly: true },
    'tax-amount': { column: orders.taxAmount, type: 'decimal', readOnly: true },
    'is-tax-included': { column: orders.taxIncluded, type: 'boolean', readOnly: true },
    company: billing(orders.company),
    address: billing(orders.address),
    city: billing(orders.city),
    state: billing(orders.state),
    country: billing(orders.country),
    zipcode: { column: orders.zipcode, type: 'string', maxLength: 32 },
    'tax-business-info': billing(orders.taxBusinessInfo),
    'order-notes': { column: orders.orderNotes, type: 'string', maxLength: 2000 },
    // Written by an organizer with the status they set: why it was cancelled, how an offline payment arrived.
    'cancel-note': { column: orders.cancelNote, type: 'string', maxLength: 2000 },
    'paid-via': { column: orders.paidVia, type: 'string', maxLength: 100 },
    'transaction-id': { column: orders.transactionId, type: 'string', maxLength: 200 },
    'created-at': { column: orders.createdAt, type: 'datetime', readOnly: true },
    'completed-at': { column: orders.completedAt, type: 'datetime', readOnly: true },
  },
  computed: {
    'invoice-number': (row) => invoiceNumber(row as never),
    'discount-code-id': (row) => (row.discountCodeId == null ? null : String(row.discountCodeId)),
    'is-billing-enabled': (row) => [row.company, row.address, row.city, row.country, row.taxBusinessInfo].some((value) => value != null && value !== ''),
  },
  // Card details of the original's online payments, and its PDF tickets: Convene has neither.
  absent: { brand: null, last4: null, 'exp-month': null, 'exp-year': null, 'tickets-pdf-url': null },
  sqlFields: {
    'buyer-name': { sql: sql`select nullif(trim(concat_ws(' ', u.first_name, u.last_name)), '') from users u where u.id = ${own('user_id')}`, type: 'string', sortable: true },
    'buyer-email': { sql: sql`select u.email from users u where u.id = ${own('user_id')}`, type: 'string', sortable: true },
    'ticket-count': { sql: sql`select coalesce(sum(ot.quantity), 0)::int from order_tickets ot where ot.order_id = ${own('id')}`, type: 'integer' },
  },
  urlKey: (row) => row.identifier as string,
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: orders.eventId },
    user: { kind: 'belongsTo', target: () => userResource, column: orders.userId },
    'discount-code': { kind: 'belongsTo', target: () => discountCodeResource, column: orders.discountCodeId },
    'access-code': { kind: 'belongsTo', target: () => accessCodeResource, column: orders.accessCodeId },
    attendees: {
      kind: 'hasMany',
      target: () => attendeeResource,
      foreignColumn: attendees.orderId,
    },
    tickets: { kind: 'manyToMany', target: () => ticketResource, through: orderTickets, sourceColumn: orderTickets.orderId, targetColumn: orderTickets.ticketId },
  },
  defaultSort: [{ column: orders.createdAt, desc: true }],
  readScope: visibleOrders,
  scopeIsReadRule: true,
  listMeta: async (db, eventId) => ({
    totals: Object.fromEntries((await orderTotals(db, eventId)).map((row) => [row.status, { count: row.count, amount: row.amount }])),
  }),
  policy: {
    canRead: (access, eventId) => access.isCoorganizer(eventId),
    canCreate: () => false,
    canUpdate: () => false,
    canDelete: () => false,
  },
};
