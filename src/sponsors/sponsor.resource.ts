// The `sponsor` resource; `level` groups sponsors on the event site (1 = top).
import { sponsors } from '../db/schema.js';
import { eventResource } from '../events/event.resource.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';

export const sponsorResource: EventResource = {
  type: 'sponsor',
  path: 'sponsors',
  table: sponsors,
  idColumn: sponsors.id,
  eventColumn: sponsors.eventId,
  deletedAtColumn: sponsors.deletedAt,
  fields: {
    name: { column: sponsors.name, type: 'string', required: true, notNull: true, maxLength: 255 },
    url: { column: sponsors.url, type: 'url' },
    'logo-url': { column: sponsors.logoUrl, type: 'url' },
    level: { column: sponsors.level, type: 'integer', minimum: 0, maximum: 1000 },
    type: { column: sponsors.type, type: 'string', maxLength: 255 },
    description: { column: sponsors.description, type: 'text' },
    position: { column: sponsors.position, type: 'integer', notNull: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: sponsors.eventId },
  },
  defaultSort: [{ column: sponsors.level }, { column: sponsors.position }, { column: sponsors.name }],
  policy: coorganizerWrites,
};
