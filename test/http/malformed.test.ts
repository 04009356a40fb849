// Hundreds of malformed requests, generated from tables (resources × mutations): every one must be refused
// with a 4xx — never a 500 — and a JSON:API error whose first item has status, code, title and detail, and
// where the fault is in the body or the query, a source.pointer or source.parameter naming it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, make, makeEvent, makeUser, ref, type TestEvent, type TestUser } from '../support/client.js';

/** Ids created in beforeAll; cases refer to them by key and are resolved when they run. */
interface Fixture {
  event: TestEvent;
  ids: Record<string, string>;
}

type Source = { pointer: string } | { parameter: string } | 'any-pointer' | 'any-parameter' | undefined;

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: (f: Fixture) => string;
  /** A document (serialized here) or raw text sent as is. */
  body?: (f: Fixture) => unknown;
  raw?: boolean;
  contentType?: string;
  status: number;
  source?: Source;
}

interface Writable {
  path: string;
  type: string;
  /** A valid create document's attributes. */
  valid: Record<string, unknown>;
  required: string[];
  /** Fields by kind, to send values of the wrong type. */
  string: string;
  number?: string;
  boolean?: string;
  datetime?: string;
  /** Event-scoped: needs relationships.event. */
  scoped: boolean;
  /** Relationships a valid document carries besides event (users-events-role needs a user). */
  relationships?: (f: Fixture) => Record<string, { type: string; id: string }>;
  /** A writable to-one relationship and its target type, for unknown and wrong-type ids. */
  link?: { name: string; type: string };
}

const WRITABLES: Writable[] = [
  {
    path: 'users',
    type: 'user',
    valid: { email: 'new-user@example.org', password: 'long enough secret', 'first-name': 'Ada' },
    required: ['email', 'password'],
    string: 'first-name',
    scoped: false,
  },
  {
    path: 'events',
    type: 'event',
    valid: { name: 'Conf', 'starts-at': '2030-01-01T09:00:00Z', 'ends-at': '2030-01-02T18:00:00Z' },
    required: ['name', 'starts-at', 'ends-at'],
    string: 'name',
    number: 'latitude',
    boolean: 'online',
    datetime: 'starts-at',
    scoped: false,
  },
  {
    path: 'tracks',
    type: 'track',
    valid: { name: 'Web', color: '#336699' },
    required: ['name', 'color'],
    string: 'name',
    number: 'position',
    scoped: true,
  },
  {
    path: 'microlocations',
    type: 'microlocation',
    valid: { name: 'Hall A' },
    required: ['name'],
    string: 'name',
    number: 'floor',
    boolean: 'hidden-in-scheduler',
    scoped: true,
  },
  {
    path: 'session-types',
    type: 'session-type',
    valid: { name: 'Talk', length: '00:30' },
    required: ['name'],
    string: 'name',
    number: 'position',
    scoped: true,
  },
  {
    path: 'speakers',
    type: 'speaker',
    valid: { name: 'Grace' },
    required: ['name'],
    string: 'organisation',
    boolean: 'is-featured',
    scoped: true,
    link: { name: 'user', type: 'user' },
  },
  {
    path: 'sessions',
    type: 'session',
    valid: { title: 'Keynote' },
    required: ['title'],
    string: 'title',
    datetime: 'starts-at',
    scoped: true,
    link: { name: 'track', type: 'track' },
  },
  {
    path: 'sponsors',
    type: 'sponsor',
    valid: { name: 'ACME' },
    required: ['name'],
    string: 'name',
    number: 'level',
    scoped: true,
  },
  {
    path: 'social-links',
    type: 'social-link',
    valid: { name: 'GitHub', link: 'https://github.com/convene' },
    required: ['name', 'link'],
    string: 'name',
    scoped: true,
  },
  {
    path: 'event-copyrights',
    type: 'event-copyright',
    valid: { licence: 'CC BY 4.0' },
    required: ['licence'],
    string: 'holder',
    number: 'year',
    scoped: true,
  },
  {
    path: 'taxes',
    type: 'tax',
    valid: { name: 'VAT', rate: 7 },
    required: ['name', 'rate'],
    string: 'name',
    number: 'rate',
    boolean: 'should-send-invoice',
    scoped: true,
  },
  {
    path: 'users-events-roles',
    type: 'users-events-role',
    valid: { role: 'moderator' },
    required: ['role'],
    string: 'role',
    scoped: true,
    relationships: (f) => ({ user: ref('user', f.ids.member) }),
    link: { name: 'user', type: 'user' },
  },
];

