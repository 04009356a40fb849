// The program dashboard's API: the session list's tabs (one per state) and search box (title, speaker, track) with
// every tab's count, the bulk state change (by ids or by "all that match"; one transaction; every role; bad input
// named by its pointer), the refusal to delete a room, track or session type in use, and their query counts.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, countQueries, grantRole, make, makeEvent, makeUser, ref, type Response, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let admin: TestUser;
let stranger: TestUser;
const staff: Record<string, TestUser> = {};

beforeAll(async () => {
  t = await makeTestApp({}, { withQueue: true });
  [owner, admin, stranger] = await Promise.all([makeUser(t.app), makeUser(t.app, { admin: true }), makeUser(t.app)]);
});
afterAll(async () => t.close());

interface Program {
  event: TestEvent;
  tracks: { rust: string; web: string };
  room: string;
  type: string;
  /** Session ids by title. */
  sessions: Record<string, string>;
}

/**
 * An event with two tracks, a room and a type, and sessions: three pending Rust talks (one by Ada), a pending web
 * talk, an accepted web talk in the room, a draft without track and a rejected one whose speaker is "Rusty".
 */
async function makeProgram(): Promise<Program> {
  const event = await makeEvent(t.app, owner);
  const rust = await make(t.app, owner, event, 'track', 'tracks', { name: 'Rust', color: '#aa3300' });
  const web = await make(t.app, owner, event, 'track', 'tracks', { name: 'Web', color: '#0033aa' });
  const room = await make(t.app, owner, event, 'microlocation', 'microlocations', { name: 'Hall A' });
  const type = await make(t.app, owner, event, 'session-type', 'session-types', { name: 'Talk', length: '00:45' });
  const ada = await make(t.app, owner, event, 'speaker', 'speakers', { name: 'Ada Lovelace' });
  const rusty = await make(t.app, owner, event, 'speaker', 'speakers', { name: 'Rusty Nail' });
  const sessions: Record<string, string> = {};
  const add = async (title: string, state: string, relationships: Record<string, unknown> = {}, startsAt?: string) => {
    sessions[title] = await make(t.app, owner, event, 'session', 'sessions', { title, state, ...(startsAt ? { 'starts-at': startsAt } : {}) }, relationships);
  };
  await add('Ownership', 'pending', { track: ref('track', rust), speakers: [ref('speaker', ada)] }, '2030-03-01T02:00:00Z');
  await add('Lifetimes', 'pending', { track: ref('track', rust) }, '2030-03-01T03:00:00Z');
  await add('Async traits', 'pending', { track: ref('track', rust) }, '2030-03-01T04:00:00Z');
  await add('CSS grids', 'pending', { track: ref('track', web) }, '2030-03-01T05:00:00Z');
  await add('HTTP/3', 'accepted', { track: ref('track', web), microlocation: ref('microlocation', room), 'session-type': ref('session-type', type) }, '2030-03-01T06:00:00Z');
  await add('Untitled idea', 'draft');
  await add('Nails', 'rejected', { speakers: [ref('speaker', rusty)] });
  return { event, tracks: { rust, web }, room, type, sessions };
}

async function staffOn(program: Program): Promise<Record<string, TestUser>> {
  const users: Record<string, TestUser> = {};
  for (const role of ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar']) {
    users[role] = await makeUser(t.app);
    await grantRole(t.app, program.event, owner, users[role], role, role === 'track_organizer' ? program.tracks.rust : undefined);
  }
  Object.assign(staff, users);
  return users;
}

const list = (user: TestUser | undefined, program: Program, query: Record<string, string>) =>
  new Api(t.app, user?.token).get(`/v1/events/${program.event.identifier}/sessions?${new URLSearchParams(query).toString()}`);
const titles = (response: Response) => response.body.data.map((item: { attributes: { title: string } }) => item.attributes.title);
const bulk = (user: TestUser | undefined, program: Program, data: unknown) => new Api(t.app, user?.token).post(`/v1/events/${program.event.identifier}/sessions/bulk-state`, { data });
async function statesOf(program: Program): Promise<Record<string, string>> {
  const response = await list(owner, program, { 'page[size]': '0' });
  return Object.fromEntries(response.body.data.map((item: { attributes: { title: string; state: string } }) => [item.attributes.title, item.attributes.state]));
}

