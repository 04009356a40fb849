// GET /v1/taxes: the live taxes of every event the caller may see, public fields only unless the caller is
// coorganizer+ of that tax's event (roles for all events on the page are loaded in one query).
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Access } from '../events/access.js';
import { readableEventIds } from '../events/event.repo.js';
import { checkSparseFields, listDocument } from '../http/jsonapi/document.js';
import type { ListQuery } from '../http/jsonapi/query.js';
import { eventIdsOf, listRows, loadIncludes } from '../http/jsonapi/resource.repo.js';
import { scopeFor } from '../http/jsonapi/resource.service.js';
import { taxResource } from './tax.resource.js';

export async function listTaxes(db: Db, access: Access, query: ListQuery, url: string) {
  checkSparseFields([taxResource], query.fields);
  const readable = readableEventIds(access.actor);
  const where = readable ? inArray(taxResource.eventColumn, readable) : undefined;
  // Private fields are not filterable here: the list spans events with different roles.
  const page = await listRows(db, taxResource, where, query, access.isAdmin);
  const includes = await loadIncludes(db, taxResource, page.rows, query.include, scopeFor(access));
  await access.load(eventIdsOf([...page.rows.map((row) => ({ def: taxResource, row })), ...includes.included.values()]));
  return listDocument(taxResource, page.rows, page.total, access, query, url, includes);
}
