// The `microlocation` resource: a room (or any place) where sessions happen.
import { microlocations, sessions } from '../db/schema.js';
import { eventResource } from '../events/event.resource.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';
import { sessionResource } from '../sessions/session.resource.js';
import { refuseWhileUsed } from '../sessions/session.service.js';

export const roomResource: EventResource = {
  type: 'microlocation',
  path: 'microlocations',
  table: microlocations,
  idColumn: microlocations.id,
  eventColumn: microlocations.eventId,
  deletedAtColumn: microlocations.deletedAt,
  fields: {
    name: { column: microlocations.name, type: 'string', required: true, notNull: true, maxLength: 255 },
    floor: { column: microlocations.floor, type: 'integer', minimum: -1000, maximum: 1000 },
    room: { column: microlocations.room, type: 'string', maxLength: 255 },
    latitude: { column: microlocations.latitude, type: 'number', minimum: -90, maximum: 90 },
    longitude: { column: microlocations.longitude, type: 'number', minimum: -180, maximum: 180 },
    position: { column: microlocations.position, type: 'integer', notNull: true },
    'hidden-in-scheduler': { column: microlocations.hiddenInScheduler, type: 'boolean', notNull: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: microlocations.eventId },
    sessions: { kind: 'hasMany', target: () => sessionResource, foreignColumn: sessions.microlocationId },
  },
  defaultSort: [{ column: microlocations.position }, { column: microlocations.name }],
  policy: { ...coorganizerWrites, validateDelete: refuseWhileUsed('room', sessions.microlocationId) },
};
