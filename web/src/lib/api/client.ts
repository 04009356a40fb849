// The one way pages talk to the API: openapi-fetch over the types generated from /v1/openapi.json
// (schema.d.ts, `npm run generate:api`), so a page that uses a route or an attribute the API does not have fails
// to compile. It sends the session cookie and, on unsafe requests, the CSRF token; JSON:API bodies go as
// application/vnd.api+json; a request that takes longer than its timeout is given up instead of hanging; every
// failure becomes an ApiError whose message is the server's own words, with the fields its pointers name.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { setReachable } from '../network';

export type Schemas = components['schemas'];
/** The attributes of a resource as the API serves them, e.g. Attributes<'EventResource'>. */
export type Attributes<K extends keyof Schemas> = Schemas[K] extends { attributes: infer A } ? A : never;
export type Resource<K extends keyof Schemas> = Schemas[K];

/** A request that gets no answer within this long is given up (the page says so and offers to retry). */
export const REQUEST_TIMEOUT_MS = 8_000;

export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when the server could not be reached or did not answer in time. */
    readonly status: number,
    readonly code?: string,
    /**
     * Messages by field name, from the errors' source.pointer (`/data/attributes/name` → `name`); a member inside an
     * attribute also by its path (`/data/attributes/complex-field-values/size` → `complex-field-values/size`).
     */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export const UNREACHABLE = 'The server could not be reached. Check your connection and try again.';

interface ErrorObject {
  detail?: string;
  title?: string;
  code?: string;
  source?: { pointer?: string; parameter?: string };
}

/** The field a JSON:API error's pointer names: /data/attributes/x, /data/relationships/x, /data/x or /x. */
export function fieldOf(pointer: string | undefined): string | undefined {
  if (!pointer) return undefined;
  const match = /^\/data\/(?:attributes|relationships)\/([^/]+)/.exec(pointer) ?? /^\/(?:data\/)?([^/]+)$/.exec(pointer);
  return match?.[1];
}

export function errorFrom(status: number, body: unknown): ApiError {
  const errors = (body as { errors?: ErrorObject[] } | null)?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const fields: Record<string, string> = {};
    for (const error of errors) {
      const field = fieldOf(error.source?.pointer) ?? error.source?.parameter;
      if (field && !fields[field]) fields[field] = error.detail ?? error.title ?? 'is not valid';
      // A member inside an attribute (an answer of complex-field-values) is also named by its whole path.
      const path = /^\/data\/attributes\/(.+\/.+)$/.exec(error.source?.pointer ?? '')?.[1];
      if (path && !fields[path]) fields[path] = error.detail ?? error.title ?? 'is not valid';
    }
    const words = errors.map((e) => e.detail || e.title).filter(Boolean).join(' ');
    return new ApiError(words || `The server answered ${status}.`, status, errors[0].code, fields);
  }
  if (status === 413) return new ApiError('The file is too large for this server.', status);
  if (status === 401) return new ApiError('You are not logged in, or your login has expired. Log in again.', status);
  if (status >= 500) return new ApiError(`The server had a problem (${status}). Try again in a moment.`, status);
  return new ApiError(`The server answered ${status}.`, status);
}

export function csrfToken(): string {
  return /(?:^|;\s*)convene_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '';
}

const PLAIN_JSON = /^\/v1\/(auth\/|orders\/(calculate-amount|create-order)$|site-builds)/;
const UNSAFE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

const conventions: Middleware = {
  onRequest({ request }) {
    const { pathname } = new URL(request.url);
    if (UNSAFE.has(request.method)) {
      request.headers.set('x-csrf-token', csrfToken());
      if (request.headers.get('content-type')?.startsWith('application/json') && !PLAIN_JSON.test(pathname)) {
        request.headers.set('content-type', 'application/vnd.api+json');
      }
    }
    if (!request.headers.has('accept')) request.headers.set('accept', 'application/vnd.api+json, application/json');
    return request;
  },
};

async function timedFetch(input: Request): Promise<Response> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  try {
    const response = await fetch(input, { signal: AbortSignal.any([input.signal, timeout]) });
    setReachable(true);
    return response;
  } catch (error) {
    if (input.signal.aborted) throw error; // the caller gave up (a query that is no longer needed)
    setReachable(false);
    throw new ApiError(timeout.aborted ? 'The server did not answer in time. Check your connection and try again.' : UNREACHABLE, 0, 'network');
  }
}

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin', fetch: timedFetch });
api.use(conventions);

/** The data of an openapi-fetch answer, or the ApiError it is. */
export async function unwrap<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(UNREACHABLE, 0, 'network');
  }
  if (!result.response.ok) throw errorFrom(result.response.status, result.error);
  return result.data as T;
}

/** A JSON:API resource document to send: { data: { type, id?, attributes, relationships } }. */
export function resourceDocument(type: string, attributes: Record<string, unknown>, relationships: Record<string, { type: string; id: string } | { type: string; id: string }[] | null> = {}, id?: string) {
  const rels = Object.fromEntries(Object.entries(relationships).map(([name, data]) => [name, { data }]));
  return { data: { type, ...(id ? { id } : {}), attributes, ...(Object.keys(rels).length ? { relationships: rels } : {}) } };
}
