// The anonymous list cache must never serve stale or private data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, countQueries, make, makeEvent, makeUser, resource, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let event: TestEvent;

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  event = await makeEvent(t.app, owner);
});
afterAll(async () => t.close());

describe('public list cache', () => {
  it('answers a repeated anonymous list from the cache with one query and the same bytes', async () => {
    await make(t.app, owner, event, 'track', 'tracks', { name: 'Cached', color: '#ff0000' });
    const anonymous = new Api(t.app);
    const first = await anonymous.get(`/v1/events/${event.id}/tracks`);

    let second: Awaited<ReturnType<Api['get']>> | undefined;
    const queries = await countQueries(t.app, async () => {
      second = await anonymous.get(`/v1/events/${event.id}/tracks`);
    });

    expect(queries).toEqual(1);
    expect(second!.body).toEqual(first.body);
    expect(second!.headers['content-type']).toEqual('application/vnd.api+json');
  });

  it('shows a change to anonymous readers at once', async () => {
    const anonymous = new Api(t.app);
    const id = await make(t.app, owner, event, 'track', 'tracks', { name: 'Before', color: '#00ff00' });
    await anonymous.get(`/v1/events/${event.id}/tracks`);

    await new Api(t.app, owner.token).patch(`/v1/tracks/${id}`, resource('track', { name: 'After' }, {}, id));
    const after = await anonymous.get(`/v1/events/${event.id}/tracks`);

    expect(after.body.data.map((track: { attributes: { name: string } }) => track.attributes.name)).toContain('After');
    expect(after.body.data.map((track: { attributes: { name: string } }) => track.attributes.name)).not.toContain('Before');
  });

  it('never serves an anonymous response to a caller with a role, or the reverse', async () => {
    const anonymous = new Api(t.app);
    const session = await make(t.app, owner, event, 'session', 'sessions', { title: 'Pending talk', state: 'pending' });
    const publicList = await anonymous.get(`/v1/events/${event.id}/sessions`);

    const ownerList = await new Api(t.app, owner.token).get(`/v1/events/${event.id}/sessions`);
    const publicAgain = await anonymous.get(`/v1/events/${event.id}/sessions`);

    expect(publicList.body.data.map((s: { id: string }) => s.id)).not.toContain(session);
    expect(ownerList.body.data.map((s: { id: string }) => s.id)).toContain(session);
    expect(publicAgain.body.data.map((s: { id: string }) => s.id)).not.toContain(session);
  });

  it('stops serving a list once the event becomes a draft', async () => {
    const other = await makeEvent(t.app, owner);
    const anonymous = new Api(t.app);
    expect((await anonymous.get(`/v1/events/${other.id}/tracks`)).status).toEqual(200);

    await new Api(t.app, owner.token).patch(`/v1/events/${other.id}`, resource('event', { state: 'draft' }, {}, other.id));

    expect((await anonymous.get(`/v1/events/${other.id}/tracks`)).status).toEqual(404);
  });
});
