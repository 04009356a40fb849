// Builds the EventModel from the six Open Event files once their version's key table is chosen. It reads what was
// published: only the event is required (a missing or unusable event stops the read with a SiteInputError); a
// list file that is missing or not a list is read as empty with a warning, a record that lacks a required field
// (an id, a session title, a speaker name, a usable time) is skipped with a warning naming file, record and field,
// and optional data of the wrong type is dropped with a warning. It also fixes the original generator's defects on
// purpose (reference §1.7): sessions with a null track or room are kept, duplicate ids keep the first record,
// speakers are linked to sessions from either side, speaker ids missing from `speakers` are dropped (or added from
// the session's embedded speaker when it has a name), and image paths are checked against the input's files.
import { isoWithOffset } from '../../exports/schedule.time.js';
import type {
  BuildLog, Copyright, EventModel, SiteEvent, SiteRoom, SiteSession, SiteSessionType, SiteSpeaker, SiteSponsor, SiteTrack, SocialLink, SourceFormat,
} from '../model.js';
import { SiteInputError } from '../model.js';
import type { MemoryAssets } from './assets.js';
import { skipOnInputError } from './input.js';
import {
  boolean, color, dateTime, describe, idValue, integer, isObject, number, pick, requiredDateTime, requiredId, requiredText, text, warnField, webLink,
  type At, type Json, type Keys,
} from './fields.js';
import type { KeyMap } from './keymap.js';

/** The parsed JSON of the input's files, by Open Event file name. */
export interface RawFiles {
  event: unknown;
  sessions: unknown;
  speakers: unknown;
  tracks?: unknown;
  microlocations?: unknown;
  sponsors?: unknown;
  session_types?: unknown;
}

export interface BuildOptions {
  format: SourceFormat;
  map: KeyMap;
  log: BuildLog;
  /** The input's files; null when it has none (a URL): every relative path is then dropped. */
  assets: MemoryAssets | null;
  /** Files the reader found but could not use (already warned about): read as empty without another warning. */
  skipped?: ReadonlySet<string>;
  /**
   * Re-express every date-time at the event time zone's offset (same instant). For JSON:API servers, which
   * write UTC ('…Z'), so that a site built from the API reads the same clock times as one built from the export.
   */
  timesInEventZone?: boolean;
}

export function buildModel(files: RawFiles, options: BuildOptions): EventModel {
  const { map, log } = options;
  if (!isObject(files.event)) throw new SiteInputError('input.invalid_file', 'not a JSON object with the event', { file: 'event' });
  const zoneAt: At = { file: 'event', log };
  const timezone = text(files.event, map.event.timezone, zoneAt);
  const time = (record: Json, keys: Keys, at: At) => zoned(dateTime(record, keys, at, timezone), timezone, options);
  const hasSessionTypesFile = files.session_types !== undefined && !options.skipped?.has('session_types');
  const ctx: Ctx = { ...options, timezone, time, hasSessionTypesFile };
  const records = (file: keyof RawFiles) => list(files[file], file, ctx, file !== 'session_types');

  const event = readEvent(files.event, ctx);
  const tracks = unique(records('tracks'), 'tracks', log, (r, at) => readTrack(r, at, ctx));
  const rooms = unique(records('microlocations'), 'microlocations', log, (r, at) => readRoom(r, at, ctx));
  const sponsors = unique(records('sponsors'), 'sponsors', log, (r, at) => readSponsor(r, at, ctx));
  const sessionTypes = unique(records('session_types'), 'session_types', log, (r, at) => readSessionType(r, at, ctx));
  const speakerRecords = records('speakers');
  const speakers = unique(speakerRecords, 'speakers', log, (r, at) => readSpeaker(r, at, ctx));
  const sessionRecords = records('sessions');

  const index = {
    tracks: new Map(tracks.map((t) => [t.id, t])),
    rooms: new Map(rooms.map((r) => [r.id, r])),
    types: new Map(sessionTypes.map((t) => [t.id, t])),
    speakers: new Map(speakers.map((s) => [s.id, s])),
  };
  const sessions: SiteSession[] = [];
  const seen = new Set<string>();
  /** Sessions whose record lists its speakers: a link only the speaker's side has is then worth a warning. */
  const withSpeakerList = new Set<string>();
  sessionRecords.forEach((record, position) => {
    if (record === null) return;
    const at = recordAt('sessions', record, position, log);
    const session = skipOnInputError(log, 'record', () => {
      if (!isObject(record)) throw notAnObject(at, record);
      return readSession(record, at, ctx, index, { tracks, rooms, sessionTypes, speakers });
    });
    if (session === null) return;
    if (seen.has(session.id)) {
      log.warn(`sessions: duplicate session id ${session.id}: the first record is kept, this one (position ${position + 1}) is dropped`);
      return;
    }
    seen.add(session.id);
    sessions.push(session);
    if (Array.isArray(pick(record as Json, map.session.speakers)[1])) withSpeakerList.add(session.id);
  });
  linkFromSpeakers(speakerRecords, index.speakers, sessions, withSpeakerList, ctx);

  return { format: options.format, event, sessions, speakers, tracks, rooms, sessionTypes, sponsors };
}