const WRONG_VALUES: Record<'string' | 'number' | 'boolean' | 'datetime', [string, unknown][]> = {
  string: [
    ['a number', 42],
    ['an object', { text: 'x' }],
    ['an array', ['x']],
    ['a boolean', true],
  ],
  number: [
    ['a string', 'abc'],
    ['an object', { value: 1 }],
    ['an array', [1]],
    ['a boolean', false],
  ],
  boolean: [
    ['a string', 'yes'],
    ['a number', 1],
  ],
  datetime: [
    ['a number', 1_700_000_000],
    ['text that is no date', 'next tuesday'],
  ],
};

const HUGE = 'x'.repeat(200 * 1024);
const BAD_IDS = ['999999', 'abc', '99999999999999999999'];

/** A full document for `w`, optionally changed by `edit` (which may delete keys). */
function documentFor(w: Writable, f: Fixture, mode: 'create' | 'update', edit?: (data: Record<string, any>) => void) {
  const relationships: Record<string, { data: unknown }> = {};
  if (mode === 'create') {
    if (w.scoped) relationships.event = { data: ref('event', f.event.id) };
    for (const [name, value] of Object.entries(w.relationships?.(f) ?? {})) relationships[name] = { data: value };
  }
  const data: Record<string, any> = { type: w.type, attributes: mode === 'create' ? { ...w.valid } : {} };
  if (mode === 'update') data.id = f.ids[w.path];
  if (Object.keys(relationships).length) data.relationships = relationships;
  edit?.(data);
  return { data };
}

