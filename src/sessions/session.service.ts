// The program dashboard's session work: the list on one tab with the search box and every tab's count; accepting,
// rejecting or confirming many sessions at once (named by id, or "all that match" a tab and search) in one
// transaction; and the refusal to delete a room, track or session type that sessions still use.
import { and, inArray, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../db/client.js';
import { sessions } from '../db/schema.js';
import type { Access } from '../events/access.js';
import { bumpEventVersion } from '../events/event.repo.js';
import { ConflictError, ForbiddenError, UnauthorizedError, UnprocessableError } from '../http/errors.js';
import { MAX_SEARCH_LENGTH, type ListQuery } from '../http/jsonapi/query.js';
import type { PublicCache } from '../http/jsonapi/public-cache.js';
import { listForEvent, loadVisibleEvent, type WriteContext } from '../http/jsonapi/resource.service.js';
import {
  countSessionsByTab,
  findSessionTargets,
  sessionSearchCondition,
  sessionsUsing,
  sessionTabCondition,
  SESSION_TABS,
  setSessionStates,
  type SessionState,
  type SessionTab,
  type StateChangeCounts,
} from './session.repo.js';
import { sessionResource } from './session.resource.js';

export interface SessionFilters {
  tab: SessionTab;
  search: string;
}

/**
 * The event's sessions on one tab under the search box. With `withTabs` (the dashboard asks by naming a tab or a
 * search), meta.tabs has the count of every tab under the same search and the caller's read scope; the plain list
 * older clients ask for costs what it did.
 */
export async function listEventSessions(db: Db, access: Access, eventKey: string, query: ListQuery, filters: SessionFilters & { withTabs: boolean }, url: string, cache?: PublicCache) {
  const search = sessionSearchCondition(filters.search);
  return listForEvent(db, access, sessionResource, eventKey, query, url, {
    cache,
    where: () => and(sessionTabCondition(filters.tab), search),
    meta: filters.withTabs ? async (event) => ({ tabs: await countSessionsByTab(db, event.id, and(sessionResource.readScope?.(access), search)) }) : undefined,
  });
}

/** The states the dashboard sets on many sessions at once. */
export const BULK_STATES = ['accepted', 'rejected', 'confirmed', 'pending', 'canceled', 'withdrawn', 'draft'] as const satisfies readonly SessionState[];

export interface BulkStateInput {
  state: SessionState;
  ids?: string[];
  filter?: { tab?: string; search?: string };
}

const MAX_IDS = 5_000;

/**
 * Sets the state of the sessions named by `ids`, or of all that match `filter` (a tab and search, as the list),
 * in one transaction. Coorganizers change any session; a track organizer only those of their tracks: named ids
 * outside them are refused (403, nothing changes), matching ones outside them are left and counted as not allowed.
 */
export async function bulkSetSessionState(db: Db, access: Access, eventKey: string, input: BulkStateInput): Promise<StateChangeCounts> {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to change event data');
  const event = await loadVisibleEvent(db, access, eventKey);
  const tracks = access.trackOrganizerTracks(event.id);
  const coorganizer = access.isCoorganizer(event.id);
  if (!coorganizer && tracks === undefined) throw new ForbiddenError('forbidden', 'Your role on this event does not let you change its sessions');
  if ((input.ids === undefined) === (input.filter === undefined)) {
    throw new UnprocessableError('session.bulk_target', 'Give either ids or filter, not both', { pointer: input.ids ? '/data/filter' : '/data/ids' });
  }
  // A track organizer with every track (trackId null) may change any session, like a coorganizer.
  const mayChange: SQL | undefined =
    coorganizer || tracks === null ? undefined : tracks!.size === 0 ? undefined : inArray(sessions.trackId, [...tracks!]);

  let where: SQL | undefined;
  if (input.ids) {
    const ids = input.ids.map((id, index) => {
      if (!/^\d{1,10}$/.test(id) || Number(id) > 2_147_483_647) {
        throw new UnprocessableError('invalid_id', `ids[${index}] is not a session id`, { pointer: `/data/ids/${index}` });
      }
      return Number(id);
    });
    if (ids.length === 0) throw new UnprocessableError('session.bulk_empty', 'Name at least one session', { pointer: '/data/ids' });
    if (ids.length > MAX_IDS) throw new UnprocessableError('session.bulk_too_many', `At most ${MAX_IDS} sessions at once`, { pointer: '/data/ids' });
    const found = new Map((await findSessionTargets(db, event.id, ids)).map((row) => [row.id, row]));
    ids.forEach((id, index) => {
      const row = found.get(id);
      if (!row) throw new UnprocessableError('session.not_found', `Session ${id} is not a session of this event`, { pointer: `/data/ids/${index}` });
      if (mayChange && (row.trackId === null || !tracks!.has(row.trackId))) {
        throw new ForbiddenError('forbidden', `Session ${id} is not in a track you organize`, { pointer: `/data/ids/${index}` });
      }
    });
    where = inArray(sessions.id, ids);
  } else {
    const { tab = 'all', search = '' } = input.filter!;
    if (!(SESSION_TABS as readonly string[]).includes(tab)) {
      throw new UnprocessableError('invalid_parameter', `tab must be one of ${SESSION_TABS.join(', ')}`, { pointer: '/data/filter/tab' });
    }
    if (search.trim().length > MAX_SEARCH_LENGTH) {
      throw new UnprocessableError('invalid_parameter', `search may be at most ${MAX_SEARCH_LENGTH} characters`, { pointer: '/data/filter/search' });
    }
    where = and(sessionTabCondition(tab as SessionTab), sessionSearchCondition(search));
  }
  return db.transaction(async (tx) => {
    const counts = await setSessionStates(tx, event.id, where, mayChange, input.state);
    if (counts.changed > 0) await bumpEventVersion(tx, event.id);
    return counts;
  });
}

/**
 * A resource's validateDelete that refuses (409) to delete a room, track or session type that live sessions
 * still use, saying how many and naming a few, so nobody loses the sessions' placement by accident.
 */
export function refuseWhileUsed(what: string, column: AnyPgColumn) {
  return async ({ event, row }: WriteContext, db: DbOrTx): Promise<void> => {
    const use = await sessionsUsing(db, event.id, column, row!.id);
    if (use.count === 0) return;
    const named = use.titles.map((title) => `“${title}”`);
    const more = use.count - named.length;
    const list = more > 0 ? `${named.join(', ')} and ${more} more` : named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0];
    const sessionsWord = use.count === 1 ? '1 session' : `${use.count} sessions`;
    throw new ConflictError(
      `${what.replace(' ', '-')}.in_use`,
      `${sessionsWord} use${use.count === 1 ? 's' : ''} this ${what}: ${list}. Move ${use.count === 1 ? 'it' : 'them'} elsewhere first.`,
    );
  };
}
