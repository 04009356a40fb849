// Events: listing what the caller may see, creating (the creator becomes owner), changing and deleting.
import crypto from 'node:crypto';
import type { Db } from '../db/client.js';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, UnprocessableError } from '../http/errors.js';
import { checkSparseFields, deletedDocument, listDocument, singleDocument } from '../http/jsonapi/document.js';
import type { ListQuery } from '../http/jsonapi/query.js';
import { deleteRow, eventIdsOf, listRows, loadIncludes, updateRow } from '../http/jsonapi/resource.repo.js';
import { readAttributes, type Row } from '../http/jsonapi/resource.js';
import { includedDefs, loadVisibleEvent, scopeFor, type JsonApiBody } from '../http/jsonapi/resource.service.js';
import type { Access } from './access.js';
import { bumpEventVersion, eventsWithRoleOf, identifierTaken, insertEventWithOwner, listableEvents, upcomingEvents } from './event.repo.js';
import { eventResource } from './event.resource.js';

async function withIncludes(db: Db, access: Access, rows: Row[], query: ListQuery) {
  checkSparseFields([eventResource, ...includedDefs(eventResource, query.include)], query.fields);
  const includes = await loadIncludes(db, eventResource, rows, query.include, scopeFor(access));
  await access.load(eventIdsOf([...rows.map((row) => ({ def: eventResource, row })), ...includes.included.values()]));
  return includes;
}

export async function listEvents(db: Db, access: Access, query: ListQuery, url: string) {
  const page = await listRows(db, eventResource, listableEvents(access.actor), query, false);
  const includes = await withIncludes(db, access, page.rows, query);
  return listDocument(eventResource, page.rows, page.total, access, query, url, includes);
}

/** Published public events not yet over, soonest first unless the query sorts (GET /v1/events/upcoming). */
export async function listUpcomingEvents(db: Db, access: Access, query: ListQuery, url: string, now = new Date()) {
  const sorted: ListQuery = query.sort.length > 0 ? query : { ...query, sort: [{ field: 'starts-at', desc: false }] };
  const page = await listRows(db, eventResource, upcomingEvents(now), sorted, false);
  const includes = await withIncludes(db, access, page.rows, query);
  return listDocument(eventResource, page.rows, page.total, access, query, url, includes);
}

/** The events a user holds a role on (GET /v1/users/{id}/events, as the original): the user and admins only. */
export async function listUserEvents(db: Db, access: Access, userId: number, query: ListQuery, url: string) {
  if (!access.actor || (!access.actor.isAdmin && access.actor.id !== userId)) throw new NotFoundError('user.not_found', `User ${userId} not found`);
  const page = await listRows(db, eventResource, eventsWithRoleOf(userId), query, false);
  const includes = await withIncludes(db, access, page.rows, query);
  return listDocument(eventResource, page.rows, page.total, access, query, url, includes);
}

