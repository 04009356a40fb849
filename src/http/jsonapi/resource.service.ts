// Create, read, update and delete for resources that belong to an event (tracks, sessions, taxes, ...).
// Order of checks for every request: the event exists and the caller may see it (else 404), the caller's
// role allows the action (else 403), the input is valid (else 422), then one transaction writes.
import { and, eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TSchema } from '@sinclair/typebox';
import type { Db, DbOrTx } from '../../db/client.js';
import type { Access } from '../../events/access.js';
import { bumpEventVersion, findEventByKey, type EventRow } from '../../events/event.repo.js';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, UnprocessableError } from '../errors.js';
import { checkSparseFields, deletedDocument, listDocument, singleDocument } from './document.js';
import type { ListQuery } from './query.js';
import type { PublicCache } from './public-cache.js';
import {
  clearReferences,
  deleteRow,
  eventIdsOf,
  existingIds,
  findLiveForEvent,
  findIdBy,
  findRow,
  insertRow,
  listRows,
  loadIncludes,
  relatedCondition,
  replaceLinks,
  updateRow,
} from './resource.repo.js';
import { columnKey, readAttributes, type BelongsTo, type HasMany, type ManyToMany, type ResourceDef, type Row } from './resource.js';
import { JSONAPI } from './document.js';

export interface WriteContext {
  access: Access;
  event: EventRow;
  /** The row as stored (update, delete) — undefined on create. */
  row?: Row;
  /** Column values from the request (drizzle property keys). */
  values: Record<string, unknown>;
}

/** The rules of one event-scoped resource; every function runs before anything is written. */
export interface Policy {
  canRead?: (access: Access, eventId: number) => boolean;
  canCreate: (ctx: WriteContext) => boolean;
  canUpdate: (ctx: WriteContext) => boolean;
  canDelete: (ctx: WriteContext) => boolean;
  /** Checks that need the whole row (e.g. ends after starts); throws UnprocessableError or ConflictError. */
  validate?: (merged: Record<string, unknown>, ctx: WriteContext, db: DbOrTx) => void | Promise<void>;
  /** Rows elsewhere that point at a deleted row and should stop pointing at it (soft delete keeps the row). */
  clearOnDelete?: AnyPgColumn[];
  /** Checks before a delete, e.g. that an event keeps an owner. */
  validateDelete?: (ctx: WriteContext, db: DbOrTx) => void | Promise<void>;
  /** Called inside the transaction before the insert, e.g. to fill defaults. */
  prepareCreate?: (ctx: WriteContext, tx: DbOrTx) => void | Promise<void>;
  /** Called inside the writing transaction with the row as written (create and update), e.g. to log the change. */
  afterWrite?: (tx: DbOrTx, ctx: WriteContext, row: Row) => void | Promise<void>;
  /** Called inside the deleting transaction with the row as it was, e.g. to log the change. */
  afterDelete?: (tx: DbOrTx, ctx: WriteContext, row: Row) => void | Promise<void>;
}

export interface EventResource extends ResourceDef {
  eventColumn: NonNullable<ResourceDef['eventColumn']>;
  policy: Policy;
  /** Extra members of a list's meta for the event (e.g. order totals per status). */
  listMeta?: (db: DbOrTx, eventId: number) => Promise<Record<string, unknown>>;
  /** What listMeta adds, for the OpenAPI document. */
  listMetaSchema?: Record<string, TSchema>;
}

export interface JsonApiBody {
  data: {
    type: string;
    id?: string;
    attributes?: Record<string, unknown>;
    relationships?: Record<string, { data: { type: string; id: string } | { type: string; id: string }[] | null }>;
  };
}

export function scopeFor(access: Access) {
  return (target: ResourceDef): SQL | undefined => target.readScope?.(access);
}

/** Loads an event by id or identifier and the caller's roles on it; 404 when missing or hidden. */
export async function loadVisibleEvent(db: DbOrTx, access: Access, key: string): Promise<EventRow> {
  const event = await findEventByKey(db, key);
  if (!event) throw new NotFoundError('event.not_found', `Event ${key} not found`);
  await access.load([event.id]);
  if (!access.canSeeEvent(event)) throw new NotFoundError('event.not_found', `Event ${key} not found`);
  return event;
}

function ensureReadable(def: EventResource, access: Access, eventId: number): void {
  if (def.policy.canRead && !def.policy.canRead(access, eventId)) {
    throw new ForbiddenError('forbidden', `You may not read the ${def.path} of this event`);
  }
}

