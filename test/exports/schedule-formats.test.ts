// Full-output tests of the three schedule exporters (schedule.xml, iCal, xCal) on one fixture event in
// Asia/Singapore built through the API: schedule.xml is validated by xmllint against the C3VOC XSD, the iCal
// file is parsed back by ical.js, and both XML files are read back through a DOM walk. Two more events: one
// without a venue whose one session has no room, and one without sessions.
import { PassThrough } from 'node:stream';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { sessions } from '../../src/db/schema.js';
import { findEventByKey, type EventRow } from '../../src/events/event.repo.js';
import type { Exporter } from '../../src/exports/exporter.js';
import { icalExporter } from '../../src/exports/ical.exporter.js';
import { pentabarfExporter } from '../../src/exports/pentabarf.exporter.js';
import { xcalExporter } from '../../src/exports/xcal.exporter.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { validateScheduleXml } from '../support/xsd.js';
import { countQueries, make, makeEvent, makeUser, ref, type TestEvent, type TestUser } from '../support/client.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const NASTY_TITLE = 'Rust & <script>alert("x")</script> <b>Tags</b>';
const LONG_ABSTRACT = 'Welcome to the summit; this opening covers the programme, the venue, the code of conduct, and where to find coffee, in that order. Ünïcödé too.';

let t: TestApp;
let owner: TestUser;
let event: TestEvent;
let row: EventRow;
let bare: EventRow;
let empty: EventRow;
const ids: Record<string, number> = {};

async function session(key: string, attributes: Record<string, unknown>, relationships: Record<string, unknown> = {}) {
  ids[key] = Number(await make(t.app, owner, event, 'session', 'sessions', attributes, relationships));
}

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  event = await makeEvent(t.app, owner, {
    name: 'Summit & Friends',
    'starts-at': '2030-03-01T01:00:00Z',
    'ends-at': '2030-03-02T10:00:00Z',
    timezone: 'Asia/Singapore',
    'location-name': 'Science Centre',
  });
  const track = await make(t.app, owner, event, 'track', 'tracks', { name: 'Open Tech', color: '#ff0000' });
  const hallA = await make(t.app, owner, event, 'microlocation', 'microlocations', { name: 'Hall A' });
  const hallB = await make(t.app, owner, event, 'microlocation', 'microlocations', { name: 'Hall B' });
  const talk = await make(t.app, owner, event, 'session-type', 'session-types', { name: 'Talk', length: '00:30' });
  const ada = await make(t.app, owner, event, 'speaker', 'speakers', { name: 'Ada Lovelace' });
  const grace = await make(t.app, owner, event, 'speaker', 'speakers', { name: 'Grace Hopper' });
  ids.ada = Number(ada);
  ids.grace = Number(grace);

  await session(
    'opening',
    { title: 'Opening', state: 'accepted', 'starts-at': '2030-03-01T01:30:00Z', 'ends-at': '2030-03-01T02:15:00Z', 'short-abstract': LONG_ABSTRACT },
    { track: ref('track', track), microlocation: ref('microlocation', hallA), 'session-type': ref('session-type', talk), speakers: [ref('speaker', grace), ref('speaker', ada)] },
  );
  await session('nasty', { title: NASTY_TITLE, state: 'confirmed', 'starts-at': '2030-03-01T06:00:00Z', 'ends-at': '2030-03-01T07:30:00Z' }, { microlocation: ref('microlocation', hallB), speakers: [ref('speaker', ada)] });
  await session('late', { title: 'Late night hack', state: 'confirmed', 'starts-at': '2030-03-01T15:30:00Z', 'ends-at': '2030-03-01T17:00:00Z' }, { microlocation: ref('microlocation', hallA), track: ref('track', track) });
  await session('hallway', { title: 'Hallway chat', state: 'accepted', 'starts-at': '2030-03-02T02:00:00Z', 'ends-at': '2030-03-02T02:20:00Z' });
  await session('pending', { title: 'Pending talk', state: 'pending', 'starts-at': '2030-03-01T03:00:00Z', 'ends-at': '2030-03-01T03:30:00Z' }, { microlocation: ref('microlocation', hallA) });
  await session('unscheduled', { title: 'Not yet scheduled', state: 'accepted' }, { microlocation: ref('microlocation', hallB) });
  await session('misfiled', { title: 'Misfiled', state: 'accepted', 'starts-at': '2030-03-02T03:00:00Z', 'ends-at': '2030-03-02T04:00:00Z' });

  // Another event with its own room and session: neither may show up.
  const other = await makeEvent(t.app, owner, { name: 'Other event' });
  const otherRoom = await make(t.app, owner, other, 'microlocation', 'microlocations', { name: 'Other Room' });
  await make(t.app, owner, other, 'session', 'sessions', { title: 'Foreign talk', state: 'accepted', 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': '2030-03-01T03:00:00Z' }, { microlocation: ref('microlocation', otherRoom) });
  // The API refuses a link into another event's room; data from before that rule (or an import) may still
  // have one, so it is written directly to show the exporters do not follow it.
  await t.app.ctx.db.update(sessions).set({ microlocationId: Number(otherRoom) }).where(eq(sessions.id, ids.misfiled));

  row = (await findEventByKey(t.app.ctx.db, event.id))!;

  const bareEvent = await makeEvent(t.app, owner, { name: 'Bare', timezone: 'Europe/Berlin' });
  await make(t.app, owner, bareEvent, 'session', 'sessions', { title: 'Anywhere', state: 'accepted', 'starts-at': '2030-03-01T09:00:00Z', 'ends-at': '2030-03-01T09:50:00Z' });
  bare = (await findEventByKey(t.app.ctx.db, bareEvent.id))!;
  empty = (await findEventByKey(t.app.ctx.db, (await makeEvent(t.app, owner, { name: 'Empty', timezone: 'UTC' })).id))!;
});
afterAll(async () => t.close());

