// The order lifecycle through the HTTP API: create-order, paying (free, offline), billing details, completing,
// cancelling with seats released, closed orders, the status history, who may read an order, and the
// organizer's order list with its totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderHistory } from '../../src/orders/order.repo.js';
import { expireUnpaidOrders } from '../../src/orders/order.service.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, make, makeEvent, makeUser, resource, type Response, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;
let other: TestUser;
let admin: TestUser;
const staff: Record<'organizer' | 'coorganizer' | 'track_organizer' | 'moderator' | 'registrar', TestUser> = {} as never;
let event: TestEvent;
let paid: string;
let free: string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Line {
  id: string;
  quantity: number;
}

/** POST /v1/orders/create-order with plain JSON, as the original's clients send it. */
async function createOrder(user: TestUser | undefined, tickets: Line[], attendees?: Record<string, unknown>[]): Promise<Response> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/v1/orders/create-order',
    headers: user ? { authorization: `Bearer ${user.token}` } : {},
    payload: { tickets, ...(attendees ? { attendees } : {}) },
  });
  return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
}

/** An order the test can act on: its numeric id and UUID identifier. */
async function orderOf(user: TestUser, tickets: Line[]): Promise<{ id: string; identifier: string }> {
  const response = await createOrder(user, tickets);
  if (response.status !== 201) throw new Error(`order failed: ${JSON.stringify(response.body)}`);
  return { id: response.body.data.id, identifier: response.body.data.attributes.identifier };
}

function patchOrder(user: TestUser | undefined, order: { id: string; identifier: string }, attributes: Record<string, unknown>) {
  return new Api(t.app, user?.token).patch(`/v1/orders/${order.identifier}`, resource('order', attributes, {}, order.id));
}

const errorOf = (response: Response) => {
  const { status, code, source } = response.body.errors[0];
  return { status: response.status, errorStatus: status, code, source };
};

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  buyer = await makeUser(t.app);
  other = await makeUser(t.app);
  admin = await makeUser(t.app, { admin: true });
  event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true, 'payment-currency': 'EUR' });
  for (const role of ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const) {
    staff[role] = await makeUser(t.app);
    await grantRole(t.app, event, owner, staff[role], role);
  }
  paid = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Standard', type: 'paid', price: '10.00', quantity: 1000 });
  free = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Community', type: 'free', price: '0', quantity: 1000 });
});
afterAll(async () => t.close());