async function documentFor(db: DbOrTx, def: ResourceDef, row: Row, access: Access, eventId: number, query: ListQuery) {
  checkSparseFields([def, ...includedDefs(def, query.include)], query.fields);
  const includes = await loadIncludes(db, def, [row], query.include, scopeFor(access));
  await access.load(eventIdsOf(includes.included.values()));
  return singleDocument(def, row, access, query, includes);
}

/** The resources an include tree reaches, for checking fields[type] against them. */
export function includedDefs(def: ResourceDef, tree: ListQuery['include']): ResourceDef[] {
  const defs: ResourceDef[] = [];
  for (const [name, subtree] of Object.entries(tree)) {
    const rel = def.relationships[name];
    if (!rel) continue;
    const target = rel.target();
    defs.push(target, ...includedDefs(target, subtree));
  }
  return defs;
}

export interface ListOptions {
  /** Anonymous answers are kept here while the event is unchanged. */
  cache?: PublicCache;
  /** A narrower list (a tab, a search) than the resource's rows of the event. */
  where?: (event: EventRow) => SQL | undefined;
  /** More members of meta (counts per tab), after the resource's own listMeta. */
  meta?: (event: EventRow) => Promise<Record<string, unknown>>;
}

export async function listForEvent(
  db: Db,
  access: Access,
  def: EventResource,
  eventKey: string,
  query: ListQuery,
  url: string,
  options: ListOptions = {},
): Promise<Record<string, unknown> | string> {
  const { cache } = options;
  const event = await loadVisibleEvent(db, access, eventKey);
  ensureReadable(def, access, event.id);
  // Anonymous callers all see the same public data: serve it from the cache while the event is unchanged.
  const cacheable = cache && !access.actor;
  if (cacheable) {
    const hit = cache.get(url, event.id, event.version);
    if (hit !== undefined) return hit;
  }
  checkSparseFields([def, ...includedDefs(def, query.include)], query.fields);
  const privateAllowed = access.isCoorganizer(event.id);
  const condition = and(eq(def.eventColumn, event.id), def.readScope?.(access), options.where?.(event));
  // The page and the meta (totals, tab counts) are independent statements: they run at the same time.
  const metaParts = Promise.all([def.listMeta ? def.listMeta(db, event.id) : {}, options.meta ? options.meta(event) : {}]);
  metaParts.catch(() => undefined); // a failure is thrown where it is awaited
  const page = await listRows(db, def, condition, query, privateAllowed);
  const includes = await loadIncludes(db, def, page.rows, query.include, scopeFor(access));
  const meta = Object.assign({}, ...(await metaParts)) as Record<string, unknown>;
  const document = listDocument(def, page.rows, page.total, access, query, url, includes, meta);
  if (!cacheable) return document;
  const text = JSON.stringify(document);
  cache.set(url, event.id, event.version, text);
  return text;
}

/** Loads a row by id with its event; 404 when either is missing or hidden from this caller. */
export async function loadRow(db: DbOrTx, access: Access, def: EventResource, id: number): Promise<{ row: Row; event: EventRow }> {
  const row = await findRow(db, def, id);
  const notFound = new NotFoundError(`${def.type}.not_found`, `${def.type} ${id} not found`);
  if (!row) throw notFound;
  const event = await findEventByKey(db, String(row[columnKey(def.table, def.eventColumn)]));
  if (!event) throw notFound;
  await access.load([event.id]);
  if (!access.canSeeEvent(event)) throw notFound;
  if (def.readScope) {
    const scope = def.readScope(access);
    if (scope && !(await findRow(db, def, id, scope))) throw notFound;
  }
  return { row, event };
}

export async function getOne(db: Db, access: Access, def: EventResource, id: number, query: ListQuery) {
  const { row, event } = await loadRow(db, access, def, id);
  ensureReadable(def, access, event.id);
  return documentFor(db, def, row, access, event.id, query);
}

/** The single live row of a one-per-event resource (tax, copyright) for `/v1/events/{id}/<type>`. */
export async function findSingleForEvent(db: DbOrTx, access: Access, def: EventResource, eventKey: string): Promise<{ row: Row; event: EventRow }> {
  const event = await loadVisibleEvent(db, access, eventKey);
  const row = await findLiveForEvent(db, def, event.id);
  if (!row) throw new NotFoundError(`${def.type}.not_found`, `Event ${eventKey} has no ${def.type}`);
  return { row, event };
}

