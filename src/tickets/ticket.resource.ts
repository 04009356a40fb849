// The `ticket` resource: what an event sells. Hidden tickets are visible to coorganizer+ only; names are
// unique per event among live tickets (a partial unique index).
import { eq, inArray, or } from 'drizzle-orm';
import { attendees, discountCodesTickets, tickets } from '../db/schema.js';
import { attendeeResource } from '../attendees/attendee.resource.js';
import { discountCodeResource } from '../discount-codes/discount-code.resource.js';
import type { Access } from '../events/access.js';
import { eventResource } from '../events/event.resource.js';
import { ConflictError, UnprocessableError } from '../http/errors.js';
import { countOrdersWithTicket } from './ticket.repo.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';
import { currencyDigits, toMinor } from '../orders/pricing.js';
import { COORGANIZER_ROLES, eventsWhereUserHas } from '../events/roles.sql.js';

export const TICKET_TYPES = ['free', 'paid', 'donation'] as const;

function visibleTickets(access: Access) {
  if (access.isAdmin) return undefined;
  const open = eq(tickets.isHidden, false);
  if (!access.actor) return open;
  return or(open, inArray(tickets.eventId, eventsWhereUserHas(access.actor.id, COORGANIZER_ROLES)));
}

export const ticketResource: EventResource = {
  type: 'ticket',
  path: 'tickets',
  table: tickets,
  idColumn: tickets.id,
  eventColumn: tickets.eventId,
  deletedAtColumn: tickets.deletedAt,
  fields: {
    name: { column: tickets.name, type: 'string', required: true, notNull: true, maxLength: 255 },
    description: { column: tickets.description, type: 'text' },
    type: { column: tickets.type, type: 'enum', values: TICKET_TYPES, required: true, notNull: true },
    price: { column: tickets.price, type: 'decimal', notNull: true, minimum: 0, maximum: 10_000_000 },
    'min-price': { column: tickets.minPrice, type: 'decimal', minimum: 0, maximum: 10_000_000 },
    'max-price': { column: tickets.maxPrice, type: 'decimal', minimum: 0, maximum: 10_000_000 },
    quantity: { column: tickets.quantity, type: 'integer', notNull: true, minimum: 0, maximum: 10_000_000 },
    'sales-starts-at': { column: tickets.salesStartsAt, type: 'datetime' },
    'sales-ends-at': { column: tickets.salesEndsAt, type: 'datetime' },
    'min-order': { column: tickets.minOrder, type: 'integer', notNull: true, minimum: 1, maximum: 10_000 },
    'max-order': { column: tickets.maxOrder, type: 'integer', notNull: true, minimum: 1, maximum: 10_000 },
    'is-hidden': { column: tickets.isHidden, type: 'boolean', notNull: true },
    position: { column: tickets.position, type: 'integer', notNull: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: tickets.eventId },
    attendees: { kind: 'hasMany', target: () => attendeeResource, foreignColumn: attendees.ticketId },
    'discount-codes': { kind: 'manyToMany', target: () => discountCodeResource, through: discountCodesTickets, sourceColumn: discountCodesTickets.ticketId, targetColumn: discountCodesTickets.discountCodeId },
  },
  // Seats still to sell (never below 0): what buyers see as "sold out" or "3 left".
  computed: { available: (row) => Math.max(0, Number(row.quantity) - Number(row.reserved)) },
  defaultSort: [{ column: tickets.position }, { column: tickets.id }],
  // The original's settings Convene does not have: descriptions always show, fees are never absorbed (there are
  // none), check-in is never restricted or automatic.
  absent: { 'is-description-visible': true, 'is-fee-absorbed': false, 'is-checkin-restricted': false, 'auto-checkin-enabled': false },
  readScope: visibleTickets,
  policy: {
    ...coorganizerWrites,
    // An order keeps pointing at its tickets (its lines, its attendees, the exports): a ticket anyone ordered,
    // even in an order cancelled since, can be hidden but never deleted.
    validateDelete: async ({ event, row }, db) => {
      const count = await countOrdersWithTicket(db, event.id, row!.id);
      if (count > 0) {
        throw new ConflictError('ticket.has_orders', `"${row!.name}" is in ${count === 1 ? '1 order' : `${count} orders`}, so it cannot be deleted; hide it (is-hidden) to stop selling it`);
      }
    },
    validate: (merged, { event }) => {
      const pointer = (name: string) => ({ pointer: `/data/attributes/${name}` });
      // Prices are kept with 2 decimals and priced in the currency's minor unit: refuse what would be rounded
      // silently or could not be priced (a fraction of a yen).
      const digits = currencyDigits(event.paymentCurrency);
      for (const [name, value] of [['price', merged.price], ['min-price', merged.minPrice], ['max-price', merged.maxPrice]] as const) {
        if (value == null) continue;
        try {
          toMinor(String(value), digits);
        } catch {
          throw new UnprocessableError('ticket.price_digits', `${name} must have at most ${digits} decimal places in ${event.paymentCurrency}`, pointer(name));
        }
      }
      if (merged.type === 'paid' && Number(merged.price ?? 0) <= 0) {
        throw new UnprocessableError('ticket.price_required', 'A paid ticket needs a price above 0', pointer('price'));
      }
      if (merged.type === 'free' && Number(merged.price ?? 0) !== 0) {
        throw new UnprocessableError('ticket.free_priced', 'A free ticket cannot have a price', pointer('price'));
      }
      if ((merged.minOrder as number | undefined ?? 1) > (merged.maxOrder as number | undefined ?? 10)) {
        throw new UnprocessableError('ticket.order_limits', 'min-order must not exceed max-order', pointer('min-order'));
      }
      const starts = merged.salesStartsAt as Date | null | undefined;
      const ends = merged.salesEndsAt as Date | null | undefined;
      if (starts && ends && ends <= starts) {
        throw new UnprocessableError('ticket.sales_window', 'sales-ends-at must be after sales-starts-at', pointer('sales-ends-at'));
      }
      if (merged.minPrice != null && merged.maxPrice != null && Number(merged.minPrice) > Number(merged.maxPrice)) {
        throw new UnprocessableError('ticket.donation_range', 'min-price must not exceed max-price', pointer('min-price'));
      }
    },
  },
};
