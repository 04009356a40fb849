// Attendees through the HTTP API: who may see them (one attendee and the lists under the event and the
// order), the buyer filling in details, check-in and check-out by registrars, which orders' attendees may not
// come in, the ticket code, and the filters of the organizer's attendee list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireUnpaidOrders } from '../../src/orders/order.service.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, make, makeEvent, makeUser, resource, type Response, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;
let guest: TestUser; // the attendee: a user whose e-mail the buyer gave for one seat
let other: TestUser;
let admin: TestUser;
const staff: Record<'organizer' | 'coorganizer' | 'track_organizer' | 'moderator' | 'registrar', TestUser> = {} as never;
let event: TestEvent;
let general: string;

interface Order {
  id: string;
  identifier: string;
  createdAt: string;
  attendees: { id: string; identifier: string; ticketCode: string }[];
}

async function createOrder(user: TestUser, tickets: { id: string; quantity: number }[], attendees: Record<string, unknown>[] = []): Promise<Order> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/v1/orders/create-order',
    headers: { authorization: `Bearer ${user.token}` },
    payload: { tickets, attendees },
  });
  if (response.statusCode !== 201) throw new Error(`order failed: ${response.body}`);
  const body = JSON.parse(response.body);
  return {
    id: body.data.id,
    identifier: body.data.attributes.identifier,
    createdAt: body.data.attributes['created-at'],
    attendees: body.included.map((item: { id: string; attributes: Record<string, string> }) => ({
      id: item.id,
      identifier: item.attributes.identifier,
      ticketCode: item.attributes['ticket-code'],
    })),
  };
}

async function patchOrder(user: TestUser, order: Order, attributes: Record<string, unknown>): Promise<void> {
  const response = await new Api(t.app, user.token).patch(`/v1/orders/${order.identifier}`, resource('order', attributes, {}, order.id));
  if (response.status !== 200) throw new Error(`order change failed: ${JSON.stringify(response.body)}`);
}

function patchAttendee(user: TestUser | undefined, id: string, attributes: Record<string, unknown>): Promise<Response> {
  return new Api(t.app, user?.token).patch(`/v1/attendees/${id}`, resource('attendee', attributes, {}, id));
}

