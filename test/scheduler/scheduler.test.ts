// The schedule editor's API: the working copy, moves guarded by the session's lock version, publishing versions
// (what the public exports and the event website then serve), the changes since the latest version, speaker mails, every role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, countQueries, grantRole, make, makeEvent, makeUser, ref, resource, unique, type TestEvent, type TestUser } from '../support/client.js';
import { mailsTo } from '../support/mail.js';
import { validateScheduleXml } from '../support/xsd.js';
import { createBuildLog } from '../../src/sitegen/model.js';
import { readStoredEvent } from '../../src/sitegen/readers/index.js';

let t: TestApp;
let owner: TestUser;
let admin: TestUser;
let api: Api;

beforeAll(async () => {
  t = await makeTestApp();
  [owner, admin] = await Promise.all([makeUser(t.app), makeUser(t.app, { admin: true })]);
  api = new Api(t.app, owner.token);
});
afterAll(async () => t.close());

interface Program {
  event: TestEvent;
  rooms: string[];
  track: string;
  otherTrack: string;
  talk: string;
  keynote: string;
  pending: string;
  speaker: string;
  speakerEmail: string;
}

/** An event (2030-03-01..03, Asia/Singapore) with two rooms, two tracks, a 45-minute type and three sessions. */
async function program(): Promise<Program> {
  const event = await makeEvent(t.app, owner);
  const rooms = [await make(t.app, owner, event, 'microlocation', 'microlocations', { name: 'Room 1', position: 1 }), await make(t.app, owner, event, 'microlocation', 'microlocations', { name: 'Room 2', position: 2 })];
  const track = await make(t.app, owner, event, 'track', 'tracks', { name: 'Web', color: '#336699' });
  const otherTrack = await make(t.app, owner, event, 'track', 'tracks', { name: 'Data', color: '#993366' });
  const type = await make(t.app, owner, event, 'session-type', 'session-types', { name: 'Talk', length: '00:45' });
  const speakerEmail = `${unique('speaker')}@example.org`;
  const speaker = await make(t.app, owner, event, 'speaker', 'speakers', { name: 'Ada Speaker', email: speakerEmail });
  const talk = await make(t.app, owner, event, 'session', 'sessions', { title: 'Talk A', state: 'accepted' }, { track: ref('track', track), 'session-type': ref('session-type', type), speakers: [ref('speaker', speaker)] });
  const keynote = await make(t.app, owner, event, 'session', 'sessions', { title: 'Keynote', state: 'confirmed' }, { track: ref('track', otherTrack), speakers: [ref('speaker', speaker)] });
  const pending = await make(t.app, owner, event, 'session', 'sessions', { title: 'Not yet', state: 'pending' });
  return { event, rooms, track, otherTrack, talk, keynote, pending, speaker, speakerEmail };
}

const moveUrl = (p: Program, session: string) => `/v1/events/${p.event.id}/scheduler/sessions/${session}`;

async function place(p: Program, session: string, room: string | null, start: string | null, end: string | null, as = api) {
  const copy = await as.get(`/v1/events/${p.event.id}/scheduler`);
  const current = copy.body.sessions.find((s: { id: string }) => s.id === session);
  return as.request('PATCH', moveUrl(p, session), { 'lock-version': current['lock-version'], room, 'starts-at': start, 'ends-at': end }, { 'content-type': 'application/json' });
}

const publish = (p: Program, attributes: Record<string, unknown> = {}, as = api) => as.post(`/v1/events/${p.event.id}/schedule-versions`, { data: { type: 'schedule-version', attributes } });

describe('the working copy', () => {
  it('lists the rooms in order, the types with their minutes and the accepted and confirmed sessions only', async () => {
    const p = await program();

    const response = await api.get(`/v1/events/${p.event.identifier}/scheduler`);

    expect(response.status).toBe(200);
    expect(response.body.rooms).toEqual([{ id: p.rooms[0], name: 'Room 1' }, { id: p.rooms[1], name: 'Room 2' }]);
    expect(response.body['session-types'].map((s: { name: string; minutes: number }) => [s.name, s.minutes])).toEqual([['Talk', 45]]);
    expect(response.body.event.timezone).toBe('Asia/Singapore');
    expect(response.body.sessions.map((s: { title: string }) => s.title).sort()).toEqual(['Keynote', 'Talk A']);
    expect(response.body.sessions.find((s: { id: string }) => s.id === p.talk)).toEqual({
      id: p.talk,
      title: 'Talk A',
      state: 'accepted',
      track: p.track,
      'session-type': expect.any(String),
      room: null,
      'starts-at': null,
      'ends-at': null,
      'lock-version': 0,
      speakers: [{ id: p.speaker, name: 'Ada Speaker' }],
      editable: true,
    });
    expect(response.body['latest-version']).toBeNull();
    expect(response.body['can-publish']).toBe(true);
  });
});

