// The `discount-code` resource: codes are secrets of the organizers, so only coorganizer+ read or write
// them; buyers use them by their text in calculate-amount and create-order. Codes are unique per event
// ignoring case (a partial unique index).
import { inArray, sql } from 'drizzle-orm';
import { discountCodes, discountCodesTickets } from '../db/schema.js';
import type { Access } from '../events/access.js';
import { eventResource } from '../events/event.resource.js';
import { COORGANIZER_ROLES, eventsWhereUserHas } from '../events/roles.sql.js';
import { UnprocessableError } from '../http/errors.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';
import { currencyDigits, toMinor } from '../orders/pricing.js';
import { ticketResource } from '../tickets/ticket.resource.js';

/** Codes of events where the caller is coorganizer+: also what `include=discount-code` on an order may show. */
function visibleCodes(access: Access) {
  if (access.isAdmin) return undefined;
  if (!access.actor) return sql`false`;
  return inArray(discountCodes.eventId, eventsWhereUserHas(access.actor.id, COORGANIZER_ROLES));
}

export const discountCodeResource: EventResource = {
  type: 'discount-code',
  path: 'discount-codes',
  table: discountCodes,
  idColumn: discountCodes.id,
  eventColumn: discountCodes.eventId,
  deletedAtColumn: discountCodes.deletedAt,
  fields: {
    code: { column: discountCodes.code, type: 'string', required: true, notNull: true, maxLength: 100 },
    type: { column: discountCodes.type, type: 'enum', values: ['amount', 'percent'], required: true, notNull: true },
    value: { column: discountCodes.value, type: 'decimal', required: true, notNull: true, minimum: 0, maximum: 10_000_000 },
    'tickets-number': { column: discountCodes.ticketsNumber, type: 'integer', minimum: 1, maximum: 10_000_000 },
    // 0 (as the original takes it) and 1 both mean no minimum.
    'min-quantity': { column: discountCodes.minQuantity, type: 'integer', notNull: true, minimum: 0, maximum: 10_000 },
    'max-quantity': { column: discountCodes.maxQuantity, type: 'integer', minimum: 1, maximum: 10_000 },
    'valid-from': { column: discountCodes.validFrom, type: 'datetime' },
    'valid-till': { column: discountCodes.validTill, type: 'datetime' },
    'is-active': { column: discountCodes.isActive, type: 'boolean', notNull: true },
    /** Discounted tickets in live orders (a cancelled or expired order gives its uses back). */
    used: { column: discountCodes.used, type: 'integer', readOnly: true, notNull: true },
    'created-at': { column: discountCodes.createdAt, type: 'datetime', readOnly: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: discountCodes.eventId },
    tickets: {
      kind: 'manyToMany',
      target: () => ticketResource,
      through: discountCodesTickets,
      sourceColumn: discountCodesTickets.discountCodeId,
      targetColumn: discountCodesTickets.ticketId,
      writable: true,
    },
  },
  defaultSort: [{ column: discountCodes.code }],
  // Every code here is a ticket code (the original's event codes for organizers are not kept); no landing URL.
  absent: { 'used-for': 'ticket', 'discount-url': null },
  readScope: visibleCodes,
  policy: {
    ...coorganizerWrites,
    canRead: (access, eventId) => access.isCoorganizer(eventId),
    validate: (merged, { event }) => {
      const pointer = (name: string) => ({ pointer: `/data/attributes/${name}` });
      if (typeof merged.code === 'string' && !/^[A-Za-z0-9_-]{1,100}$/.test(merged.code)) {
        throw new UnprocessableError('discount-code.code', 'code may use letters, digits, - and _ only', pointer('code'));
      }
      // The column keeps 2 decimals: refuse what it would round silently (and what pricing could not use).
      const percent = merged.type === 'percent';
      const digits = percent ? 2 : currencyDigits(event.paymentCurrency);
      try {
        toMinor(String(merged.value), digits);
      } catch {
        const where = percent ? '' : ` in ${event.paymentCurrency}`;
        throw new UnprocessableError('discount-code.value_digits', `value must have at most ${digits} decimal places${where}`, pointer('value'));
      }
      if (merged.type === 'percent' && Number(merged.value) > 100) {
        throw new UnprocessableError('discount-code.percent', 'A percent discount cannot exceed 100', pointer('value'));
      }
      if (merged.maxQuantity != null && (merged.minQuantity as number | undefined ?? 1) > (merged.maxQuantity as number)) {
        throw new UnprocessableError('discount-code.quantity', 'min-quantity must not exceed max-quantity', pointer('min-quantity'));
      }
      const from = merged.validFrom as Date | null | undefined;
      const till = merged.validTill as Date | null | undefined;
      if (from && till && till <= from) {
        throw new UnprocessableError('discount-code.validity', 'valid-till must be after valid-from', pointer('valid-till'));
      }
    },
  },
};
