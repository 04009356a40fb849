// The organizer's order and attendee lists: tabs with their counts (a checkout never finished counts as pending),
// the one search box (order number, buyer, attendee), sorting and paging, who may list what, and bad input named
// by its parameter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, type Response, type TestUser } from '../support/client.js';
import { makeFixture, type Fixture } from './fixture.js';

let t: TestApp;
let f: Fixture;

beforeAll(async () => {
  t = await makeTestApp();
  f = await makeFixture(t);
});
afterAll(async () => t.close());

const attendees = (user: TestUser | undefined, query = '') => new Api(t.app, user?.token).get(`/v1/events/${f.event.identifier}/attendees${query}`);
const orders = (user: TestUser | undefined, query = '') => new Api(t.app, user?.token).get(`/v1/events/${f.event.identifier}/orders${query}`);
const firstNames = (response: Response) => response.body.data.map((item: { attributes: { firstname: string } }) => item.attributes.firstname);
const numbers = (response: Response) => response.body.data.map((item: { attributes: { 'invoice-number': string } }) => item.attributes['invoice-number']);
const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('attendee tabs', () => {
  it('counts every tab in meta.tabs, pending including the unfinished checkout', async () => {
    const response = await attendees(f.owner);

    expect(response.body.meta.tabs).toEqual({ all: 7, completed: 1, placed: 2, pending: 2, expired: 1, cancelled: 1, 'checked-in': 2, 'not-checked-in': 1 });
  });

  it('lists the attendees of each tab, in the order they were created', async () => {
    const tabs: Record<string, string[]> = {};
    for (const tab of ['all', 'completed', 'placed', 'pending', 'expired', 'cancelled', 'checked-in', 'not-checked-in']) {
      tabs[tab] = firstNames(await attendees(f.staff.registrar, q({ tab })));
    }

    expect(tabs).toEqual({
      all: ['Edsger', 'Grace', 'Alan', 'Joan', 'Byron', 'Katherine', 'Barbara'],
      completed: ['Grace'],
      placed: ['Alan', 'Joan'],
      pending: ['Katherine', 'Barbara'],
      expired: ['Edsger'],
      cancelled: ['Byron'],
      'checked-in': ['Grace', 'Alan'],
      // Only people still expected: attendees of cancelled, expired or unpaid orders are not waited for.
      'not-checked-in': ['Joan'],
    });
  });

  it("shows each attendee's order number and status and ticket name and price, to registrars too", async () => {
    const response = await attendees(f.staff.registrar, q({ tab: 'placed' }));

    expect(response.body.data.map((item: { attributes: Record<string, unknown> }) => [item.attributes['order-number'], item.attributes['order-status'], item.attributes['ticket-name'], item.attributes['ticket-price']])).toEqual([
      [f.orders.placed.number, 'placed', 'Day pass', 25],
      [f.orders.placed.number, 'placed', 'Day pass', 25],
    ]);
  });
});

describe('attendee search', () => {
  it("finds an attendee by part of their name or e-mail, in any case", async () => {
    expect(firstNames(await attendees(f.owner, q({ search: 'TURING' })))).toEqual(['Alan']);
    expect(firstNames(await attendees(f.owner, q({ search: 'grace hop' })))).toEqual(['Grace']);
    expect(firstNames(await attendees(f.owner, q({ search: 'barbara@example' })))).toEqual(['Barbara']);
  });

  it('finds the attendees of an order by its number, its id or the start of its identifier', async () => {
    const { number, id, identifier } = f.orders.placed;

    expect(firstNames(await attendees(f.owner, q({ search: number })))).toEqual(['Alan', 'Joan']);
    expect(firstNames(await attendees(f.owner, q({ search: `#${id}` })))).toEqual(['Alan', 'Joan']);
    expect(firstNames(await attendees(f.owner, q({ search: identifier.slice(0, 8) })))).toEqual(['Alan', 'Joan']);
  });

  it("finds attendees by their buyer's name or e-mail for coorganizers, not for registrars", async () => {
    expect(firstNames(await attendees(f.staff.coorganizer, q({ search: 'babbage' })))).toEqual(['Edsger', 'Katherine', 'Barbara']);
    expect(firstNames(await attendees(f.staff.coorganizer, q({ search: f.charles.email })))).toEqual(['Edsger', 'Katherine', 'Barbara']);
    expect(firstNames(await attendees(f.staff.registrar, q({ search: 'babbage' })))).toEqual([]);
  });

  it('counts the tabs under the search, and combines the search with the tab', async () => {
    const search = await attendees(f.owner, q({ search: 'lovelace' }));
    const narrowed = await attendees(f.owner, q({ search: 'lovelace', tab: 'checked-in' }));

    expect(search.body.meta.tabs).toEqual({ all: 4, completed: 1, placed: 2, pending: 0, expired: 0, cancelled: 1, 'checked-in': 2, 'not-checked-in': 1 });
    expect([firstNames(narrowed), narrowed.body.meta.count]).toEqual([['Grace', 'Alan'], 2]);
  });

  it('matches % and _ as themselves', async () => {
    expect(firstNames(await attendees(f.owner, q({ search: '%' })))).toEqual([]);
    expect(firstNames(await attendees(f.owner, q({ search: 'a_a' })))).toEqual([]);
  });
});

