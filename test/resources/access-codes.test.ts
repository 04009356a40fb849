// Access codes: organizers' CRUD by role, bad input named by pointer, and a code unlocking a hidden ticket end to
// end (hidden without it, refused by calculate-amount and create-order without it, orderable with it, its uses
// counted on live orders and given back by a cancellation, refused when used up, expired or inactive).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, COORGANIZERS_READ, grantRole, make, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';
import { changeOrder, createOrderRaw, placeOrder } from '../support/orders.js';

const EVENT_ROLES = ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const;

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;
const callers = new Map<string, TestUser | undefined>();
let event: TestEvent;
let openTicket: string;
let crewTicket: string;
let otherHidden: string;

const as = (caller: string) => new Api(t.app).as(callers.get(caller));
const codeBody = (attributes: Record<string, unknown>, tickets: string[] = [crewTicket], target: TestEvent = event) =>
  resource('access-code', { code: 'CREW', ...attributes }, { event: ref('event', target.id), tickets: tickets.map((id) => ref('ticket', id)) });
const unprocessable = (code: string, detail: string, source: Record<string, string>, status = 422) => ({
  errors: [{ status: String(status), code, title: status === 409 ? 'Conflict' : status === 404 ? 'Not Found' : 'Unprocessable Entity', detail, source }],
  jsonapi: { version: '1.0' },
});

beforeAll(async () => {
  t = await makeTestApp();
  const [o, b, plain, admin, ...roleUsers] = await Promise.all([
    makeUser(t.app),
    makeUser(t.app),
    makeUser(t.app),
    makeUser(t.app, { admin: true }),
    ...EVENT_ROLES.map(() => makeUser(t.app)),
  ]);
  owner = o;
  buyer = b;
  callers.set('anonymous', undefined).set('plain user', plain).set('owner', owner).set('admin', admin);
  EVENT_ROLES.forEach((role, i) => callers.set(role, roleUsers[i]));
  event = await makeEvent(t.app, owner, { 'starts-at': '2090-03-01T09:00:00Z', 'ends-at': '2090-03-03T18:00:00Z', 'is-ticketing-enabled': true });
  for (const [i, role] of EVENT_ROLES.entries()) await grantRole(t.app, event, owner, roleUsers[i], role);
  openTicket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Open', type: 'free', position: 1 });
  crewTicket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Crew', type: 'paid', price: '5.00', 'is-hidden': true, position: 2 });
  otherHidden = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Press', type: 'free', 'is-hidden': true, position: 3 });
  await make(t.app, owner, event, 'access-code', 'access-codes', { code: 'BYTEXT' });
});
afterAll(async () => t?.close());

