// Query counts for every list endpoint: the number of SQL statements must not grow with the number of rows
// (no N+1), with the includes a client would ask for, for each kind of caller the endpoint serves.
// The budgets are exact so that an extra statement per request is noticed as well.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, countQueries, grantRole, make, makeEvent, makeUser, ref, unique, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let admin: TestUser;
let extraUsers: TestUser[] = [];

beforeAll(async () => {
  t = await makeTestApp();
  [owner, admin, ...extraUsers] = await Promise.all([makeUser(t.app), makeUser(t.app, { admin: true }), makeUser(t.app), makeUser(t.app)]);
});
afterAll(async () => t.close());

type Caller = 'anonymous' | 'owner' | 'admin';

const filterParam = (filter: unknown) => `filter=${encodeURIComponent(JSON.stringify(filter))}`;

function apiFor(caller: Caller): Api {
  return new Api(t.app, caller === 'anonymous' ? undefined : caller === 'owner' ? owner.token : admin.token);
}

/** Statements for one GET; checks that the page holds `rows` rows and, when asked, included resources. */
async function measure(caller: Caller, url: string, rows: number): Promise<number> {
  let response: Awaited<ReturnType<Api['get']>> | undefined;
  const count = await countQueries(t.app, async () => {
    response = await apiFor(caller).get(url);
  });
  expect(response!.status).toBe(200);
  expect(response!.body.data.length).toBe(rows);
  if (url.includes('include=')) expect(response!.body.included?.length ?? 0).toBeGreaterThan(0);
  return count;
}

/**
 * Seeds `rows` rows for two sizes, then asks as each caller: the statement count at 1 row and at 3 rows
 * must both equal the caller's budget.
 */
async function expectConstant(seed: (rows: number) => Promise<string>, budgets: Partial<Record<Caller, number>>): Promise<void> {
  const urls = { 1: await seed(1), 3: await seed(3) };
  const measured: Record<string, [number, number]> = {};
  const expected: Record<string, [number, number]> = {};
  for (const [caller, budget] of Object.entries(budgets) as [Caller, number][]) {
    measured[caller] = [await measure(caller, urls[1], 1), await measure(caller, urls[3], 3)];
    expected[caller] = [budget, budget];
  }
  expect(measured).toEqual(expected);
}

/** A published event with `rows` children made by `child(event, index)`; returns the nested list URL. */
function nested(path: string, query: string, child: (event: TestEvent, index: number) => Promise<unknown>) {
  return async (rows: number) => {
    const event = await makeEvent(t.app, owner);
    for (let i = 0; i < rows; i++) await child(event, i);
    return `/v1/events/${event.id}/${path}${query ? `?${query}` : ''}`;
  };
}

/** An accepted session with a track, a room, a session type and a speaker of its own. */
async function fullSession(event: TestEvent, i: number, speaker?: string) {
  const track = await make(t.app, owner, event, 'track', 'tracks', { name: `Track ${i}`, color: '#336699' });
  const room = await make(t.app, owner, event, 'microlocation', 'microlocations', { name: `Room ${i}` });
  const type = await make(t.app, owner, event, 'session-type', 'session-types', { name: `Type ${i}` });
  const speakerId = speaker ?? (await make(t.app, owner, event, 'speaker', 'speakers', { name: `Speaker ${i}`, email: `s${i}@example.org` }));
  return make(
    t.app,
    owner,
    event,
    'session',
    'sessions',
    { title: `Session ${i}`, state: 'accepted', 'starts-at': `2030-03-01T0${i}:00:00Z` },
    {
      track: ref('track', track),
      microlocation: ref('microlocation', room),
      'session-type': ref('session-type', type),
      speakers: [ref('speaker', speakerId)],
    },
  );
}

// Budgets: anonymous = event lookup + page + one per include; the owner adds the token's user lookup and
// the roles lookup.

it('GET /v1/events?include=tax,tracks', async () => {
  const prefix = unique('qc-events-');
  await expectConstant(
    async (rows) => {
      for (let i = 0; i < rows; i++) {
        const event = await makeEvent(t.app, owner, { name: `${prefix}-${rows}-${i}`, 'is-tax-enabled': true });
        await make(t.app, owner, event, 'tax', 'taxes', { name: 'VAT', rate: 7 });
        await make(t.app, owner, event, 'track', 'tracks', { name: 'A', color: '#ffffff' });
        await make(t.app, owner, event, 'track', 'tracks', { name: 'B', color: '#000000' });
      }
      return `/v1/events?include=tax,tracks&${filterParam([{ name: 'name', op: 'like', val: `${prefix}-${rows}-%` }])}`;
    },
    { anonymous: 3, owner: 5 },
  );
});