function bodyCases(w: Writable, mode: 'create' | 'update'): Case[] {
  const method = mode === 'create' ? 'POST' : 'PATCH';
  const url = (f: Fixture) => (mode === 'create' ? `/v1/${w.path}` : `/v1/${w.path}/${f.ids[w.path]}`);
  const label = `${method} /v1/${w.path}${mode === 'update' ? '/{id}' : ''}`;
  const cases: Case[] = [];
  const add = (name: string, status: number, source: Source, body: Case['body'], extra: Partial<Case> = {}) =>
    cases.push({ name: `${label}: ${name}`, method, url, body, status, source, ...extra });
  const withAttribute = (name: string, value: unknown) => (f: Fixture) =>
    documentFor(w, f, mode, (data) => {
      data.attributes[name] = value;
    });

  for (const kind of ['string', 'number', 'boolean', 'datetime'] as const) {
    const field = w[kind];
    if (!field) continue;
    for (const [what, value] of WRONG_VALUES[kind]) {
      add(`${what} for ${kind} attribute "${field}"`, 422, { pointer: `/data/attributes/${field}` }, withAttribute(field, value));
    }
  }
  if (mode === 'create') {
    for (const field of w.required) {
      add(`missing required attribute "${field}"`, 422, { pointer: `/data/attributes/${field}` }, (f) =>
        documentFor(w, f, mode, (data) => delete data.attributes[field]),
      );
    }
    add('no attributes at all', 422, 'any-pointer', (f) => documentFor(w, f, mode, (data) => delete data.attributes));
  } else {
    add('data.id missing', 422, { pointer: '/data/id' }, (f) => documentFor(w, f, mode, (data) => delete data.id));
    add('data.id not matching the URL', 409, { pointer: '/data/id' }, (f) =>
      documentFor(w, f, mode, (data) => {
        data.id = '424242';
      }),
    );
    add('data.id as a number', 422, { pointer: '/data/id' }, (f) =>
      documentFor(w, f, mode, (data) => {
        data.id = Number(data.id);
      }),
    );
  }
  add('attributes as an array', 422, { pointer: '/data/attributes' }, (f) =>
    documentFor(w, f, mode, (data) => {
      data.attributes = [];
    }),
  );
  add(`a 200 KB string for "${w.string}"`, 422, { pointer: `/data/attributes/${w.string}` }, withAttribute(w.string, HUGE));
  add('a null for a required attribute', 422, { pointer: `/data/attributes/${w.required[0]}` }, withAttribute(w.required[0], null));
  add('text that is not JSON', 400, 'any-pointer', () => '{"data": {"type": ', { raw: true });
  add('a JSON string literal', 422, 'any-pointer', () => '"data"', { raw: true });
  add('an empty body', 400, 'any-pointer', () => '', { raw: true });
  add('a JSON array as body', 422, 'any-pointer', () => []);
  add('a JSON null as body', 422, 'any-pointer', () => 'null', { raw: true });
  add('data missing', 422, { pointer: '/data' }, () => ({ meta: {} }));
  add('data as an array', 422, { pointer: '/data' }, (f) => ({ data: [documentFor(w, f, mode).data] }));
  add('data null', 422, { pointer: '/data' }, () => ({ data: null }));
  add('data.type missing', 422, { pointer: '/data/type' }, (f) => documentFor(w, f, mode, (data) => delete data.type));
  add('data.type of another resource', 409, { pointer: '/data/type' }, (f) =>
    documentFor(w, f, mode, (data) => {
      data.type = w.type === 'session' ? 'track' : 'session';
    }),
  );
  add('data.type as a number', 422, { pointer: '/data/type' }, (f) =>
    documentFor(w, f, mode, (data) => {
      data.type = 7;
    }),
  );
  add('an unknown member in data', 422, { pointer: '/data/extra' }, (f) =>
    documentFor(w, f, mode, (data) => {
      data.extra = true;
    }),
  );
  add('Content-Type application/json', 415, { parameter: 'Content-Type' }, (f) => documentFor(w, f, mode), {
    contentType: 'application/json',
  });
  add('Content-Type text/plain', 415, { parameter: 'Content-Type' }, (f) => documentFor(w, f, mode), { contentType: 'text/plain' });
  if (w.scoped && mode === 'create') {
    add('an unknown event id', 422, { pointer: '/data/relationships/event' }, (f) =>
      documentFor(w, f, mode, (data) => {
        data.relationships.event = { data: ref('event', 999999) };
      }),
    );
    add('an event id that is not a number', 422, { pointer: '/data/relationships/event' }, (f) =>
      documentFor(w, f, mode, (data) => {
        data.relationships.event = { data: ref('event', 'abc') };
      }),
    );
    add('an event relationship of the wrong type', 422, { pointer: '/data/relationships/event' }, (f) =>
      documentFor(w, f, mode, (data) => {
        data.relationships.event = { data: ref('track', f.ids.tracks) };
      }),
    );
    add('an event relationship without data', 422, 'any-pointer', (f) =>
      documentFor(w, f, mode, (data) => {
        data.relationships.event = {};
      }),
    );
    add('an event relationship with an id of 30 digits', 422, 'any-pointer', (f) =>
      documentFor(w, f, mode, (data) => {
        data.relationships.event = { data: ref('event', '9'.repeat(30)) };
      }),
    );
  }
  if (w.scoped && mode === 'update') {
    add('moving to another event', 422, { pointer: '/data/relationships/event' }, (f) =>
      documentFor(w, f, mode, (data) => {
        data.relationships = { event: { data: ref('event', f.ids.otherEvent) } };
      }),
    );
  }
  if (w.link) {
    const link = w.link;
    for (const id of BAD_IDS) {
      add(`an unknown ${link.name} id "${id}"`, 422, { pointer: `/data/relationships/${link.name}` }, (f) =>
        documentFor(w, f, mode, (data) => {
          data.relationships = { ...data.relationships, [link.name]: { data: ref(link.type, id) } };
        }),
      );
    }
    add(`a ${link.name} relationship of the wrong type`, 422, { pointer: `/data/relationships/${link.name}` }, (f) =>
      documentFor(w, f, mode, (data) => {
        data.relationships = { ...data.relationships, [link.name]: { data: ref('microlocation', f.ids.microlocations) } };
      }),
    );
    add(`a ${link.name} relationship as a bare id`, 422, 'any-pointer', (f) =>
      documentFor(w, f, mode, (data) => {
        data.relationships = { ...data.relationships, [link.name]: { data: f.ids[link.type === 'user' ? 'member' : 'tracks'] } };
      }),
    );
  }
  return cases;
}