const idsOf = (response: Response) => response.body.data.map((item: { id: string }) => item.id);
const filtered = (filter: unknown) => `?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** The check-in fields of an attendee as the API shows them. */
const checkin = (response: Response) => {
  const a = response.body.data.attributes;
  return { in: a['is-checked-in'], out: a['is-checked-out'], checkins: a['checkin-times'], devices: a['device-name-checkin'], checkouts: a['checkout-times'] };
};

/** A comma list of server times, each an ISO timestamp within [before, after]. */
function expectTimesWithin(list: string, before: number, after: number) {
  for (const time of list.split(',')) {
    expect(new Date(time).toISOString()).toBe(time);
    expect(Date.parse(time) >= before && Date.parse(time) <= after).toBe(true);
  }
}

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  buyer = await makeUser(t.app);
  guest = await makeUser(t.app);
  other = await makeUser(t.app);
  admin = await makeUser(t.app, { admin: true });
  event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true });
  for (const role of ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const) {
    staff[role] = await makeUser(t.app);
    await grantRole(t.app, event, owner, staff[role], role);
  }
  general = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'General', type: 'free', price: '0', quantity: 1000 });
});
afterAll(async () => t.close());

describe('who sees attendees', () => {
  let order: Order;
  let guestSeat: string;
  let plainSeat: string;
  let strangerSeat: string;

  beforeAll(async () => {
    // The buyer names the guest (by e-mail, in another case) for one of two seats; a stranger buys one more.
    order = await createOrder(buyer, [{ id: general, quantity: 2 }], [{ ticket: general, firstname: 'Grace', email: guest.email.toUpperCase() }]);
    await patchOrder(buyer, order, { 'payment-mode': 'free' });
    [guestSeat, plainSeat] = order.attendees.map((a) => a.id);
    const stranger = await makeUser(t.app);
    strangerSeat = (await createOrder(stranger, [{ id: general, quantity: 1 }])).attendees[0].id;
  });

  const callers = (): [string, TestUser | undefined][] => [
    ['buyer', buyer],
    ['guest', guest],
    ['registrar', staff.registrar],
    ['coorganizer', staff.coorganizer],
    ['organizer', staff.organizer],
    ['owner', owner],
    ['admin', admin],
    ['track_organizer', staff.track_organizer],
    ['moderator', staff.moderator],
    ['other', other],
    ['anonymous', undefined],
  ];

  it('shows one attendee to the buyer, the attendee, registrar+ and admins, and 404 to everyone else', async () => {
    const seen: [string, number, number][] = [];
    for (const [who, user] of callers()) {
      const api = new Api(t.app, user?.token);
      seen.push([who, (await api.get(`/v1/attendees/${guestSeat}`)).status, (await api.get(`/v1/attendees/${plainSeat}`)).status]);
    }

    expect(seen).toEqual([
      ['buyer', 200, 200],
      ['guest', 200, 404],
      ['registrar', 200, 200],
      ['coorganizer', 200, 200],
      ['organizer', 200, 200],
      ['owner', 200, 200],
      ['admin', 200, 200],
      ['track_organizer', 404, 404],
      ['moderator', 404, 404],
      ['other', 404, 404],
      ['anonymous', 404, 404],
    ]);
  });

  it('lists to each caller, under the event, just the attendees they may see', async () => {
    const seen: [string, number, string[] | string][] = [];
    for (const [who, user] of callers()) {
      const response = await new Api(t.app, user?.token).get(`/v1/events/${event.id}/attendees`);
      seen.push([who, response.status, response.status === 200 ? idsOf(response) : response.body.errors[0].code]);
    }

    const all = [guestSeat, plainSeat, strangerSeat];
    expect(seen).toEqual([
      ['buyer', 200, [guestSeat, plainSeat]],
      ['guest', 200, [guestSeat]],
      ['registrar', 200, all],
      ['coorganizer', 200, all],
      ['organizer', 200, all],
      ['owner', 200, all],
      ['admin', 200, all],
      ['track_organizer', 200, []],
      ['moderator', 200, []],
      ['other', 200, []],
      ['anonymous', 403, 'forbidden'],
    ]);
  });

  it('lists the attendees of an order to the buyer, the attendee (their seat), registrar+ and admins, and 404 to everyone else', async () => {
    const seen: [string, number, string[] | string][] = [];
    for (const [who, user] of callers()) {
      const response = await new Api(t.app, user?.token).get(`/v1/orders/${order.identifier}/attendees`);
      seen.push([who, response.status, response.status === 200 ? idsOf(response) : response.body.errors[0].code]);
    }

    const both = [guestSeat, plainSeat];
    expect(seen).toEqual([
      ['buyer', 200, both],
      ['guest', 200, [guestSeat]],
      ['registrar', 200, both],
      ['coorganizer', 200, both],
      ['organizer', 200, both],
      ['owner', 200, both],
      ['admin', 200, both],
      ['track_organizer', 404, 'order.not_found'],
      ['moderator', 404, 'order.not_found'],
      ['other', 404, 'order.not_found'],
      ['anonymous', 404, 'order.not_found'],
    ]);
  });
});

describe('attendee details and ticket code', () => {
  it('gives every attendee the ticket code <order identifier>-<attendee identifier>', async () => {
    const order = await createOrder(buyer, [{ id: general, quantity: 3 }]);

    const codes = order.attendees.map((a) => a.ticketCode);

    expect(codes).toEqual(order.attendees.map((a) => `${order.identifier}-${a.identifier}`));
    expect(new Set(order.attendees.map((a) => a.identifier)).size).toBe(3);
    expect(order.attendees.every((a) => /^[0-9a-f]+$/.test(a.identifier))).toBe(true);
  });

  it('lets the buyer fill in the details of a seat later', async () => {
    const order = await createOrder(buyer, [{ id: general, quantity: 1 }]);
    const seat = order.attendees[0].id;
    const details = { firstname: 'Ada', lastname: 'Lovelace', email: 'ada@example.org', city: 'London', 'job-title': 'Analyst', phone: '+44 20 1234', company: 'Engines Ltd' };

    const response = await patchAttendee(buyer, seat, details);
    const read = await new Api(t.app, buyer.token).get(`/v1/attendees/${seat}`);

    expect(response.status).toBe(200);
    expect(Object.fromEntries(Object.keys(details).map((key) => [key, read.body.data.attributes[key]]))).toEqual(details);
  });

  it('does not let another user change a seat, and does not tell them it exists', async () => {
    const order = await createOrder(buyer, [{ id: general, quantity: 1 }]);

    const response = await patchAttendee(other, order.attendees[0].id, { firstname: 'Mallory' });

    expect([response.status, response.body.errors[0].code]).toEqual([404, 'attendee.not_found']);
  });
});

describe('check-in and check-out', () => {
  let paidOrder: Order;

  beforeAll(async () => {
    paidOrder = await createOrder(buyer, [{ id: general, quantity: 3 }]);
    await patchOrder(buyer, paidOrder, { 'payment-mode': 'free' });
  });

  it('lets a registrar check an attendee in: the server appends its time and the device name', async () => {
    const seat = paidOrder.attendees[0].id;

    const before = Date.now();
    const response = await patchAttendee(staff.registrar, seat, { 'is-checked-in': true, 'device-name-checkin': 'Gate A' });
    const after = Date.now();

    expect(response.status).toBe(200);
    const state = checkin(response);
    expect({ ...state, checkins: state.checkins.split(',').length }).toEqual({ in: true, out: false, checkins: 1, devices: 'Gate A', checkouts: null });
    expectTimesWithin(state.checkins, before, after);
  });

  it("records '-' as the device when none is named", async () => {
    const response = await patchAttendee(staff.registrar, paidOrder.attendees[1].id, { 'is-checked-in': true });

    expect(checkin(response).devices).toBe('-');
  });

  it('checks out and in again, appending each time', async () => {
    const seat = paidOrder.attendees[2].id;
    const before = Date.now();
    await patchAttendee(staff.registrar, seat, { 'is-checked-in': true, 'device-name-checkin': 'Gate A' });

    const out = await patchAttendee(staff.registrar, seat, { 'is-checked-in': false });
    const back = await patchAttendee(staff.coorganizer, seat, { 'is-checked-in': true });
    const after = Date.now();

    const outState = checkin(out);
    expect({ ...outState, checkins: outState.checkins.split(',').length, checkouts: outState.checkouts.split(',').length }).toEqual({
      in: false,
      out: true,
      checkins: 1,
      devices: 'Gate A',
      checkouts: 1,
    });
    const backState = checkin(back);
    expect({ ...backState, checkins: backState.checkins.split(',').length }).toEqual({ in: true, out: false, checkins: 2, devices: 'Gate A,-', checkouts: outState.checkouts });
    expect(backState.checkins.split(',')[0]).toBe(outState.checkins);
    expectTimesWithin(backState.checkins, before, after);
    expectTimesWithin(backState.checkouts, before, after);
    const [firstIn, secondIn] = backState.checkins.split(',').map(Date.parse);
    expect(firstIn <= Date.parse(backState.checkouts) && Date.parse(backState.checkouts) <= secondIn).toBe(true);
  });

  it('does not let the buyer or the attendee check in', async () => {
    const order = await createOrder(buyer, [{ id: general, quantity: 1 }], [{ ticket: general, email: guest.email }]);
    await patchOrder(buyer, order, { 'payment-mode': 'free' });
    const seat = order.attendees[0].id;

    const attempts = [
      await patchAttendee(buyer, seat, { 'is-checked-in': true }),
      await patchAttendee(guest, seat, { 'is-checked-in': true }),
      await patchAttendee(buyer, seat, { 'device-name-checkin': 'my phone' }),
    ];

    expect(attempts.map((response) => [response.status, response.body.errors[0].code])).toEqual(Array(3).fill([403, 'forbidden']));
    expect(checkin(await new Api(t.app, buyer.token).get(`/v1/attendees/${seat}`)).in).toBe(false);
  });

  it('lets an attendee of a placed order (to pay at the door) be checked in', async () => {
    const vip = await make(t.app, owner, event, 'ticket', 'tickets', { name: `VIP ${Date.now()}`, type: 'paid', price: '20.00', quantity: 10 });
    const order = await createOrder(buyer, [{ id: vip, quantity: 1 }]);
    await patchOrder(buyer, order, { 'payment-mode': 'onsite' });

    const response = await patchAttendee(staff.registrar, order.attendees[0].id, { 'is-checked-in': true });

    expect([response.status, checkin(response).in]).toEqual([200, true]);
  });

  it("refuses to check in a cancelled order's attendee with 409", async () => {
    const order = await createOrder(buyer, [{ id: general, quantity: 1 }]);
    await patchOrder(buyer, order, { 'payment-mode': 'free' });
    await patchOrder(owner, order, { status: 'cancelled' });

    const response = await patchAttendee(staff.registrar, order.attendees[0].id, { 'is-checked-in': true });

    expect(response.status).toBe(409);
    expect(response.body.errors[0]).toEqual({
      status: '409',
      code: 'attendee.order_not_valid',
      title: 'Conflict',
      detail: "This attendee's order is cancelled; only completed or placed orders can be checked in",
      source: { pointer: '/data/attributes/is-checked-in' },
    });
  });

  it("refuses to check in an expired order's attendee with 409", async () => {
    const order = await createOrder(buyer, [{ id: general, quantity: 1 }]);
    await expireUnpaidOrders(t.app.ctx.db, new Date(Date.parse(order.createdAt) + 15 * 60_000 + 1), 15);

    const response = await patchAttendee(staff.registrar, order.attendees[0].id, { 'is-checked-in': true });

    expect([response.status, response.body.errors[0].code, response.body.errors[0].detail]).toEqual([
      409,
      'attendee.order_not_valid',
      "This attendee's order is expired; only completed or placed orders can be checked in",
    ]);
  });

  it("refuses to check in an unpaid order's attendee with 409", async () => {
    const order = await createOrder(buyer, [{ id: general, quantity: 1 }]);

    const response = await patchAttendee(owner, order.attendees[0].id, { 'is-checked-in': true });

    expect([response.status, response.body.errors[0].code, response.body.errors[0].detail]).toEqual([
      409,
      'attendee.order_not_valid',
      "This attendee's order is initializing; only completed or placed orders can be checked in",
    ]);
  });
});

describe('filtering the attendees of an event', () => {
  let filtersEvent: TestEvent;
  let standard: string;
  let vip: string;
  const seats: Record<string, string> = {};

  beforeAll(async () => {
    filtersEvent = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true });
    await grantRole(t.app, filtersEvent, owner, staff.registrar, 'registrar');
    standard = await make(t.app, owner, filtersEvent, 'ticket', 'tickets', { name: 'Standard', type: 'free', price: '0', quantity: 100 });
    vip = await make(t.app, owner, filtersEvent, 'ticket', 'tickets', { name: 'VIP', type: 'paid', price: '30.00', quantity: 100 });
    // completed: 2 standard (one checked in); placed: 1 vip (checked in); initializing: 1 standard + 1 vip; cancelled: 1 vip.
    const completed = await createOrder(buyer, [{ id: standard, quantity: 2 }]);
    await patchOrder(buyer, completed, { 'payment-mode': 'free' });
    const placed = await createOrder(buyer, [{ id: vip, quantity: 1 }]);
    await patchOrder(buyer, placed, { 'payment-mode': 'bank' });
    const open = await createOrder(buyer, [
      { id: standard, quantity: 1 },
      { id: vip, quantity: 1 },
    ]);
    const cancelled = await createOrder(buyer, [{ id: vip, quantity: 1 }]);
    await patchOrder(buyer, cancelled, { status: 'cancelled' });
    [seats.completed1, seats.completed2] = completed.attendees.map((a) => a.id);
    seats.placed = placed.attendees[0].id;
    [seats.openStandard, seats.openVip] = open.attendees.map((a) => a.id);
    seats.cancelled = cancelled.attendees[0].id;
    for (const seat of [seats.completed1, seats.placed]) {
      const response = await patchAttendee(staff.registrar, seat, { 'is-checked-in': true });
      if (response.status !== 200) throw new Error(`check-in failed: ${JSON.stringify(response.body)}`);
    }
  });

  const list = (query: string) => new Api(t.app, staff.registrar.token).get(`/v1/events/${filtersEvent.id}/attendees${query}`);

  it('filters by is-checked-in', async () => {
    const checkedIn = await list(filtered([{ name: 'is-checked-in', op: 'eq', val: true }]));
    const notCheckedIn = await list(filtered([{ name: 'is-checked-in', op: 'eq', val: false }]));

    expect(idsOf(checkedIn)).toEqual([seats.completed1, seats.placed]);
    expect(idsOf(notCheckedIn)).toEqual([seats.completed2, seats.openStandard, seats.openVip, seats.cancelled]);
  });

  it('filters by ticket', async () => {
    const response = await list(filtered([{ name: 'ticket', op: 'eq', val: vip }]));

    expect(idsOf(response)).toEqual([seats.placed, seats.openVip, seats.cancelled]);
    expect(response.body.meta.count).toBe(3);
  });

  it('filters by the status of the order', async () => {
    const completed = await list(filtered([{ name: 'order__status', op: 'eq', val: 'completed' }]));
    const live = await list(filtered([{ name: 'order__status', op: 'in_', val: ['completed', 'placed'] }]));
    const cancelled = await list(filtered([{ name: 'order__status', op: 'eq', val: 'cancelled' }]));

    expect([idsOf(completed), idsOf(live), idsOf(cancelled)]).toEqual([
      [seats.completed1, seats.completed2],
      [seats.completed1, seats.completed2, seats.placed],
      [seats.cancelled],
    ]);
  });

  it('combines the filters', async () => {
    const response = await list(
      filtered([
        { name: 'ticket', op: 'eq', val: standard },
        { name: 'order__status', op: 'eq', val: 'completed' },
        { name: 'is-checked-in', op: 'eq', val: false },
      ]),
    );

    expect(idsOf(response)).toEqual([seats.completed2]);
  });
});