describe('attendee sorting and paging', () => {
  it('sorts by last name, by ticket name and price, and by check-in', async () => {
    expect(firstNames(await attendees(f.owner, q({ sort: 'lastname' })))).toEqual(['Byron', 'Joan', 'Edsger', 'Grace', 'Katherine', 'Barbara', 'Alan']);
    expect(firstNames(await attendees(f.owner, q({ sort: '-ticket-price,lastname' })))).toEqual(['Byron', 'Joan', 'Katherine', 'Alan', 'Edsger', 'Grace', 'Barbara']);
    expect(firstNames(await attendees(f.owner, q({ sort: 'ticket-name,firstname' })))).toEqual(['Barbara', 'Edsger', 'Grace', 'Alan', 'Byron', 'Joan', 'Katherine']);
    expect(firstNames(await attendees(f.owner, q({ sort: '-is-checked-in' })))).toEqual(['Grace', 'Alan', 'Edsger', 'Joan', 'Byron', 'Katherine', 'Barbara']);
  });

  it('pages on the server, with the total and the links keeping the tab and search', async () => {
    const response = await attendees(f.owner, q({ tab: 'all', search: 'example.org', 'page[size]': '3', 'page[number]': '2' }));

    expect(firstNames(response)).toEqual(['Joan', 'Byron', 'Katherine']);
    expect(response.body.meta.count).toBe(7);
    expect(new URL(response.body.links.next, 'http://x').searchParams.toString()).toBe('tab=all&search=example.org&page%5Bsize%5D=3&page%5Bnumber%5D=3');
  });
});

describe('order tabs and search', () => {
  it('counts every tab and lists each, newest first', async () => {
    const tabs: Record<string, string[]> = {};
    for (const tab of ['completed', 'placed', 'pending', 'expired', 'cancelled', 'all']) tabs[tab] = numbers(await orders(f.owner, q({ tab })));
    const { completed, placed, cancelled, initializing, pending, expired } = f.orders;

    expect((await orders(f.owner)).body.meta.tabs).toEqual({ all: 6, completed: 1, placed: 1, pending: 2, expired: 1, cancelled: 1 });
    expect(tabs).toEqual({
      completed: [completed.number],
      placed: [placed.number],
      pending: [pending.number, initializing.number],
      expired: [expired.number],
      cancelled: [cancelled.number],
      all: [pending.number, initializing.number, cancelled.number, placed.number, completed.number, expired.number],
    });
  });

  it('finds orders by number, buyer name or e-mail, and attendee name or e-mail', async () => {
    const { completed, placed, initializing, pending, expired } = f.orders;

    expect(numbers(await orders(f.owner, q({ search: placed.number })))).toEqual([placed.number]);
    expect(numbers(await orders(f.owner, q({ search: 'babbage' })))).toEqual([pending.number, initializing.number, expired.number]);
    expect(numbers(await orders(f.owner, q({ search: f.ada.email, tab: 'completed' })))).toEqual([completed.number]);
    expect(numbers(await orders(f.owner, q({ search: 'clarke' })))).toEqual([placed.number]);
    expect(numbers(await orders(f.owner, q({ search: 'edsger@example.org' })))).toEqual([expired.number]);
  });

  it('counts the tabs under the search', async () => {
    expect((await orders(f.owner, q({ search: 'babbage' }))).body.meta.tabs).toEqual({ all: 3, completed: 0, placed: 0, pending: 2, expired: 1, cancelled: 0 });
  });

  it("shows the buyer's name and e-mail and the number of tickets", async () => {
    const response = await orders(f.owner, q({ tab: 'placed' }));

    const { attributes } = response.body.data[0];
    expect([attributes['buyer-name'], attributes['buyer-email'], attributes['ticket-count'], attributes.amount, attributes.status]).toEqual(['Ada Lovelace', f.ada.email, 2, 50, 'placed']);
  });

  it('sorts by amount and by buyer, and pages', async () => {
    const { completed, placed, cancelled, initializing, pending, expired } = f.orders;

    expect(numbers(await orders(f.owner, q({ sort: '-amount,created-at' })))).toEqual([placed.number, cancelled.number, initializing.number, expired.number, completed.number, pending.number]);
    expect(numbers(await orders(f.owner, q({ sort: 'buyer-name,created-at' })))).toEqual([completed.number, placed.number, cancelled.number, expired.number, initializing.number, pending.number]);
    const second = await orders(f.owner, q({ 'page[size]': '4', 'page[number]': '2' }));
    expect([numbers(second), second.body.meta.count]).toEqual([[completed.number, expired.number], 6]);
  });
});

