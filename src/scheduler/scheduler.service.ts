// The schedule editor's rules. The working copy is the sessions themselves; a move names the session's lock
// version it saw and is refused (409 session.stale) when someone wrote the session since, so two organizers never
// overwrite each other unseen. Publishing freezes the placed sessions as the next version (what the public
// exports serve), sets the event's schedule-published-on, and after the commit mails the speakers whose sessions
// moved, when asked to.
import type { Db, DbOrTx } from '../db/client.js';
import type { Access } from '../events/access.js';
import { bumpEventVersion, type EventRow } from '../events/event.repo.js';
import { insertEventChanges } from '../events/change.repo.js';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, UnprocessableError } from '../http/errors.js';
import { loadVisibleEvent } from '../http/jsonapi/resource.service.js';
import { findRow } from '../http/jsonapi/resource.repo.js';
import { singleDocument } from '../http/jsonapi/document.js';
import type { Mailer } from '../mail/mailer.js';
import { managesProgram, scheduleVersionResource } from './schedule-version.resource.js';
import {
  findEventSession,
  findLatestVersion,
  insertVersion,
  listPlacedSessions,
  listRooms,
  listSessionTypes,
  listSpeakersToMail,
  listTracks,
  listVersionSnapshot,
  listWorkingSessions,
  lockEvent,
  nameTaken,
  PLACEABLE_STATES,
  roomInEvent,
  updateSlotIfCurrent,
  type SnapshotEntry,
  type VersionRow,
  type WorkingSession,
} from './scheduler.repo.js';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** "00:45" → 45. */
function minutes(length: string): number {
  const [hours, mins] = length.split(':').map(Number);
  return hours * 60 + mins;
}

async function loadForProgram(db: Db, access: Access, eventKey: string): Promise<EventRow> {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to use the scheduler');
  const event = await loadVisibleEvent(db, access, eventKey);
  if (!managesProgram(access, event.id)) throw new ForbiddenError('forbidden', 'Only those who manage the program may use the scheduler');
  return event;
}

function mayMove(access: Access, eventId: number, trackId: number | null): boolean {
  if (access.isCoorganizer(eventId)) return true;
  const tracks = access.trackOrganizerTracks(eventId);
  return tracks === null || (tracks !== undefined && trackId !== null && tracks.has(trackId));
}

function sessionJson(access: Access, eventId: number, session: WorkingSession) {
  return {
    id: String(session.id),
    title: session.title,
    state: session.state,
    track: session.trackId === null ? null : String(session.trackId),
    'session-type': session.sessionTypeId === null ? null : String(session.sessionTypeId),
    room: session.microlocationId === null ? null : String(session.microlocationId),
    'starts-at': iso(session.startsAt),
    'ends-at': iso(session.endsAt),
    'lock-version': session.lockVersion,
    speakers: session.speakers.map((s) => ({ id: String(s.id), name: s.name })),
    editable: mayMove(access, eventId, session.trackId),
  };
}

const versionJson = (version: VersionRow | undefined) =>
  version ? { id: String(version.id), number: version.number, name: version.name, 'published-at': version.publishedAt.toISOString() } : null;

/** Everything the editor draws: the event, its rooms in order, session types with their length, tracks, sessions. */
export async function getWorkingCopy(db: Db, access: Access, eventKey: string) {
  const event = await loadForProgram(db, access, eventKey);
  const [rooms, types, tracks, sessions, latest] = await Promise.all([
    listRooms(db, event.id),
    listSessionTypes(db, event.id),
    listTracks(db, event.id),
    listWorkingSessions(db, event.id),
    findLatestVersion(db, event.id),
  ]);
  return {
    event: {
      id: String(event.id),
      identifier: event.identifier,
      name: event.name,
      timezone: event.timezone,
      'starts-at': event.startsAt.toISOString(),
      'ends-at': event.endsAt.toISOString(),
      'schedule-published-on': iso(event.schedulePublishedOn),
    },
    rooms: rooms.map((r) => ({ id: String(r.id), name: r.name })),
    'session-types': types.map((t) => ({ id: String(t.id), name: t.name, minutes: minutes(t.length) })),
    tracks: tracks.map((t) => ({ id: String(t.id), name: t.name, color: t.color })),
    sessions: sessions.map((s) => sessionJson(access, event.id, s)),
    'latest-version': versionJson(latest),
    'can-publish': access.isCoorganizer(event.id),
  };
}

export interface MoveInput {
  'lock-version': number;
  room: string | null;
  'starts-at': string | null;
  'ends-at': string | null;
}

const MAX_LENGTH_MS = 24 * 3_600_000;

function parseTime(value: string | null, name: string): Date | null {
  if (value === null) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time) || time < Date.UTC(1900, 0, 1) || time > Date.UTC(9999, 11, 31)) {
    throw new UnprocessableError('invalid_date', `${name} is not a valid date between 1900 and 9999`, { pointer: `/${name}` });
  }
  return new Date(time);
}