export async function getSingleForEvent(db: Db, access: Access, def: EventResource, eventKey: string, query: ListQuery) {
  const { row, event } = await findSingleForEvent(db, access, def, eventKey);
  ensureReadable(def, access, event.id);
  return documentFor(db, def, row, access, event.id, query);
}

/** Relationship input → column values (belongsTo) and link lists (manyToMany), checked against the event. */
async function readRelationships(
  db: DbOrTx,
  def: ResourceDef,
  eventId: number,
  relationships: JsonApiBody['data']['relationships'],
  values: Record<string, unknown>,
): Promise<Map<string, number[]>> {
  const links = new Map<string, number[]>();
  for (const [name, input] of Object.entries(relationships ?? {})) {
    if (name === 'event') continue;
    const rel = def.relationships[name];
    const target = rel.target();
    const pointer = { pointer: `/data/relationships/${name}` };
    const list = input.data === null ? [] : Array.isArray(input.data) ? input.data : [input.data];
    const ids = list.map((item) => {
      if (item.type !== target.type) {
        throw new UnprocessableError('invalid_relationship', `${name} must reference ${target.type}, not ${item.type}`, pointer);
      }
      if (!/^\d{1,10}$/.test(item.id) || Number(item.id) > 2_147_483_647) {
        throw new UnprocessableError('invalid_relationship', `${target.type} ${item.id} not found in this event`, pointer);
      }
      return Number(item.id);
    });
    const found = await existingIds(db, target, eventId, ids);
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) {
      throw new UnprocessableError('invalid_relationship', `${target.type} ${missing} not found in this event`, pointer);
    }
    if (rel.kind === 'belongsTo') values[columnKey(def.table, rel.column)] = ids[0] ?? null;
    else links.set(name, ids);
  }
  return links;
}

function checkType(def: ResourceDef, body: JsonApiBody): void {
  if (body.data.type !== def.type) {
    throw new ConflictError('type_mismatch', `Expected type "${def.type}", got "${body.data.type}"`, { pointer: '/data/type' });
  }
}

/** Writes need an account: an anonymous caller is told to log in (401), not that a role is missing (403). */
function requireActor(access: Access): void {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to change event data');
}

export async function createOne(db: Db, access: Access, def: EventResource, body: JsonApiBody) {
  requireActor(access);
  checkType(def, body);
  const eventLink = body.data.relationships?.event?.data;
  if (!eventLink || Array.isArray(eventLink) || eventLink.type !== 'event') {
    throw new UnprocessableError('event.required', 'A valid relationship with event resource is required', {
      pointer: '/data/relationships/event',
    });
  }
  const event = await findEventByKey(db, eventLink.id);
  if (event) await access.load([event.id]);
  if (!event || !access.canSeeEvent(event)) {
    throw new UnprocessableError('event.not_found', `Event ${eventLink.id} not found`, { pointer: '/data/relationships/event' });
  }
  const values = readAttributes(def, body.data.attributes);
  const ctx: WriteContext = { access, event, values };
  if (!def.policy.canCreate(ctx)) {
    throw new ForbiddenError('forbidden', `You may not create ${def.path} for this event`, { pointer: '/data/relationships/event' });
  }
  const links = await readRelationships(db, def, event.id, body.data.relationships, values);
  values[columnKey(def.table, def.eventColumn)] = event.id;
  await def.policy.validate?.(values, ctx, db);
  const row = await db.transaction(async (tx) => {
    await def.policy.prepareCreate?.(ctx, tx);
    const inserted = await insertRow(tx, def, values);
    for (const [name, ids] of links) await replaceLinks(tx, def.relationships[name] as never, inserted.id, ids);
    await def.policy.afterWrite?.(tx, ctx, inserted);
    await bumpEventVersion(tx, event.id);
    return inserted;
  });
  const shown = def.sqlFields ? ((await findRow(db, def, row.id)) ?? row) : row;
  return documentFor(db, def, shown, access, event.id, { fields: {}, include: {} } as unknown as ListQuery);
}

