// Reads an event stored in Convene into the site model through the very files the Open Event JSON zip export
// writes (openEventV2Files, private fields left out) and the v2 reader, so a site built from the database and one
// built from that event's export zip are the same by construction. Only what the public may see is kept, as the
// API shows it to a visitor: sessions on the public schedule, and the speakers of those sessions. Once a schedule
// version is published, the site shows that version (its rooms, times and states), as the schedule exports do, and
// not the organizers' later edits.
import type { DbOrTx } from '../../db/client.js';
import { findEventByKey } from '../../events/event.repo.js';
import { openEventV2Files } from '../../exports/json-zip.exporter.js';
import { loadEventForJsonExport, type EventJsonData } from '../../exports/json-zip.repo.js';
import { listLatestVersionSlots } from '../../exports/schedule.repo.js';
import { PUBLIC_SESSION_STATES } from '../../sessions/session.resource.js';
import { SiteInputError, type BuildLog, type EventModel } from '../model.js';
import { buildModel, type RawFiles } from './model.build.js';
import { v2Map } from './v2.map.js';

export async function readStoredEvent(db: DbOrTx, eventId: number, log: BuildLog): Promise<EventModel> {
  const event = await findEventByKey(db, String(eventId));
  if (!event || event.id !== eventId || event.deletedAt) throw new SiteInputError('input.not_found', `no event ${eventId}`, { file: 'event' });
  const data = publicOnly(await loadEventForJsonExport(db, event.id), await listLatestVersionSlots(db, event.id));
  const files = Object.fromEntries(openEventV2Files(event, data, { withPrivate: false })) as unknown as RawFiles;
  const model = buildModel(files, { format: 'convene', map: v2Map, log, assets: null });
  log.info(`Read stored event ${event.id}: ${model.sessions.length} public sessions, ${model.speakers.length} speakers, ${model.tracks.length} tracks, ${model.rooms.length} rooms, ${model.sponsors.length} sponsors`);
  return model;
}

/**
 * What a visitor may see. With a published version, the sessions as it has them (room, start, end, state), and
 * none that is not in it (it was never published).
 */
function publicOnly(data: EventJsonData, published: Awaited<ReturnType<typeof listLatestVersionSlots>>): EventJsonData {
  const slots = published && new Map(published.map((slot) => [slot.sessionId, slot]));
  const asPublished = slots
    ? data.sessions.flatMap((session) => {
        const slot = slots.get(session.id);
        return slot ? [{ ...session, microlocationId: slot.microlocationId, startsAt: slot.startsAt, endsAt: slot.endsAt, state: slot.state }] : [];
      })
    : data.sessions;
  if (slots) asPublished.sort((a, b) => a.startsAt!.getTime() - b.startsAt!.getTime() || a.id - b.id);
  const sessions = asPublished.filter((s) => PUBLIC_SESSION_STATES.includes(s.state));
  const sessionIds = new Set(sessions.map((s) => s.id));
  const links = data.links.filter((l) => sessionIds.has(l.sessionId));
  const speakerIds = new Set(links.map((l) => l.speakerId));
  return { ...data, sessions, links, speakers: data.speakers.filter((s) => speakerIds.has(s.id)) };
}