describe('session tabs and search', () => {
  let p: Program;
  beforeAll(async () => {
    p = await makeProgram();
  });

  it('counts every tab in meta.tabs and lists each tab by start time', async () => {
    const response = await list(owner, p, { tab: 'pending' });

    expect(response.status).toBe(200);
    expect(response.body.meta.tabs).toEqual({ all: 7, pending: 4, accepted: 1, confirmed: 0, rejected: 1, draft: 1, canceled: 0, withdrawn: 0 });
    expect(titles(response)).toEqual(['Ownership', 'Lifetimes', 'Async traits', 'CSS grids']);
  });

  it('searches titles, speaker names and track names, and counts the tabs under the search', async () => {
    const byTrack = await list(owner, p, { tab: 'all', search: 'rust', sort: 'title' });
    const bySpeaker = await list(owner, p, { search: 'lovelace' });
    const byTitle = await list(owner, p, { search: 'HTTP' });

    // "rust" is the Rust track's three talks and the rejected talk of Rusty Nail.
    expect(titles(byTrack)).toEqual(['Async traits', 'Lifetimes', 'Nails', 'Ownership']);
    expect(byTrack.body.meta.tabs).toEqual({ all: 4, pending: 3, accepted: 0, confirmed: 0, rejected: 1, draft: 0, canceled: 0, withdrawn: 0 });
    expect(titles(bySpeaker)).toEqual(['Ownership']);
    expect(titles(byTitle)).toEqual(['HTTP/3']);
  });

  it('shows and sorts by the names of track, room and type', async () => {
    const response = await list(owner, p, { tab: 'accepted' });
    const sorted = await list(owner, p, { tab: 'pending', sort: '-track-name,title' });

    expect(response.body.data[0].attributes).toMatchObject({ 'track-name': 'Web', 'microlocation-name': 'Hall A', 'session-type-name': 'Talk' });
    expect(titles(sorted)).toEqual(['CSS grids', 'Async traits', 'Lifetimes', 'Ownership']);
  });

  it('leaves meta.tabs out of the plain list older clients ask for', async () => {
    const response = await list(owner, p, {});

    expect(response.body.meta).toEqual({ count: 7 });
  });

  it('shows the public only the public states, and counts only those', async () => {
    const response = await list(undefined, p, { tab: 'all' });

    expect(titles(response)).toEqual(['HTTP/3']);
    expect(response.body.meta.tabs).toEqual({ all: 1, pending: 0, accepted: 1, confirmed: 0, rejected: 0, draft: 0, canceled: 0, withdrawn: 0 });
  });

  it('refuses an unknown tab and a search over 200 characters, naming the parameter', async () => {
    const tab = await list(owner, p, { tab: 'maybe' });
    const search = await list(owner, p, { search: 'x'.repeat(201) });

    expect([tab.status, tab.body.errors[0].source]).toEqual([400, { parameter: 'tab' }]);
    expect([search.status, search.body.errors[0].source]).toEqual([400, { parameter: 'search' }]);
  });
});

