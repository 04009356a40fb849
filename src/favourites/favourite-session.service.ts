// Bookmarks: a logged-in person bookmarks a session they can see; lists and deletes touch only their own.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { userFavouriteSessions } from '../db/schema.js';
import type { Access } from '../events/access.js';
import { ConflictError, NotFoundError, UnauthorizedError, UnprocessableError } from '../http/errors.js';
import { checkSparseFields, deletedDocument, listDocument, singleDocument } from '../http/jsonapi/document.js';
import type { ListQuery } from '../http/jsonapi/query.js';
import { checkInclude, deleteRow, eventIdsOf, findRow, listRows, loadIncludes } from '../http/jsonapi/resource.repo.js';
import type { Row } from '../http/jsonapi/resource.js';
import { includedDefs, loadVisibleEvent, scopeFor, type JsonApiBody } from '../http/jsonapi/resource.service.js';
import { sessionResource } from '../sessions/session.resource.js';
import { favouriteSessionResource as def } from './favourite-session.resource.js';
import { favouritesOfEvent, upsertFavourite } from './favourite-session.repo.js';

function actorOf(access: Access) {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to keep bookmarks on your account');
  return access.actor;
}

async function withIncludes(db: Db, access: Access, rows: Row[], query: Pick<ListQuery, 'include' | 'fields'>) {
  checkInclude(def, query.include);
  checkSparseFields([def, ...includedDefs(def, query.include)], query.fields);
  const includes = await loadIncludes(db, def, rows, query.include, scopeFor(access));
  // What a caller sees of an included session depends on their roles on its event.
  await access.load(eventIdsOf([...includes.included.values()]));
  return includes;
}

export async function createFavourite(db: Db, access: Access, body: JsonApiBody) {
  const actor = actorOf(access);
  if (body.data.type !== def.type) throw new ConflictError('type_mismatch', `Expected type "${def.type}", got "${body.data.type}"`, { pointer: '/data/type' });
  const linkage = (body.data.relationships?.session as { data?: { id?: string } } | undefined)?.data;
  const sessionId = Number(linkage?.id);
  if (!Number.isInteger(sessionId) || sessionId <= 0) {
    throw new UnprocessableError('favourite.session_required', 'relationships.session must name a session', { pointer: '/data/relationships/session' });
  }
  const visible = await findRow(db, sessionResource, sessionId, sessionResource.readScope?.(access));
  if (!visible) throw new NotFoundError('session.not_found', `Session ${sessionId} not found`, { pointer: '/data/relationships/session' });
  const { id, created } = await upsertFavourite(db, actor.id, sessionId);
  const row = (await findRow(db, def, id))!;
  return { created, document: singleDocument(def, row, access, { fields: {} }) };
}

export async function listUserFavourites(db: Db, access: Access, userId: number, query: ListQuery, url: string) {
  const actor = actorOf(access);
  if (!access.isAdmin && actor.id !== userId) throw new NotFoundError('user.not_found', `User ${userId} not found`);
  const page = await listRows(db, def, eq(userFavouriteSessions.userId, userId), query, false);
  return listDocument(def, page.rows, page.total, access, query, url, await withIncludes(db, access, page.rows, query));
}

/** The caller's own bookmarks of one session they can see (the original's /sessions/{id}/user-favourite-sessions). */
export async function listSessionFavourites(db: Db, access: Access, sessionId: number, query: ListQuery, url: string) {
  actorOf(access);
  const visible = await findRow(db, sessionResource, sessionId, sessionResource.readScope?.(access));
  if (!visible) throw new NotFoundError('session.not_found', `Session ${sessionId} not found`);
  const page = await listRows(db, def, and(eq(userFavouriteSessions.sessionId, sessionId), def.readScope!(access)), query, false);
  return listDocument(def, page.rows, page.total, access, query, url, await withIncludes(db, access, page.rows, query));
}

/** The caller's own bookmarks of the sessions of one event they can see. */
export async function listEventFavourites(db: Db, access: Access, eventKey: string, query: ListQuery, url: string) {
  actorOf(access);
  const event = await loadVisibleEvent(db, access, eventKey);
  const page = await listRows(db, def, and(favouritesOfEvent(event.id), def.readScope!(access)), query, false);
  return listDocument(def, page.rows, page.total, access, query, url, await withIncludes(db, access, page.rows, query));
}

async function ownFavourite(db: Db, access: Access, id: number): Promise<Row> {
  actorOf(access);
  const row = await findRow(db, def, id, def.readScope!(access));
  if (!row) throw new NotFoundError('favourite.not_found', `Bookmark ${id} not found`);
  return row;
}

export async function getFavourite(db: Db, access: Access, id: number, query: Pick<ListQuery, 'include' | 'fields'>) {
  const row = await ownFavourite(db, access, id);
  return singleDocument(def, row, access, query, await withIncludes(db, access, [row], query));
}

export async function deleteFavourite(db: Db, access: Access, id: number) {
  await ownFavourite(db, access, id);
  await deleteRow(db, def, id);
  return deletedDocument();
}
