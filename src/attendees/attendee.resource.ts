// The `attendee` resource: one per seat of an order. Visible to the buyer, to the attendee (by e-mail), to
// registrars and to coorganizer+, and to nobody else. Registrars check attendees in and out: the server
// appends the time (and the device name, '-' when none) to checkin-times / checkout-times.
import { Type } from '@sinclair/typebox';
import { eq, inArray, or, sql } from 'drizzle-orm';
import { listAttendeeFormFields } from '../custom-forms/custom-form.repo.js';
import { checkAnswers } from '../custom-forms/custom-form.service.js';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { attendees } from '../db/schema.js';
import type { Access } from '../events/access.js';
import { eventResource } from '../events/event.resource.js';
import { eventsWhereUserHas, REGISTRAR_ROLES } from '../events/roles.sql.js';
import { ConflictError } from '../http/errors.js';
import type { EventResource, WriteContext } from '../http/jsonapi/resource.service.js';
import { orderResource } from '../orders/order.resource.js';
import { ORDER_STATUSES } from '../orders/order.repo.js';
import { insertEventChanges } from '../events/change.repo.js';
import { CHECKIN_ORDER_STATUSES } from './attendee.repo.js';

export { ATTENDEE_TABS, type AttendeeTab } from './attendee.repo.js';
import { findOrderStatus } from '../orders/order.repo.js';
import { ticketResource } from '../tickets/ticket.resource.js';

/** An attendee column named with its table, for the SQL-computed attributes' subqueries. */
const own = (name: string) => sql`${sql.identifier('attendees')}.${sql.identifier(name)}`;

/** The calendar day of an instant in the event's time zone (YYYY-MM-DD). */
function eventDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The last time in a comma list of check-in or check-out times. */
function lastTime(list: unknown): Date | undefined {
  if (typeof list !== 'string' || list === '') return undefined;
  const time = new Date(list.slice(list.lastIndexOf(',') + 1));
  return Number.isNaN(time.getTime()) ? undefined : time;
}

function visibleAttendees(access: Access) {
  if (access.isAdmin) return undefined;
  if (!access.actor) return sql`false`;
  const { id, email } = access.actor;
  return or(
    inArray(attendees.eventId, eventsWhereUserHas(id, REGISTRAR_ROLES)),
    eq(attendees.buyerId, id),
    sql`lower(${attendees.email}) = lower(${email})`,
  );
}

function isBuyerOrAttendee(ctx: WriteContext): boolean {
  const actor = ctx.access.actor;
  if (!actor || !ctx.row) return false;
  return ctx.row.buyerId === actor.id || (typeof ctx.row.email === 'string' && ctx.row.email.toLowerCase() === actor.email.toLowerCase());
}

const append = (list: unknown, item: string) => (typeof list === 'string' && list !== '' ? `${list},${item}` : item);

async function checkInOrOut(merged: Record<string, unknown>, ctx: WriteContext, db: import('../db/client.js').DbOrTx): Promise<void> {
  const { row, values } = ctx;
  const device = typeof values.deviceNameCheckin === 'string' && values.deviceNameCheckin.trim() ? values.deviceNameCheckin.trim().replace(/,/g, ' ') : '-';
  delete values.deviceNameCheckin;
  if (!row || values.isCheckedIn === undefined) return;
  const at = new Date();
  const now = at.toISOString();
  if (values.isCheckedIn === row.isCheckedIn) {
    // Checked in on an earlier day of the event and not out since: a check-in today counts for today.
    const last = lastTime(row.checkinTimes);
    const earlierDay = values.isCheckedIn === true && last !== undefined && eventDay(last, ctx.event.timezone) < eventDay(at, ctx.event.timezone);
    if (!earlierDay) return;
  }
  if (values.isCheckedIn === true) {
    const status = await findOrderStatus(db, row.orderId as number);
    if (!status || !CHECKIN_ORDER_STATUSES.includes(status)) {
      throw new ConflictError('attendee.order_not_valid', `This attendee's order is ${status ?? 'missing'}; only completed or placed orders can be checked in`, {
        pointer: '/data/attributes/is-checked-in',
      });
    }
    values.checkinTimes = append(row.checkinTimes, now);
    values.deviceNameCheckin = append(row.deviceNameCheckin, device);
    values.isCheckedOut = false;
  } else {
    values.checkoutTimes = append(row.checkoutTimes, now);
    values.isCheckedOut = true;
  }
  void merged;
}

const detail = (column: AnyPgColumn, maxLength = 255) => ({ column, type: 'string' as const, maxLength });

