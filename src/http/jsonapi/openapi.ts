// What the OpenAPI document says about JSON:API routes, derived from the same resource declarations that serialize
// them: a component per resource (its attributes with their types, its relationships), the documents each route
// answers, and the list parameters. It changes documentation only (through @fastify/swagger's transform), never
// validation or serialization, and it is what the browser's typed client is generated from (web/src/lib/api), so
// the pages and the API cannot drift apart unnoticed.
import { Type, type TSchema } from '@sinclair/typebox';
import type { FieldDef, ResourceDef } from './resource.js';

export interface RouteDocumentation {
  resource: ResourceDef;
  /** list: data is an array, with meta.count and paging links; single: one resource; deleted: meta only. */
  document: 'list' | 'single' | 'deleted';
  /** The success status (default 200; 201 for creation). */
  status?: number;
  /** Extra meta members of the answer (e.g. counts per tab of a list, an order's expiry). */
  meta?: Record<string, TSchema>;
  /** Extra query parameters this list takes beyond the JSON:API ones. */
  query?: Record<string, string>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The JSON:API document this route answers, for the OpenAPI document. */
    openapi?: RouteDocumentation;
  }
}

const pascal = (type: string) => type.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
export const componentName = (def: ResourceDef) => `${pascal(def.type)}Resource`;
const ref = (def: ResourceDef) => Type.Unsafe({ $ref: `#/components/schemas/${componentName(def)}` });

function attributeSchema(field: FieldDef): TSchema {
  let schema: TSchema;
  switch (field.type) {
    case 'integer':
      schema = Type.Integer();
      break;
    case 'number':
    case 'decimal':
      schema = Type.Number();
      break;
    case 'boolean':
      schema = Type.Boolean();
      break;
    case 'datetime':
      schema = Type.String({ format: 'date-time' });
      break;
    case 'enum':
      schema = Type.Union(field.values!.map((value) => Type.Literal(value)));
      break;
    case 'json':
      schema = field.schema ?? Type.Unknown();
      break;
    default:
      schema = Type.String();
  }
  return field.notNull ? schema : Type.Union([schema, Type.Null()]);
}

const linkage = Type.Object({ type: Type.String(), id: Type.String() });

/** The resource object as the API serializes it. Private attributes are optional: only the right roles see them. */
export function resourceComponent(def: ResourceDef): TSchema {
  const attributes: Record<string, TSchema> = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.writeOnly) continue;
    attributes[name] = field.private ? Type.Optional(attributeSchema(field)) : attributeSchema(field);
  }
  for (const name of Object.keys(def.computed ?? {})) attributes[name] = Type.Unknown();
  for (const [name, value] of Object.entries(def.absent ?? {})) {
    attributes[name] = Type.Optional(value === null ? Type.Null() : typeof value === 'boolean' ? Type.Boolean() : Type.String());
  }
  attributes['deleted-at'] = Type.Optional(Type.Null());
  for (const [name, field] of Object.entries(def.sqlFields ?? {})) {
    const schema = attributeSchema({ ...field, column: undefined as never });
    attributes[name] = field.private ? Type.Optional(schema) : schema;
  }
  const relationships: Record<string, TSchema> = {};
  for (const [name, rel] of Object.entries(def.relationships)) {
    const data = rel.kind === 'manyToMany' || rel.kind === 'hasMany' ? Type.Array(linkage) : Type.Union([linkage, Type.Null()]);
    relationships[name] = Type.Optional(Type.Object({ data: Type.Optional(data), links: Type.Object({ self: Type.String(), related: Type.String() }) }));
  }
  return Type.Object(
    {
      type: Type.Literal(def.type),
      id: Type.String(),
      attributes: Type.Object(attributes),
      relationships: Type.Optional(Type.Object(relationships)),
      links: Type.Object({ self: Type.String() }),
    },
    { title: componentName(def) },
  );
}

const included = Type.Optional(Type.Array(Type.Object({ type: Type.String(), id: Type.String(), attributes: Type.Record(Type.String(), Type.Unknown()) })));
const jsonapi = Type.Object({ version: Type.String() });

function documentSchema(doc: RouteDocumentation): TSchema {
  if (doc.document === 'deleted') return Type.Object({ meta: Type.Object({ message: Type.String() }), jsonapi });
  if (doc.document === 'single') {
    const base = { data: ref(doc.resource), included, links: Type.Object({ self: Type.String() }), jsonapi };
    return Type.Object(doc.meta ? { ...base, meta: Type.Object(doc.meta) } : base);
  }
  return Type.Object({
    data: Type.Array(ref(doc.resource)),
    included,
    links: Type.Object({
      self: Type.String(),
      first: Type.Optional(Type.String()),
      last: Type.Optional(Type.String()),
      prev: Type.Optional(Type.String()),
      next: Type.Optional(Type.String()),
    }),
    meta: Type.Object({ count: Type.Integer(), ...doc.meta }),
    jsonapi,
  });
}

const LIST_QUERY: Record<string, string> = {
  filter: 'Flask-REST-JSONAPI filter: a JSON array of {name, op, val} (see the README)',
  sort: 'Comma-separated attribute names; a leading "-" sorts descending',
  include: 'Comma-separated relationship paths to include',
  'page[number]': 'Page number, from 1',
  'page[size]': 'Page size; 0 asks for all (capped at PAGE_SIZE_MAX)',
};

interface SwaggerRoute {
  schema: Record<string, unknown>;
  url: string;
  route?: { config?: { openapi?: RouteDocumentation } };
}

/** @fastify/swagger's transform: adds the documented answer and list parameters to JSON:API routes. */
export function openapiTransform({ schema, url, route }: SwaggerRoute): { schema: Record<string, unknown>; url: string } {
  const doc = route?.config?.openapi;
  if (!doc || !schema || schema.hide) return { schema, url };
  const status = doc.status ?? 200;
  const next: Record<string, unknown> = {
    ...schema,
    response: { ...(schema.response as object), [status]: { description: 'Success', content: { 'application/vnd.api+json': { schema: documentSchema(doc) } } } },
  };
  if (doc.document !== 'deleted' && !schema.body) {
    const query = doc.document === 'list' ? { ...LIST_QUERY, ...doc.query } : { include: LIST_QUERY.include, ...doc.query };
    const properties: Record<string, unknown> = {};
    for (const [name, description] of Object.entries(query)) properties[name] = { type: 'string', description };
    next.querystring = { type: 'object', properties };
  }
  return { schema: next, url };
}

/** components.schemas for the OpenAPI document: one per resource. */
export function resourceComponents(defs: readonly ResourceDef[]): Record<string, TSchema> {
  return Object.fromEntries(defs.map((def) => [componentName(def), resourceComponent(def)]));
}

/** Route config of a JSON:API route that answers `document` of `resource`. */
export function documented(resource: ResourceDef, document: RouteDocumentation['document'], more: Omit<RouteDocumentation, 'resource' | 'document'> = {}) {
  return { jsonapi: true, openapi: { resource, document, ...more } };
}
