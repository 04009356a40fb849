// SQL fragments naming the events on which a user holds roles, for read scopes that span events.
import { sql, type SQL } from 'drizzle-orm';
import { usersEventsRoles } from '../db/schema.js';
import type { Role } from './access.js';

export function eventsWhereUserHas(userId: number, roles?: readonly Role[]): SQL {
  const byRole = roles ? sql` and ${usersEventsRoles.role} in (${sql.join(roles.map((r) => sql`${r}`), sql`, `)})` : sql``;
  return sql`(select ${usersEventsRoles.eventId} from ${usersEventsRoles} where ${usersEventsRoles.userId} = ${userId}${byRole})`;
}

export const COORGANIZER_ROLES: readonly Role[] = ['owner', 'organizer', 'coorganizer'];
export const REGISTRAR_ROLES: readonly Role[] = ['owner', 'organizer', 'coorganizer', 'registrar'];
