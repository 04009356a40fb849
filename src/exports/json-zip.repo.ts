// SQL for the Open Event JSON zip export: every live row of one event, one statement per table. Soft-deleted
// rows are left out; session↔speaker links count only when both ends are live and belong to the event.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { eventCopyrights, microlocations, sessionTypes, sessions, sessionsSpeakers, socialLinks, speakers, sponsors, tracks } from '../db/schema.js';

export type JsonExportTrack = typeof tracks.$inferSelect;
export type JsonExportRoom = typeof microlocations.$inferSelect;
export type JsonExportSessionType = typeof sessionTypes.$inferSelect;
export type JsonExportSession = typeof sessions.$inferSelect;
export type JsonExportSpeaker = typeof speakers.$inferSelect;
export type JsonExportSponsor = typeof sponsors.$inferSelect;
export type JsonExportSocialLink = typeof socialLinks.$inferSelect;
export type JsonExportCopyright = typeof eventCopyrights.$inferSelect;

export interface EventJsonData {
  socialLinks: JsonExportSocialLink[];
  copyright: JsonExportCopyright | null;
  tracks: JsonExportTrack[];
  rooms: JsonExportRoom[];
  sessionTypes: JsonExportSessionType[];
  /** All states; by start (unscheduled last), then id. */
  sessions: JsonExportSession[];
  /** By name, then id. */
  speakers: JsonExportSpeaker[];
  sponsors: JsonExportSponsor[];
  /** (session, speaker) pairs, both live and of this event. */
  links: { sessionId: number; speakerId: number }[];
}

export async function listSocialLinksForExport(db: DbOrTx, eventId: number) {
  return db.select().from(socialLinks).where(and(eq(socialLinks.eventId, eventId), isNull(socialLinks.deletedAt))).orderBy(asc(socialLinks.id));
}

export async function findCopyrightForExport(db: DbOrTx, eventId: number) {
  const [row] = await db.select().from(eventCopyrights).where(and(eq(eventCopyrights.eventId, eventId), isNull(eventCopyrights.deletedAt))).limit(1);
  return row ?? null;
}

export async function listTracksForExport(db: DbOrTx, eventId: number) {
  return db.select().from(tracks).where(and(eq(tracks.eventId, eventId), isNull(tracks.deletedAt))).orderBy(asc(tracks.position), asc(tracks.id));
}

export async function listRoomsForExport(db: DbOrTx, eventId: number) {
  return db.select().from(microlocations).where(and(eq(microlocations.eventId, eventId), isNull(microlocations.deletedAt))).orderBy(asc(microlocations.position), asc(microlocations.id));
}

export async function listSessionTypesForExport(db: DbOrTx, eventId: number) {
  return db.select().from(sessionTypes).where(and(eq(sessionTypes.eventId, eventId), isNull(sessionTypes.deletedAt))).orderBy(asc(sessionTypes.position), asc(sessionTypes.id));
}

export async function listSessionsForExport(db: DbOrTx, eventId: number) {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.eventId, eventId), isNull(sessions.deletedAt)))
    .orderBy(sql`${sessions.startsAt} asc nulls last`, asc(sessions.id));
}

export async function listSpeakersForExport(db: DbOrTx, eventId: number) {
  return db.select().from(speakers).where(and(eq(speakers.eventId, eventId), isNull(speakers.deletedAt))).orderBy(asc(speakers.name), asc(speakers.id));
}

export async function listSponsorsForExport(db: DbOrTx, eventId: number) {
  return db.select().from(sponsors).where(and(eq(sponsors.eventId, eventId), isNull(sponsors.deletedAt))).orderBy(asc(sponsors.position), asc(sponsors.id));
}

export async function listSessionSpeakerLinksForExport(db: DbOrTx, eventId: number) {
  return db
    .select({ sessionId: sessionsSpeakers.sessionId, speakerId: sessionsSpeakers.speakerId })
    .from(sessionsSpeakers)
    .innerJoin(sessions, eq(sessions.id, sessionsSpeakers.sessionId))
    .innerJoin(speakers, eq(speakers.id, sessionsSpeakers.speakerId))
    .where(and(eq(sessions.eventId, eventId), isNull(sessions.deletedAt), eq(speakers.eventId, eventId), isNull(speakers.deletedAt)))
    .orderBy(asc(sessionsSpeakers.sessionId), asc(sessionsSpeakers.speakerId));
}

/** Everything the JSON zip holds for one event, in nine statements whatever its size. */
export async function loadEventForJsonExport(db: DbOrTx, eventId: number): Promise<EventJsonData> {
  return {
    socialLinks: await listSocialLinksForExport(db, eventId),
    copyright: await findCopyrightForExport(db, eventId),
    tracks: await listTracksForExport(db, eventId),
    rooms: await listRoomsForExport(db, eventId),
    sessionTypes: await listSessionTypesForExport(db, eventId),
    sessions: await listSessionsForExport(db, eventId),
    speakers: await listSpeakersForExport(db, eventId),
    sponsors: await listSponsorsForExport(db, eventId),
    links: await listSessionSpeakerLinksForExport(db, eventId),
  };
}

