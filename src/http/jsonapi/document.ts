// Builds JSON:API documents from rows: resource objects with dasherized attributes, relationship linkage,
// sparse fieldsets, included resources, pagination links and meta.count. Private attributes appear only
// where the resource's canSeePrivate allows it for that row.
import type { Access } from '../../events/access.js';
import { BadRequestError } from '../errors.js';
import type { ListQuery } from './query.js';
import type { IncludeResult, Linkage } from './resource.repo.js';
import { columnKey, toAttributeValue, type FieldDef, type RelDef, type ResourceDef, type Row, type SqlField } from './resource.js';

export const JSONAPI = { version: '1.0' } as const;

export interface ResourceObject {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data?: unknown; links: { self: string; related: string } }>;
  links: { self: string };
}

/** Rejects fields[type] names the resource does not have, naming the parameter. */
export function checkSparseFields(defs: ResourceDef[], fields: ListQuery['fields']): void {
  for (const [type, names] of Object.entries(fields)) {
    const def = defs.find((d) => d.type === type);
    if (!def) continue;
    for (const name of names) {
      const field = def.fields[name];
      if ((!field || field.writeOnly) && !def.relationships[name] && !def.computed?.[name] && !def.sqlFields?.[name] && !(def.absent && name in def.absent) && name !== 'deleted-at') {
        throw new BadRequestError('invalid_fields', `${type} has no field "${name}"`, { parameter: `fields[${type}]` });
      }
    }
  }
}

interface CompiledField {
  name: string;
  key: string;
  field: FieldDef;
}
interface CompiledRel {
  name: string;
  rel: RelDef;
  fkKey?: string;
}
interface Compiled {
  fields: CompiledField[];
  rels: CompiledRel[];
}

// Serialization runs for every row of every response: resolve names and keys once per resource.
const compiled = new WeakMap<ResourceDef, Compiled>();
function compile(def: ResourceDef): Compiled {
  let result = compiled.get(def);
  if (!result) {
    result = {
      fields: Object.entries(def.fields)
        .filter(([, field]) => !field.writeOnly)
        .map(([name, field]) => ({ name, field, key: columnKey(def.table, field.column) })),
      rels: Object.entries(def.relationships).map(([name, rel]) => ({
        name,
        rel,
        fkKey: rel.kind === 'belongsTo' ? columnKey(def.table, rel.column) : undefined,
      })),
    };
    compiled.set(def, result);
  }
  return result;
}

export function serialize(
  def: ResourceDef,
  row: Row,
  access: Access,
  fields: ListQuery['fields'],
  linkage?: Linkage,
): ResourceObject {
  const sparse = fields[def.type];
  const showPrivate = def.canSeePrivate ? def.canSeePrivate(access, row) : false;
  const { fields: compiledFields, rels } = compile(def);
  const attributes: Record<string, unknown> = {};
  for (const { name, key, field } of compiledFields) {
    if (field.private && !showPrivate) continue;
    if (sparse && !sparse.has(name)) continue;
    attributes[name] = toAttributeValue(field, row[key]);
  }
  if (def.computed) {
    for (const [name, compute] of Object.entries(def.computed)) if (!sparse || sparse.has(name)) attributes[name] = compute(row);
  }
  // Every type has the original's deleted-at: a live row's is null (rows deleted for real are gone; soft-deleted
  // ones are never served).
  if (!sparse || sparse.has('deleted-at')) attributes['deleted-at'] = null;
  if (def.sqlFields) {
    for (const [name, field] of Object.entries(def.sqlFields)) {
      if (field.private && !showPrivate) continue;
      if (!sparse || sparse.has(name)) attributes[name] = sqlFieldValue(field, row[name]);
    }
  }
  if (def.absent) {
    for (const [name, value] of Object.entries(def.absent)) if (!sparse || sparse.has(name)) attributes[name] = value;
  }
  const relationships: NonNullable<ResourceObject['relationships']> = {};
  let hasRelationships = false;
  const found = linkage?.get(`${def.type}:${row.id}`);
  const self = selfLink(def, row);
  for (const { name, rel, fkKey } of rels) {
    if (sparse && !sparse.has(name)) continue;
    // As the original: every relationship links to its linkage and to the related resource(s).
    const entry: { data?: unknown; links: { self: string; related: string } } = {
      links: { self: `${self}/relationships/${name}`, related: rel.related ? rel.related(row.id) : `${self}/${name}` },
    };
    const known = found?.get(name);
    if (known !== undefined) {
      const type = rel.target().type;
      entry.data = Array.isArray(known)
        ? known.map((id) => ({ type, id: String(id) }))
        : known === null
          ? null
          : { type, id: String(known) };
    } else if (fkKey) {
      const value = row[fkKey] as number | null;
      entry.data = value === null ? null : { type: rel.target().type, id: String(value) };
    }
    relationships[name] = entry;
    hasRelationships = true;
  }
  const resource: ResourceObject = { type: def.type, id: String(row.id), attributes, links: { self } };
  if (hasRelationships) resource.relationships = relationships;
  return resource;
}

