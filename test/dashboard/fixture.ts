// One event with orders in every status, for the dashboard's list, export and live tests: two buyers with names,
// seven attendees with names, two of them checked in, and the staff roles. Orders reach their status through the
// API (pay, cancel) and the expiry run; `pending`, which only an online payment provider sets, is set in SQL.
import { sql } from 'drizzle-orm';
import { expireUnpaidOrders } from '../../src/orders/order.service.js';
import type { TestApp } from '../support/app.js';
import { Api, grantRole, make, makeEvent, makeUser, resource, type TestEvent, type TestUser } from '../support/client.js';

export const ROLES = ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const;
export type StaffRole = (typeof ROLES)[number];

export interface PlacedOrder {
  id: string;
  identifier: string;
  number: string;
  attendees: string[];
}

export interface Fixture {
  event: TestEvent;
  owner: TestUser;
  admin: TestUser;
  other: TestUser;
  staff: Record<StaffRole, TestUser>;
  /** Ada Lovelace (orders completed, placed, cancelled) and Charles Babbage (pending, initializing, expired). */
  ada: TestUser;
  charles: TestUser;
  tickets: { pass: string; free: string };
  orders: Record<'completed' | 'placed' | 'cancelled' | 'initializing' | 'pending' | 'expired', PlacedOrder>;
  /** Attendee ids by first name. */
  people: Record<'Grace' | 'Alan' | 'Joan' | 'Byron' | 'Katherine' | 'Barbara' | 'Edsger', string>;
}

export async function createOrder(t: TestApp, user: TestUser, tickets: { id: string; quantity: number }[], attendees: Record<string, unknown>[] = []): Promise<PlacedOrder> {
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
    number: body.data.attributes['invoice-number'],
    attendees: body.included.map((item: { id: string }) => item.id),
  };
}

export async function patchOrder(t: TestApp, user: TestUser, order: PlacedOrder, attributes: Record<string, unknown>) {
  return new Api(t.app, user.token).patch(`/v1/orders/${order.identifier}`, resource('order', attributes, {}, order.id));
}

export async function checkIn(t: TestApp, user: TestUser, attendee: string, checkedIn = true, device?: string) {
  const response = await new Api(t.app, user.token).patch(
    `/v1/attendees/${attendee}`,
    resource('attendee', { 'is-checked-in': checkedIn, ...(device ? { 'device-name-checkin': device } : {}) }, {}, attendee),
  );
  if (response.status !== 200) throw new Error(`check-in failed: ${JSON.stringify(response.body)}`);
  return response;
}

const person = (ticket: string, firstname: string, lastname: string) => ({ ticket, firstname, lastname, email: `${firstname.toLowerCase()}@example.org` });

export async function makeFixture(t: TestApp, eventAttributes: Record<string, unknown> = {}): Promise<Fixture> {
  const owner = await makeUser(t.app);
  const admin = await makeUser(t.app, { admin: true });
  const other = await makeUser(t.app);
  const ada = await makeUser(t.app, { firstName: 'Ada', lastName: 'Lovelace' });
  const charles = await makeUser(t.app, { firstName: 'Charles', lastName: 'Babbage' });
  const event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true, ...eventAttributes });
  const staff = {} as Record<StaffRole, TestUser>;
  for (const role of ROLES) {
    staff[role] = await makeUser(t.app);
    await grantRole(t.app, event, owner, staff[role], role);
  }
  const pass = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Day pass', type: 'paid', price: '25.00', quantity: 100 });
  const free = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Community', type: 'free', price: '0', quantity: 100 });

  // Expired first: the expiry run below must leave the later unpaid orders alone.
  const expired = await createOrder(t, charles, [{ id: free, quantity: 1 }], [person(free, 'Edsger', 'Dijkstra')]);
  const createdAt = (await new Api(t.app, charles.token).get(`/v1/orders/${expired.identifier}`)).body.data.attributes['created-at'];
  await expireUnpaidOrders(t.app.ctx.db, new Date(Date.parse(createdAt) + 15 * 60_000 + 1), 15);

  const completed = await createOrder(t, ada, [{ id: free, quantity: 1 }], [person(free, 'Grace', 'Hopper')]);
  await patchOrder(t, ada, completed, { 'payment-mode': 'free' });
  const placed = await createOrder(t, ada, [{ id: pass, quantity: 2 }], [person(pass, 'Alan', 'Turing'), person(pass, 'Joan', 'Clarke')]);
  await patchOrder(t, ada, placed, { 'payment-mode': 'bank' });
  const cancelled = await createOrder(t, ada, [{ id: pass, quantity: 1 }], [person(pass, 'Byron', 'Ada')]);
  await patchOrder(t, ada, cancelled, { status: 'cancelled' });
  const initializing = await createOrder(t, charles, [{ id: pass, quantity: 1 }], [person(pass, 'Katherine', 'Johnson')]);
  const pending = await createOrder(t, charles, [{ id: free, quantity: 1 }], [person(free, 'Barbara', 'Liskov')]);
  await t.app.ctx.db.execute(sql`update orders set status = 'pending' where id = ${Number(pending.id)}`);

  await checkIn(t, staff.registrar, completed.attendees[0], true, 'Gate 1');
  await checkIn(t, staff.registrar, placed.attendees[0], true, 'Gate 2');

  return {
    event,
    owner,
    admin,
    other,
    staff,
    ada,
    charles,
    tickets: { pass, free },
    orders: { completed, placed, cancelled, initializing, pending, expired },
    people: {
      Grace: completed.attendees[0],
      Alan: placed.attendees[0],
      Joan: placed.attendees[1],
      Byron: cancelled.attendees[0],
      Katherine: initializing.attendees[0],
      Barbara: pending.attendees[0],
      Edsger: expired.attendees[0],
    },
  };
}