interface Ctx extends BuildOptions {
  timezone: string | null;
  /** Without a session_types file, session types come from the sessions alone: no warning for each. */
  hasSessionTypesFile: boolean;
  time(record: Json, keys: Keys, at: At): string | null;
}

function zoned(value: string | null, timezone: string | null, options: BuildOptions): string | null {
  if (value === null || !options.timesInEventZone || !timezone) return value;
  try {
    return isoWithOffset(new Date(value), timezone);
  } catch {
    return value; // an unknown zone name: keep the time as the server wrote it
  }
}

/** A list file's records; missing (warned about when `warnMissing`), skipped or not a list: none. */
function list(value: unknown, file: string, ctx: Ctx, warnMissing: boolean): unknown[] {
  if (ctx.skipped?.has(file)) return [];
  if (value === undefined) {
    if (warnMissing) ctx.log.warn(`${file}: missing; read as an empty list`);
    return [];
  }
  if (!Array.isArray(value)) {
    ctx.log.warn(`${file}: not a JSON list of records; the file is skipped`);
    return [];
  }
  return value;
}

function notAnObject(at: At, record: unknown): SiteInputError {
  return new SiteInputError('input.invalid_record', `not a JSON object (${describe(record)})`, { file: at.file, recordId: at.recordId });
}

function recordAt(file: string, record: unknown, position: number, log: BuildLog): At {
  const id = isObject(record) ? idValue(record.id) : null;
  return { file, recordId: id ?? `#${position + 1}`, log };
}

/** Reads each record, skipping bad ones with a warning; a second record with an id already read is dropped too. */
function unique<T extends { id: string }>(records: unknown[], file: string, log: BuildLog, read: (record: Json, at: At) => T): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  records.forEach((record, position) => {
    if (record === null) return; // the original filters null entries out
    const at = recordAt(file, record, position, log);
    const item = skipOnInputError(log, 'record', () => {
      if (!isObject(record)) throw notAnObject(at, record);
      return read(record, at);
    });
    if (item === null) return;
    if (seen.has(item.id)) {
      log.warn(`${file}: duplicate id ${item.id}: the first record is kept`);
      return;
    }
    seen.add(item.id);
    out.push(item);
  });
  return out;
}

/**
 * An image or audio reference: absolute http(s) URLs stay; a path relative to the input root (with or without a
 * leading '/' or './') becomes 'images/x.png' when the input has that file; anything else is dropped with a warning.
 */
function assetUrl(record: Json, keys: Keys, at: At, ctx: Ctx): string | null {
  const value = text(record, keys, at);
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^https?:\/\/[^\s/]+/i.test(trimmed)) return trimmed;
  if (trimmed.startsWith('//')) return `https:${trimmed}`;
  const path = trimmed.replace(/^(\.\/|\/)+/, '');
  const safe = !/^[a-z][a-z0-9+.-]*:/i.test(path) && !path.includes('\\') && !path.split('/').includes('..');
  if (safe && ctx.assets?.has(path)) return path;
  warnField(at, pick(record, keys)[0], `${JSON.stringify(trimmed.slice(0, 120))} is neither an http(s) URL nor a file of the input; dropped`);
  return null;
}

