// Dates, times and money as people read them. Event times are shown in the event's own time zone (named), so an
// organizer abroad sees what attendees see; money in the event's currency.

/** The browser's language, if Intl knows it (some systems report tags like "en-US@posix" that it refuses). */
let known: string | undefined;
export function locale(): string {
  if (known) return known;
  for (const candidate of [...(navigator.languages ?? []), navigator.language, 'en']) {
    try {
      if (candidate && Intl.DateTimeFormat.supportedLocalesOf([candidate]).length > 0) return (known = candidate);
    } catch {
      // not a valid tag: try the next
    }
  }
  return (known = 'en');
}

export function formatDate(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** "2 – 4 Mar 2030", in the event's zone. */
export function formatRange(startIso: string, endIso: string, timeZone?: string): string {
  const format = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone });
  return format.formatRange(new Date(startIso), new Date(endIso));
}

export function formatMoney(amount: number | string | null | undefined, currency: string | null | undefined): string {
  const value = Number(amount ?? 0);
  if (!currency) return value.toFixed(2);
  try {
    return new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayIn(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Wall-clock parts of an instant in a time zone, as a datetime-local value (YYYY-MM-DDTHH:mm). */
export function toLocalInput(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** The offset of a time zone at an instant, in minutes east of UTC. */
function offsetMinutes(instant: number, timeZone: string): number {
  const wall = toLocalInput(new Date(instant).toISOString(), timeZone);
  return (Date.parse(`${wall}:00Z`) - Math.floor(instant / 60_000) * 60_000) / 60_000;
}

/**
 * The instant a wall-clock time (datetime-local value) names in a time zone, as an ISO string. Daylight-saving
 * gaps move forward (02:30 on a spring-forward night is 03:30), as most calendars do.
 */
export function fromLocalInput(value: string, timeZone: string): string {
  const asUtc = Date.parse(`${value}:00Z`);
  let instant = asUtc - offsetMinutes(asUtc, timeZone) * 60_000;
  instant = asUtc - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** IANA zones to choose from, UTC first, and `current` among them even where the browser does not list it. */
export const timeZones = (current?: string): string[] => {
  const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? ['Europe/Berlin', 'America/New_York', 'Asia/Singapore'];
  const zones = ['UTC', ...supported.filter((zone) => zone !== 'UTC')];
  return current && !zones.includes(current) ? [current, ...zones] : zones;
};
