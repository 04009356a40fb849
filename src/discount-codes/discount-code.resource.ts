// The `discount-code` resource: codes are secrets of the organizers, so only coorganizer+ read or write
// them; buyers use them by their text in calculate-amount and create-order. Codes are unique per event
// ignoring case (a partial unique index).
import { discountCodes, discountCodesTickets } from '../db/schema.js';
import { eventResource } from '../events/event.resource.js';
import { UnprocessableError } from '../http/errors.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';
import { ticketResource } from '../tickets/ticket.resource.js';

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
    'min-quantity': { column: discountCodes.minQuantity, type: 'integer', notNull: true, minimum: 1, maximum: 10_000 },
    'max-quantity': { column: discountCodes.maxQuantity, type: 'integer', minimum: 1, maximum: 10_000 },
    'valid-from': { column: discountCodes.validFrom, type: 'datetime' },
    'valid-till': { column: discountCodes.validTill, type: 'datetime' },
    'is-active': { column: discountCodes.isActive, type: 'boolean', notNull: true },
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
  policy: {
    ...coorganizerWrites,
    canRead: (access, eventId) => access.isCoorganizer(eventId),
    validate: (merged) => {
      const pointer = (name: string) => ({ pointer: `/data/attributes/${name}` });
      if (typeof merged.code === 'string' && !/^[A-Za-z0-9_-]{1,100}$/.test(merged.code)) {
        throw new UnprocessableError('discount-code.code', 'code may use letters, digits, - and _ only', pointer('code'));
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