export const attendeeResource: EventResource = {
  type: 'attendee',
  path: 'attendees',
  table: attendees,
  idColumn: attendees.id,
  eventColumn: attendees.eventId,
  deletedAtColumn: attendees.deletedAt,
  fields: {
    identifier: { column: attendees.identifier, type: 'string', readOnly: true },
    'ticket-code': { column: attendees.ticketCode, type: 'string', readOnly: true },
    firstname: detail(attendees.firstname),
    lastname: detail(attendees.lastname),
    email: { column: attendees.email, type: 'email' },
    address: detail(attendees.address, 1000),
    city: detail(attendees.city),
    state: detail(attendees.state),
    country: detail(attendees.country),
    'job-title': detail(attendees.jobTitle),
    phone: detail(attendees.phone, 50),
    company: detail(attendees.company),
    'is-checked-in': { column: attendees.isCheckedIn, type: 'boolean', notNull: true },
    'checkin-times': { column: attendees.checkinTimes, type: 'string', readOnly: true },
    'device-name-checkin': { column: attendees.deviceNameCheckin, type: 'string', maxLength: 100 },
    'is-checked-out': { column: attendees.isCheckedOut, type: 'boolean', readOnly: true },
    'checkout-times': { column: attendees.checkoutTimes, type: 'string', readOnly: true },
    /** Answers to the event's custom attendee form, keyed by field identifier (custom-forms), checked on write. */
    'complex-field-values': {
      column: attendees.complexFieldValues,
      type: 'json',
      notNull: true,
      schema: Type.Record(Type.String({ maxLength: 64 }), Type.Union([Type.String({ maxLength: 10_000 }), Type.Number(), Type.Boolean(), Type.Null()]), { maxProperties: 200 }),
      filterable: false,
      sortable: false,
    },
    'created-at': { column: attendees.createdAt, type: 'datetime', readOnly: true },
  },
  sqlFields: {
    // What the list shows of the attendee's order and ticket, also to registrars, who may not read orders.
    'order-number': { sql: sql`select 'O' || floor(extract(epoch from o.created_at))::bigint || '-' || o.id from orders o where o.id = ${own('order_id')}`, type: 'string' },
    'order-status': { sql: sql`select o.status from orders o where o.id = ${own('order_id')}`, type: 'enum', values: ORDER_STATUSES },
    'ticket-name': { sql: sql`select t.name from tickets t where t.id = ${own('ticket_id')}`, type: 'string', sortable: true },
    'ticket-price': { sql: sql`select t.price from tickets t where t.id = ${own('ticket_id')}`, type: 'decimal', sortable: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: attendees.eventId },
    order: { kind: 'belongsTo', target: () => orderResource, column: attendees.orderId },
    ticket: { kind: 'belongsTo', target: () => ticketResource, column: attendees.ticketId },
  },
  defaultSort: [{ column: attendees.id }],
  computed: { 'ticket-id': (row) => (row.ticketId == null ? null : String(row.ticketId)) },
  // The original's custom-form fields and PDF badges, not kept: answered null.
  absent: {
    ...Object.fromEntries(
      ['gender', 'birth-date', 'website', 'blog', 'twitter', 'facebook', 'github', 'home-address', 'shipping-address', 'billing-address', 'work-address', 'work-phone', 'attendee-notes', 'pdf-url', 'tax-business-info', 'register-times'].map((name) => [name, null]),
    ),
    'is-registered': false,
  },
  readScope: visibleAttendees,
  policy: {
    // Any logged-in caller may ask: the read scope narrows the answer to the attendees they may see (the
    // buyer's seats, their own by e-mail, every seat for registrar+), so a buyer can read their own attendee.
    canRead: (access) => access.actor !== null,
    canCreate: () => false,
    canUpdate: (ctx) => {
      if (ctx.access.isRegistrar(ctx.event.id)) return true;
      const checkIn = 'isCheckedIn' in ctx.values || 'deviceNameCheckin' in ctx.values;
      return !checkIn && isBuyerOrAttendee(ctx);
    },
    canDelete: (ctx) => ctx.access.isCoorganizer(ctx.event.id),
    validate: async (merged, ctx, db) => {
      await checkInOrOut(merged, ctx, db);
      if (ctx.values.complexFieldValues !== undefined) {
        const fields = await listAttendeeFormFields(db, ctx.event.id);
        ctx.values.complexFieldValues = checkAnswers(fields, ctx.values.complexFieldValues as Record<string, unknown>, '/data/attributes/complex-field-values', true);
      }
    },
    // Open attendee pages of the event see the change (check-in, check-out, details) within a second or two.
    afterWrite: (tx, ctx, row) => insertEventChanges(tx, ctx.event.id, 'attendee', [row.id]),
  },
};
