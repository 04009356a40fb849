// A small JSON:API resolver: turns a document (`data`, `attributes`, `relationships`, `included`) into the
// deserialized, dasherized records the v2 key table reads, the way jsonapi-serializer's Deserializer did for the
// original: attributes beside `id`, each relationship replaced by its included resource (attributes and id only,
// so cycles cannot recurse) or by `{ id }` when it was not included, or null.
import { SiteInputError } from '../model.js';
import { isObject, type Json } from './fields.js';

export function isJsonApiDocument(value: unknown): value is Json {
  if (!isObject(value) || !('data' in value)) return false;
  const data = value.data;
  const resource = Array.isArray(data) ? data[0] : data;
  return data === null || (Array.isArray(data) && data.length === 0) || (isObject(resource) && ('type' in resource || 'attributes' in resource));
}

type Included = Map<string, Json>;

export function indexIncluded(documents: Json[]): Included {
  const index: Included = new Map();
  for (const doc of documents) {
    if (!Array.isArray(doc.included)) continue;
    for (const resource of doc.included) {
      if (isObject(resource) && resource.id !== undefined) index.set(`${String(resource.type)}:${String(resource.id)}`, resource);
    }
  }
  return index;
}

/**
 * A document's primary data as plain records (a list for a collection, one object for a single resource). In a
 * list, an entry that is not a resource object is passed on as it is, for the model builder to skip with a warning.
 */
export function resolveDocument(doc: Json, file: string, included: Included = indexIncluded([doc])): Json | unknown[] {
  if (doc.data === null || doc.data === undefined) throw new SiteInputError('input.invalid_file', 'a JSON:API document without data', { file });
  if (Array.isArray(doc.data)) return doc.data.map((resource, i) => (isObject(resource) ? resolveResource(resource, file, i, included) : resource));
  return resolveResource(doc.data, file, 0, included);
}

function resolveResource(resource: unknown, file: string, position: number, included: Included): Json {
  if (!isObject(resource)) throw new SiteInputError('input.invalid_field', 'not a JSON:API resource object', { file, recordId: `#${position + 1}` });
  const out: Json = { ...(isObject(resource.attributes) ? resource.attributes : {}), id: resource.id };
  if (isObject(resource.relationships)) {
    for (const [name, relationship] of Object.entries(resource.relationships)) {
      if (!isObject(relationship) || !('data' in relationship)) continue;
      const data = relationship.data;
      out[name] = Array.isArray(data) ? data.map((ref) => related(ref, included)) : data === null ? null : related(data, included);
    }
  }
  return out;
}

function related(ref: unknown, included: Included): Json | null {
  if (!isObject(ref)) return null;
  const full = included.get(`${String(ref.type)}:${String(ref.id)}`);
  return full ? { ...(isObject(full.attributes) ? full.attributes : {}), id: full.id } : { id: ref.id };
}
