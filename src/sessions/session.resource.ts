// The `session` resource. Without a role on the event, only sessions on the public schedule are visible.
// Track organizers may edit the sessions of their tracks; coorganizer+ may do anything.
import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { sessions, sessionsSpeakers } from '../db/schema.js';
import { eventsWhereUserHas } from '../events/roles.sql.js';
import { insertEventChanges } from '../events/change.repo.js';
import type { Access } from '../events/access.js';
import { eventResource } from '../events/event.resource.js';
import { UnprocessableError } from '../http/errors.js';
import type { EventResource, WriteContext } from '../http/jsonapi/resource.service.js';
import { roomResource } from '../rooms/room.resource.js';
import { sessionTypeResource } from '../session-types/session-type.resource.js';
import { speakerResource } from '../speakers/speaker.resource.js';
import { trackResource } from '../tracks/track.resource.js';

import { SESSION_STATES } from './session.repo.js';

export { SESSION_STATES };
/** States the public may see: the schedule, including announced cancellations. */
export const PUBLIC_SESSION_STATES = ['accepted', 'confirmed', 'canceled'];
export const SESSION_LEVELS = ['Beginner', 'Intermediate', 'Advanced', 'Expert'] as const;

/** Events on which the caller holds any role, as a subquery. */
export function eventsWithRole(access: Access): SQL {
  return eventsWhereUserHas(access.actor!.id);
}

export function publicSessionScope(access: Access): SQL | undefined {
  if (access.isAdmin) return undefined;
  const open = inArray(sessions.state, PUBLIC_SESSION_STATES);
  return access.actor ? or(open, inArray(sessions.eventId, eventsWithRole(access))) : open;
}

const own = (name: string) => sql`${sql.identifier('sessions')}.${sql.identifier(name)}`;

function trackOrganizerMay({ access, event, row, values }: WriteContext): boolean {
  const tracks = access.trackOrganizerTracks(event.id);
  if (tracks === undefined) return false;
  if (tracks === null) return true;
  const before = row?.trackId as number | null | undefined;
  const after = 'trackId' in values ? (values.trackId as number | null) : before;
  return before != null && tracks.has(before) && after != null && tracks.has(after);
}

/** Open scheduler pages follow the event's live stream (src/events/change.service.ts). */
const logSessionChange = (tx: DbOrTx, ctx: WriteContext, row: Record<string, unknown>) => insertEventChanges(tx, ctx.event.id, 'session', [row.id as number]);

export const sessionResource: EventResource = {
  type: 'session',
  path: 'sessions',
  table: sessions,
  idColumn: sessions.id,
  eventColumn: sessions.eventId,
  deletedAtColumn: sessions.deletedAt,
  fields: {
    title: { column: sessions.title, type: 'string', required: true, notNull: true, maxLength: 500 },
    subtitle: { column: sessions.subtitle, type: 'string', maxLength: 500 },
    'short-abstract': { column: sessions.shortAbstract, type: 'text' },
    'long-abstract': { column: sessions.longAbstract, type: 'text' },
    comments: { column: sessions.comments, type: 'text', private: true },
    'starts-at': { column: sessions.startsAt, type: 'datetime' },
    'ends-at': { column: sessions.endsAt, type: 'datetime' },
    state: { column: sessions.state, type: 'enum', values: SESSION_STATES, notNull: true },
    language: { column: sessions.language, type: 'string', maxLength: 100 },
    level: { column: sessions.level, type: 'enum', values: SESSION_LEVELS },
    'slides-url': { column: sessions.slidesUrl, type: 'url' },
    'video-url': { column: sessions.videoUrl, type: 'url' },
    'audio-url': { column: sessions.audioUrl, type: 'url' },
    'signup-url': { column: sessions.signupUrl, type: 'url' },
    'created-at': { column: sessions.createdAt, type: 'datetime', readOnly: true },
    'lock-version': { column: sessions.lockVersion, type: 'integer', readOnly: true },
  },
  // Names of what the session is linked to, so the dashboard's list sorts by them on the server.
  sqlFields: {
    'track-name': { sql: sql`select t.name from tracks t where t.id = ${own('track_id')} and t.deleted_at is null`, type: 'string', sortable: true },
    'microlocation-name': { sql: sql`select m.name from microlocations m where m.id = ${own('microlocation_id')} and m.deleted_at is null`, type: 'string', sortable: true },
    'session-type-name': { sql: sql`select st.name from session_types st where st.id = ${own('session_type_id')} and st.deleted_at is null`, type: 'string', sortable: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: sessions.eventId },
    track: { kind: 'belongsTo', target: () => trackResource, column: sessions.trackId, writable: true },
    microlocation: { kind: 'belongsTo', target: () => roomResource, column: sessions.microlocationId, writable: true },
    'session-type': { kind: 'belongsTo', target: () => sessionTypeResource, column: sessions.sessionTypeId, writable: true },
    speakers: {
      kind: 'manyToMany',
      target: () => speakerResource,
      through: sessionsSpeakers,
      sourceColumn: sessionsSpeakers.sessionId,
      targetColumn: sessionsSpeakers.speakerId,
      writable: true,
      visibleWithSource: true,
    },
  },
  defaultSort: [{ column: sessions.startsAt }],
  computed: { 'submitted-at': (row) => (row.createdAt instanceof Date ? row.createdAt.toISOString() : (row.createdAt ?? null)) },
  // Ratings, state mails and edit times of the original: not kept.
  absent: { 'average-rating': null, 'is-mail-sent': false, 'last-modified-at': null },
  readScope: publicSessionScope,
  canSeePrivate: (access, row) => access.hasAnyRole(row.eventId as number),
  policy: {
    canCreate: (ctx) => ctx.access.isCoorganizer(ctx.event.id),
    canUpdate: (ctx) => ctx.access.isCoorganizer(ctx.event.id) || trackOrganizerMay(ctx),
    canDelete: (ctx) => ctx.access.isCoorganizer(ctx.event.id),
    afterWrite: logSessionChange,
    afterDelete: logSessionChange,
    validate: (merged, ctx) => {
      // Every change moves the version on, so a scheduler write that saw the older one is refused (src/scheduler).
      if (ctx.row) ctx.values.lockVersion = sql`${sessions.lockVersion} + 1`;
      const starts = merged.startsAt as Date | null | undefined;
      const ends = merged.endsAt as Date | null | undefined;
      if (starts && ends && ends <= starts) {
        throw new UnprocessableError('session.ends_before_start', 'ends-at must be after starts-at', {
          pointer: '/data/attributes/ends-at',
        });
      }
    },
  },
};
