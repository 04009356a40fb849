// The live stream of an event for its open dashboard pages: every order made or moved to another status, every
// attendee checked in or out and every session created, changed or moved in the schedule, wherever it happened
// (another organizer, the API, the expiry job), read from the stored change log so any process can serve it.
// Registrars and up follow orders and attendees (only coorganizers learn which order changed: registrars may not
// read orders); those who manage the program (coorganizers and up, track organizers) follow sessions.
import type { Db } from '../db/client.js';
import { ForbiddenError, UnauthorizedError } from '../http/errors.js';
import { loadVisibleEvent } from '../http/jsonapi/resource.service.js';
import { sleep, SSE_KEEP_ALIVE, sseMessage } from '../http/sse.js';
import { Access } from './access.js';
import { managesProgram } from '../scheduler/schedule-version.resource.js';
import { deleteEventChangesBefore, lastEventChangeId, listEventChangesAfter, type ChangeKind } from './change.repo.js';

export interface ChangeStreamOptions {
  /** The Last-Event-ID of a reconnecting browser: the changes after it are sent first. */
  after?: number;
  /** How often the log is read (ms). */
  pollMs?: number;
  heartbeatMs?: number;
  /** How often the caller's role is checked again (ms): a registrar removed from the team stops receiving. */
  recheckMs?: number;
  /** True once the browser has gone or the server is closing. */
  stopped: () => boolean;
}

/** The kinds of change a caller may follow on an event: none without a role that reads them. */
function followedKinds(access: Access, eventId: number): ChangeKind[] {
  const kinds: ChangeKind[] = [];
  if (access.isRegistrar(eventId)) kinds.push('order', 'attendee');
  if (managesProgram(access, eventId)) kinds.push('session');
  return kinds;
}

export interface ChangeStreamTarget {
  eventId: number;
  showOrders: boolean;
  kinds: ChangeKind[];
}

/** Checks that the caller may follow the event (registrar+ or managing its program); what they will be sent. */
export async function openChangeStream(db: Db, access: Access, eventKey: string): Promise<ChangeStreamTarget> {
  const event = await loadVisibleEvent(db, access, eventKey);
  if (!access.actor) throw new UnauthorizedError('auth.required', "Log in to follow the event's changes");
  const kinds = followedKinds(access, event.id);
  if (kinds.length === 0) throw new ForbiddenError('forbidden', "Registrar access, or a role that manages the program, is required to follow the event's changes");
  return { eventId: event.id, showOrders: access.isCoorganizer(event.id), kinds };
}

/**
 * The stream's messages: first `ready` (its id is where the stream stands, so a browser that reconnects gets what
 * it missed), then one `change` {kind, subject, at} per change of the kinds it follows, and a comment now and then to keep proxies from
 * closing an idle connection.
 */
export async function* changeStream(db: Db, access: Access, stream: ChangeStreamTarget, options: ChangeStreamOptions): AsyncGenerator<string> {
  const { pollMs = 1000, heartbeatMs = 15_000, recheckMs = 30_000 } = options;
  let after = options.after ?? (await lastEventChangeId(db, stream.eventId));
  yield sseMessage(after, 'ready', { last: after });
  let quietSince = Date.now();
  let checkedAt = Date.now();
  while (!options.stopped()) {
    const changes = await listEventChangesAfter(db, stream.eventId, after, stream.kinds);
    for (const change of changes) {
      after = change.id;
      const subject = change.kind === 'order' && !stream.showOrders ? null : String(change.subjectId);
      yield sseMessage(change.id, 'change', { kind: change.kind, subject, at: change.at.toISOString() });
    }
    if (changes.length > 0) {
      quietSince = Date.now();
      continue;
    }
    if (Date.now() - checkedAt >= recheckMs) {
      checkedAt = Date.now();
      const fresh = await new Access(db, access.actor).load([stream.eventId]);
      // Fewer kinds when a role was taken away; none ends the stream.
      const allowed = followedKinds(fresh, stream.eventId);
      stream = { ...stream, kinds: stream.kinds.filter((kind) => allowed.includes(kind)) };
      if (stream.kinds.length === 0) return;
    }
    if (Date.now() - quietSince >= heartbeatMs) {
      quietSince = Date.now();
      yield SSE_KEEP_ALIVE;
    }
    await sleep(pollMs);
  }
}

/** How long changes are kept: a page that was away longer than this reloads its lists on reconnecting anyway. */
export const CHANGE_RETENTION_MS = 24 * 60 * 60_000;

export async function cleanUpEventChanges(db: Db, now = new Date()): Promise<number> {
  return deleteEventChangesBefore(db, new Date(now.getTime() - CHANGE_RETENTION_MS));
}
