// /v1/events: creating (the creator owns the event), who sees drafts and private events, who may change and
// delete, the JSON:API query parameters on the list, includes, and an embedded database that survives a restart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/client.js';
import { LockedError } from '../../src/db/lock.js';
import { buildApp } from '../../src/http/app.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, login, make, makeEvent, makeUser, ref, resource, unique, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let api: Api;
let owner: TestUser;
let admin: TestUser;
let plain: TestUser;
const holders: Record<string, TestUser> = {};
const ROLE_NAMES = ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const;

beforeAll(async () => {
  t = await makeTestApp();
  api = new Api(t.app);
  [owner, admin, plain] = await Promise.all([makeUser(t.app), makeUser(t.app, { admin: true }), makeUser(t.app)]);
  for (const role of ROLE_NAMES) holders[role] = await makeUser(t.app);
});
afterAll(async () => t.close());

/** An event with every role handed out to the shared role holders. */
async function eventWithTeam(attributes: Record<string, unknown> = {}): Promise<TestEvent> {
  const event = await makeEvent(t.app, owner, attributes);
  for (const role of ROLE_NAMES) await grantRole(t.app, event, owner, holders[role], role);
  return event;
}

const callers = () => ({
  anonymous: undefined,
  plain,
  owner,
  organizer: holders.organizer,
  coorganizer: holders.coorganizer,
  track_organizer: holders.track_organizer,
  moderator: holders.moderator,
  registrar: holders.registrar,
  admin,
});

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const byPrefix = (prefix: string) => ({ name: 'name', op: 'ilike', val: `${prefix}%` });

/** Names of the events named `prefix...` that `who` sees in GET /v1/events. */
async function listedNames(who: TestUser | undefined, prefix: string, extra = ''): Promise<string[]> {
  const response = await api.as(who).get(`/v1/events?page[size]=0&sort=name&filter=${q([byPrefix(prefix)])}${extra}`);
  expect(response.status).toBe(200);
  return response.body.data.map((e: any) => e.attributes.name);
}

describe('POST /v1/events', () => {
  it('answers 401 to an anonymous caller', async () => {
    const response = await api.post('/v1/events', resource('event', { name: 'Nobody', 'starts-at': '2030-01-01T00:00:00Z', 'ends-at': '2030-01-02T00:00:00Z' }));

    expect(response.status).toBe(401);
    expect(response.body.errors).toEqual([{ status: '401', code: 'auth.required', title: 'Unauthorized', detail: 'Log in to create an event' }]);
  });

  it('creates a draft event with an 8-hex identifier and makes the creator its owner', async () => {
    const creator = await makeUser(t.app);

    const response = await api
      .as(creator)
      .post('/v1/events', resource('event', { name: 'FOSSASIA Summit', 'starts-at': '2030-03-01T09:00:00+08:00', 'ends-at': '2030-03-03T18:00:00+08:00', timezone: 'Asia/Singapore' }));

    expect(response.status).toBe(201);
    const { id, attributes } = response.body.data;
    expect(attributes.identifier).toMatch(/^(?=.*[a-f])[0-9a-f]{8}$/);
    expect([attributes.name, attributes['starts-at'], attributes['ends-at'], attributes.timezone, attributes.state, attributes.privacy]).toEqual([
      'FOSSASIA Summit',
      '2030-03-01T01:00:00.000Z',
      '2030-03-03T10:00:00.000Z',
      'Asia/Singapore',
      'draft',
      'public',
    ]);
    const roles = await api.as(creator).get(`/v1/events/${id}/users-events-roles`);
    expect(roles.status).toBe(200);
    expect(roles.body.data.map((r: any) => ({ role: r.attributes.role, user: r.relationships.user.data, event: r.relationships.event.data }))).toEqual([
      { role: 'owner', user: ref('user', creator.id), event: ref('event', id) },
    ]);
  });

  it('refuses an event that ends before it starts, pointing at ends-at', async () => {
    const response = await api
      .as(owner)
      .post('/v1/events', resource('event', { name: 'Backwards', 'starts-at': '2030-03-02T09:00:00Z', 'ends-at': '2030-03-01T09:00:00Z' }));

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      {
        status: '422',
        code: 'event.ends_before_start',
        title: 'Unprocessable Entity',
        detail: 'ends-at must be after starts-at',
        source: { pointer: '/data/attributes/ends-at' },
      },
    ]);
  });

  it('refuses a time zone that is not an IANA zone', async () => {
    const response = await api
      .as(owner)
      .post('/v1/events', resource('event', { name: 'Nowhere', 'starts-at': '2030-03-01T09:00:00Z', 'ends-at': '2030-03-02T09:00:00Z', timezone: 'Mars/Olympus_Mons' }));

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/attributes/timezone' });
  });

  it('refuses a body that is not application/vnd.api+json with 415', async () => {
    const response = await api.request('POST', '/v1/events', resource('event', { name: 'Plain JSON' }), { 'content-type': 'application/json' });

    expect(response.status).toBe(415);
  });
});

