// Sessions and speakers: relationships, who sees which session states, includes, the privacy of a speaker's
// e-mail and mobile (per caller, per row, also through include), filters, sorting and pagination links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, make, makeEvent, makeUser, ref, resource, unique, type TestEvent, type TestUser } from '../support/client.js';

/** The linkage of each relationship (their links are checked in test/http/compat.test.ts). */
const linkageOf = (relationships: Record<string, { data?: unknown }>) => Object.fromEntries(Object.entries(relationships).map(([name, value]) => [name, value.data]));

let t: TestApp;
let event: TestEvent;
const users: Record<string, TestUser> = {};
const ids: Record<string, string> = {};

/** A caller by name; "anonymous" has no token. */
function as(name: string): Api {
  return new Api(t.app, name === 'anonymous' ? undefined : users[name].token);
}

const filterParam = (filter: unknown) => `filter=${encodeURIComponent(JSON.stringify(filter))}`;
const idsOf = (body: { data: { id: string }[] }) => body.data.map((r) => r.id);
const titlesOf = (body: { data: { attributes: { title: string } }[] }) => body.data.map((r) => r.attributes.title);

const ROLES = ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const;
const PUBLIC_TITLES = ['Keynote', 'Opening remarks', 'Building APIs', 'Cancelled talk'];
const ALL_TITLES = [...PUBLIC_TITLES, 'Pending idea', 'Rejected pitch', 'Withdrawn talk', 'Draft notes'];

beforeAll(async () => {
  t = await makeTestApp();
  const names = ['owner', ...ROLES, 'plain', 'aliceUser', 'bobUser', 'carolUser'];
  const made = await Promise.all([
    ...names.map((name) =>
      // The speaker matched by e-mail signs up with different letter case: e-mails compare case-insensitively.
      makeUser(t.app, name === 'aliceUser' ? { email: `Alice.${unique()}@Example.org` } : {}),
    ),
    makeUser(t.app, { admin: true }),
  ]);
  names.forEach((name, i) => (users[name] = made[i]));
  users.admin = made[names.length];
  const owner = users.owner;
  event = await makeEvent(t.app, owner);

  ids.web = await make(t.app, owner, event, 'track', 'tracks', { name: 'Web', color: '#ffffff' });
  ids.data = await make(t.app, owner, event, 'track', 'tracks', { name: 'Data', color: '#000000' });
  ids.hall = await make(t.app, owner, event, 'microlocation', 'microlocations', { name: 'Hall A', floor: 1 });
  ids.talk = await make(t.app, owner, event, 'session-type', 'session-types', { name: 'Talk', length: '00:45' });
  for (const role of ROLES) await grantRole(t.app, event, owner, users[role], role, role === 'track_organizer' ? ids.web : undefined);

  ids.alice = await make(t.app, owner, event, 'speaker', 'speakers', {
    name: 'Alice Example',
    email: users.aliceUser.email.toLowerCase(),
    mobile: '+65 1111 1111',
    organisation: 'FOSSASIA',
  });
  ids.bob = await make(t.app, owner, event, 'speaker', 'speakers', { name: 'Bob Example', email: 'bob@example.net', mobile: '+65 2222 2222' }, { user: ref('user', users.bobUser.id) });
  ids.carol = await make(t.app, owner, event, 'speaker', 'speakers', { name: 'Carol Example', email: users.carolUser.email, mobile: '+65 3333 3333' });
  ids.dave = await make(t.app, owner, event, 'speaker', 'speakers', { name: 'Dave Example', email: 'dave@example.net' });

  const session = (title: string, state: string, starts: string | null, ends: string | null, rels: Record<string, unknown>) =>
    make(t.app, owner, event, 'session', 'sessions', { title, state, 'starts-at': starts, 'ends-at': ends }, rels);
  const speakers = (...names: string[]) => names.map((name) => ref('speaker', ids[name]));
  ids.keynote = await session('Keynote', 'accepted', '2030-03-01T09:00:00.000Z', '2030-03-01T10:00:00.000Z', {
    track: ref('track', ids.web),
    microlocation: ref('microlocation', ids.hall),
    'session-type': ref('session-type', ids.talk),
    speakers: speakers('bob', 'alice'),
  });
  ids.opening = await session('Opening remarks', 'accepted', '2030-03-01T09:00:00.000Z', '2030-03-01T09:15:00.000Z', {
    track: ref('track', ids.data),
    microlocation: ref('microlocation', ids.hall),
  });
  ids.building = await session('Building APIs', 'confirmed', '2030-03-01T11:00:00.000Z', '2030-03-01T12:00:00.000Z', {
    track: ref('track', ids.web),
    speakers: speakers('alice'),
  });
  ids.cancelled = await session('Cancelled talk', 'canceled', '2030-03-02T09:00:00.000Z', '2030-03-02T10:00:00.000Z', {
    track: ref('track', ids.data),
    speakers: speakers('bob'),
  });
  ids.pending = await session('Pending idea', 'pending', '2030-03-02T11:00:00.000Z', '2030-03-02T12:00:00.000Z', {
    track: ref('track', ids.data),
    speakers: speakers('carol'),
  });
  ids.rejected = await session('Rejected pitch', 'rejected', '2030-03-02T13:00:00.000Z', '2030-03-02T14:00:00.000Z', {});
  ids.withdrawn = await session('Withdrawn talk', 'withdrawn', '2030-03-03T09:00:00.000Z', '2030-03-03T10:00:00.000Z', {});
  ids.draft = await session('Draft notes', 'draft', null, null, { track: ref('track', ids.web) });
});
afterAll(async () => t.close());