describe('access codes: who may do what', () => {
  it('lets coorganizers and up create, read, change and delete a code, with every attribute', async () => {
    const created = await as('coorganizer').post(
      '/v1/access-codes',
      codeBody({ code: 'Team-1', 'access-url': 'https://example.org/crew', 'tickets-number': 5, 'min-quantity': 1, 'max-quantity': 2, 'valid-from': '2030-01-01T00:00:00Z', 'valid-till': '2090-01-01T00:00:00Z', 'is-active': false }),
    );

    expect(created.status).toBe(201);
    expect(created.body.data.attributes).toEqual({
      code: 'Team-1',
      'access-url': 'https://example.org/crew',
      'tickets-number': 5,
      'min-quantity': 1,
      'max-quantity': 2,
      'valid-from': '2030-01-01T00:00:00.000Z',
      'valid-till': '2090-01-01T00:00:00.000Z',
      'is-active': false,
      used: 0,
      'created-at': expect.any(String),
      'deleted-at': null,
    });
    const id = created.body.data.id;
    expect((await as('organizer').get(`/v1/access-codes/${id}?include=tickets`)).body.included.map((i: any) => i.attributes.name)).toEqual(['Crew']);
    const changed = await as('owner').patch(`/v1/access-codes/${id}`, resource('access-code', { 'is-active': true }, {}, id));
    expect(changed.body.data.attributes['is-active']).toBe(true);
    expect((await as('admin').delete(`/v1/access-codes/${id}`)).status).toBe(200);
    expect((await as('owner').get(`/v1/access-codes/${id}`)).status).toBe(404);
  });

  it.each(COORGANIZERS_READ)('%s reads the event\'s codes: %i', async (caller, status) => {
    const response = await as(caller).get(`/v1/events/${event.id}/access-codes`);

    expect(response.status).toBe(status);
  });

  it.each([...COORGANIZERS_READ.map(([caller, status]) => [caller, status === 200 ? 200 : 404] as const), ['anonymous', 404] as const])(
    "%s reads a code by its text, as the original's /events/{id}/access-codes/{code}: %i",
    async (caller, status) => {
      const response = await as(caller).get(`/v1/events/${event.identifier}/access-codes/byText`);

      expect(response.status).toBe(status);
      if (status === 200) expect([response.body.data.type, response.body.data.attributes.code]).toEqual(['access-code', 'BYTEXT']);
      else expect(response.body.errors[0]).toMatchObject({ code: 'access-code.not_found', source: { parameter: 'code' } });
    },
  );

  it('keeps codes from anonymous callers (401 to write, 403 to list)', async () => {
    expect((await as('anonymous').get(`/v1/events/${event.id}/access-codes`)).status).toBe(403);
    expect((await as('anonymous').post('/v1/access-codes', codeBody({ code: 'ANON' }))).status).toBe(401);
  });

  it.each(['track_organizer', 'moderator', 'registrar', 'plain user'])('refuses %s to create, change or delete a code', async (caller) => {
    const id = await make(t.app, owner, event, 'access-code', 'access-codes', { code: `KEEP-${caller.replace(/\W/g, '')}` });

    expect((await as(caller).post('/v1/access-codes', codeBody({ code: 'NOPE' }))).status).toBe(403);
    // Those who may not read a code find none to change.
    expect((await as(caller).patch(`/v1/access-codes/${id}`, resource('access-code', { 'is-active': false }, {}, id))).status).toBe(404);
    expect((await as(caller).delete(`/v1/access-codes/${id}`)).status).toBe(404);
    expect((await as('owner').get(`/v1/access-codes/${id}`)).body.data.attributes['is-active']).toBe(true);
  });
});

describe('access codes: bad input', () => {
  it.each([
    [{ code: 'a b' }, 'access-code.code', 'code may use letters, digits, - and _ only', '/data/attributes/code'],
    [{ code: 'Q1', 'min-quantity': 3, 'max-quantity': 2 }, 'access-code.quantity', 'min-quantity must not exceed max-quantity', '/data/attributes/min-quantity'],
    [{ code: 'Q2', 'valid-from': '2030-02-01T00:00:00Z', 'valid-till': '2030-01-01T00:00:00Z' }, 'access-code.validity', 'valid-till must be after valid-from', '/data/attributes/valid-till'],
  ])('refuses %j naming the field', async (attributes, code, detail, pointer) => {
    const response = await as('owner').post('/v1/access-codes', codeBody(attributes));

    expect(response.status).toBe(422);
    expect(response.body).toEqual(unprocessable(code, detail, { pointer }));
  });

  it('refuses a second code with the same text ignoring case, and a ticket of another event', async () => {
    const other = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true });
    const foreign = await make(t.app, owner, other, 'ticket', 'tickets', { name: 'Elsewhere', type: 'free' });
    await make(t.app, owner, event, 'access-code', 'access-codes', { code: 'Twice' });

    const again = await as('owner').post('/v1/access-codes', codeBody({ code: 'TWICE' }));
    const foreignTicket = await as('owner').post('/v1/access-codes', codeBody({ code: 'FOREIGN' }, [foreign]));

    expect(again.status).toBe(409);
    expect(again.body.errors[0]).toMatchObject({ code: 'access-code.code_taken', source: { pointer: '/data/attributes/code' } });
    expect(foreignTicket.status).toBe(422);
    expect(foreignTicket.body.errors[0]).toMatchObject({ code: 'invalid_relationship', detail: `ticket ${foreign} not found in this event`, source: { pointer: '/data/relationships/tickets' } });
  });

  it('refuses attributes of the wrong type naming them', async () => {
    const response = await as('owner').post('/v1/access-codes', codeBody({ code: 'TYPES', 'tickets-number': 'many' }));

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/attributes/tickets-number' });
  });
});

