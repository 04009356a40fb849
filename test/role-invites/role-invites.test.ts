// Inviting people to an event's team by e-mail (/v1/role-invites, the original's resource, with stricter rules):
// only owners and organizers invite, only an owner invites an owner, the link's token is secret (mailed, stored
// hashed, never answered), the invite is accepted only by the account it was sent to and only once, a resent
// invite's old link stops working, a withdrawn one says so; every role, bad input and the list's query count.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, COORGANIZERS_READ, countQueries, grantRole, make, makeEvent, makeUser, ref, resource, unique, type Response, type TestEvent, type TestUser } from '../support/client.js';
import { linkIn, mailsTo } from '../support/mail.js';

let t: TestApp;
let owner: TestUser;
let event: TestEvent;
const users: Record<string, TestUser> = {};
const ROLES = ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'];

beforeAll(async () => {
  t = await makeTestApp({ publicUrl: 'https://convene.example.org' });
  owner = await makeUser(t.app);
  event = await makeEvent(t.app, owner, { name: 'Invite Conf' });
  for (const role of ROLES) {
    users[role] = await makeUser(t.app);
    await grantRole(t.app, event, owner, users[role], role);
  }
  users.owner = owner;
  users.admin = await makeUser(t.app, { admin: true });
  users['plain user'] = await makeUser(t.app);
});
afterAll(async () => t?.close());

const as = (who: string | TestUser | undefined) => new Api(t.app, typeof who === 'string' ? users[who].token : who?.token);
const inviteBody = (email: string, role: string, target: TestEvent = event, more: Record<string, unknown> = {}) =>
  resource('role-invite', { email, 'role-name': role }, { event: ref('event', target.id), ...more });
const freshAddress = () => `${unique('guest')}@example.org`;
const tokenPost = (path: string, token: unknown, user?: TestUser) => as(user).post(`/v1/role_invites/${path}`, { data: { token } });

/** Sends an invite as `by` and returns its id and the token of the link mailed for it. */
async function invite(email: string, role: string, by: string | TestUser = owner): Promise<{ id: string; token: string; response: Response }> {
  const response = await as(by).post('/v1/role-invites', inviteBody(email, role));
  if (response.status !== 201) throw new Error(`invite failed: ${JSON.stringify(response.body)}`);
  return { id: response.body.data.id, token: await lastToken(email), response };
}