describe('writing sessions', () => {
  it('creates a session linked to a track, a room, a session type and speakers', async () => {
    const owner = users.owner;
    const other = await makeEvent(t.app, owner);
    const track = await make(t.app, owner, other, 'track', 'tracks', { name: 'Main', color: '#123456' });
    const room = await make(t.app, owner, other, 'microlocation', 'microlocations', { name: 'Room 1' });
    const type = await make(t.app, owner, other, 'session-type', 'session-types', { name: 'Workshop', length: '02:00' });
    const speaker = await make(t.app, owner, other, 'speaker', 'speakers', { name: 'Erin' });

    const created = await as('owner').post(
      '/v1/sessions',
      resource(
        'session',
        { title: 'Hands-on', state: 'accepted', level: 'Beginner', 'starts-at': '2030-03-01T13:00:00Z', 'ends-at': '2030-03-01T15:00:00Z' },
        {
          event: ref('event', other.id),
          track: ref('track', track),
          microlocation: ref('microlocation', room),
          'session-type': ref('session-type', type),
          speakers: [ref('speaker', speaker)],
        },
      ),
    );
    const read = await as('anonymous').get(`/v1/sessions/${created.body.data.id}?include=speakers`);

    expect(created.status).toBe(201);
    expect(created.body.data.attributes).toMatchObject({
      title: 'Hands-on',
      state: 'accepted',
      level: 'Beginner',
      'starts-at': '2030-03-01T13:00:00.000Z',
      'ends-at': '2030-03-01T15:00:00.000Z',
    });
    expect(linkageOf(read.body.data.relationships)).toEqual({
      event: { type: 'event', id: other.id },
      track: { type: 'track', id: track },
      microlocation: { type: 'microlocation', id: room },
      'session-type': { type: 'session-type', id: type },
      speakers: [{ type: 'speaker', id: speaker }],
    });
    expect(read.body.included.map((r: { id: string }) => r.id)).toEqual([speaker]);
  });

  it.each([
    ['before', '2030-03-01T10:00:00Z', '2030-03-01T09:00:00Z'],
    ['equal to', '2030-03-01T10:00:00Z', '2030-03-01T10:00:00Z'],
  ])('refuses ends-at %s starts-at', async (_how, starts, ends) => {
    const response = await as('owner').post(
      '/v1/sessions',
      resource('session', { title: 'Backwards', 'starts-at': starts, 'ends-at': ends }, { event: ref('event', event.id) }),
    );

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      {
        status: '422',
        code: 'session.ends_before_start',
        title: 'Unprocessable Entity',
        detail: 'ends-at must be after starts-at',
        source: { pointer: '/data/attributes/ends-at' },
      },
    ]);
  });

  it('refuses a PATCH that moves starts-at past the stored ends-at', async () => {
    const response = await as('owner').patch(
      `/v1/sessions/${ids.keynote}`,
      resource('session', { 'starts-at': '2030-03-01T10:30:00Z' }, {}, ids.keynote),
    );

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/attributes/ends-at' });
    expect((await as('owner').get(`/v1/sessions/${ids.keynote}`)).body.data.attributes['starts-at']).toBe('2030-03-01T09:00:00.000Z');
  });
});