function urlIdCases(w: Writable): Case[] {
  const cases: Case[] = [];
  for (const id of BAD_IDS) {
    const url = () => `/v1/${w.path}/${id}`;
    cases.push({ name: `GET /v1/${w.path}/${id}: unknown id`, method: 'GET', url, status: 404 });
    cases.push({ name: `DELETE /v1/${w.path}/${id}: unknown id`, method: 'DELETE', url, status: 404 });
    cases.push({
      name: `PATCH /v1/${w.path}/${id}: unknown id`,
      method: 'PATCH',
      url,
      body: () => ({ data: { type: w.type, id, attributes: {} } }),
      status: 404,
    });
  }
  const single = (name: string, query: string, parameter: string) =>
    cases.push({
      name: `GET /v1/${w.path}/{id}?${name}`,
      method: 'GET',
      url: (f) => `/v1/${w.path}/${f.ids[w.path]}?${query}`,
      status: 400,
      source: { parameter },
    });
  single('include of an unknown relationship', 'include=no-such-rel', 'include');
  single(`fields[${w.type}] with an unknown member`, `fields[${w.type}]=no-such-field`, `fields[${w.type}]`);
  single('sort, which a single resource does not take', 'sort=name', 'sort');
  single('page[size], which a single resource does not take', 'page[size]=1', 'page[size]');
  single('an unknown query parameter', 'colour=blue', 'colour');
  return cases;
}

interface Listable {
  url: (f: Fixture) => string;
  label: string;
  type: string;
  /** A field holding a date, when the resource has one visible to the caller. */
  date?: string;
  /** A text field (for "like" on an integer field, and a sortable non-text field is not needed). */
  text?: string;
}

const nested = (path: string, type: string, extra: Partial<Listable> = {}): Listable => ({
  url: (f) => `/v1/events/${f.event.id}/${path}`,
  label: `/v1/events/{id}/${path}`,
  type,
  ...extra,
});

const LISTS: Listable[] = [
  { url: () => '/v1/events', label: '/v1/events', type: 'event', date: 'starts-at' },
  { url: () => '/v1/users', label: '/v1/users', type: 'user', date: 'created-at' },
  { url: () => '/v1/taxes', label: '/v1/taxes', type: 'tax' },
  nested('tracks', 'track'),
  nested('microlocations', 'microlocation'),
  nested('session-types', 'session-type'),
  nested('speakers', 'speaker', { date: 'created-at' }),
  nested('sessions', 'session', { date: 'starts-at' }),
  nested('sponsors', 'sponsor'),
  nested('social-links', 'social-link'),
  nested('event-copyrights', 'event-copyright'),
  nested('taxes', 'tax'),
  nested('users-events-roles', 'users-events-role', { date: 'created-at' }),
];

const filterParam = (filter: unknown) => `filter=${encodeURIComponent(typeof filter === 'string' ? filter : JSON.stringify(filter))}`;