describe('GET /v1/events/{id|identifier}', () => {
  it('gives the same document by id and by identifier', async () => {
    const event = await makeEvent(t.app, owner, { name: 'Same either way' });

    const byId = await api.get(`/v1/events/${event.id}`);
    const byIdentifier = await api.get(`/v1/events/${event.identifier}`);

    expect(byId.status).toBe(200);
    expect(byIdentifier.body).toEqual(byId.body);
    expect(byId.body.data.attributes.identifier).toBe(event.identifier);
    expect(byId.body.links).toEqual({ self: `/v1/events/${event.id}` });
    expect(byId.body.jsonapi).toEqual({ version: '1.0' });
  });

  it('answers 404 for an unknown id or identifier', async () => {
    const statuses = [];
    for (const key of ['999999', 'abcdef12', 'not-a-key']) statuses.push((await api.get(`/v1/events/${key}`)).status);

    expect(statuses).toEqual([404, 404, 404]);
  });

  it('hides a draft event from anonymous callers and plain users, and shows it to every role holder', async () => {
    const event = await eventWithTeam({ state: 'draft' });
    const statuses: Record<string, number> = {};

    for (const [name, who] of Object.entries(callers())) statuses[name] = (await api.as(who).get(`/v1/events/${event.identifier}`)).status;

    expect(statuses).toEqual({
      anonymous: 404,
      plain: 404,
      owner: 200,
      organizer: 200,
      coorganizer: 200,
      track_organizer: 200,
      moderator: 200,
      registrar: 200,
      admin: 200,
    });
  });

  it('includes tracks and sessions with their speakers, leaving out sessions the public may not see', async () => {
    const event = await makeEvent(t.app, owner);
    const track = await make(t.app, owner, event, 'track', 'tracks', { name: 'Web', color: '#ff0000' });
    const speaker = await make(t.app, owner, event, 'speaker', 'speakers', { name: 'Hong Phuc', email: 'hp@example.org' });
    const accepted = await make(t.app, owner, event, 'session', 'sessions', { title: 'Keynote', state: 'accepted' }, { track: ref('track', track), speakers: [ref('speaker', speaker)] });
    await make(t.app, owner, event, 'session', 'sessions', { title: 'Still pending', state: 'pending' }, { track: ref('track', track) });

    const response = await api.get(`/v1/events/${event.id}?include=tracks,sessions.speakers`);

    expect(response.status).toBe(200);
    expect(response.body.data.relationships.tracks.data).toEqual([ref('track', track)]);
    expect(response.body.data.relationships.sessions.data).toEqual([ref('session', accepted)]);
    expect(response.body.included.map((r: any) => [r.type, r.id]).sort()).toEqual(
      [
        ['session', accepted],
        ['speaker', speaker],
        ['track', track],
      ].sort(),
    );
    const included = Object.fromEntries(response.body.included.map((r: any) => [r.type, r]));
    expect(included.session.relationships.speakers.data).toEqual([ref('speaker', speaker)]);
    expect(included.speaker.attributes.name).toBe('Hong Phuc');
    expect(included.speaker.attributes.email).toBeUndefined();
  });

  it('refuses an include that is not a relationship with 400', async () => {
    const event = await makeEvent(t.app, owner);

    const response = await api.get(`/v1/events/${event.id}?include=shoes`);

    expect(response.status).toBe(400);
    expect(response.body.errors[0].source).toEqual({ parameter: 'include' });
  });
});

