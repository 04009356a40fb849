// The numbers of an event for its organizers: GET /v1/events/{id}/statistics (seats per ticket, orders by status,
// check-ins per day, sales per day, days in the event's time zone) and the original's order-statistics of an
// event and of a ticket, on one event with orders in every state; who may see them; how many queries they take.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, COORGANIZERS_READ, countQueries, grantRole, make, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';
import { changeOrder, placeOrder, type TestOrder } from '../support/orders.js';

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;
let event: TestEvent;
const tickets: Record<'standard' | 'community' | 'patron', string> = {} as never;
const orders: Record<'placed' | 'completed' | 'free' | 'unpaid' | 'cancelled', TestOrder> = {} as never;
const staff: Record<string, TestUser> = {};
let todayInSingapore: string;

async function setCreatedAt(order: TestOrder, at: string) {
  await t.database.db.execute(sql`update orders set created_at = ${at}::timestamptz where identifier = ${order.identifier}`);
}
async function setCheckins(attendeeId: string, times: string[], checkedIn: boolean) {
  await t.database.db.execute(sql`update attendees set checkin_times = ${times.join(',')}, is_checked_in = ${checkedIn} where id = ${Number(attendeeId)}`);
}

beforeAll(async () => {
  t = await makeTestApp();
  [owner, buyer] = await Promise.all([makeUser(t.app), makeUser(t.app)]);
  // 1 March 17:00 to 4 March 02:00 in Singapore (UTC+8): four calendar days there.
  event = await makeEvent(t.app, owner, {
    'is-ticketing-enabled': true,
    'payment-currency': 'EUR',
    'starts-at': '2030-03-01T09:00:00Z',
    'ends-at': '2030-03-03T18:00:00Z',
    timezone: 'Asia/Singapore',
  });
  for (const role of ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar']) {
    staff[role] = await makeUser(t.app);
    await grantRole(t.app, event, owner, staff[role], role);
  }
  staff.admin = await makeUser(t.app, { admin: true });
  staff['plain user'] = await makeUser(t.app);
  tickets.standard = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Standard', type: 'paid', price: '10.00', quantity: 100, position: 1 });
  tickets.community = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Community', type: 'free', quantity: 50, position: 2 });
  tickets.patron = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Patron', type: 'paid', price: '25.00', quantity: 10, 'is-hidden': false, position: 3 });
  await make(t.app, owner, event, 'discount-code', 'discount-codes', { code: 'TENOFF', type: 'percent', value: 10 }, { tickets: [ref('ticket', tickets.standard)] });

  orders.placed = await placeOrder(t.app, buyer, [{ id: tickets.standard, quantity: 2 }]);
  await changeOrder(t.app, buyer, orders.placed, { 'payment-mode': 'bank' });
  orders.completed = await placeOrder(t.app, buyer, [{ id: tickets.standard, quantity: 1 }, { id: tickets.patron, quantity: 1 }], 'TENOFF');
  await changeOrder(t.app, buyer, orders.completed, { 'payment-mode': 'cheque' });
  await changeOrder(t.app, owner, orders.completed, { status: 'completed' });
  orders.free = await placeOrder(t.app, buyer, [{ id: tickets.community, quantity: 3 }]);
  await changeOrder(t.app, buyer, orders.free, { 'payment-mode': 'free' });
  orders.unpaid = await placeOrder(t.app, buyer, [{ id: tickets.standard, quantity: 1 }]);
  orders.cancelled = await placeOrder(t.app, buyer, [{ id: tickets.standard, quantity: 4 }]);
  await changeOrder(t.app, buyer, orders.cancelled, { status: 'cancelled' });
  // The patron ticket is hidden after its sale: hidden tickets are counted too.
  await new Api(t.app, owner.token).patch(`/v1/tickets/${tickets.patron}`, resource('ticket', { 'is-hidden': true }, {}, tickets.patron));

  // 23:59 and 00:01 in Singapore are two days, though both are 10 February in UTC.
  await setCreatedAt(orders.placed, '2030-02-10T15:59:00Z');
  await setCreatedAt(orders.completed, '2030-02-10T16:01:00Z');
  await setCreatedAt(orders.free, '2030-02-13T01:00:00Z');
  await setCreatedAt(orders.unpaid, '2030-02-12T01:00:00Z');
  await setCreatedAt(orders.cancelled, '2030-02-14T01:00:00Z');

  // Check-ins: one seat on 1 and 3 March (checked out since), one twice on 1 March, one through the API today,
  // and a seat of the cancelled order that must not count.
  await setCheckins(orders.placed.attendees[0], ['2030-03-01T10:00:00.000Z', '2030-03-02T17:00:00.000Z'], false);
  await setCheckins(orders.completed.attendees[0], ['2030-03-01T15:30:00.000Z', '2030-03-01T15:45:00.000Z'], true);
  await setCheckins(orders.cancelled.attendees[0], ['2030-03-02T02:00:00.000Z'], true);
  const checkIn = await new Api(t.app, staff.registrar.token).patch(
    `/v1/attendees/${orders.free.attendees[0]}`,
    resource('attendee', { 'is-checked-in': true }, {}, orders.free.attendees[0]),
  );
  if (checkIn.status !== 200) throw new Error(JSON.stringify(checkIn.body));
  todayInSingapore = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Singapore' }).format(new Date());
});
afterAll(async () => t?.close());

