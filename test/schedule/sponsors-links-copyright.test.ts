// Sponsors, social links and the event copyright (one per event, also reachable as
// /v1/events/{id}/event-copyright), and who may write sponsors: every role, admins and strangers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, make, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let ownerApi: Api;

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  ownerApi = new Api(t.app, owner.token);
});
afterAll(async () => t.close());

const DELETED = { meta: { message: 'Object successfully deleted' }, jsonapi: { version: '1.0' } };

function post(type: string, path: string, event: TestEvent, attributes: Record<string, unknown>, api: Api = ownerApi) {
  return api.post(`/v1/${path}`, resource(type, attributes, { event: ref('event', event.id) }));
}

const pointers = (body: { errors: { source: { pointer: string } }[] }) => [...new Set(body.errors.map((e) => e.source.pointer))];

describe('sponsors', () => {
  it('stores level, type and url', async () => {
    const event = await makeEvent(t.app, owner);

    const response = await post('sponsor', 'sponsors', event, { name: 'Acme', level: 1, type: 'Gold', url: 'https://acme.example.com/' });

    expect(response.status).toBe(201);
    expect(response.body.data).toEqual({
      type: 'sponsor',
      id: response.body.data.id,
      attributes: { name: 'Acme', url: 'https://acme.example.com/', 'logo-url': null, level: 1, type: 'Gold', description: null, position: 0, 'deleted-at': null },
      relationships: {
        event: { data: { type: 'event', id: event.id }, links: { self: `/v1/sponsors/${response.body.data.id}/relationships/event`, related: `/v1/sponsors/${response.body.data.id}/event` } },
      },
      links: { self: `/v1/sponsors/${response.body.data.id}` },
    });
  });

  it('lists sponsors by level, then position, then name', async () => {
    const event = await makeEvent(t.app, owner);
    const silver = await make(t.app, owner, event, 'sponsor', 'sponsors', { name: 'Silverline', level: 2 });
    const goldB = await make(t.app, owner, event, 'sponsor', 'sponsors', { name: 'Bright', level: 1, position: 1 });
    const goldA = await make(t.app, owner, event, 'sponsor', 'sponsors', { name: 'Zenith', level: 1, position: 0 });
    const goldC = await make(t.app, owner, event, 'sponsor', 'sponsors', { name: 'Able', level: 1, position: 1 });

    const response = await new Api(t.app).get(`/v1/events/${event.identifier}/sponsors`);

    expect(response.body.data.map((s: { id: string }) => s.id)).toEqual([goldA, goldC, goldB, silver]);
  });

  it('changes and soft-deletes a sponsor', async () => {
    const event = await makeEvent(t.app, owner);
    const id = await make(t.app, owner, event, 'sponsor', 'sponsors', { name: 'Acme', level: 3, type: 'Bronze' });

    const patched = await ownerApi.patch(`/v1/sponsors/${id}`, resource('sponsor', { level: 1, type: 'Gold' }, {}, id));
    const deleted = await ownerApi.delete(`/v1/sponsors/${id}`);

    expect(patched.body.data.attributes).toMatchObject({ name: 'Acme', level: 1, type: 'Gold' });
    expect(deleted.body).toEqual(DELETED);
    expect((await ownerApi.get(`/v1/sponsors/${id}`)).status).toBe(404);
    expect((await ownerApi.get(`/v1/events/${event.id}/sponsors`)).body.data).toEqual([]);
  });

  it.each([
    ['url', 'acme dot com'],
    ['url', 'javascript:alert(1)'],
    ['logo-url', 'data:image/png;base64,AAAA'],
    ['level', -1],
    ['level', 'gold'],
  ])('refuses %s %j', async (name, value) => {
    const event = await makeEvent(t.app, owner);

    const response = await post('sponsor', 'sponsors', event, { name: 'Bad', [name]: value });

    expect(response.status).toBe(422);
    expect(pointers(response.body)).toEqual([`/data/attributes/${name}`]);
  });
});