describe('GET /v1/events visibility', () => {
  it('shows anonymous callers only published public events', async () => {
    const prefix = unique('Vis');
    await makeEvent(t.app, owner, { name: `${prefix} a published` });
    await makeEvent(t.app, owner, { name: `${prefix} b draft`, state: 'draft' });
    await makeEvent(t.app, owner, { name: `${prefix} c private`, privacy: 'private' });

    expect(await listedNames(undefined, prefix)).toEqual([`${prefix} a published`]);
    expect(await listedNames(plain, prefix)).toEqual([`${prefix} a published`]);
  });

  it('also shows a logged-in user the draft and private events they hold a role on', async () => {
    const prefix = unique('Mine');
    const member = await makeUser(t.app);
    await makeEvent(t.app, owner, { name: `${prefix} a published` });
    const draft = await makeEvent(t.app, owner, { name: `${prefix} b my draft`, state: 'draft' });
    await makeEvent(t.app, owner, { name: `${prefix} c other draft`, state: 'draft' });
    const hidden = await makeEvent(t.app, owner, { name: `${prefix} d my private`, privacy: 'private' });
    await grantRole(t.app, draft, owner, member, 'moderator');
    await grantRole(t.app, hidden, owner, member, 'registrar');

    expect(await listedNames(member, prefix)).toEqual([`${prefix} a published`, `${prefix} b my draft`, `${prefix} d my private`]);
  });

  it('shows an admin every event', async () => {
    const prefix = unique('Adm');
    await makeEvent(t.app, owner, { name: `${prefix} a published` });
    await makeEvent(t.app, owner, { name: `${prefix} b draft`, state: 'draft' });
    await makeEvent(t.app, owner, { name: `${prefix} c private`, privacy: 'private', state: 'draft' });

    expect(await listedNames(admin, prefix)).toEqual([`${prefix} a published`, `${prefix} b draft`, `${prefix} c private`]);
  });
});

describe('GET /v1/users/{id}/events', () => {
  it("lists the events a user holds a role on, drafts and private ones included, to that user and admins only", async () => {
    const member = await makeUser(t.app);
    const stranger = await makeUser(t.app);
    await makeEvent(t.app, owner, { name: unique('Not theirs') });
    const draft = await makeEvent(t.app, owner, { name: 'B draft they moderate', state: 'draft' });
    const hidden = await makeEvent(t.app, owner, { name: 'C private they register at', privacy: 'private' });
    const own = await makeEvent(t.app, member, { name: 'A their own' });
    await grantRole(t.app, draft, owner, member, 'moderator');
    await grantRole(t.app, hidden, owner, member, 'registrar');
    const url = `/v1/users/${member.id}/events?sort=name`;

    const [asMember, asAdmin, asStranger, anonymous] = await Promise.all([api.as(member).get(url), api.as(admin).get(url), api.as(stranger).get(url), api.get(url)]);

    expect(asMember.body.data.map((e: any) => e.attributes.name)).toEqual(['A their own', 'B draft they moderate', 'C private they register at']);
    expect(asMember.body.data.map((e: any) => e.id)).toEqual([own.id, draft.id, hidden.id]);
    expect(asAdmin.body.data.map((e: any) => e.id)).toEqual([own.id, draft.id, hidden.id]);
    expect([asStranger.status, asStranger.body.errors[0].code, anonymous.status]).toEqual([404, 'user.not_found', 404]);
  });
});

