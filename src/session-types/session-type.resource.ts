// The `session-type` resource: talk, workshop, ... with a default length "HH:MM".
import { sessions, sessionTypes } from '../db/schema.js';
import { eventResource } from '../events/event.resource.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';
import { sessionResource } from '../sessions/session.resource.js';
import { refuseWhileUsed } from '../sessions/session.service.js';

export const sessionTypeResource: EventResource = {
  type: 'session-type',
  path: 'session-types',
  table: sessionTypes,
  idColumn: sessionTypes.id,
  eventColumn: sessionTypes.eventId,
  deletedAtColumn: sessionTypes.deletedAt,
  fields: {
    name: { column: sessionTypes.name, type: 'string', required: true, notNull: true, maxLength: 255 },
    length: { column: sessionTypes.length, type: 'duration', notNull: true },
    position: { column: sessionTypes.position, type: 'integer', notNull: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: sessionTypes.eventId },
    sessions: { kind: 'hasMany', target: () => sessionResource, foreignColumn: sessions.sessionTypeId },
  },
  defaultSort: [{ column: sessionTypes.position }, { column: sessionTypes.name }],
  policy: { ...coorganizerWrites, validateDelete: refuseWhileUsed('session type', sessions.sessionTypeId) },
};
