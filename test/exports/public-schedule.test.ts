// The published schedule is public, cached, and answers 304 to an unchanged ETag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, make, makeEvent, makeUser, resource, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let event: TestEvent;
let session: string;

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  event = await makeEvent(t.app, owner, { 'schedule-published-on': '2030-01-01T00:00:00Z' });
  session = await make(t.app, owner, event, 'session', 'sessions', {
    title: 'Keynote',
    state: 'confirmed',
    'starts-at': '2030-03-01T01:00:00Z',
    'ends-at': '2030-03-01T02:00:00Z',
  });
});
afterAll(async () => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

describe('published schedule', () => {
  it.each([
    ['schedule.xml', 'application/xml', '<title>Keynote</title>'],
    ['schedule.ics', 'text/calendar', 'SUMMARY:Keynote'],
    ['schedule.xcal', 'application/xml', 'Keynote'],
  ])('serves %s to anyone with an ETag, and 304 while nothing changed', async (file, type, needle) => {
    const first = await get(`/v1/events/${event.identifier}/${file}`);
    const again = await get(`/v1/events/${event.identifier}/${file}`, { 'if-none-match': String(first.headers.etag) });

    expect(first.statusCode).toBe(200);
    expect(String(first.headers['content-type'])).toContain(type);
    expect(first.body).toContain(needle);
    expect(again.statusCode).toBe(304);
  });

  it('changes the ETag and the content when a session changes', async () => {
    const before = await get(`/v1/events/${event.id}/schedule.xml`);

    await new Api(t.app, owner.token).patch(`/v1/sessions/${session}`, resource('session', { title: 'Opening keynote' }, {}, session));
    const after = await get(`/v1/events/${event.id}/schedule.xml`, { 'if-none-match': String(before.headers.etag) });

    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toEqual(before.headers.etag);
    expect(after.body).toContain('<title>Opening keynote</title>');
  });

  it('is a 404 until the schedule is published, and for a draft event', async () => {
    const unpublished = await makeEvent(t.app, owner);
    const draft = await makeEvent(t.app, owner, { state: 'draft', 'schedule-published-on': '2030-01-01T00:00:00Z' });

    expect((await get(`/v1/events/${unpublished.id}/schedule.xml`)).statusCode).toBe(404);
    expect((await get(`/v1/events/${draft.id}/schedule.ics`)).statusCode).toBe(404);
  });

  it('shows only public sessions, even to the owner', async () => {
    await make(t.app, owner, event, 'session', 'sessions', {
      title: 'Secret pending talk',
      state: 'pending',
      'starts-at': '2030-03-01T03:00:00Z',
      'ends-at': '2030-03-01T04:00:00Z',
    });

    const asOwner = await t.app.inject({ method: 'GET', url: `/v1/events/${event.id}/schedule.xml`, headers: { authorization: `Bearer ${owner.token}` } });

    expect(asOwner.body).not.toContain('Secret pending talk');
  });
});