/** Places, moves, resizes or unschedules one session (all three of room, start and end null). */
export async function moveSession(db: Db, access: Access, eventKey: string, sessionId: number, input: MoveInput) {
  const event = await loadForProgram(db, access, eventKey);
  const session = await findEventSession(db, event.id, sessionId);
  if (!session) throw new NotFoundError('session.not_found', `session ${sessionId} not found in this event`);
  if (!mayMove(access, event.id, session.trackId)) throw new ForbiddenError('forbidden', 'You may move only the sessions of your tracks');
  if (!(PLACEABLE_STATES as readonly string[]).includes(session.state)) {
    throw new UnprocessableError('session.not_placeable', `Only accepted and confirmed sessions are scheduled; this one is ${session.state}`, { pointer: '/starts-at' });
  }
  const startsAt = parseTime(input['starts-at'], 'starts-at');
  const endsAt = parseTime(input['ends-at'], 'ends-at');
  if ((startsAt === null) !== (endsAt === null)) {
    const missing = startsAt === null ? 'starts-at' : 'ends-at';
    throw new UnprocessableError('session.slot_incomplete', `${missing} is needed with ${missing === 'starts-at' ? 'ends-at' : 'starts-at'} (or both null to unschedule)`, { pointer: `/${missing}` });
  }
  if (startsAt && endsAt && endsAt <= startsAt) {
    throw new UnprocessableError('session.ends_before_start', 'ends-at must be after starts-at', { pointer: '/ends-at' });
  }
  if (startsAt && endsAt && endsAt.getTime() - startsAt.getTime() > MAX_LENGTH_MS) {
    throw new UnprocessableError('session.too_long', 'A session lasts at most 24 hours', { pointer: '/ends-at' });
  }
  let roomId: number | null = null;
  if (input.room !== null) {
    roomId = /^\d{1,10}$/.test(input.room) ? Number(input.room) : NaN;
    if (!(roomId <= 2_147_483_647) || !(await roomInEvent(db, event.id, roomId))) {
      throw new UnprocessableError('invalid_relationship', `microlocation ${input.room} not found in this event`, { pointer: '/room' });
    }
  }
  if (startsAt === null && roomId !== null) {
    throw new UnprocessableError('session.slot_incomplete', 'A session in a room needs starts-at and ends-at', { pointer: '/starts-at' });
  }
  const written = await db.transaction(async (tx) => {
    const version = await updateSlotIfCurrent(tx, event.id, sessionId, input['lock-version'], { microlocationId: roomId, startsAt, endsAt });
    if (version === undefined) return undefined;
    await bumpEventVersion(tx, event.id);
    await insertEventChanges(tx, event.id, 'session', [sessionId]);
    return version;
  });
  if (written === undefined) {
    throw new ConflictError(
      'session.stale',
      `"${session.title}" was changed by someone else since you loaded it (it is at version ${session.lockVersion}, you sent ${input['lock-version']}); the newer state is shown, try again from there`,
      { pointer: '/lock-version' },
    );
  }
  const [after] = await listWorkingSessions(db, event.id, sessionId);
  return sessionJson(access, event.id, after);
}

// ---- versions and changes ---------------------------------------------------------------------------

interface ChangeSlot {
  room: { id: string; name: string } | null;
  'starts-at': string;
  'ends-at': string;
}

export interface ScheduleChange {
  session: { id: string; title: string };
  before: ChangeSlot | null;
  after: ChangeSlot | null;
}

function diff(before: SnapshotEntry[], after: SnapshotEntry[], roomName: Map<number, string>) {
  const slot = (entry: SnapshotEntry): ChangeSlot => ({
    room: entry.microlocationId === null ? null : { id: String(entry.microlocationId), name: roomName.get(entry.microlocationId) ?? '(deleted room)' },
    'starts-at': entry.startsAt.toISOString(),
    'ends-at': entry.endsAt.toISOString(),
  });
  const old = new Map(before.map((e) => [e.sessionId, e]));
  const now = new Map(after.map((e) => [e.sessionId, e]));
  const added: ScheduleChange[] = [];
  const moved: ScheduleChange[] = [];
  const removed: ScheduleChange[] = [];
  for (const entry of after) {
    const was = old.get(entry.sessionId);
    const session = { id: String(entry.sessionId), title: entry.title };
    if (!was) added.push({ session, before: null, after: slot(entry) });
    else if (was.microlocationId !== entry.microlocationId || was.startsAt.getTime() !== entry.startsAt.getTime() || was.endsAt.getTime() !== entry.endsAt.getTime()) {
      moved.push({ session, before: slot(was), after: slot(entry) });
    }
  }
  for (const entry of before) {
    if (!now.has(entry.sessionId)) removed.push({ session: { id: String(entry.sessionId), title: entry.title }, before: slot(entry), after: null });
  }
  return { added, moved, removed };
}