describe('social links', () => {
  it('stores a name and a link', async () => {
    const event = await makeEvent(t.app, owner);

    const response = await post('social-link', 'social-links', event, { name: 'GitHub', link: 'https://github.com/fossasia' });

    expect(response.status).toBe(201);
    expect(response.body.data.attributes).toEqual({ name: 'GitHub', link: 'https://github.com/fossasia', 'deleted-at': null });
    expect((await new Api(t.app).get(`/v1/events/${event.id}/social-links`)).body.data).toEqual([response.body.data]);
  });

  it('requires the link', async () => {
    const event = await makeEvent(t.app, owner);

    const response = await post('social-link', 'social-links', event, { name: 'Mastodon' });

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      { status: '422', code: 'validation', title: 'Unprocessable Entity', detail: 'Missing required field "link"', source: { pointer: '/data/attributes/link' } },
    ]);
  });

  it.each(['not a url', 'javascript:alert(1)', 'data:text/html,<b>x</b>', '', 'https://exa mple.org'])('refuses the link %j', async (link) => {
    const event = await makeEvent(t.app, owner);

    const response = await post('social-link', 'social-links', event, { name: 'Odd', link });

    expect(response.status).toBe(422);
    expect(pointers(response.body)).toEqual(['/data/attributes/link']);
  });

  it('refuses a PATCH to a null link and keeps the old one', async () => {
    const event = await makeEvent(t.app, owner);
    const id = await make(t.app, owner, event, 'social-link', 'social-links', { name: 'Site', link: 'https://example.org/' });

    const response = await ownerApi.patch(`/v1/social-links/${id}`, resource('social-link', { link: null }, {}, id));

    expect(response.status).toBe(422);
    expect(pointers(response.body)).toEqual(['/data/attributes/link']);
    expect((await ownerApi.get(`/v1/social-links/${id}`)).body.data.attributes.link).toBe('https://example.org/');
  });
});

describe('event copyright', () => {
  const licence = {
    holder: 'FOSSASIA',
    'holder-url': 'https://fossasia.org',
    licence: 'CC BY-SA 4.0',
    'licence-url': 'https://creativecommons.org/licenses/by-sa/4.0/',
    year: 2030,
    'logo-url': null,
  };

  it('creates the copyright and serves it under the event by id and by identifier', async () => {
    const event = await makeEvent(t.app, owner);

    const created = await post('event-copyright', 'event-copyrights', event, licence);
    const byId = await new Api(t.app).get(`/v1/events/${event.id}/event-copyright`);
    const byIdentifier = await new Api(t.app).get(`/v1/events/${event.identifier}/event-copyright`);

    expect(created.status).toBe(201);
    expect(created.body.data.attributes).toEqual({ ...licence, 'deleted-at': null });
    expect(byId.status).toBe(200);
    expect(byId.body.data).toEqual(created.body.data);
    expect(byIdentifier.body).toEqual(byId.body);
  });

  it('refuses a second copyright for the same event', async () => {
    const event = await makeEvent(t.app, owner);
    await make(t.app, owner, event, 'event-copyright', 'event-copyrights', licence);

    const second = await post('event-copyright', 'event-copyrights', event, { licence: 'MIT' });

    expect(second.status).toBe(409);
    expect(second.body.errors).toEqual([
      {
        status: '409',
        code: 'event-copyright.exists',
        title: 'Conflict',
        detail: 'This event already has a copyright',
        source: { pointer: '/data/relationships/event' },
      },
    ]);
    expect((await ownerApi.get(`/v1/events/${event.id}/event-copyright`)).body.data.attributes.licence).toBe('CC BY-SA 4.0');
  });

  it('changes the copyright through the event route', async () => {
    const event = await makeEvent(t.app, owner);
    const id = await make(t.app, owner, event, 'event-copyright', 'event-copyrights', licence);

    const patched = await ownerApi.patch(`/v1/events/${event.identifier}/event-copyright`, resource('event-copyright', { year: 2031 }, {}, id));
    const read = await new Api(t.app).get(`/v1/event-copyrights/${id}`);

    expect(patched.status).toBe(200);
    expect(read.body.data.attributes).toEqual({ ...licence, year: 2031, 'deleted-at': null });
  });

  it('refuses a PATCH through the event route whose data.id is another copyright', async () => {
    const event = await makeEvent(t.app, owner);
    const id = await make(t.app, owner, event, 'event-copyright', 'event-copyrights', licence);
    const other = await make(t.app, owner, await makeEvent(t.app, owner), 'event-copyright', 'event-copyrights', licence);

    const response = await ownerApi.patch(`/v1/events/${event.id}/event-copyright`, resource('event-copyright', { year: 1999 }, {}, other));

    expect(response.status).toBe(409);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/id' });
    expect((await ownerApi.get(`/v1/event-copyrights/${id}`)).body.data.attributes.year).toBe(2030);
    expect((await ownerApi.get(`/v1/event-copyrights/${other}`)).body.data.attributes.year).toBe(2030);
  });

  it('deletes the copyright through the event route, after which a new one can be created', async () => {
    const event = await makeEvent(t.app, owner);
    const first = await make(t.app, owner, event, 'event-copyright', 'event-copyrights', licence);

    const deleted = await ownerApi.delete(`/v1/events/${event.id}/event-copyright`);
    const gone = await ownerApi.get(`/v1/events/${event.id}/event-copyright`);
    const again = await post('event-copyright', 'event-copyrights', event, { licence: 'CC0 1.0' });
    const current = await ownerApi.get(`/v1/events/${event.id}/event-copyright`);

    expect(deleted.body).toEqual(DELETED);
    expect(gone.status).toBe(404);
    expect((await ownerApi.get(`/v1/event-copyrights/${first}`)).status).toBe(404);
    expect(again.status).toBe(201);
    expect(current.body.data.id).toBe(again.body.data.id);
    expect(current.body.data.attributes.licence).toBe('CC0 1.0');
  });

  it('answers 404 for an event without a copyright', async () => {
    const event = await makeEvent(t.app, owner);

    const response = await new Api(t.app).get(`/v1/events/${event.id}/event-copyright`);

    expect(response.status).toBe(404);
  });

  it('hides the copyright of a draft event from the public', async () => {
    const event = await makeEvent(t.app, owner, { state: 'draft' });
    const id = await make(t.app, owner, event, 'event-copyright', 'event-copyrights', licence);

    expect((await new Api(t.app).get(`/v1/events/${event.id}/event-copyright`)).status).toBe(404);
    expect((await new Api(t.app).get(`/v1/event-copyrights/${id}`)).status).toBe(404);
    expect((await ownerApi.get(`/v1/events/${event.id}/event-copyright`)).status).toBe(200);
  });
});