describe('bulk state changes', () => {
  it('accepts the sessions named by id in one request and says how many changed', async () => {
    const p = await makeProgram();

    const response = await bulk(owner, p, { state: 'accepted', ids: [p.sessions.Ownership, p.sessions.Lifetimes, p.sessions['HTTP/3']] });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { state: 'accepted', matched: 3, changed: 2, 'not-allowed': 0 } });
    expect(await statesOf(p)).toEqual({
      Ownership: 'accepted', Lifetimes: 'accepted', 'Async traits': 'pending', 'CSS grids': 'pending', 'HTTP/3': 'accepted', 'Untitled idea': 'draft', Nails: 'rejected',
    });
  });

  it('rejects all that match a tab and search, and nothing else', async () => {
    const p = await makeProgram();

    const response = await bulk(owner, p, { state: 'rejected', filter: { tab: 'pending', search: 'rust' } });

    expect(response.body).toEqual({ data: { state: 'rejected', matched: 3, changed: 3, 'not-allowed': 0 } });
    expect(await statesOf(p)).toEqual({
      Ownership: 'rejected', Lifetimes: 'rejected', 'Async traits': 'rejected', 'CSS grids': 'pending', 'HTTP/3': 'accepted', 'Untitled idea': 'draft', Nails: 'rejected',
    });
  });

  it('makes the public schedule change with it (the event version moves)', async () => {
    const p = await makeProgram();
    const before = titles(await list(undefined, p, {}));

    await bulk(owner, p, { state: 'confirmed', ids: [p.sessions['CSS grids']] });

    expect([before, titles(await list(undefined, p, {}))]).toEqual([['HTTP/3'], ['CSS grids', 'HTTP/3']]);
  });

  it('lets each role change what its role allows, and no more', async () => {
    const p = await makeProgram();
    const users = await staffOn(p);
    const callers: [string, TestUser | undefined][] = [
      ['owner', owner], ['admin', admin], ['organizer', users.organizer], ['coorganizer', users.coorganizer],
      ['track_organizer', users.track_organizer], ['moderator', users.moderator], ['registrar', users.registrar], ['plain user', stranger], ['anonymous', undefined],
    ];
    const statuses: Record<string, number> = {};
    for (const [name, user] of callers) statuses[name] = (await bulk(user, p, { state: 'accepted', ids: [p.sessions.Lifetimes] })).status;

    expect(statuses).toEqual({ owner: 200, admin: 200, organizer: 200, coorganizer: 200, track_organizer: 200, moderator: 403, registrar: 403, 'plain user': 403, anonymous: 401 });
  });

  it("refuses a track organizer a session of another track, naming it, and changes nothing", async () => {
    const p = await makeProgram();
    const users = await staffOn(p);

    const response = await bulk(users.track_organizer, p, { state: 'accepted', ids: [p.sessions.Ownership, p.sessions['CSS grids']] });

    expect([response.status, response.body.errors[0].source, response.body.errors[0].detail]).toEqual([403, { pointer: '/data/ids/1' }, `Session ${p.sessions['CSS grids']} is not in a track you organize`]);
    expect((await statesOf(p)).Ownership).toBe('pending');
  });

  it("changes only a track organizer's own tracks when all that match are asked for, and counts the rest", async () => {
    const p = await makeProgram();
    const users = await staffOn(p);

    const response = await bulk(users.track_organizer, p, { state: 'accepted', filter: { tab: 'pending' } });

    expect(response.body).toEqual({ data: { state: 'accepted', matched: 3, changed: 3, 'not-allowed': 1 } });
    expect((await statesOf(p))['CSS grids']).toBe('pending');
  });

  it('names the field of bad input with its pointer and changes nothing', async () => {
    const p = await makeProgram();
    const other = await makeProgram();
    const cases = {
      state: await bulk(owner, p, { state: 'maybe', ids: [p.sessions.Ownership] }),
      both: await bulk(owner, p, { state: 'accepted', ids: [p.sessions.Ownership], filter: { tab: 'all' } }),
      neither: await bulk(owner, p, { state: 'accepted' }),
      empty: await bulk(owner, p, { state: 'accepted', ids: [] }),
      notAnId: await bulk(owner, p, { state: 'accepted', ids: [p.sessions.Ownership, 'abc'] }),
      otherEvent: await bulk(owner, p, { state: 'accepted', ids: [other.sessions.Ownership] }),
      tab: await bulk(owner, p, { state: 'accepted', filter: { tab: 'maybe' } }),
      search: await bulk(owner, p, { state: 'accepted', filter: { search: 'x'.repeat(201) } }),
      extra: await bulk(owner, p, { state: 'accepted', ids: [p.sessions.Ownership], everything: true }),
    };

    expect(Object.fromEntries(Object.entries(cases).map(([name, r]) => [name, [r.status, r.body.errors?.[0]?.source]]))).toEqual({
      state: [422, { pointer: '/data/state' }],
      both: [422, { pointer: '/data/filter' }],
      neither: [422, { pointer: '/data/ids' }],
      empty: [422, { pointer: '/data/ids' }],
      notAnId: [422, { pointer: '/data/ids/1' }],
      otherEvent: [422, { pointer: '/data/ids/0' }],
      tab: [422, { pointer: '/data/filter/tab' }],
      search: [422, { pointer: '/data/filter/search' }],
      extra: [422, { pointer: '/data/everything' }],
    });
    expect((await statesOf(p)).Ownership).toBe('pending');
  });

  it('takes the same number of statements for 1 and 3 sessions, by ids and by filter', async () => {
    const counts: number[][] = [];
    for (const size of [1, 3]) {
      const p = await makeProgram();
      const ids = [p.sessions.Ownership, p.sessions.Lifetimes, p.sessions['Async traits']].slice(0, size);
      const search = size === 1 ? 'Ownership' : 'rust';
      counts.push([
        await countQueries(t.app, () => bulk(owner, p, { state: 'accepted', ids })),
        await countQueries(t.app, () => bulk(owner, p, { state: 'confirmed', filter: { tab: 'accepted', search } })),
      ]);
    }

    // the caller, event, roles, the sessions named (ids only), begin, update with counts, version, commit
    expect(counts).toEqual([
      [8, 7],
      [8, 7],
    ]);
  });
});

