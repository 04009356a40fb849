// The `role-invite` resource (the original's /v1/role-invites): an invitation to an event's team, sent by e-mail.
// Coorganizers and above read the event's invites; owners and organizers send, resend and withdraw them, and only
// an owner (or an admin) invites an owner. The mailed link's token is secret: it is stored hashed and never shown.
import { inArray, sql } from 'drizzle-orm';
import { roleInvites } from '../db/schema.js';
import { ROLES, type Access, type Role } from '../events/access.js';
import { eventResource } from '../events/event.resource.js';
import { COORGANIZER_ROLES, eventsWhereUserHas } from '../events/roles.sql.js';
import type { EventResource } from '../http/jsonapi/resource.service.js';
import { trackResource } from '../tracks/track.resource.js';
import { userResource } from '../users/user.resource.js';

export const INVITE_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

/** Who may send, resend or withdraw an invite for `role`: organizers, and for an owner only an owner. */
export function mayInvite(access: Access, eventId: number, role: Role): boolean {
  return role === 'owner' ? access.isOwner(eventId) : access.isOrganizer(eventId);
}

function visibleInvites(access: Access) {
  if (access.isAdmin) return undefined;
  if (!access.actor) return sql`false`;
  return inArray(roleInvites.eventId, eventsWhereUserHas(access.actor.id, COORGANIZER_ROLES));
}

export const roleInviteResource: EventResource = {
  type: 'role-invite',
  path: 'role-invites',
  table: roleInvites,
  idColumn: roleInvites.id,
  eventColumn: roleInvites.eventId,
  fields: {
    email: { column: roleInvites.email, type: 'email', required: true, notNull: true },
    'role-name': { column: roleInvites.role, type: 'enum', values: ROLES, required: true, notNull: true },
    status: { column: roleInvites.status, type: 'enum', values: INVITE_STATUSES, readOnly: true, notNull: true },
    'created-at': { column: roleInvites.createdAt, type: 'datetime', readOnly: true, notNull: true, sortable: true },
    'sent-at': { column: roleInvites.sentAt, type: 'datetime', readOnly: true, notNull: true },
    'responded-at': { column: roleInvites.respondedAt, type: 'datetime', readOnly: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: roleInvites.eventId },
    track: { kind: 'belongsTo', target: () => trackResource, column: roleInvites.trackId, writable: true },
    'invited-by': { kind: 'belongsTo', target: () => userResource, column: roleInvites.invitedBy },
  },
  defaultSort: [{ column: roleInvites.id, desc: true }],
  readScope: visibleInvites,
  policy: {
    canRead: (access, eventId) => access.isCoorganizer(eventId),
    // Writes go through role-invite.service.ts (a token to make and mail); the generic routes are not registered.
    canCreate: () => false,
    canUpdate: () => false,
    canDelete: () => false,
  },
};