export async function updateOne(db: Db, access: Access, def: EventResource, id: number, body: JsonApiBody) {
  requireActor(access);
  checkType(def, body);
  if (body.data.id !== String(id)) {
    throw new ConflictError('id_mismatch', `data.id "${body.data.id}" does not match the URL id ${id}`, { pointer: '/data/id' });
  }
  if (body.data.relationships?.event) {
    throw new UnprocessableError('event.immutable', 'A resource cannot move to another event', { pointer: '/data/relationships/event' });
  }
  const { row, event } = await loadRow(db, access, def, id);
  const values = readAttributes(def, body.data.attributes);
  const ctx: WriteContext = { access, event, row, values };
  if (!def.policy.canUpdate(ctx)) throw new ForbiddenError('forbidden', `You may not change this ${def.type}`);
  const links = await readRelationships(db, def, event.id, body.data.relationships, values);
  // Again with the relationship columns filled in: a rule may depend on them (a track organizer moving a session).
  if (!def.policy.canUpdate(ctx)) throw new ForbiddenError('forbidden', `You may not change this ${def.type}`);
  await def.policy.validate?.({ ...row, ...values }, ctx, db);
  const updated = await db.transaction(async (tx) => {
    const saved = await updateRow(tx, def, id, values);
    for (const [name, ids] of links) await replaceLinks(tx, def.relationships[name] as never, id, ids);
    await def.policy.afterWrite?.(tx, ctx, saved);
    await bumpEventVersion(tx, event.id);
    return saved;
  });
  // A write answers the stored columns only: read again for the attributes computed from other rows.
  const shown = def.sqlFields ? ((await findRow(db, def, id)) ?? updated) : updated;
  return documentFor(db, def, shown, access, event.id, { fields: {}, include: {} } as unknown as ListQuery);
}

export async function deleteOne(db: Db, access: Access, def: EventResource, id: number) {
  requireActor(access);
  const { row, event } = await loadRow(db, access, def, id);
  const ctx: WriteContext = { access, event, row, values: {} };
  if (!def.policy.canDelete(ctx)) throw new ForbiddenError('forbidden', `You may not delete this ${def.type}`);
  await def.policy.validateDelete?.(ctx, db);
  await db.transaction(async (tx) => {
    await deleteRow(tx, def, id);
    for (const column of def.policy.clearOnDelete ?? []) await clearReferences(tx, column, id);
    await def.policy.afterDelete?.(tx, ctx, row);
    await bumpEventVersion(tx, event.id);
  });
  return deletedDocument();
}

/** The usual rule for schedule data: anyone who can see the event reads, coorganizer+ writes. */
export const coorganizerWrites: Policy = {
  canCreate: ({ access, event }) => access.isCoorganizer(event.id),
  canUpdate: ({ access, event }) => access.isCoorganizer(event.id),
  canDelete: ({ access, event }) => access.isCoorganizer(event.id),
};

// ---- relationship routes ------------------------------------------------------------------------------

/** Reads one row of a resource that is not event-scoped (the event itself, a user) through its own service. */
export type SingleReader = (db: Db, access: Access, id: number, query: ListQuery) => Promise<Record<string, unknown>>;

/** A row's id from the key in its URL: the numeric id, or the identifier of resources addressed by one (orders). */
async function resolveKey(db: DbOrTx, def: EventResource, key: string): Promise<number> {
  const notFound = new NotFoundError(`${def.type}.not_found`, `${def.type} ${key} not found`);
  if (/^\d{1,10}$/.test(key) && Number(key) >= 1 && Number(key) <= 2_147_483_647) return Number(key);
  const identifier = def.fields.identifier;
  if (!identifier || !def.urlKey) throw notFound;
  const id = await findIdBy(db, def, identifier.column, key);
  if (id === undefined) throw notFound;
  return id;
}

/**
 * The row a relationship route starts from, through the same checks as reading it: its event is visible, the row
 * is in the caller's read scope, and the caller may read the resource on that event (for resources whose scope
 * is the whole rule, as an order's buyer, the scope alone).
 */
export async function loadSource(db: DbOrTx, access: Access, def: EventResource, key: string): Promise<{ row: Row; event: EventRow }> {
  const { row, event } = await loadRow(db, access, def, await resolveKey(db, def, key));
  if (!def.scopeIsReadRule) ensureReadable(def, access, event.id);
  return { row, event };
}

/** GET /v1/<type>s/{id}/<to-one>: the related resource, read through its own checks (or data: null). */
export async function getRelatedOne(db: Db, access: Access, def: EventResource, key: string, name: string, query: ListQuery, readers: Map<ResourceDef, SingleReader>, url: string) {
  const { row } = await loadSource(db, access, def, key);
  const rel = def.relationships[name] as BelongsTo;
  const targetId = row[columnKey(def.table, rel.column)] as number | null;
  if (targetId === null) return { data: null, links: { self: url }, jsonapi: JSONAPI };
  const target = rel.target();
  const reader = readers.get(target);
  if (reader) return reader(db, access, targetId, query);
  return getOne(db, access, target as EventResource, targetId, query);
}