describe('PATCH /v1/events/{id}', () => {
  it('lets owner, organizer and coorganizer change the event, and nobody else', async () => {
    const event = await eventWithTeam();
    const statuses: Record<string, number> = {};

    for (const [name, who] of Object.entries(callers())) {
      const response = await api.as(who).patch(`/v1/events/${event.id}`, resource('event', { name: `Renamed by ${name}` }, {}, event.id));
      statuses[name] = response.status;
    }

    expect(statuses).toEqual({
      anonymous: 401,
      plain: 403,
      owner: 200,
      organizer: 200,
      coorganizer: 200,
      track_organizer: 403,
      moderator: 403,
      registrar: 403,
      admin: 200,
    });
    expect((await api.get(`/v1/events/${event.id}`)).body.data.attributes.name).toBe('Renamed by admin');
  });

  it('answers 404 to a plain user changing a draft event', async () => {
    const event = await makeEvent(t.app, owner, { state: 'draft' });

    const response = await api.as(plain).patch(`/v1/events/${event.id}`, resource('event', { name: 'Mine now' }, {}, event.id));

    expect(response.status).toBe(404);
  });

  it('accepts the identifier as data.id and publishes a draft', async () => {
    const event = await makeEvent(t.app, owner, { state: 'draft' });

    const response = await api.as(owner).patch(`/v1/events/${event.identifier}`, resource('event', { state: 'published' }, {}, event.identifier));

    expect(response.status).toBe(200);
    expect((await api.get(`/v1/events/${event.id}`)).body.data.attributes.state).toBe('published');
  });

  it('refuses an end before the stored start', async () => {
    const event = await makeEvent(t.app, owner);

    const response = await api.as(owner).patch(`/v1/events/${event.id}`, resource('event', { 'ends-at': '2030-02-01T00:00:00Z' }, {}, event.id));

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/attributes/ends-at' });
  });
});

describe('DELETE /v1/events/{id}', () => {
  it('lets only the owner delete; afterwards the event is 404 to everyone but an admin', async () => {
    const name = unique('Doomed');
    const event = await eventWithTeam({ name });

    const anonymous = await api.delete(`/v1/events/${event.id}`);
    const byPlain = await api.as(plain).delete(`/v1/events/${event.id}`);
    const byOrganizer = await api.as(holders.organizer).delete(`/v1/events/${event.id}`);
    const byCoorganizer = await api.as(holders.coorganizer).delete(`/v1/events/${event.id}`);
    const byOwner = await api.as(owner).delete(`/v1/events/${event.id}`);

    expect([anonymous.status, byPlain.status, byOrganizer.status, byCoorganizer.status, byOwner.status]).toEqual([401, 403, 403, 403, 200]);
    expect(byOwner.body).toEqual({ meta: { message: 'Object successfully deleted' }, jsonapi: { version: '1.0' } });
    const statuses: Record<string, number> = {};
    for (const [name, who] of Object.entries(callers())) statuses[name] = (await api.as(who).get(`/v1/events/${event.identifier}`)).status;
    expect(statuses).toEqual({
      anonymous: 404,
      plain: 404,
      owner: 404,
      organizer: 404,
      coorganizer: 404,
      track_organizer: 404,
      moderator: 404,
      registrar: 404,
      admin: 200,
    });
    expect((await api.as(owner).patch(`/v1/events/${event.id}`, resource('event', { name: 'Back' }, {}, event.id))).status).toBe(404);
    // Like the original without ?get_trashed: deleted events leave every list, an admin's too.
    expect(await listedNames(owner, name)).toEqual([]);
    expect(await listedNames(admin, name)).toEqual([]);
  });
});