function listCases(list: Listable): Case[] {
  const cases: Case[] = [];
  const add = (name: string, query: string, parameter: string) =>
    cases.push({
      name: `GET ${list.label}?${name}`,
      method: 'GET',
      url: (f) => `${list.url(f)}?${query}`,
      status: 400,
      source: { parameter },
    });
  add('filter that is not JSON', filterParam('[{"name":'), 'filter');
  add('filter that is a number', filterParam(42), 'filter');
  add('filter on an unknown field', filterParam([{ name: 'no-such-field', op: 'eq', val: 1 }]), 'filter');
  add('filter with an unknown operator', filterParam([{ name: 'id', op: 'between', val: 1 }]), 'filter');
  add('filter without an operator', filterParam([{ name: 'id', val: 1 }]), 'filter');
  add('filter without a value', filterParam([{ name: 'id', op: 'eq' }]), 'filter');
  add('filter with an extra key', filterParam([{ name: 'id', op: 'eq', val: 1, extra: 2 }]), 'filter');
  add('filter with a string for an integer field', filterParam([{ name: 'id', op: 'eq', val: 'abc' }]), 'filter');
  add('filter with an integer field compared by like', filterParam([{ name: 'id', op: 'like', val: '1%' }]), 'filter');
  add('filter with in_ and no list', filterParam([{ name: 'id', op: 'in_', val: 1 }]), 'filter');
  add('filter with an empty "or"', filterParam({ or: [] }), 'filter');
  if (list.date) add(`filter with "abc" for the date field ${list.date}`, filterParam([{ name: list.date, op: 'gt', val: 'abc' }]), 'filter');
  add('page[size]=-1', 'page[size]=-1', 'page[size]');
  add('page[size]=abc', 'page[size]=abc', 'page[size]');
  add('page[size]=1.5', 'page[size]=1.5', 'page[size]');
  add('page[number]=0', 'page[number]=0', 'page[number]');
  add('page[number]=abc', 'page[number]=abc', 'page[number]');
  add('page[number] given twice', 'page[number]=1&page[number]=2', 'page[number]');
  add('sort by an unknown field', 'sort=no-such-field', 'sort');
  add('sort by a malformed name', 'sort=--name', 'sort');
  add('include of an unknown relationship', 'include=no-such-rel', 'include');
  add('include of a malformed path', 'include=a..b', 'include');
  if (list.label.startsWith('/v1/events/{id}/') && list.type !== 'users-events-role') {
    cases.push({
      name: `GET ${list.label}?include of an unknown relationship, on an event with no ${list.type} rows`,
      method: 'GET',
      url: (f) => `${list.url(f).replace(`/events/${f.event.id}/`, `/events/${f.ids.emptyEvent}/`)}?include=no-such-rel`,
      status: 400,
      source: { parameter: 'include' },
    });
  }
  add(`fields[${list.type}] with an unknown member`, `fields[${list.type}]=no-such-field`, `fields[${list.type}]`);
  add('an unknown query parameter', 'colour=blue', 'colour');
  add('a page parameter that does not exist', 'page[offset]=10', 'page[offset]');
  return cases;
}

const CASES: Case[] = [
  ...WRITABLES.flatMap((w) => [...bodyCases(w, 'create'), ...bodyCases(w, 'update'), ...urlIdCases(w)]),
  ...LISTS.flatMap(listCases),
];

let t: TestApp;
let admin: TestUser;
let fixture: Fixture;