async function run(exporter: Exporter, of: EventRow = row) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const steps: [number, string][] = [];
  await exporter.write({ db: t.app.ctx.db, event: of, params: {}, progress: (percent, step) => steps.push([percent, step]), out });
  return { bytes: Buffer.concat(chunks), steps };
}

// ---- a small DOM walk over xmlbuilder2's parsed document --------------------------------------------------

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute(name: string): string | null;
  attributes: ArrayLike<{ name: string; value: string }>;
}

function parseXml(text: string): DomNode {
  return create(text).root().node as unknown as DomNode;
}
const elements = (node: DomNode, name?: string) => Array.from(node.childNodes).filter((c) => c.nodeType === 1 && (name === undefined || c.nodeName === name));
const child = (node: DomNode, name: string) => {
  const found = elements(node, name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${node.nodeName}>, found ${found.length}`);
  return found[0];
};
const text = (node: DomNode, name: string) => child(node, name).textContent;
const attributes = (node: DomNode) => Object.fromEntries(Array.from(node.attributes).map((a) => [a.name, a.value]));

describe('schedule.xml (pentabarf)', () => {
  it('validates against the C3VOC schedule XSD with xmllint', async () => {
    const { bytes } = await run(pentabarfExporter);

    const result = await validateScheduleXml(bytes);

    expect(result).toEqual({ valid: true, errors: [] });
  });

  it('carries the conference, its days in the event zone, the rooms and every scheduled session', async () => {
    const { bytes, steps } = await run(pentabarfExporter);

    const schedule = parseXml(bytes.toString('utf8'));
    const conference = child(schedule, 'conference');
    const days = elements(schedule, 'day').map((day) => ({
      ...attributes(day),
      rooms: elements(day, 'room').map((room) => ({
        name: room.getAttribute('name'),
        events: elements(room, 'event').map((e) => ({
          id: e.getAttribute('id'),
          date: text(e, 'date'),
          start: text(e, 'start'),
          duration: text(e, 'duration'),
          room: text(e, 'room'),
          title: text(e, 'title'),
          type: text(e, 'type'),
          track: text(e, 'track'),
          abstract: text(e, 'abstract'),
          persons: elements(child(e, 'persons'), 'person').map((p) => ({ id: p.getAttribute('id'), name: p.textContent })),
        })),
      })),
    }));
    const guids = elements(schedule, 'day').flatMap((day) => elements(day, 'room').flatMap((room) => elements(room, 'event').map((e) => e.getAttribute('guid')!)));

    expect(text(schedule, 'version')).toEqual(String(row.version));
    expect({
      acronym: text(conference, 'acronym'),
      title: text(conference, 'title'),
      start: text(conference, 'start'),
      end: text(conference, 'end'),
      days: text(conference, 'days'),
      timeslot_duration: text(conference, 'timeslot_duration'),
      time_zone_name: text(conference, 'time_zone_name'),
      tracks: elements(conference, 'track').map(attributes),
    }).toEqual({
      acronym: event.identifier,
      title: 'Summit & Friends',
      start: '2030-03-01',
      end: '2030-03-02',
      days: '2',
      // Starts at 09:30, 14:00, 23:30, 10:00 and 11:00 and lengths of 45, 90, 90, 20 and 60 minutes: a 5-minute grid.
      timeslot_duration: '00:05',
      time_zone_name: 'Asia/Singapore',
      tracks: [{ name: 'Open Tech', color: '#ff0000' }],
    });
    const s = (key: string) => String(ids[key]);
    expect(days).toEqual([
      {
        index: '1',
        date: '2030-03-01',
        start: '2030-03-01T00:00:00+08:00',
        // The late session runs past midnight, so the day ends with it.
        end: '2030-03-02T01:00:00+08:00',
        rooms: [
          {
            name: 'Hall A',
            events: [
              { id: s('opening'), date: '2030-03-01T09:30:00+08:00', start: '09:30', duration: '00:45', room: 'Hall A', title: 'Opening', type: 'Talk', track: 'Open Tech', abstract: LONG_ABSTRACT, persons: [{ id: s('ada'), name: 'Ada Lovelace' }, { id: s('grace'), name: 'Grace Hopper' }] },
              { id: s('late'), date: '2030-03-01T23:30:00+08:00', start: '23:30', duration: '01:30', room: 'Hall A', title: 'Late night hack', type: '', track: 'Open Tech', abstract: '', persons: [] },
            ],
          },
          {
            name: 'Hall B',
            events: [{ id: s('nasty'), date: '2030-03-01T14:00:00+08:00', start: '14:00', duration: '01:30', room: 'Hall B', title: NASTY_TITLE, type: '', track: '', abstract: '', persons: [{ id: s('ada'), name: 'Ada Lovelace' }] }],
          },
        ],
      },
      {
        index: '2',
        date: '2030-03-02',
        start: '2030-03-02T00:00:00+08:00',
        end: '2030-03-03T00:00:00+08:00',
        rooms: [
          {
            name: 'No room',
            events: [
              { id: s('hallway'), date: '2030-03-02T10:00:00+08:00', start: '10:00', duration: '00:20', room: 'No room', title: 'Hallway chat', type: '', track: '', abstract: '', persons: [] },
              { id: s('misfiled'), date: '2030-03-02T11:00:00+08:00', start: '11:00', duration: '01:00', room: 'No room', title: 'Misfiled', type: '', track: '', abstract: '', persons: [] },
            ],
          },
        ],
      },
    ]);
    expect(guids.every((g) => UUID.test(g))).toEqual(true);
    expect(new Set(guids).size).toEqual(5);
    expect(steps).toEqual([
      [0, 'Loading the schedule'],
      [50, 'Writing 5 sessions'],
      [100, 'Done'],
    ]);
  });

  it('escapes markup in titles instead of passing it through', async () => {
    const { bytes } = await run(pentabarfExporter);

    const xml = bytes.toString('utf8');

    expect(xml.includes('<script>')).toEqual(false);
    expect(xml.includes('<title>Rust &amp; &lt;script&gt;alert("x")&lt;/script&gt; &lt;b&gt;Tags&lt;/b&gt;</title>')).toEqual(true);
  });

  it('gives each session the same guid in every export', async () => {
    const guidsOf = (bytes: Buffer) => {
      const schedule = parseXml(bytes.toString('utf8'));
      return elements(schedule, 'day').flatMap((day) => elements(day, 'room').flatMap((room) => elements(room, 'event').map((e) => [e.getAttribute('id'), e.getAttribute('guid')])));
    };

    const first = guidsOf((await run(pentabarfExporter)).bytes);
    const second = guidsOf((await run(pentabarfExporter)).bytes);

    expect(second).toEqual(first);
  });

  it('loads the schedule in one statement per table', async () => {
    const statements = await countQueries(t.app, () => run(pentabarfExporter));

    // the latest published version, sessions, tracks, rooms, session types, speakers
    expect(statements).toEqual(6);
  });
});

describe('schedule.ics (iCal)', () => {
  it('writes RFC 5545 lines: CRLF ends (after the last line too), folded at 75 octets, DTSTAMP in UTC', async () => {
    const { bytes } = await run(icalExporter);

    const textIcs = bytes.toString('utf8');
    const lines = textIcs.split('\r\n');

    expect(textIcs.endsWith('\r\nEND:VCALENDAR\r\n')).toEqual(true);
    expect(lines.pop()).toEqual('');
    expect(lines.some((line) => line.includes('\n') || line.includes('\r'))).toEqual(false);
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    expect(lines.some((line) => line.startsWith(' '))).toEqual(true);
    expect(lines.filter((line) => line.startsWith('DTSTAMP')).map((line) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(line))).toEqual([true, true, true, true, true]);
    expect([lines[0], lines[1], lines.at(-1)]).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'END:VCALENDAR']);
  });

  it('parses back with ical.js: a VTIMEZONE with rules, and the sessions in the event zone', async () => {
    const { bytes } = await run(icalExporter);

    const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')));
    const vtimezone = calendar.getFirstSubcomponent('vtimezone')!;
    const timezone = new ICAL.Timezone(vtimezone);
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
      const dtstart = vevent.getFirstProperty('dtstart')!;
      const dtend = vevent.getFirstProperty('dtend')!;
      const start = dtstart.getFirstValue() as ICAL.Time;
      const end = dtend.getFirstValue() as ICAL.Time;
      start.zone = timezone;
      end.zone = timezone;
      return {
        uid: vevent.getFirstPropertyValue('uid') as string,
        summary: vevent.getFirstPropertyValue('summary'),
        location: vevent.getFirstPropertyValue('location'),
        categories: vevent.getFirstPropertyValue('categories'),
        description: vevent.getFirstPropertyValue('description'),
        tzid: [dtstart.getParameter('tzid'), dtend.getParameter('tzid')],
        start: start.toString(),
        startUtc: start.toJSDate().toISOString(),
        endUtc: end.toJSDate().toISOString(),
        stampIsUtc: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).zone === ICAL.Timezone.utcTimezone,
      };
    });

    expect(vtimezone.getFirstPropertyValue('tzid')).toEqual('Asia/Singapore');
    expect(vtimezone.getAllSubcomponents().map((c) => [c.name, String(c.getFirstPropertyValue('tzoffsetto'))])).toEqual([['standard', '+08:00']]);
    expect(calendar.getAllSubcomponents('vtimezone').length).toEqual(1);
    const common = { tzid: ['Asia/Singapore', 'Asia/Singapore'], stampIsUtc: true };
    expect(events.map(({ uid, ...rest }) => rest)).toEqual([
      { ...common, summary: 'Opening', location: 'Hall A', categories: 'Open Tech', description: LONG_ABSTRACT, start: '2030-03-01T09:30:00', startUtc: '2030-03-01T01:30:00.000Z', endUtc: '2030-03-01T02:15:00.000Z' },
      { ...common, summary: NASTY_TITLE, location: 'Hall B', categories: null, description: null, start: '2030-03-01T14:00:00', startUtc: '2030-03-01T06:00:00.000Z', endUtc: '2030-03-01T07:30:00.000Z' },
      { ...common, summary: 'Late night hack', location: 'Hall A', categories: 'Open Tech', description: null, start: '2030-03-01T23:30:00', startUtc: '2030-03-01T15:30:00.000Z', endUtc: '2030-03-01T17:00:00.000Z' },
      // Without a room, the event's venue.
      { ...common, summary: 'Hallway chat', location: 'Science Centre', categories: null, description: null, start: '2030-03-02T10:00:00', startUtc: '2030-03-02T02:00:00.000Z', endUtc: '2030-03-02T02:20:00.000Z' },
      { ...common, summary: 'Misfiled', location: 'Science Centre', categories: null, description: null, start: '2030-03-02T11:00:00', startUtc: '2030-03-02T03:00:00.000Z', endUtc: '2030-03-02T04:00:00.000Z' },
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toEqual(5);
    expect(events.every((e) => UUID.test(e.uid))).toEqual(true);
  });
});

describe('schedule.xcal (xCal)', () => {
  it('lists the scheduled sessions with local times and their real durations', async () => {
    const { bytes } = await run(xcalExporter);

    const root = parseXml(bytes.toString('utf8'));
    const vcalendar = child(root, 'vcalendar');
    const vevents = elements(vcalendar, 'vevent').map((v) => ({
      eventId: text(v, 'pentabarf:event-id'),
      summary: text(v, 'summary'),
      dtstart: text(v, 'dtstart'),
      dtend: text(v, 'dtend'),
      duration: text(v, 'duration'),
      location: text(v, 'location'),
      attendees: elements(v, 'attendee').map((a) => a.textContent),
    }));
    const uids = elements(vcalendar, 'vevent').map((v) => text(v, 'uid')!);

    expect(root.nodeName).toEqual('iCalendar');
    expect([text(vcalendar, 'version'), text(vcalendar, 'x-wr-calname'), text(vcalendar, 'x-wr-timezone')]).toEqual(['2.0', 'Summit & Friends', 'Asia/Singapore']);
    const s = (key: string) => String(ids[key]);
    expect(vevents).toEqual([
      { eventId: s('opening'), summary: 'Opening', dtstart: '20300301T093000', dtend: '20300301T101500', duration: '004500', location: 'Hall A', attendees: ['Ada Lovelace', 'Grace Hopper'] },
      { eventId: s('nasty'), summary: NASTY_TITLE, dtstart: '20300301T140000', dtend: '20300301T153000', duration: '013000', location: 'Hall B', attendees: ['Ada Lovelace'] },
      { eventId: s('late'), summary: 'Late night hack', dtstart: '20300301T233000', dtend: '20300302T010000', duration: '013000', location: 'Hall A', attendees: [] },
      // Without a room, the event's venue: Giggity drops an event without a location.
      { eventId: s('hallway'), summary: 'Hallway chat', dtstart: '20300302T100000', dtend: '20300302T102000', duration: '002000', location: 'Science Centre', attendees: [] },
      { eventId: s('misfiled'), summary: 'Misfiled', dtstart: '20300302T110000', dtend: '20300302T120000', duration: '010000', location: 'Science Centre', attendees: [] },
    ]);
    expect(new Set(uids).size).toEqual(5);
  });
});

describe('an event without a venue, and one without sessions', () => {
  it('gives a session without room or venue the room name of schedule.xml in xCal and no LOCATION in iCal', async () => {
    const xcal = parseXml((await run(xcalExporter, bare)).bytes.toString('utf8'));
    const ics = (await run(icalExporter, bare)).bytes.toString('utf8');

    const vevent = child(child(xcal, 'vcalendar'), 'vevent');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect([text(vevent, 'summary'), text(vevent, 'location')]).toEqual(['Anywhere', 'No room']);
    expect(calendar.getAllSubcomponents('vevent').map((v) => [v.getFirstPropertyValue('summary'), v.getFirstPropertyValue('location')])).toEqual([['Anywhere', null]]);
    expect(ics.endsWith('\r\nEND:VCALENDAR\r\n')).toEqual(true);
  });

  it('writes an iCal file without sessions that still holds one component, its zone, and ends in CRLF', async () => {
    const ics = (await run(icalExporter, empty)).bytes.toString('utf8');

    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getAllSubcomponents().map((c) => [c.name, c.getFirstPropertyValue('tzid')])).toEqual([['vtimezone', 'Etc/UTC']]);
    expect(ics.endsWith('\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n')).toEqual(true);
    expect(ics.split('\r\n').some((line) => line.includes('\n') || line.includes('\r') || Buffer.byteLength(line) > 75)).toEqual(false);
  });

  it('writes a valid schedule.xml for both, with the grid their sessions fit', async () => {
    const grid = async (of: EventRow) => {
      const { bytes } = await run(pentabarfExporter, of);
      return [await validateScheduleXml(bytes), text(child(parseXml(bytes.toString('utf8')), 'conference'), 'timeslot_duration')];
    };

    // Bare: one session at 10:00 Berlin time, 50 minutes long. Empty: frab's default of 15 minutes.
    expect(await grid(bare)).toEqual([{ valid: true, errors: [] }, '00:10']);
    expect(await grid(empty)).toEqual([{ valid: true, errors: [] }, '00:15']);
  });
});
