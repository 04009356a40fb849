// Every answer carries the security headers (a strict Content-Security-Policy, no framing, nosniff, a referrer
// policy) but the generated sites' previews, which keep their own sandbox; page paths answer the front end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => t?.close());

const CSP =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data: blob: https:;font-src 'self' data:;connect-src 'self';" +
  "manifest-src 'self';worker-src 'self';frame-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'";

describe('security headers', () => {
  it.each(['/', '/events', '/generator', '/v1/events', '/healthz'])('are on %s', async (url) => {
    const response = await t.app.inject({ url, headers: { accept: 'text/html' } });

    expect({
      csp: response.headers['content-security-policy'],
      frame: response.headers['x-frame-options'],
      sniff: response.headers['x-content-type-options'],
      referrer: response.headers['referrer-policy'],
    }).toEqual({ csp: CSP, frame: 'DENY', sniff: 'nosniff', referrer: 'same-origin' });
  });

  it('leave a site preview with its sandbox policy only', async () => {
    const response = await t.app.inject('/sites/00000000-0000-4000-8000-000000000000/');

    expect(response.headers['content-security-policy']).toBeUndefined(); // a 404: no site there, and no app headers
    expect(response.headers['x-frame-options']).toBeUndefined();
  });
});

describe('page paths', () => {
  it('answer the front end for known pages and a 404 page for unknown ones, while the API keeps its JSON 404', async () => {
    const known = await t.app.inject({ url: '/events/some-event/attendees/checked-in', headers: { accept: 'text/html' } });
    const unknown = await t.app.inject({ url: '/no/such/page', headers: { accept: 'text/html' } });
    const api = await t.app.inject({ url: '/v1/no/such/route', headers: { accept: 'text/html' } });

    expect([known.statusCode, known.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    expect(known.body).toContain('<div id="root">');
    expect([unknown.statusCode, unknown.body]).toEqual([404, known.body]);
    expect([api.statusCode, JSON.parse(api.body).errors[0].code]).toEqual([404, 'route.not_found']);
  });
});
