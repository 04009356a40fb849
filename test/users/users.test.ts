// /v1/users: sign-up, reading one's own account, the admin-only list, changing and deleting an account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, makeUser, resource, unique } from '../support/client.js';

let t: TestApp;
let api: Api;
beforeAll(async () => {
  t = await makeTestApp();
  api = new Api(t.app);
});
afterAll(async () => t.close());

const signUp = (attributes: Record<string, unknown>) => api.post('/v1/users', resource('user', attributes));
const loginStatus = async (email: string, password: string) =>
  (await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } })).statusCode;

/** What every account answers beside its own fields: the original's role flags and what Convene does not keep. */
const USER_COMPAT = {
  'deleted-at': null,
  'is-super-admin': false,
  'is-user-owner': false,
  'is-user-organizer': false,
  'is-user-coorganizer': false,
  'is-user-track-organizer': false,
  'is-user-moderator': false,
  'is-user-registrar': false,
  'is-sales-admin': false,
  'is-marketer': false,
  'was-registered-with-order': false,
  'facebook-id': null,
  'original-image-url': null,
  'thumbnail-image-url': null,
  'small-image-url': null,
  'icon-image-url': null,
  'last-accessed-at': null,
};

describe('POST /v1/users', () => {
  it('creates an account and answers 201 with its attributes but never the password', async () => {
    const email = `${unique('signup')}@example.org`;

    const response = await signUp({
      email,
      password: 'long enough secret',
      'first-name': 'Ada',
      'last-name': 'Lovelace',
      'public-name': 'Ada L.',
      'avatar-url': 'https://example.org/ada.png',
    });

    expect(response.status).toBe(201);
    const id = response.body.data.id;
    expect(response.body).toEqual({
      data: {
        type: 'user',
        id,
        attributes: {
          email,
          'first-name': 'Ada',
          'last-name': 'Lovelace',
          'public-name': 'Ada L.',
          'avatar-url': 'https://example.org/ada.png',
          'is-admin': false,
          'is-verified': false,
          'created-at': expect.any(String),
          details: null,
          contact: null,
          'facebook-url': null,
          'twitter-url': null,
          'instagram-url': null,
          'google-plus-url': null,
          ...USER_COMPAT,
        },
        links: { self: `/v1/users/${id}` },
      },
      links: { self: `/v1/users/${id}` },
      jsonapi: { version: '1.0' },
    });
    expect(JSON.stringify(response.body)).not.toContain('long enough secret');
    expect(JSON.stringify(response.body)).not.toContain('scrypt');
  });

  it('refuses an e-mail that is already taken, ignoring case', async () => {
    const email = `${unique('Taken')}@Example.org`;
    await signUp({ email, password: 'long enough secret' });

    const response = await signUp({ email: email.toLowerCase(), password: 'another secret' });

    expect(response.status).toBe(409);
    expect(response.body.errors).toEqual([
      {
        status: '409',
        code: 'user.email_taken',
        title: 'Conflict',
        detail: 'A user with this e-mail already exists',
        source: { pointer: '/data/attributes/email' },
      },
    ]);
  });

  it('refuses a password shorter than 8 characters', async () => {
    const response = await signUp({ email: `${unique('short')}@example.org`, password: 'seven77' });

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      {
        status: '422',
        code: 'user.password_short',
        title: 'Unprocessable Entity',
        detail: 'password must have at least 8 characters',
        source: { pointer: '/data/attributes/password' },
      },
    ]);
  });

  it('refuses an invalid e-mail address', async () => {
    const response = await signUp({ email: 'not-an-email', password: 'long enough secret' });

    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: any) => [e.status, e.source])).toEqual([['422', { pointer: '/data/attributes/email' }]]);
  });

  it('ignores an unknown attribute, as the original does, and names it in meta', async () => {
    const response = await signUp({ email: `${unique('unknown')}@example.org`, password: 'long enough secret', shoe: 42 });

    expect([response.status, response.body.meta]).toEqual([201, { 'ignored-attributes': ['shoe'] }]);
    expect(response.body.data.attributes).not.toHaveProperty('shoe');
  });

  it('does not let a sign-up make itself admin: is-admin is ignored and named in meta', async () => {
    const response = await signUp({ email: `${unique('sneaky')}@example.org`, password: 'long enough secret', 'is-admin': true });

    expect([response.status, response.body.meta, response.body.data.attributes['is-admin']]).toEqual([201, { 'ignored-attributes': ['is-admin'] }, false]);
  });
});

describe('GET /v1/users/{id}', () => {
  it('shows a user their own account with the e-mail', async () => {
    const user = await makeUser(t.app);

    const response = await api.as(user).get(`/v1/users/${user.id}`);

    expect(response.status).toBe(200);
    expect(response.body.data.id).toBe(String(user.id));
    expect(response.body.data.attributes.email).toBe(user.email);
    expect(response.body.data.attributes.password).toBeUndefined();
  });

  it("answers 404 for another user's account", async () => {
    const user = await makeUser(t.app);
    const other = await makeUser(t.app);

    const response = await api.as(user).get(`/v1/users/${other.id}`);

    expect(response.status).toBe(404);
    expect(response.body.errors[0].code).toBe('user.not_found');
  });

  it('answers 404 to an anonymous caller', async () => {
    const user = await makeUser(t.app);

    const response = await api.get(`/v1/users/${user.id}`);

    expect(response.status).toBe(404);
  });

  it('shows any account to an admin', async () => {
    const admin = await makeUser(t.app, { admin: true });
    const user = await makeUser(t.app);

    const response = await api.as(admin).get(`/v1/users/${user.id}`);

    expect(response.status).toBe(200);
    expect(response.body.data.attributes).toEqual({
      email: user.email,
      'first-name': 'Test',
      'last-name': 'User',
      'public-name': null,
      'avatar-url': null,
      'is-admin': false,
      'is-verified': false,
      'created-at': expect.any(String),
      details: null,
      contact: null,
      'facebook-url': null,
      'twitter-url': null,
      'instagram-url': null,
      'google-plus-url': null,
      ...USER_COMPAT,
    });
  });
});