/** GET /v1/<type>s/{id}/<to-many>: the related rows the caller may read, as a list with paging. */
export async function listRelated(db: Db, access: Access, def: EventResource, key: string, name: string, query: ListQuery, url: string) {
  const { row, event } = await loadSource(db, access, def, key);
  const rel = def.relationships[name] as HasMany | ManyToMany;
  const target = rel.target() as EventResource;
  ensureReadable(target, access, event.id);
  checkSparseFields([target, ...includedDefs(target, query.include)], query.fields);
  const condition = and(eq(target.eventColumn, event.id), target.readScope?.(access), relatedCondition(db, rel, target.idColumn, row.id));
  const page = await listRows(db, target, condition, query, access.isCoorganizer(event.id));
  const includes = await loadIncludes(db, target, page.rows, query.include, scopeFor(access));
  await access.load(eventIdsOf(includes.included.values()));
  return listDocument(target, page.rows, page.total, access, query, url, includes);
}

/** GET /v1/<type>s/{id}/relationships/<name>: the linkage alone, of what the caller may read. */
export async function getLinkage(db: Db, access: Access, def: EventResource, key: string, name: string, readers: Map<ResourceDef, SingleReader>, url: string) {
  const rel = def.relationships[name];
  const query = { fields: {}, include: {}, sort: [], filter: undefined, page: { size: 5000, number: 1, all: true } } as unknown as ListQuery;
  const related = `${url.split('?')[0].replace('/relationships/', '/')}`;
  const document =
    rel.kind === 'belongsTo'
      ? await getRelatedOne(db, access, def, key, name, query, readers, related)
      : await listRelated(db, access, def, key, name, query, related);
  const data = document.data as { type: string; id: string } | { type: string; id: string }[] | null;
  const linkage = Array.isArray(data) ? data.map(({ type, id }) => ({ type, id })) : data && { type: data.type, id: data.id };
  return { data: linkage, links: { self: url.split('?')[0], related }, jsonapi: JSONAPI };
}

/**
 * GET /v1/users/{id}/<type>s: the rows of a resource whose `user` relationship is that user (their orders, their
 * speaker profiles), for that user and admins; others get a 404 for the user, as its own route answers them.
 */
export async function listForUser(db: Db, access: Access, def: EventResource, userId: number, query: ListQuery, url: string) {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to see your own records');
  if (!access.isAdmin && access.actor.id !== userId) throw new NotFoundError('user.not_found', `User ${userId} not found`);
  const rel = def.relationships.user as BelongsTo;
  checkSparseFields([def, ...includedDefs(def, query.include)], query.fields);
  const page = await listRows(db, def, and(eq(rel.column, userId), def.readScope?.(access)), query, access.isAdmin);
  await access.load(page.rows.map((row) => row[columnKey(def.table, def.eventColumn)] as number));
  const includes = await loadIncludes(db, def, page.rows, query.include, scopeFor(access));
  await access.load(eventIdsOf(includes.included.values()));
  return listDocument(def, page.rows, page.total, access, query, url, includes);
}

/** GET of one row of an event by another unique attribute (a discount code by its text), with GET's checks. */
export async function getOneByField(db: Db, access: Access, def: EventResource, eventKey: string, name: string, value: string, query: ListQuery) {
  const event = await loadVisibleEvent(db, access, eventKey);
  const id = await findIdBy(db, def, def.fields[name].column, value, eq(def.eventColumn, event.id));
  if (id === undefined) throw new NotFoundError(`${def.type}.not_found`, `${def.type} ${value} not found`);
  return getOne(db, access, def, id, query);
}

/** GET /v1/events/{id}/relationships/<name>: the linkage of an event's rows of one resource the caller may read. */
export async function getEventLinkage(db: Db, access: Access, target: EventResource, eventKey: string, toOne: boolean, related: string, url: string) {
  const query = { fields: {}, include: {}, sort: [], filter: undefined, page: { size: 5000, number: 1, all: true } } as unknown as ListQuery;
  const document = (await listForEvent(db, access, target, eventKey, query, url)) as { data: { type: string; id: string }[] };
  const linkage = document.data.map(({ type, id }) => ({ type, id }));
  return { data: toOne ? (linkage[0] ?? null) : linkage, links: { self: url.split('?')[0], related }, jsonapi: JSONAPI };
}
