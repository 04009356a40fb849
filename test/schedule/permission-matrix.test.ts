// Who may write and read every schedule resource: anonymous, a plain user, each event role and an admin,
// for POST, PATCH and DELETE on a published event and for the list of a draft event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, make, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';

const CALLERS = ['anonymous', 'user', 'owner', 'organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

// A speaker without a public session is not visible to a plain user at all, so writing to it is a 404 for
// them (a resource one may not see reads as absent), where it is a 403 for role holders who see it.
const RESOURCES: { type: string; path: string; attributes: Record<string, unknown>; change: Record<string, unknown>; hidden?: boolean }[] = [
  { type: 'track', path: 'tracks', attributes: { name: 'Track', color: '#224466' }, change: { name: 'Renamed' } },
  { type: 'microlocation', path: 'microlocations', attributes: { name: 'Room' }, change: { floor: 2 } },
  { type: 'session-type', path: 'session-types', attributes: { name: 'Talk', length: '00:30' }, change: { length: '00:45' } },
  { type: 'speaker', path: 'speakers', attributes: { name: 'Speaker', email: 'matrix@example.org' }, change: { city: 'Singapore' }, hidden: true },
  { type: 'session', path: 'sessions', attributes: { title: 'Talk', state: 'accepted' }, change: { subtitle: 'Changed' } },
  { type: 'sponsor', path: 'sponsors', attributes: { name: 'Sponsor', level: 1 }, change: { level: 2 } },
  { type: 'social-link', path: 'social-links', attributes: { name: 'Site', link: 'https://example.org' }, change: { name: 'Home' } },
  { type: 'event-copyright', path: 'event-copyrights', attributes: { licence: 'CC BY 4.0' }, change: { year: 2030 } },
];

const WRITERS: Caller[] = ['owner', 'organizer', 'coorganizer', 'admin'];
const ROLE_HOLDERS: Caller[] = ['owner', 'organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar', 'admin'];

let t: TestApp;
let users: Record<Exclude<Caller, 'anonymous'>, TestUser>;
let published: TestEvent;
let draft: TestEvent;

function api(caller: Caller): Api {
  return new Api(t.app, caller === 'anonymous' ? undefined : users[caller].token);
}

function writeStatus(caller: Caller, allowed: number, trackOrganizerMay = false, hidden = false): number {
  if (caller === 'anonymous') return 401;
  if (hidden && caller === 'user') return 404;
  return WRITERS.includes(caller) || (trackOrganizerMay && caller === 'track_organizer') ? allowed : 403;
}

beforeAll(async () => {
  t = await makeTestApp();
  const made = await Promise.all(CALLERS.filter((c) => c !== 'anonymous').map((c) => makeUser(t.app, { admin: c === 'admin' })));
  users = Object.fromEntries(CALLERS.filter((c) => c !== 'anonymous').map((c, i) => [c, made[i]])) as typeof users;
  published = await makeEvent(t.app, users.owner);
  draft = await makeEvent(t.app, users.owner, { state: 'draft' });
  for (const event of [published, draft]) {
    for (const role of ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const) {
      await grantRole(t.app, event, users.owner, users[role], role);
    }
  }
});
afterAll(async () => t.close());

describe.each(RESOURCES)('$type', ({ type, path, attributes, change, hidden }) => {
  /** A fresh row made by the owner (a copyright is one per event: the previous one is removed first). */
  async function fresh(): Promise<string> {
    if (type === 'event-copyright') await api('owner').delete(`/v1/events/${published.id}/event-copyright`);
    return make(t.app, users.owner, published, type, path, attributes);
  }

  it('lets only owner, organizer, coorganizer and admin create', async () => {
    const seen: Record<string, number> = {};
    for (const caller of CALLERS) {
      if (type === 'event-copyright') await api('owner').delete(`/v1/events/${published.id}/event-copyright`);
      const response = await api(caller).post(`/v1/${path}`, resource(type, attributes, { event: ref('event', published.id) }));
      seen[caller] = response.status;
    }

    expect(seen).toEqual(Object.fromEntries(CALLERS.map((caller) => [caller, writeStatus(caller, 201)])));
  });

  it('lets only owner, organizer, coorganizer and admin change (and track organizers change sessions)', async () => {
    const id = await fresh();
    const seen: Record<string, number> = {};
    for (const caller of CALLERS) {
      seen[caller] = (await api(caller).patch(`/v1/${path}/${id}`, resource(type, change, {}, id))).status;
    }

    expect(seen).toEqual(Object.fromEntries(CALLERS.map((caller) => [caller, writeStatus(caller, 200, type === 'session', hidden)])));
  });

  it('lets only owner, organizer, coorganizer and admin delete', async () => {
    const seen: Record<string, number> = {};
    for (const caller of CALLERS) {
      const id = await fresh();
      seen[caller] = (await api(caller).delete(`/v1/${path}/${id}`)).status;
    }

    expect(seen).toEqual(Object.fromEntries(CALLERS.map((caller) => [caller, writeStatus(caller, 200, false, hidden)])));
  });

  it('hides the list of a draft event from everyone without a role', async () => {
    const seen: Record<string, number> = {};
    for (const caller of CALLERS) seen[caller] = (await api(caller).get(`/v1/events/${draft.id}/${path}`)).status;

    expect(seen).toEqual(Object.fromEntries(CALLERS.map((caller) => [caller, ROLE_HOLDERS.includes(caller) ? 200 : 404])));
  });
});