describe('GET /v1/users', () => {
  it('lists users to an admin', async () => {
    const admin = await makeUser(t.app, { admin: true });
    const user = await makeUser(t.app);

    const response = await api.as(admin).get(`/v1/users?page[size]=0&filter=${encodeURIComponent(JSON.stringify([{ name: 'id', op: 'in_', val: [admin.id, user.id] }]))}`);

    expect(response.status).toBe(200);
    expect(response.body.data.map((u: any) => [u.id, u.attributes.email, u.attributes['is-admin']])).toEqual([
      [String(admin.id), admin.email, true],
      [String(user.id), user.email, false],
    ]);
    expect(response.body.meta).toEqual({ count: 2 });
  });

  it('asks an anonymous caller to log in (401)', async () => {
    const response = await api.get('/v1/users');

    expect(response.status).toBe(401);
  });

  it('refuses the list to a plain user with 403', async () => {
    const user = await makeUser(t.app);

    const response = await api.as(user).get('/v1/users');

    expect(response.status).toBe(403);
    expect(response.body.errors[0].detail).toBe('Only admins may list users');
  });
});

describe('PATCH /v1/users/{id}', () => {
  it('changes the names of the own account', async () => {
    const user = await makeUser(t.app);

    const response = await api
      .as(user)
      .patch(`/v1/users/${user.id}`, resource('user', { 'first-name': 'Grace', 'last-name': 'Hopper' }, {}, String(user.id)));

    expect(response.status).toBe(200);
    expect([response.body.data.attributes['first-name'], response.body.data.attributes['last-name']]).toEqual(['Grace', 'Hopper']);
    const again = await api.as(user).get(`/v1/users/${user.id}`);
    expect([again.body.data.attributes['first-name'], again.body.data.attributes['last-name']]).toEqual(['Grace', 'Hopper']);
  });

  it('changes the password: the new one logs in, the old one no longer does', async () => {
    const user = await makeUser(t.app);

    const response = await api.as(user).patch(`/v1/users/${user.id}`, resource('user', { password: 'a brand new secret' }, {}, String(user.id)));

    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).not.toContain('a brand new secret');
    expect(await loginStatus(user.email, 'a brand new secret')).toBe(200);
    expect(await loginStatus(user.email, 'correct horse')).toBe(401);
  });

  it('refuses a short new password', async () => {
    const user = await makeUser(t.app);

    const response = await api.as(user).patch(`/v1/users/${user.id}`, resource('user', { password: 'short' }, {}, String(user.id)));

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/attributes/password' });
  });

  it("refuses to change another user's e-mail to one already taken, ignoring case", async () => {
    const user = await makeUser(t.app);
    const other = await makeUser(t.app);

    const response = await api.as(user).patch(`/v1/users/${user.id}`, resource('user', { email: other.email.toUpperCase() }, {}, String(user.id)));

    expect(response.status).toBe(409);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/attributes/email' });
  });

  it("answers 404 when changing someone else's account", async () => {
    const user = await makeUser(t.app);
    const other = await makeUser(t.app);

    const response = await api.as(user).patch(`/v1/users/${other.id}`, resource('user', { 'first-name': 'Mallory' }, {}, String(other.id)));

    expect(response.status).toBe(404);
    const unchanged = await api.as(other).get(`/v1/users/${other.id}`);
    expect(unchanged.body.data.attributes['first-name']).toBe('Test');
  });

  it('does not let a user make themselves admin', async () => {
    const user = await makeUser(t.app);

    const response = await api.as(user).patch(`/v1/users/${user.id}`, resource('user', { 'is-admin': true }, {}, String(user.id)));

    expect([response.status, response.body.meta]).toEqual([200, { 'ignored-attributes': ['is-admin'] }]);
    const again = await api.as(user).get(`/v1/users/${user.id}`);
    expect(again.body.data.attributes['is-admin']).toBe(false);
  });
});

describe('DELETE /v1/users/{id}', () => {
  it('soft-deletes the own account: login and the old token stop working', async () => {
    const user = await makeUser(t.app);

    const response = await api.as(user).delete(`/v1/users/${user.id}`);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ meta: { message: 'Object successfully deleted' }, jsonapi: { version: '1.0' } });
    expect(await loginStatus(user.email, 'correct horse')).toBe(401);
    expect((await api.as(user).get(`/v1/users/${user.id}`)).status).toBe(401);
  });

  it('frees the e-mail of a deleted account for a new sign-up', async () => {
    const user = await makeUser(t.app);
    await api.as(user).delete(`/v1/users/${user.id}`);

    const response = await signUp({ email: user.email, password: 'long enough secret' });

    expect(response.status).toBe(201);
    expect(response.body.data.id).not.toBe(String(user.id));
  });

  it("answers 404 when deleting someone else's account", async () => {
    const user = await makeUser(t.app);
    const other = await makeUser(t.app);

    const response = await api.as(user).delete(`/v1/users/${other.id}`);

    expect(response.status).toBe(404);
    expect(await loginStatus(other.email, 'correct horse')).toBe(200);
  });
});
