// The `speaker` resource. E-mail and mobile are private: only coorganizer+ of the event and the speaker
// (by linked account or e-mail) see them. Without a role, only speakers of public sessions are visible.
import { eq, exists, inArray, or, sql } from 'drizzle-orm';
import { sessions, sessionsSpeakers, speakers } from '../db/schema.js';
import type { Access } from '../events/access.js';
import { eventResource } from '../events/event.resource.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';
import { eventsWithRole, PUBLIC_SESSION_STATES, sessionResource } from '../sessions/session.resource.js';
import { userResource } from '../users/user.resource.js';

function speakerScope(access: Access) {
  if (access.isAdmin) return undefined;
  const speaksPublicly = exists(
    sql`(select 1 from ${sessionsSpeakers} inner join ${sessions} on ${sessions.id} = ${sessionsSpeakers.sessionId}
         where ${sessionsSpeakers.speakerId} = ${speakers.id} and ${sessions.deletedAt} is null
         and ${inArray(sessions.state, PUBLIC_SESSION_STATES)})`,
  );
  if (!access.actor) return speaksPublicly;
  // The speaker himself, matched like isTheSpeaker: by linked account or by e-mail (case-insensitive).
  const himself = or(eq(speakers.userId, access.actor.id), sql`lower(${speakers.email}) = lower(${access.actor.email})`);
  return or(speaksPublicly, inArray(speakers.eventId, eventsWithRole(access)), himself);
}

function isTheSpeaker(access: Access, row: Record<string, unknown>): boolean {
  const actor = access.actor;
  if (!actor) return false;
  return row.userId === actor.id || (typeof row.email === 'string' && row.email.toLowerCase() === actor.email.toLowerCase());
}

export const speakerResource: EventResource = {
  type: 'speaker',
  path: 'speakers',
  table: speakers,
  idColumn: speakers.id,
  eventColumn: speakers.eventId,
  deletedAtColumn: speakers.deletedAt,
  fields: {
    name: { column: speakers.name, type: 'string', required: true, notNull: true, maxLength: 255 },
    email: { column: speakers.email, type: 'email', private: true },
    mobile: { column: speakers.mobile, type: 'string', maxLength: 50, private: true },
    'photo-url': { column: speakers.photoUrl, type: 'url' },
    'short-biography': { column: speakers.shortBiography, type: 'text' },
    'long-biography': { column: speakers.longBiography, type: 'text' },
    'speaking-experience': { column: speakers.speakingExperience, type: 'text' },
    organisation: { column: speakers.organisation, type: 'string', maxLength: 255 },
    position: { column: speakers.position, type: 'string', maxLength: 255 },
    country: { column: speakers.country, type: 'string', maxLength: 100 },
    city: { column: speakers.city, type: 'string', maxLength: 100 },
    gender: { column: speakers.gender, type: 'string', maxLength: 50 },
    website: { column: speakers.website, type: 'url' },
    twitter: { column: speakers.twitter, type: 'url' },
    facebook: { column: speakers.facebook, type: 'url' },
    github: { column: speakers.github, type: 'url' },
    linkedin: { column: speakers.linkedin, type: 'url' },
    instagram: { column: speakers.instagram, type: 'url' },
    mastodon: { column: speakers.mastodon, type: 'url' },
    'is-featured': { column: speakers.isFeatured, type: 'boolean', notNull: true },
    'created-at': { column: speakers.createdAt, type: 'datetime', readOnly: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: speakers.eventId },
    user: { kind: 'belongsTo', target: () => userResource, column: speakers.userId, writable: true },
    sessions: {
      kind: 'manyToMany',
      target: () => sessionResource,
      through: sessionsSpeakers,
      sourceColumn: sessionsSpeakers.speakerId,
      targetColumn: sessionsSpeakers.sessionId,
    },
  },
  defaultSort: [{ column: speakers.name }],
  // Call-for-speakers answers of the original, not kept.
  absent: { 'is-email-overridden': false, 'sponsorship-required': null, 'heard-from': null },
  readScope: speakerScope,
  canSeePrivate: (access, row) => access.isCoorganizer(row.eventId as number) || isTheSpeaker(access, row),
  policy: coorganizerWrites,
};
