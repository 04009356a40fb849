// The `access-code` resource (the original's): a code that unlocks hidden tickets it lists. Codes are secrets of
// the organizers, so only coorganizer+ read or write them; buyers use one by its text (access-code.routes.ts shows
// the tickets it unlocks, calculate-amount and create-order take it as `access-code`). Codes are unique per event
// ignoring case. `used` counts the seats of the code's tickets in live orders made with it, as a discount code's.
import { inArray, sql } from 'drizzle-orm';
import { accessCodes, accessCodesTickets } from '../db/schema.js';
import type { Access } from '../events/access.js';
import { eventResource } from '../events/event.resource.js';
import { COORGANIZER_ROLES, eventsWhereUserHas } from '../events/roles.sql.js';
import { UnprocessableError } from '../http/errors.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';
import { ticketResource } from '../tickets/ticket.resource.js';
import { accessCodeUsesSql } from './access-code.repo.js';

function visibleCodes(access: Access) {
  if (access.isAdmin) return undefined;
  if (!access.actor) return sql`false`;
  return inArray(accessCodes.eventId, eventsWhereUserHas(access.actor.id, COORGANIZER_ROLES));
}

export const accessCodeResource: EventResource = {
  type: 'access-code',
  path: 'access-codes',
  table: accessCodes,
  idColumn: accessCodes.id,
  eventColumn: accessCodes.eventId,
  deletedAtColumn: accessCodes.deletedAt,
  fields: {
    code: { column: accessCodes.code, type: 'string', required: true, notNull: true, maxLength: 100 },
    'access-url': { column: accessCodes.accessUrl, type: 'url' },
    'tickets-number': { column: accessCodes.ticketsNumber, type: 'integer', minimum: 1, maximum: 10_000_000 },
    // 0 as the original takes it: no least number of seats.
    'min-quantity': { column: accessCodes.minQuantity, type: 'integer', notNull: true, minimum: 0, maximum: 10_000 },
    'max-quantity': { column: accessCodes.maxQuantity, type: 'integer', minimum: 1, maximum: 10_000 },
    'valid-from': { column: accessCodes.validFrom, type: 'datetime' },
    'valid-till': { column: accessCodes.validTill, type: 'datetime' },
    'is-active': { column: accessCodes.isActive, type: 'boolean', notNull: true },
    'created-at': { column: accessCodes.createdAt, type: 'datetime', readOnly: true },
  },
  sqlFields: {
    used: { sql: accessCodeUsesSql(sql`${sql.identifier('access_codes')}.${sql.identifier('id')}`), type: 'integer' },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: accessCodes.eventId },
    tickets: {
      kind: 'manyToMany',
      target: () => ticketResource,
      through: accessCodesTickets,
      sourceColumn: accessCodesTickets.accessCodeId,
      targetColumn: accessCodesTickets.ticketId,
      writable: true,
    },
  },
  defaultSort: [{ column: accessCodes.code }],
  readScope: visibleCodes,
  policy: {
    ...coorganizerWrites,
    canRead: (access, eventId) => access.isCoorganizer(eventId),
    validate: (merged) => {
      const pointer = (name: string) => ({ pointer: `/data/attributes/${name}` });
      if (typeof merged.code === 'string' && !/^[A-Za-z0-9_-]{1,100}$/.test(merged.code)) {
        throw new UnprocessableError('access-code.code', 'code may use letters, digits, - and _ only', pointer('code'));
      }
      if (merged.maxQuantity != null && ((merged.minQuantity as number | undefined) ?? 1) > (merged.maxQuantity as number)) {
        throw new UnprocessableError('access-code.quantity', 'min-quantity must not exceed max-quantity', pointer('min-quantity'));
      }
      const from = merged.validFrom as Date | null | undefined;
      const till = merged.validTill as Date | null | undefined;
      if (from && till && till <= from) {
        throw new UnprocessableError('access-code.validity', 'valid-till must be after valid-from', pointer('valid-till'));
      }
    },
  },
};
