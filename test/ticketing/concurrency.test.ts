// Inventory integrity under concurrency: hundreds of create-order calls at once never sell more seats than a
// ticket has nor more uses than a discount code allows, every loser gets a clear 409, and baskets that name
// the same tickets in opposite order do not deadlock. On PostgreSQL the calls really overlap (pool of 20).
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendees, discountCodes, orders, orderTickets, tickets } from '../../src/db/schema.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, make, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';

const LIVE = ['initializing', 'pending', 'placed', 'completed'];

let t: TestApp;
let owner: TestUser;
let buyers: TestUser[];

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  buyers = await Promise.all(Array.from({ length: 30 }, () => makeUser(t.app)));
});
afterAll(async () => t.close());

interface Reply {
  status: number;
  body: any;
}

async function createOrder(buyer: TestUser, payload: Record<string, unknown>): Promise<Reply> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/v1/orders/create-order',
    headers: { authorization: `Bearer ${buyer.token}` },
    payload,
  });
  return { status: response.statusCode, body: JSON.parse(response.body) };
}

/** `count` create-order calls at once, spread over the 30 buyers. */
function stampede(count: number, payload: (i: number) => Record<string, unknown>): Promise<Reply[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => createOrder(buyers[i % buyers.length], payload(i))));
}

function countBy(replies: Reply[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const reply of replies) {
    const key = reply.status === 201 ? '201' : `${reply.status} ${reply.body.errors?.[0]?.code}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

async function seatsInLiveOrders(ticketId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: sql<number>`coalesce(sum(${orderTickets.quantity}), 0)`.mapWith(Number) })
    .from(orderTickets)
    .innerJoin(orders, eq(orders.id, orderTickets.orderId))
    .where(and(eq(orderTickets.ticketId, Number(ticketId)), inArray(orders.status, LIVE)));
  return row.n;
}

/** The ticket's seat counter, which must always equal the seats in its live orders. */
async function reservedCounter(ticketId: string): Promise<number> {
  const [row] = await t.database.db.select({ n: tickets.reserved }).from(tickets).where(eq(tickets.id, Number(ticketId)));
  return row.n;
}

async function attendeesOf(ticketId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(attendees)
    .where(eq(attendees.ticketId, Number(ticketId)));
  return row.n;
}

async function liveOrdersWithCode(codeId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(orders)
    .where(and(eq(orders.discountCodeId, Number(codeId)), inArray(orders.status, LIVE)));
  return row.n;
}

async function ticketingEvent(): Promise<TestEvent> {
  return makeEvent(t.app, owner, { 'is-ticketing-enabled': true, 'payment-currency': 'EUR' });
}

describe('300 buyers at once for 100 seats', () => {
  let ticket: string;
  let replies: Reply[];

  beforeAll(async () => {
    const event = await ticketingEvent();
    ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Standard', type: 'paid', price: '25.00', quantity: 100 });

    replies = await stampede(300, () => ({ tickets: [{ id: ticket, quantity: 1 }] }));
  });

  it('sells exactly 100 seats and answers every other call with 409 order.sold_out', () => {
    expect(countBy(replies)).toEqual({ '201': 100, '409 order.sold_out': 200 });
  });

  it('answers each refused call with the same complete error object', () => {
    const refused = replies.filter((reply) => reply.status !== 201).map((reply) => reply.body);

    expect(new Set(refused.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(refused[0]).toEqual({
      errors: [{ status: '409', code: 'order.sold_out', title: 'Conflict', detail: '"Standard" is sold out', source: { pointer: '/tickets/0/quantity' } }],
      jsonapi: { version: '1.0' },
    });
  });

  it('gives each successful call its own order with one attendee', () => {
    const created = replies.filter((reply) => reply.status === 201).map((reply) => reply.body);

    expect(new Set(created.map((body) => body.data.attributes.identifier)).size).toBe(100);
    expect(created.map((body) => [body.data.attributes.status, body.data.attributes.amount, body.included.length])).toEqual(
      Array.from({ length: 100 }, () => ['initializing', 25, 1]),
    );
  });

  it('holds exactly 100 seats in live orders and 100 attendees in the database', async () => {
    expect(await seatsInLiveOrders(ticket)).toBe(100);
    expect(await reservedCounter(ticket)).toBe(100);
    expect(await attendeesOf(ticket)).toBe(100);
  });

  it('refuses one more seat afterwards', async () => {
    const late = await createOrder(buyers[0], { tickets: [{ id: ticket, quantity: 1 }] });

    expect(late.status).toBe(409);
    expect(late.body.errors[0].code).toBe('order.sold_out');
  });
});

describe('300 buyers at once for a discount code limited to 10 uses', () => {
  let ticket: string;
  let code: string;
  let replies: Reply[];

  beforeAll(async () => {
    const event = await ticketingEvent();
    ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Standard', type: 'paid', price: '40.00', quantity: 1000, 'max-order': 10 });
    code = await make(
      t.app,
      owner,
      event,
      'discount-code',
      'discount-codes',
      { code: 'EARLY10', type: 'percent', value: '25', 'tickets-number': 10 },
      { tickets: [ref('ticket', ticket)] },
    );

    replies = await stampede(300, () => ({ tickets: [{ id: ticket, quantity: 1 }], 'discount-code': 'EARLY10' }));
  });

  it('lets exactly 10 orders use the code and answers the other 290 with 409 discount-code.used_up', () => {
    expect(countBy(replies)).toEqual({ '201': 10, '409 discount-code.used_up': 290 });
  });

  it('answers each refused call with the same complete error object', () => {
    const refused = replies.filter((reply) => reply.status !== 201).map((reply) => reply.body);

    expect(new Set(refused.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(refused[0]).toEqual({
      errors: [
        { status: '409', code: 'discount-code.used_up', title: 'Conflict', detail: 'Discount code "EARLY10" has been used up', source: { pointer: '/discount-code' } },
      ],
      jsonapi: { version: '1.0' },
    });
  });

  it('prices each coded order with the discount and stores exactly 10 coded orders', async () => {
    const created = replies.filter((reply) => reply.status === 201).map((reply) => reply.body.data.attributes.amount);

    expect(created).toEqual(Array.from({ length: 10 }, () => 30));
    expect(await liveOrdersWithCode(code)).toBe(10);
    expect(await seatsInLiveOrders(ticket)).toBe(10);
  });

  it('frees one use when a coded order is cancelled, and only one', async () => {
    const first = replies.find((reply) => reply.status === 201)!;
    const buyer = buyers[replies.indexOf(first) % buyers.length];
    const cancelled = await new Api(t.app, buyer.token).patch(
      `/v1/orders/${first.body.data.attributes.identifier}`,
      resource('order', { status: 'cancelled' }, {}, first.body.data.id),
    );

    const again = await stampede(5, () => ({ tickets: [{ id: ticket, quantity: 1 }], 'discount-code': 'EARLY10' }));

    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data.attributes.status).toBe('cancelled');
    expect(countBy(again)).toEqual({ '201': 1, '409 discount-code.used_up': 4 });
    expect(await liveOrdersWithCode(code)).toBe(10);
    const [counter] = await t.database.db.select({ used: discountCodes.used }).from(discountCodes).where(eq(discountCodes.id, Number(code)));
    expect(counter.used).toBe(10);
    expect(await reservedCounter(ticket)).toBe(await seatsInLiveOrders(ticket));
  });

  it('still sells the ticket without the code once the code is used up', async () => {
    const plain = await createOrder(buyers[1], { tickets: [{ id: ticket, quantity: 1 }] });

    expect(plain.status).toBe(201);
    expect(plain.body.data.attributes.amount).toBe(40);
  });
});

describe('a code limited to 10 uses over two tickets bought at once', () => {
  it('counts the uses of both tickets together, so only the code row serializes the calls', async () => {
    const event = await ticketingEvent();
    const morning = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Morning', type: 'paid', price: '20.00', quantity: 500 });
    const evening = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Evening', type: 'paid', price: '20.00', quantity: 500 });
    const code = await make(
      t.app,
      owner,
      event,
      'discount-code',
      'discount-codes',
      { code: 'BOTH10', type: 'amount', value: '5', 'tickets-number': 10 },
      { tickets: [ref('ticket', morning), ref('ticket', evening)] },
    );

    const replies = await stampede(100, (i) => ({ tickets: [{ id: i % 2 === 0 ? morning : evening, quantity: 1 }], 'discount-code': 'bOtH10' }));

    expect(countBy(replies)).toEqual({ '201': 10, '409 discount-code.used_up': 90 });
    expect(await liveOrdersWithCode(code)).toBe(10);
    expect((await seatsInLiveOrders(morning)) + (await seatsInLiveOrders(evening))).toBe(10);
  });
});

describe('an organizer editing a code while a buyer orders with it', () => {
  it('finishes both calls without a deadlock', async () => {
    const { default: pg } = await import('pg');
    const event = await ticketingEvent();
    const ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Standard', type: 'paid', price: '40.00', quantity: 100 });
    const code = await make(t.app, owner, event, 'discount-code', 'discount-codes', { code: 'EDITED', type: 'amount', value: '5' }, { tickets: [ref('ticket', ticket)] });
    const holder = new pg.Client({ connectionString: t.database.url });
    await holder.connect();
    const waiting = async (count: number) => {
      for (let tries = 0; tries < 500; tries++) {
        const { rows } = await holder.query(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        );
        if (rows[0].n >= count) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`never saw ${count} waiting transactions`);
    };
    // Queue the organizer's edit first and the buyer's order second behind a lock on the code row (the order
    // waits there to take its use of the code), then let go: the edit updates the code and relinks its
    // tickets while the order holds the ticket row.
    await holder.query('begin');
    await holder.query('select id from discount_codes where id = $1 for update', [Number(code)]);
    const edit = new Api(t.app, owner.token).patch(
      `/v1/discount-codes/${code}`,
      resource('discount-code', { value: '6' }, { tickets: [ref('ticket', ticket)] }, code),
    );
    await waiting(1);
    const order = createOrder(buyers[0], { tickets: [{ id: ticket, quantity: 1 }], 'discount-code': 'EDITED' });
    await waiting(2);
    await holder.query('commit');
    const [edited, ordered] = await Promise.all([edit, order]);
    await holder.end();

    expect([edited.status, ordered.status]).toEqual([200, 201]);
    // The order read the code before the edit committed and took its use after: it is priced at the old
    // value, as if it had come first (a valid serial order), and the code keeps its new value.
    expect(ordered.body.data.attributes.amount).toBe(35);
    const after = await new Api(t.app, owner.token).get(`/v1/discount-codes/${code}`);
    expect(after.body.data.attributes.value).toBe(6);
  });
});

describe('mixed baskets naming two tickets in opposite order', () => {
  let first: string;
  let second: string;
  let replies: Reply[];

  beforeAll(async () => {
    const event = await ticketingEvent();
    first = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Day one', type: 'paid', price: '10.00', quantity: 40 });
    second = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Day two', type: 'paid', price: '12.00', quantity: 60 });

    // Even calls list day one first, odd calls day two first: a server that locked rows in basket order
    // would deadlock here.
    replies = await stampede(120, (i) => ({
      tickets: i % 2 === 0 ? [{ id: first, quantity: 1 }, { id: second, quantity: 1 }] : [{ id: second, quantity: 1 }, { id: first, quantity: 1 }],
    }));
  });

  it('ends every call in 201 or 409 order.sold_out, 40 of them 201', () => {
    expect(countBy(replies)).toEqual({ '201': 40, '409 order.sold_out': 80 });
  });

  it('names the sold-out ticket where the caller put it in the basket', () => {
    const refused = replies.flatMap((reply, i) => (reply.status === 409 ? [{ parity: i % 2, error: reply.body.errors[0] }] : []));
    const shapes = new Set(refused.map(({ parity, error }) => JSON.stringify([parity, error])));

    expect([...shapes].map((shape) => JSON.parse(shape)).sort((a, b) => a[0] - b[0])).toEqual([
      [0, { status: '409', code: 'order.sold_out', title: 'Conflict', detail: '"Day one" is sold out', source: { pointer: '/tickets/0/quantity' } }],
      [1, { status: '409', code: 'order.sold_out', title: 'Conflict', detail: '"Day one" is sold out', source: { pointer: '/tickets/1/quantity' } }],
    ]);
  });

  it('takes the same 40 seats of each ticket in the database', async () => {
    expect(await seatsInLiveOrders(first)).toBe(40);
    expect(await seatsInLiveOrders(second)).toBe(40);
    expect(await attendeesOf(first)).toBe(40);
    expect(await attendeesOf(second)).toBe(40);
  });
});
