// Derives what the pages show from the EventModel: the visible sessions (with a start time and a state other
// than pending, rejected or draft) sorted by real instant, then title, then id; the days they fall on in the
// event's wall clock; the listed speakers (at least one accepted or confirmed session); tracks, rooms and
// sponsors by level; safe, unique file names for session pages. Every inconsistency of the data (a duplicate
// id, a dangling track, room or speaker reference, an unusable time, an image that did not come with the input)
// becomes a named warning in the build log and a page that still makes sense, never an exception.
import type { BuildLog, EventModel, SiteRoom, SiteSession, SiteSpeaker, SiteSponsor, SiteTrack } from '../model.js';
import { htmlToText, isRemoteUrl, safeUrl, slugify } from './html.js';
import { parseWallTime, type WallTime } from './time.js';

const HIDDEN_STATES = new Set(['pending', 'rejected', 'draft']);
const LISTING_STATES = new Set(['accepted', 'confirmed']);

export interface ViewSession {
  session: SiteSession;
  id: string;
  /** File name under sessions/, e.g. 'session-3017.html'. */
  file: string;
  /** Slug for anchors and .ics files. */
  slug: string;
  start: WallTime;
  end: WallTime | null;
  track: ViewTrack | null;
  room: ViewRoom | null;
  typeName: string | null;
  speakers: SiteSpeaker[];
  /** The long abstract, or the short one when the long one is empty once tags are stripped (as the original). */
  description: string | null;
  searchText: string;
}

export interface ViewTrack {
  track: SiteTrack;
  slug: string;
  color: string;
  fontColor: string;
}

export interface ViewRoom {
  room: SiteRoom;
  slug: string;
}

export interface ViewDay {
  date: string;
  sessions: ViewSession[];
}

export interface ViewSpeaker {
  speaker: SiteSpeaker;
  slug: string;
  photo: string | null;
  sessions: ViewSession[];
}

export interface SponsorLevel {
  level: string;
  sponsors: Array<{ sponsor: SiteSponsor; logo: string | null }>;
}