describe('GET /v1/events/{id}/statistics', () => {
  it('counts seats sold, held and left, orders and revenue after discounts for every ticket, in the tickets’ order', async () => {
    const response = await new Api(t.app, owner.token).get(`/v1/events/${event.identifier}/statistics`);

    expect(response.status).toBe(200);
    expect(response.body.event).toEqual({ id: event.id, identifier: event.identifier, timezone: 'Asia/Singapore', currency: 'EUR' });
    expect(response.body.tickets).toEqual([
      { id: tickets.standard, name: 'Standard', type: 'paid', 'is-hidden': false, quantity: 100, sold: 3, held: 1, available: 96, orders: 4, revenue: '29.00' },
      { id: tickets.community, name: 'Community', type: 'free', 'is-hidden': false, quantity: 50, sold: 3, held: 0, available: 47, orders: 1, revenue: '0.00' },
      { id: tickets.patron, name: 'Patron', type: 'paid', 'is-hidden': true, quantity: 10, sold: 1, held: 0, available: 9, orders: 1, revenue: '25.00' },
    ]);
  });

  it('counts orders, their seats and their amounts per status, every status present', async () => {
    const response = await new Api(t.app, owner.token).get(`/v1/events/${event.id}/statistics`);

    expect(response.body.orders).toEqual({
      initializing: { orders: 1, tickets: 1, amount: '10.00' },
      pending: { orders: 0, tickets: 0, amount: '0.00' },
      placed: { orders: 1, tickets: 2, amount: '20.00' },
      completed: { orders: 2, tickets: 5, amount: '34.00' },
      cancelled: { orders: 1, tickets: 4, amount: '40.00' },
      expired: { orders: 0, tickets: 0, amount: '0.00' },
    });
  });

  it('counts check-ins of admitted attendees per day in the event’s zone, every event day listed', async () => {
    const response = await new Api(t.app, owner.token).get(`/v1/events/${event.id}/statistics`);

    expect(response.body['check-in']).toEqual({
      attendees: 7,
      'checked-in': 2,
      days: [
        { date: todayInSingapore, 'checked-in': 1 },
        { date: '2030-03-01', 'checked-in': 2 },
        { date: '2030-03-02', 'checked-in': 0 },
        { date: '2030-03-03', 'checked-in': 1 },
        { date: '2030-03-04', 'checked-in': 0 },
      ],
    });
  });

  it('counts placed and completed orders per day they were made in the event’s zone, with the days between', async () => {
    const response = await new Api(t.app, owner.token).get(`/v1/events/${event.id}/statistics`);

    expect(response.body.days).toEqual([
      { date: '2030-02-10', orders: 1, tickets: 2, revenue: '20.00' },
      { date: '2030-02-11', orders: 1, tickets: 2, revenue: '34.00' },
      { date: '2030-02-12', orders: 0, tickets: 0, revenue: '0.00' },
      { date: '2030-02-13', orders: 1, tickets: 3, revenue: '0.00' },
    ]);
  });

  it('answers zeros and no days for an event without orders, in whole yen for JPY', async () => {
    const quiet = await makeEvent(t.app, owner, { 'payment-currency': 'JPY', 'starts-at': '2030-05-01T00:00:00Z', 'ends-at': '2030-05-01T10:00:00Z', timezone: 'UTC' });
    const ticket = await make(t.app, owner, quiet, 'ticket', 'tickets', { name: 'Seat', type: 'paid', price: '1500', quantity: 5 });

    const response = await new Api(t.app, owner.token).get(`/v1/events/${quiet.id}/statistics`);

    expect(response.status).toBe(200);
    expect(response.body.tickets).toEqual([{ id: ticket, name: 'Seat', type: 'paid', 'is-hidden': false, quantity: 5, sold: 0, held: 0, available: 5, orders: 0, revenue: '0' }]);
    expect(response.body.orders.completed).toEqual({ orders: 0, tickets: 0, amount: '0' });
    expect(response.body['check-in']).toEqual({ attendees: 0, 'checked-in': 0, days: [{ date: '2030-05-01', 'checked-in': 0 }] });
    expect(response.body.days).toEqual([]);
  });

  it.each(COORGANIZERS_READ)('answers the %s with %i', async (who, status) => {
    const user = who === 'owner' ? owner : staff[who];

    const response = await new Api(t.app, user.token).get(`/v1/events/${event.id}/statistics`);

    expect(response.status).toBe(status);
    if (status === 403) expect(response.body.errors[0].code).toBe('forbidden');
  });

  it('asks an anonymous caller to log in, and answers 404 for a draft event the caller has no role on', async () => {
    const draft = await makeEvent(t.app, owner, { state: 'draft' });

    const anonymous = await new Api(t.app).get(`/v1/events/${event.id}/statistics`);
    const stranger = await new Api(t.app, staff['plain user'].token).get(`/v1/events/${draft.id}/statistics`);

    expect([anonymous.status, anonymous.body.errors[0].code]).toEqual([401, 'auth.required']);
    expect([stranger.status, stranger.body.errors[0].code]).toEqual([404, 'event.not_found']);
  });
});

