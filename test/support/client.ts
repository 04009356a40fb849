// A small JSON:API client over app.inject, and factories that go through the public API (or, for admins,
// the same service the command line uses).
import type { App } from '../../src/http/app.js';
import { createAdmin } from '../../src/users/user.service.js';

export interface Response {
  status: number;
  body: any;
  headers: Record<string, unknown>;
}

let counter = 0;
export const unique = (prefix = 'x') => `${prefix}${process.pid}-${++counter}`;

export class Api {
  constructor(
    readonly app: App,
    readonly token?: string,
  ) {}

  as(user: { token: string } | undefined): Api {
    return new Api(this.app, user?.token);
  }

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const response = await this.app.inject({
      method: method as never,
      url,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/vnd.api+json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    let parsed: unknown = response.body;
    try {
      parsed = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.statusCode, body: parsed, headers: response.headers };
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body: unknown) {
    return this.request('POST', url, body);
  }
  patch(url: string, body: unknown) {
    return this.request('PATCH', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

export interface TestUser {
  id: number;
  email: string;
  token: string;
}

export async function login(app: App, email: string, password: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  return JSON.parse(response.body).access_token;
}

export async function makeUser(app: App, options: { admin?: boolean; email?: string; firstName?: string; lastName?: string } = {}): Promise<TestUser> {
  const email = options.email ?? `${unique('user')}@example.org`;
  const password = 'correct horse';
  let id: number;
  if (options.admin) {
    id = (await createAdmin(app.ctx.db, email, password)).id;
  } else {
    const response = await new Api(app).post('/v1/users', {
      data: { type: 'user', attributes: { email, password, 'first-name': options.firstName ?? 'Test', 'last-name': options.lastName ?? 'User' } },
    });
    if (response.status !== 201) throw new Error(`sign-up failed: ${JSON.stringify(response.body)}`);
    id = Number(response.body.data.id);
  }
  return { id, email, token: await login(app, email, password) };
}

export function resource(type: string, attributes: Record<string, unknown>, relationships: Record<string, unknown> = {}, id?: string) {
  const rels = Object.fromEntries(
    Object.entries(relationships).map(([name, value]) => [
      name,
      {
        data:
          value === null
            ? null
            : Array.isArray(value)
              ? value.map((v: { type: string; id: string }) => ({ type: v.type, id: String(v.id) }))
              : { type: (value as { type: string }).type, id: String((value as { id: string }).id) },
      },
    ]),
  );
  return { data: { type, ...(id ? { id } : {}), attributes, ...(Object.keys(rels).length ? { relationships: rels } : {}) } };
}

export const ref = (type: string, id: string | number) => ({ type, id: String(id) });

export interface TestEvent {
  id: string;
  identifier: string;
}

export async function makeEvent(app: App, owner: TestUser, attributes: Record<string, unknown> = {}): Promise<TestEvent> {
  const response = await new Api(app, owner.token).post(
    '/v1/events',
    resource('event', {
      name: unique('Event '),
      'starts-at': '2030-03-01T09:00:00Z',
      'ends-at': '2030-03-03T18:00:00Z',
      timezone: 'Asia/Singapore',
      state: 'published',
      // Every offline payment method, so order tests may pay any way; tests of the refusal turn them off.
      'can-pay-by-bank': true,
      'can-pay-by-cheque': true,
      'can-pay-onsite': true,
      'can-pay-by-invoice': true,
      ...attributes,
    }),
  );
  if (response.status !== 201) throw new Error(`event failed: ${JSON.stringify(response.body)}`);
  return { id: response.body.data.id, identifier: response.body.data.attributes.identifier };
}

export async function grantRole(app: App, event: TestEvent, owner: TestUser, user: TestUser, role: string, track?: string) {
  const response = await new Api(app, owner.token).post(
    '/v1/users-events-roles',
    resource('users-events-role', { role }, { event: ref('event', event.id), user: ref('user', user.id), ...(track ? { track: ref('track', track) } : {}) }),
  );
  if (response.status !== 201) throw new Error(`role failed: ${JSON.stringify(response.body)}`);
  return response.body.data.id as string;
}

/** Creates a child resource of an event as its owner; returns the new id. */
export async function make(app: App, owner: TestUser, event: TestEvent, type: string, path: string, attributes: Record<string, unknown>, relationships: Record<string, unknown> = {}): Promise<string> {
  const response = await new Api(app, owner.token).post(`/v1/${path}`, resource(type, attributes, { event: ref('event', event.id), ...relationships }));
  if (response.status !== 201) throw new Error(`${type} failed: ${JSON.stringify(response.body)}`);
  return response.body.data.id;
}

/** Counts SQL statements sent while `fn` runs. */
export async function countQueries(app: App, fn: () => Promise<unknown>): Promise<number> {
  const before = app.ctx.database.queryCount();
  await fn();
  return app.ctx.database.queryCount() - before;
}

/** Callers by role, with 200 for those who may read coorganizer-only data (the team, the numbers) and 403 for the rest. */
export const COORGANIZERS_READ: [string, number][] = [
  ['owner', 200],
  ['organizer', 200],
  ['coorganizer', 200],
  ['admin', 200],
  ['track_organizer', 403],
  ['moderator', 403],
  ['registrar', 403],
  ['plain user', 403],
];
