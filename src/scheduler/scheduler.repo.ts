// SQL of the schedule editor and its versions: the working copy (rooms, session types, tracks, the accepted and
// confirmed sessions with their speakers), a session's move guarded by its lock version, publishing (a version
// row and the snapshot of every scheduled session, copied in one statement) and the snapshot a version holds.
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { events, microlocations, scheduleVersionSessions, scheduleVersions, sessionTypes, sessions, sessionsSpeakers, speakers, tracks } from '../db/schema.js';

/** The states the scheduler places: what the public schedule shows as talks. */
export const PLACEABLE_STATES = ['accepted', 'confirmed'] as const;

export interface Slot {
  microlocationId: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
}

export interface WorkingSession extends Slot {
  id: number;
  title: string;
  state: string;
  trackId: number | null;
  sessionTypeId: number | null;
  lockVersion: number;
  speakers: { id: number; name: string }[];
}

const placeable = (eventId: number) => and(eq(sessions.eventId, eventId), isNull(sessions.deletedAt), inArray(sessions.state, [...PLACEABLE_STATES]));

export async function listRooms(db: DbOrTx, eventId: number) {
  return db
    .select({ id: microlocations.id, name: microlocations.name })
    .from(microlocations)
    .where(and(eq(microlocations.eventId, eventId), isNull(microlocations.deletedAt)))
    .orderBy(asc(microlocations.position), asc(microlocations.id));
}

export async function listSessionTypes(db: DbOrTx, eventId: number) {
  return db
    .select({ id: sessionTypes.id, name: sessionTypes.name, length: sessionTypes.length })
    .from(sessionTypes)
    .where(and(eq(sessionTypes.eventId, eventId), isNull(sessionTypes.deletedAt)))
    .orderBy(asc(sessionTypes.position), asc(sessionTypes.id));
}

export async function listTracks(db: DbOrTx, eventId: number) {
  return db
    .select({ id: tracks.id, name: tracks.name, color: tracks.color })
    .from(tracks)
    .where(and(eq(tracks.eventId, eventId), isNull(tracks.deletedAt)))
    .orderBy(asc(tracks.position), asc(tracks.id));
}

const workingColumns = {
  id: sessions.id,
  title: sessions.title,
  state: sessions.state,
  trackId: sessions.trackId,
  sessionTypeId: sessions.sessionTypeId,
  microlocationId: sessions.microlocationId,
  startsAt: sessions.startsAt,
  endsAt: sessions.endsAt,
  lockVersion: sessions.lockVersion,
};

/** The accepted and confirmed sessions (placed or not) with their speakers, in two statements. */
export async function listWorkingSessions(db: DbOrTx, eventId: number, onlyId?: number): Promise<WorkingSession[]> {
  const where = and(placeable(eventId), onlyId === undefined ? undefined : eq(sessions.id, onlyId));
  const [rows, speakerRows] = await Promise.all([
    db.select(workingColumns).from(sessions).where(where).orderBy(asc(sessions.startsAt), asc(sessions.id)),
    db
      .select({ sessionId: sessionsSpeakers.sessionId, id: speakers.id, name: speakers.name })
      .from(sessionsSpeakers)
      .innerJoin(sessions, eq(sessions.id, sessionsSpeakers.sessionId))
      .innerJoin(speakers, eq(speakers.id, sessionsSpeakers.speakerId))
      .where(and(where, eq(speakers.eventId, eventId), isNull(speakers.deletedAt)))
      .orderBy(asc(speakers.name), asc(speakers.id)),
  ]);
  const bySession = new Map<number, { id: number; name: string }[]>();
  for (const { sessionId, id, name } of speakerRows) {
    let list = bySession.get(sessionId);
    if (!list) bySession.set(sessionId, (list = []));
    list.push({ id, name });
  }
  return rows.map((row) => ({ ...row, speakers: bySession.get(row.id) ?? [] }));
}

/** One live session of the event, any state (the lock version and track are what a move checks). */
export async function findEventSession(db: DbOrTx, eventId: number, id: number) {
  const [row] = await db
    .select({ ...workingColumns })
    .from(sessions)
    .where(and(eq(sessions.eventId, eventId), eq(sessions.id, id), isNull(sessions.deletedAt)))
    .limit(1);
  return row;
}

export async function roomInEvent(db: DbOrTx, eventId: number, roomId: number): Promise<boolean> {
  const rows = await db
    .select({ id: microlocations.id })
    .from(microlocations)
    .where(and(eq(microlocations.eventId, eventId), eq(microlocations.id, roomId), isNull(microlocations.deletedAt)))
    .limit(1);
  return rows.length > 0;
}

