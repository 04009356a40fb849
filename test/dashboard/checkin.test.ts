// Check-in from the attendee list: one click in and out on a one-day event; on a multi-day event an attendee who
// came yesterday and was never checked out is checked in again today, so each day has its own time, while a
// second click on the same day changes nothing. Times are the server's, the device name is kept beside each.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { make, makeEvent, makeUser, type TestUser } from '../support/client.js';
import { checkIn, createOrder, patchOrder } from './fixture.js';

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  buyer = await makeUser(t.app);
});
afterAll(async () => t.close());

async function seatAt(attributes: Record<string, unknown>): Promise<string> {
  const event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true, ...attributes });
  const ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Entry', type: 'free', price: '0', quantity: 10 });
  const order = await createOrder(t, buyer, [{ id: ticket, quantity: 1 }]);
  await patchOrder(t, buyer, order, { 'payment-mode': 'free' });
  return order.attendees[0];
}

const state = (response: Awaited<ReturnType<typeof checkIn>>) => {
  const a = response.body.data.attributes;
  return { in: a['is-checked-in'], checkins: (a['checkin-times'] ?? '').split(',').filter(Boolean).length, devices: a['device-name-checkin'], checkouts: (a['checkout-times'] ?? '').split(',').filter(Boolean).length };
};

describe('a one-day event', () => {
  it('checks in and out with one click each, and in again', async () => {
    const seat = await seatAt({ 'starts-at': '2030-05-04T09:00:00Z', 'ends-at': '2030-05-04T17:00:00Z', timezone: 'Europe/Berlin' });

    const checkedIn = state(await checkIn(t, owner, seat, true, 'Front desk'));
    const out = state(await checkIn(t, owner, seat, false));
    const back = state(await checkIn(t, owner, seat, true, 'Side door'));

    expect([checkedIn, out, back]).toEqual([
      { in: true, checkins: 1, devices: 'Front desk', checkouts: 0 },
      { in: false, checkins: 1, devices: 'Front desk', checkouts: 1 },
      { in: true, checkins: 2, devices: 'Front desk,Side door', checkouts: 1 },
    ]);
  });
});

describe('a multi-day event', () => {
  it("checks in again today someone who came on an earlier day, and only once a day", async () => {
    const now = Date.now();
    const seat = await seatAt({ 'starts-at': new Date(now - 2 * 86_400_000).toISOString(), 'ends-at': new Date(now + 2 * 86_400_000).toISOString(), timezone: 'Asia/Singapore' });
    const yesterday = new Date(now - 86_400_000).toISOString();
    await t.app.ctx.db.execute(sql`update attendees set is_checked_in = true, checkin_times = ${yesterday}, device_name_checkin = 'Gate 1' where id = ${Number(seat)}`);

    const today = await checkIn(t, owner, seat, true, 'Gate 2');
    const again = await checkIn(t, owner, seat, true, 'Gate 3');

    expect(state(today)).toEqual({ in: true, checkins: 2, devices: 'Gate 1,Gate 2', checkouts: 0 });
    expect(today.body.data.attributes['checkin-times'].split(',')[0]).toBe(yesterday);
    expect(state(again)).toEqual({ in: true, checkins: 2, devices: 'Gate 1,Gate 2', checkouts: 0 });
  });
});
