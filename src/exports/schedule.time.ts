// Wall-clock arithmetic in an event's IANA time zone for the schedule exporters (schedule.xml, iCal, xCal),
// on Intl alone: an instant's local date/time and UTC offset, the instant of a local midnight, and the
// schedule formats' duration spellings. Offsets are read per instant, so daylight-saving changes are right.
import { createHash } from 'node:crypto';

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Intl's reading of the instant (slow: about 15 µs a call). */
function intlWallTime(date: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatFor(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second };
}

function intlOffsetMinutes(ms: number, timeZone: string): number {
  const w = intlWallTime(new Date(ms), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

// Offsets per zone and quarter hour. Zones change their offset only at quarter-hour instants, so one reading
// holds for the whole quarter; a quarter whose two ends disagree (a change inside it, as in old local mean
// times) is not cached and is read per instant. An export of 100,000 rows then asks Intl a few hundred times.
const QUARTER_MS = 15 * 60_000;
const offsetCache = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 50_000;

/** Minutes east of UTC in `timeZone` at that instant (Singapore: 480). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const ms = date.getTime();
  const quarter = Math.floor(ms / QUARTER_MS);
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  const cached = zone.get(quarter);
  if (cached !== undefined) return cached;
  const start = intlOffsetMinutes(quarter * QUARTER_MS, timeZone);
  if (intlOffsetMinutes((quarter + 1) * QUARTER_MS - 1000, timeZone) !== start) return intlOffsetMinutes(ms, timeZone);
  if (zone.size >= OFFSET_CACHE_LIMIT) zone.clear();
  zone.set(quarter, start);
  return start;
}

/** The instant's date and time on a clock in `timeZone`. */
export function wallTime(date: Date, timeZone: string): WallTime {
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offsetMinutes(date, timeZone) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of the instant in `timeZone`. */
export function localDate(date: Date, timeZone: string): string {
  const w = wallTime(date, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** 'HH:MM' of the instant in `timeZone`. */
export function localHourMinute(date: Date, timeZone: string): string {
  const w = wallTime(date, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** ISO 8601 with the zone's offset: '2030-03-01T10:00:00+08:00'. */
export function isoWithOffset(date: Date, timeZone: string): string {
  const w = wallTime(date, timeZone);
  const offset = offsetMinutes(date, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Basic-format local time without a zone designator, as in xCal: '20300301T100000'. */
export function basicLocal(date: Date, timeZone: string): string {
  const w = wallTime(date, timeZone);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** The instant at which the local date `isoDate` ('YYYY-MM-DD') begins in `timeZone`. */
export function startOfLocalDay(isoDate: string, timeZone: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  const midnightUtc = Date.UTC(year, month - 1, day);
  // Two rounds settle the offset even when it differs between the guess and the answer (a DST change).
  let guess = midnightUtc - offsetMinutes(new Date(midnightUtc), timeZone) * 60_000;
  guess = midnightUtc - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** The calendar date after `isoDate`. */
export function nextDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** schedule.xml duration: 'HH:MM' below a day, 'D:HH:MM' from 24 hours on (as pretalx, read by EventFahrplan). */
export function scheduleDuration(startsAt: Date, endsAt: Date): string {
  const minutes = Math.max(0, Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = `${pad(hours)}:${pad(minutes % 60)}`;
  return days > 0 ? `${days}:${rest}` : rest;
}

/** Pentabarf xCal duration: hours, minutes and seconds as 'HHMMSS' (frab's spelling). */
export function xcalDuration(startsAt: Date, endsAt: Date): string {
  const seconds = Math.max(0, Math.round((endsAt.getTime() - startsAt.getTime()) / 1000));
  return `${pad(Math.floor(seconds / 3600))}${pad(Math.floor((seconds % 3600) / 60))}${pad(seconds % 60)}`;
}

// A fixed namespace for Convene's name-based UUIDs, so a session keeps its guid across exports and servers.
const NAMESPACE = Buffer.from('6f1c9a3e5b7d4e2f8a0b1c2d3e4f5a6b', 'hex');

/** A stable RFC 4122 version-5 UUID for a name ('session:12'), the same in every export. */
export function stableUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