describe('create-order', () => {
  it('refuses an anonymous buyer with 401', async () => {
    const response = await createOrder(undefined, [{ id: paid, quantity: 1 }]);

    expect(errorOf(response)).toEqual({ status: 401, errorStatus: '401', code: 'auth.required', source: undefined });
  });

  it('creates an initializing order with a UUID identifier, the amount and one attendee per seat', async () => {
    const response = await createOrder(
      buyer,
      [
        { id: paid, quantity: 2 },
        { id: free, quantity: 1 },
      ],
      [
        { ticket: free, firstname: 'Ada', lastname: 'Lovelace', email: 'ada@example.org' },
        { ticket: Number(paid), firstname: 'Bob', lastname: 'Babbage', email: 'bob@example.org', city: 'London', 'job-title': 'Engineer' },
      ],
    );

    expect(response.status).toBe(201);
    const { attributes, relationships } = response.body.data;
    expect(attributes.identifier).toMatch(UUID);
    expect({
      status: attributes.status,
      amount: attributes.amount,
      subTotal: attributes['sub-total'],
      currency: attributes.currency,
      paymentMode: attributes['payment-mode'],
      user: relationships.user.data,
      event: relationships.event.data,
    }).toEqual({
      status: 'initializing',
      amount: 20,
      subTotal: 20,
      currency: 'EUR',
      paymentMode: null,
      user: { type: 'user', id: String(buyer.id) },
      event: { type: 'event', id: event.id },
    });
    const seats = response.body.included.map((item: { type: string; attributes: Record<string, unknown>; relationships: { ticket: { data: { id: string } } } }) => ({
      type: item.type,
      ticket: item.relationships.ticket.data.id,
      firstname: item.attributes.firstname,
      lastname: item.attributes.lastname,
      email: item.attributes.email,
      city: item.attributes.city,
      jobTitle: item.attributes['job-title'],
    }));
    expect(seats).toEqual([
      { type: 'attendee', ticket: paid, firstname: 'Bob', lastname: 'Babbage', email: 'bob@example.org', city: 'London', jobTitle: 'Engineer' },
      { type: 'attendee', ticket: paid, firstname: null, lastname: null, email: null, city: null, jobTitle: null },
      { type: 'attendee', ticket: free, firstname: 'Ada', lastname: 'Lovelace', email: 'ada@example.org', city: null, jobTitle: null },
    ]);
    expect(relationships.attendees.data).toEqual(response.body.included.map((item: { id: string }) => ({ type: 'attendee', id: item.id })));
  });

  it('refuses attendee details for a ticket that is not in the order, pointing at the item', async () => {
    const response = await createOrder(buyer, [{ id: paid, quantity: 1 }], [{ ticket: paid, firstname: 'A' }, { ticket: free, firstname: 'B' }]);

    expect(errorOf(response)).toEqual({ status: 422, errorStatus: '422', code: 'order.attendee_ticket', source: { pointer: '/attendees/1/ticket' } });
  });

  it('refuses more attendee details for a ticket than the order has seats of it', async () => {
    const response = await createOrder(buyer, [{ id: paid, quantity: 1 }], [{ ticket: paid, firstname: 'A' }, { ticket: paid, firstname: 'B' }]);

    expect(errorOf(response)).toEqual({ status: 422, errorStatus: '422', code: 'order.attendee_ticket', source: { pointer: '/attendees/1/ticket' } });
  });

  it('numbers the invoice O<unix time of creation>-<id>', async () => {
    const response = await createOrder(buyer, [{ id: paid, quantity: 1 }]);

    const { id, attributes } = response.body.data;
    expect(attributes['invoice-number']).toBe(`O${Math.floor(Date.parse(attributes['created-at']) / 1000)}-${id}`);
  });
});

