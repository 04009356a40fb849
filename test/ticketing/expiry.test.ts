// The expiry of unpaid orders, run directly with a chosen `now` (no sleeping): initializing orders after the
// expiry time, pending ones 30 minutes later, never placed or completed ones; seats are free again and the
// change is kept in the order history.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { orders } from '../../src/db/schema.js';
import { orderHistory } from '../../src/orders/order.repo.js';
import { expireUnpaidOrders } from '../../src/orders/order.service.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, make, makeEvent, makeUser, resource, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;
let event: TestEvent;
let paid: string;
let free: string;

const MINUTE = 60_000;

interface Order {
  id: string;
  identifier: string;
  createdAt: number;
}

async function createOrder(user: TestUser, ticket: string, quantity = 1) {
  return t.app.inject({
    method: 'POST',
    url: '/v1/orders/create-order',
    headers: { authorization: `Bearer ${user.token}` },
    payload: { tickets: [{ id: ticket, quantity }] },
  });
}

async function orderOf(user: TestUser, ticket: string, quantity = 1): Promise<Order> {
  const response = await createOrder(user, ticket, quantity);
  if (response.statusCode !== 201) throw new Error(`order failed: ${response.body}`);
  const { data } = JSON.parse(response.body);
  return { id: data.id, identifier: data.attributes.identifier, createdAt: Date.parse(data.attributes['created-at']) };
}

async function statusOf(order: Order): Promise<string> {
  const response = await new Api(t.app, buyer.token).get(`/v1/orders/${order.identifier}`);
  return response.body.data.attributes.status;
}

async function patchOrder(user: TestUser, order: Order, attributes: Record<string, unknown>): Promise<void> {
  const response = await new Api(t.app, user.token).patch(`/v1/orders/${order.identifier}`, resource('order', attributes, {}, order.id));
  if (response.status !== 200) throw new Error(`order change failed: ${JSON.stringify(response.body)}`);
}

const expire = (now: Date) => expireUnpaidOrders(t.app.ctx.db, now, 15);
/** `minutes` after the order was made, plus `ms` milliseconds. */
const after = (order: Order, minutes: number, ms = 0) => new Date(order.createdAt + minutes * MINUTE + ms);

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  buyer = await makeUser(t.app);
  event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true });
  paid = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Standard', type: 'paid', price: '25.00', quantity: 1000 });
  free = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Community', type: 'free', price: '0', quantity: 1000 });
});
afterAll(async () => t.close());

// Each test starts with no unpaid order left from an earlier one, so the counts the job returns are exact.
beforeEach(async () => {
  await expire(new Date(Date.now() + 24 * 60 * MINUTE));
});

describe('expiring unpaid orders', () => {
  it('keeps an initializing order that is not older than 15 minutes', async () => {
    const order = await orderOf(buyer, paid);

    const counts = [await expire(after(order, 0)), await expire(after(order, 14, 59_999)), await expire(after(order, 15))];

    expect(counts).toEqual([0, 0, 0]);
    expect(await statusOf(order)).toBe('initializing');
  });

  it('expires an initializing order older than 15 minutes', async () => {
    const order = await orderOf(buyer, paid);

    const expired = await expire(after(order, 15, 1));

    expect(expired).toBe(1);
    expect(await statusOf(order)).toBe('expired');
  });

  it('takes the expiry time it is given (ORDER_EXPIRY_MINUTES)', async () => {
    const order = await orderOf(buyer, paid);

    const counts = [await expireUnpaidOrders(t.app.ctx.db, after(order, 5), 5), await expireUnpaidOrders(t.app.ctx.db, after(order, 5, 1), 5)];

    expect(counts).toEqual([0, 1]);
    expect(await statusOf(order)).toBe('expired');
  });

  it('expires a pending order only 30 minutes after the expiry time (45 minutes)', async () => {
    const order = await orderOf(buyer, paid);
    // No API path leads to `pending` (offline modes go to placed, zero amounts complete), so the order is
    // put there directly in the database, as an online payment provider's callback would.
    await t.app.ctx.db.update(orders).set({ status: 'pending' }).where(eq(orders.id, Number(order.id)));

    const counts = [await expire(after(order, 15, 1)), await expire(after(order, 45)), await expire(after(order, 45, 1))];

    expect(counts).toEqual([0, 0, 1]);
    expect(await statusOf(order)).toBe('expired');
    expect((await orderHistory(t.app.ctx.db, Number(order.id))).map(({ from, to, actorId }) => ({ from, to, actorId }))).toEqual([
      { from: null, to: 'initializing', actorId: buyer.id },
      { from: 'pending', to: 'expired', actorId: null },
    ]);
  });

  it('never expires placed or completed orders', async () => {
    const placed = await orderOf(buyer, paid);
    await patchOrder(buyer, placed, { 'payment-mode': 'bank' });
    const completedOffline = await orderOf(buyer, paid);
    await patchOrder(buyer, completedOffline, { 'payment-mode': 'cheque' });
    await patchOrder(owner, completedOffline, { status: 'completed' });
    const completedFree = await orderOf(buyer, free);
    await patchOrder(buyer, completedFree, { 'payment-mode': 'free' });

    const expired = await expire(after(placed, 10 * 365 * 24 * 60));

    expect(expired).toBe(0);
    expect([await statusOf(placed), await statusOf(completedOffline), await statusOf(completedFree)]).toEqual(['placed', 'completed', 'completed']);
  });

  it('never expires cancelled orders again', async () => {
    const cancelled = await orderOf(buyer, paid);
    await patchOrder(buyer, cancelled, { status: 'cancelled' });

    const expired = await expire(after(cancelled, 60));

    expect(expired).toBe(0);
    expect(await statusOf(cancelled)).toBe('cancelled');
  });

  it('frees the seats of an expired order: a sold-out ticket can be bought again', async () => {
    const scarce = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Last seats', type: 'paid', price: '99.00', quantity: 2 });
    const other = await makeUser(t.app);
    const order = await orderOf(buyer, scarce, 2);
    const soldOut = await createOrder(other, scarce, 1);

    await expire(after(order, 15, 1));
    const again = await createOrder(other, scarce, 2);

    expect([soldOut.statusCode, JSON.parse(soldOut.body).errors[0].code]).toEqual([409, 'order.sold_out']);
    expect([again.statusCode, JSON.parse(again.body).data.attributes.status]).toEqual([201, 'initializing']);
  });

  it('writes the expiry to the order history at the time of the run, with no actor', async () => {
    const order = await orderOf(buyer, paid);
    const now = after(order, 20);

    await expire(now);

    expect(await orderHistory(t.app.ctx.db, Number(order.id))).toEqual([
      { from: null, to: 'initializing', actorId: buyer.id, at: expect.any(Date), actorName: 'Test User' },
      { from: 'initializing', to: 'expired', actorId: null, at: now, actorName: null },
    ]);
  });

  it('expires nothing more when run twice', async () => {
    const first = await orderOf(buyer, paid);
    const second = await orderOf(buyer, free, 2);
    const now = after(second, 15, 1);

    const counts = [await expire(now), await expire(now), await expire(new Date(now.getTime() + 60 * MINUTE))];

    expect(counts).toEqual([2, 0, 0]);
    expect([await statusOf(first), await statusOf(second)]).toEqual(['expired', 'expired']);
    expect((await orderHistory(t.app.ctx.db, Number(first.id))).filter((row) => row.to === 'expired').length).toBe(1);
  });
});