function readEvent(record: Json, ctx: Ctx): SiteEvent {
  const m = ctx.map.event;
  const at: At = { file: 'event', log: ctx.log };
  const id = idValue(record.id) ?? idValue(record.identifier) ?? 'event';
  const eventAt: At = { ...at, recordId: id };
  const name = requiredText(record, m.name, eventAt);
  const startsAt = zoned(requiredDateTime(record, m.startsAt, eventAt, ctx.timezone), ctx.timezone, ctx)!;
  const endsAt = zoned(requiredDateTime(record, m.endsAt, eventAt, ctx.timezone), ctx.timezone, ctx)!;
  return {
    id,
    name,
    description: text(record, m.description, eventAt),
    startsAt,
    endsAt,
    timezone: ctx.timezone,
    locationName: text(record, m.locationName, eventAt),
    latitude: number(record, m.latitude, eventAt),
    longitude: number(record, m.longitude, eventAt),
    eventUrl: webLink(record, m.eventUrl, eventAt),
    ticketUrl: webLink(record, m.ticketUrl, eventAt),
    logoUrl: assetUrl(record, m.logoUrl, eventAt, ctx),
    backgroundUrl: assetUrl(record, m.backgroundUrl, eventAt, ctx),
    organizerName: text(record, m.organizerName, eventAt),
    organizerDescription: text(record, m.organizerDescription, eventAt),
    codeOfConduct: text(record, m.codeOfConduct, eventAt),
    email: text(record, m.email, eventAt),
    socialLinks: readSocialLinks(record, eventAt, ctx),
    copyright: readCopyright(record, eventAt, ctx),
  };
}

function readSocialLinks(record: Json, at: At, ctx: Ctx): SocialLink[] {
  const [key, value] = pick(record, ctx.map.event.socialLinks);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    warnField(at, key, 'not a list; ignored');
    return [];
  }
  const links: SocialLink[] = [];
  value.forEach((item, i) => {
    if (!isObject(item)) return;
    const name = text(item, ctx.map.socialLink.name, at);
    const url = webLink(item, ctx.map.socialLink.url, at, `${key}[${i}].${pick(item, ctx.map.socialLink.url)[0]}`);
    if (name !== null && url !== null) links.push({ name, url });
  });
  return links;
}

function readCopyright(record: Json, at: At, ctx: Ctx): Copyright | null {
  const [cKey, c] = pick(record, ctx.map.event.copyright);
  const [lKey, l] = pick(record, ctx.map.event.licenceDetails);
  if (c !== undefined && !isObject(c)) warnField(at, cKey, 'not an object; ignored');
  if (l !== undefined && !isObject(l)) warnField(at, lKey, 'not an object; ignored');
  const copyright = isObject(c) ? c : null;
  const licence = isObject(l) ? l : null;
  if (!copyright && !licence) return null;
  const cm = ctx.map.copyright;
  const lm = ctx.map.licenceDetails;
  const fromCopyright = copyright ?? {};
  const fromLicence = licence ?? {};
  // With licence details, the original preferred their URL and compact logo over the copyright's own.
  return {
    holder: text(fromCopyright, cm.holder, at),
    holderUrl: webLink(fromCopyright, cm.holderUrl, at),
    licence: text(fromCopyright, cm.licence, at) ?? text(fromLicence, lm.name, at),
    licenceUrl: webLink(fromLicence, lm.url, at) ?? webLink(fromCopyright, cm.licenceUrl, at),
    logoUrl: assetUrl(fromLicence, lm.logoUrl, at, ctx) ?? assetUrl(fromCopyright, cm.logoUrl, at, ctx),
    licenceLongName: text(fromLicence, lm.longName, at),
    year: integer(fromCopyright, cm.year, at),
  };
}