describe('deleting what sessions use', () => {
  it('refuses a room, track or session type in use with a 409 saying how many sessions and which', async () => {
    const p = await makeProgram();
    const api = new Api(t.app, owner.token);

    const room = await api.delete(`/v1/microlocations/${p.room}`);
    const track = await api.delete(`/v1/tracks/${p.tracks.rust}`);
    const type = await api.delete(`/v1/session-types/${p.type}`);

    expect([room.status, room.body.errors[0].code, room.body.errors[0].detail]).toEqual([409, 'room.in_use', '1 session uses this room: “HTTP/3”. Move it elsewhere first.']);
    expect([track.status, track.body.errors[0].detail]).toEqual([409, '3 sessions use this track: “Ownership”, “Lifetimes” and “Async traits”. Move them elsewhere first.']);
    expect([type.status, type.body.errors[0].code]).toEqual([409, 'session-type.in_use']);
    expect((await api.get(`/v1/sessions/${p.sessions['HTTP/3']}?include=microlocation`)).body.data.relationships.microlocation.data).toEqual({ type: 'microlocation', id: p.room });
  });

  it('names three sessions and counts the rest', async () => {
    const p = await makeProgram();
    const api = new Api(t.app, owner.token);
    await make(t.app, owner, p.event, 'session', 'sessions', { title: 'Macros', state: 'pending', 'starts-at': '2030-03-02T01:00:00Z' }, { track: ref('track', p.tracks.rust) });

    const track = await api.delete(`/v1/tracks/${p.tracks.rust}`);

    expect(track.body.errors[0].detail).toBe('4 sessions use this track: “Ownership”, “Lifetimes”, “Async traits” and 1 more. Move them elsewhere first.');
  });

  it('deletes one no live session uses (a deleted session does not count)', async () => {
    const p = await makeProgram();
    const api = new Api(t.app, owner.token);
    await api.delete(`/v1/sessions/${p.sessions['HTTP/3']}`);

    const room = await api.delete(`/v1/microlocations/${p.room}`);

    expect(room.status).toBe(200);
  });
});

describe('query counts of the dashboard session list', () => {
  it('takes the same statements for 1 and 3 sessions, with tabs and includes', async () => {
    const counts: number[] = [];
    for (const size of [1, 3]) {
      const event = await makeEvent(t.app, owner);
      const track = await make(t.app, owner, event, 'track', 'tracks', { name: 'T', color: '#123456' });
      for (let i = 0; i < size; i++) {
        const speaker = await make(t.app, owner, event, 'speaker', 'speakers', { name: `S${i}` });
        await make(t.app, owner, event, 'session', 'sessions', { title: `Talk ${i}`, state: 'pending' }, { track: ref('track', track), speakers: [ref('speaker', speaker)] });
      }
      let response: Response | undefined;
      counts.push(
        await countQueries(t.app, async () => {
          response = await new Api(t.app, owner.token).get(`/v1/events/${event.identifier}/sessions?tab=pending&search=talk&include=speakers&sort=title`);
        }),
      );
      expect(response!.body.data.length).toBe(size);
    }

    expect(counts).toEqual([6, 6]);
  });
});