describe('GET /v1/events query parameters', () => {
  let prefix: string;
  beforeAll(async () => {
    prefix = unique('Q');
    const dates = { a: '2030-05-01', b: '2030-06-01', c: '2030-06-01', d: '2030-07-01', e: '2030-08-01' };
    for (const [letter, day] of Object.entries(dates)) {
      await makeEvent(t.app, owner, { name: `${prefix} ${letter}`, 'starts-at': `${day}T09:00:00Z`, 'ends-at': `${day}T18:00:00Z` });
    }
  });
  const names = (body: any) => body.data.map((e: any) => e.attributes.name.slice(prefix.length + 1));
  const list = (params: string) => api.get(`/v1/events?filter=${q([byPrefix(prefix)])}&${params}`);
  const pageOf = (link: string | undefined) => (link === undefined ? undefined : new URL(link, 'http://x').searchParams.get('page[number]'));

  it('sorts by several fields, descending with a minus', async () => {
    const response = await list('sort=-starts-at,name');

    expect(names(response.body)).toEqual(['e', 'd', 'b', 'c', 'a']);
  });

  it('pages with first, prev, next and last links and the total in meta.count', async () => {
    const response = await list('sort=name&page[size]=2&page[number]=2');

    expect(names(response.body)).toEqual(['c', 'd']);
    expect(response.body.meta).toEqual({ count: 5 });
    const { self, first, prev, next, last } = response.body.links;
    expect([pageOf(first), pageOf(prev), pageOf(next), pageOf(last)]).toEqual(['1', '1', '3', '3']);
    expect(new URL(first, 'http://x').searchParams.get('page[size]')).toBe('2');
    expect(new URL(first, 'http://x').searchParams.get('filter')).toBe(JSON.stringify([byPrefix(prefix)]));
    expect(self).toBe(`/v1/events?filter=${q([byPrefix(prefix)])}&sort=name&page[size]=2&page[number]=2`);
  });

  it('leaves out next on the last page and prev on the first', async () => {
    const lastPage = await list('sort=name&page[size]=2&page[number]=3');
    const firstPage = await list('sort=name&page[size]=2');

    expect(names(lastPage.body)).toEqual(['e']);
    expect([pageOf(lastPage.body.links.prev), pageOf(lastPage.body.links.next)]).toEqual(['2', undefined]);
    expect([pageOf(firstPage.body.links.prev), pageOf(firstPage.body.links.next)]).toEqual([undefined, '2']);
  });

  it('returns every row for page[size]=0', async () => {
    const response = await list('sort=name&page[size]=0');

    expect(names(response.body)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(response.body.meta).toEqual({ count: 5 });
  });

  it('returns only the requested attributes for fields[event]', async () => {
    const response = await list('sort=name&page[size]=1&fields[event]=name');

    expect(response.body.data).toEqual([
      { type: 'event', id: response.body.data[0].id, attributes: { name: `${prefix} a` }, links: { self: `/v1/events/${response.body.data[0].id}` } },
    ]);
    expect(response.body.jsonapi).toEqual({ version: '1.0' });
  });

  it('refuses an unknown field in fields[event] with 400', async () => {
    const response = await list('fields[event]=name,shoe-size');

    expect(response.status).toBe(400);
    expect(response.body.errors[0].source).toEqual({ parameter: 'fields[event]' });
  });

  it.each([
    ['eq', [{ name: 'name', op: 'eq', val: 'PREFIX b' }], ['b']],
    ['ne', [{ name: 'name', op: 'ne', val: 'PREFIX b' }], ['a', 'c', 'd', 'e']],
    ['lt on starts-at', [{ name: 'starts-at', op: 'lt', val: '2030-06-01T09:00:00Z' }], ['a']],
    ['gt on starts_at', [{ name: 'starts_at', op: 'gt', val: '2030-06-01T09:00:00Z' }], ['d', 'e']],
    ['ge and le', [{ name: 'starts-at', op: 'ge', val: '2030-06-01T09:00:00Z' }, { name: 'starts-at', op: 'le', val: '2030-07-01T09:00:00Z' }], ['b', 'c', 'd']],
    ['in_', [{ name: 'name', op: 'in_', val: ['PREFIX a', 'PREFIX e', 'elsewhere'] }], ['a', 'e']],
    ['ilike, ignoring case', [{ name: 'name', op: 'ilike', val: 'prefix _' }], ['a', 'b', 'c', 'd', 'e']],
    ['or node', [{ or: [{ name: 'name', op: 'eq', val: 'PREFIX a' }, { name: 'starts-at', op: 'gt', val: '2030-07-15T00:00:00Z' }] }], ['a', 'e']],
    ['not node', [{ not: { name: 'starts-at', op: 'eq', val: '2030-06-01T09:00:00Z' } }], ['a', 'd', 'e']],
    [
      'and inside or inside not',
      [{ not: { or: [{ and: [{ name: 'starts-at', op: 'ge', val: '2030-06-01T00:00:00Z' }, { name: 'name', op: 'ne', val: 'PREFIX c' }] }, { name: 'name', op: 'eq', val: 'PREFIX a' }] } }],
      ['c'],
    ],
  ])('filters with %s', async (_label, nodes, expected) => {
    const filter = JSON.parse(JSON.stringify(nodes).replaceAll('PREFIX', prefix).replaceAll('prefix', prefix.toLowerCase()));

    const response = await api.get(`/v1/events?sort=name&page[size]=0&filter=${q([byPrefix(prefix), ...filter])}`);

    expect(response.status).toBe(200);
    expect(names(response.body)).toEqual(expected);
  });

  it('refuses a filter on an unknown field with 400 naming the field', async () => {
    const response = await api.get(`/v1/events?filter=${q([{ name: 'shoe-size', op: 'eq', val: 42 }])}`);

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { status: '400', code: 'invalid_filter', title: 'Bad Request', detail: 'Cannot filter events by "shoe-size"', source: { parameter: 'filter' } },
    ]);
  });

  it('refuses a filter that is not JSON with 400', async () => {
    const response = await api.get(`/v1/events?filter=${encodeURIComponent('[{"name": "name"')}`);

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { status: '400', code: 'invalid_filter', title: 'Bad Request', detail: 'Invalid filter: not valid JSON', source: { parameter: 'filter' } },
    ]);
  });

  it('refuses an unknown filter operator with 400', async () => {
    const response = await api.get(`/v1/events?filter=${q([{ name: 'name', op: 'between', val: 1 }])}`);

    expect(response.status).toBe(400);
    expect(response.body.errors[0].source).toEqual({ parameter: 'filter' });
  });

  it('refuses a sort on an unknown field with 400', async () => {
    const response = await api.get('/v1/events?sort=-shoe-size');

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { status: '400', code: 'invalid_sort', title: 'Bad Request', detail: 'Cannot sort events by "shoe-size"', source: { parameter: 'sort' } },
    ]);
  });

  it('refuses an unknown query parameter with 400', async () => {
    const response = await api.get('/v1/events?limit=5');

    expect(response.status).toBe(400);
    expect(response.body.errors[0].source).toEqual({ parameter: 'limit' });
  });
});

