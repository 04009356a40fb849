// Open Event compatibility beyond the replayed Blueprint: the documented calculate-amount basket to the cent, the
// lenient reading of bodies (ignored attributes named in meta, numeric and boolean strings converted, strings
// never), the exact media type on answers and errors, and the relationship and user routes seen by every role:
// nothing is reachable through them that the resource's own route hides.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, make, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';
import { placeOrder } from '../support/orders.js';

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;
let other: TestUser;
let admin: TestUser;
let event: TestEvent;
const tk: string[] = [];
let code: string;
const users: Record<string, TestUser> = {};

beforeAll(async () => {
  t = await makeTestApp();
  [owner, buyer, other, admin] = await Promise.all([makeUser(t.app), makeUser(t.app), makeUser(t.app), makeUser(t.app, { admin: true })]);
  event = await makeEvent(t.app, owner, { 'starts-at': '2090-03-01T09:00:00Z', 'ends-at': '2090-03-03T18:00:00Z', 'is-ticketing-enabled': true, 'is-tax-enabled': true });
  const ticket = (attributes: Record<string, unknown>) => make(t.app, owner, event, 'ticket', 'tickets', { quantity: 100, ...attributes });
  tk.push(await ticket({ name: 'One', type: 'paid', price: '123.50' }));
  tk.push(await ticket({ name: 'Two', type: 'paid', price: '456.30' }));
  tk.push(await ticket({ name: 'Three', type: 'donation', 'min-price': '0', 'max-price': '10000' }));
  tk.push(await ticket({ name: 'Four', type: 'free' }));
  await make(t.app, owner, event, 'tax', 'taxes', { name: 'GST', rate: 18 });
  code = await make(t.app, owner, event, 'discount-code', 'discount-codes', { code: 'TEN', type: 'percent', value: 10 }, { tickets: [ref('ticket', tk[1]), ref('ticket', tk[2])] });
  for (const role of ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar']) {
    users[role] = await makeUser(t.app);
    await grantRole(t.app, event, owner, users[role], role);
  }
});
afterAll(async () => t?.close());

describe('calculate-amount', () => {
  it('gives the documented totals for the documented basket, the donation discounted too', async () => {
    const basket = {
      tickets: [
        { id: Number(tk[0]), quantity: 2 },
        { id: Number(tk[1]), quantity: 4 },
        { id: Number(tk[2]), quantity: 3, price: 789.7 },
        { id: Number(tk[3]), quantity: 3 },
      ],
      discount_code: code,
    };

    const response = await t.app.inject({ method: 'POST', url: '/v1/orders/calculate-amount', payload: basket });

    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body);
    expect({ sub_total: body.sub_total, discount: body.discount, tax: body.tax, total: body.total }).toEqual({
      sub_total: 4021.87,
      discount: 419.43,
      tax: { amount: 723.94, included: false, name: 'GST', percent: 18 },
      total: 4745.81,
    });
    expect(body.tickets.map((line: any) => [line.sub_total, line.discount])).toEqual([
      [247, null],
      [1642.68, { amount: 45.63, code: 'TEN', percent: 10, total: 182.52 }],
      [2132.19, { amount: 78.97, code: 'TEN', percent: 10, total: 236.91 }],
      [0, null],
    ]);
  });

  it('takes the code as discount-code too, and discount-code wins when both are given', async () => {
    const lines = [{ id: tk[1], quantity: 1 }];
    const dashed = await t.app.inject({ method: 'POST', url: '/v1/orders/calculate-amount', payload: { tickets: lines, 'discount-code': 'TEN' } });
    const both = await t.app.inject({ method: 'POST', url: '/v1/orders/calculate-amount', payload: { tickets: lines, 'discount-code': 'TEN', discount_code: 'NOPE' } });

    expect([dashed.statusCode, JSON.parse(dashed.body).discount]).toEqual([200, 45.63]);
    expect([both.statusCode, JSON.parse(both.body).discount]).toEqual([200, 45.63]);
  });
});

