// schedule.xml in the frab/Pentabarf layout the schedule apps read (Giggity, ConfClerk, the FOSDEM app,
// EventFahrplan), valid against the C3VOC schema (shared/schedule-xsd/schedule.xml.xsd). Every local date of
// the event is a day running from local midnight to the next one; a session belongs to the day it starts on.
// Times are in the event's zone with their offset; a session without a room is listed under NO_ROOM.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { EventRow } from '../events/event.repo.js';
import type { Exporter, ExportContext } from './exporter.js';
import { loadScheduleForExport, type ScheduleSession } from './schedule.repo.js';
import { isoWithOffset, localDate, localHourMinute, nextDate, scheduleDuration, stableUuid, startOfLocalDay } from './schedule.time.js';

/** The room name under which sessions without a room are listed (the schema requires one). */
export const NO_ROOM = 'No room';

const HTTP_URL = /^https?:\/\/\S+$/;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
const ACRONYM = /^[a-z0-9_-]{4,}$/;

/**
 * Where a session takes place, for the formats whose readers need a place: its room, else the event's venue.
 * (Giggity drops an xCal event without a location.)
 */
export function sessionPlace(session: ScheduleSession, event: EventRow): string | null {
  return session.room?.name ?? (event.locationName?.trim() || null);
}

/**
 * The length of the schedule's grid (ConfClerk reads conference/timeslot_duration): the longest of an hour, 30,
 * 15, 10 or 5 minutes that every local start time and duration is a multiple of, else a minute.
 */
function timeslotDuration(sessions: ScheduleSession[], timeZone: string): string {
  const minutes = sessions.flatMap((s) => {
    const [hours, mins] = localHourMinute(s.startsAt, timeZone).split(':').map(Number);
    return [hours * 60 + mins, Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000)];
  });
  const slot = sessions.length === 0 ? 15 : ([60, 30, 15, 10, 5].find((m) => minutes.every((n) => n % m === 0)) ?? 1);
  return `${String(Math.floor(slot / 60)).padStart(2, '0')}:${String(slot % 60).padStart(2, '0')}`;
}

/** A session's guid: stable across exports, unique across events and installations. */
export function sessionGuid(eventIdentifier: string, sessionId: number): string {
  return stableUuid(`convene/${eventIdentifier}/session/${sessionId}`);
}

interface Day {
  index: number;
  date: string;
  start: Date;
  end: Date;
  sessions: ScheduleSession[];
}

/** Every local date from the event's first to its last, plus any date a session starts on outside them. */
function scheduleDays(sessions: ScheduleSession[], eventStart: Date, eventEnd: Date, timeZone: string): Day[] {
  const dates = new Set<string>();
  const last = localDate(eventEnd, timeZone);
  for (let date = localDate(eventStart, timeZone); date <= last; date = nextDate(date)) dates.add(date);
  const byDate = new Map<string, ScheduleSession[]>();
  for (const session of sessions) {
    const date = localDate(session.startsAt, timeZone);
    dates.add(date);
    byDate.set(date, [...(byDate.get(date) ?? []), session]);
  }
  return [...dates].sort().map((date, i) => {
    const daySessions = byDate.get(date) ?? [];
    const start = startOfLocalDay(date, timeZone);
    // The day ends at the next midnight, or later if a session runs past it.
    const end = new Date(Math.max(startOfLocalDay(nextDate(date), timeZone).getTime(), ...daySessions.map((s) => s.endsAt.getTime())));
    return { index: i + 1, date, start, end, sessions: daySessions };
  });
}

