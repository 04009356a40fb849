// The Open Event JSON zip (the v2 layout the Open Event webapp and importers read): extension-less JSON files
// `event`, `sessions`, `speakers`, `tracks`, `microlocations`, `sponsors`, `session_types` and `meta` at the
// zip's root, with dasherized keys, numeric ids, times in ISO 8601 with the event's UTC offset, and sessions,
// speakers and tracks embedding each other as the FOSSASIA Summit 2017 sample does. Sessions of every state are
// exported; soft-deleted rows are not. Speaker email/mobile and session comments only with params.private.
import yazl from 'yazl';
import type { ExportContext, Exporter } from './exporter.js';
import type { EventRow } from '../events/event.repo.js';
import { loadEventForJsonExport, type EventJsonData, type JsonExportSession, type JsonExportSpeaker } from './json-zip.repo.js';
import { isoWithOffset } from './schedule.time.js';

type Json = Record<string, unknown>;

/**
 * The zip's files as [name, JSON value] pairs, built from the event row and its loaded data without any I/O, so
 * the site generator's stored-event reader (src/sitegen/readers) reads exactly what this export writes.
 */
export function openEventV2Files(event: EventRow, data: EventJsonData, options: { withPrivate: boolean }): [string, unknown][] {
  const { withPrivate } = options;
  const time = (date: Date | null) => (date ? isoWithOffset(date, event.timezone) : null);

  const tracks = new Map(data.tracks.map((t) => [t.id, t]));
  const rooms = new Map(data.rooms.map((r) => [r.id, r]));
  const types = new Map(data.sessionTypes.map((s) => [s.id, s]));
  const speakerById = new Map(data.speakers.map((s) => [s.id, s]));
  const sessionById = new Map(data.sessions.map((s) => [s.id, s]));
  const speakersOf = new Map<number, JsonExportSpeaker[]>();
  const sessionsOf = new Map<number, JsonExportSession[]>();
  for (const { sessionId, speakerId } of data.links) {
    speakersOf.set(sessionId, [...(speakersOf.get(sessionId) ?? []), speakerById.get(speakerId)!]);
    sessionsOf.set(speakerId, [...(sessionsOf.get(speakerId) ?? []), sessionById.get(sessionId)!]);
  }
  const byName = (a: JsonExportSpeaker, b: JsonExportSpeaker) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id);

  const c = data.copyright;
  const eventJson: Json = {
    id: event.id,
    identifier: event.identifier,
    name: event.name,
    'starts-at': time(event.startsAt),
    'ends-at': time(event.endsAt),
    timezone: event.timezone,
    state: event.state,
    privacy: event.privacy,
    'location-name': event.locationName,
    'searchable-location-name': event.searchableLocationName,
    latitude: event.latitude,
    longitude: event.longitude,
    description: event.description,
    'organizer-name': event.ownerName,
    'organizer-description': event.ownerDescription,
    'code-of-conduct': event.codeOfConduct,
    'event-url': event.externalEventUrl,
    'ticket-url': event.ticketUrl,
    'logo-url': event.logoUrl,
    'original-image-url': event.originalImageUrl,
    'schedule-published-on': time(event.schedulePublishedOn),
    'is-sessions-speakers-enabled': event.isSessionsSpeakersEnabled,
    'social-links': data.socialLinks.map((l) => ({ id: l.id, name: l.name, link: l.link })),
    'event-copyright': c
      ? { holder: c.holder, 'holder-url': c.holderUrl, licence: c.licence, 'licence-url': c.licenceUrl, year: c.year, 'logo-url': c.logoUrl }
      : null,
  };

  const sessionsJson = data.sessions.map((s) => {
    const track = s.trackId === null ? undefined : tracks.get(s.trackId);
    const room = s.microlocationId === null ? undefined : rooms.get(s.microlocationId);
    const type = s.sessionTypeId === null ? undefined : types.get(s.sessionTypeId);
    return {
      id: s.id,
      title: s.title,
      subtitle: s.subtitle,
      'short-abstract': s.shortAbstract,
      'long-abstract': s.longAbstract,
      ...(withPrivate ? { comments: s.comments } : {}),
      'starts-at': time(s.startsAt),
      'ends-at': time(s.endsAt),
      state: s.state,
      language: s.language,
      level: s.level,
      'slides-url': s.slidesUrl,
      'video-url': s.videoUrl,
      'audio-url': s.audioUrl,
      'signup-url': s.signupUrl,
      'created-at': time(s.createdAt),
      track: track ? { id: track.id, name: track.name, color: track.color, 'font-color': track.fontColor } : null,
      microlocation: room ? { id: room.id, name: room.name } : null,
      'session-type': type ? { id: type.id, name: type.name, length: type.length } : null,
      speakers: [...(speakersOf.get(s.id) ?? [])].sort(byName).map((p) => ({
        id: p.id,
        name: p.name,
        organisation: p.organisation,
        'photo-url': p.photoUrl,
        'short-biography': p.shortBiography,
        'long-biography': p.longBiography,
        'speaking-experience': p.speakingExperience,
        city: p.city,
      })),
    };
  });

  const speakersJson = data.speakers.map((p) => ({
    id: p.id,
    name: p.name,
    ...(withPrivate ? { email: p.email, mobile: p.mobile } : {}),
    'photo-url': p.photoUrl,
    'short-biography': p.shortBiography,
    'long-biography': p.longBiography,
    'speaking-experience': p.speakingExperience,
    organisation: p.organisation,
    position: p.position,
    country: p.country,
    city: p.city,
    gender: p.gender,
    website: p.website,
    twitter: p.twitter,
    facebook: p.facebook,
    github: p.github,
    linkedin: p.linkedin,
    'is-featured': p.isFeatured,
    sessions: (sessionsOf.get(p.id) ?? []).map((s) => ({ id: s.id, title: s.title, state: s.state })),
  }));

  // A track lists its sessions in the sessions file's order (by start, then id).
  const tracksJson = data.tracks.map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    color: t.color,
    'font-color': t.fontColor,
    sessions: data.sessions.filter((s) => s.trackId === t.id).map((s) => ({ id: s.id, title: s.title })),
  }));

  const files: [string, unknown][] = [
    ['event', eventJson],
    ['sessions', sessionsJson],
    ['speakers', speakersJson],
    ['tracks', tracksJson],
    ['microlocations', data.rooms.map((r) => ({ id: r.id, name: r.name, floor: r.floor, room: r.room, latitude: r.latitude, longitude: r.longitude }))],
    // The sample spells a sponsor's level as a string ("3").
    ['sponsors', data.sponsors.map((s) => ({ id: s.id, name: s.name, url: s.url, 'logo-url': s.logoUrl, level: s.level === null ? null : String(s.level), type: s.type, description: s.description }))],
    ['session_types', data.sessionTypes.map((t) => ({ id: t.id, name: t.name, length: t.length }))],
    ['meta', { root_url: null }],
  ];
  return files;
}

async function write(ctx: ExportContext): Promise<void> {
  const { event } = ctx;
  ctx.progress(0, 'Loading event data');
  const data = await loadEventForJsonExport(ctx.db, event.id);
  const files = openEventV2Files(event, data, { withPrivate: ctx.params.private === 'true' });

  const zip = new yazl.ZipFile();
  const done = new Promise<void>((resolve, reject) => {
    zip.outputStream.on('error', reject);
    ctx.out.on('error', reject);
    ctx.out.on('finish', () => resolve());
  });
  zip.outputStream.pipe(ctx.out);
  files.forEach(([name, value], index) => {
    zip.addBuffer(Buffer.from(JSON.stringify(value, null, 2), 'utf8'), name, { mtime: event.createdAt });
    ctx.progress(10 + Math.round(((index + 1) * 85) / files.length), `Wrote ${name}`);
  });
  zip.end();
  await done;
  ctx.progress(100, 'Done');
}

export const jsonZipExporter: Exporter = {
  id: 'event.zip',
  label: 'Open Event JSON (zip)',
  contentType: 'application/zip',
  extension: 'zip',
  route: 'json',
  write,
};