describe('an access code unlocking a hidden ticket', () => {
  it('shows, prices and sells the hidden ticket only with the code, counts its uses and refuses it used up', async () => {
    const code = await make(t.app, owner, event, 'access-code', 'access-codes', { code: 'Backstage', 'tickets-number': 3, 'max-quantity': 2 }, { tickets: [ref('ticket', crewTicket), ref('ticket', openTicket)] });
    const publicNames = async () => (await new Api(t.app, buyer.token).get(`/v1/events/${event.id}/tickets`)).body.data.map((d: any) => d.attributes.name);

    // Without the code: not listed, not priced, not sold.
    expect(await publicNames()).toEqual(['Open']);
    const quote = await t.app.inject({ method: 'POST', url: '/v1/orders/calculate-amount', payload: { tickets: [{ id: crewTicket, quantity: 1 }] } });
    expect([quote.statusCode, JSON.parse(quote.body).errors[0]]).toEqual([422, { status: '422', code: 'order.ticket_hidden', title: 'Unprocessable Entity', detail: 'Ticket "Crew" is not on sale', source: { pointer: '/tickets/0/id' } }]);
    const refused = await createOrderRaw(t.app, buyer, { tickets: [{ id: crewTicket, quantity: 1 }] });
    expect([refused.status, refused.body.errors[0].source]).toEqual([422, { pointer: '/tickets/0/id' }]);

    // With the code (any case): the unlocked tickets are the hidden ones it lists, the others stay hidden.
    const unlocked = await new Api(t.app).get(`/v1/events/${event.identifier}/access-codes/backstage/tickets`);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.data.map((d: any) => [d.id, d.attributes.name, d.attributes['is-hidden']])).toEqual([[crewTicket, 'Crew', true]]);
    expect(unlocked.body.meta).toEqual({ count: 1, 'access-code': { code: 'Backstage', 'tickets-left': 3 } });
    const pressWithCode = await createOrderRaw(t.app, buyer, { tickets: [{ id: otherHidden, quantity: 1 }], 'access-code': 'Backstage' });
    expect([pressWithCode.status, pressWithCode.body.errors[0].detail]).toEqual([422, 'Access code "Backstage" does not unlock "Press"']);
    const priced = await t.app.inject({ method: 'POST', url: '/v1/orders/calculate-amount', payload: { tickets: [{ id: crewTicket, quantity: 2 }], 'access-code': 'BACKSTAGE' } });
    expect([priced.statusCode, JSON.parse(priced.body).total]).toEqual([200, 10]);

    // An order of public tickets only does not use the code, even when named.
    await placeOrder(t.app, buyer, [{ id: openTicket, quantity: 1 }]);
    expect((await createOrderRaw(t.app, buyer, { tickets: [{ id: openTicket, quantity: 1 }], 'access-code': 'Backstage' })).body.data.relationships['access-code'].data).toBe(null);
    expect((await new Api(t.app, owner.token).get(`/v1/access-codes/${code}`)).body.data.attributes.used).toBe(0);

    // Two seats of Crew: 2 of 3 uses; a third order of 2 seats is refused, one of 1 seat takes the last use.
    const withCode = await createOrderRaw(t.app, buyer, { tickets: [{ id: crewTicket, quantity: 2 }], 'access-code': 'Backstage' });
    expect(withCode.status).toBe(201);
    expect(withCode.body.data.relationships['access-code'].data).toEqual({ type: 'access-code', id: code });
    expect((await new Api(t.app, owner.token).get(`/v1/access-codes/${code}`)).body.data.attributes.used).toBe(2);
    const tooMany = await createOrderRaw(t.app, buyer, { tickets: [{ id: crewTicket, quantity: 2 }], 'access-code': 'Backstage' });
    expect([tooMany.status, tooMany.body.errors[0]]).toEqual([409, { status: '409', code: 'access-code.used_up', title: 'Conflict', detail: 'Access code "Backstage" can be used for 1 more tickets', source: { pointer: '/access-code' } }]);
    const last = await createOrderRaw(t.app, buyer, { tickets: [{ id: crewTicket, quantity: 1 }], 'access-code': 'Backstage' });
    expect(last.status).toBe(201);
    const usedUp = await new Api(t.app).get(`/v1/events/${event.id}/access-codes/Backstage/tickets`);
    expect([usedUp.status, usedUp.body.errors[0].code, usedUp.body.errors[0].source]).toEqual([409, 'access-code.used_up', { parameter: 'code' }]);

    // Cancelling an order gives its uses back.
    await changeOrder(t.app, buyer, { id: last.body.data.id, identifier: last.body.data.attributes.identifier, attendees: [] }, { status: 'cancelled' });
    expect((await new Api(t.app, owner.token).get(`/v1/access-codes/${code}`)).body.data.attributes.used).toBe(2);
    expect((await createOrderRaw(t.app, buyer, { tickets: [{ id: crewTicket, quantity: 1 }], 'access-code': 'Backstage' })).status).toBe(201);
  });

  it('refuses a code that does not exist, is inactive, expired or not yet valid, naming the field', async () => {
    await make(t.app, owner, event, 'access-code', 'access-codes', { code: 'OFF', 'is-active': false }, { tickets: [ref('ticket', crewTicket)] });
    await make(t.app, owner, event, 'access-code', 'access-codes', { code: 'OLD', 'valid-from': '2020-01-01T00:00:00Z', 'valid-till': '2021-01-01T00:00:00Z' }, { tickets: [ref('ticket', crewTicket)] });
    await make(t.app, owner, event, 'access-code', 'access-codes', { code: 'SOON', 'valid-from': '2089-01-01T00:00:00Z' }, { tickets: [ref('ticket', crewTicket)] });
    const order = (code: string) => createOrderRaw(t.app, buyer, { tickets: [{ id: crewTicket, quantity: 1 }], 'access-code': code });

    const answers = await Promise.all(['NOSUCH', 'OFF', 'OLD', 'SOON'].map(order));
    const page = await new Api(t.app).get(`/v1/events/${event.id}/access-codes/OLD/tickets`);
    const missing = await new Api(t.app).get(`/v1/events/${event.id}/access-codes/NOSUCH/tickets`);

    expect(answers.map((a) => [a.status, a.body.errors[0].code, a.body.errors[0].detail, a.body.errors[0].source])).toEqual([
      [422, 'access-code.not_found', 'Access code "NOSUCH" does not exist for this event', { pointer: '/access-code' }],
      [422, 'access-code.inactive', 'Access code "OFF" is not active', { pointer: '/access-code' }],
      [422, 'access-code.expired', 'Access code "OLD" is not valid now', { pointer: '/access-code' }],
      [422, 'access-code.expired', 'Access code "SOON" is not valid now', { pointer: '/access-code' }],
    ]);
    expect([page.status, page.body.errors[0].code, page.body.errors[0].source]).toEqual([422, 'access-code.expired', { parameter: 'code' }]);
    expect(missing.body).toEqual(unprocessable('access-code.not_found', 'Access code "NOSUCH" does not exist for this event', { parameter: 'code' }, 404));
  });

  it('never lets concurrent buyers take more than its tickets-number', async () => {
    const seats = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Speaker', type: 'free', 'is-hidden': true, quantity: 100, position: 4 });
    const code = await make(t.app, owner, event, 'access-code', 'access-codes', { code: 'SPEAKERS', 'tickets-number': 3 }, { tickets: [ref('ticket', seats)] });
    const buyers = await Promise.all(Array.from({ length: 8 }, () => makeUser(t.app)));

    const answers = await Promise.all(buyers.map((user) => createOrderRaw(t.app, user, { tickets: [{ id: seats, quantity: 1 }], 'access-code': 'SPEAKERS' })));

    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 201, 409, 409, 409, 409, 409]);
    expect((await new Api(t.app, owner.token).get(`/v1/access-codes/${code}`)).body.data.attributes.used).toBe(3);
  });

  it('takes the per-order limits of the code', async () => {
    await make(t.app, owner, event, 'access-code', 'access-codes', { code: 'PAIR', 'min-quantity': 2, 'max-quantity': 2 }, { tickets: [ref('ticket', crewTicket)] });

    const one = await createOrderRaw(t.app, buyer, { tickets: [{ id: crewTicket, quantity: 1 }], 'access-code': 'PAIR' });

    expect([one.status, one.body.errors[0].code, one.body.errors[0].detail, one.body.errors[0].source]).toEqual([422, 'access-code.quantity', 'Access code "PAIR" allows 2 to 2 tickets per order', { pointer: '/access-code' }]);
  });
});