it('GET /v1/users/{id}/events?include=tracks', async () => {
  await expectConstant(
    async (rows) => {
      const member = rows === 1 ? extraUsers[0] : extraUsers[1];
      for (let i = 0; i < rows; i++) {
        const event = await makeEvent(t.app, owner);
        await make(t.app, owner, event, 'track', 'tracks', { name: 'A', color: '#ffffff' });
        await grantRole(t.app, event, owner, member, 'registrar');
      }
      return `/v1/users/${member.id}/events?include=tracks`;
    },
    { admin: 3 },
  );
});

it('GET /v1/taxes?include=event', async () => {
  await expectConstant(
    async (rows) => {
      const events: string[] = [];
      for (let i = 0; i < rows; i++) {
        const event = await makeEvent(t.app, owner, { 'is-tax-enabled': true });
        await make(t.app, owner, event, 'tax', 'taxes', { name: 'GST', rate: 9, 'tax-id': `T-${i}` });
        events.push(event.id);
      }
      return `/v1/taxes?include=event&${filterParam([{ name: 'event', op: 'in_', val: events }])}`;
    },
    { anonymous: 2, owner: 4 },
  );
});

it('GET /v1/users (admins only)', async () => {
  const prefix = unique('qc-users-');
  await expectConstant(
    async (rows) => {
      for (let i = 0; i < rows; i++) await makeUser(t.app, { email: `${prefix}-${rows}-${i}@example.org` });
      return `/v1/users?${filterParam([{ name: 'email', op: 'like', val: `${prefix}-${rows}-%` }])}`;
    },
    { admin: 2 },
  );
});

it('GET /v1/events/{id}/tracks?include=sessions', async () => {
  await expectConstant(
    nested('tracks', 'include=sessions', async (event, i) => {
      const track = await make(t.app, owner, event, 'track', 'tracks', { name: `Track ${i}`, color: '#123456' });
      await make(t.app, owner, event, 'session', 'sessions', { title: `Talk ${i}`, state: 'confirmed' }, { track: ref('track', track) });
    }),
    { anonymous: 3, owner: 5 },
  );
});

it('GET /v1/events/{id}/microlocations?include=sessions', async () => {
  await expectConstant(
    nested('microlocations', 'include=sessions', async (event, i) => {
      const room = await make(t.app, owner, event, 'microlocation', 'microlocations', { name: `Room ${i}`, floor: i });
      await make(t.app, owner, event, 'session', 'sessions', { title: `Talk ${i}`, state: 'accepted' }, { microlocation: ref('microlocation', room) });
    }),
    { anonymous: 3, owner: 5 },
  );
});

it('GET /v1/events/{id}/session-types?include=sessions', async () => {
  await expectConstant(
    nested('session-types', 'include=sessions', async (event, i) => {
      const type = await make(t.app, owner, event, 'session-type', 'session-types', { name: `Type ${i}`, length: '00:20' });
      await make(t.app, owner, event, 'session', 'sessions', { title: `Talk ${i}`, state: 'accepted' }, { 'session-type': ref('session-type', type) });
    }),
    { anonymous: 3, owner: 5 },
  );
});

it('GET /v1/events/{id}/speakers?include=sessions', async () => {
  await expectConstant(
    nested('speakers', 'include=sessions', (event, i) => fullSession(event, i)),
    { anonymous: 3, owner: 5 },
  );
});

it('GET /v1/events/{id}/sessions?include=speakers,track,microlocation,session-type', async () => {
  await expectConstant(
    nested('sessions', 'include=speakers,track,microlocation,session-type', (event, i) => fullSession(event, i)),
    { anonymous: 6, owner: 8 },
  );
});

it('GET /v1/events/{id}/sponsors', async () => {
  await expectConstant(
    nested('sponsors', '', (event, i) => make(t.app, owner, event, 'sponsor', 'sponsors', { name: `Sponsor ${i}`, level: i, type: 'Gold' })),
    { anonymous: 2, owner: 4 },
  );
});

it('GET /v1/events/{id}/social-links', async () => {
  await expectConstant(
    nested('social-links', '', (event, i) => make(t.app, owner, event, 'social-link', 'social-links', { name: `Link ${i}`, link: `https://example.org/${i}` })),
    { anonymous: 2, owner: 4 },
  );
});

it('GET /v1/events/{id}/users-events-roles?include=user (coorganizer+ only)', async () => {
  await expectConstant(
    async (rows) => {
      const event = await makeEvent(t.app, owner);
      // The owner's own role is the first row.
      for (let i = 0; i < rows - 1; i++) await grantRole(t.app, event, owner, extraUsers[i], 'moderator');
      return `/v1/events/${event.id}/users-events-roles?include=user`;
    },
    // With the members' e-mail addresses in meta.emails: one statement for all of them.
    { owner: 6, admin: 5 },
  );
});
