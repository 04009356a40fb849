// /v1/users-events-roles: who may hand out which role, duplicates, the last owner, who may read the team,
// and what the roles allow elsewhere (track organizers on sessions, creating tracks).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, make, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let api: Api;
let owner: TestUser;
let plain: TestUser;
let admin: TestUser;
const members: Record<string, TestUser> = {};
const MEMBER_ROLES = ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'];
beforeAll(async () => {
  t = await makeTestApp();
  api = new Api(t.app);
  [owner, plain, admin] = await Promise.all([makeUser(t.app), makeUser(t.app), makeUser(t.app, { admin: true })]);
  for (const role of MEMBER_ROLES) members[role] = await makeUser(t.app);
});
afterAll(async () => t.close());

const roleBody = (event: TestEvent, user: TestUser, role: string, track?: string) =>
  resource('users-events-role', { role }, { event: ref('event', event.id), user: ref('user', user.id), ...(track ? { track: ref('track', track) } : {}) });

/** A fresh event of the shared owner with the shared members in their roles. */
async function team(attributes: Record<string, unknown> = {}) {
  const event = await makeEvent(t.app, owner, attributes);
  for (const role of MEMBER_ROLES) await grantRole(t.app, event, owner, members[role], role);
  return { event, users: members };
}

describe('POST /v1/users-events-roles', () => {
  it('lets the owner hand out a role and answers 201 with the role document', async () => {
    const event = await makeEvent(t.app, owner);
    const user = await makeUser(t.app);

    const response = await api.as(owner).post('/v1/users-events-roles', roleBody(event, user, 'organizer'));

    expect(response.status).toBe(201);
    const id = response.body.data.id;
    expect(response.body.data).toEqual({
      type: 'users-events-role',
      id,
      attributes: { role: 'organizer', 'created-at': expect.any(String), 'deleted-at': null },
      relationships: {
        event: { data: ref('event', event.id), links: { self: `/v1/users-events-roles/${id}/relationships/event`, related: `/v1/users-events-roles/${id}/event` } },
        user: { data: ref('user', user.id), links: { self: `/v1/users-events-roles/${id}/relationships/user`, related: `/v1/users-events-roles/${id}/user` } },
        track: { data: null, links: { self: `/v1/users-events-roles/${id}/relationships/track`, related: `/v1/users-events-roles/${id}/track` } },
      },
      links: { self: `/v1/users-events-roles/${id}` },
    });
  });

  it('lets an organizer hand out roles below owner', async () => {
    const { event, users } = await team();
    const newcomer = await makeUser(t.app);

    const response = await api.as(users.organizer).post('/v1/users-events-roles', roleBody(event, newcomer, 'coorganizer'));

    expect(response.status).toBe(201);
  });

  it('asks an anonymous caller to log in (401)', async () => {
    const event = await makeEvent(t.app, owner);

    const response = await api.post('/v1/users-events-roles', roleBody(event, plain, 'moderator'));

    expect(response.status).toBe(401);
  });

  it('refuses a plain user handing out a role with 403', async () => {
    const event = await makeEvent(t.app, owner);
    const friend = await makeUser(t.app);

    const response = await api.as(plain).post('/v1/users-events-roles', roleBody(event, friend, 'organizer'));

    expect(response.status).toBe(403);
  });

  it('refuses a coorganizer handing out a role with 403', async () => {
    const { event, users } = await team();
    const newcomer = await makeUser(t.app);

    const response = await api.as(users.coorganizer).post('/v1/users-events-roles', roleBody(event, newcomer, 'moderator'));

    expect(response.status).toBe(403);
  });

  it('refuses an organizer making someone owner with 403, and lets the owner do it', async () => {
    const { event, users } = await team();
    const newcomer = await makeUser(t.app);

    const byOrganizer = await api.as(users.organizer).post('/v1/users-events-roles', roleBody(event, newcomer, 'owner'));
    const byOwner = await api.as(owner).post('/v1/users-events-roles', roleBody(event, newcomer, 'owner'));

    expect([byOrganizer.status, byOwner.status]).toEqual([403, 201]);
  });

  it('refuses an organizer promoting an existing role to owner', async () => {
    const { event, users } = await team();
    const roles = await api.as(owner).get(`/v1/events/${event.id}/users-events-roles?filter=${encodeURIComponent(JSON.stringify([{ name: 'role', op: 'eq', val: 'moderator' }]))}`);
    const moderatorRole = roles.body.data[0].id;

    const response = await api.as(users.organizer).patch(`/v1/users-events-roles/${moderatorRole}`, resource('users-events-role', { role: 'owner' }, {}, moderatorRole));

    expect(response.status).toBe(403);
  });

  it('refuses a coorganizer promoting themselves to organizer (403)', async () => {
    const { event, users } = await team();
    const roles = await api.as(owner).get(`/v1/events/${event.id}/users-events-roles?filter=${encodeURIComponent(JSON.stringify([{ name: 'role', op: 'eq', val: 'coorganizer' }]))}`);
    const own = roles.body.data[0].id;

    const response = await api.as(users.coorganizer).patch(`/v1/users-events-roles/${own}`, resource('users-events-role', { role: 'organizer' }, {}, own));

    expect(response.status).toBe(403);
  });

  it('refuses the same role twice for the same user with 409', async () => {
    const event = await makeEvent(t.app, owner);
    const user = await makeUser(t.app);
    await grantRole(t.app, event, owner, user, 'moderator');

    const response = await api.as(owner).post('/v1/users-events-roles', roleBody(event, user, 'moderator'));

    expect(response.status).toBe(409);
    expect(response.body.errors).toEqual([
      {
        status: '409',
        code: 'role.exists',
        title: 'Conflict',
        detail: 'The user already has this role on the event',
        source: { pointer: '/data/attributes/role' },
      },
    ]);
  });

  it('refuses a role without a user, and one for a user that does not exist, with 422', async () => {
    const event = await makeEvent(t.app, owner);

    const noUser = await api.as(owner).post('/v1/users-events-roles', resource('users-events-role', { role: 'moderator' }, { event: ref('event', event.id) }));
    const ghost = await api.as(owner).post('/v1/users-events-roles', roleBody(event, { id: 2_000_000_000 } as TestUser, 'moderator'));

    expect([noUser.status, noUser.body.errors[0].source]).toEqual([422, { pointer: '/data/relationships/user' }]);
    expect([ghost.status, ghost.body.errors[0].source]).toEqual([422, { pointer: '/data/relationships/user' }]);
  });

  it('refuses a track of another event with 422', async () => {
    const event = await makeEvent(t.app, owner);
    const otherEvent = await makeEvent(t.app, owner);
    const foreignTrack = await make(t.app, owner, otherEvent, 'track', 'tracks', { name: 'Elsewhere', color: '#00ff00' });
    const user = await makeUser(t.app);

    const response = await api.as(owner).post('/v1/users-events-roles', roleBody(event, user, 'track_organizer', foreignTrack));

    expect([response.status, response.body.errors[0].source]).toEqual([422, { pointer: '/data/relationships/track' }]);
  });
});

