// SQL that loads an event's schedule for the schedule exporters (schedule.xml, iCal, xCal): its scheduled
// sessions (given states, live, with a start and an end) and the tracks, rooms, session types and speakers they
// point at. One statement per table whatever the number of sessions; every statement is scoped to the event,
// so a session that points at another event's room or track (data written before the API refused it) is
// exported without that room or track instead of leaking it. Once a schedule version is published (src/scheduler),
// the sessions and their rooms, times and states come from the latest one, not from the working copy.
import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { microlocations, scheduleVersionSessions, scheduleVersions, sessionTypes, sessions, sessionsSpeakers, speakers, tracks } from '../db/schema.js';

export interface ScheduleTrack {
  id: number;
  name: string;
  color: string;
}

export interface ScheduleRoom {
  id: number;
  name: string;
}

export interface ScheduleSessionType {
  id: number;
  name: string;
}

export interface ScheduleSpeaker {
  id: number;
  name: string;
}

export interface ScheduleSession {
  id: number;
  title: string;
  subtitle: string | null;
  shortAbstract: string | null;
  longAbstract: string | null;
  language: string | null;
  state: string;
  startsAt: Date;
  endsAt: Date;
  slidesUrl: string | null;
  videoUrl: string | null;
  audioUrl: string | null;
  track: ScheduleTrack | null;
  room: ScheduleRoom | null;
  sessionType: ScheduleSessionType | null;
  /** By name, then id, so the output is stable. */
  speakers: ScheduleSpeaker[];
}

export interface EventSchedule {
  /** Ordered by start, then room position, then id. */
  sessions: ScheduleSession[];
  /** All live tracks of the event, by position then id. */
  tracks: ScheduleTrack[];
  /** All live rooms of the event, by position then id. */
  rooms: ScheduleRoom[];
  /** The published version the sessions come from; null when none is published (the working copy). */
  version: { number: number; name: string } | null;
}

/** States whose sessions make up the published schedule. */
export const SCHEDULED_STATES = ['accepted', 'confirmed'] as const;

function scheduledSessionsWhere(eventId: number, states: readonly string[]): SQL | undefined {
  return and(eq(sessions.eventId, eventId), isNull(sessions.deletedAt), inArray(sessions.state, [...states]), isNotNull(sessions.startsAt), isNotNull(sessions.endsAt));
}

/** The event's latest published schedule version, if any. */
export async function findLatestScheduleVersion(db: DbOrTx, eventId: number): Promise<{ id: number; number: number; name: string } | undefined> {
  const [row] = await db
    .select({ id: scheduleVersions.id, number: scheduleVersions.number, name: scheduleVersions.name })
    .from(scheduleVersions)
    .where(eq(scheduleVersions.eventId, eventId))
    .orderBy(desc(scheduleVersions.number))
    .limit(1);
  return row;
}

/** The latest published version's slot of each session in it: room, start, end and state as published. */
export async function listLatestVersionSlots(db: DbOrTx, eventId: number) {
  const version = await findLatestScheduleVersion(db, eventId);
  if (!version) return undefined;
  return db
    .select({ sessionId: scheduleVersionSessions.sessionId, microlocationId: scheduleVersionSessions.microlocationId, startsAt: scheduleVersionSessions.startsAt, endsAt: scheduleVersionSessions.endsAt, state: scheduleVersionSessions.state })
    .from(scheduleVersionSessions)
    .where(eq(scheduleVersionSessions.versionId, version.id));
}

/**
 * The event's scheduled sessions in `states`, with their track, room, type and speakers, in six statements:
 * from the latest published version when there is one (its rooms, times and states; a session deleted since
 * stays in it, as published), else from the working copy.
 */