describe('lenient bodies', () => {
  it('ignores unknown and read-only attributes and relationships, and names them in meta', async () => {
    const api = new Api(t.app, owner.token);

    const response = await api.post(
      '/v1/tracks',
      resource('track', { name: 'Ignored', color: '#a04b4b', 'created-at': '2017-01-01T00:00:00Z', 'no-such-field': 1, 'deleted-at': null }, { event: ref('event', event.id), sessions: [] }),
    );

    expect(response.status).toBe(201);
    expect(response.body.meta).toEqual({ 'ignored-attributes': ['created-at', 'no-such-field', 'deleted-at'], 'ignored-relationships': ['sessions'] });
    expect(response.body.data.attributes.name).toBe('Ignored');
  });

  it('keeps a read-only flag read-only: a sign-up saying is-admin is not an admin', async () => {
    const email = `lenient-${Date.now()}@example.org`;

    const response = await new Api(t.app).post('/v1/users', resource('user', { email, password: 'long enough secret', 'is-admin': true }));

    expect(response.status).toBe(201);
    expect(response.body.meta).toEqual({ 'ignored-attributes': ['is-admin'] });
    expect(response.body.data.attributes['is-admin']).toBe(false);
  });

  it('converts numeric and boolean strings for numbers and booleans, never for strings', async () => {
    const api = new Api(t.app, owner.token);

    const converted = await api.post('/v1/tickets', resource('ticket', { name: 'Strings', type: 'paid', price: '45.00', quantity: '100', 'is-hidden': 'true', 'max-order': '7' }, { event: ref('event', event.id) }));
    const badNumber = await api.post('/v1/tickets', resource('ticket', { name: 'Bad', type: 'paid', price: '1', quantity: 'ten' }, { event: ref('event', event.id) }));
    const numberForString = await api.post('/v1/tracks', resource('track', { name: 42, color: '#a04b4b' }, { event: ref('event', event.id) }));

    expect(converted.status).toBe(201);
    const attributes = converted.body.data.attributes;
    expect([attributes.price, attributes.quantity, attributes['is-hidden'], attributes['max-order']]).toEqual([45, 100, true, 7]);
    expect([badNumber.status, badNumber.body.errors[0].source]).toEqual([422, { pointer: '/data/attributes/quantity' }]);
    expect([numberForString.status, numberForString.body.errors[0].source]).toEqual([422, { pointer: '/data/attributes/name' }]);
  });
});

describe('media type', () => {
  it('answers application/vnd.api+json exactly: documents, cached lists, errors, 404s', async () => {
    const answers = await Promise.all([
      t.app.inject({ method: 'GET', url: `/v1/events/${event.id}` }),
      t.app.inject({ method: 'GET', url: `/v1/events/${event.id}/tickets` }),
      t.app.inject({ method: 'GET', url: `/v1/events/${event.id}/tickets` }),
      t.app.inject({ method: 'GET', url: '/v1/events/99999999' }),
      t.app.inject({ method: 'GET', url: '/v1/no-such-route' }),
      t.app.inject({ method: 'POST', url: '/v1/tracks', headers: { 'content-type': 'application/vnd.api+json' }, payload: '{"data":' }),
    ]);

    expect(answers.map((answer) => answer.headers['content-type'])).toEqual(Array(6).fill('application/vnd.api+json'));
  });

  it('answers plain JSON routes as application/json, without a charset', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/sessions/states' });

    expect([response.statusCode, response.headers['content-type']]).toEqual([200, 'application/json']);
  });
});

