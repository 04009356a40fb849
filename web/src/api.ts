// Talks to the Convene API from the browser: plain JSON for site builds and login, JSON:API for events.
// Every failure becomes an ApiProblem whose message is the server's own `detail`, ready to show.

export type BuildState = 'WAITING' | 'STARTED' | 'SUCCESS' | 'FAILURE' | 'CANCELLED';
export type LogLevel = 'info' | 'warning' | 'error';
export type SourceFormat = 'auto' | 'api_v1' | 'api_v2';
export type Theme = 'light' | 'dark';
export type SessionMode = 'single' | 'expand';

export interface LogLine {
  level: LogLevel;
  message: string;
}

export interface BuildOptions {
  format: SourceFormat;
  theme: Theme;
  'session-mode': SessionMode;
  email?: string | null;
}

export interface SiteBuild {
  id: string;
  state: BuildState;
  position: number | null;
  progress: { percent: number; step: string | null };
  log: LogLine[];
  task_url: string;
  events_url: string;
  preview_url: string | null;
  download_url: string | null;
  error: { code: string; detail: string } | null;
  options: BuildOptions;
  created_at: string;
}

export type BuildSource = { type: 'event'; event: string } | { type: 'api'; url: string };

export interface ConveneEvent {
  id: string;
  name: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  state: string;
}

export class ApiProblem extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

export const FINAL_STATES: ReadonlySet<BuildState> = new Set(['SUCCESS', 'FAILURE', 'CANCELLED']);

const UNREACHABLE = 'The server could not be reached. Check your connection and try again.';

interface ErrorDocument {
  errors?: { detail?: string; title?: string; code?: string }[];
}

/** The words to show for a failed response: the errors' details, else a sentence about the status. */
function problemFrom(status: number, body: unknown): ApiProblem {
  const errors = (body as ErrorDocument | null)?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const words = errors.map((e) => e.detail || e.title).filter(Boolean).join(' ');
    return new ApiProblem(words || `The server answered ${status}.`, status, errors[0].code);
  }
  if (status === 413) return new ApiProblem('The file is too large for this server.', status);
  if (status === 401) return new ApiProblem('Your login has expired. Log in again.', status);
  if (status >= 500) return new ApiProblem(`The server had a problem (${status}). Try again in a moment.`, status);
  return new ApiProblem(`The server answered ${status}.`, status);
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

async function request<T>(method: string, url: string, init: { token?: string | null; json?: unknown; accept?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: init.accept ?? 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) });
  } catch {
    throw new ApiProblem(UNREACHABLE, 0);
  }
  const body = parseJson(await response.text());
  if (!response.ok) throw problemFrom(response.status, body);
  return body as T;
}

/** Start a build from an uploaded zip. XMLHttpRequest rather than fetch, for the upload's progress. */
export function startUploadBuild(file: File, options: BuildOptions, token: string | null, onUpload: (percent: number) => void): Promise<SiteBuild> {
  const form = new FormData();
  form.append('format', options.format);
  form.append('theme', options.theme);
  form.append('session-mode', options['session-mode']);
  if (options.email) form.append('email', options.email);
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/v1/site-builds');
    xhr.setRequestHeader('accept', 'application/json');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onUpload(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiProblem(UNREACHABLE, 0));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as SiteBuild);
      else reject(problemFrom(xhr.status, body));
    };
    xhr.send(form);
  });
}

export function startSourceBuild(source: BuildSource, options: BuildOptions, token: string | null): Promise<SiteBuild> {
  return request<SiteBuild>('POST', '/v1/site-builds', { token, json: { source, ...options } });
}

export function getBuild(id: string, token: string | null): Promise<SiteBuild> {
  return request<SiteBuild>('GET', `/v1/site-builds/${encodeURIComponent(id)}`, { token });
}

export function cancelBuild(id: string, token: string | null): Promise<SiteBuild> {
  return request<SiteBuild>('DELETE', `/v1/site-builds/${encodeURIComponent(id)}`, { token });
}

export async function logIn(email: string, password: string): Promise<string> {
  const body = await request<{ access_token?: string }>('POST', '/v1/auth/login', { json: { email, password } });
  if (!body?.access_token) throw new ApiProblem('The server did not return a login token.', 500);
  return body.access_token;
}

interface EventDocument {
  data: { id: string; attributes: Record<string, unknown> }[];
}

/** The user's id, from the token's subject (the token is the server's own; this only reads it). */
function userIdOf(token: string): string {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: unknown };
    return String(payload.sub ?? '');
  } catch {
    return '';
  }
}

/** The events the user holds a role on (GET /v1/users/{id}/events), the latest first. */
export async function listEvents(token: string): Promise<ConveneEvent[]> {
  const query = new URLSearchParams({
    sort: '-starts-at',
    'page[size]': '200',
    'fields[event]': 'name,starts-at,ends-at,timezone,state',
  });
  const doc = await request<EventDocument>('GET', `/v1/users/${encodeURIComponent(userIdOf(token))}/events?${query}`, { token, accept: 'application/vnd.api+json' });
  return (doc?.data ?? []).map((row) => ({
    id: row.id,
    name: String(row.attributes.name ?? ''),
    startsAt: String(row.attributes['starts-at'] ?? ''),
    endsAt: String(row.attributes['ends-at'] ?? ''),
    timezone: String(row.attributes.timezone ?? 'UTC'),
    state: String(row.attributes.state ?? ''),
  }));
}

/** The live stream's URL; EventSource cannot send headers, so the token goes in the query. */
export function streamUrl(build: SiteBuild, token: string | null): string {
  if (!token) return build.events_url;
  const separator = build.events_url.includes('?') ? '&' : '?';
  return `${build.events_url}${separator}access_token=${encodeURIComponent(token)}`;
}
