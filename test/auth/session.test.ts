// The browser's login: the session cookie (httpOnly, SameSite=Lax) and its CSRF token, logging out on the server,
// a password reset through the mail outbox, and a password change.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { makeUser, resource, unique, type TestUser } from '../support/client.js';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => t?.close());

interface Browser {
  cookie: string;
  csrf: string;
}

async function logIn(email: string, password = 'correct horse'): Promise<{ status: number; body: any; browser: Browser; setCookie: string[] }> {
  const response = await t.app.inject({ method: 'POST', url: '/v1/auth/session', payload: { email, password } });
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const value = (name: string) => setCookie.find((c) => c.startsWith(`${name}=`))?.split(';')[0].split('=')[1] ?? '';
  return {
    status: response.statusCode,
    body: JSON.parse(response.body),
    setCookie,
    browser: { cookie: `convene_session=${value('convene_session')}; convene_csrf=${value('convene_csrf')}`, csrf: value('convene_csrf') },
  };
}

function call(browser: Browser | undefined, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, withCsrf = true) {
  const headers: Record<string, string> = {};
  if (browser) headers.cookie = browser.cookie;
  if (browser && withCsrf) headers['x-csrf-token'] = browser.csrf;
  if (payload) headers['content-type'] = url.startsWith('/v1/users') ? 'application/vnd.api+json' : 'application/json';
  return t.app.inject({ method, url, headers, ...(payload ? { payload: JSON.stringify(payload) } : {}) }).then((r) => ({
    status: r.statusCode,
    body: r.body ? JSON.parse(r.body) : undefined,
  }));
}

function outbox(): string[] {
  const dir = path.join(t.app.ctx.config.dataDir, 'outbox');
  return fs.existsSync(dir) ? fs.readdirSync(dir).map((file) => fs.readFileSync(path.join(dir, file), 'utf8')) : [];
}

describe('the session cookie', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await makeUser(t.app);
  });

  it('is set httpOnly and SameSite=Lax on login, with a readable CSRF cookie beside it, and names the user', async () => {
    const { status, body, setCookie } = await logIn(user.email);

    expect(status).toBe(200);
    expect(body.user).toEqual({ id: String(user.id), email: user.email, 'first-name': 'Test', 'last-name': 'User', 'public-name': null, 'is-admin': false });
    const session = setCookie.find((c) => c.startsWith('convene_session='))!;
    const csrf = setCookie.find((c) => c.startsWith('convene_csrf='))!;
    expect(session).toMatch(/; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/);
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(csrf).toMatch(/SameSite=Lax/);
  });

  it('identifies the caller on GET /v1/auth/session and on the API; without it the caller is anonymous', async () => {
    const { browser } = await logIn(user.email);

    const me = await call(browser, 'GET', '/v1/auth/session');
    const account = await call(browser, 'GET', `/v1/users/${user.id}`);
    const anonymous = await call(undefined, 'GET', '/v1/auth/session');

    expect([me.status, me.body.user.email]).toEqual([200, user.email]);
    expect([account.status, account.body.data.attributes.email]).toEqual([200, user.email]);
    expect(anonymous).toEqual({ status: 200, body: { user: null } });
  });

  it('refuses an unsafe request that carries the cookie without the CSRF token, and takes it with the token', async () => {
    const { browser } = await logIn(user.email);
    const change = resource('user', { 'first-name': 'Csrf' }, {}, String(user.id));

    const forged = await call(browser, 'PATCH', `/v1/users/${user.id}`, change, false);
    const wrong = await call({ ...browser, csrf: 'not-the-token' }, 'PATCH', `/v1/users/${user.id}`, change);
    const genuine = await call(browser, 'PATCH', `/v1/users/${user.id}`, change);

    expect([forged.status, forged.body.errors[0].code]).toEqual([403, 'auth.csrf']);
    expect(wrong.status).toBe(403);
    expect([genuine.status, genuine.body.data.attributes['first-name']]).toEqual([200, 'Csrf']);
  });

  it('ends on the server at logout: the same cookie identifies nobody afterwards', async () => {
    const { browser } = await logIn(user.email);

    const out = await call(browser, 'DELETE', '/v1/auth/session');
    const after = await call(browser, 'GET', '/v1/auth/session');
    const stillPublic = await call(browser, 'GET', '/v1/events');

    expect(out.status).toBe(204);
    expect(after.body.user).toBeNull();
    expect(stillPublic.status).toBe(200);
  });

  it('answers a wrong password with 401 Invalid Credentials and sets no cookie', async () => {
    const { status, body, setCookie } = await logIn(user.email, 'wrong horse');

    expect([status, body.errors[0].detail]).toEqual([401, 'Invalid Credentials']);
    expect(setCookie).toEqual([]);
  });
});