describe('who sees which sessions', () => {
  it.each(['anonymous', 'plain'])('shows %s only accepted, confirmed and canceled sessions', async (caller) => {
    const response = await as(caller).get(`/v1/events/${event.id}/sessions`);

    expect(response.status).toBe(200);
    expect(titlesOf(response.body)).toEqual(PUBLIC_TITLES);
    expect(response.body.meta).toEqual({ count: 4 });
  });

  it.each(['owner', ...ROLES, 'admin'])('shows the %s sessions in every state', async (caller) => {
    const response = await as(caller).get(`/v1/events/${event.id}/sessions`);

    expect(titlesOf(response.body)).toEqual(ALL_TITLES);
  });

  it('answers 404 for a pending session to the public and 200 to a moderator', async () => {
    const anonymous = await as('anonymous').get(`/v1/sessions/${ids.pending}`);
    const plain = await as('plain').get(`/v1/sessions/${ids.pending}`);
    const moderator = await as('moderator').get(`/v1/sessions/${ids.pending}`);

    expect(anonymous.status).toBe(404);
    expect(plain.status).toBe(404);
    expect(moderator.status).toBe(200);
    expect(moderator.body.data.attributes.title).toBe('Pending idea');
  });
});

describe('includes', () => {
  it('includes speakers, track and room of the visible sessions', async () => {
    const response = await as('anonymous').get(`/v1/events/${event.id}/sessions?include=speakers,track,microlocation`);

    expect(response.status).toBe(200);
    expect(linkageOf(response.body.data[0].relationships)).toEqual({
      event: { type: 'event', id: event.id },
      track: { type: 'track', id: ids.web },
      microlocation: { type: 'microlocation', id: ids.hall },
      'session-type': { type: 'session-type', id: ids.talk },
      speakers: [{ type: 'speaker', id: ids.alice }, { type: 'speaker', id: ids.bob }],
    });
    expect(response.body.data.map((s: { relationships: { speakers: { data: { id: string }[] } } }) => s.relationships.speakers.data.map((d) => d.id))).toEqual([
      [ids.alice, ids.bob],
      [],
      [ids.alice],
      [ids.bob],
    ]);
    expect(response.body.included.map((r: { type: string; id: string }) => `${r.type}:${r.id}`).sort()).toEqual(
      [`speaker:${ids.alice}`, `speaker:${ids.bob}`, `track:${ids.web}`, `track:${ids.data}`, `microlocation:${ids.hall}`].sort(),
    );
  });

  it('follows event → sessions → speakers and keeps to the public schedule', async () => {
    const response = await as('anonymous').get(`/v1/events/${event.identifier}?include=sessions.speakers`);

    expect(response.status).toBe(200);
    expect(response.body.data.relationships.sessions).toEqual({
      data: [ids.keynote, ids.opening, ids.building, ids.cancelled].map((id) => ({ type: 'session', id })),
      links: { self: `/v1/events/${event.id}/relationships/sessions`, related: `/v1/events/${event.id}/sessions` },
    });
    expect(response.body.included.map((r: { type: string; id: string }) => `${r.type}:${r.id}`)).toEqual([
      `session:${ids.keynote}`,
      `session:${ids.opening}`,
      `session:${ids.building}`,
      `session:${ids.cancelled}`,
      `speaker:${ids.alice}`,
      `speaker:${ids.bob}`,
    ]);
  });

  it('includes only the public sessions of a speaker', async () => {
    const anonymous = await as('anonymous').get(`/v1/speakers/${ids.bob}?include=sessions`);

    expect(anonymous.body.data.relationships.sessions.data).toEqual([{ type: 'session', id: ids.keynote }, { type: 'session', id: ids.cancelled }]);
  });
});