async function lastToken(email: string): Promise<string> {
  const mails = await mailsTo(t.app.ctx.config.dataDir, email);
  const link = linkIn(mails.at(-1)!, /^https:\/\/convene\.example\.org\/invites\//);
  return decodeURIComponent(link.split('/invites/')[1]);
}

async function rolesOf(user: TestUser, target: TestEvent = event): Promise<string[]> {
  const { rows } = (await t.database.db.execute(sql`select role from users_events_roles where user_id = ${user.id} and event_id = ${Number(target.id)} order by role`)) as unknown as {
    rows: { role: string }[];
  };
  return rows.map((row) => row.role);
}

describe('sending an invite', () => {
  it('answers 201 with the invite (never its token), and mails the address a link to accept', async () => {
    const email = freshAddress();

    const { id, token, response } = await invite(email, 'registrar');

    expect(response.body).toEqual({
      data: {
        type: 'role-invite',
        id,
        attributes: {
          email,
          'role-name': 'registrar',
          status: 'pending',
          'created-at': response.body.data.attributes['created-at'],
          'sent-at': response.body.data.attributes['sent-at'],
          'responded-at': null,
          'deleted-at': null,
        },
        relationships: {
          event: { data: { type: 'event', id: event.id }, links: { self: `/v1/role-invites/${id}/relationships/event`, related: `/v1/role-invites/${id}/event` } },
          track: { data: null, links: { self: `/v1/role-invites/${id}/relationships/track`, related: `/v1/role-invites/${id}/track` } },
          'invited-by': { data: { type: 'user', id: String(owner.id) }, links: { self: `/v1/role-invites/${id}/relationships/invited-by`, related: `/v1/role-invites/${id}/invited-by` } },
        },
        links: { self: `/v1/role-invites/${id}` },
      },
      links: { self: `/v1/role-invites/${id}` },
      meta: { 'mail-sent': true },
      jsonapi: { version: '1.0' },
    });
    const [mail] = await mailsTo(t.app.ctx.config.dataDir, email);
    expect(mail.subject).toBe('Join the team of Invite Conf on Convene');
    expect(mail.text).toContain(`${owner.email} invites you to join the team of "Invite Conf" as a registrar.`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(response.body)).not.toContain(token);
    const { rows } = (await t.database.db.execute(sql`select token_hash from role_invites where id = ${Number(id)}`)) as unknown as { rows: { token_hash: string }[] };
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].token_hash).not.toContain(token);
  });

  it.each([
    ['owner', 201],
    ['organizer', 201],
    ['admin', 201],
    ['coorganizer', 403],
    ['track_organizer', 403],
    ['moderator', 403],
    ['registrar', 403],
    ['plain user', 403],
  ])('for a moderator: the %s gets %i', async (who, status) => {
    const email = freshAddress();

    const response = await as(who).post('/v1/role-invites', inviteBody(email, 'moderator'));

    expect(response.status).toBe(status);
    if (status === 403) {
      expect(response.body.errors[0]).toEqual({
        status: '403',
        code: 'forbidden',
        title: 'Access Forbidden',
        detail: 'Only owners and organizers of the event may invite people',
        source: { pointer: '/data/relationships/event' },
      });
      expect(await mailsTo(t.app.ctx.config.dataDir, email)).toEqual([]);
    }
  });

  it('asks an anonymous caller to log in (401), and a stranger cannot invite to a draft event they cannot see (422)', async () => {
    const draft = await makeEvent(t.app, owner, { state: 'draft' });

    const anonymous = await as(undefined).post('/v1/role-invites', inviteBody(freshAddress(), 'moderator'));
    const stranger = await as('plain user').post('/v1/role-invites', inviteBody(freshAddress(), 'moderator', draft));

    expect([anonymous.status, anonymous.body.errors[0].code]).toEqual([401, 'auth.required']);
    expect([stranger.status, stranger.body.errors[0].code, stranger.body.errors[0].source]).toEqual([422, 'event.not_found', { pointer: '/data/relationships/event' }]);
  });

  it('lets only an owner (or an admin) invite an owner', async () => {
    const byOrganizer = await as('organizer').post('/v1/role-invites', inviteBody(freshAddress(), 'owner'));
    const byOwner = await as('owner').post('/v1/role-invites', inviteBody(freshAddress(), 'owner'));
    const byAdmin = await as('admin').post('/v1/role-invites', inviteBody(freshAddress(), 'owner'));

    expect([byOrganizer.status, byOrganizer.body.errors[0].detail]).toEqual([403, 'Only an owner of the event may invite an owner']);
    expect([byOwner.status, byAdmin.status]).toEqual([201, 201]);
  });

  it.each([
    ['no e-mail', { 'role-name': 'moderator' }, {}, 'validation', '/data/attributes/email'],
    ['an e-mail that is not one', { email: 'not an address', 'role-name': 'moderator' }, {}, 'validation', '/data/attributes/email'],
    ['an unknown role', { email: 'a@example.org', 'role-name': 'attendee' }, {}, 'validation', '/data/attributes/role-name'],
    ['a track for another role', { email: 'a@example.org', 'role-name': 'moderator' }, { track: 'own' }, 'role-invite.track', '/data/relationships/track'],
    ['a track of another event', { email: 'a@example.org', 'role-name': 'track_organizer' }, { track: 'foreign' }, 'invalid_relationship', '/data/relationships/track'],
  ])('refuses %s with 422 naming the field', async (_name, attributes, options, code, pointer) => {
    const own = await make(t.app, owner, event, 'track', 'tracks', { name: unique('Track '), color: '#123456' });
    const elsewhere = await makeEvent(t.app, owner);
    const foreign = await make(t.app, owner, elsewhere, 'track', 'tracks', { name: 'Other', color: '#654321' });
    const track = (options as { track?: string }).track;
    const relationships = { event: ref('event', event.id), ...(track ? { track: ref('track', track === 'own' ? own : foreign) } : {}) };

    const response = await as(owner).post('/v1/role-invites', resource('role-invite', attributes, relationships));

    expect(response.status).toBe(422);
    expect([response.body.errors[0].code, response.body.errors[0].source]).toEqual([code, { pointer }]);
  });

  it('keeps a status of its own out: the invite is pending and the status named in meta as ignored', async () => {
    const response = await as(owner).post('/v1/role-invites', resource('role-invite', { email: freshAddress(), 'role-name': 'moderator', status: 'accepted' }, { event: ref('event', event.id) }));

    expect([response.status, response.body.data.attributes.status, response.body.meta['ignored-attributes']]).toEqual([201, 'pending', ['status']]);
  });

  it('invites a track organizer for one track', async () => {
    const track = await make(t.app, owner, event, 'track', 'tracks', { name: unique('Track '), color: '#123456' });

    const response = await as(owner).post('/v1/role-invites', inviteBody(freshAddress(), 'track_organizer', event, { track: ref('track', track) }));

    expect([response.status, response.body.data.relationships.track.data]).toEqual([201, { type: 'track', id: track }]);
  });

  it('refuses a second pending invite for the same address and role (409), in any case', async () => {
    const email = freshAddress();
    await invite(email, 'moderator');

    const again = await as(owner).post('/v1/role-invites', inviteBody(email.toUpperCase(), 'moderator'));
    const otherRole = await as(owner).post('/v1/role-invites', inviteBody(email, 'registrar'));

    expect(again.status).toBe(409);
    expect(again.body.errors[0]).toEqual({
      status: '409',
      code: 'role-invite.pending',
      title: 'Conflict',
      detail: 'This address already has a pending invite for this role; resend it instead',
      source: { pointer: '/data/attributes/email' },
    });
    expect(otherRole.status).toBe(201);
  });

  it('refuses to invite someone to a role they already hold (409)', async () => {
    const response = await as(owner).post('/v1/role-invites', inviteBody(users.registrar.email, 'registrar'));

    expect(response.status).toBe(409);
    expect(response.body.errors[0]).toMatchObject({ code: 'role-invite.has_role', detail: `${users.registrar.email} is already a registrar of this event`, source: { pointer: '/data/attributes/email' } });
  });
});

