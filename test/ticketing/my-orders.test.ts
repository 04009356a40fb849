// What the attendee app's checkout and My tickets read: a person's own orders (GET /v1/users/{id}/orders, that
// person and admins only, with their seats and events included) and when an unpaid order runs out
// (meta.expires-at on the order's answers: created-at plus ORDER_EXPIRY_MINUTES, null once placed or paid).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, countQueries, make, makeEvent, makeUser, type TestEvent, type TestUser } from '../support/client.js';
import { createOrderRaw, patchOrder, placeOrder } from '../support/orders.js';

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;
let other: TestUser;
let admin: TestUser;
let event: TestEvent;
let paid: string;
let free: string;

beforeAll(async () => {
  t = await makeTestApp();
  [owner, buyer, other, admin] = await Promise.all([makeUser(t.app), makeUser(t.app), makeUser(t.app), makeUser(t.app, { admin: true })]);
  event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true, 'can-pay-onsite': true, 'onsite-details': 'At the desk' });
  paid = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Day pass', type: 'paid', price: '20.00', quantity: 50 });
  free = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Community', type: 'free', price: '0', quantity: 50 });
});
afterAll(async () => t?.close());

describe("an unpaid order's expiry", () => {
  it('is its creation time plus the expiry minutes, on create-order, GET and PATCH', async () => {
    const created = await createOrderRaw(t.app, buyer, { tickets: [{ id: paid, quantity: 1 }] });
    const { identifier, 'created-at': createdAt } = created.body.data.attributes;
    const expected = new Date(new Date(createdAt).getTime() + t.app.ctx.config.orderExpiryMinutes * 60_000).toISOString();

    const read = await new Api(t.app, buyer.token).get(`/v1/orders/${identifier}`);

    expect(created.status).toBe(201);
    expect(t.app.ctx.config.orderExpiryMinutes).toBe(15);
    expect([created.body.meta, read.body.meta]).toEqual([{ 'expires-at': expected }, { 'expires-at': expected }]);
  });

  it('is null once the order is placed for payment at the desk', async () => {
    const order = await placeOrder(t.app, buyer, [{ id: paid, quantity: 1 }]);

    const placed = await patchOrder(t.app, buyer, order, { 'payment-mode': 'onsite' });

    expect([placed.status, placed.body.data.attributes.status, placed.body.meta]).toEqual([200, 'placed', { 'expires-at': null }]);
  });
});

describe("a person's own orders", () => {
  let mine: Awaited<ReturnType<typeof placeOrder>>[];

  beforeAll(async () => {
    const person = await makeUser(t.app);
    buyer = person;
    mine = [await placeOrder(t.app, person, [{ id: paid, quantity: 2 }]), await placeOrder(t.app, person, [{ id: free, quantity: 1 }])];
    await placeOrder(t.app, other, [{ id: paid, quantity: 1 }]);
  });

  it('are listed to that person, newest first, with their seats, tickets and events', async () => {
    const response = await new Api(t.app, buyer.token).get(`/v1/users/${buyer.id}/orders?include=event,attendees.ticket`);

    expect(response.status).toBe(200);
    expect(response.body.data.map((order: { id: string }) => order.id)).toEqual([mine[1].id, mine[0].id]);
    const included = response.body.included as { type: string; id: string; attributes: Record<string, unknown> }[];
    const seats = included.filter((item) => item.type === 'attendee').map((item) => item.id).sort();
    expect(seats).toEqual([...mine[0].attendees, ...mine[1].attendees].sort());
    expect(included.filter((item) => item.type === 'ticket').map((item) => item.attributes.name).sort()).toEqual(['Community', 'Day pass']);
    expect(included.filter((item) => item.type === 'event').map((item) => item.id)).toEqual([event.id]);
    expect(included.find((item) => item.type === 'attendee')?.attributes['ticket-code']).toMatch(/\S{6,}/);
  });

  it('are listed to an admin', async () => {
    const response = await new Api(t.app, admin.token).get(`/v1/users/${buyer.id}/orders`);

    expect([response.status, response.body.meta.count]).toEqual([200, 2]);
  });

  it("are not shown to anyone else, not even the event's owner, and ask for a login without one", async () => {
    const [stranger, organizer, anonymous] = await Promise.all([
      new Api(t.app, other.token).get(`/v1/users/${buyer.id}/orders`),
      new Api(t.app, owner.token).get(`/v1/users/${buyer.id}/orders`),
      new Api(t.app).get(`/v1/users/${buyer.id}/orders`),
    ]);

    expect([stranger.status, organizer.status, anonymous.status]).toEqual([404, 404, 401]);
    expect(stranger.body.errors[0].detail).toBe(`User ${buyer.id} not found`);
  });

  it('answers 404 for an id that is not a number', async () => {
    const response = await new Api(t.app, buyer.token).get('/v1/users/me/orders');

    expect(response.status).toBe(404);
  });

  it('take the same number of queries for one order as for three, with their includes', async () => {
    const one = await makeUser(t.app);
    const three = await makeUser(t.app);
    await placeOrder(t.app, one, [{ id: paid, quantity: 1 }]);
    for (let i = 0; i < 3; i++) await placeOrder(t.app, three, [{ id: i === 1 ? free : paid, quantity: 2 }]);
    const list = (user: TestUser) => () => new Api(t.app, user.token).get(`/v1/users/${user.id}/orders?include=event,attendees.ticket`);

    const [a, b] = [await countQueries(t.app, list(one)), await countQueries(t.app, list(three))];

    expect(b).toBe(a);
  });
});