describe('password reset', () => {
  it('mails a link whose token sets a new password once, ends the old sessions, and lets the new password in', async () => {
    const user = await makeUser(t.app);
    const { browser: before } = await logIn(user.email);
    const mailsBefore = outbox().length;

    const asked = await call(undefined, 'POST', '/v1/auth/reset-password', { data: { email: user.email.toUpperCase() } });
    const mails = await Promise.all(outbox().slice(mailsBefore).map((text) => simpleParser(text)));
    const mail = mails.find((parsed) => parsed.to && JSON.stringify(parsed.to).includes(user.email))!;
    const token = decodeURIComponent(/\/reset-password\?token=(\S+)/.exec(mail.text!)![1]);
    const reset = await call(undefined, 'PATCH', '/v1/auth/reset-password', { data: { token, password: 'a brand new one' } });
    const again = await call(undefined, 'PATCH', '/v1/auth/reset-password', { data: { token, password: 'yet another one' } });
    const oldSession = await call(before, 'GET', '/v1/auth/session');
    const oldPassword = await logIn(user.email, 'correct horse');
    const newPassword = await logIn(user.email, 'a brand new one');

    expect(asked).toEqual({ status: 200, body: { message: 'Email Sent' } });
    expect(mail.subject).toBe('Set a new Convene password');
    expect(reset).toEqual({ status: 200, body: { id: String(user.id), email: user.email, name: 'Test User' } });
    expect([again.status, again.body.errors[0]]).toEqual([
      422,
      expect.objectContaining({ code: 'auth.reset_token_invalid', source: { pointer: '/data/token' } }),
    ]);
    expect(oldSession.body.user).toBeNull();
    expect([oldPassword.status, newPassword.status]).toEqual([401, 200]);
  });

  it('gives an unknown address the same answer and sends it nothing', async () => {
    const mailsBefore = outbox().length;

    const asked = await call(undefined, 'POST', '/v1/auth/reset-password', { data: { email: `${unique('nobody')}@example.org` } });

    expect(asked).toEqual({ status: 200, body: { message: 'Email Sent' } });
    expect(outbox().length).toBe(mailsBefore);
  });

  it('refuses a short new password next to its field', async () => {
    const reset = await call(undefined, 'PATCH', '/v1/auth/reset-password', { data: { token: 'whatever', password: 'short' } });

    expect([reset.status, reset.body.errors[0].code, reset.body.errors[0].source]).toEqual([422, 'user.password_short', { pointer: '/data/password' }]);
  });
});

describe('password change', () => {
  it('needs the old password, then keeps the session that changed it and ends the others', async () => {
    const user = await makeUser(t.app);
    const { browser: here } = await logIn(user.email);
    const { browser: elsewhere } = await logIn(user.email);

    const wrong = await call(here, 'POST', '/v1/auth/change-password', { data: { 'old-password': 'nope', 'new-password': 'a fresh password' } });
    const changed = await call(here, 'POST', '/v1/auth/change-password', { data: { 'old-password': 'correct horse', 'new-password': 'a fresh password' } });
    const hereAfter = await call(here, 'GET', '/v1/auth/session');
    const elsewhereAfter = await call(elsewhere, 'GET', '/v1/auth/session');

    expect([wrong.status, wrong.body.errors[0].source]).toEqual([401, { pointer: '/data/old-password' }]);
    expect(changed.body).toEqual({ id: String(user.id), email: user.email, name: 'Test User', 'password-changed': true });
    expect([hereAfter.body.user?.email, elsewhereAfter.body.user]).toEqual([user.email, null]);
  });
});
