// Reads one event from a live Open Event API (eventyay's api.eventyay.com/v1/events/<id>, or Convene's own
// /v1/events/<id>) as JSON:API: the event with its social links and copyright, then its sessions (with track,
// room, type and speakers included), speakers, tracks, rooms, sponsors and session types, each list unpaged
// (page[size]=0) and `links.next` followed if a server pages anyway. Every request has a timeout, a checked status
// and content type and a body size limit read from the stream; errors name the URL.
import { checkFetchTarget } from './url.guard.js';
import { SiteInputError, type BuildLog } from '../model.js';
import { isObject, type Json } from './fields.js';
import { parseJson, skipFileOnError } from './input.js';
import { resolveDocument } from './jsonapi.js';
import { formatBytes, type InputLimits } from './limits.js';
import type { RawFiles } from './model.build.js';

const LISTS: { file: keyof RawFiles; path: string; query: string; optional?: boolean }[] = [
  { file: 'sessions', path: 'sessions', query: 'include=track,microlocation,session-type,speakers&page[size]=0' },
  { file: 'speakers', path: 'speakers', query: 'page[size]=0' },
  { file: 'tracks', path: 'tracks', query: 'page[size]=0' },
  { file: 'microlocations', path: 'microlocations', query: 'page[size]=0' },
  { file: 'sponsors', path: 'sponsors', query: 'page[size]=0' },
  // Not every Open Event server lists session types under the event; the sessions' included types then suffice.
  { file: 'session_types', path: 'session-types', query: 'page[size]=0', optional: true },
];

/** What a list endpoint may answer that makes it unusable, but not the server: the list is then skipped. */
const UNUSABLE_LIST = new Set(['input.http_status', 'input.http_content_type', 'input.invalid_json', 'input.empty_json', 'input.invalid_file']);

/**
 * The event's files, and the lists skipped (warned about in `log`) because their endpoint answered an error status
 * or something that is not a JSON:API list. The event itself, timeouts, size limits and refused addresses fail.
 */
export async function readEventUrl(url: string, limits: InputLimits, log: BuildLog, signal?: AbortSignal): Promise<{ files: RawFiles; skipped: Set<string> }> {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    throw new SiteInputError('input.bad_url', 'not a URL', { file: url });
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new SiteInputError('input.bad_url', 'only http and https URLs can be read', { file: url });
  base.search = '';
  base.hash = '';
  const root = base.toString().replace(/\/+$/, '');

  const eventDoc = await fetchDocument(`${root}?include=social-links,event-copyright`, limits, signal);
  const files: Json = { event: resolveDocument(eventDoc, 'event') };
  const lists = await Promise.all(
    LISTS.map(async ({ file, path, query, optional }) => {
      try {
        return [file, await fetchAllPages(`${root}/${path}?${query}`, limits, signal)] as const;
      } catch (error) {
        if (!(error instanceof SiteInputError) || !UNUSABLE_LIST.has(error.code)) throw error;
        if (optional && error.code === 'input.http_status') return [file, undefined] as const;
        return [file, error] as const;
      }
    }),
  );
  const skipped = new Set<string>();
  for (const [file, doc] of lists) {
    if (doc === undefined) continue;
    // In the order of LISTS, so the warnings do not depend on which answer came first.
    skipFileOnError(log, skipped, file, () => {
      if (doc instanceof SiteInputError) throw doc;
      files[file] = resolveDocument(doc, file);
    });
  }
  return { files: inExportOrder(files as unknown as RawFiles), skipped };
}

/** All pages of a list, as one document (data and included concatenated). */
async function fetchAllPages(first: string, limits: InputLimits, signal?: AbortSignal): Promise<Json> {
  const data: unknown[] = [];
  const included: unknown[] = [];
  const seen = new Set<string>();
  let next: string | null = first;
  while (next !== null) {
    if (seen.has(next)) break;
    if (seen.size >= limits.maxPages) throw new SiteInputError('input.too_many_pages', `more than ${limits.maxPages} pages`, { file: first });
    seen.add(next);
    const doc = await fetchDocument(next, limits, signal);
    if (!Array.isArray(doc.data)) throw new SiteInputError('input.invalid_file', 'a list was expected (JSON:API data as an array)', { file: next });
    data.push(...doc.data);
    if (Array.isArray(doc.included)) included.push(...doc.included);
    const link = isObject(doc.links) ? doc.links.next : undefined;
    const href = typeof link === 'string' ? link : isObject(link) && typeof link.href === 'string' ? link.href : null;
    next = href ? new URL(href, next).toString() : null;
  }
  return { data, included };
}