describe('the invites of an event', () => {
  it.each(COORGANIZERS_READ)('are listed to the %s with %i', async (who, status) => {
    const response = await as(who).get(`/v1/events/${event.id}/role-invites`);

    expect(response.status).toBe(status);
  });

  it('hide one invite of an event from a caller of another event (404), and show it to its coorganizer', async () => {
    const { id } = await invite(freshAddress(), 'moderator');
    const outsider = await makeUser(t.app);
    await makeEvent(t.app, outsider);

    const byOutsider = await as(outsider).get(`/v1/role-invites/${id}`);
    const byCoorganizer = await as('coorganizer').get(`/v1/role-invites/${id}`);

    expect([byOutsider.status, byCoorganizer.status, byCoorganizer.body.data.attributes.status]).toEqual([404, 200, 'pending']);
  });

  it('filter by status', async () => {
    const target = await makeEvent(t.app, owner);
    const pending = await as(owner).post('/v1/role-invites', inviteBody(freshAddress(), 'moderator', target));
    const withdrawn = await as(owner).post('/v1/role-invites', inviteBody(freshAddress(), 'moderator', target));
    await as(owner).delete(`/v1/role-invites/${withdrawn.body.data.id}`);

    const response = await as(owner).get(`/v1/events/${target.id}/role-invites?filter=${encodeURIComponent('[{"name":"status","op":"eq","val":"pending"}]')}`);

    expect(response.body.data.map((item: { id: string }) => item.id)).toEqual([pending.body.data.id]);
  });

  it('take the same number of statements for 1 and 3 invites', async () => {
    const counts: number[] = [];
    for (const rows of [1, 3]) {
      const target = await makeEvent(t.app, owner);
      for (let i = 0; i < rows; i++) await as(owner).post('/v1/role-invites', inviteBody(freshAddress(), 'moderator', target));
      let length = 0;
      counts.push(await countQueries(t.app, async () => (length = (await as(owner).get(`/v1/events/${target.id}/role-invites?include=invited-by`)).body.data.length)));
      expect(length).toBe(rows);
    }

    expect(counts).toEqual([5, 5]);
  });
});

