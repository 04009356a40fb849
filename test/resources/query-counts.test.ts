// Query counts for the lists of access codes, FAQs, FAQ types, custom forms and the tickets a code unlocks: the
// number of SQL statements must not grow with the number of rows.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, countQueries, make, makeEvent, makeUser, ref, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
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

/** Two events, with 1 and 3 rows made by `seed`; the URLs `url` gives for them. */
async function seeded(seed: (event: Awaited<ReturnType<typeof makeEvent>>, rows: number) => Promise<string>): Promise<string[]> {
  const urls: string[] = [];
  for (const rows of [1, 3]) urls.push(await seed(await makeEvent(t.app, owner, { 'is-ticketing-enabled': true }), rows));
  return urls;
}

it('GET /v1/events/{id}/access-codes?include=tickets', async () => {
  const urls = await seeded(async (event, rows) => {
    const ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Crew', type: 'free', 'is-hidden': true });
    for (let i = 0; i < rows; i++) await make(t.app, owner, event, 'access-code', 'access-codes', { code: `C${i}` }, { tickets: [ref('ticket', ticket)] });
    return `/v1/events/${event.id}/access-codes?include=tickets`;
  });

  expect([await statements(owner, urls[0], 1), await statements(owner, urls[1], 3)]).toEqual([5, 5]);
});

it('GET /v1/events/{id}/access-codes/{code}/tickets', async () => {
  const urls = await seeded(async (event, rows) => {
    const tickets = [];
    for (let i = 0; i < rows; i++) tickets.push(ref('ticket', await make(t.app, owner, event, 'ticket', 'tickets', { name: `Crew ${i}`, type: 'free', 'is-hidden': true })));
    await make(t.app, owner, event, 'access-code', 'access-codes', { code: 'OPEN' }, { tickets });
    return `/v1/events/${event.id}/access-codes/OPEN/tickets`;
  });

  expect([await statements(undefined, urls[0], 1), await statements(undefined, urls[1], 3)]).toEqual([4, 4]);
});

it('GET /v1/events/{id}/faqs?include=faq-type', async () => {
  const urls = await seeded(async (event, rows) => {
    const type = await make(t.app, owner, event, 'faq-type', 'faq-types', { name: 'General' });
    for (let i = 0; i < rows; i++) await make(t.app, owner, event, 'faq', 'faqs', { question: `Q${i}?`, answer: 'A' }, { 'faq-type': ref('faq-type', type) });
    return `/v1/events/${event.id}/faqs?include=faq-type`;
  });

  expect([await statements(undefined, urls[0], 1), await statements(undefined, urls[1], 3)]).toEqual([3, 3]);
  expect([await statements(owner, urls[0], 1), await statements(owner, urls[1], 3)]).toEqual([5, 5]);
});

it('GET /v1/events/{id}/faq-types', async () => {
  const urls = await seeded(async (event, rows) => {
    for (let i = 0; i < rows; i++) await make(t.app, owner, event, 'faq-type', 'faq-types', { name: `T${i}` });
    return `/v1/events/${event.id}/faq-types`;
  });

  expect([await statements(undefined, urls[0], 1), await statements(undefined, urls[1], 3)]).toEqual([2, 2]);
});

it('GET /v1/events/{id}/custom-forms', async () => {
  const urls = await seeded(async (event, rows) => {
    for (let i = 0; i < rows; i++) await make(t.app, owner, event, 'custom-form', 'custom-forms', { name: `Question ${i}`, type: 'text' });
    return `/v1/events/${event.id}/custom-forms`;
  });

  expect([await statements(undefined, urls[0], 1), await statements(undefined, urls[1], 3)]).toEqual([2, 2]);
  expect([await statements(owner, urls[0], 1), await statements(owner, urls[1], 3)]).toEqual([4, 4]);
});
