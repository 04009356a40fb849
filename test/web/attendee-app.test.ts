// The attendee app on a phone (390 x 844) in Chromium: find an event by search, price a basket with a discount
// code (the page's total is the server's calculate-amount), the schedule with bookmarks that survive a reload and
// go into an .ics; then offline: the schedule seen before still shows with the "may be out of date" note, an event
// never seen shows the "No internet connection" card within 5 s, and Retry brings it once the network is back.
// Also: "Manage events" for an organizer and for a buyer, installability (manifest, service worker, offline start,
// the offline page for what the app does not answer).
import fs from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.js';
import { grantRole, make, makeEvent, makeUser, ref, type TestEvent, type TestUser } from '../support/client.js';
import { shoot } from '../support/screenshots.js';
import { collectErrors, logInBrowser, startWebApp, underServiceWorker, type WebApp } from '../support/web.js';

let web: WebApp;
let browser: LaunchedBrowser;
let organizer: TestUser;
let buyer: TestUser;
let event: TestEvent;
let other: TestEvent;
let page: Page;
let errors: string[];
const sessions: string[] = [];

beforeAll(async () => {
  web = await startWebApp();
  const app = web.t.app;
  organizer = await makeUser(app);
  buyer = await makeUser(app);
  event = await makeEvent(app, organizer, {
    name: 'Kopi Conf 2031',
    'starts-at': '2031-05-02T01:00:00Z',
    'ends-at': '2031-05-03T10:00:00Z',
    timezone: 'Asia/Singapore',
    'location-name': 'Marina Hall, Singapore',
    'is-ticketing-enabled': true,
    'is-tax-enabled': true,
    'payment-currency': 'SGD',
  });
  other = await makeEvent(app, organizer, { name: 'Teh Tarik Days', 'location-name': 'Penang', 'starts-at': '2031-06-01T01:00:00Z', 'ends-at': '2031-06-01T10:00:00Z' });
  await makeEvent(app, organizer, { name: 'Secret Meetup', state: 'draft' });
  const standard = await make(app, organizer, event, 'ticket', 'tickets', { name: 'Standard', type: 'paid', price: '80.00', quantity: 100 });
  await make(app, organizer, event, 'tax', 'taxes', { name: 'GST', rate: 9, 'is-tax-included-in-price': false });
  await make(app, organizer, event, 'discount-code', 'discount-codes', { code: 'KOPI25', type: 'percent', value: 25 }, { tickets: [ref('ticket', standard)] });
  const room = await make(app, organizer, event, 'microlocation', 'microlocations', { name: 'Hall B' });
  const track = await make(app, organizer, event, 'track', 'tracks', { name: 'Coffee science', color: '#8a5a00' });
  for (const [title, start] of [
    ['Roasting at home', '2031-05-02T02:00:00Z'],
    ['The chemistry of crema', '2031-05-02T04:00:00Z'],
    ['Cold brew at scale', '2031-05-03T03:00:00Z'],
  ]) {
    const end = new Date(Date.parse(start) + 45 * 60_000).toISOString();
    sessions.push(await make(app, organizer, event, 'session', 'sessions', { title, state: 'accepted', 'starts-at': start, 'ends-at': end }, { microlocation: ref('microlocation', room), track: ref('track', track) }));
  }
  await grantRole(app, other, organizer, organizer, 'organizer').catch(() => undefined);
  browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  page = await browser.context.newPage();
  errors = collectErrors(page);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});
afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await page.screenshot({ path: `bench/tmp/failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`, fullPage: true });
  await browser.context.setOffline(false);
});