describe('the link', () => {
  it('tells whoever holds it the address, the role, the event and whether the address has an account', async () => {
    const email = freshAddress();
    const { token } = await invite(email, 'registrar');

    const response = await tokenPost('user', token);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      email,
      role: 'registrar',
      status: 'pending',
      'has-account': false,
      event: { id: event.id, identifier: event.identifier, name: 'Invite Conf', 'starts-at': '2030-03-01T09:00:00.000Z', 'ends-at': '2030-03-03T18:00:00.000Z', timezone: 'Asia/Singapore' },
    });
  });

  it('answers 404 on /data/token for a token that names no invite, and 422 for a body without one', async () => {
    const unknown = await tokenPost('user', 'x'.repeat(43));
    const missing = await as(undefined).post('/v1/role_invites/accept-invite', { data: {} });

    expect([unknown.status, unknown.body.errors[0].code, unknown.body.errors[0].source]).toEqual([404, 'role-invite.not_found', { pointer: '/data/token' }]);
    expect([missing.status, missing.body.errors[0].source]).toEqual([422, { pointer: '/data/token' }]);
  });

  it('is accepted by a new person who signs up with the address (in any case): they get the role', async () => {
    const email = freshAddress();
    const { token } = await invite(email, 'registrar');
    const newcomer = await makeUser(t.app, { email: email.toUpperCase() });

    const response = await tokenPost('accept-invite', token, newcomer);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ email, event: Number(event.id), name: 'Invite Conf', event_identifier: event.identifier, role: 'registrar', status: 'accepted' });
    expect(await rolesOf(newcomer)).toEqual(['registrar']);
    const permissions = await as(newcomer).get(`/v1/events/${event.id}/permissions`);
    expect([permissions.body.can['check-in'], permissions.body.can['manage-tickets'], permissions.body.can['view-team']]).toEqual([true, false, false]);
  });

  it('is accepted by an existing account, whose page is told it has one', async () => {
    const existing = await makeUser(t.app);
    const { token } = await invite(existing.email, 'coorganizer');

    const described = await tokenPost('user', token);
    const response = await tokenPost('accept-invite', token, existing);

    expect(described.body['has-account']).toBe(true);
    expect([response.status, await rolesOf(existing)]).toEqual([200, ['coorganizer']]);
  });

  it('asks an anonymous caller to log in before accepting (401)', async () => {
    const { token } = await invite(freshAddress(), 'moderator');

    const response = await tokenPost('accept-invite', token);

    expect([response.status, response.body.errors[0].code]).toEqual([401, 'auth.required']);
  });

  it('refuses another account (403, naming both addresses), gives it no role, and leaves the invite pending', async () => {
    const email = freshAddress();
    const { token } = await invite(email, 'organizer');
    const intruder = await makeUser(t.app);

    const response = await tokenPost('accept-invite', token, intruder);
    const after = await tokenPost('user', token);

    expect(response.status).toBe(403);
    expect(response.body.errors[0]).toEqual({
      status: '403',
      code: 'role-invite.wrong_account',
      title: 'Access Forbidden',
      detail: `This invitation was sent to ${email}, and you are logged in as ${intruder.email}: log in with the invited address to accept it`,
    });
    expect(await rolesOf(intruder)).toEqual([]);
    expect(after.body.status).toBe('pending');
  });

  it('works once: accepting or declining again is a 409', async () => {
    const person = await makeUser(t.app);
    const { token } = await invite(person.email, 'moderator');
    await tokenPost('accept-invite', token, person);

    const again = await tokenPost('accept-invite', token, person);
    const decline = await tokenPost('decline-invite', token);

    expect([again.status, again.body.errors[0].code, again.body.errors[0].detail]).toEqual([409, 'role-invite.answered', 'This invitation was already accepted']);
    expect([decline.status, decline.body.errors[0].code]).toEqual([409, 'role-invite.answered']);
    expect(await rolesOf(person)).toEqual(['moderator']);
  });

  it('gives the role once when the invited account accepts twice at the same moment', async () => {
    const person = await makeUser(t.app);
    const { token } = await invite(person.email, 'registrar');

    const answers = await Promise.all([tokenPost('accept-invite', token, person), tokenPost('accept-invite', token, person)]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(await rolesOf(person)).toEqual(['registrar']);
  });

  it('can be declined without an account; nobody gets the role and it cannot be accepted afterwards', async () => {
    const person = await makeUser(t.app);
    const { id, token } = await invite(person.email, 'moderator');

    const declined = await tokenPost('decline-invite', token);
    const accepted = await tokenPost('accept-invite', token, person);
    const read = await as(owner).get(`/v1/role-invites/${id}`);

    expect([declined.status, declined.body.status]).toEqual([200, 'declined']);
    expect([accepted.status, await rolesOf(person)]).toEqual([409, []]);
    expect([read.body.data.attributes.status, typeof read.body.data.attributes['responded-at']]).toEqual(['declined', 'string']);
  });
});