describe('who may write sponsors', () => {
  const callers: Record<string, TestUser | undefined> = {};
  let event: TestEvent;

  beforeAll(async () => {
    const roles = ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'];
    const made = await Promise.all([...roles, 'plain'].map(() => makeUser(t.app)));
    const admin = await makeUser(t.app, { admin: true });
    event = await makeEvent(t.app, owner);
    for (const [i, role] of roles.entries()) {
      await grantRole(t.app, event, owner, made[i], role);
      callers[role] = made[i];
    }
    Object.assign(callers, { anonymous: undefined, plain: made[roles.length], owner, admin });
  });

  it.each([
    ['anonymous', 401, 401, 401],
    ['plain', 403, 403, 403],
    ['owner', 201, 200, 200],
    ['organizer', 201, 200, 200],
    ['coorganizer', 201, 200, 200],
    ['track_organizer', 403, 403, 403],
    ['moderator', 403, 403, 403],
    ['registrar', 403, 403, 403],
    ['admin', 201, 200, 200],
  ])('%s: create %i, update %i, delete %i', async (caller, createStatus, updateStatus, deleteStatus) => {
    const api = new Api(t.app, callers[caller]?.token);
    const target = await make(t.app, owner, event, 'sponsor', 'sponsors', { name: `Target of ${caller}`, level: 2 });

    const created = await post('sponsor', 'sponsors', event, { name: `By ${caller}` }, api);
    const updated = await api.patch(`/v1/sponsors/${target}`, resource('sponsor', { level: 1 }, {}, target));
    const deleted = await api.delete(`/v1/sponsors/${target}`);

    expect([created.status, updated.status, deleted.status]).toEqual([createStatus, updateStatus, deleteStatus]);
    const names = (await ownerApi.get(`/v1/events/${event.id}/sponsors?page[size]=0`)).body.data.map((s: { attributes: { name: string } }) => s.attributes.name);
    expect(names.includes(`By ${caller}`)).toBe(createStatus === 201);
    if (deleteStatus !== 200) {
      expect((await ownerApi.get(`/v1/sponsors/${target}`)).body.data.attributes.level).toBe(updateStatus === 200 ? 1 : 2);
    }
  });
});
