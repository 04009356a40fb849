// POST /v1/auth/login, the Authorization header in both of its forms, the login rate limit, and admins made
// by the `create-admin` command (the same createAdmin() service).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenService } from '../../src/auth/token.js';
import { createAdmin } from '../../src/users/user.service.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, login, makeEvent, makeUser, ref, resource, unique, type TestUser } from '../support/client.js';

let t: TestApp;
let limited: TestApp;
let api: Api;
beforeAll(async () => {
  [t, limited] = await Promise.all([makeTestApp(), makeTestApp({ loginAttemptsPerWindow: 3 })]);
  api = new Api(t.app);
});
afterAll(async () => {
  await Promise.all([t?.close(), limited?.close()]);
});

function postLogin(app: TestApp, payload: unknown, remoteAddress = '127.0.0.1') {
  return app.app.inject({ method: 'POST', url: '/v1/auth/login', payload: payload as object, remoteAddress });
}

const newEvent = (name: string) =>
  resource('event', { name, 'starts-at': '2031-05-01T09:00:00Z', 'ends-at': '2031-05-02T17:00:00Z', timezone: 'Europe/Berlin' });

describe('POST /v1/auth/login', () => {
  it('answers 200 with an access token that identifies the user', async () => {
    const user = await makeUser(t.app);

    const response = await postLogin(t, { email: user.email, password: 'correct horse' });

    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body);
    expect(Object.keys(body)).toEqual(['access_token']);
    expect(t.app.ctx.tokens.verify(body.access_token)).toBe(user.id);
  });

  it('accepts the e-mail in another case and the "username" alias', async () => {
    const user = await makeUser(t.app);

    const upper = await postLogin(t, { email: user.email.toUpperCase(), password: 'correct horse' });
    const alias = await postLogin(t, { username: user.email, password: 'correct horse' });

    expect([upper.statusCode, alias.statusCode]).toEqual([200, 200]);
  });

  it('gives the same 401 for a wrong password and for an unknown e-mail', async () => {
    const user = await makeUser(t.app);

    const wrongPassword = await postLogin(t, { email: user.email, password: 'wrong horse' });
    const unknownEmail = await postLogin(t, { email: `${unique('nobody')}@example.org`, password: 'correct horse' });

    expect([wrongPassword.statusCode, unknownEmail.statusCode]).toEqual([401, 401]);
    expect(JSON.parse(wrongPassword.body)).toEqual({
      errors: [{ status: '401', code: 'auth.invalid_credentials', title: 'Unauthorized', detail: 'Invalid Credentials' }],
      jsonapi: { version: '1.0' },
    });
    expect(unknownEmail.body).toBe(wrongPassword.body);
  });

  it('refuses a login without a password with 422', async () => {
    const response = await postLogin(t, { email: 'someone@example.org' });

    expect(response.statusCode).toBe(422);
    expect(JSON.parse(response.body).errors[0].source).toEqual({ pointer: '/password' });
  });
});

describe('Authorization header', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await makeUser(t.app);
  });

  it('accepts "Bearer <token>"', async () => {
    const response = await api.request('POST', '/v1/events', newEvent('With Bearer'), { authorization: `Bearer ${user.token}` });

    expect(response.status).toBe(201);
  });

  it('accepts the original "JWT <token>"', async () => {
    const response = await api.request('POST', '/v1/events', newEvent('With JWT'), { authorization: `JWT ${user.token}` });

    expect(response.status).toBe(201);
    const roles = await api.as(user).get(`/v1/events/${response.body.data.id}/users-events-roles`);
    expect(roles.body.data.map((r: any) => [r.attributes.role, r.relationships.user.data])).toEqual([['owner', ref('user', user.id)]]);
  });

  it('refuses to create an event without a token with 401', async () => {
    const response = await api.post('/v1/events', newEvent('Anonymous'));

    expect(response.status).toBe(401);
    expect(response.body.errors[0].code).toBe('auth.required');
  });

  it('answers 401 to a malformed header, even on a public route', async () => {
    for (const header of ['Basic dXNlcjpwYXNz', `Bearer`, `Token ${user.token}`, `Bearer ${user.token} extra`]) {
      const response = await api.request('GET', '/v1/events', undefined, { authorization: header });

      expect([header, response.status, response.body.errors[0].code]).toEqual([header, 401, 'auth.malformed']);
    }
  });

  it('answers 401 to a token signed with another secret', async () => {
    const forged = createTokenService('not-the-test-secret', 3600).sign(user.id);

    const response = await api.request('POST', '/v1/events', newEvent('Forged'), { authorization: `Bearer ${forged}` });

    expect(response.status).toBe(401);
    expect(response.body.errors[0].code).toBe('auth.invalid_token');
  });

  it('answers 401 to a garbled token', async () => {
    const response = await api.request('GET', '/v1/events', undefined, { authorization: `Bearer ${user.token.slice(0, -4)}abcd` });

    expect(response.status).toBe(401);
  });

  it('answers 401 to a valid token of a user that does not exist', async () => {
    const token = t.app.ctx.tokens.sign(2_000_000_000);

    const response = await api.request('GET', '/v1/events', undefined, { authorization: `JWT ${token}` });

    expect(response.status).toBe(401);
    expect(response.body.errors[0].code).toBe('auth.invalid_token');
  });
});