async function fetchDocument(url: string, limits: InputLimits, signal?: AbortSignal): Promise<Json> {
  const timeout = AbortSignal.timeout(limits.requestTimeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  // Without private addresses, every hop is checked: a public API must not redirect (or page) the server inward.
  let target = url;
  for (let hop = 0; ; hop++) {
    if (!limits.allowPrivateUrls) await checkFetchTarget(target, { allowPrivate: false });
    try {
      response = await fetch(target, { headers: { accept: 'application/vnd.api+json, application/json' }, redirect: limits.allowPrivateUrls ? 'follow' : 'manual', signal: combined });
    } catch (error) {
      throw requestError(error, url, limits, signal);
    }
    const location = response.headers.get('location');
    if (limits.allowPrivateUrls || response.status < 300 || response.status >= 400 || !location) break;
    await response.body?.cancel().catch(() => undefined);
    if (hop >= 5) throw new SiteInputError('input.http_redirects', 'more than 5 redirects', { file: url });
    target = new URL(location, target).toString();
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    throw new SiteInputError('input.http_status', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; expected 200`, { file: url });
  }
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type) && !/^application\/vnd\.api\+json\b/i.test(type)) {
    await response.body?.cancel().catch(() => undefined);
    throw new SiteInputError('input.http_content_type', `the server answered ${JSON.stringify(type || 'without a content type')}, not JSON`, { file: url });
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limits.maxResponseBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, limits);
  }
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of response.body ?? []) {
      length += chunk.length;
      if (length > limits.maxResponseBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw tooLarge(url, limits);
      }
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    if (error instanceof SiteInputError) throw error;
    throw requestError(error, url, limits, signal);
  }
  const doc = parseJson(Buffer.concat(chunks, length), url);
  if (!isObject(doc) || !('data' in doc)) throw new SiteInputError('input.invalid_file', 'not a JSON:API document (no data)', { file: url });
  return doc;
}

function tooLarge(url: string, limits: InputLimits): SiteInputError {
  return new SiteInputError('input.too_large', `the response is larger than the limit of ${formatBytes(limits.maxResponseBytes)}`, { file: url });
}

function requestError(error: unknown, url: string, limits: InputLimits, signal?: AbortSignal): SiteInputError {
  if (signal?.aborted) return new SiteInputError('input.aborted', 'reading the input was cancelled', { file: url });
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return new SiteInputError('input.timeout', `no complete answer within ${limits.requestTimeoutMs / 1000} s`, { file: url });
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return new SiteInputError('input.http', `cannot be fetched (${cause?.code ?? cause?.message ?? (error as Error)?.message ?? 'network error'})`, { file: url });
}

/**
 * Puts the lists in the Open Event JSON export's order (sessions by start, unscheduled last, then id; speakers by
 * name, then id; tracks, rooms, sponsors and types by position, then id; social links by id; a session's speakers
 * by name, then id), so that an event read from the API gives the same model as its export. Servers sort their
 * lists in their own ways, and the order is the only thing they legitimately disagree on.
 */
function inExportOrder(files: RawFiles): RawFiles {
  const sortList = (value: unknown, compare: (a: Json, b: Json) => number) => (Array.isArray(value) ? [...value].sort((a, b) => compare(a as Json, b as Json)) : value);
  const byPosition = (a: Json, b: Json) => num(a.position) - num(b.position) || compareIds(a.id, b.id);
  const byName = (a: Json, b: Json) => compareText(a.name, b.name) || compareIds(a.id, b.id);
  const sessions = sortList(files.sessions, (a, b) => instant(a['starts-at']) - instant(b['starts-at']) || compareIds(a.id, b.id));
  const event = isObject(files.event) && Array.isArray(files.event['social-links'])
    ? { ...files.event, 'social-links': sortList(files.event['social-links'], (a, b) => compareIds(a.id, b.id)) }
    : files.event;
  return {
    event,
    sessions: Array.isArray(sessions) ? sessions.map((s) => (isObject(s) && Array.isArray(s.speakers) ? { ...s, speakers: sortList(s.speakers, byName) } : s)) : sessions,
    speakers: sortList(files.speakers, byName),
    tracks: sortList(files.tracks, byPosition),
    microlocations: sortList(files.microlocations, byPosition),
    sponsors: sortList(files.sponsors, byPosition),
    session_types: sortList(files.session_types, byPosition),
  };
}

const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const instant = (value: unknown) => {
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? Number.MAX_SAFE_INTEGER : time;
};
const compareText = (a: unknown, b: unknown) => {
  const [x, y] = [String(a ?? ''), String(b ?? '')];
  return x < y ? -1 : x > y ? 1 : 0;
};
function compareIds(a: unknown, b: unknown): number {
  const [x, y] = [Number(a), Number(b)];
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return compareText(a, b);
}
