// The tax endpoint: who sees which attributes on every route (public: name, rate, inclusion; private: the
// business details, for coorganizer+ of the tax's event only), who may write, the rate rules, the
// is-tax-enabled precondition, one live tax per event, and soft delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';

// deleted-at is every type's (null on a live row), and is-invoice-sent (always false) the original's.
const PUBLIC_KEYS = ['deleted-at', 'is-invoice-sent', 'is-tax-included-in-price', 'name', 'rate'].sort();
const PRIVATE_KEYS = [
  'tax-id',
  'registered-company',
  'contact-name',
  'phone',
  'email',
  'address',
  'city',
  'state',
  'zip',
  'country',
  'invoice-footer',
  'should-send-invoice',
];
const FULL_KEYS = [...PUBLIC_KEYS, ...PRIVATE_KEYS].sort();

const FULL_ATTRIBUTES = {
  'deleted-at': null,
  'is-invoice-sent': false,
  name: 'GST',
  rate: 9,
  'is-tax-included-in-price': true,
  'tax-id': 'SG-200012345K',
  'registered-company': 'Convene Pte Ltd',
  'contact-name': 'Ada Tan',
  phone: '+65 6000 0000',
  email: 'billing@convene.example',
  address: '1 Fusionopolis Way',
  city: 'Singapore',
  state: 'Singapore',
  zip: '138632',
  country: 'SG',
  'invoice-footer': 'Thank you for attending.',
  'should-send-invoice': true,
};

type Caller = 'anonymous' | 'plain user' | 'owner' | 'organizer' | 'coorganizer' | 'track_organizer' | 'moderator' | 'registrar' | 'admin';
const EVENT_ROLES = ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const;

/** What each caller may do with the tax of an event. */
const MATRIX: { caller: Caller; full: boolean; writes: boolean }[] = [
  { caller: 'anonymous', full: false, writes: false },
  { caller: 'plain user', full: false, writes: false },
  { caller: 'owner', full: true, writes: true },
  { caller: 'organizer', full: true, writes: true },
  { caller: 'coorganizer', full: true, writes: true },
  { caller: 'track_organizer', full: false, writes: false },
  { caller: 'moderator', full: false, writes: false },
  { caller: 'registrar', full: false, writes: false },
  { caller: 'admin', full: true, writes: true },
];

let t: TestApp;
let owner: TestUser;
const callers = new Map<Caller, TestUser | undefined>();
/** Holds the tax every read and PATCH test looks at. */
let taxed: TestEvent;
let taxId: string;
/** Tax-enabled, with the same team, and no tax between tests: for POST and DELETE. */
let spare: TestEvent;

const keysOf = (attributes: Record<string, unknown>) => Object.keys(attributes).sort();
const as = (caller: Caller) => new Api(t.app).as(callers.get(caller));
const taxBody = (event: TestEvent, attributes: Record<string, unknown> = { name: 'VAT', rate: 7 }) =>
  resource('tax', attributes, { event: ref('event', event.id) });

async function createTax(event: TestEvent, attributes: Record<string, unknown> = FULL_ATTRIBUTES): Promise<string> {
  const response = await new Api(t.app, owner.token).post('/v1/taxes', taxBody(event, attributes));
  if (response.status !== 201) throw new Error(`tax failed: ${JSON.stringify(response.body)}`);
  return response.body.data.id;
}

beforeAll(async () => {
  t = await makeTestApp();
  const [o, plain, admin, ...roleUsers] = await Promise.all([
    makeUser(t.app),
    makeUser(t.app),
    makeUser(t.app, { admin: true }),
    ...EVENT_ROLES.map(() => makeUser(t.app)),
  ]);
  owner = o;
  callers.set('anonymous', undefined).set('plain user', plain).set('owner', owner).set('admin', admin);
  EVENT_ROLES.forEach((role, i) => callers.set(role, roleUsers[i]));
  [taxed, spare] = await Promise.all([makeEvent(t.app, owner, { 'is-tax-enabled': true }), makeEvent(t.app, owner, { 'is-tax-enabled': true })]);
  for (const event of [taxed, spare]) {
    for (const [i, role] of EVENT_ROLES.entries()) await grantRole(t.app, event, owner, roleUsers[i], role);
  }
  taxId = await createTax(taxed);
});
afterAll(async () => t?.close());

