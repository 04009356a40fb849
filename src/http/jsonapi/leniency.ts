// What the original server accepts, accepted here too, before a JSON:API body is validated: attributes and
// relationships a resource does not have or does not let clients write (`created-at`, `is-map-shown` on a server
// that keeps no map flag, a speaker's `sessions`) are left out and named in the answer's
// meta (`ignored-attributes`, `ignored-relationships`) instead of failing the request, and numbers and booleans
// sent as strings ("100", "45.00", "true") are converted for integer, number, decimal and boolean attributes, as
// the original's schemas convert them. Strings are never converted, and everything else is validated as strictly
// as before.
import type { TSchema } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ResourceDef } from './resource.js';

interface BodyShape {
  def: ResourceDef;
  /** Relationship names the body may carry (the writable ones, and `event` where the route takes it). */
  relationships: Set<string>;
}

// documentSchema registers each body schema it makes, so the hook knows the resource behind a route's body.
const shapes = new WeakMap<TSchema, BodyShape>();

export function registerBodyShape(schema: TSchema, def: ResourceDef, relationships: string[]): void {
  shapes.set(schema, { def, relationships: new Set(relationships) });
}

export interface Ignored {
  attributes: string[];
  relationships: string[];
}

declare module 'fastify' {
  interface FastifyRequest {
    /** What the lenient reading left out of the body, for the answer's meta. */
    ignoredInput?: Ignored;
  }
}

const INTEGER = /^-?\d{1,15}$/;
const NUMBER = /^-?\d{1,15}(\.\d+)?$/;

/** A string the original would convert for an attribute of this type, converted; anything else as it came. */
export function convertScalar(type: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  switch (type) {
    case 'integer':
      return INTEGER.test(text) ? Number(text) : value;
    case 'number':
      return NUMBER.test(text) ? Number(text) : value;
    case 'decimal':
      // Kept as text (exact); only the surrounding blanks go.
      return NUMBER.test(text) ? text : value;
    case 'boolean': {
      const lower = text.toLowerCase();
      if (lower === 'true' || lower === '1') return true;
      if (lower === 'false' || lower === '0') return false;
      return value;
    }
    default:
      return value;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** preValidation: makes a JSON:API body what the strict schema of its route accepts, noting what was left out. */
export async function lenientBody(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const schema = request.routeOptions.schema?.body as TSchema | undefined;
  const shape = schema ? shapes.get(schema) : undefined;
  if (!shape || !isObject(request.body) || !isObject(request.body.data)) return;
  const data = request.body.data;
  const ignored: Ignored = { attributes: [], relationships: [] };
  // Resource-object members the original tolerated and we do not use.
  delete data.links;
  delete data.meta;
  if (isObject(data.attributes)) {
    for (const [name, value] of Object.entries(data.attributes)) {
      const field = shape.def.fields[name];
      if (!field || field.readOnly) {
        ignored.attributes.push(name);
        delete data.attributes[name];
        continue;
      }
      data.attributes[name] = convertScalar(field.type, value);
    }
  }
  if (isObject(data.relationships)) {
    for (const name of Object.keys(data.relationships)) {
      if (!shape.relationships.has(name)) {
        ignored.relationships.push(name);
        delete data.relationships[name];
      }
    }
  }
  if (ignored.attributes.length || ignored.relationships.length) request.ignoredInput = ignored;
}

/** preSerialization: names what was ignored in the meta of a JSON:API answer. */
export async function ignoredInMeta(request: FastifyRequest, _reply: FastifyReply, payload: unknown): Promise<unknown> {
  const ignored = request.ignoredInput;
  if (!ignored || !isObject(payload) || !('data' in payload)) return payload;
  const meta: Record<string, unknown> = isObject(payload.meta) ? { ...payload.meta } : {};
  if (ignored.attributes.length) meta['ignored-attributes'] = ignored.attributes;
  if (ignored.relationships.length) meta['ignored-relationships'] = ignored.relationships;
  return { ...payload, meta };
}