function readTrack(record: Json, at: At, ctx: Ctx): SiteTrack {
  const m = ctx.map.track;
  return {
    id: requiredId(record, m.id, at),
    name: text(record, m.name, at) ?? '',
    color: color(record, m.color, at),
    fontColor: color(record, m.fontColor, at),
    description: text(record, m.description, at),
  };
}

function readRoom(record: Json, at: At, ctx: Ctx): SiteRoom {
  const m = ctx.map.room;
  return { id: requiredId(record, m.id, at), name: text(record, m.name, at) ?? '', floor: integer(record, m.floor, at) };
}

function readSessionType(record: Json, at: At, ctx: Ctx): SiteSessionType {
  const m = ctx.map.sessionType;
  return { id: requiredId(record, m.id, at), name: text(record, m.name, at) ?? '', length: text(record, m.length, at) };
}

function readSponsor(record: Json, at: At, ctx: Ctx): SiteSponsor {
  const m = ctx.map.sponsor;
  return {
    id: requiredId(record, m.id, at),
    name: text(record, m.name, at) ?? '',
    url: webLink(record, m.url, at),
    logoUrl: assetUrl(record, m.logoUrl, at, ctx),
    level: text(record, m.level, at),
    type: text(record, m.type, at),
    description: text(record, m.description, at),
  };
}

function readSpeaker(record: Json, at: At, ctx: Ctx): SiteSpeaker {
  const m = ctx.map.speaker;
  return {
    id: requiredId(record, m.id, at),
    name: requiredText(record, m.name, at),
    photoUrl: assetUrl(record, m.photoUrl, at, ctx),
    shortBiography: text(record, m.shortBiography, at),
    longBiography: text(record, m.longBiography, at),
    organisation: text(record, m.organisation, at),
    position: text(record, m.position, at),
    country: text(record, m.country, at),
    city: text(record, m.city, at),
    website: webLink(record, m.website, at),
    twitter: webLink(record, m.twitter, at),
    github: webLink(record, m.github, at),
    linkedin: webLink(record, m.linkedin, at),
    facebook: webLink(record, m.facebook, at),
    featured: boolean(record, m.featured, at),
  };
}

interface Index {
  tracks: Map<string, SiteTrack>;
  rooms: Map<string, SiteRoom>;
  types: Map<string, SiteSessionType>;
  speakers: Map<string, SiteSpeaker>;
}

interface Lists {
  tracks: SiteTrack[];
  rooms: SiteRoom[];
  sessionTypes: SiteSessionType[];
  speakers: SiteSpeaker[];
}

/**
 * The id of a session's track, room or type: an embedded object ({id, name, ...}) or a bare id. An id the list
 * lacks is added from the embedded object when that has a name (the list file is the truth, embedded records fill
 * gaps), else the reference is dropped with a warning.
 */
function reference<T extends { id: string }>(
  record: Json, keys: Keys, at: At, known: Map<string, T>, all: T[], fromEmbedded: (item: Json, at: At) => T, label: string, quiet = false,
): string | null {
  const [key, value] = pick(record, keys);
  if (value === undefined || value === '') return null;
  const embedded = isObject(value) ? value : null;
  const id = embedded ? idValue(embedded.id) : idValue(value);
  if (id === null) {
    warnField(at, key, `not a ${label} reference; ignored`);
    return null;
  }
  if (known.has(id)) return id;
  if (embedded && typeof embedded.name === 'string' && embedded.name.trim() !== '') {
    const item = fromEmbedded(embedded, at);
    known.set(id, item);
    all.push(item);
    if (!quiet) at.log.warn(`${at.file}: record ${at.recordId}: field ${key}: ${label} ${id} is not in the ${label} list; added from the session`);
    return id;
  }
  warnField(at, key, `${label} ${id} is not in the ${label} list; the session is kept without it`);
  return null;
}

