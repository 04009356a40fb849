// Query counts of the lists the compatibility work added (relationship lists, a user's lists, upcoming events, all
// orders, bookmarks of a session or an event): the same number of SQL statements at 1 and at 3 rows, so none of
// them reads row by row.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, countQueries, make, makeEvent, makeUser, ref, type TestUser } from '../support/client.js';
import { placeOrder } from '../support/orders.js';

let t: TestApp;
let owner: TestUser;
let admin: TestUser;

beforeAll(async () => {
  t = await makeTestApp();
  [owner, admin] = await Promise.all([makeUser(t.app), makeUser(t.app, { admin: true })]);
});
afterAll(async () => t.close());

async function statements(user: TestUser | undefined, url: string, rows: number): Promise<number> {
  let response: Awaited<ReturnType<Api['get']>> | undefined;
  const count = await countQueries(t.app, async () => {
    response = await new Api(t.app, user?.token).get(url);
  });
  expect([response!.status, response!.body.data.length]).toEqual([200, rows]);
  return count;
}

/** `seed(rows)` makes a world with `rows` rows and answers the URL (and the caller) to list them. */
async function atOneAndThree(seed: (rows: number) => Promise<{ url: string; user?: TestUser }>): Promise<[number, number]> {
  const one = await seed(1);
  const three = await seed(3);
  return [await statements(one.user, one.url, 1), await statements(three.user, three.url, 3)];
}

const ticketed = () => makeEvent(t.app, owner, { 'starts-at': '2090-03-01T09:00:00Z', 'ends-at': '2090-03-03T18:00:00Z', 'is-ticketing-enabled': true });

it('lists the attendees of a ticket in 6 statements at 1 and 3 rows', async () => {
  const counts = await atOneAndThree(async (rows) => {
    const event = await ticketed();
    const ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Free', type: 'free', quantity: 10 });
    await placeOrder(t.app, owner, [{ id: ticket, quantity: rows }]);
    return { url: `/v1/tickets/${ticket}/attendees`, user: owner };
  });

  expect(counts).toEqual([6, 6]);
});

it('lists the sessions of a track at 1 and 3 rows with the same statements', async () => {
  const counts = await atOneAndThree(async (rows) => {
    const event = await makeEvent(t.app, owner);
    const track = await make(t.app, owner, event, 'track', 'tracks', { name: 'Main', color: '#a04b4b' });
    for (let i = 0; i < rows; i++) await make(t.app, owner, event, 'session', 'sessions', { title: `Talk ${i}`, state: 'accepted' }, { track: ref('track', track) });
    return { url: `/v1/tracks/${track}/sessions?include=speakers` };
  });

  expect(counts).toEqual([4, 4]);
});

it("lists a user's orders, every order (admins) and upcoming events with the same statements at 1 and 3 rows", async () => {
  const own = await atOneAndThree(async (rows) => {
    const buyer = await makeUser(t.app);
    const event = await ticketed();
    const ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Free', type: 'free', quantity: 10 });
    for (let i = 0; i < rows; i++) await placeOrder(t.app, buyer, [{ id: ticket, quantity: 1 }]);
    return { url: `/v1/users/${buyer.id}/orders`, user: buyer };
  });
  const upcoming = await atOneAndThree(async (rows) => {
    const key = `Upcoming ${rows}`;
    for (let i = 0; i < rows; i++) await makeEvent(t.app, owner, { name: key, 'starts-at': '2091-03-01T09:00:00Z', 'ends-at': '2091-03-02T09:00:00Z' });
    return { url: `/v1/events/upcoming?filter=${encodeURIComponent(JSON.stringify([{ name: 'name', op: 'eq', val: key }]))}` };
  });
  const everyOrder = await atOneAndThree(async (rows) => {
    const event = await ticketed();
    const ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Free', type: 'free', quantity: 10 });
    for (let i = 0; i < rows; i++) await placeOrder(t.app, owner, [{ id: ticket, quantity: 1 }]);
    return { url: `/v1/orders?filter=${encodeURIComponent(JSON.stringify([{ name: 'event', op: 'eq', val: event.id }]))}`, user: admin };
  });

  expect({ own, upcoming, everyOrder }).toEqual({ own: [3, 3], upcoming: [1, 1], everyOrder: [2, 2] });
});

it('lists the bookmarks of a session and of an event with the same statements at 1 and 3 rows', async () => {
  const bySession = await atOneAndThree(async (rows) => {
    const event = await makeEvent(t.app, owner);
    const session = await make(t.app, owner, event, 'session', 'sessions', { title: 'Talk', state: 'accepted' });
    // Each person sees only their own bookmarks: an admin sees them all.
    for (let i = 0; i < rows; i++) {
      const fan = await makeUser(t.app);
      await new Api(t.app, fan.token).post('/v1/user-favourite-sessions', { data: { type: 'user-favourite-session', relationships: { session: { data: ref('session', session) } } } });
    }
    return { url: `/v1/sessions/${session}/user-favourite-sessions`, user: admin };
  });
  const byEvent = await atOneAndThree(async (rows) => {
    const event = await makeEvent(t.app, owner);
    for (let i = 0; i < rows; i++) {
      const session = await make(t.app, owner, event, 'session', 'sessions', { title: `Talk ${i}`, state: 'accepted' });
      await new Api(t.app, owner.token).post('/v1/user-favourite-sessions', { data: { type: 'user-favourite-session', relationships: { session: { data: ref('session', session) } } } });
    }
    return { url: `/v1/events/${event.id}/user-favourite-sessions`, user: owner };
  });

  expect({ bySession, byEvent }).toEqual({ bySession: [3, 3], byEvent: [4, 4] });
});