describe('speaker e-mail and mobile', () => {
  async function aliceAs(caller: string) {
    const response = await as(caller).get(`/v1/speakers/${ids.alice}`);
    expect(response.status).toBe(200);
    return response.body.data.attributes as Record<string, unknown>;
  }

  it.each(['anonymous', 'plain', 'registrar', 'moderator', 'track_organizer', 'bobUser'])('hides them from %s', async (caller) => {
    const full = await aliceAs('owner');
    const { email: _email, mobile: _mobile, ...publicView } = full;

    expect(await aliceAs(caller)).toEqual(publicView);
  });

  it.each(['owner', 'organizer', 'coorganizer', 'admin', 'aliceUser'])('shows them to %s', async (caller) => {
    const attributes = await aliceAs(caller);

    expect([attributes.email, attributes.mobile]).toEqual([users.aliceUser.email.toLowerCase(), '+65 1111 1111']);
  });

  it('shows them to a speaker linked by relationships.user, for his own profile only', async () => {
    const own = await as('bobUser').get(`/v1/speakers/${ids.bob}`);
    const list = await as('bobUser').get(`/v1/events/${event.id}/speakers`);

    expect([own.body.data.attributes.email, own.body.data.attributes.mobile]).toEqual(['bob@example.net', '+65 2222 2222']);
    expect(list.body.data.map((s: { attributes: Record<string, unknown> }) => [s.attributes.name, s.attributes.email])).toEqual([
      ['Alice Example', undefined],
      ['Bob Example', 'bob@example.net'],
    ]);
  });

  it('hides them in speakers reached through include=speakers by an anonymous caller', async () => {
    const response = await as('anonymous').get(`/v1/events/${event.id}/sessions?include=speakers`);

    const speakers = response.body.included.filter((r: { type: string }) => r.type === 'speaker');
    expect(speakers.map((s: { attributes: Record<string, unknown> }) => ['email' in s.attributes, 'mobile' in s.attributes])).toEqual([
      [false, false],
      [false, false],
    ]);
  });

  it('shows them through include only on the rows the caller may see privately', async () => {
    const asAlice = await as('aliceUser').get(`/v1/sessions/${ids.keynote}?include=speakers`);
    const asCoorganizer = await as('coorganizer').get(`/v1/events/${event.identifier}?include=sessions.speakers`);

    expect(asAlice.body.included.map((s: { attributes: Record<string, unknown> }) => [s.attributes.name, s.attributes.email])).toEqual([
      ['Alice Example', users.aliceUser.email.toLowerCase()],
      ['Bob Example', undefined],
    ]);
    const speakers = asCoorganizer.body.included.filter((r: { type: string }) => r.type === 'speaker');
    expect(speakers.map((s: { attributes: Record<string, unknown> }) => s.attributes.mobile)).toEqual(['+65 1111 1111', '+65 2222 2222', '+65 3333 3333']);
  });
});

describe('filtering speakers by e-mail', () => {
  const byEmail = () => filterParam([{ name: 'email', op: 'eq', val: 'bob@example.net' }]);

  it.each(['anonymous', 'plain', 'registrar', 'moderator', 'track_organizer'])('is a 400 for %s, who cannot see e-mails', async (caller) => {
    const response = await as(caller).get(`/v1/events/${event.id}/speakers?${byEmail()}`);

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { status: '400', code: 'invalid_filter', title: 'Bad Request', detail: 'Cannot filter speakers by "email"', source: { parameter: 'filter' } },
    ]);
  });

  it.each(['owner', 'organizer', 'coorganizer', 'admin'])('finds the speaker for %s', async (caller) => {
    const response = await as(caller).get(`/v1/events/${event.id}/speakers?${byEmail()}`);

    expect(response.status).toBe(200);
    expect(idsOf(response.body)).toEqual([ids.bob]);
  });
});