beforeAll(async () => {
  t = await makeTestApp();
  let owner: TestUser;
  let member: TestUser;
  [admin, owner, member] = await Promise.all([makeUser(t.app, { admin: true }), makeUser(t.app), makeUser(t.app)]);
  const [event, otherEvent, emptyEvent] = await Promise.all([
    makeEvent(t.app, owner, { 'is-tax-enabled': true }),
    makeEvent(t.app, owner, { 'is-tax-enabled': true }),
    makeEvent(t.app, owner),
  ]);
  const mk = (type: string, path: string, attributes: Record<string, unknown>, relationships: Record<string, unknown> = {}) =>
    make(t.app, owner, event, type, path, attributes, relationships);
  const ids: Record<string, string> = { member: String(member.id), otherEvent: otherEvent.id, emptyEvent: emptyEvent.id, users: String(member.id), events: event.id };
  ids.tracks = await mk('track', 'tracks', { name: 'Web', color: '#336699' });
  ids.microlocations = await mk('microlocation', 'microlocations', { name: 'Hall A' });
  ids['session-types'] = await mk('session-type', 'session-types', { name: 'Talk' });
  ids.speakers = await mk('speaker', 'speakers', { name: 'Grace' });
  ids.sessions = await mk('session', 'sessions', { title: 'Keynote', state: 'accepted' }, { speakers: [ref('speaker', ids.speakers)] });
  ids.sponsors = await mk('sponsor', 'sponsors', { name: 'ACME' });
  ids['social-links'] = await mk('social-link', 'social-links', { name: 'GitHub', link: 'https://github.com/convene' });
  ids['event-copyrights'] = await mk('event-copyright', 'event-copyrights', { licence: 'CC BY 4.0' });
  ids.taxes = await mk('tax', 'taxes', { name: 'VAT', rate: 7 });
  ids['users-events-roles'] = await grantRole(t.app, event, owner, member, 'moderator');
  fixture = { event, ids };
});
afterAll(async () => t?.close());

/**
 * What the original ignores is ignored here too (an unknown attribute, "id" among the attributes, an unknown
 * relationship): the write succeeds and the answer's meta names what was left out.
 */
const IGNORED = WRITABLES.flatMap((w) =>
  (['create', 'update'] as const).map((mode) => ({
    name: `${mode === 'create' ? 'POST' : 'PATCH'} /v1/${w.path}${mode === 'update' ? '/{id}' : ''}`,
    w,
    mode,
  })),
);

describe('ignored input', () => {
  it.each(IGNORED.map((c) => [c.name, c] as const))('%s ignores unknown attributes and relationships and names them in meta', async (_name, { w, mode }) => {
    const body = documentFor(w, fixture, mode, (data) => {
      data.attributes = { ...data.attributes, 'no-such-field': 'x', id: '1' };
      data.relationships = { ...data.relationships, 'no-such-rel': { data: ref('track', 1) } };
    });
    // A second row of a one-per-event resource would conflict: create it for the event that has none.
    if (mode === 'create' && w.path === 'event-copyrights') body.data.relationships.event = { data: ref('event', fixture.ids.emptyEvent) };
    if (mode === 'create' && w.path === 'taxes') body.data.relationships.event = { data: ref('event', fixture.ids.otherEvent) };
    if (mode === 'create' && w.path === 'users-events-roles') body.data.attributes.role = 'registrar';
    const url = mode === 'create' ? `/v1/${w.path}` : `/v1/${w.path}/${fixture.ids[w.path]}`;

    const response = await new Api(t.app, admin.token).request(mode === 'create' ? 'POST' : 'PATCH', url, JSON.stringify(body));

    expect([response.status, response.body.meta]).toEqual([
      mode === 'create' ? 201 : 200,
      expect.objectContaining({ 'ignored-attributes': ['no-such-field', 'id'], 'ignored-relationships': ['no-such-rel'] }),
    ]);
  });
});

describe('malformed requests', () => {
  it('generates at least 300 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('refuses %s', async (_name, c) => {
    const body = c.body?.(fixture);
    const payload = body === undefined ? undefined : c.raw ? (body as string) : JSON.stringify(body);

    const response = await new Api(t.app, admin.token).request(c.method, c.url(fixture), payload, c.contentType ? { 'content-type': c.contentType } : {});

    expect({ status: response.status, body: response.body }).toMatchObject({ status: c.status });
    const first = response.body.errors[0];
    expect(first).toEqual(
      expect.objectContaining({
        status: String(c.status),
        code: expect.any(String),
        title: expect.any(String),
        detail: expect.any(String),
      }),
    );
    if (c.source === 'any-pointer') expect(first.source).toEqual({ pointer: expect.any(String) });
    else if (c.source === 'any-parameter') expect(first.source).toEqual({ parameter: expect.any(String) });
    else if (c.source) expect(first.source).toEqual(c.source);
  });
});