describe('paying an order', () => {
  it('completes a zero-amount order at once with payment-mode free', async () => {
    const order = await orderOf(buyer, [{ id: free, quantity: 2 }]);

    const response = await patchOrder(buyer, order, { 'payment-mode': 'free' });

    expect(response.status).toBe(200);
    const attributes = response.body.data.attributes;
    expect({ status: attributes.status, mode: attributes['payment-mode'], amount: attributes.amount, completed: typeof attributes['completed-at'] }).toEqual({
      status: 'completed',
      mode: 'free',
      amount: 0,
      completed: 'string',
    });
  });

  it('completes a zero-amount order as free whichever mode the buyer names', async () => {
    const order = await orderOf(buyer, [{ id: free, quantity: 1 }]);

    const response = await patchOrder(buyer, order, { 'payment-mode': 'onsite' });

    expect([response.body.data.attributes.status, response.body.data.attributes['payment-mode']]).toEqual(['completed', 'free']);
  });

  it.each(['bank', 'cheque', 'onsite', 'invoice'])('places a paid order paid by %s', async (mode) => {
    const order = await orderOf(buyer, [{ id: paid, quantity: 1 }]);

    const response = await patchOrder(buyer, order, { 'payment-mode': mode });

    expect(response.status).toBe(200);
    const attributes = response.body.data.attributes;
    expect([attributes.status, attributes['payment-mode'], attributes['completed-at']]).toEqual(['placed', mode, null]);
  });

  it('refuses payment-mode free on an order that costs money', async () => {
    const order = await orderOf(buyer, [{ id: paid, quantity: 1 }]);

    const response = await patchOrder(buyer, order, { 'payment-mode': 'free' });

    expect(errorOf(response)).toEqual({ status: 422, errorStatus: '422', code: 'order.not_free', source: { pointer: '/data/attributes/payment-mode' } });
    expect((await new Api(t.app, buyer.token).get(`/v1/orders/${order.identifier}`)).body.data.attributes.status).toBe('initializing');
  });

  it('saves the billing fields', async () => {
    const order = await orderOf(buyer, [{ id: paid, quantity: 1 }]);
    const billing = {
      company: 'ACME Pte Ltd',
      address: '1 Main Street',
      city: 'Singapore',
      state: 'Central',
      country: 'SG',
      zipcode: '018956',
      'tax-business-info': 'GST M2-1234567-8',
    };

    const response = await patchOrder(buyer, order, { ...billing, 'payment-mode': 'bank' });
    const read = await new Api(t.app, buyer.token).get(`/v1/orders/${order.identifier}`);

    expect(response.status).toBe(200);
    const pick = (attributes: Record<string, unknown>) => Object.fromEntries(Object.keys(billing).map((key) => [key, attributes[key]]));
    expect(pick(read.body.data.attributes)).toEqual(billing);
    expect(read.body.data.attributes.status).toBe('placed');
  });

  it('refuses a new payment mode or billing details once the order is placed', async () => {
    const order = await orderOf(buyer, [{ id: paid, quantity: 1 }]);
    await patchOrder(buyer, order, { 'payment-mode': 'bank' });

    const attempts = [await patchOrder(buyer, order, { 'payment-mode': 'cheque' }), await patchOrder(buyer, order, { city: 'Paris' })];

    expect(attempts.map((response) => [response.status, response.body.errors[0].code])).toEqual([
      [409, 'order.paid'],
      [409, 'order.paid'],
    ]);
  });

  it('names the missing billing field when the event makes billing information mandatory', async () => {
    const strict = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true, 'is-billing-info-mandatory': true });
    const ticket = await make(t.app, owner, strict, 'ticket', 'tickets', { name: 'Standard', type: 'paid', price: '5.00', quantity: 10 });
    const order = await orderOf(buyer, [{ id: ticket, quantity: 1 }]);

    const missingAddress = await patchOrder(buyer, order, { 'payment-mode': 'bank', company: 'ACME' });
    const complete = await patchOrder(buyer, order, { 'payment-mode': 'bank', company: 'ACME', address: '1 Main St', city: 'Singapore', country: 'SG', zipcode: '018956' });

    expect(errorOf(missingAddress)).toEqual({ status: 422, errorStatus: '422', code: 'order.billing_required', source: { pointer: '/data/attributes/address' } });
    expect(missingAddress.body.errors[0].detail).toBe('address is required for this event');
    expect(complete.status).toBe(200);
    expect(complete.body.data.attributes.status).toBe('placed');
  });
});