/** Writes the slot only when the session is still at `lockVersion`; undefined when someone wrote in between. */
export async function updateSlotIfCurrent(db: DbOrTx, eventId: number, id: number, lockVersion: number, slot: Slot): Promise<number | undefined> {
  const [row] = await db
    .update(sessions)
    .set({ ...slot, lockVersion: sql`${sessions.lockVersion} + 1` })
    .where(and(eq(sessions.eventId, eventId), eq(sessions.id, id), eq(sessions.lockVersion, lockVersion), isNull(sessions.deletedAt)))
    .returning({ lockVersion: sessions.lockVersion });
  return row?.lockVersion;
}

export interface VersionRow {
  id: number;
  number: number;
  name: string;
  publishedAt: Date;
}

export async function findLatestVersion(db: DbOrTx, eventId: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select({ id: scheduleVersions.id, number: scheduleVersions.number, name: scheduleVersions.name, publishedAt: scheduleVersions.publishedAt })
    .from(scheduleVersions)
    .where(eq(scheduleVersions.eventId, eventId))
    .orderBy(desc(scheduleVersions.number))
    .limit(1);
  return row;
}

export interface SnapshotEntry {
  sessionId: number;
  title: string;
  microlocationId: number | null;
  startsAt: Date;
  endsAt: Date;
  state: string;
}

/** Where each session of a version was, with the session's current title. */
export async function listVersionSnapshot(db: DbOrTx, eventId: number, versionId: number): Promise<SnapshotEntry[]> {
  return db
    .select({
      sessionId: scheduleVersionSessions.sessionId,
      title: sessions.title,
      microlocationId: scheduleVersionSessions.microlocationId,
      startsAt: scheduleVersionSessions.startsAt,
      endsAt: scheduleVersionSessions.endsAt,
      state: scheduleVersionSessions.state,
    })
    .from(scheduleVersionSessions)
    .innerJoin(sessions, eq(sessions.id, scheduleVersionSessions.sessionId))
    .where(and(eq(scheduleVersionSessions.versionId, versionId), eq(sessions.eventId, eventId)))
    .orderBy(asc(scheduleVersionSessions.startsAt), asc(scheduleVersionSessions.sessionId));
}

/** The placed sessions of the working copy in the snapshot's shape: what publishing would freeze. */
export async function listPlacedSessions(db: DbOrTx, eventId: number): Promise<SnapshotEntry[]> {
  const rows = await db
    .select({ sessionId: sessions.id, title: sessions.title, microlocationId: sessions.microlocationId, startsAt: sessions.startsAt, endsAt: sessions.endsAt, state: sessions.state })
    .from(sessions)
    .where(and(placeable(eventId), isNotNull(sessions.startsAt), isNotNull(sessions.endsAt)))
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
  return rows as SnapshotEntry[];
}

/** Serializes publishing per event (the version number is the next one). */
export async function lockEvent(tx: DbOrTx, eventId: number): Promise<void> {
  await tx.select({ id: events.id }).from(events).where(eq(events.id, eventId)).for('update');
}

export async function nameTaken(db: DbOrTx, eventId: number, name: string): Promise<boolean> {
  const rows = await db
    .select({ id: scheduleVersions.id })
    .from(scheduleVersions)
    .where(and(eq(scheduleVersions.eventId, eventId), eq(scheduleVersions.name, name)))
    .limit(1);
  return rows.length > 0;
}

/** A new version with a copy of every placed session's room, times and state; the event's schedule is published. */
export async function insertVersion(tx: DbOrTx, eventId: number, values: { number: number; name: string; comment: string | null; publishedBy: number }): Promise<number> {
  const [version] = await tx.insert(scheduleVersions).values({ eventId, ...values }).returning({ id: scheduleVersions.id, publishedAt: scheduleVersions.publishedAt });
  await tx.execute(sql`
    insert into ${scheduleVersionSessions} (version_id, session_id, microlocation_id, starts_at, ends_at, state)
    select ${version.id}, ${sessions.id}, ${sessions.microlocationId}, ${sessions.startsAt}, ${sessions.endsAt}, ${sessions.state}
    from ${sessions}
    where ${and(placeable(eventId), isNotNull(sessions.startsAt), isNotNull(sessions.endsAt))}`);
  await tx.update(events).set({ schedulePublishedOn: version.publishedAt, version: sql`${events.version} + 1` }).where(eq(events.id, eventId));
  return version.id;
}

/** The speakers (with an address) of these sessions, for the "your session moved" mail. */
export async function listSpeakersToMail(db: DbOrTx, eventId: number, sessionIds: number[]) {
  if (sessionIds.length === 0) return [];
  return db
    .select({ sessionId: sessionsSpeakers.sessionId, speakerId: speakers.id, name: speakers.name, email: speakers.email })
    .from(sessionsSpeakers)
    .innerJoin(speakers, eq(speakers.id, sessionsSpeakers.speakerId))
    .where(and(inArray(sessionsSpeakers.sessionId, sessionIds), eq(speakers.eventId, eventId), isNull(speakers.deletedAt), isNotNull(speakers.email)))
    .orderBy(asc(speakers.id));
}