function readSession(record: Json, at: At, ctx: Ctx, index: Index, lists: Lists): SiteSession {
  const m = ctx.map.session;
  const id = requiredId(record, m.id, at);
  const sessionAt: At = { ...at, recordId: id };
  const state = text(record, m.state, sessionAt);
  return {
    id,
    title: requiredText(record, m.title, sessionAt),
    subtitle: text(record, m.subtitle, sessionAt),
    shortAbstract: text(record, m.shortAbstract, sessionAt),
    longAbstract: text(record, m.longAbstract, sessionAt),
    startsAt: ctx.time(record, m.startsAt, sessionAt),
    endsAt: ctx.time(record, m.endsAt, sessionAt),
    state: state === null ? null : state.toLowerCase(),
    trackId: reference(record, m.track, sessionAt, index.tracks, lists.tracks, (r, a) => readTrack(r, a, ctx), 'track'),
    roomId: reference(record, m.room, sessionAt, index.rooms, lists.rooms, (r, a) => readRoom(r, a, ctx), 'microlocation'),
    sessionTypeId: reference(record, m.sessionType, sessionAt, index.types, lists.sessionTypes, (r, a) => readSessionType(r, a, ctx), 'session type', !ctx.hasSessionTypesFile),
    speakerIds: sessionSpeakers(record, sessionAt, ctx, index, lists),
    signupUrl: webLink(record, m.signupUrl, sessionAt),
    videoUrl: webLink(record, m.videoUrl, sessionAt),
    slidesUrl: webLink(record, m.slidesUrl, sessionAt),
    audioUrl: assetUrl(record, m.audioUrl, sessionAt, ctx),
    language: text(record, m.language, sessionAt),
    level: text(record, m.level, sessionAt),
  };
}

/**
 * A session's speaker ids in the data's order, without repeats. An id missing from `speakers` is added from the
 * session's embedded speaker when that has a name (a warning says so), else dropped with a warning.
 */
function sessionSpeakers(record: Json, at: At, ctx: Ctx, index: Index, lists: Lists): string[] {
  const [key, value] = pick(record, ctx.map.session.speakers);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    warnField(at, key, 'not a list; ignored');
    return [];
  }
  const ids: string[] = [];
  for (const item of value) {
    const embedded = isObject(item) ? item : null;
    const id = embedded ? idValue(embedded.id) : idValue(item);
    if (id === null || ids.includes(id)) continue;
    if (!index.speakers.has(id)) {
      if (embedded && typeof embedded.name === 'string' && embedded.name.trim() !== '') {
        const speaker = readSpeaker(embedded, { file: at.file, recordId: at.recordId, log: ctx.log }, ctx);
        index.speakers.set(id, speaker);
        lists.speakers.push(speaker);
        ctx.log.warn(`${at.file}: record ${at.recordId}: speaker ${id} is not in speakers; added from the session's embedded speaker`);
      } else {
        ctx.log.warn(`${at.file}: record ${at.recordId}: speaker ${id} is not in speakers; dropped from the session`);
        continue;
      }
    }
    ids.push(id);
  }
  return ids;
}

/**
 * Links from the speakers' side: a session a speaker's `sessions` names gets that speaker when its own list lacks
 * them (some exports list sessions only on the speaker; in others the session names a different or misspelt
 * entry). A session that has a speaker list of its own and disagrees is named in a warning.
 */
function linkFromSpeakers(speakerRecords: unknown[], speakers: Map<string, SiteSpeaker>, sessions: SiteSession[], withSpeakerList: Set<string>, ctx: Ctx): void {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  for (const record of speakerRecords) {
    if (!isObject(record)) continue;
    const speakerId = idValue(record.id);
    const [key, value] = pick(record, ctx.map.speaker.sessions);
    if (speakerId === null || !speakers.has(speakerId) || !Array.isArray(value)) continue;
    for (const item of value) {
      const session = byId.get((isObject(item) ? idValue(item.id) : idValue(item)) ?? '');
      if (!session || session.speakerIds.includes(speakerId)) continue;
      session.speakerIds.push(speakerId);
      if (withSpeakerList.has(session.id)) {
        ctx.log.warn(`speakers: record ${speakerId}: field ${key}: session ${session.id} does not list this speaker; linked from the speaker's side`);
      }
    }
  }
}