export async function loadScheduleForExport(db: DbOrTx, eventId: number, states: readonly string[] = SCHEDULED_STATES): Promise<EventSchedule> {
  const version = await findLatestScheduleVersion(db, eventId);
  const slot = version
    ? { startsAt: scheduleVersionSessions.startsAt, endsAt: scheduleVersionSessions.endsAt, state: scheduleVersionSessions.state, microlocationId: scheduleVersionSessions.microlocationId }
    : { startsAt: sessions.startsAt, endsAt: sessions.endsAt, state: sessions.state, microlocationId: sessions.microlocationId };
  const inVersion = version ? and(eq(scheduleVersionSessions.sessionId, sessions.id), eq(scheduleVersionSessions.versionId, version.id)) : undefined;
  const where = version ? and(eq(sessions.eventId, eventId), inArray(scheduleVersionSessions.state, [...states])) : scheduledSessionsWhere(eventId, states);
  const base = db
    .select({
      id: sessions.id,
      title: sessions.title,
      subtitle: sessions.subtitle,
      shortAbstract: sessions.shortAbstract,
      longAbstract: sessions.longAbstract,
      language: sessions.language,
      slidesUrl: sessions.slidesUrl,
      videoUrl: sessions.videoUrl,
      audioUrl: sessions.audioUrl,
      trackId: sessions.trackId,
      sessionTypeId: sessions.sessionTypeId,
      ...slot,
    })
    .from(sessions);
  const sessionRows = await (inVersion ? base.innerJoin(scheduleVersionSessions, inVersion) : base).where(where).orderBy(asc(slot.startsAt), asc(sessions.id));

  const trackRows = await db
    .select({ id: tracks.id, name: tracks.name, color: tracks.color })
    .from(tracks)
    .where(and(eq(tracks.eventId, eventId), isNull(tracks.deletedAt)))
    .orderBy(asc(tracks.position), asc(tracks.id));

  const roomRows = await db
    .select({ id: microlocations.id, name: microlocations.name })
    .from(microlocations)
    .where(and(eq(microlocations.eventId, eventId), isNull(microlocations.deletedAt)))
    .orderBy(asc(microlocations.position), asc(microlocations.id));

  const typeRows = await db
    .select({ id: sessionTypes.id, name: sessionTypes.name })
    .from(sessionTypes)
    .where(and(eq(sessionTypes.eventId, eventId), isNull(sessionTypes.deletedAt)));

  // Speakers of exactly the sessions above: the same condition, joined, rather than a list of ids.
  const speakerBase = db
    .select({ sessionId: sessionsSpeakers.sessionId, id: speakers.id, name: speakers.name })
    .from(sessionsSpeakers)
    .innerJoin(sessions, eq(sessions.id, sessionsSpeakers.sessionId))
    .innerJoin(speakers, eq(speakers.id, sessionsSpeakers.speakerId));
  const speakerRows = await (inVersion ? speakerBase.innerJoin(scheduleVersionSessions, inVersion) : speakerBase)
    .where(and(where, eq(speakers.eventId, eventId), isNull(speakers.deletedAt)))
    .orderBy(asc(speakers.name), asc(speakers.id));

  const trackById = new Map(trackRows.map((t) => [t.id, t]));
  const roomById = new Map(roomRows.map((r) => [r.id, r]));
  const typeById = new Map(typeRows.map((t) => [t.id, t]));
  const speakersBySession = new Map<number, ScheduleSpeaker[]>();
  for (const { sessionId, id, name } of speakerRows) {
    let list = speakersBySession.get(sessionId);
    if (!list) speakersBySession.set(sessionId, (list = []));
    list.push({ id, name });
  }

  const roomOrder = new Map(roomRows.map((r, i) => [r.id, i]));
  const scheduled = sessionRows.map(({ trackId, microlocationId, sessionTypeId, startsAt, endsAt, ...row }) => ({
    ...row,
    startsAt: startsAt!,
    endsAt: endsAt!,
    track: (trackId !== null && trackById.get(trackId)) || null,
    room: (microlocationId !== null && roomById.get(microlocationId)) || null,
    sessionType: (sessionTypeId !== null && typeById.get(sessionTypeId)) || null,
    speakers: speakersBySession.get(row.id) ?? [],
  }));
  const position = (s: ScheduleSession) => (s.room ? roomOrder.get(s.room.id)! : roomRows.length);
  scheduled.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || position(a) - position(b) || a.id - b.id);
  return { sessions: scheduled, tracks: trackRows, rooms: roomRows, version: version ? { number: version.number, name: version.name } : null };
}
