// Typed field access on one untrusted JSON record for the model builder: each helper tries the key names a
// version table lists (first present wins), and either returns a clean value, returns null with a warning
// (optional data of the wrong type), or throws a SiteInputError naming file, record id and field (required data).
import { SiteInputError, type BuildLog } from '../model.js';
import { offsetMinutes } from '../../exports/schedule.time.js';

export type Json = Record<string, unknown>;
export type Keys = readonly string[];

/** Where a record sits, for messages: 'sessions', record '3014'. */
export interface At {
  file: string;
  recordId?: string;
  log: BuildLog;
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first listed key whose value is neither undefined nor null, and its value. */
export function pick(record: Json, keys: Keys): [string, unknown] {
  for (const key of keys) {
    const value = record[key];
    if (value !== undefined && value !== null) return [key, value];
  }
  return [keys[0], undefined];
}

export function invalid(at: At, field: string, message: string, code = 'input.invalid_field'): SiteInputError {
  return new SiteInputError(code, message, { file: at.file, recordId: at.recordId, field });
}

function where(at: At, field: string): string {
  return [at.file, at.recordId === undefined ? undefined : `record ${at.recordId}`, `field ${field}`].filter(Boolean).join(': ');
}

export function warnField(at: At, field: string, message: string): void {
  at.log.warn(`${where(at, field)}: ${message}`);
}

/** An optional text: strings as they are (an empty one is absent), numbers as their decimal string. */
export function text(record: Json, keys: Keys, at: At): string | null {
  const [key, value] = pick(record, keys);
  if (value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  warnField(at, key, `not a string (${describe(value)}); ignored`);
  return null;
}

export function requiredText(record: Json, keys: Keys, at: At): string {
  const [key, value] = pick(record, keys);
  if (value === undefined) throw invalid(at, key, 'missing', 'input.missing_field');
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw invalid(at, key, `not a string (${describe(value)})`);
  if (value.trim() === '') throw invalid(at, key, 'empty', 'input.missing_field');
  return value;
}

/** A record id: a number or a non-empty string, always returned as a string (JSON:API's ids). */
export function requiredId(record: Json, keys: Keys, at: At): string {
  const [key, value] = pick(record, keys);
  if (value === undefined) throw invalid(at, key, 'missing', 'input.missing_field');
  const id = idValue(value);
  if (id === null) throw invalid(at, key, `not an id (${describe(value)})`);
  return id;
}

export function idValue(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 200) return value.trim();
  return null;
}

export function number(record: Json, keys: Keys, at: At): number | null {
  const [key, value] = pick(record, keys);
  if (value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (Number.isFinite(n)) return n;
  warnField(at, key, `not a number (${describe(value)}); ignored`);
  return null;
}

export function integer(record: Json, keys: Keys, at: At): number | null {
  const n = number(record, keys, at);
  if (n === null || Number.isInteger(n)) return n;
  warnField(at, pick(record, keys)[0], `not an integer (${n}); ignored`);
  return null;
}

export function boolean(record: Json, keys: Keys, at: At): boolean {
  const [key, value] = pick(record, keys);
  if (value === undefined || value === '') return false;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 1) return true;
  if (value === 'false' || value === 0) return false;
  warnField(at, key, `not a boolean (${describe(value)}); read as false`);
  return false;
}

/** '#rrggbb' (or '#rgb', widened) as written; anything else is null. */
export function color(record: Json, keys: Keys, at: At): string | null {
  const value = text(record, keys, at);
  if (value === null) return null;
  if (/^#[0-9a-fA-F]{6}$/.test(value)) return value;
  if (/^#[0-9a-fA-F]{3}$/.test(value)) return `#${[...value.slice(1)].map((c) => c + c).join('')}`;
  warnField(at, pick(record, keys)[0], `not a colour '#rrggbb' (${JSON.stringify(value.slice(0, 40))}); ignored`);
  return null;
}

// A host name with a dot and a top-level domain of letters ('www.facebook.com', 'bücher.example'), an optional
// port, then nothing or a path, query or fragment: what people write for a web address without its scheme.
const BARE_HOST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/u;

/**
 * A link as the site can write it: an http(s) URL as written, apart from the typos seen in real exports around its
 * scheme (a repeated 'http://http://', a space or a missing slash after 'https:'); mailto: as written; '//host/x'
 * and a bare host ('www.facebook.com/jane') with 'https:' or 'https://' in front; null for anything else (no host,
 * a space in the host, another scheme, a handle like '@jane'), which the caller drops with a warning.
 */
export function normaliseWebLink(value: string): string | null {
  const trimmed = value.trim();
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(trimmed)) return trimmed;
  const scheme = trimmed.replace(/^(?:https?:\/*\s*)+(?=https?:)/i, '').replace(/^(https?):\/*\s*/i, '$1://');
  const candidate = /^https?:\/\//i.test(scheme) ? scheme : trimmed.startsWith('//') ? `https:${trimmed}` : BARE_HOST.test(trimmed) ? `https://${trimmed}` : null;
  if (candidate === null) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  return url.hostname.includes('.') || url.hostname === 'localhost' ? candidate : null;
}

/** An optional web link (website, social profile, video, ticket shop), normalised; one that cannot be is dropped with a warning. */
export function webLink(record: Json, keys: Keys, at: At, field = pick(record, keys)[0]): string | null {
  const value = text(record, keys, at);
  if (value === null) return null;
  const link = normaliseWebLink(value);
  if (link === null) warnField(at, field, `${JSON.stringify(value.trim().slice(0, 120))} is not a web address; dropped`);
  return link;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 date-time kept as written when canonical; clear variants (a space for 'T', no seconds, '+0800' or
 * '+08', 'z') are rewritten to 'YYYY-MM-DDTHH:MM:SS±HH:MM'. A time without an offset gets the event time zone's
 * offset at that time, or 'Z' when the event has no zone. Anything else is null (not a date-time).
 */
export function parseDateTime(value: string, timezone: string | null): string | null {
  const m = DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00', frac = '', zone] = m;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  if (CANONICAL.test(value)) return value;
  let offset: string;
  if (zone === undefined) {
    offset = timezone ? offsetString(localToInstantOffset(year, month, day, hour, minute, second, timezone)) : 'Z';
  } else if (zone === 'Z' || zone === 'z') {
    offset = 'Z';
  } else {
    const digits = zone.replace(':', '');
    offset = `${digits.slice(0, 3)}:${digits.length > 3 ? digits.slice(3, 5) : '00'}`;
  }
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${offset}`;
}

function localToInstantOffset(year: number, month: number, day: number, hour: number, minute: number, second: number, timezone: string): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  try {
    const first = offsetMinutes(new Date(guess), timezone);
    return offsetMinutes(new Date(guess - first * 60_000), timezone);
  } catch {
    return 0; // an unknown zone name: read the time as UTC rather than stop
  }
}

function offsetString(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function dateTime(record: Json, keys: Keys, at: At, timezone: string | null): string | null {
  const [key, value] = pick(record, keys);
  if (value === undefined || value === '') return null;
  const parsed = typeof value === 'string' ? parseDateTime(value, timezone) : null;
  if (parsed === null) throw invalid(at, key, `not a date-time (${describe(value)})`);
  return parsed;
}

export function requiredDateTime(record: Json, keys: Keys, at: At, timezone: string | null): string {
  const parsed = dateTime(record, keys, at, timezone);
  if (parsed === null) throw invalid(at, pick(record, keys)[0], 'missing', 'input.missing_field');
  return parsed;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return `${typeof value} ${String(value)}`;
}
