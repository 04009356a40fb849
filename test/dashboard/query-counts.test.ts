// Query counts of the dashboard's lists at 1 and 3 rows: the SQL statements of a page, its tab counts and its
// computed columns (order number, ticket, buyer) must not grow with the rows.
import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findEventByKey } from '../../src/events/event.repo.js';
import { insertTask } from '../../src/tasks/task.repo.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, countQueries, make, makeEvent, makeUser, type TestEvent, type TestUser } from '../support/client.js';
import { createOrder, patchOrder, type PlacedOrder } from './fixture.js';

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  buyer = await makeUser(t.app, { firstName: 'Ada', lastName: 'Lovelace' });
});
afterAll(async () => t.close());

async function statements(url: string, rows: number, read: (body: any) => unknown[] = (body) => body.data): Promise<number> {
  let response: Awaited<ReturnType<Api['get']>> | undefined;
  const count = await countQueries(t.app, async () => {
    response = await new Api(t.app, owner.token).get(url);
  });
  expect(response!.status).toBe(200);
  expect(read(response!.body).length).toBe(rows);
  return count;
}

/** An event with `rows` paid orders of one seat each, by the same buyer. */
async function eventWithOrders(rows: number): Promise<{ event: TestEvent; orders: PlacedOrder[] }> {
  const event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true });
  const ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Entry', type: 'paid', price: '5.00', quantity: 50 });
  const orders: PlacedOrder[] = [];
  for (let i = 0; i < rows; i++) {
    const order = await createOrder(t, buyer, [{ id: ticket, quantity: 1 }], [{ ticket, firstname: 'Grace', lastname: `Hopper ${i}` }]);
    await patchOrder(t, buyer, order, { 'payment-mode': 'bank' });
    orders.push(order);
  }
  return { event, orders };
}

it('GET /v1/events/{id}/attendees?tab=placed&search=hopper&sort=-ticket-price', async () => {
  const [one, three] = [await eventWithOrders(1), await eventWithOrders(3)];
  const url = (event: TestEvent) => `/v1/events/${event.identifier}/attendees?tab=placed&search=hopper&sort=-ticket-price&include=ticket`;

  expect([await statements(url(one.event), 1), await statements(url(three.event), 3)]).toEqual([6, 6]);
});

it('GET /v1/events/{id}/orders?tab=placed&search=lovelace&sort=buyer-name', async () => {
  const [one, three] = [await eventWithOrders(1), await eventWithOrders(3)];
  const url = (event: TestEvent) => `/v1/events/${event.identifier}/orders?tab=placed&search=lovelace&sort=buyer-name`;

  expect([await statements(url(one.event), 1), await statements(url(three.event), 3)]).toEqual([6, 6]);
});

it('GET /v1/orders/{identifier}/history', async () => {
  const { orders } = await eventWithOrders(2);
  // Two rows (made, placed) and, after completing and cancelling, four.
  await patchOrder(t, owner, orders[1], { status: 'completed' });
  await patchOrder(t, owner, orders[1], { status: 'cancelled' });

  expect([await statements(`/v1/orders/${orders[0].identifier}/history`, 2), await statements(`/v1/orders/${orders[1].identifier}/history`, 4)]).toEqual([4, 4]);
});

it('GET /v1/events/{id}/exports', async () => {
  // Tasks stored as the export route stores them (this app runs no queue, whose worker's statements would count).
  const events = [await eventWithOrders(1), await eventWithOrders(1)];
  for (const [index, { event }] of events.entries()) {
    const row = await findEventByKey(t.app.ctx.db, event.identifier);
    for (let i = 0; i < (index === 0 ? 1 : 3); i++) {
      await insertTask(t.app.ctx.db, { id: crypto.randomUUID(), kind: 'export', exporterId: 'attendees.csv', eventId: row!.id, userId: owner.id, params: { tab: 'all' } });
    }
  }

  const counts = [
    await statements(`/v1/events/${events[0].event.identifier}/exports`, 1, (body) => body.tasks),
    await statements(`/v1/events/${events[1].event.identifier}/exports`, 3, (body) => body.tasks),
  ];

  expect(counts).toEqual([4, 4]);
});