describe('the sessions CSV of what the list shows', () => {
  async function exportRows(program: Program, body: Record<string, string>): Promise<string[][]> {
    const api = new Api(t.app, owner.token);
    const started = await api.request('POST', `/v1/events/${program.event.identifier}/export/sessions/csv`, JSON.stringify(body), { 'content-type': 'application/json' });
    expect(started.status).toBe(202);
    const taskUrl = started.body.task_url as string;
    for (const deadline = Date.now() + 30_000; ; ) {
      const task = await api.get(taskUrl);
      if (task.body.state === 'SUCCESS') break;
      if (task.body.state === 'FAILURE' || Date.now() > deadline) throw new Error(`export ended ${JSON.stringify(task.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const file = await t.app.inject({ method: 'GET', url: `${taskUrl}/download`, headers: { authorization: `Bearer ${owner.token}` } });
    return (parse(file.rawPayload, { bom: true }) as string[][]).slice(1);
  }

  it("holds the sessions of the list's tab and search", async () => {
    const p = await makeProgram();

    const rows = await exportRows(p, { tab: 'pending', search: 'rust' });
    const all = await exportRows(p, {});

    expect(rows.map((row) => row[0])).toEqual(['Ownership (pending)', 'Lifetimes (pending)', 'Async traits (pending)']);
    expect(all.length).toBe(7);
  });

  it('refuses an unknown tab and a long search before starting, naming them', async () => {
    const p = await makeProgram();
    const api = new Api(t.app, owner.token);

    const tab = await api.request('POST', `/v1/events/${p.event.identifier}/export/sessions/csv`, JSON.stringify({ tab: 'maybe' }), { 'content-type': 'application/json' });
    const search = await api.request('POST', `/v1/events/${p.event.identifier}/export/sessions/csv`, JSON.stringify({ search: 'x'.repeat(201) }), { 'content-type': 'application/json' });

    expect([tab.status, tab.body.errors[0].source, search.status, search.body.errors[0].source]).toEqual([422, { pointer: '/tab' }, 422, { pointer: '/search' }]);
  });
});

describe("speakers' e-mail and phone on the speakers page's list", () => {
  it('reach coorganizers and above only, for every role', async () => {
    const p = await makeProgram();
    const users = await staffOn(p);
    const ada = (await list(owner, p, { search: 'lovelace', include: 'speakers' })).body.included[0].id as string;
    await new Api(t.app, owner.token).patch(`/v1/speakers/${ada}`, { data: { type: 'speaker', id: ada, attributes: { email: 'ada@example.org', mobile: '+44 20 7946 0000' } } });
    const callers: [string, TestUser | undefined][] = [
      ['owner', owner], ['admin', admin], ['organizer', users.organizer], ['coorganizer', users.coorganizer],
      ['track_organizer', users.track_organizer], ['moderator', users.moderator], ['registrar', users.registrar], ['plain user', stranger], ['anonymous', undefined],
    ];
    const seen: Record<string, unknown> = {};
    for (const [name, user] of callers) {
      const response = await new Api(t.app, user?.token).get(`/v1/events/${p.event.identifier}/speakers?include=sessions&sort=name&page[size]=0`);
      const row = response.body.data.find((item: { id: string }) => item.id === ada);
      seen[name] = row ? [row.attributes.email, row.attributes.mobile] : 'not listed';
    }

    const shown = ['ada@example.org', '+44 20 7946 0000'];
    const hidden = [undefined, undefined];
    // Ada speaks only in a pending session: the public does not see her at all.
    expect(seen).toEqual({ owner: shown, admin: shown, organizer: shown, coorganizer: shown, track_organizer: hidden, moderator: hidden, registrar: hidden, 'plain user': 'not listed', anonymous: 'not listed' });
  });
});