describe('completing and cancelling', () => {
  it('lets an organizer mark a placed order completed', async () => {
    const order = await orderOf(buyer, [{ id: paid, quantity: 1 }]);
    await patchOrder(buyer, order, { 'payment-mode': 'bank' });

    const response = await patchOrder(staff.coorganizer, order, { status: 'completed' });

    expect(response.status).toBe(200);
    expect([response.body.data.attributes.status, typeof response.body.data.attributes['completed-at']]).toEqual(['completed', 'string']);
  });

  it('does not let the buyer mark an order completed', async () => {
    const order = await orderOf(buyer, [{ id: paid, quantity: 1 }]);
    await patchOrder(buyer, order, { 'payment-mode': 'bank' });

    const response = await patchOrder(buyer, order, { status: 'completed' });

    expect(errorOf(response)).toEqual({ status: 403, errorStatus: '403', code: 'order.complete_forbidden', source: undefined });
  });

  it('lets the buyer cancel, and the seats are on sale again', async () => {
    const scarce = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Last seat', type: 'paid', price: '50.00', quantity: 1 });
    const order = await orderOf(buyer, [{ id: scarce, quantity: 1 }]);
    const soldOut = await createOrder(other, [{ id: scarce, quantity: 1 }]);

    const cancelled = await patchOrder(buyer, order, { status: 'cancelled' });
    const again = await createOrder(other, [{ id: scarce, quantity: 1 }]);

    expect(errorOf(soldOut)).toEqual({ status: 409, errorStatus: '409', code: 'order.sold_out', source: { pointer: '/tickets/0/quantity' } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data.attributes.status).toBe('cancelled');
    expect([again.status, again.body.data.attributes.status]).toEqual([201, 'initializing']);
  });

  it('lets the buyer cancel a placed order', async () => {
    const order = await orderOf(buyer, [{ id: paid, quantity: 1 }]);
    await patchOrder(buyer, order, { 'payment-mode': 'cheque' });

    const response = await patchOrder(buyer, order, { status: 'cancelled' });

    expect([response.status, response.body.data.attributes.status]).toEqual([200, 'cancelled']);
  });

  it('lets an organizer cancel a completed order but not the buyer', async () => {
    const order = await orderOf(buyer, [{ id: free, quantity: 1 }]);
    await patchOrder(buyer, order, { 'payment-mode': 'free' });

    const byBuyer = await patchOrder(buyer, order, { status: 'cancelled' });
    const byOrganizer = await patchOrder(staff.organizer, order, { status: 'cancelled' });

    expect(errorOf(byBuyer)).toEqual({ status: 403, errorStatus: '403', code: 'order.cancel_forbidden', source: undefined });
    expect([byOrganizer.status, byOrganizer.body.data.attributes.status]).toEqual([200, 'cancelled']);
  });

  it('refuses any change to a cancelled order', async () => {
    const order = await orderOf(buyer, [{ id: paid, quantity: 1 }]);
    await patchOrder(buyer, order, { status: 'cancelled' });

    const attempts = [
      await patchOrder(buyer, order, { 'payment-mode': 'bank' }),
      await patchOrder(buyer, order, { company: 'ACME' }),
      await patchOrder(buyer, order, { status: 'cancelled' }),
      await patchOrder(owner, order, { status: 'completed' }),
      await patchOrder(owner, order, { status: 'cancelled' }),
    ];

    expect(attempts.map((response) => [response.status, response.body.errors[0].code, response.body.errors[0].detail])).toEqual(
      Array(5).fill([409, 'order.closed', 'Order is cancelled and can no longer change']),
    );
  });

  it('refuses any change to an expired order', async () => {
    const created = await createOrder(buyer, [{ id: paid, quantity: 1 }]);
    const order = { id: created.body.data.id, identifier: created.body.data.attributes.identifier };
    // Only orders made before this one are older; they are expired too, but no later test uses them.
    await expireUnpaidOrders(t.app.ctx.db, new Date(Date.parse(created.body.data.attributes['created-at']) + 15 * 60_000 + 1), 15);

    const attempts = [
      await patchOrder(buyer, order, { 'payment-mode': 'bank' }),
      await patchOrder(buyer, order, { status: 'cancelled' }),
      await patchOrder(owner, order, { status: 'completed' }),
      await patchOrder(owner, order, { zipcode: '12345' }),
    ];

    expect(attempts.map((response) => [response.status, response.body.errors[0].code, response.body.errors[0].detail])).toEqual(
      Array(4).fill([409, 'order.closed', 'Order is expired and can no longer change']),
    );
  });
});

describe('order status history', () => {
  it('records who changed the status, when, from what and to what', async () => {
    const order = await orderOf(buyer, [{ id: paid, quantity: 1 }]);
    await patchOrder(buyer, order, { 'payment-mode': 'invoice' });
    await patchOrder(owner, order, { status: 'completed' });
    await patchOrder(staff.coorganizer, order, { status: 'cancelled' });

    const history = await orderHistory(t.app.ctx.db, Number(order.id));

    expect(history).toEqual([
      { from: null, to: 'initializing', actorId: buyer.id, at: expect.any(Date), actorName: 'Test User' },
      { from: 'initializing', to: 'placed', actorId: buyer.id, at: expect.any(Date), actorName: 'Test User' },
      { from: 'placed', to: 'completed', actorId: owner.id, at: expect.any(Date), actorName: 'Test User' },
      { from: 'completed', to: 'cancelled', actorId: staff.coorganizer.id, at: expect.any(Date), actorName: 'Test User' },
    ]);
    const times = history.map((row) => row.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('records a zero-amount order completing straight from initializing', async () => {
    const order = await orderOf(buyer, [{ id: free, quantity: 1 }]);
    await patchOrder(buyer, order, { 'payment-mode': 'free' });

    const history = await orderHistory(t.app.ctx.db, Number(order.id));

    expect(history.map(({ from, to, actorId }) => ({ from, to, actorId }))).toEqual([
      { from: null, to: 'initializing', actorId: buyer.id },
      { from: 'initializing', to: 'completed', actorId: buyer.id },
    ]);
  });

  it('records the expiry with the job time and no actor', async () => {
    const created = await createOrder(buyer, [{ id: paid, quantity: 1 }]);
    const now = new Date(Date.parse(created.body.data.attributes['created-at']) + 15 * 60_000 + 1);
    await expireUnpaidOrders(t.app.ctx.db, now, 15);

    const history = await orderHistory(t.app.ctx.db, Number(created.body.data.id));

    expect(history).toEqual([
      { from: null, to: 'initializing', actorId: buyer.id, at: expect.any(Date), actorName: 'Test User' },
      { from: 'initializing', to: 'expired', actorId: null, at: now, actorName: null },
    ]);
  });

  it('records no change when only billing details change', async () => {
    const order = await orderOf(buyer, [{ id: paid, quantity: 1 }]);
    await patchOrder(buyer, order, { company: 'ACME' });

    const history = await orderHistory(t.app.ctx.db, Number(order.id));

    expect(history.map(({ from, to }) => [from, to])).toEqual([[null, 'initializing']]);
  });
});

describe('reading an order', () => {
  const readers = (): [string, TestUser | undefined, number][] => [
    ['the buyer', buyer, 200],
    ['the owner', owner, 200],
    ['an organizer', staff.organizer, 200],
    ['a coorganizer', staff.coorganizer, 200],
    ['an admin', admin, 200],
    ['an anonymous caller', undefined, 404],
    ['another user', other, 404],
    ['a track organizer', staff.track_organizer, 404],
    ['a moderator', staff.moderator, 404],
    ['a registrar', staff.registrar, 404],
  ];

  it('shows GET /v1/orders/{identifier} to the buyer and coorganizer+ only, 404 to everyone else', async () => {
    const order = await orderOf(buyer, [{ id: paid, quantity: 1 }]);

    const seen: [string, number, string | undefined][] = [];
    for (const [who, user] of readers()) {
      const response = await new Api(t.app, user?.token).get(`/v1/orders/${order.identifier}`);
      seen.push([who, response.status, response.status === 200 ? response.body.data.attributes.identifier : response.body.errors[0].code]);
    }

    expect(seen).toEqual(readers().map(([who, , status]) => [who, status, status === 200 ? order.identifier : 'order.not_found']));
  });

  it('answers 404 for an identifier that is not a UUID or not an order', async () => {
    const api = new Api(t.app, admin.token);

    const statuses = [(await api.get('/v1/orders/42')).status, (await api.get('/v1/orders/00000000-0000-4000-8000-000000000000')).status];

    expect(statuses).toEqual([404, 404]);
  });
});

describe('the organizer order list', () => {
  let listed: TestEvent;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    listed = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true });
    for (const role of ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const) await grantRole(t.app, listed, owner, staff[role], role);
    const standard = await make(t.app, owner, listed, 'ticket', 'tickets', { name: 'Standard', type: 'paid', price: '12.50', quantity: 100 });
    const gratis = await make(t.app, owner, listed, 'ticket', 'tickets', { name: 'Gratis', type: 'free', price: '0', quantity: 100 });
    const order = async (name: string, tickets: Line[], ...steps: [TestUser, Record<string, unknown>][]) => {
      const made = await orderOf(buyer, tickets);
      for (const [user, attributes] of steps) {
        const response = await patchOrder(user, made, attributes);
        if (response.status !== 200) throw new Error(`${name}: ${JSON.stringify(response.body)}`);
      }
      ids[name] = made.id;
    };
    await order('free1', [{ id: gratis, quantity: 1 }], [buyer, { 'payment-mode': 'free' }]);
    await order('free2', [{ id: gratis, quantity: 3 }], [buyer, { 'payment-mode': 'free' }]);
    await order('bank', [{ id: standard, quantity: 1 }], [buyer, { 'payment-mode': 'bank' }]);
    await order('cheque', [{ id: standard, quantity: 2 }], [buyer, { 'payment-mode': 'cheque' }]);
    await order('paidBank', [{ id: standard, quantity: 3 }], [buyer, { 'payment-mode': 'bank' }], [owner, { status: 'completed' }]);
    await order('cancelled', [{ id: standard, quantity: 1 }], [buyer, { status: 'cancelled' }]);
    await order('open', [{ id: standard, quantity: 4 }]);
  });

  const ordersUrl = (query = '') => `/v1/events/${listed.id}/orders${query}`;
  const idsOf = (response: Response) => response.body.data.map((item: { id: string }) => item.id).sort((a: string, b: string) => Number(a) - Number(b));

  it('is readable by coorganizer+ and admins only', async () => {
    const callers: [string, TestUser | undefined][] = [
      ['owner', owner],
      ['organizer', staff.organizer],
      ['coorganizer', staff.coorganizer],
      ['admin', admin],
      ['track_organizer', staff.track_organizer],
      ['moderator', staff.moderator],
      ['registrar', staff.registrar],
      ['buyer', buyer],
      ['other', other],
      ['anonymous', undefined],
    ];

    const seen: [string, number, number | undefined][] = [];
    for (const [who, user] of callers) {
      const response = await new Api(t.app, user?.token).get(ordersUrl());
      seen.push([who, response.status, response.body.meta?.count]);
    }

    expect(seen).toEqual([
      ['owner', 200, 7],
      ['organizer', 200, 7],
      ['coorganizer', 200, 7],
      ['admin', 200, 7],
      ['track_organizer', 403, undefined],
      ['moderator', 403, undefined],
      ['registrar', 403, undefined],
      ['buyer', 403, undefined],
      ['other', 403, undefined],
      ['anonymous', 403, undefined],
    ]);
  });

  it('counts and sums the orders per status in meta.totals', async () => {
    const response = await new Api(t.app, staff.coorganizer.token).get(ordersUrl());

    expect(response.body.meta).toEqual({
      count: 7,
      totals: {
        completed: { count: 3, amount: '37.50' },
        placed: { count: 2, amount: '37.50' },
        cancelled: { count: 1, amount: '12.50' },
        initializing: { count: 1, amount: '50.00' },
      },
      tabs: { all: 7, completed: 3, placed: 2, pending: 1, expired: 0, cancelled: 1 },
    });
  });

  it('filters by status', async () => {
    const response = await new Api(t.app, owner.token).get(ordersUrl(`?filter=${encodeURIComponent('[{"name":"status","op":"eq","val":"completed"}]')}`));

    expect(idsOf(response)).toEqual([ids.free1, ids.free2, ids.paidBank]);
    expect(response.body.meta.count).toBe(3);
  });

  it('filters by payment-mode', async () => {
    const response = await new Api(t.app, owner.token).get(ordersUrl(`?filter=${encodeURIComponent('[{"name":"payment-mode","op":"eq","val":"bank"}]')}`));

    expect(idsOf(response)).toEqual([ids.bank, ids.paidBank]);
  });

  it('filters by status and payment-mode together', async () => {
    const filter = '[{"name":"status","op":"eq","val":"placed"},{"name":"payment-mode","op":"eq","val":"cheque"}]';

    const response = await new Api(t.app, owner.token).get(ordersUrl(`?filter=${encodeURIComponent(filter)}`));

    expect(idsOf(response)).toEqual([ids.cheque]);
  });

  it('pages through the orders', async () => {
    const api = new Api(t.app, owner.token);

    const pages = [await api.get(ordersUrl('?sort=id&page[size]=3')), await api.get(ordersUrl('?sort=id&page[size]=3&page[number]=2')), await api.get(ordersUrl('?sort=id&page[size]=3&page[number]=3'))];

    expect(pages.map((page) => page.body.data.map((item: { id: string }) => item.id))).toEqual([
      [ids.free1, ids.free2, ids.bank],
      [ids.cheque, ids.paidBank, ids.cancelled],
      [ids.open],
    ]);
    expect(pages.map((page) => page.body.meta.count)).toEqual([7, 7, 7]);
    expect(Object.keys(pages[0].body.links).sort()).toEqual(['first', 'last', 'next', 'self']);
    expect(Object.keys(pages[2].body.links).sort()).toEqual(['first', 'last', 'prev', 'self']);
  });
});
