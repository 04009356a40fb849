// The `tax` resource: one live tax per event (a partial unique index), with a public view (name, rate,
// inclusion) and private business details that only coorganizer+ of the tax's event ever receive —
// on every route, in lists and through `include=tax`.
import { taxes } from '../db/schema.js';
import { eventResource } from '../events/event.resource.js';
import { UnprocessableError } from '../http/errors.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';

export const taxResource: EventResource = {
  type: 'tax',
  path: 'taxes',
  table: taxes,
  idColumn: taxes.id,
  eventColumn: taxes.eventId,
  deletedAtColumn: taxes.deletedAt,
  fields: {
    name: { column: taxes.name, type: 'string', required: true, notNull: true, maxLength: 255 },
    rate: { column: taxes.rate, type: 'decimal', required: true, notNull: true, minimum: 0, maximum: 100 },
    'is-tax-included-in-price': { column: taxes.isTaxIncludedInPrice, type: 'boolean', notNull: true },
    'tax-id': { column: taxes.taxId, type: 'string', maxLength: 255, private: true },
    'registered-company': { column: taxes.registeredCompany, type: 'string', maxLength: 255, private: true },
    'contact-name': { column: taxes.contactName, type: 'string', maxLength: 255, private: true },
    phone: { column: taxes.phone, type: 'string', maxLength: 50, private: true },
    email: { column: taxes.email, type: 'email', private: true },
    address: { column: taxes.address, type: 'string', maxLength: 1000, private: true },
    city: { column: taxes.city, type: 'string', maxLength: 255, private: true },
    state: { column: taxes.state, type: 'string', maxLength: 255, private: true },
    zip: { column: taxes.zip, type: 'string', maxLength: 32, private: true },
    country: { column: taxes.country, type: 'string', maxLength: 100, private: true },
    'invoice-footer': { column: taxes.invoiceFooter, type: 'text', private: true },
    'should-send-invoice': { column: taxes.shouldSendInvoice, type: 'boolean', notNull: true, private: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: taxes.eventId },
  },
  defaultSort: [{ column: taxes.id }],
  // Convene sends no invoices by itself.
  absent: { 'is-invoice-sent': false },
  canSeePrivate: (access, row) => access.isCoorganizer(row.eventId as number),
  policy: {
    ...coorganizerWrites,
    validate: (_merged, { event, row }) => {
      if (!row && !event.isTaxEnabled) {
        throw new UnprocessableError('tax.disabled', 'Tax is disabled for this event: set is-tax-enabled on the event first', {
          pointer: '/data/relationships/event',
        });
      }
    },
  },
};