describe('relationship routes', () => {
  let order: { id: string; identifier: string; attendees: string[] };
  beforeAll(async () => {
    order = await placeOrder(t.app, buyer, [{ id: tk[0], quantity: 1 }]);
  });

  const as = (who: string) => new Api(t.app, who === 'anonymous' ? undefined : (({ owner, buyer, other, admin }) as Record<string, TestUser>)[who]?.token ?? users[who].token);

  it.each([
    ['owner', 200, 1],
    ['organizer', 200, 1],
    ['coorganizer', 200, 1],
    ['registrar', 200, 1],
    ['admin', 200, 1],
    ['buyer', 200, 1],
    ['track_organizer', 200, 0],
    ['moderator', 200, 0],
    ['other', 200, 0],
    ['anonymous', 403, 0],
  ])('shows the attendees of a ticket to %s only where GET of the attendee would (%i, %i rows)', async (who, status, rows) => {
    const response = await as(who).get(`/v1/tickets/${tk[0]}/attendees`);

    expect([response.status, response.body.data?.length ?? 0]).toEqual([status, rows]);
    if (rows) expect(response.body.data[0].id).toBe(order.attendees[0]);
  });

  it.each([
    ['owner', 200],
    ['buyer', 200],
    ['admin', 200],
    ['registrar', 404],
    ['other', 404],
    ['anonymous', 404],
  ])("answers an order's event, tickets and attendees to %s as GET of the order does (%i)", async (who, status) => {
    const [ownOrder, byId, eventOf, tickets, linkage] = await Promise.all([
      as(who).get(`/v1/orders/${order.identifier}`),
      as(who).get(`/v1/orders/${order.id}`),
      as(who).get(`/v1/orders/${order.identifier}/event`),
      as(who).get(`/v1/orders/${order.id}/tickets`),
      as(who).get(`/v1/orders/${order.identifier}/relationships/tickets`),
    ]);

    expect([ownOrder.status, byId.status, eventOf.status, tickets.status, linkage.status]).toEqual([status, status, status, status, status]);
    if (status === 200) {
      expect(eventOf.body.data.id).toBe(event.id);
      expect(tickets.body.data.map((row: { id: string }) => row.id)).toEqual([tk[0]]);
      expect(linkage.body).toEqual({
        data: [{ type: 'ticket', id: tk[0] }],
        links: { self: `/v1/orders/${order.identifier}/relationships/tickets`, related: `/v1/orders/${order.identifier}/tickets` },
        jsonapi: { version: '1.0' },
      });
    }
  });

  it.each([
    ['owner', 200, 1],
    ['coorganizer', 200, 1],
    ['registrar', 403, 0],
    ['other', 403, 0],
    ['anonymous', 403, 0],
  ])('lists the discount codes of a ticket to %s as the codes list does (%i)', async (who, status, rows) => {
    const response = await as(who).get(`/v1/tickets/${tk[1]}/discount-codes`);

    expect([response.status, response.body.data?.length ?? 0]).toEqual([status, rows]);
  });

  it('links every relationship to its linkage and its related resource', async () => {
    const response = await new Api(t.app).get(`/v1/tickets/${tk[0]}`);

    expect(response.body.data.relationships.event).toEqual({
      data: { type: 'event', id: event.id },
      links: { self: `/v1/tickets/${tk[0]}/relationships/event`, related: `/v1/tickets/${tk[0]}/event` },
    });
  });
});

