// Query counts for the ticketing lists: the number of SQL statements must not grow with the number of rows.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, countQueries, make, makeEvent, makeUser, ref, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;

beforeAll(async () => {
  t = await makeTestApp();
  [owner, buyer] = await Promise.all([makeUser(t.app), makeUser(t.app)]);
});
afterAll(async () => t.close());

async function statements(user: TestUser | undefined, url: string, rows: number): Promise<number> {
  let response: Awaited<ReturnType<Api['get']>> | undefined;
  const count = await countQueries(t.app, async () => {
    response = await new Api(t.app, user?.token).get(url);
  });
  expect(response!.status).toBe(200);
  expect(response!.body.data.length).toBe(rows);
  return count;
}

/** An event selling one ticket, with `rows` orders of one seat each by the buyer. */
async function eventWithOrders(rows: number): Promise<{ event: TestEvent; ticket: string; identifiers: string[] }> {
  const event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true });
  const ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Day pass', type: 'paid', price: '10.00', quantity: 50 });
  const identifiers: string[] = [];
  for (let i = 0; i < rows; i++) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/orders/create-order',
      headers: { authorization: `Bearer ${buyer.token}` },
      payload: { tickets: [{ id: ticket, quantity: 1 }] },
    });
    identifiers.push(JSON.parse(response.body).data.attributes.identifier);
  }
  return { event, ticket, identifiers };
}

it('GET /v1/events/{id}/tickets', async () => {
  const seeded = await Promise.all([1, 3].map(async (rows) => {
    const event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true });
    for (let i = 0; i < rows; i++) await make(t.app, owner, event, 'ticket', 'tickets', { name: `T${i}`, type: 'free' });
    return `/v1/events/${event.id}/tickets`;
  }));

  expect([await statements(undefined, seeded[0], 1), await statements(undefined, seeded[1], 3)]).toEqual([2, 2]);
  expect([await statements(owner, seeded[0], 1), await statements(owner, seeded[1], 3)]).toEqual([4, 4]);
});

it('GET /v1/events/{id}/discount-codes?include=tickets', async () => {
  const urls: string[] = [];
  for (const rows of [1, 3]) {
    const event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true });
    const ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Paid', type: 'paid', price: '5.00' });
    for (let i = 0; i < rows; i++) {
      await make(t.app, owner, event, 'discount-code', 'discount-codes', { code: `C${i}`, type: 'percent', value: 10 }, { tickets: [ref('ticket', ticket)] });
    }
    urls.push(`/v1/events/${event.id}/discount-codes?include=tickets`);
  }

  expect([await statements(owner, urls[0], 1), await statements(owner, urls[1], 3)]).toEqual([5, 5]);
});

it('GET /v1/events/{id}/orders?include=attendees (with totals and tab counts)', async () => {
  const one = await eventWithOrders(1);
  const three = await eventWithOrders(3);

  const counts = [
    await statements(owner, `/v1/events/${one.event.id}/orders?include=attendees`, 1),
    await statements(owner, `/v1/events/${three.event.id}/orders?include=attendees`, 3),
  ];

  expect(counts).toEqual([7, 7]);
});

it('GET /v1/events/{id}/attendees?include=ticket,order (with tab counts)', async () => {
  const one = await eventWithOrders(1);
  const three = await eventWithOrders(3);

  const counts = [
    await statements(owner, `/v1/events/${one.event.id}/attendees?include=ticket,order`, 1),
    await statements(owner, `/v1/events/${three.event.id}/attendees?include=ticket,order`, 3),
  ];

  expect(counts).toEqual([7, 7]);
});

it('GET /v1/orders/{identifier}/attendees', async () => {
  const event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true });
  const ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Group', type: 'paid', price: '10.00', quantity: 50 });
  const identifiers: string[] = [];
  for (const quantity of [1, 3]) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/orders/create-order',
      headers: { authorization: `Bearer ${buyer.token}` },
      payload: { tickets: [{ id: ticket, quantity }] },
    });
    identifiers.push(JSON.parse(response.body).data.attributes.identifier);
  }

  const counts = [
    await statements(buyer, `/v1/orders/${identifiers[0]}/attendees?include=ticket`, 1),
    await statements(buyer, `/v1/orders/${identifiers[1]}/attendees?include=ticket`, 3),
  ];

  expect(counts).toEqual([5, 5]);
});
