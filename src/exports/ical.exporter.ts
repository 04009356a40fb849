// schedule.ics: the event's accepted and confirmed sessions as an RFC 5545 calendar (ical-generator), with a
// VTIMEZONE that carries the zone's real rules (@touch4it/ical-timezones), DTSTART/DTEND in the event's zone,
// DTSTAMP in UTC, a stable UID per session, CRLF after every line (the last one too) and 75-octet folding.
// LOCATION is the room, else the event's venue, else left out. A calendar without sessions still holds one
// component (RFC 5545 3.4): the VTIMEZONE of the event's zone.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus, type ICalCategoryData, type ICalTemporalPlainDateTimeStub, type ICalTemporalZonedDateTimeStub } from 'ical-generator';
import type { Exporter, ExportContext } from './exporter.js';
import { sessionGuid, sessionPlace } from './pentabarf.exporter.js';
import { loadScheduleForExport } from './schedule.repo.js';
import { wallTime } from './schedule.time.js';

/**
 * An instant as ical-generator's Temporal.ZonedDateTime stand-in, so it writes the wall time in `timeZone`
 * itself rather than through the process's local zone (which is what it does with a plain Date).
 */
function zoned(date: Date, timeZone: string): ICalTemporalZonedDateTimeStub {
  const w = wallTime(date, timeZone);
  const plain: ICalTemporalPlainDateTimeStub = {
    ...w,
    toPlainDate: () => ({ year: w.year, month: w.month, day: w.day, toJSON: () => '', toString: () => '' }),
    toZonedDateTime: (zone: string) => zoned(date, zone),
    toJSON: () => date.toISOString(),
    toString: () => date.toISOString(),
  };
  return {
    ...w,
    timeZoneId: timeZone,
    toInstant: () => ({
      epochMilliseconds: date.getTime(),
      toJSON: () => date.toISOString(),
      toString: () => date.toISOString(),
      toZonedDateTimeISO: (zone: string) => zoned(date, zone),
    }),
    toPlainDateTime: () => plain,
    withTimeZone: (zone: string) => zoned(date, zone),
    toJSON: () => date.toISOString(),
    toString: () => date.toISOString(),
  };
}

/** The whole calendar as text. */
export async function renderIcal(ctx: ExportContext, now = new Date()): Promise<string> {
  const { event } = ctx;
  ctx.progress(0, 'Loading the schedule');
  const schedule = await loadScheduleForExport(ctx.db, event.id);
  ctx.progress(50, `Writing ${schedule.sessions.length} sessions`);

  // A TZID needs a VTIMEZONE (RFC 5545 3.2.19): a zone without one in the rules table is written in UTC.
  const timeZone = event.timezone !== 'UTC' && getVtimezoneComponent(event.timezone) ? event.timezone : 'UTC';
  const calendar = ical({
    prodId: { company: 'Convene', product: 'Schedule', language: 'EN' },
    name: event.name,
    // No calendar-wide zone name: ical-generator would then write DTSTAMP in local time instead of UTC.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const stamp = new Date(Math.floor(now.getTime() / 1000) * 1000);
  for (const session of schedule.sessions) {
    const categories: ICalCategoryData[] = session.track ? [{ name: session.track.name }] : [];
    calendar.createEvent({
      id: sessionGuid(event.identifier, session.id),
      stamp,
      start: zoned(session.startsAt, timeZone),
      end: zoned(session.endsAt, timeZone),
      timezone: timeZone === 'UTC' ? null : timeZone,
      summary: session.title,
      description: session.shortAbstract ?? session.longAbstract ?? null,
      location: sessionPlace(session, event),
      categories,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  // ical-generator ends the last line without its CRLF.
  const text = `${calendar.toString()}\r\n`;
  if (schedule.sessions.length > 0) return text;
  const vtimezone = getVtimezoneComponent(timeZone === 'UTC' ? 'Etc/UTC' : timeZone)!.replace(/\r?\n/g, '\r\n').replace(/(\r\n)?$/, '\r\n');
  return text.replace(/END:VCALENDAR\r\n$/, `${vtimezone}END:VCALENDAR\r\n`);
}

export const icalExporter: Exporter = {
  id: 'schedule.ics',
  label: 'Schedule (iCalendar)',
  contentType: 'text/calendar; charset=utf-8',
  extension: 'ics',
  route: 'ical',
  async write(ctx) {
    const text = await renderIcal(ctx);
    await pipeline(Readable.from([Buffer.from(text, 'utf8')]), ctx.out);
    ctx.progress(100, 'Done');
  },
};
