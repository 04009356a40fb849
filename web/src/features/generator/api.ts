// The generator's calls to the site-build API (plain JSON and a multipart upload with its progress, which is why
// it keeps these few calls of its own), with the session cookie and its CSRF token. Every failure becomes an
// ApiProblem whose message is the server's own `detail`, ready to show.
import { csrfToken } from '../../lib/api/client';

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

async function request<T>(method: string, url: string, init: { json?: unknown; accept?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: init.accept ?? 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken();
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
export function startUploadBuild(file: File, options: BuildOptions, onUpload: (percent: number) => void): Promise<SiteBuild> {
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
    xhr.setRequestHeader('x-csrf-token', csrfToken());
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

export function startSourceBuild(source: BuildSource, options: BuildOptions): Promise<SiteBuild> {
  return request<SiteBuild>('POST', '/v1/site-builds', { json: { source, ...options } });
}

export function getBuild(id: string): Promise<SiteBuild> {
  return request<SiteBuild>('GET', `/v1/site-builds/${encodeURIComponent(id)}`);
}

export function cancelBuild(id: string): Promise<SiteBuild> {
  return request<SiteBuild>('DELETE', `/v1/site-builds/${encodeURIComponent(id)}`);
}

interface EventDocument {
  data: { id: string; attributes: Record<string, unknown> }[];
}

/** The events the user holds a role on (GET /v1/users/{id}/events), the latest first. */
export async function listEvents(userId: string): Promise<ConveneEvent[]> {
  const query = new URLSearchParams({
    sort: '-starts-at',
    'page[size]': '200',
    'fields[event]': 'name,starts-at,ends-at,timezone,state',
  });
  const doc = await request<EventDocument>('GET', `/v1/users/${encodeURIComponent(userId)}/events?${query}`, { accept: 'application/vnd.api+json' });
  return (doc?.data ?? []).map((row) => ({
    id: row.id,
    name: String(row.attributes.name ?? ''),
    startsAt: String(row.attributes['starts-at'] ?? ''),
    endsAt: String(row.attributes['ends-at'] ?? ''),
    timezone: String(row.attributes.timezone ?? 'UTC'),
    state: String(row.attributes.state ?? ''),
  }));
}
