// The `user-favourite-session` resource: a session a person bookmarked for their own schedule. Each person sees
// and changes only their own (admins all of them).
import { eq, sql } from 'drizzle-orm';
import { userFavouriteSessions } from '../db/schema.js';
import type { Access } from '../events/access.js';
import type { ResourceDef } from '../http/jsonapi/resource.js';
import { sessionResource } from '../sessions/session.resource.js';
import { userResource } from '../users/user.resource.js';

export const favouriteSessionResource: ResourceDef = {
  type: 'user-favourite-session',
  path: 'user-favourite-sessions',
  table: userFavouriteSessions,
  idColumn: userFavouriteSessions.id,
  fields: {
    'created-at': { column: userFavouriteSessions.createdAt, type: 'datetime', readOnly: true },
  },
  relationships: {
    session: { kind: 'belongsTo', target: () => sessionResource, column: userFavouriteSessions.sessionId, writable: true, required: true },
    user: { kind: 'belongsTo', target: () => userResource, column: userFavouriteSessions.userId },
  },
  defaultSort: [{ column: userFavouriteSessions.id }],
  readScope: (access: Access) => (access.isAdmin ? undefined : access.actor ? eq(userFavouriteSessions.userId, access.actor.id) : sql`false`),
};