describe('GET /v1/events/{id}/users-events-roles', () => {
  it('shows the team to coorganizer and above only', async () => {
    const { event, users } = await team();
    const statuses: Record<string, number> = {};

    for (const [name, who] of Object.entries({ anonymous: undefined, plain, owner, ...users, admin })) {
      statuses[name] = (await api.as(who).get(`/v1/events/${event.id}/users-events-roles`)).status;
    }

    expect(statuses).toEqual({
      anonymous: 403,
      plain: 403,
      owner: 200,
      organizer: 200,
      coorganizer: 200,
      track_organizer: 403,
      moderator: 403,
      registrar: 403,
      admin: 200,
    });
  });

  it('lists every role of the event', async () => {
    const { event, users } = await team();

    const response = await api.as(users.coorganizer).get(`/v1/events/${event.identifier}/users-events-roles`);

    expect(response.body.data.map((r: any) => [r.attributes.role, r.relationships.user.data.id])).toEqual([
      ['owner', String(owner.id)],
      ['organizer', String(users.organizer.id)],
      ['coorganizer', String(users.coorganizer.id)],
      ['track_organizer', String(users.track_organizer.id)],
      ['moderator', String(users.moderator.id)],
      ['registrar', String(users.registrar.id)],
    ]);
    expect(response.body.meta).toEqual({
      count: 6,
      emails: Object.fromEntries([owner, ...Object.values(users)].map((user) => [String(user.id), user.email])),
    });
  });

  it('answers 404 to anonymous callers and plain users for a draft event', async () => {
    const event = await makeEvent(t.app, owner, { state: 'draft' });

    const anonymous = await api.get(`/v1/events/${event.id}/users-events-roles`);
    const byPlain = await api.as(plain).get(`/v1/events/${event.id}/users-events-roles`);

    expect([anonymous.status, byPlain.status]).toEqual([404, 404]);
  });
});

