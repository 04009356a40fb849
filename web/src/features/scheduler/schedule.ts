// The scheduler's arithmetic, with no React in it: the event's days and wall-clock minutes in its own time zone
// (so an organizer abroad places a talk at the venue's 10:00), the 5-minute snap, and the clashes: two sessions
// in one room at once, one speaker in two places at once, a session outside the event's dates.
import type { SchedulerSession, WorkingCopy } from './api';

export const SNAP_MINUTES = 5;
export const SLOT_MINUTES = 15;
export const PX_PER_MINUTE = 2;

export interface Placed {
  id: string;
  title: string;
  room: string | null;
  start: number;
  end: number;
  speakers: { id: string; name: string }[];
}

/** "2030-03-01" → "2030-03-02", on the calendar (no time zone involved). */
function nextDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// Formatting a time in a zone is the costly part of drawing 500 sessions: one formatter per zone, and the wall
// clock of each instant remembered.
const formatters = new Map<string, Intl.DateTimeFormat>();
const walls = new Map<string, { date: string; minutes: number }>();

/** The local date and minutes after local midnight of an instant in a zone. */
export function wallClock(instant: number, timeZone: string): { date: string; minutes: number } {
  if (!Number.isFinite(instant)) throw new Error(`not a time: ${instant}`);
  const key = `${timeZone}|${instant}`;
  const known = walls.get(key);
  if (known) return known;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  const wall = { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
  if (walls.size > 50_000) walls.clear();
  walls.set(key, wall);
  return wall;
}

/** Every local date of the event, first to last, in its zone. */
export function eventDays(startIso: string, endIso: string, timeZone: string): string[] {
  const days: string[] = [];
  const last = localDate(endIso, timeZone);
  for (let date = localDate(startIso, timeZone); date <= last && days.length < 60; date = nextDate(date)) days.push(date);
  return days;
}

export const localDate = (iso: string | number, timeZone: string) => wallClock(typeof iso === 'number' ? iso : Date.parse(iso), timeZone).date;

/** Minutes after local midnight on the wall clock (10:30 → 630), whatever daylight saving did that night. */
export function wallMinutes(iso: string | number, timeZone: string): number {
  return wallClock(typeof iso === 'number' ? iso : Date.parse(iso), timeZone).minutes;
}

/** "HH:MM" of minutes after midnight. */
export function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The zone's offset from UTC at an instant, in minutes. */
function offset(instant: number, timeZone: string): number {
  const wall = wallClock(Math.floor(instant / 60_000) * 60_000, timeZone);
  return (Date.parse(`${wall.date}T${clock(wall.minutes)}:00Z`) - Math.floor(instant / 60_000) * 60_000) / 60_000;
}

/**
 * The instant (ms) a wall-clock time of a local date names in the zone; 24:00 is the next midnight. A time in a
 * spring-forward gap moves forward, as calendars do.
 */
export function instantAt(date: string, minutes: number, timeZone: string): number {
  if (minutes >= 1440) return instantAt(nextDate(date), minutes - 1440, timeZone);
  const asUtc = Date.parse(`${date}T${clock(minutes)}:00Z`);
  const guess = asUtc - offset(asUtc, timeZone) * 60_000;
  return asUtc - offset(guess, timeZone) * 60_000;
}

export const snap = (minutes: number, step = SNAP_MINUTES) => Math.round(minutes / step) * step;

/** What each session clashes with, as the sentences the page shows (a session without clashes is absent). */
export function findClashes(sessions: Placed[], roomName: (id: string) => string, eventStart: number, eventEnd: number): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const add = (id: string, text: string) => {
    const list = result.get(id);
    if (!list) result.set(id, [text]);
    else if (!list.includes(text)) list.push(text);
  };
  const sweep = (groups: Map<string, Placed[]>, say: (key: string, a: Placed, b: Placed) => [string, string]) => {
    for (const [key, group] of groups) {
      group.sort((a, b) => a.start - b.start);
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length && group[j].start < group[i].end; j++) {
          const [forA, forB] = say(key, group[i], group[j]);
          add(group[i].id, forA);
          add(group[j].id, forB);
        }
      }
    }
  };
  const byRoom = new Map<string, Placed[]>();
  const bySpeaker = new Map<string, Placed[]>();
  const speakerName = new Map<string, string>();
  for (const session of sessions) {
    if (session.start < eventStart || session.end > eventEnd) add(session.id, "Clash: outside the event's dates");
    if (session.room !== null) byRoom.set(session.room, [...(byRoom.get(session.room) ?? []), session]);
    for (const speaker of session.speakers) {
      speakerName.set(speaker.id, speaker.name);
      bySpeaker.set(speaker.id, [...(bySpeaker.get(speaker.id) ?? []), session]);
    }
  }
  sweep(byRoom, (room, a, b) => [`Clash: ${roomName(room)} double-booked with '${b.title}'`, `Clash: ${roomName(room)} double-booked with '${a.title}'`]);
  sweep(bySpeaker, (speaker, a, b) => [
    `Clash: ${speakerName.get(speaker)} is also in '${b.title}' at the same time`,
    `Clash: ${speakerName.get(speaker)} is also in '${a.title}' at the same time`,
  ]);
  return result;
}

/** A session's length when it has none of its own: its type's, else half an hour. */
export function lengthOf(session: SchedulerSession, copy: WorkingCopy): number {
  if (session['starts-at'] && session['ends-at']) return Math.round((Date.parse(session['ends-at']) - Date.parse(session['starts-at'])) / 60_000);
  return copy['session-types'].find((t) => t.id === session['session-type'])?.minutes || 30;
}

export function placedOf(session: SchedulerSession): Placed | null {
  if (!session['starts-at'] || !session['ends-at']) return null;
  return { id: session.id, title: session.title, room: session.room, start: Date.parse(session['starts-at']), end: Date.parse(session['ends-at']), speakers: session.speakers };
}


/**
 * Side-by-side lanes for the sessions of one room that overlap (a clash stays visible and both can be grabbed):
 * each session's lane and how many lanes its group of overlapping sessions has.
 */
export function lanes(items: { id: string; start: number; end: number }[]): Map<string, { lane: number; of: number }> {
  const result = new Map<string, { lane: number; of: number }>();
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  let group: { id: string; lane: number }[] = [];
  let groupEnd = -Infinity;
  let laneEnds: number[] = [];
  const close = () => {
    for (const item of group) result.set(item.id, { lane: item.lane, of: laneEnds.length });
    group = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    if (item.start >= groupEnd) close();
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) lane = laneEnds.push(item.end) - 1;
    else laneEnds[lane] = item.end;
    group.push({ id: item.id, lane });
    groupEnd = Math.max(groupEnd === -Infinity ? item.end : groupEnd, item.end);
  }
  close();
  return result;
}
