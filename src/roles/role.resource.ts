// The `users-events-role` resource: who holds which role on an event. Owners and organizers (and admins)
// manage the team; only an owner or an admin hands out or takes away ownership, and the last owner stays.
// The list's meta.emails gives the members' addresses by user id.
import { Type } from '@sinclair/typebox';
import { usersEventsRoles } from '../db/schema.js';
import { ROLES } from '../events/access.js';
import { eventResource } from '../events/event.resource.js';
import { ConflictError, UnprocessableError } from '../http/errors.js';
import { countOtherOwners, listTeamEmails } from './role.repo.js';
import type { EventResource, WriteContext } from '../http/jsonapi/resource.service.js';
import { trackResource } from '../tracks/track.resource.js';
import { userResource } from '../users/user.resource.js';

function mayManage({ access, event, row, values }: WriteContext): boolean {
  const touchesOwner = row?.role === 'owner' || values.role === 'owner';
  return touchesOwner ? access.isOwner(event.id) : access.isOrganizer(event.id);
}

export const roleResource: EventResource = {
  type: 'users-events-role',
  path: 'users-events-roles',
  table: usersEventsRoles,
  idColumn: usersEventsRoles.id,
  eventColumn: usersEventsRoles.eventId,
  fields: {
    role: { column: usersEventsRoles.role, type: 'enum', values: ROLES, required: true, notNull: true },
    'created-at': { column: usersEventsRoles.createdAt, type: 'datetime', readOnly: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: usersEventsRoles.eventId },
    user: { kind: 'belongsTo', target: () => userResource, column: usersEventsRoles.userId, writable: true, required: true },
    track: { kind: 'belongsTo', target: () => trackResource, column: usersEventsRoles.trackId, writable: true },
  },
  defaultSort: [{ column: usersEventsRoles.id }],
  // Only coorganizers and above read this list (canRead), and they see how to reach their team: the members'
  // addresses, which the user resource shows to nobody but the user.
  listMeta: async (db, eventId) => ({ emails: await listTeamEmails(db, eventId) }),
  listMetaSchema: { emails: Type.Record(Type.String(), Type.String(), { description: 'E-mail address by user id' }) },
  policy: {
    canRead: (access, eventId) => access.isCoorganizer(eventId),
    canCreate: mayManage,
    canUpdate: mayManage,
    canDelete: mayManage,
    validate: async (merged, ctx, db) => {
      if (!ctx.row && merged.userId == null) {
        throw new UnprocessableError('role.user_required', 'relationships.user is required', { pointer: '/data/relationships/user' });
      }
      if (ctx.row?.role === 'owner' && merged.role !== 'owner') await keepAnOwner(db, ctx);
    },
    validateDelete: async (ctx, db) => {
      if (ctx.row?.role === 'owner') await keepAnOwner(db, ctx);
    },
  },
};

async function keepAnOwner(db: import('../db/client.js').DbOrTx, ctx: WriteContext): Promise<void> {
  if ((await countOtherOwners(db, ctx.event.id, ctx.row!.id)) === 0) {
    throw new ConflictError('role.last_owner', 'An event must keep at least one owner; make someone else owner first');
  }
}