/** A SQL-computed attribute as read from json_agg: timestamps as ISO strings, decimals as numbers. */
function sqlFieldValue(field: SqlField, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (field.type === 'datetime') return new Date(value as string).toISOString();
  if (field.type === 'decimal' || field.type === 'integer') return Number(value);
  return value;
}

export function selfLink(def: ResourceDef, row: Row): string {
  return `/v1/${def.path}/${def.urlKey ? def.urlKey(row) : row.id}`;
}

function includedArray(result: IncludeResult | undefined, access: Access, fields: ListQuery['fields']): ResourceObject[] | undefined {
  if (!result || result.included.size === 0) return undefined;
  return [...result.included.values()].map(({ def, row }) => serialize(def, row, access, fields, result.linkage));
}

export function singleDocument(
  def: ResourceDef,
  row: Row,
  access: Access,
  query: Pick<ListQuery, 'fields'>,
  includes?: IncludeResult,
): Record<string, unknown> {
  const document: Record<string, unknown> = {
    data: serialize(def, row, access, query.fields, includes?.linkage),
  };
  const included = includedArray(includes, access, query.fields);
  if (included) document.included = included;
  document.links = { self: selfLink(def, row) };
  document.jsonapi = JSONAPI;
  return document;
}

function pageUrl(base: string, search: URLSearchParams, size: number, number: number): string {
  const params = new URLSearchParams(search);
  params.set('page[size]', String(size));
  params.set('page[number]', String(number));
  return `${base}?${params.toString()}`;
}

export function listDocument(
  def: ResourceDef,
  rows: Row[],
  total: number,
  access: Access,
  query: ListQuery,
  url: string,
  includes?: IncludeResult,
  meta: Record<string, unknown> = {},
): Record<string, unknown> {
  const [base, queryString = ''] = url.split('?');
  const search = new URLSearchParams(queryString);
  const size = query.page.size;
  const last = Math.max(1, Math.ceil(total / size));
  const number = query.page.number;
  const links: Record<string, string> = { self: url };
  if (!query.page.all || total > size) {
    links.first = pageUrl(base, search, size, 1);
    links.last = pageUrl(base, search, size, last);
    if (number > 1) links.prev = pageUrl(base, search, size, Math.min(number - 1, last));
    if (number < last) links.next = pageUrl(base, search, size, number + 1);
  }
  const document: Record<string, unknown> = {
    data: rows.map((row) => serialize(def, row, access, query.fields, includes?.linkage)),
  };
  const included = includedArray(includes, access, query.fields);
  if (included) document.included = included;
  document.links = links;
  document.meta = { count: total, ...meta };
  document.jsonapi = JSONAPI;
  return document;
}

export function deletedDocument(): Record<string, unknown> {
  return { meta: { message: 'Object successfully deleted' }, jsonapi: JSONAPI };
}