describe('who may list', () => {
  const callers = (): [string, TestUser | undefined][] => [
    ['owner', f.owner],
    ['organizer', f.staff.organizer],
    ['coorganizer', f.staff.coorganizer],
    ['admin', f.admin],
    ['registrar', f.staff.registrar],
    ['track_organizer', f.staff.track_organizer],
    ['moderator', f.staff.moderator],
    ['buyer', f.ada],
    ['other', f.other],
    ['anonymous', undefined],
  ];

  it('lists orders to coorganizers and up only', async () => {
    const seen: [string, number][] = [];
    for (const [who, user] of callers()) seen.push([who, (await orders(user, q({ tab: 'all' }))).status]);

    expect(seen).toEqual([
      ['owner', 200],
      ['organizer', 200],
      ['coorganizer', 200],
      ['admin', 200],
      ['registrar', 403],
      ['track_organizer', 403],
      ['moderator', 403],
      ['buyer', 403],
      ['other', 403],
      ['anonymous', 403],
    ]);
  });

  it('lists every attendee to registrars and up, their own seats to a buyer, counting only those', async () => {
    const seen: [string, number, number, number | undefined][] = [];
    for (const [who, user] of callers()) {
      const response = await attendees(user);
      seen.push([who, response.status, response.body.data?.length ?? 0, response.body.meta?.tabs?.all]);
    }

    expect(seen).toEqual([
      ['owner', 200, 7, 7],
      ['organizer', 200, 7, 7],
      ['coorganizer', 200, 7, 7],
      ['admin', 200, 7, 7],
      ['registrar', 200, 7, 7],
      ['track_organizer', 200, 0, 0],
      ['moderator', 200, 0, 0],
      ['buyer', 200, 4, 4],
      ['other', 200, 0, 0],
      ['anonymous', 403, 0, undefined],
    ]);
  });

  it("never gives a registrar the orders or the buyers' billing details through include", async () => {
    const response = await attendees(f.staff.registrar, q({ include: 'order', tab: 'placed' }));

    expect([response.status, response.body.included ?? []]).toEqual([200, []]);
  });
});

describe('bad list input', () => {
  const cases: [string, string][] = [
    ['an unknown tab', q({ tab: 'paid' })],
    ['a search of 201 characters', q({ search: 'x'.repeat(201) })],
    ['two tabs', '?tab=all&tab=placed'],
    ['an unknown sort', q({ sort: 'buyer-phone' })],
    ['an unknown parameter', q({ status: 'placed' })],
  ];

  it('answers 400 naming the parameter, for orders and attendees alike', async () => {
    const seen: [string, number, string, number, string][] = [];
    for (const [name, query] of cases) {
      const o = await orders(f.owner, query);
      const a = await attendees(f.owner, query);
      seen.push([name, o.status, o.body.errors[0].source.parameter, a.status, a.body.errors[0].source.parameter]);
    }

    expect(seen).toEqual([
      ['an unknown tab', 400, 'tab', 400, 'tab'],
      ['a search of 201 characters', 400, 'search', 400, 'search'],
      ['two tabs', 400, 'tab', 400, 'tab'],
      ['an unknown sort', 400, 'sort', 400, 'sort'],
      ['an unknown parameter', 400, 'status', 400, 'status'],
    ]);
  });

  it('says which tabs there are', async () => {
    const response = await orders(f.owner, q({ tab: 'paid' }));

    expect(response.body.errors[0].detail).toBe('tab must be one of completed, placed, pending, expired, cancelled, all');
  });
});
