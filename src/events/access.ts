// Who is calling and what they may do on each event. Roles are loaded once per request for all the
// events a response touches (one query), then every check is a lookup.
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { usersEventsRoles } from '../db/schema.js';

export const ROLES = ['owner', 'organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: number;
  email: string;
  isAdmin: boolean;
}

export interface EventRole {
  role: Role;
  trackId: number | null;
}

const ORGANIZER: Role[] = ['owner', 'organizer'];
const COORGANIZER: Role[] = ['owner', 'organizer', 'coorganizer'];

export class Access {
  private readonly byEvent = new Map<number, EventRole[]>();

  constructor(
    readonly db: DbOrTx,
    readonly actor: Actor | null,
  ) {}

  /** The same caller and role cache, querying through `db` (a transaction must not wait on the pool). */
  withDb(db: DbOrTx): Access {
    const access = new Access(db, this.actor);
    for (const [id, roles] of this.byEvent) access.byEvent.set(id, roles);
    return access;
  }

  get isAdmin(): boolean {
    return this.actor?.isAdmin === true;
  }

  /** Loads the caller's roles on these events (those not loaded yet) in one query. */
  async load(eventIds: Iterable<number>): Promise<this> {
    if (!this.actor || this.actor.isAdmin) return this;
    const missing = [...new Set(eventIds)].filter((id) => !this.byEvent.has(id));
    if (missing.length === 0) return this;
    for (const id of missing) this.byEvent.set(id, []);
    const rows = await this.db
      .select({ eventId: usersEventsRoles.eventId, role: usersEventsRoles.role, trackId: usersEventsRoles.trackId })
      .from(usersEventsRoles)
      .where(and(eq(usersEventsRoles.userId, this.actor.id), inArray(usersEventsRoles.eventId, missing)));
    for (const row of rows) this.byEvent.get(row.eventId)!.push({ role: row.role as Role, trackId: row.trackId });
    return this;
  }

  roles(eventId: number): EventRole[] {
    const roles = this.byEvent.get(eventId);
    if (roles === undefined && this.actor && !this.actor.isAdmin) {
      throw new Error(`roles for event ${eventId} were not loaded`);
    }
    return roles ?? [];
  }

  private has(eventId: number, allowed: Role[]): boolean {
    return this.isAdmin || this.roles(eventId).some((r) => allowed.includes(r.role));
  }

  hasAnyRole(eventId: number): boolean {
    return this.isAdmin || this.roles(eventId).length > 0;
  }
  isOwner(eventId: number): boolean {
    return this.has(eventId, ['owner']);
  }
  isOrganizer(eventId: number): boolean {
    return this.has(eventId, ORGANIZER);
  }
  isCoorganizer(eventId: number): boolean {
    return this.has(eventId, COORGANIZER);
  }
  isRegistrar(eventId: number): boolean {
    return this.has(eventId, [...COORGANIZER, 'registrar']);
  }
  /** Tracks a track organizer may edit; null = every track of the event. */
  trackOrganizerTracks(eventId: number): Set<number> | null | undefined {
    const rows = this.roles(eventId).filter((r) => r.role === 'track_organizer');
    if (rows.length === 0) return undefined;
    if (rows.some((r) => r.trackId === null)) return null;
    return new Set(rows.map((r) => r.trackId!));
  }

  /** A draft event exists only for those with a role on it. */
  canSeeEvent(event: { id: number; state: string; deletedAt: Date | null }): boolean {
    if (event.deletedAt) return this.isAdmin;
    return event.state === 'published' || this.hasAnyRole(event.id);
  }
}