describe('speakers without public sessions', () => {
  it.each(['anonymous', 'plain'])('are left out of the list for %s', async (caller) => {
    const response = await as(caller).get(`/v1/events/${event.id}/speakers`);

    expect(idsOf(response.body)).toEqual([ids.alice, ids.bob]);
    expect(response.body.meta).toEqual({ count: 2 });
  });

  it('are listed for anyone with a role on the event', async () => {
    const response = await as('registrar').get(`/v1/events/${event.id}/speakers`);

    expect(idsOf(response.body)).toEqual([ids.alice, ids.bob, ids.carol, ids.dave]);
  });

  it('read as 404 for the public', async () => {
    expect((await as('anonymous').get(`/v1/speakers/${ids.carol}`)).status).toBe(404);
    expect((await as('plain').get(`/v1/speakers/${ids.dave}`)).status).toBe(404);
  });

  it('remain visible, with e-mail and mobile, to the speaker matched by e-mail', async () => {
    const response = await as('carolUser').get(`/v1/speakers/${ids.carol}`);

    expect(response.status).toBe(200);
    expect([response.body.data.attributes.email, response.body.data.attributes.mobile]).toEqual([users.carolUser.email, '+65 3333 3333']);
  });
});

describe('filtering, sorting and paging sessions', () => {
  it('filters by state', async () => {
    const filter = filterParam([{ name: 'state', op: 'eq', val: 'accepted' }]);

    const response = await as('owner').get(`/v1/events/${event.id}/sessions?${filter}`);

    expect(idsOf(response.body)).toEqual([ids.keynote, ids.opening]);
  });

  it('does not reveal hidden states through a filter', async () => {
    const filter = filterParam([{ name: 'state', op: 'eq', val: 'pending' }]);

    const response = await as('anonymous').get(`/v1/events/${event.id}/sessions?${filter}`);

    expect(response.body.data).toEqual([]);
    expect(response.body.meta).toEqual({ count: 0 });
  });

  it('filters by the id of the track relationship', async () => {
    const filter = filterParam([{ name: 'track', op: 'eq', val: ids.web }]);

    const owner = await as('owner').get(`/v1/events/${event.id}/sessions?${filter}`);
    const anonymous = await as('anonymous').get(`/v1/events/${event.id}/sessions?${filter}`);

    expect(idsOf(owner.body)).toEqual([ids.keynote, ids.building, ids.draft]);
    expect(idsOf(anonymous.body)).toEqual([ids.keynote, ids.building]);
  });

  it('sorts by -starts-at, then title, with sessions without a time last', async () => {
    const owner = await as('owner').get(`/v1/events/${event.id}/sessions?sort=-starts-at,title`);
    const anonymous = await as('anonymous').get(`/v1/events/${event.id}/sessions?sort=-starts-at,title`);

    expect(titlesOf(owner.body)).toEqual([
      'Withdrawn talk',
      'Rejected pitch',
      'Pending idea',
      'Cancelled talk',
      'Building APIs',
      'Keynote',
      'Opening remarks',
      'Draft notes',
    ]);
    expect(titlesOf(anonymous.body)).toEqual(['Cancelled talk', 'Building APIs', 'Keynote', 'Opening remarks']);
  });

  it('links to the first, previous and last page from the last page', async () => {
    const base = `/v1/events/${event.id}/sessions`;
    const url = `${base}?page[size]=3&page[number]=2`;
    const page = (n: number) => `${base}?page%5Bsize%5D=3&page%5Bnumber%5D=${n}`;

    const response = await as('anonymous').get(url);

    expect(titlesOf(response.body)).toEqual(['Cancelled talk']);
    expect(response.body.meta).toEqual({ count: 4 });
    expect(response.body.links).toEqual({ self: url, first: page(1), last: page(2), prev: page(1) });
  });

  it('links to the next page from the first page and keeps the other parameters', async () => {
    const base = `/v1/events/${event.id}/sessions`;
    const url = `${base}?sort=title&page[size]=2`;
    const page = (n: number) => `${base}?sort=title&page%5Bsize%5D=2&page%5Bnumber%5D=${n}`;

    const response = await as('owner').get(url);

    expect(titlesOf(response.body)).toEqual(['Building APIs', 'Cancelled talk']);
    expect(response.body.meta).toEqual({ count: 8 });
    expect(response.body.links).toEqual({ self: url, first: page(1), last: page(4), next: page(2) });
  });
});
