import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './support/app.js';
import { Api, makeEvent, makeUser } from './support/client.js';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => t.close());

describe('smoke', () => {
  it('serves the health check and an event', async () => {
    const api = new Api(t.app);
    expect((await api.get('/healthz')).status).toBe(200);
    const owner = await makeUser(t.app);
    const event = await makeEvent(t.app, owner);
    const response = await api.get(`/v1/events/${event.identifier}`);
    expect(response.status).toBe(200);
    expect(response.body.data.id).toBe(event.id);
  });
});