describe('moving a session', () => {
  it('places, resizes and unschedules a session, moving its lock version on each time', async () => {
    const p = await program();

    const placed = await place(p, p.talk, p.rooms[0], '2030-03-01T02:00:00.000Z', '2030-03-01T02:45:00.000Z');
    const resized = await place(p, p.talk, p.rooms[0], '2030-03-01T02:00:00.000Z', '2030-03-01T03:00:00.000Z');
    const stored = await api.get(`/v1/sessions/${p.talk}`);
    const back = await place(p, p.talk, null, null, null);

    expect(placed.status).toBe(200);
    expect([placed.body.room, placed.body['starts-at'], placed.body['ends-at'], placed.body['lock-version']]).toEqual([p.rooms[0], '2030-03-01T02:00:00.000Z', '2030-03-01T02:45:00.000Z', 1]);
    expect([resized.body['ends-at'], resized.body['lock-version']]).toEqual(['2030-03-01T03:00:00.000Z', 2]);
    expect(stored.body.data.attributes['lock-version']).toBe(2);
    expect(stored.body.data.relationships.microlocation.data).toEqual({ type: 'microlocation', id: p.rooms[0] });
    expect([back.status, back.body.room, back.body['starts-at'], back.body['ends-at']]).toEqual([200, null, null, null]);
  });

  it('refuses a write that names an older lock version with a 409 naming lock-version, and keeps the newer state', async () => {
    const p = await program();
    const copy = await api.get(`/v1/events/${p.event.id}/scheduler`);
    const seen = copy.body.sessions.find((s: { id: string }) => s.id === p.talk)['lock-version'];
    const body = (room: string, start: string, end: string) => ({ 'lock-version': seen, room, 'starts-at': start, 'ends-at': end });
    const json = { 'content-type': 'application/json' };

    const first = await api.request('PATCH', moveUrl(p, p.talk), body(p.rooms[0], '2030-03-01T02:00:00Z', '2030-03-01T02:45:00Z'), json);
    const second = await api.request('PATCH', moveUrl(p, p.talk), body(p.rooms[1], '2030-03-01T05:00:00Z', '2030-03-01T05:45:00Z'), json);
    const after = await api.get(`/v1/events/${p.event.id}/scheduler`);

    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(second.body.errors[0]).toMatchObject({ status: '409', code: 'session.stale', source: { pointer: '/lock-version' } });
    expect(second.body.errors[0].detail).toContain('"Talk A" was changed by someone else');
    const now = after.body.sessions.find((s: { id: string }) => s.id === p.talk);
    expect([now.room, now['starts-at'], now['lock-version']]).toEqual([p.rooms[0], '2030-03-01T02:00:00.000Z', 1]);
  });

  it('counts a change through the JSON:API session PATCH as a newer version too', async () => {
    const p = await program();
    const copy = await api.get(`/v1/events/${p.event.id}/scheduler`);
    const seen = copy.body.sessions.find((s: { id: string }) => s.id === p.talk)['lock-version'];

    const patched = await api.patch(`/v1/sessions/${p.talk}`, resource('session', { title: 'Talk A (renamed)' }, {}, p.talk));
    const stale = await api.request('PATCH', moveUrl(p, p.talk), { 'lock-version': seen, room: p.rooms[0], 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': '2030-03-01T02:45:00Z' }, { 'content-type': 'application/json' });

    expect(patched.body.data.attributes['lock-version']).toBe(1);
    expect(stale.status).toBe(409);
  });

  it.each([
    [{ 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': null }, 422, '/ends-at'],
    [{ 'starts-at': null, 'ends-at': '2030-03-01T02:00:00Z' }, 422, '/starts-at'],
    [{ 'starts-at': '2030-03-01T03:00:00Z', 'ends-at': '2030-03-01T02:00:00Z' }, 422, '/ends-at'],
    [{ 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': '2030-03-02T03:00:00Z' }, 422, '/ends-at'],
    [{ 'starts-at': 'tomorrow', 'ends-at': '2030-03-01T02:00:00Z' }, 422, '/starts-at'],
    [{ room: '999999' }, 422, '/room'],
    [{ room: 'x' }, 422, '/room'],
    [{ room: 'ROOM', 'starts-at': null, 'ends-at': null }, 422, '/starts-at'],
    [{ 'lock-version': -1 }, 422, '/lock-version'],
    [{ 'lock-version': 'one' }, 422, '/lock-version'],
    [{ colour: 'red' }, 422, '/colour'],
  ])('refuses %j with a %i naming %s', async (change, status, pointer) => {
    const p = await program();
    const body: Record<string, unknown> = { 'lock-version': 0, room: p.rooms[0], 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': '2030-03-01T02:45:00Z', ...change };
    if (body.room === 'ROOM') body.room = p.rooms[0];

    const response = await api.request('PATCH', moveUrl(p, p.talk), body, { 'content-type': 'application/json' });

    expect(response.status).toBe(status);
    expect(response.body.errors[0].source).toEqual({ pointer });
  });

  it('refuses to place a pending session and a session of another event', async () => {
    const p = await program();
    const other = await program();

    const pending = await place(p, p.pending, p.rooms[0], '2030-03-01T02:00:00Z', '2030-03-01T02:45:00Z').catch(() => undefined);
    const direct = await api.request('PATCH', moveUrl(p, p.pending), { 'lock-version': 0, room: p.rooms[0], 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': '2030-03-01T02:45:00Z' }, { 'content-type': 'application/json' });
    const foreign = await api.request('PATCH', moveUrl(p, other.talk), { 'lock-version': 0, room: p.rooms[0], 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': '2030-03-01T02:45:00Z' }, { 'content-type': 'application/json' });

    expect(pending).toBeUndefined(); // not in the working copy at all
    expect([direct.status, direct.body.errors[0].code]).toEqual([422, 'session.not_placeable']);
    expect([foreign.status, foreign.body.errors[0].code]).toEqual([404, 'session.not_found']);
  });
});

describe('roles', () => {
  const ROLES: [string, number, number, number][] = [
    // role, working copy, move a session of the Web track, publish
    ['owner', 200, 200, 201],
    ['organizer', 200, 200, 201],
    ['coorganizer', 200, 200, 201],
    ['admin', 200, 200, 201],
    ['track_organizer', 200, 200, 403],
    ['moderator', 403, 403, 403],
    ['registrar', 403, 403, 403],
    ['plain user', 403, 403, 403],
    ['anonymous', 401, 401, 401],
  ];

  it.each(ROLES)('%s: working copy %i, move %i, publish %i', async (role, read, move, publishStatus) => {
    const p = await program();
    let as: Api;
    if (role === 'anonymous') as = new Api(t.app);
    else if (role === 'admin') as = new Api(t.app, admin.token);
    else if (role === 'owner') as = api;
    else {
      const user = await makeUser(t.app);
      if (role !== 'plain user') await grantRole(t.app, p.event, owner, user, role, role === 'track_organizer' ? p.track : undefined);
      as = new Api(t.app, user.token);
    }

    const copy = await as.get(`/v1/events/${p.event.id}/scheduler`);
    const moved = await as.request('PATCH', moveUrl(p, p.talk), { 'lock-version': 0, room: p.rooms[0], 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': '2030-03-01T02:45:00Z' }, { 'content-type': 'application/json' });
    const published = await publish(p, {}, as);
    const versions = await as.get(`/v1/events/${p.event.id}/schedule-versions`);
    const changes = await as.get(`/v1/events/${p.event.id}/schedule-changes`);

    expect([copy.status, moved.status, published.status]).toEqual([read, move, publishStatus]);
    expect(versions.status).toBe(read === 200 ? 200 : 403);
    expect(changes.status).toBe(read);
  });

  it('lets a track organizer move the sessions of their track only, and marks the others not editable', async () => {
    const p = await program();
    const user = await makeUser(t.app);
    await grantRole(t.app, p.event, owner, user, 'track_organizer', p.track);
    const as = new Api(t.app, user.token);

    const copy = await as.get(`/v1/events/${p.event.id}/scheduler`);
    const other = await as.request('PATCH', moveUrl(p, p.keynote), { 'lock-version': 0, room: p.rooms[0], 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': '2030-03-01T02:45:00Z' }, { 'content-type': 'application/json' });

    expect(Object.fromEntries(copy.body.sessions.map((s: { title: string; editable: boolean }) => [s.title, s.editable]))).toEqual({ 'Talk A': true, Keynote: false });
    expect(copy.body['can-publish']).toBe(false);
    expect(other.status).toBe(403);
  });
});

describe('publishing', () => {
  it('freezes the schedule: the public schedule.xml serves the published times and version name, not later edits', async () => {
    const p = await program();
    await place(p, p.talk, p.rooms[0], '2030-03-01T02:00:00Z', '2030-03-01T02:45:00Z');

    const published = await publish(p, { name: 'First cut', comment: 'Rooms as booked' });
    await place(p, p.talk, p.rooms[1], '2030-03-02T06:00:00Z', '2030-03-02T06:45:00Z');
    const xml = await new Api(t.app).get(`/v1/events/${p.event.identifier}/schedule.xml`);
    const event = await api.get(`/v1/events/${p.event.id}`);

    expect(published.status).toBe(201);
    expect(published.body.data.attributes).toMatchObject({ number: 1, name: 'First cut', comment: 'Rooms as booked', 'session-count': 1 });
    expect(published.body.meta).toEqual({ added: 1, moved: 0, removed: 0, 'mails-sent': 0, 'mails-failed': 0 });
    expect(event.body.data.attributes['schedule-published-on']).toBe(published.body.data.attributes['published-at']);
    expect(xml.status).toBe(200);
    expect((await validateScheduleXml(xml.body)).valid).toBe(true);
    expect(xml.body).toContain('<version>First cut</version>');
    expect(xml.body).toContain('<date>2030-03-01T10:00:00+08:00</date>');
    expect(xml.body).toContain('<room name="Room 1">');
    expect(xml.body).not.toContain('2030-03-02T14:00:00+08:00');
  });

  it('builds the event website from the published version: its times and rooms, not later edits or sessions placed since', async () => {
    const p = await program();
    await place(p, p.talk, p.rooms[0], '2030-03-01T02:00:00Z', '2030-03-01T02:45:00Z');
    await publish(p);
    await place(p, p.talk, p.rooms[1], '2030-03-02T06:00:00Z', '2030-03-02T06:45:00Z');
    await place(p, p.keynote, p.rooms[1], '2030-03-01T01:00:00Z', '2030-03-01T02:00:00Z');

    const site = await readStoredEvent(t.app.ctx.db, Number(p.event.id), createBuildLog());

    expect(site.sessions.map((s) => ({ id: s.id, room: s.roomId, start: s.startsAt && new Date(s.startsAt).toISOString() }))).toEqual([{ id: p.talk, room: p.rooms[0], start: '2030-03-01T02:00:00.000Z' }]);
    expect(site.speakers.map((s) => s.id)).toEqual([p.speaker]);
  });

  it('lists what changed since the latest version, with the old and new room and time', async () => {
    const p = await program();
    await place(p, p.talk, p.rooms[0], '2030-03-01T02:00:00Z', '2030-03-01T02:45:00Z');
    await place(p, p.keynote, p.rooms[1], '2030-03-01T01:00:00Z', '2030-03-01T02:00:00Z');
    await publish(p);
    await place(p, p.talk, p.rooms[1], '2030-03-01T03:00:00Z', '2030-03-01T03:45:00Z');
    await place(p, p.keynote, null, null, null);

    const changes = await api.get(`/v1/events/${p.event.id}/schedule-changes`);

    expect(changes.status).toBe(200);
    expect(changes.body).toEqual({
      since: { id: expect.any(String), number: 1, name: 'Version 1', 'published-at': expect.any(String) },
      added: [],
      moved: [
        {
          session: { id: p.talk, title: 'Talk A' },
          before: { room: { id: p.rooms[0], name: 'Room 1' }, 'starts-at': '2030-03-01T02:00:00.000Z', 'ends-at': '2030-03-01T02:45:00.000Z' },
          after: { room: { id: p.rooms[1], name: 'Room 2' }, 'starts-at': '2030-03-01T03:00:00.000Z', 'ends-at': '2030-03-01T03:45:00.000Z' },
        },
      ],
      removed: [{ session: { id: p.keynote, title: 'Keynote' }, before: { room: { id: p.rooms[1], name: 'Room 2' }, 'starts-at': '2030-03-01T01:00:00.000Z', 'ends-at': '2030-03-01T02:00:00.000Z' }, after: null }],
    });
  });

  it('mails the speakers of moved sessions once each when asked, in the event time zone, and not otherwise', async () => {
    const p = await program();
    await place(p, p.talk, p.rooms[0], '2030-03-01T02:00:00Z', '2030-03-01T02:45:00Z');
    await place(p, p.keynote, p.rooms[1], '2030-03-01T01:00:00Z', '2030-03-01T02:00:00Z');
    await publish(p, { 'notify-speakers': true });
    const afterFirst = await mailsTo(t.app.ctx.config.dataDir, p.speakerEmail);
    await place(p, p.talk, p.rooms[1], '2030-03-01T03:00:00Z', '2030-03-01T03:45:00Z');
    await place(p, p.keynote, p.rooms[0], '2030-03-01T04:00:00Z', '2030-03-01T05:00:00Z');

    const second = await publish(p, { 'notify-speakers': true });
    const mails = await mailsTo(t.app.ctx.config.dataDir, p.speakerEmail);
    await place(p, p.talk, p.rooms[0], '2030-03-01T06:00:00Z', '2030-03-01T06:45:00Z');
    const third = await publish(p, { 'notify-speakers': false });

    expect(afterFirst).toEqual([]); // nothing had moved: the first version only adds
    expect(second.body.meta).toMatchObject({ moved: 2, 'mails-sent': 1 });
    expect(mails.length).toBe(1);
    expect(mails[0].subject).toBe(`New times for your sessions at ${(await api.get(`/v1/events/${p.event.id}`)).body.data.attributes.name}`);
    expect(mails[0].text).toContain('"Talk A"\n  was: Fri, 1 Mar 2030, 10:00 GMT+8 to Fri, 1 Mar 2030, 10:45 GMT+8, Room 1\n  now: Fri, 1 Mar 2030, 11:00 GMT+8 to Fri, 1 Mar 2030, 11:45 GMT+8, Room 2');
    expect(third.body.meta['mails-sent']).toBe(0);
    expect((await mailsTo(t.app.ctx.config.dataDir, p.speakerEmail)).length).toBe(1);
  });

  it('numbers versions, lists them newest first, and refuses an unchanged schedule, a taken name and bad input', async () => {
    const p = await program();
    await place(p, p.talk, p.rooms[0], '2030-03-01T02:00:00Z', '2030-03-01T02:45:00Z');
    await publish(p, { name: 'Alpha' });

    const unchanged = await publish(p, { name: 'Beta' });
    await place(p, p.talk, p.rooms[1], '2030-03-01T02:00:00Z', '2030-03-01T02:45:00Z');
    const taken = await publish(p, { name: 'Alpha' });
    const blank = await publish(p, { name: '  ' });
    const long = await publish(p, { name: 'x'.repeat(101) });
    const unknown = await publish(p, { colour: 'red' });
    const beta = await publish(p, { name: 'Beta' });
    const list = await api.get(`/v1/events/${p.event.id}/schedule-versions`);
    const one = await api.get(`/v1/schedule-versions/${beta.body.data.id}`);

    expect([unchanged.status, unchanged.body.errors[0].code]).toEqual([409, 'schedule.unchanged']);
    expect([taken.status, taken.body.errors[0].source]).toEqual([409, { pointer: '/data/attributes/name' }]);
    expect([blank.status, blank.body.errors[0].source]).toEqual([422, { pointer: '/data/attributes/name' }]);
    expect([long.status, long.body.errors[0].source]).toEqual([422, { pointer: '/data/attributes/name' }]);
    expect([unknown.status, unknown.body.errors[0].source]).toEqual([422, { pointer: '/data/attributes/colour' }]);
    expect(list.body.data.map((v: { attributes: { number: number; name: string } }) => [v.attributes.number, v.attributes.name])).toEqual([
      [2, 'Beta'],
      [1, 'Alpha'],
    ]);
    expect(list.body.data[0].attributes['published-by']).toBe('Test User');
    expect(one.body.data.attributes.name).toBe('Beta');
  });
});

describe('query counts', () => {
  async function versions(rows: number) {
    const p = await program();
    for (let i = 0; i < rows; i++) {
      await place(p, p.talk, p.rooms[i % 2], `2030-03-01T0${i}:00:00Z`, `2030-03-01T0${i}:45:00Z`);
      await publish(p);
    }
    return p;
  }

  it('lists versions, the working copy and the changes in a constant number of statements', async () => {
    const measured: number[][] = [];
    for (const rows of [1, 3]) {
      const p = await versions(rows);
      const list = await countQueries(t.app, () => api.get(`/v1/events/${p.event.id}/schedule-versions`));
      const copy = await countQueries(t.app, () => api.get(`/v1/events/${p.event.id}/scheduler`));
      const changes = await countQueries(t.app, () => api.get(`/v1/events/${p.event.id}/schedule-changes`));
      const listed = await api.get(`/v1/events/${p.event.id}/schedule-versions`);
      expect(listed.body.data.length).toBe(rows);
      measured.push([list, copy, changes]);
    }

    expect(measured).toEqual([
      [4, 9, 7],
      [4, 9, 7],
    ]);
  });
});