describe('resending and withdrawing', () => {
  it('resends a pending invite with a new link: the old link stops working, the new one works', async () => {
    const person = await makeUser(t.app);
    const first = await invite(person.email, 'registrar');
    const sentBefore = first.response.body.data.attributes['sent-at'];

    const resent = await as('organizer').post(`/v1/role-invites/${first.id}/resend`, undefined);
    const newToken = await lastToken(person.email);
    const old = await tokenPost('accept-invite', first.token, person);
    const accepted = await tokenPost('accept-invite', newToken, person);

    expect([resent.status, resent.body.data.attributes.status, resent.body.meta]).toEqual([200, 'pending', { 'mail-sent': true }]);
    expect(Date.parse(resent.body.data.attributes['sent-at'])).toBeGreaterThan(Date.parse(sentBefore));
    expect((await mailsTo(t.app.ctx.config.dataDir, person.email)).length).toBe(2);
    expect(newToken).not.toBe(first.token);
    expect([old.status, old.body.errors[0].code]).toEqual([404, 'role-invite.not_found']);
    expect(accepted.status).toBe(200);
  });

  it('refuses to resend an answered invite (409)', async () => {
    const person = await makeUser(t.app);
    const { id, token } = await invite(person.email, 'moderator');
    await tokenPost('accept-invite', token, person);

    const response = await as(owner).post(`/v1/role-invites/${id}/resend`, undefined);

    expect([response.status, response.body.errors[0].detail]).toEqual([409, 'This invite is accepted and can no longer change']);
  });

  it('withdraws a pending invite: the link then says it was withdrawn (410), and the address may be invited again', async () => {
    const email = freshAddress();
    const { id, token } = await invite(email, 'moderator');

    const withdrawn = await as('organizer').delete(`/v1/role-invites/${id}`);
    const described = await tokenPost('user', token);
    const newcomer = await makeUser(t.app, { email });
    const accepted = await tokenPost('accept-invite', token, newcomer);
    const declined = await tokenPost('decline-invite', token);
    const twice = await as(owner).delete(`/v1/role-invites/${id}`);
    const again = await as(owner).post('/v1/role-invites', inviteBody(email, 'moderator'));

    expect(withdrawn.body).toEqual({ meta: { message: 'Object successfully deleted' }, jsonapi: { version: '1.0' } });
    expect(described.body.status).toBe('withdrawn');
    expect(accepted.body.errors).toEqual([{ status: '410', code: 'role-invite.withdrawn', title: 'Gone', detail: 'This invitation was withdrawn by the event team', source: { pointer: '/data/token' } }]);
    expect(declined.status).toBe(410);
    expect(await rolesOf(newcomer)).toEqual([]);
    expect([twice.status, twice.body.errors[0].code]).toEqual([409, 'role-invite.answered']);
    expect(again.status).toBe(201);
  });

  it.each([
    ['coorganizer', 403],
    ['registrar', 404],
    ['plain user', 404],
  ])('refuses the %s resending or withdrawing (%i)', async (who, status) => {
    const { id } = await invite(freshAddress(), 'moderator');

    const resend = await as(who).post(`/v1/role-invites/${id}/resend`, undefined);
    const withdraw = await as(who).delete(`/v1/role-invites/${id}`);

    expect([resend.status, withdraw.status]).toEqual([status, status]);
  });

  it("lets only an owner resend or withdraw an owner's invite", async () => {
    const { id } = await invite(freshAddress(), 'owner');

    const byOrganizer = await as('organizer').delete(`/v1/role-invites/${id}`);
    const byOwner = await as('owner').delete(`/v1/role-invites/${id}`);

    expect([byOrganizer.status, byOwner.status]).toEqual([403, 200]);
  });
});

describe('when the mail cannot be sent', () => {
  it('keeps the invite and says mail-sent false, so the team can resend it later', async () => {
    const closed = await makeTestApp({ smtpUrl: 'smtp://127.0.0.1:1' });
    try {
      const boss = await makeUser(closed.app);
      const target = await makeEvent(closed.app, boss);

      const response = await new Api(closed.app, boss.token).post('/v1/role-invites', inviteBody(freshAddress(), 'moderator', target));
      const list = await new Api(closed.app, boss.token).get(`/v1/events/${target.id}/role-invites`);

      expect([response.status, response.body.meta]).toEqual([201, { 'mail-sent': false }]);
      expect(list.body.data.map((item: { attributes: { status: string } }) => item.attributes.status)).toEqual(['pending']);
    } finally {
      await closed.close();
    }
  });
});