describe.each(MATRIX)('tax seen and written by $caller', ({ caller, full, writes }) => {
  const expectedKeys = full ? FULL_KEYS : PUBLIC_KEYS;

  it(`GET /v1/taxes/{id} shows the ${full ? 'full' : 'public'} attributes`, async () => {
    const response = await as(caller).get(`/v1/taxes/${taxId}`);

    expect(response.status).toBe(200);
    expect(response.body.data.id).toBe(taxId);
    expect(keysOf(response.body.data.attributes)).toEqual(expectedKeys);
  });

  it(`GET /v1/events/{id}/tax shows the ${full ? 'full' : 'public'} attributes`, async () => {
    const response = await as(caller).get(`/v1/events/${taxed.id}/tax`);

    expect(response.status).toBe(200);
    expect(response.body.data.id).toBe(taxId);
    expect(keysOf(response.body.data.attributes)).toEqual(expectedKeys);
  });

  it(`GET /v1/events/{identifier}/tax shows the ${full ? 'full' : 'public'} attributes`, async () => {
    const response = await as(caller).get(`/v1/events/${taxed.identifier}/tax`);

    expect(response.status).toBe(200);
    expect(response.body.data.id).toBe(taxId);
    expect(keysOf(response.body.data.attributes)).toEqual(expectedKeys);
  });

  it(`GET /v1/taxes lists the tax with the ${full ? 'full' : 'public'} attributes`, async () => {
    const response = await as(caller).get('/v1/taxes?page[size]=0');

    expect(response.status).toBe(200);
    const item = response.body.data.find((tax: { id: string }) => tax.id === taxId);
    expect(keysOf(item.attributes)).toEqual(expectedKeys);
  });

  it(`GET /v1/events/{id}?include=tax includes the ${full ? 'full' : 'public'} attributes`, async () => {
    const response = await as(caller).get(`/v1/events/${taxed.id}?include=tax`);

    expect(response.status).toBe(200);
    expect(response.body.data.relationships.tax.data).toEqual({ type: 'tax', id: taxId });
    expect(response.body.included.map((item: { type: string; id: string }) => `${item.type}:${item.id}`)).toEqual([`tax:${taxId}`]);
    expect(keysOf(response.body.included[0].attributes)).toEqual(expectedKeys);
  });

  it(writes ? 'POST /v1/taxes creates the tax (201, full attributes)' : 'POST /v1/taxes is refused', async () => {
    const response = await as(caller).post('/v1/taxes', taxBody(spare, { name: `VAT by ${caller}`, rate: 7 }));

    if (writes) {
      expect(response.status).toBe(201);
      expect(keysOf(response.body.data.attributes)).toEqual(FULL_KEYS);
      expect(response.body.data.attributes.name).toBe(`VAT by ${caller}`);
      await new Api(t.app, owner.token).delete(`/v1/taxes/${response.body.data.id}`);
    } else {
      expect(response.status).toBe(caller === 'anonymous' ? 401 : 403);
      expect((await new Api(t.app).get(`/v1/events/${spare.id}/tax`)).status).toBe(404);
    }
  });

  it(writes ? 'PATCH /v1/taxes/{id} changes the tax (200, full attributes)' : 'PATCH /v1/taxes/{id} is refused', async () => {
    const before = (await new Api(t.app, owner.token).get(`/v1/taxes/${taxId}`)).body.data.attributes;

    const response = await as(caller).patch(`/v1/taxes/${taxId}`, resource('tax', { 'contact-name': `Contact ${caller}` }, {}, taxId));

    const after = (await new Api(t.app, owner.token).get(`/v1/taxes/${taxId}`)).body.data.attributes;
    if (writes) {
      expect(response.status).toBe(200);
      expect(keysOf(response.body.data.attributes)).toEqual(FULL_KEYS);
      expect(after).toEqual({ ...before, 'contact-name': `Contact ${caller}` });
    } else {
      expect(response.status).toBe(caller === 'anonymous' ? 401 : 403);
      expect(response.body.errors[0].status).toBe(String(response.status));
      expect(after).toEqual(before);
    }
  });

  it(writes ? 'DELETE /v1/taxes/{id} deletes the tax' : 'DELETE /v1/taxes/{id} is refused', async () => {
    const target = writes ? await createTax(spare) : taxId;

    const response = await as(caller).delete(`/v1/taxes/${target}`);

    if (writes) {
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ meta: { message: 'Object successfully deleted' }, jsonapi: { version: '1.0' } });
      expect((await new Api(t.app, owner.token).get(`/v1/taxes/${target}`)).status).toBe(404);
    } else {
      expect(response.status).toBe(caller === 'anonymous' ? 401 : 403);
      expect((await new Api(t.app, owner.token).get(`/v1/taxes/${target}`)).status).toBe(200);
    }
  });
});