export async function getEvent(db: Db, access: Access, key: string, query: ListQuery) {
  const event = (await loadVisibleEvent(db, access, key)) as unknown as Row;
  const includes = await withIncludes(db, access, [event], query);
  return singleDocument(eventResource, event, access, query, includes);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function validateEvent(merged: Record<string, unknown>): void {
  const starts = merged.startsAt as Date;
  const ends = merged.endsAt as Date;
  if (ends <= starts) {
    throw new UnprocessableError('event.ends_before_start', 'ends-at must be after starts-at', { pointer: '/data/attributes/ends-at' });
  }
  if (typeof merged.timezone === 'string' && !isTimeZone(merged.timezone)) {
    throw new UnprocessableError('event.timezone', `"${merged.timezone}" is not an IANA time zone such as Europe/Berlin`, {
      pointer: '/data/attributes/timezone',
    });
  }
  if (typeof merged.paymentCurrency === 'string' && !/^[A-Z]{3}$/.test(merged.paymentCurrency)) {
    throw new UnprocessableError('event.currency', 'payment-currency must be an ISO 4217 code such as EUR', {
      pointer: '/data/attributes/payment-currency',
    });
  }
}

function checkEventType(body: JsonApiBody): void {
  if (body.data.type !== 'event') {
    throw new ConflictError('type_mismatch', `Expected type "event", got "${body.data.type}"`, { pointer: '/data/type' });
  }
}

/** 8 hex characters with at least one letter, so an identifier never looks like a numeric id. */
async function newIdentifier(db: Db): Promise<string> {
  for (;;) {
    const candidate = crypto.randomBytes(4).toString('hex');
    if (/[a-f]/.test(candidate) && !(await identifierTaken(db, candidate))) return candidate;
  }
}

export async function createEvent(db: Db, access: Access, body: JsonApiBody) {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to create an event');
  checkEventType(body);
  const values = readAttributes(eventResource, body.data.attributes);
  validateEvent(values);
  const event = await insertEventWithOwner(
    db,
    { ...(values as { name: string; startsAt: Date; endsAt: Date }), identifier: await newIdentifier(db) },
    access.actor.id,
  );
  return singleDocument(eventResource, event as unknown as Row, access, { fields: {} });
}

export async function updateEvent(db: Db, access: Access, key: string, body: JsonApiBody) {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to change an event');
  checkEventType(body);
  const event = await loadVisibleEvent(db, access, key);
  if (body.data.id !== String(event.id) && body.data.id !== event.identifier) {
    throw new ConflictError('id_mismatch', `data.id "${body.data.id}" does not match event ${key}`, { pointer: '/data/id' });
  }
  if (!access.isCoorganizer(event.id)) throw new ForbiddenError('forbidden', 'Co-organizer access is required');
  const values = readAttributes(eventResource, body.data.attributes);
  validateEvent({ ...event, ...values });
  const row = await db.transaction(async (tx) => {
    await bumpEventVersion(tx, event.id);
    return updateRow(tx, eventResource, event.id, values);
  });
  return singleDocument(eventResource, row, access, { fields: {} });
}

export async function deleteEvent(db: Db, access: Access, key: string) {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to delete an event');
  const event = await loadVisibleEvent(db, access, key);
  if (!access.isOwner(event.id)) throw new ForbiddenError('forbidden', 'Only the owner may delete an event');
  await db.transaction(async (tx) => {
    await deleteRow(tx, eventResource, event.id);
    await bumpEventVersion(tx, event.id);
  });
  return deletedDocument();
}

/** What the caller may do on an event, as the services decide it: the pages show only what this allows. */
export interface EventPermissions {
  roles: string[];
  'is-admin': boolean;
  can: {
    'edit-event': boolean;
    'delete-event': boolean;
    'manage-tickets': boolean;
    'view-orders': boolean;
    'manage-orders': boolean;
    'view-attendees': boolean;
    'check-in': boolean;
    export: boolean;
    'view-team': boolean;
    'manage-team': boolean;
    'manage-program': boolean;
    'edit-program': boolean;
  };
}

export async function eventPermissions(db: Db, access: Access, key: string): Promise<EventPermissions> {
  const event = await loadVisibleEvent(db, access, key);
  await access.load([event.id]);
  const id = event.id;
  const coorganizer = access.isCoorganizer(id);
  return {
    roles: [...new Set(access.roles(id).map((r) => r.role))],
    'is-admin': access.isAdmin,
    can: {
      'edit-event': coorganizer,
      'delete-event': access.isOwner(id),
      'manage-tickets': coorganizer,
      'view-orders': coorganizer,
      'manage-orders': coorganizer,
      'view-attendees': access.isRegistrar(id),
      'check-in': access.isRegistrar(id),
      export: coorganizer,
      'view-team': coorganizer,
      'manage-team': access.isOrganizer(id),
      'manage-program': coorganizer || access.trackOrganizerTracks(id) !== undefined,
      'edit-program': coorganizer,
    },
  };
}