describe("the original's order statistics", () => {
  it('GET /v1/events/{id}/order-statistics counts orders, tickets and sales per status and in total', async () => {
    const response = await new Api(t.app, owner.token).get(`/v1/events/${event.id}/order-statistics`);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.api+json');
    expect(response.body).toEqual({
      data: {
        type: 'order-statistics-event',
        id: event.id,
        attributes: {
          identifier: event.identifier,
          orders: { draft: 1, pending: 0, placed: 1, completed: 2, cancelled: 1, expired: 0, total: 5 },
          tickets: { draft: 1, pending: 0, placed: 2, completed: 5, cancelled: 4, expired: 0, total: 12 },
          sales: { draft: 10, pending: 0, placed: 20, completed: 34, cancelled: 40, expired: 0, total: 104 },
        },
        links: { self: `/v1/events/${event.id}/order-statistics` },
      },
      links: { self: `/v1/events/${event.id}/order-statistics` },
      jsonapi: { version: '1.0' },
    });
  });

  it('GET /v1/tickets/{id}/order-statistics counts the orders that hold the ticket, its seats and its lines', async () => {
    const response = await new Api(t.app, owner.token).get(`/v1/tickets/${tickets.standard}/order-statistics`);

    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      type: 'order-statistics-ticket',
      id: tickets.standard,
      attributes: {
        orders: { draft: 1, pending: 0, placed: 1, completed: 1, cancelled: 1, expired: 0, total: 4 },
        tickets: { draft: 1, pending: 0, placed: 2, completed: 1, cancelled: 4, expired: 0, total: 8 },
        sales: { draft: 10, pending: 0, placed: 20, completed: 9, cancelled: 40, expired: 0, total: 79 },
      },
      links: { self: `/v1/tickets/${tickets.standard}/order-statistics` },
    });
  });

  it('refuses both to a registrar (403), and a hidden ticket reads as missing to a plain user (404)', async () => {
    const registrar = new Api(t.app, staff.registrar.token);

    const byEvent = await registrar.get(`/v1/events/${event.id}/order-statistics`);
    const byTicket = await registrar.get(`/v1/tickets/${tickets.standard}/order-statistics`);
    const hidden = await new Api(t.app, staff['plain user'].token).get(`/v1/tickets/${tickets.patron}/order-statistics`);

    expect([byEvent.status, byTicket.status, hidden.status]).toEqual([403, 403, 404]);
  });
});

describe('queries', () => {
  async function eventWith(rows: number): Promise<string> {
    const target = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true });
    for (let i = 0; i < rows; i++) {
      const ticket = await make(t.app, owner, target, 'ticket', 'tickets', { name: `T${i}`, type: 'paid', price: '5.00' });
      const order = await placeOrder(t.app, buyer, [{ id: ticket, quantity: 2 }]);
      await changeOrder(t.app, buyer, order, { 'payment-mode': 'bank' });
    }
    return `/v1/events/${target.id}/statistics`;
  }

  it('takes the same number of statements for 1 and 3 tickets and orders', async () => {
    const urls = [await eventWith(1), await eventWith(3)];
    const counts: number[] = [];
    const lengths: number[] = [];
    for (const url of urls) {
      counts.push(
        await countQueries(t.app, async () => {
          const response = await new Api(t.app, owner.token).get(url);
          lengths.push(response.body.tickets.length);
        }),
      );
    }

    expect(lengths).toEqual([1, 3]);
    // The caller's account, the event, the caller's roles, then the four aggregates.
    expect(counts).toEqual([7, 7]);
  });
});
