// Bookmarked sessions (/v1/user-favourite-sessions, the original's routes): each person keeps their own, sees
// only their own, bookmarks only sessions they can see; bookmarking twice is one bookmark; a list costs the same
// number of statements at 1 and at 3 bookmarks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, countQueries, make, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let fan: TestUser;
let other: TestUser;
let event: TestEvent;
const accepted: string[] = [];
let draft: string;

beforeAll(async () => {
  t = await makeTestApp();
  [owner, fan, other] = await Promise.all([makeUser(t.app), makeUser(t.app), makeUser(t.app)]);
  event = await makeEvent(t.app, owner);
  for (let i = 0; i < 4; i++) {
    accepted.push(await make(t.app, owner, event, 'session', 'sessions', { title: `Talk ${i}`, state: 'accepted', 'starts-at': '2030-03-01T10:00:00Z', 'ends-at': '2030-03-01T10:30:00Z' }));
  }
  draft = await make(t.app, owner, event, 'session', 'sessions', { title: 'Not yet', state: 'draft' });
});
afterAll(async () => t?.close());

const bookmark = (user: TestUser | undefined, session: string) =>
  new Api(t.app, user?.token).post('/v1/user-favourite-sessions', resource('user-favourite-session', {}, { session: ref('session', session) }));

describe('bookmarked sessions', () => {
  it('are created once: the same bookmark again answers 200 with the same id', async () => {
    const first = await bookmark(fan, accepted[0]);
    const again = await bookmark(fan, accepted[0]);

    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.data.id).toBe(first.body.data.id);
    expect(first.body.data.relationships.session.data).toEqual({ type: 'session', id: accepted[0] });
    expect(first.body.data.relationships.user.data).toEqual({ type: 'user', id: String(fan.id) });
  });

  it("list a person's own bookmarks with their sessions, to them and to nobody else", async () => {
    await bookmark(fan, accepted[1]);

    const own = await new Api(t.app, fan.token).get(`/v1/users/${fan.id}/user-favourite-sessions?include=session`);
    const peeking = await new Api(t.app, other.token).get(`/v1/users/${fan.id}/user-favourite-sessions`);
    const anonymous = await new Api(t.app).get(`/v1/users/${fan.id}/user-favourite-sessions`);

    expect(own.status).toBe(200);
    expect(own.body.data.map((b: any) => b.relationships.session.data.id)).toEqual([accepted[0], accepted[1]]);
    expect(own.body.included.map((s: any) => s.attributes.title).sort()).toEqual(['Talk 0', 'Talk 1']);
    expect([peeking.status, anonymous.status]).toEqual([404, 401]);
  });

  it('can be removed by their owner only', async () => {
    const created = await bookmark(fan, accepted[2]);
    const id = created.body.data.id;

    const byOther = await new Api(t.app, other.token).delete(`/v1/user-favourite-sessions/${id}`);
    const byOwner = await new Api(t.app, fan.token).delete(`/v1/user-favourite-sessions/${id}`);
    const after = await new Api(t.app, fan.token).get(`/v1/user-favourite-sessions/${id}`);

    expect([byOther.status, byOwner.status, after.status]).toEqual([404, 200, 404]);
  });

  it('refuses a session the person cannot see, an anonymous caller and a missing session, naming the field', async () => {
    const hidden = await bookmark(fan, draft);
    const anonymous = await bookmark(undefined, accepted[0]);
    const missing = await new Api(t.app, fan.token).post('/v1/user-favourite-sessions', resource('user-favourite-session', {}));

    expect([hidden.status, hidden.body.errors[0].source]).toEqual([404, { pointer: '/data/relationships/session' }]);
    expect(anonymous.status).toBe(401);
    expect(missing.status).toBe(422);
  });

  it('cost the same statements at 1 and 3 bookmarks', async () => {
    const [one, three] = [await makeUser(t.app), await makeUser(t.app)];
    await bookmark(one, accepted[0]);
    for (const session of accepted.slice(0, 3)) await bookmark(three, session);

    const count = (user: TestUser) =>
      countQueries(t.app, async () => {
        const response = await new Api(t.app, user.token).get(`/v1/users/${user.id}/user-favourite-sessions?include=session`);
        expect(response.status).toBe(200);
      });

    expect(await count(three)).toBe(await count(one));
  });
});