async function changesSinceLatest(db: DbOrTx, eventId: number) {
  const [latest, rooms, current] = await Promise.all([findLatestVersion(db, eventId), listRooms(db, eventId), listPlacedSessions(db, eventId)]);
  const before = latest ? await listVersionSnapshot(db, eventId, latest.id) : [];
  return { latest, changes: diff(before, current, new Map(rooms.map((r) => [r.id, r.name]))) };
}

/** What changed in the working copy since the latest published version (everything is "added" before the first). */
export async function getScheduleChanges(db: Db, access: Access, eventKey: string) {
  const event = await loadForProgram(db, access, eventKey);
  const { latest, changes } = await changesSinceLatest(db, event.id);
  return { since: versionJson(latest), ...changes };
}

export interface PublishInput {
  name?: string;
  comment?: string | null;
  'notify-speakers'?: boolean;
}

function localTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(date);
}

function describeSlot(slot: ChangeSlot | null, timeZone: string): string {
  if (!slot) return 'not scheduled';
  return `${localTime(new Date(slot['starts-at']), timeZone)} to ${localTime(new Date(slot['ends-at']), timeZone)}, ${slot.room?.name ?? 'no room'}`;
}

/** Mails each speaker once, listing their moved sessions; answers how many went and how many failed. */
async function mailMovedSpeakers(db: Db, mailer: Mailer, event: EventRow, moved: ScheduleChange[], log: (message: string) => void) {
  const rows = await listSpeakersToMail(db, event.id, moved.map((m) => Number(m.session.id)));
  const bySpeaker = new Map<number, { name: string; email: string; changes: ScheduleChange[] }>();
  const change = new Map(moved.map((m) => [Number(m.session.id), m]));
  for (const row of rows) {
    let entry = bySpeaker.get(row.speakerId);
    if (!entry) bySpeaker.set(row.speakerId, (entry = { name: row.name, email: row.email!, changes: [] }));
    entry.changes.push(change.get(row.sessionId)!);
  }
  let sent = 0;
  let failed = 0;
  for (const speaker of bySpeaker.values()) {
    const lines = speaker.changes.flatMap((c) => [`"${c.session.title}"`, `  was: ${describeSlot(c.before, event.timezone)}`, `  now: ${describeSlot(c.after, event.timezone)}`, '']);
    try {
      await mailer.send({
        to: speaker.email,
        subject: speaker.changes.length === 1 ? `New time for "${speaker.changes[0].session.title}" at ${event.name}` : `New times for your sessions at ${event.name}`,
        text: [`Hello ${speaker.name},`, '', `the schedule of ${event.name} was published with changes to your sessions:`, '', ...lines, 'Times are in the event\'s time zone.'].join('\n'),
      });
      sent += 1;
    } catch (error) {
      failed += 1;
      log(`schedule mail to speaker ${speaker.email} failed: ${(error as Error).message}`);
    }
  }
  return { sent, failed };
}

/** Publishes the working copy as the next version. Refused when nothing changed since the latest one. */
export async function publishSchedule(db: Db, access: Access, eventKey: string, input: PublishInput, mailer: Mailer, log: (message: string) => void) {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to publish the schedule');
  const event = await loadVisibleEvent(db, access, eventKey);
  if (!access.isCoorganizer(event.id)) throw new ForbiddenError('forbidden', 'Only coorganizers and above may publish the schedule');
  const name = input.name?.trim();
  if (input.name !== undefined && !name) throw new UnprocessableError('blank', 'name must not be blank', { pointer: '/data/attributes/name' });
  const comment = input.comment?.trim() || null;

  const result = await db.transaction(async (tx) => {
    await lockEvent(tx, event.id);
    const { latest, changes } = await changesSinceLatest(tx, event.id);
    if (latest && changes.added.length + changes.moved.length + changes.removed.length === 0) {
      throw new ConflictError('schedule.unchanged', `Nothing changed since version "${latest.name}"`, { pointer: '/data' });
    }
    const number = (latest?.number ?? 0) + 1;
    const versionName = name ?? `Version ${number}`;
    if (await nameTaken(tx, event.id, versionName)) {
      throw new ConflictError('schedule-version.name_taken', `A version named "${versionName}" exists already`, { pointer: '/data/attributes/name' });
    }
    const id = await insertVersion(tx, event.id, { number, name: versionName, comment, publishedBy: access.actor!.id });
    return { id, changes };
  });

  const mails = input['notify-speakers'] ? await mailMovedSpeakers(db, mailer, event, result.changes.moved, log) : { sent: 0, failed: 0 };
  const row = (await findRow(db, scheduleVersionResource, result.id))!;
  const document = singleDocument(scheduleVersionResource, row, access, { fields: {} });
  document.meta = {
    added: result.changes.added.length,
    moved: result.changes.moved.length,
    removed: result.changes.removed.length,
    'mails-sent': mails.sent,
    'mails-failed': mails.failed,
  };
  return document;
}