describe('the attendee app on a phone', () => {
  it('finds an event by search and shows its price range, hiding drafts', async () => {
    await page.goto(`${web.base}/`);
    await page.getByRole('link', { name: 'Kopi Conf 2031' }).waitFor();
    expect(await page.getByRole('link', { name: 'Secret Meetup' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('What').fill('kopi');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Teh Tarik Days' }).count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Events' }).getByRole('listitem').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('q')).toBe('kopi');
    await page.getByRole('link', { name: 'Kopi Conf 2031' }).click();
    await page.getByRole('heading', { name: 'Kopi Conf 2031', level: 1 }).waitFor();
  });

  it('prices a basket with a discount code: the total on the page is the server’s', async () => {
    await page.getByLabel('Quantity').selectOption('2');
    await page.getByLabel('Discount code').fill('KOPI25');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('term').filter({ hasText: 'Discount' }).waitFor();
    const shown = await page.getByRole('definition').allTextContents();

    const server = await (
      await page.request.post(`${web.base}/v1/orders/calculate-amount`, { data: { tickets: [{ id: Number(await firstTicketId()), quantity: 2 }], 'discount-code': 'KOPI25' } })
    ).json();

    expect(server.total).toBe(130.8); // 160 − 25 % = 120, + 9 % GST
    expect(shown.map((text) => text.replace(/[^\d.]/g, ''))).toEqual([server.sub_total, server.discount, server.tax.amount, server.total].map((n: number) => n.toFixed(2)));
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('keeps bookmarks across a reload and puts them in an .ics', async () => {
    await page.getByRole('link', { name: 'Schedule' }).click();
    await page.getByRole('heading', { name: 'Schedule' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add “Roasting at home” to my schedule' }).click();
    await page.getByRole('button', { name: /^May 3/ }).click();
    await page.getByRole('button', { name: 'Add “Cold brew at scale” to my schedule' }).click();

    await page.reload();
    await page.getByRole('button', { name: /My schedule/ }).click();
    await page.getByRole('heading', { name: 'Roasting at home' }).waitFor();
    expect(await page.getByRole('list', { name: 'Sessions' }).getByRole('heading').allTextContents()).toEqual(['Roasting at home', 'Cold brew at scale']);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add my schedule to a calendar (.ics)' }).click();
    const text = fs.readFileSync(await (await download).path(), 'utf8');

    const calendar = new ICAL.Component(ICAL.parse(text));
    const items = calendar.getAllSubcomponents('vevent').map((vevent) => [vevent.getFirstPropertyValue('summary'), String(vevent.getFirstPropertyValue('dtstart'))]);
    expect(items).toEqual([
      ['Roasting at home', '2031-05-02T02:00:00Z'],
      ['Cold brew at scale', '2031-05-03T03:00:00Z'],
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('shows what was seen while offline, and the no-internet card with a working Retry for the rest', async () => {
    await underServiceWorker(page); // the app itself is on the device
    await browser.context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Roasting at home' }).waitFor();
    // navigator.onLine may still say online after a reload under emulation: the note then says the server could not be reached.
    await page.getByText(/(You are offline|The server could not be reached)\. This may be out of date: it was fetched/).waitFor();

    const started = Date.now();
    await page.goto(`${web.base}/e/${other.identifier}`);
    await page.getByText('No internet connection').waitFor({ timeout: 5_000 });
    const shownAfter = Date.now() - started;
    expect(shownAfter).toBeLessThan(5_000);
    expect(await seriousViolations(page)).toEqual([]);

    await browser.context.setOffline(false);
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { name: 'Teh Tarik Days', level: 1 }).waitFor();
    expect(await page.getByText('No internet connection').count()).toBe(0);
  });

  it('sends an organizer to the dashboard from "Manage events", and a buyer to the way to start one', async () => {
    const buyerPage = await browser.context.newPage();
    await logInBrowser(browser.context, web.base, buyer.email);
    await buyerPage.goto(`${web.base}/manage-events`);
    await buyerPage.getByRole('heading', { name: 'Run your own event' }).waitFor();
    expect(await buyerPage.getByRole('link', { name: 'Create an event' }).getAttribute('href')).toBe('/events/new');

    await logInBrowser(browser.context, web.base, organizer.email);
    await buyerPage.goto(`${web.base}/`);
    await buyerPage.getByRole('button', { name: /account menu/i }).click();
    await buyerPage.getByRole('link', { name: 'Manage events' }).click();
    await buyerPage.waitForURL(/\/events$/);
    await buyerPage.close();
  });

  it('is installable: a manifest with icons and a start URL, a service worker, and the start URL opens offline', async () => {
    await page.goto(`${web.base}/`);
    const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(new URL(manifestUrl!, web.base).toString())).json();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const controlled = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration('/');
      return { scope: registration?.scope, active: Boolean(registration?.active) };
    });

    expect({ name: manifest.name, short: manifest.short_name, start: manifest.start_url, display: manifest.display, theme: manifest.theme_color }).toEqual({
      name: 'Convene',
      short: 'Convene',
      start: '/',
      display: 'standalone',
      theme: '#1f5fbf',
    });
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(['192x192', '512x512', '512x512']);
    for (const icon of manifest.icons) expect((await page.request.get(new URL(icon.src, web.base).toString())).status()).toBe(200);
    expect(controlled).toEqual({ scope: `${web.base}/`, active: true });

    await page.reload(); // now under the service worker's control
    await browser.context.setOffline(true);
    await page.goto(`${web.base}/`);
    await page.getByRole('heading', { name: 'Find events' }).waitFor();
    await browser.context.setOffline(false);
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(error))).toEqual([]);
  });

  it('looks right: screenshots of the public pages at phone and desktop width, light and dark', async () => {
    const files = await shoot(
      page,
      [
        { name: 'home', open: async (p) => (await p.goto(`${web.base}/`), await p.getByRole('link', { name: 'Kopi Conf 2031' }).waitFor()) },
        { name: 'event', open: async (p) => (await p.goto(`${web.base}/e/${event.identifier}`), await p.getByRole('heading', { name: 'Tickets' }).waitFor()) },
        { name: 'schedule', open: async (p) => (await p.goto(`${web.base}/e/${event.identifier}/schedule`), await p.getByRole('heading', { name: 'Roasting at home' }).waitFor()) },
        {
          name: 'manage-events',
          open: async (p) => {
            await p.goto(`${web.base}/manage-events`);
            await p.getByRole('heading', { level: 1 }).waitFor();
            expect(await seriousViolations(p)).toEqual([]);
          },
        },
        {
          name: 'offline-page',
          open: async (p) => {
            await p.goto(`${web.base}/app/offline.html`);
            await p.getByRole('heading', { name: 'No internet connection' }).waitFor();
            expect(await seriousViolations(p)).toEqual([]);
          },
        },
      ],
      'bench/tmp/attendee-app',
    );
    expect(files.length).toBe(20);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  // Last, since it stops the server: Chromium's offline emulation does not reach a service worker's own requests, so
  // the network is made to fail for real.
  it('answers a page the app itself does not hold (a site preview) with the offline page when the server is gone', async () => {
    await page.goto(`${web.base}/`);
    await underServiceWorker(page);
    await new Promise<void>((resolve) => {
      web.t.app.server.closeAllConnections();
      web.t.app.server.close(() => resolve());
    });

    await page.goto(`${web.base}/sites/not-on-this-device/`);
    await page.getByRole('heading', { name: 'No internet connection', level: 1 }).waitFor();

    expect(await page.getByRole('link', { name: 'My tickets' }).getAttribute('href')).toBe('/my-tickets');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

async function firstTicketId(): Promise<string> {
  const tickets = await (await page.request.get(`${web.base}/v1/events/${event.id}/tickets`)).json();
  return tickets.data[0].id;
}