describe('tax values', () => {
  let event: TestEvent;
  let api: Api;
  beforeAll(async () => {
    event = await makeEvent(t.app, owner, { 'is-tax-enabled': true });
    api = new Api(t.app, owner.token);
  });

  it.each([-1, 100.5, '-1', '100.5'])('refuses the rate %j as out of range', async (rate) => {
    const response = await api.post('/v1/taxes', taxBody(event, { name: 'VAT', rate }));

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/attributes/rate' });
    expect((await api.get(`/v1/events/${event.id}/tax`)).status).toBe(404);
  });

  it.each([7.12345, '7.12345'])('refuses the rate %j with more than 4 decimals', async (rate) => {
    const response = await api.post('/v1/taxes', taxBody(event, { name: 'VAT', rate }));

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/attributes/rate' });
  });

  it('refuses an out-of-range rate on PATCH too', async () => {
    const response = await api.patch(`/v1/taxes/${taxId}`, resource('tax', { rate: 100.0001 }, {}, taxId));

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/attributes/rate' });
  });

  it('accepts the rate as a decimal string and answers a number', async () => {
    const response = await api.post('/v1/taxes', taxBody(event, { name: 'VAT', rate: '7.7' }));

    expect(response.status).toBe(201);
    expect(response.body.data.attributes.rate).toBe(7.7);
    expect((await api.get(`/v1/events/${event.id}/tax`)).body.data.attributes.rate).toBe(7.7);
  });

  it('accepts the bounds 0 and 100 and four decimals', async () => {
    const other = await makeEvent(t.app, owner, { 'is-tax-enabled': true });
    const id = (await api.post('/v1/taxes', taxBody(other, { name: 'Zero', rate: 0 }))).body.data.id;

    const hundred = await api.patch(`/v1/taxes/${id}`, resource('tax', { rate: 100 }, {}, id));
    const fine = await api.patch(`/v1/taxes/${id}`, resource('tax', { rate: '12.3456' }, {}, id));

    expect([hundred.status, hundred.body.data.attributes.rate]).toEqual([200, 100]);
    expect([fine.status, fine.body.data.attributes.rate]).toEqual([200, 12.3456]);
  });

  it('stores every attribute given on create and fills the defaults', async () => {
    const other = await makeEvent(t.app, owner, { 'is-tax-enabled': true });

    const full = await api.post('/v1/taxes', taxBody(other, FULL_ATTRIBUTES));
    const minimal = await api.post('/v1/taxes', taxBody(await makeEvent(t.app, owner, { 'is-tax-enabled': true }), { name: 'VAT', rate: 5 }));

    expect(full.status).toBe(201);
    expect(full.body.data.attributes).toEqual(FULL_ATTRIBUTES);
    expect(minimal.body.data.attributes).toEqual({
      ...Object.fromEntries(PRIVATE_KEYS.map((key) => [key, null])),
      'deleted-at': null,
      'is-invoice-sent': false,
      name: 'VAT',
      rate: 5,
      'is-tax-included-in-price': false,
      'should-send-invoice': false,
    });
  });
});

