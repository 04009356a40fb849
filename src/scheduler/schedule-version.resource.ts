// The `schedule-version` resource: a published schedule (its number, name, comment, when and by whom), read by
// those who manage the program. Versions are made by publishing (scheduler.service.ts), never written directly.
import { sql } from 'drizzle-orm';
import { scheduleVersions } from '../db/schema.js';
import type { Access } from '../events/access.js';
import { eventResource } from '../events/event.resource.js';
import type { EventResource } from '../http/jsonapi/resource.service.js';

const own = (name: string) => sql`${sql.identifier('schedule_versions')}.${sql.identifier(name)}`;

/** Coorganizers and above, and track organizers: who sees the scheduler. */
export function managesProgram(access: Access, eventId: number): boolean {
  return access.isCoorganizer(eventId) || access.trackOrganizerTracks(eventId) !== undefined;
}

export const scheduleVersionResource: EventResource = {
  type: 'schedule-version',
  path: 'schedule-versions',
  table: scheduleVersions,
  idColumn: scheduleVersions.id,
  eventColumn: scheduleVersions.eventId,
  fields: {
    number: { column: scheduleVersions.number, type: 'integer', readOnly: true, notNull: true, sortable: true },
    name: { column: scheduleVersions.name, type: 'string', readOnly: true, notNull: true },
    comment: { column: scheduleVersions.comment, type: 'text', readOnly: true },
    'published-at': { column: scheduleVersions.publishedAt, type: 'datetime', readOnly: true, notNull: true, sortable: true },
  },
  sqlFields: {
    'published-by': {
      sql: sql`select coalesce(nullif(u.public_name, ''), nullif(trim(concat_ws(' ', u.first_name, u.last_name)), ''), u.email) from users u where u.id = ${own('published_by')}`,
      type: 'string',
    },
    'session-count': { sql: sql`select count(*)::int from schedule_version_sessions s where s.version_id = ${own('id')}`, type: 'integer' },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: scheduleVersions.eventId },
  },
  defaultSort: [{ column: scheduleVersions.number, desc: true }],
  policy: {
    canRead: managesProgram,
    canCreate: () => false,
    canUpdate: () => false,
    canDelete: () => false,
  },
};