describe('login rate limit (3 attempts per window)', () => {
  it('answers 429 with Retry-After on the fourth attempt for one e-mail, from any address', async () => {
    const user = await makeUser(limited.app, { email: `${unique('limited')}@example.org` }); // one attempt, from 127.0.0.1
    await postLogin(limited, { email: user.email, password: 'wrong horse' }, '10.1.0.1');
    await postLogin(limited, { email: user.email.toUpperCase(), password: 'correct horse' }, '10.1.0.2');

    const response = await postLogin(limited, { email: user.email, password: 'correct horse' }, '10.1.0.3');

    expect(response.statusCode).toBe(429);
    expect(JSON.parse(response.body).errors).toEqual([
      {
        status: '429',
        code: 'rate_limited',
        title: 'Too Many Requests',
        detail: `Too many login attempts; try again in ${response.headers['retry-after']} seconds`,
      },
    ]);
    const retryAfter = Number(response.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
  });

  it('answers 429 with Retry-After on the fourth attempt from one address, for any e-mail', async () => {
    const ip = '10.2.0.1';
    for (let i = 0; i < 3; i++) await postLogin(limited, { email: `${unique('spray')}@example.org`, password: 'guess guess' }, ip);

    const response = await postLogin(limited, { email: `${unique('spray')}@example.org`, password: 'guess guess' }, ip);

    expect(response.statusCode).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('still lets another e-mail from another address log in', async () => {
    const user = await makeUser(limited.app, { email: `${unique('fresh')}@example.org` });

    const response = await postLogin(limited, { email: user.email, password: 'correct horse' }, '10.3.0.1');

    expect(response.statusCode).toBe(200);
  });
});

describe('create-admin', () => {
  it('makes an admin who passes every check on an event they hold no role on', async () => {
    const owner = await makeUser(t.app);
    const event = await makeEvent(t.app, owner, { state: 'draft' });
    const email = `${unique('admin')}@example.org`;

    const created = await createAdmin(t.app.ctx.db, email, 'admin password');
    const admin = api.as({ token: await login(t.app, email, 'admin password') });

    expect(created.isAdmin).toBe(true);
    expect((await admin.get(`/v1/events/${event.id}`)).status).toBe(200);
    expect((await admin.get(`/v1/events/${event.id}/users-events-roles`)).status).toBe(200);
    expect((await admin.patch(`/v1/events/${event.id}`, resource('event', { name: 'Renamed by admin' }, {}, event.id))).status).toBe(200);
    expect((await admin.post('/v1/tracks', resource('track', { name: 'Admin track', color: '#123456' }, { event: ref('event', event.id) }))).status).toBe(201);
    expect((await admin.get(`/v1/users/${owner.id}`)).status).toBe(200);
    expect((await admin.get('/v1/users')).status).toBe(200);
    expect((await admin.delete(`/v1/events/${event.id}`)).status).toBe(200);
  });

  it('promotes an existing account instead of creating a second one', async () => {
    const user = await makeUser(t.app);

    const promoted = await createAdmin(t.app.ctx.db, user.email.toUpperCase(), 'ignored password');

    expect([promoted.id, promoted.isAdmin]).toEqual([user.id, true]);
    expect((await api.as(user).get('/v1/users')).status).toBe(200);
    expect((await postLogin(t, { email: user.email, password: 'correct horse' })).statusCode).toBe(200);
  });
});