describe('tax preconditions and lifecycle', () => {
  it('refuses a tax when the event has is-tax-enabled false, naming the setting', async () => {
    const event = await makeEvent(t.app, owner);
    const api = new Api(t.app, owner.token);

    const response = await api.post('/v1/taxes', taxBody(event));

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/relationships/event' });
    expect(response.body.errors[0].detail).toContain('is-tax-enabled');
    expect((await api.get(`/v1/events/${event.id}/tax`)).status).toBe(404);
  });

  it('refuses a tax without an event relationship', async () => {
    const response = await new Api(t.app, owner.token).post('/v1/taxes', resource('tax', { name: 'VAT', rate: 7 }));

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/relationships/event' });
  });

  it('refuses a second tax for the same event with 409 on the event relationship', async () => {
    const response = await new Api(t.app, owner.token).post('/v1/taxes', taxBody(taxed));

    expect(response.status).toBe(409);
    expect(response.body.errors).toEqual([
      { status: '409', code: 'tax.exists', title: 'Conflict', detail: 'Tax already exists for this event', source: { pointer: '/data/relationships/event' } },
    ]);
  });

  it('soft-deletes a tax: it reads as 404 and a new tax may then be created', async () => {
    const event = await makeEvent(t.app, owner, { 'is-tax-enabled': true });
    const api = new Api(t.app, owner.token);
    const first = await createTax(event);

    const deleted = await api.delete(`/v1/events/${event.identifier}/tax`);
    const byId = await api.get(`/v1/taxes/${first}`);
    const byEvent = await api.get(`/v1/events/${event.id}/tax`);
    const patched = await api.patch(`/v1/taxes/${first}`, resource('tax', { name: 'Ghost' }, {}, first));
    const again = await api.post('/v1/taxes', taxBody(event, { name: 'VAT again', rate: 8 }));
    const now = await api.get(`/v1/events/${event.id}/tax`);

    expect(deleted.status).toBe(200);
    expect([byId.status, byEvent.status, patched.status]).toEqual([404, 404, 404]);
    expect(again.status).toBe(201);
    expect(again.body.data.id).not.toBe(first);
    expect([now.body.data.id, now.body.data.attributes.name]).toEqual([again.body.data.id, 'VAT again']);
  });

  it('changes the tax through /v1/events/{identifier}/tax', async () => {
    const event = await makeEvent(t.app, owner, { 'is-tax-enabled': true });
    const id = await createTax(event);

    const response = await new Api(t.app, owner.token).patch(`/v1/events/${event.identifier}/tax`, resource('tax', { rate: 5.5 }, {}, id));

    expect(response.status).toBe(200);
    expect(response.body.data.attributes).toEqual({ ...FULL_ATTRIBUTES, rate: 5.5 });
  });

  it('answers 404 for the tax of an event that has none', async () => {
    const event = await makeEvent(t.app, owner, { 'is-tax-enabled': true });

    const response = await new Api(t.app).get(`/v1/events/${event.id}/tax`);

    expect(response.status).toBe(404);
    expect(response.body.errors[0].status).toBe('404');
  });

  it('hides the tax of a draft event from callers without a role, on every route', async () => {
    const draft = await makeEvent(t.app, owner, { 'is-tax-enabled': true, state: 'draft' });
    const id = await createTax(draft);
    const plain = new Api(t.app).as(callers.get('plain user'));
    const moderator = new Api(t.app).as(callers.get('moderator'));

    const direct = await plain.get(`/v1/taxes/${id}`);
    const nested = await plain.get(`/v1/events/${draft.id}/tax`);
    const listed = await plain.get('/v1/taxes?page[size]=0');
    const anonymousList = await new Api(t.app).get('/v1/taxes?page[size]=0');
    const ownerList = await new Api(t.app, owner.token).get('/v1/taxes?page[size]=0');

    expect([direct.status, nested.status]).toEqual([404, 404]);
    expect(listed.body.data.map((tax: { id: string }) => tax.id)).not.toContain(id);
    expect(anonymousList.body.data.map((tax: { id: string }) => tax.id)).not.toContain(id);
    expect(ownerList.body.data.map((tax: { id: string }) => tax.id)).toContain(id);
    expect((await moderator.get(`/v1/taxes/${id}`)).status).toBe(404);
  });
});