describe('user routes', () => {
  it("lists a user's orders to that user and admins, and answers 404 to others", async () => {
    await placeOrder(t.app, other, [{ id: tk[3], quantity: 1 }]);

    const [own, byAdmin, byOwner, anonymous] = await Promise.all([
      new Api(t.app, other.token).get(`/v1/users/${other.id}/orders`),
      new Api(t.app, admin.token).get(`/v1/users/${other.id}/orders`),
      new Api(t.app, owner.token).get(`/v1/users/${other.id}/orders`),
      new Api(t.app).get(`/v1/users/${other.id}/orders`),
    ]);

    expect([own.status, own.body.data.length, byAdmin.status, byAdmin.body.data.length, byOwner.status, anonymous.status]).toEqual([200, 1, 200, 1, 404, 401]);
  });

  it('lists every order to admins only (GET /v1/orders)', async () => {
    const [byAdmin, byOwner, anonymous] = await Promise.all([new Api(t.app, admin.token).get('/v1/orders'), new Api(t.app, owner.token).get('/v1/orders'), new Api(t.app).get('/v1/orders')]);

    expect([byAdmin.status, byOwner.status, anonymous.status]).toEqual([200, 403, 401]);
    expect(byAdmin.body.meta.count).toBeGreaterThanOrEqual(2);
  });

  it('tells whether an e-mail has an account, and verifies the password of the caller only', async () => {
    const check = (email: string) => t.app.inject({ method: 'POST', url: '/v1/users/check_email', payload: { email } });
    const verify = (token: string | undefined, password: string) =>
      t.app.inject({ method: 'POST', url: '/v1/auth/verify-password', headers: token ? { authorization: `JWT ${token}` } : {}, payload: { password } });

    const answers = await Promise.all([check(owner.email), check('nobody-here@example.org'), verify(owner.token, 'correct horse'), verify(owner.token, 'wrong'), verify(undefined, 'correct horse')]);

    expect(answers.map((answer) => [answer.statusCode, JSON.parse(answer.body).exists ?? JSON.parse(answer.body).result ?? null])).toEqual([
      [200, true],
      [200, false],
      [200, true],
      [200, false],
      [401, null],
    ]);
  });

  it('lists upcoming public events, soonest first, and never a draft or a past one', async () => {
    const draft = await makeEvent(t.app, owner, { state: 'draft' });
    const past = await makeEvent(t.app, owner, { 'starts-at': '2020-01-01T09:00:00Z', 'ends-at': '2020-01-02T09:00:00Z' });

    const response = await new Api(t.app).get('/v1/events/upcoming?page[size]=0');

    const ids = response.body.data.map((row: { id: string }) => row.id);
    expect(response.status).toBe(200);
    expect(ids).toContain(event.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(past.id);
    const starts = response.body.data.map((row: any) => row.attributes['starts-at']);
    expect(starts).toEqual([...starts].sort());
  });
});

describe('event linkage', () => {
  it("answers the linkage of an event's tickets and tax, of what the caller may see", async () => {
    const hidden = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Hidden', type: 'free', 'is-hidden': true });

    const [anonymous, byOwner, tax] = await Promise.all([
      new Api(t.app).get(`/v1/events/${event.identifier}/relationships/tickets`),
      new Api(t.app, owner.token).get(`/v1/events/${event.id}/relationships/tickets`),
      new Api(t.app).get(`/v1/events/${event.id}/relationships/tax`),
    ]);

    expect(anonymous.body.data.map((item: { id: string }) => item.id)).not.toContain(hidden);
    expect(byOwner.body.data.map((item: { id: string }) => item.id)).toContain(hidden);
    expect(anonymous.body.links).toEqual({ self: `/v1/events/${event.identifier}/relationships/tickets`, related: `/v1/events/${event.identifier}/tickets` });
    expect([tax.status, tax.body.data.type]).toEqual([200, 'tax']);
  });
});

describe("an event's organizer relationships", () => {
  it('includes orders, attendees, codes and invites only within each one’s read scope', async () => {
    await placeOrder(t.app, buyer, [{ id: tk[3], quantity: 1 }]);
    const url = `/v1/events/${event.id}?include=orders,attendees,discount-codes,role-invites`;

    const [anonymous, byBuyer, byRegistrar, byOwner] = await Promise.all([as(undefined).get(url), as(buyer).get(url), as(users.registrar).get(url), as(owner).get(url)]);

    const types = (response: { body: { included?: { type: string; attributes: Record<string, unknown> }[] } }) => [...new Set((response.body.included ?? []).map((item) => item.type))].sort();
    expect(types(anonymous)).toEqual([]);
    expect(types(byBuyer)).toEqual(['attendee', 'order']);
    expect(types(byRegistrar)).toEqual(['attendee']);
    expect(types(byOwner)).toEqual(['attendee', 'discount-code', 'order']);
    // What the buyer sees of an order is their own.
    expect(byBuyer.body.included.filter((item: { type: string }) => item.type === 'order').every((item: any) => item.relationships.user.data.id === String(buyer.id))).toBe(true);
  });
});

function as(user: TestUser | undefined) {
  return new Api(t.app, user?.token);
}