describe('embedded database in DATA_DIR', () => {
  it('keeps its data across a restart and refuses a second opener while in use', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-restart-'));
    const config = loadConfig({}, { dataDir, databaseUrl: undefined });
    const email = `${unique('restart')}@example.org`;
    try {
      const first = await openDatabase({ dataDir, command: 'vitest' });
      const app1 = await buildApp({ database: first, config, jwtSecret: 'restart-secret' });
      const created = await new Api(app1).post('/v1/users', resource('user', { email, password: 'survives restarts' }));
      await app1.close();
      await first.close();

      const second = await openDatabase({ dataDir, command: 'vitest' });
      try {
        const app2 = await buildApp({ database: second, config, jwtSecret: 'restart-secret' });
        const token = await login(app2, email, 'survives restarts');
        const found = await new Api(app2, token).get(`/v1/users/${created.body.data.id}`);
        const locked = openDatabase({ dataDir });
        await app2.close();

        expect(created.status).toBe(201);
        expect([found.status, found.body.data.attributes.email]).toEqual([200, email]);
        await expect(locked).rejects.toBeInstanceOf(LockedError);
        await expect(locked).rejects.toThrow(
          `The embedded database is in use by process ${process.pid} (vitest; lock file ${path.join(dataDir, 'convene.lock')}). ` +
            'Stop it before starting another; to add workers, run `npm run worker`, which joins the running server.',
        );
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