describe('the last owner', () => {
  it('cannot be deleted (409), but an owner can leave once another owner exists', async () => {
    const event = await makeEvent(t.app, owner);
    const roles = await api.as(owner).get(`/v1/events/${event.id}/users-events-roles`);
    const ownerRole = roles.body.data[0].id;

    const refused = await api.as(owner).delete(`/v1/users-events-roles/${ownerRole}`);

    expect(refused.status).toBe(409);
    expect(refused.body.errors[0]).toEqual({
      status: '409',
      code: 'role.last_owner',
      title: 'Conflict',
      detail: 'An event must keep at least one owner; make someone else owner first',
    });
    const successor = await makeUser(t.app);
    await grantRole(t.app, event, owner, successor, 'owner');
    expect((await api.as(owner).delete(`/v1/users-events-roles/${ownerRole}`)).status).toBe(200);
    expect((await api.as(owner).get(`/v1/events/${event.id}/users-events-roles`)).status).toBe(403);
  });

  it('cannot be demoted to another role (409)', async () => {
    const event = await makeEvent(t.app, owner);
    const ownerRole = (await api.as(owner).get(`/v1/events/${event.id}/users-events-roles`)).body.data[0].id;

    const response = await api.as(owner).patch(`/v1/users-events-roles/${ownerRole}`, resource('users-events-role', { role: 'organizer' }, {}, ownerRole));

    expect(response.status).toBe(409);
  });

  it('cannot be removed by an organizer (403)', async () => {
    const { event, users } = await team();
    const ownerRole = (await api.as(owner).get(`/v1/events/${event.id}/users-events-roles`)).body.data[0].id;
    await grantRole(t.app, event, owner, await makeUser(t.app), 'owner');

    const response = await api.as(users.organizer).delete(`/v1/users-events-roles/${ownerRole}`);

    expect(response.status).toBe(403);
  });
});

describe('track organizers and sessions', () => {
  let event: TestEvent;
  let mine: string;
  let other: string;
  let organizerOfMine: TestUser;
  let organizerOfAll: TestUser;
  beforeAll(async () => {
    event = await makeEvent(t.app, owner);
    mine = await make(t.app, owner, event, 'track', 'tracks', { name: 'Mine', color: '#112233' });
    other = await make(t.app, owner, event, 'track', 'tracks', { name: 'Other', color: '#445566' });
    [organizerOfMine, organizerOfAll] = await Promise.all([makeUser(t.app), makeUser(t.app)]);
    await grantRole(t.app, event, owner, organizerOfMine, 'track_organizer', mine);
    await grantRole(t.app, event, owner, organizerOfAll, 'track_organizer');
  });
  const session = (track: string) => make(t.app, owner, event, 'session', 'sessions', { title: 'A talk', state: 'pending' }, { track: ref('track', track) });
  const rename = (who: TestUser, id: string, relationships: Record<string, unknown> = {}) =>
    api.as(who).patch(`/v1/sessions/${id}`, resource('session', { title: 'Renamed' }, relationships, id));

  it('may change a session of their track', async () => {
    const id = await session(mine);

    const response = await rename(organizerOfMine, id);

    expect(response.status).toBe(200);
    expect(response.body.data.attributes.title).toBe('Renamed');
  });

  it('may not change a session of another track (403)', async () => {
    const id = await session(other);

    const response = await rename(organizerOfMine, id);

    expect(response.status).toBe(403);
  });

  it('may not move a session of their track to another track (403)', async () => {
    const id = await session(mine);

    const response = await rename(organizerOfMine, id, { track: ref('track', other) });

    expect(response.status).toBe(403);
  });

  it('may not create or delete sessions (403)', async () => {
    const id = await session(mine);

    const created = await api
      .as(organizerOfMine)
      .post('/v1/sessions', resource('session', { title: 'New' }, { event: ref('event', event.id), track: ref('track', mine) }));
    const deleted = await api.as(organizerOfMine).delete(`/v1/sessions/${id}`);

    expect([created.status, deleted.status]).toEqual([403, 403]);
  });

  it('without a track, may change sessions of every track', async () => {
    const id = await session(other);

    const response = await rename(organizerOfAll, id);

    expect(response.status).toBe(200);
  });
});

describe('who may create a track', () => {
  it('allows owner, organizer, coorganizer and admin only', async () => {
    const { event, users } = await team();
    const statuses: Record<string, number> = {};

    for (const [name, who] of Object.entries({ anonymous: undefined, plain, owner, ...users, admin })) {
      const response = await api.as(who).post('/v1/tracks', resource('track', { name: `By ${name}`, color: '#abcdef' }, { event: ref('event', event.id) }));
      statuses[name] = response.status;
    }

    expect(statuses).toEqual({
      anonymous: 401,
      plain: 403,
      owner: 201,
      organizer: 201,
      coorganizer: 201,
      track_organizer: 403,
      moderator: 403,
      registrar: 403,
      admin: 201,
    });
    const tracks = await api.get(`/v1/events/${event.id}/tracks?sort=name`);
    expect(tracks.body.data.map((track: any) => track.attributes.name)).toEqual(['By admin', 'By coorganizer', 'By organizer', 'By owner']);
  });

  it('answers 422 to a plain user creating a track on a draft event they cannot see', async () => {
    const event = await makeEvent(t.app, owner, { state: 'draft' });

    const response = await api.as(plain).post('/v1/tracks', resource('track', { name: 'Hidden', color: '#abcdef' }, { event: ref('event', event.id) }));

    expect([response.status, response.body.errors[0].source]).toEqual([422, { pointer: '/data/relationships/event' }]);
  });
});
