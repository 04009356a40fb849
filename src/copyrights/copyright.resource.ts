// The `event-copyright` resource: one per event (a database constraint), the licence of the event's content.
import { eventCopyrights } from '../db/schema.js';
import { eventResource } from '../events/event.resource.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';

export const copyrightResource: EventResource = {
  type: 'event-copyright',
  path: 'event-copyrights',
  table: eventCopyrights,
  idColumn: eventCopyrights.id,
  eventColumn: eventCopyrights.eventId,
  deletedAtColumn: eventCopyrights.deletedAt,
  fields: {
    holder: { column: eventCopyrights.holder, type: 'string', maxLength: 255 },
    'holder-url': { column: eventCopyrights.holderUrl, type: 'url' },
    licence: { column: eventCopyrights.licence, type: 'string', required: true, notNull: true, maxLength: 255 },
    'licence-url': { column: eventCopyrights.licenceUrl, type: 'url' },
    year: { column: eventCopyrights.year, type: 'integer', minimum: 1900, maximum: 9999 },
    'logo-url': { column: eventCopyrights.logoUrl, type: 'url' },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: eventCopyrights.eventId },
  },
  defaultSort: [{ column: eventCopyrights.id }],
  policy: coorganizerWrites,
};