describe('GET /v1/taxes across events', () => {
  it('shows full fields for the event the caller co-organizes and public fields for the other', async () => {
    const [mine, other, coorganizer] = await Promise.all([makeUser(t.app), makeUser(t.app), makeUser(t.app)]);
    const [a, b] = await Promise.all([makeEvent(t.app, mine, { 'is-tax-enabled': true }), makeEvent(t.app, other, { 'is-tax-enabled': true })]);
    await grantRole(t.app, a, mine, coorganizer, 'coorganizer');
    const taxA = (await new Api(t.app, mine.token).post('/v1/taxes', taxBody(a, FULL_ATTRIBUTES))).body.data.id;
    const taxB = (await new Api(t.app, other.token).post('/v1/taxes', taxBody(b, FULL_ATTRIBUTES))).body.data.id;

    const response = await new Api(t.app, coorganizer.token).get(
      `/v1/taxes?page[size]=0&filter=${encodeURIComponent(JSON.stringify([{ name: 'id', op: 'in_', val: [taxA, taxB] }]))}`,
    );

    expect(response.status).toBe(200);
    expect(response.body.meta.count).toBe(2);
    const byId = Object.fromEntries(response.body.data.map((tax: { id: string; attributes: object }) => [tax.id, tax.attributes]));
    expect(byId[taxA]).toEqual(FULL_ATTRIBUTES);
    expect(byId[taxB]).toEqual({ 'deleted-at': null, 'is-invoice-sent': false, name: 'GST', rate: 9, 'is-tax-included-in-price': true });
  });

  it('refuses a filter on a private field to a non-admin with 400', async () => {
    const filter = encodeURIComponent(JSON.stringify([{ name: 'tax-id', op: 'eq', val: FULL_ATTRIBUTES['tax-id'] }]));

    const asOwner = await new Api(t.app, owner.token).get(`/v1/taxes?filter=${filter}`);
    const asAnonymous = await new Api(t.app).get(`/v1/taxes?filter=${filter}`);
    const asModeratorNested = await new Api(t.app).as(callers.get('moderator')).get(`/v1/events/${taxed.id}/taxes?filter=${filter}`);

    for (const response of [asOwner, asAnonymous, asModeratorNested]) {
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ status: '400', code: 'invalid_filter', source: { parameter: 'filter' } });
    }
  });

  it('refuses sorting by a private field to a non-admin with 400', async () => {
    const response = await new Api(t.app, owner.token).get('/v1/taxes?sort=tax-id');

    expect(response.status).toBe(400);
    expect(response.body.errors[0].source).toEqual({ parameter: 'sort' });
  });

  it('lets an admin filter on a private field', async () => {
    const filter = encodeURIComponent(JSON.stringify([{ name: 'id', op: 'eq', val: taxId }, { name: 'tax-id', op: 'eq', val: FULL_ATTRIBUTES['tax-id'] }]));

    const response = await new Api(t.app).as(callers.get('admin')).get(`/v1/taxes?filter=${filter}`);

    expect(response.status).toBe(200);
    expect(response.body.data.map((tax: { id: string }) => tax.id)).toEqual([taxId]);
  });

  it('lets a coorganizer filter on a private field in the list of their own event', async () => {
    const filter = encodeURIComponent(JSON.stringify([{ name: 'tax-id', op: 'eq', val: FULL_ATTRIBUTES['tax-id'] }]));

    const response = await new Api(t.app).as(callers.get('coorganizer')).get(`/v1/events/${taxed.id}/taxes?filter=${filter}`);

    expect(response.status).toBe(200);
    expect(response.body.data.map((tax: { id: string }) => tax.id)).toEqual([taxId]);
  });
});