export interface SiteView {
  model: EventModel;
  start: WallTime | null;
  end: WallTime | null;
  sessions: ViewSession[];
  days: ViewDay[];
  tracks: ViewTrack[];
  rooms: ViewRoom[];
  speakers: ViewSpeaker[];
  featured: ViewSpeaker[];
  sponsorLevels: SponsorLevel[];
  logo: string | null;
  background: string | null;
  /** Input asset paths the pages reference, to copy into the site. */
  usedAssets: Set<string>;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Deterministic id order: numeric ids as numbers, then as strings. */
function byId(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function validColor(value: string | null, fallback: string): string {
  return value && /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : fallback;
}

/** Text colour with enough contrast on a track colour (WCAG relative luminance). */
function contrastText(background: string): string {
  const channel = (i: number) => {
    const c = Number.parseInt(background.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** Hands out unique slugs: 'x', 'x-2', 'x-3', ... in call order. */
function uniqueSlugger(): (value: string, fallback: string) => string {
  const used = new Set<string>();
  return (value, fallback) => {
    const base = slugify(value, fallback);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}

export interface ImageResolver {
  (url: string | null, what: string): string | null;
}

/**
 * An image reference as the site will write it: a remote http(s) URL stays a URL (never fetched), a relative
 * path is kept when the input brought that file (it is then copied), anything else is dropped with a warning.
 */
export function imageResolver(assets: ReadonlySet<string>, used: Set<string>, log: BuildLog): ImageResolver {
  return (url, what) => {
    if (!url || url.trim() === '') return null;
    const value = url.trim();
    if (isRemoteUrl(value)) return safeUrl(value);
    const relative = value.replace(/^\.?\/+/, '');
    if (safeUrl(relative) !== null && !relative.split('/').includes('..') && assets.has(relative)) {
      used.add(relative);
      return relative;
    }
    log.warn(`image.missing: ${what}: image "${value}" is neither a http(s) URL nor a file of the input; not shown`);
    return null;
  };
}

export function buildView(model: EventModel, assetPaths: ReadonlySet<string>, log: BuildLog): SiteView {
  const usedAssets = new Set<string>();
  const image = imageResolver(assetPaths, usedAssets, log);

  const trackSlug = uniqueSlugger();
  const tracksById = new Map<string, ViewTrack>();
  for (const track of [...model.tracks].sort((a, b) => byText(a.name, b.name) || byId(a.id, b.id))) {
    if (tracksById.has(track.id)) {
      log.warn(`track.duplicate: track id ${track.id} appears twice; the second "${track.name}" is ignored`);
      continue;
    }
    const color = validColor(track.color, '#6b7280');
    tracksById.set(track.id, { track, slug: trackSlug(track.name, `track-${track.id}`), color, fontColor: contrastText(color) });
  }
  const roomSlug = uniqueSlugger();
  const roomsById = new Map<string, ViewRoom>();
  for (const room of [...model.rooms].sort((a, b) => byText(a.name, b.name) || byId(a.id, b.id))) {
    if (roomsById.has(room.id)) {
      log.warn(`room.duplicate: room id ${room.id} appears twice; the second "${room.name}" is ignored`);
      continue;
    }
    roomsById.set(room.id, { room, slug: roomSlug(room.name, `room-${room.id}`) });
  }
  const typesById = new Map(model.sessionTypes.map((t) => [t.id, t.name]));
  const speakersById = new Map<string, SiteSpeaker>();
  for (const speaker of model.speakers) {
    if (speakersById.has(speaker.id)) log.warn(`speaker.duplicate: speaker id ${speaker.id} appears twice; the second "${speaker.name}" is ignored`);
    else speakersById.set(speaker.id, speaker);
  }

  const seen = new Set<string>();
  const visible: ViewSession[] = [];
  const listing = new Map<string, ViewSession[]>();
  const listingSpeakers = new Set<string>();
  let noTrack = 0;
  let noRoom = 0;
  for (const session of model.sessions) {
    if (seen.has(session.id)) {
      log.warn(`session.duplicate: session id ${session.id} appears twice; the second "${session.title}" is ignored`);
      continue;
    }
    seen.add(session.id);
    const speakers: SiteSpeaker[] = [];
    for (const id of session.speakerIds) {
      const speaker = speakersById.get(id);
      if (speaker) speakers.push(speaker);
      else log.warn(`session.speaker_missing: session ${session.id}: speaker id ${id} is not in speakers; left out`);
    }
    const state = session.state ?? '';
    if (LISTING_STATES.has(state)) for (const s of speakers) listingSpeakers.add(s.id);
    if (HIDDEN_STATES.has(state)) continue;
    if (!session.startsAt) continue;
    const start = parseWallTime(session.startsAt);
    if (!start) {
      log.warn(`session.time_invalid: session ${session.id}: start "${session.startsAt}" is not a date-time; not shown`);
      continue;
    }
    let end = parseWallTime(session.endsAt);
    if (session.endsAt && !end) log.warn(`session.time_invalid: session ${session.id}: end "${session.endsAt}" is not a date-time; shown without an end`);
    if (end && end.instant < start.instant) {
      log.warn(`session.time_order: session ${session.id}: ends before it starts; shown without an end`);
      end = null;
    }
    const track = session.trackId === null ? null : (tracksById.get(session.trackId) ?? null);
    if (session.trackId !== null && !track) log.warn(`session.track_missing: session ${session.id}: track id ${session.trackId} is not in tracks; shown without a track`);
    if (!track) noTrack++;
    const room = session.roomId === null ? null : (roomsById.get(session.roomId) ?? null);
    if (session.roomId !== null && !room) log.warn(`session.room_missing: session ${session.id}: room id ${session.roomId} is not in rooms; shown without a room`);
    if (!room) noRoom++;
    const long = htmlToText(session.longAbstract);
    const description = long !== '' ? session.longAbstract : session.shortAbstract;
    const typeName = session.sessionTypeId === null ? null : (typesById.get(session.sessionTypeId) ?? null);
    const searchText = [session.title, session.subtitle, ...speakers.map((s) => s.name), track?.track.name, room?.room.name, typeName, htmlToText(description)]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    visible.push({ session, id: session.id, file: '', slug: '', start, end, track, room, typeName, speakers, description, searchText });
  }
  if (noTrack > 0) log.info(`${noTrack} shown session(s) have no track; listed under "No track"`);
  if (noRoom > 0) log.info(`${noRoom} shown session(s) have no room; listed under "Room not set"`);

  visible.sort((a, b) => a.start.instant - b.start.instant || byText(a.session.title, b.session.title) || byId(a.id, b.id));
  const sessionSlug = uniqueSlugger();
  for (const v of visible) {
    v.slug = sessionSlug(`session-${v.id}`, 'session');
    v.file = `${v.slug}.html`;
  }

  const days: ViewDay[] = [];
  const byDate = new Map<string, ViewDay>();
  for (const v of visible) {
    let day = byDate.get(v.start.date);
    if (!day) {
      day = { date: v.start.date, sessions: [] };
      byDate.set(v.start.date, day);
      days.push(day);
    }
    day.sessions.push(v);
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  for (const v of visible) {
    for (const s of v.speakers) {
      const list = listing.get(s.id) ?? [];
      list.push(v);
      listing.set(s.id, list);
    }
  }
  const speakerSlug = uniqueSlugger();
  const speakers: ViewSpeaker[] = [...speakersById.values()]
    .filter((s) => listingSpeakers.has(s.id))
    .sort((a, b) => byText(a.name, b.name) || byId(a.id, b.id))
    .map((speaker) => ({
      speaker,
      slug: speakerSlug(`${speaker.name}-${speaker.id}`, `speaker-${speaker.id}`),
      photo: image(speaker.photoUrl, `speaker ${speaker.id}`),
      sessions: listing.get(speaker.id) ?? [],
    }));

  const levels = new Map<string, SponsorLevel>();
  for (const sponsor of [...model.sponsors].sort((a, b) => byText(a.name, b.name) || byId(a.id, b.id))) {
    const level = sponsor.level?.trim() || 'other';
    const entry = levels.get(level) ?? { level, sponsors: [] };
    entry.sponsors.push({ sponsor, logo: image(sponsor.logoUrl, `sponsor ${sponsor.id}`) });
    levels.set(level, entry);
  }
  // Level '1' first (largest logos), numeric levels in order, then any other level string.
  const sponsorLevels = [...levels.values()].sort((a, b) => {
    const na = Number(a.level);
    const nb = Number(b.level);
    const fa = Number.isFinite(na);
    const fb = Number.isFinite(nb);
    if (fa && fb) return na - nb;
    if (fa !== fb) return fa ? -1 : 1;
    return byText(a.level, b.level);
  });

  const usedTracks = new Set(visible.map((v) => v.track?.track.id).filter(Boolean));
  const usedRooms = new Set(visible.map((v) => v.room?.room.id).filter(Boolean));
  return {
    model,
    start: parseWallTime(model.event.startsAt),
    end: parseWallTime(model.event.endsAt),
    sessions: visible,
    days,
    tracks: [...tracksById.values()].filter((t) => usedTracks.has(t.track.id)),
    rooms: [...roomsById.values()].filter((r) => usedRooms.has(r.room.id)),
    speakers,
    featured: speakers.filter((s) => s.speaker.featured),
    sponsorLevels,
    logo: image(model.event.logoUrl, 'event logo'),
    background: image(model.event.backgroundUrl, 'event background'),
    usedAssets,
  };
}