function addEvent(room: XMLBuilder, session: ScheduleSession, eventIdentifier: string, timeZone: string) {
  const element = room.ele('event', { id: String(session.id), guid: sessionGuid(eventIdentifier, session.id) });
  element.ele('date').txt(isoWithOffset(session.startsAt, timeZone));
  element.ele('start').txt(localHourMinute(session.startsAt, timeZone));
  element.ele('duration').txt(scheduleDuration(session.startsAt, session.endsAt));
  element.ele('room').txt(session.room?.name ?? NO_ROOM);
  element.ele('title').txt(session.title);
  if (session.subtitle) element.ele('subtitle').txt(session.subtitle);
  element.ele('track').txt(session.track?.name ?? '');
  element.ele('type').txt(session.sessionType?.name ?? '');
  if (session.language) element.ele('language').txt(session.language);
  element.ele('abstract').txt(session.shortAbstract ?? '');
  if (session.longAbstract) element.ele('description').txt(session.longAbstract);
  const persons = element.ele('persons');
  for (const speaker of session.speakers) persons.ele('person', { id: String(speaker.id) }).txt(speaker.name);
  const links = [
    ['Slides', session.slidesUrl],
    ['Video', session.videoUrl],
    ['Audio', session.audioUrl],
  ].filter((link): link is [string, string] => typeof link[1] === 'string' && link[1] !== '');
  if (links.length > 0) {
    const list = element.ele('links');
    for (const [label, href] of links) list.ele('link', { href }).txt(label);
  }
}

/** The whole document as text. */
export async function renderScheduleXml(ctx: ExportContext): Promise<string> {
  const { event } = ctx;
  const timeZone = event.timezone;
  ctx.progress(0, 'Loading the schedule');
  const schedule = await loadScheduleForExport(ctx.db, event.id);
  ctx.progress(50, `Writing ${schedule.sessions.length} sessions`);

  const days = scheduleDays(schedule.sessions, event.startsAt, event.endsAt, timeZone);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('schedule');
  root.ele('generator', { name: 'Convene' });
  // The published version's name, as frab names its releases; the data version while nothing is published.
  root.ele('version').txt(schedule.version?.name ?? String(event.version));
  const conference = root.ele('conference');
  if (ACRONYM.test(event.identifier)) conference.ele('acronym').txt(event.identifier);
  conference.ele('title').txt(event.name);
  conference.ele('start').txt(localDate(event.startsAt, timeZone));
  conference.ele('end').txt(localDate(event.endsAt, timeZone));
  conference.ele('days').txt(String(days.length));
  conference.ele('timeslot_duration').txt(timeslotDuration(schedule.sessions, timeZone));
  conference.ele('time_zone_name').txt(timeZone);
  if (event.externalEventUrl && HTTP_URL.test(event.externalEventUrl)) conference.ele('url').txt(event.externalEventUrl);
  if (event.logoUrl && HTTP_URL.test(event.logoUrl)) conference.ele('logo').txt(event.logoUrl);
  for (const track of schedule.tracks) conference.ele('track', { name: track.name, ...(HEX_COLOR.test(track.color) ? { color: track.color } : {}) });

  for (const day of days) {
    const dayElement = root.ele('day', { index: String(day.index), date: day.date, start: isoWithOffset(day.start, timeZone), end: isoWithOffset(day.end, timeZone) });
    // Rooms in the event's room order; the room-less sessions last.
    const byRoom = new Map<number | null, ScheduleSession[]>();
    for (const session of day.sessions) {
      const key = session.room?.id ?? null;
      byRoom.set(key, [...(byRoom.get(key) ?? []), session]);
    }
    for (const room of [...schedule.rooms, { id: null, name: NO_ROOM }]) {
      const sessions = byRoom.get(room.id);
      if (!sessions) continue;
      const roomElement = dayElement.ele('room', { name: room.name });
      for (const session of sessions) addEvent(roomElement, session, event.identifier, timeZone);
    }
  }
  return root.end({ prettyPrint: true });
}

export const pentabarfExporter: Exporter = {
  id: 'schedule.xml',
  label: 'Schedule (Pentabarf/frab XML)',
  contentType: 'application/xml; charset=utf-8',
  extension: 'xml',
  route: 'pentabarf',
  async write(ctx) {
    const xml = await renderScheduleXml(ctx);
    await pipeline(Readable.from([Buffer.from(xml, 'utf8')]), ctx.out);
    ctx.progress(100, 'Done');
  },
};
