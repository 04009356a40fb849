// schedule.xcal: the Pentabarf/frab/pretalx xCal flavour the schedule apps read (Giggity among them), from
// the expired draft-ietf-calsch-many-xcal, not RFC 6321. dtstart/dtend are local times in the event's zone
// (basic format, no zone designator, as frab and pretalx write them; x-wr-timezone names the zone) and
// duration is the session's real length as HHMMSS. Every vevent has a location (Giggity drops one without): the
// room, else the event's venue, else the room name schedule.xml uses for sessions without one.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { create } from 'xmlbuilder2';
import type { Exporter, ExportContext } from './exporter.js';
import { NO_ROOM, sessionGuid, sessionPlace } from './pentabarf.exporter.js';
import { loadScheduleForExport } from './schedule.repo.js';
import { basicLocal, xcalDuration } from './schedule.time.js';

/** The whole document as text. */
export async function renderXcal(ctx: ExportContext): Promise<string> {
  const { event } = ctx;
  const timeZone = event.timezone;
  ctx.progress(0, 'Loading the schedule');
  const schedule = await loadScheduleForExport(ctx.db, event.id);
  ctx.progress(50, `Writing ${schedule.sessions.length} sessions`);

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('iCalendar', {
    'xmlns:pentabarf': 'http://pentabarf.org',
    'xmlns:xCal': 'urn:ietf:params:xml:ns:xcal',
  });
  const calendar = root.ele('vcalendar');
  calendar.ele('version').txt('2.0');
  calendar.ele('prodid').txt('-//Convene//Schedule//EN');
  calendar.ele('x-wr-caldesc').txt(event.name);
  calendar.ele('x-wr-calname').txt(event.name);
  calendar.ele('x-wr-timezone').txt(timeZone);
  for (const session of schedule.sessions) {
    const vevent = calendar.ele('vevent');
    vevent.ele('method').txt('PUBLISH');
    vevent.ele('uid').txt(sessionGuid(event.identifier, session.id));
    vevent.ele('pentabarf:event-id').txt(String(session.id));
    vevent.ele('pentabarf:title').txt(session.title);
    if (session.subtitle) vevent.ele('pentabarf:subtitle').txt(session.subtitle);
    if (session.language) vevent.ele('pentabarf:language').txt(session.language);
    vevent.ele('dtstart').txt(basicLocal(session.startsAt, timeZone));
    vevent.ele('dtend').txt(basicLocal(session.endsAt, timeZone));
    vevent.ele('duration').txt(xcalDuration(session.startsAt, session.endsAt));
    vevent.ele('summary').txt(session.title);
    vevent.ele('description').txt(session.shortAbstract ?? session.longAbstract ?? '');
    vevent.ele('class').txt('PUBLIC');
    vevent.ele('status').txt('CONFIRMED');
    vevent.ele('category').txt(session.sessionType?.name ?? '');
    if (session.track) vevent.ele('pentabarf:track').txt(session.track.name);
    vevent.ele('location').txt(sessionPlace(session, event) ?? NO_ROOM);
    for (const speaker of session.speakers) vevent.ele('attendee').txt(speaker.name);
  }
  return root.end({ prettyPrint: true });
}

export const xcalExporter: Exporter = {
  id: 'schedule.xcal',
  label: 'Schedule (xCal)',
  contentType: 'application/xml; charset=utf-8',
  extension: 'xcal',
  route: 'xcal',
  async write(ctx) {
    const xml = await renderXcal(ctx);
    await pipeline(Readable.from([Buffer.from(xml, 'utf8')]), ctx.out);
    ctx.progress(100, 'Done');
  },
};
