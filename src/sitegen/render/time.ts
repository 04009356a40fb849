// Wall-clock handling for the site: a time is shown as written in the data (its own offset, nothing converted,
// as the original's moment.parseZone did), days are grouped by that local date, and sorting uses the real
// instant. ISO 8601 strings are parsed by hand so that no process time zone can leak into the output.

export interface WallTime {
  /** 'YYYY-MM-DD' as written in the data. */
  date: string;
  /** 'HH:mm' as written. */
  time: string;
  /** Minutes since local midnight. */
  minutes: number;
  /** Milliseconds since the epoch. */
  instant: number;
  /** '+08:00' or 'Z'. */
  offset: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Null when the value is missing or not an ISO date-time. A value without offset is read as UTC. */
export function parseWallTime(value: string | null | undefined): WallTime | null {
  if (!value) return null;
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00', zone = 'Z'] = m;
  const offsetMinutes = zone.toUpperCase() === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(local) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59) return null;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return { date: `${y}-${mo}-${d}`, time: `${h}:${mi}`, minutes: Number(h) * 60 + Number(mi), instant: local - offsetMinutes * 60_000, offset };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** 'Friday, 17th March' for '2017-03-17' (the original's "dddd, Do MMMM"). */
export function dayCaption(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday}, ${ordinal(d)} ${MONTHS[m - 1]}`;
}

/** 'Fri 17 Mar' for tabs. */
export function shortDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()].slice(0, 3)} ${d} ${MONTHS[m - 1].slice(0, 3)}`;
}

/** '17–19 March 2017', '30 March – 2 April 2017', or one day. */
export function dateRange(start: WallTime, end: WallTime | null): string {
  const [y1, m1, d1] = start.date.split('-').map(Number);
  if (!end || end.date === start.date) return `${d1} ${MONTHS[m1 - 1]} ${y1}`;
  const [y2, m2, d2] = end.date.split('-').map(Number);
  if (y1 !== y2) return `${d1} ${MONTHS[m1 - 1]} ${y1} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
  if (m1 !== m2) return `${d1} ${MONTHS[m1 - 1]} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
  return `${d1}–${d2} ${MONTHS[m1 - 1]} ${y1}`;
}

/** '20170317T010000Z' for iCalendar. */
export function icsUtc(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** 'UTC+08:00' for display next to times. */
export function offsetLabel(offset: string): string {
  return offset === 'Z' ? 'UTC' : `UTC${offset}`;
}
