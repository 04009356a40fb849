// The attendee app in a real browser at phone size: the time from opening My tickets to its first QR code, cold (a
// new browser profile: no service worker, nothing kept), warm (the app shell from the service worker, the tickets
// from IndexedDB while the network answers) and offline (nothing but the device), each against the API calls the
// page needs made without a browser in the same run. Then the JavaScript each public page loads (gzip), and whether
// any of it is the dashboard's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { buildApp, type App } from '../src/http/app.js';
import { call } from './support.js';
import { launchBrowser, type LaunchedBrowser } from '../test/support/browser.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PASSWORD = 'correct horse';
const PHONE = { width: 390, height: 844 };
const dist = path.resolve(import.meta.dirname, '../web/dist');
/** The areas only organizers use: a public page must load none of them. */
const DASHBOARD_AREAS = ['dashboard', 'orders', 'attendees', 'exports', 'tickets', 'team', 'program', 'scheduler'];


async function user(app: App, email: string): Promise<{ id: string; token: string }> {
  const made = await call(app, 'POST', '/v1/users', { data: { type: 'user', attributes: { email, password: PASSWORD, 'first-name': 'Bench', 'last-name': 'Person' } } });
  return { id: made.data.id, token: (await call(app, 'POST', '/v1/auth/login', { email, password: PASSWORD })).access_token };
}

/** An organizer's published event with a free ticket, and a buyer with ORDERS completed orders of 2 seats each. */
async function seed(app: App): Promise<{ buyerEmail: string; buyerId: string; eventKey: string }> {
  const organizer = await user(app, 'organizer@example.org');
  const event = await call(
    app,
    'POST',
    '/v1/events',
    { data: { type: 'event', attributes: { name: 'Bench Fest', 'starts-at': '2031-03-01T08:00:00Z', 'ends-at': '2031-03-02T18:00:00Z', timezone: 'Europe/Berlin', state: 'published', 'is-ticketing-enabled': true } } },
    organizer.token,
  );
  const ticket = await call(
    app,
    'POST',
    '/v1/tickets',
    { data: { type: 'ticket', attributes: { name: 'Day pass', type: 'free', price: '0', quantity: 10_000, 'max-order': 10 }, relationships: { event: { data: { type: 'event', id: event.data.id } } } } },
    organizer.token,
  );
  const buyer = await user(app, 'buyer@example.org');
  for (let i = 0; i < ORDERS; i++) {
    const order = await call(app, 'POST', '/v1/orders/create-order', { tickets: [{ id: ticket.data.id, quantity: 2 }] }, buyer.token);
    await call(app, 'PATCH', `/v1/orders/${order.data.attributes.identifier}`, { data: { type: 'order', id: order.data.id, attributes: { 'payment-mode': 'free' } } }, buyer.token);
  }
  return { buyerEmail: 'buyer@example.org', buyerId: buyer.id, eventKey: event.data.attributes.identifier };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

/** What My tickets asks the server, over HTTP without a browser: the session, then the person's orders. */
async function apiBaseline(base: string, cookie: string, buyerId: string): Promise<number> {
  const get = async (url: string) => {
    const response = await fetch(`${base}${url}`, { headers: { cookie, accept: 'application/vnd.api+json' } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  };
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await get('/v1/auth/session');
    await get(`/v1/users/${buyerId}/orders?include=event%2Cattendees.ticket&page%5Bsize%5D=0`);
    times.push(performance.now() - started);
  }
  return median(times);
}

// From the navigation's start to the first QR code in the DOM, marked in the page by a MutationObserver.
const MARKS_SCRIPT = `
  window.__qr = undefined;
  new MutationObserver(() => {
    if (window.__qr === undefined && document.querySelector('svg.qr')) window.__qr = performance.now();
  }).observe(document, { subtree: true, childList: true });
`;

async function firstCode(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __qr?: number }).__qr !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { __qr: number }).__qr);
}

async function loggedIn(base: string, email: string): Promise<{ browser: LaunchedBrowser; page: Page }> {
  const browser = await launchBrowser({ viewport: PHONE });
  const response = await browser.context.request.post(`${base}/v1/auth/session`, { data: { email, password: PASSWORD } });
  if (!response.ok()) throw new Error('login failed');
  const page = await browser.context.newPage();
  await page.addInitScript({ content: MARKS_SCRIPT });
  return { browser, page };
}

async function browserTimes(base: string, email: string): Promise<{ cold: number; warm: number; offline: number }> {
  const cold: number[] = [];
  const warm: number[] = [];
  const offline: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { browser, page } = await loggedIn(base, email);
    try {
      cold.push(await firstCode(page, `${base}/my-tickets`));
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
      await page.goto('about:blank');
      warm.push(await firstCode(page, `${base}/my-tickets`));
      await browser.context.setOffline(true);
      await page.goto('about:blank');
      offline.push(await firstCode(page, `${base}/my-tickets`));
    } finally {
      await browser.close();
    }
  }
  return { cold: median(cold), warm: median(warm), offline: median(offline) };
}

/** The JavaScript a fresh browser fetches for each public page, gzip-sized from web/dist. */
async function javascriptPerPage(base: string, email: string, eventKey: string): Promise<void> {
  const pages: [string, string][] = [
    ['find events', '/'],
    ['event page', `/e/${eventKey}`],
    ['schedule', `/e/${eventKey}/schedule`],
    ['my tickets', '/my-tickets'],
  ];
  const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, 'assets', file)), { level: 9 }).length;
  console.log('\n  JavaScript per public page, gzip (a fresh browser, logged in):');
  for (const [label, url] of pages) {
    const { browser, page } = await loggedIn(base, email);
    try {
      const files = new Set<string>();
      page.on('request', (request) => {
        const match = /\/app\/assets\/([^/?]+\.js)$/.exec(request.url());
        if (match) files.add(match[1]);
      });
      await page.goto(`${base}${url}`, { waitUntil: 'networkidle' });
      const list = [...files].sort();
      const total = list.reduce((sum, file) => sum + gzip(file), 0);
      const dashboard = list.filter((file) => DASHBOARD_AREAS.includes(file.replace(/-[\w-]{8}\.js$/, '')));
      console.log(`    ${label.padEnd(12)} ${(total / 1024).toFixed(1).padStart(6)} KB in ${list.length} files; dashboard code: ${dashboard.length === 0 ? 'none' : dashboard.join(', ')}`);
    } finally {
      await browser.close();
    }
  }
}

export async function run(): Promise<void> {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('web/dist is not built: npm run build:web');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-attendee-'));
  const database = await openDatabase({ dataDir: dir });
  const config = loadConfig({}, { dataDir: dir, loginAttemptsPerWindow: 10_000, logLevel: 'warn' });
  const app = await buildApp({ database, config, jwtSecret: 'bench-secret' });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const { buyerEmail, buyerId, eventKey } = await seed(app);
    const login = await fetch(`${base}/v1/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: buyerEmail, password: PASSWORD }) });
    const cookie = (login.headers.getSetCookie?.() ?? []).map((item) => item.split(';')[0]).join('; ');
    await apiBaseline(base, cookie, buyerId); // warm-up
    const api = await apiBaseline(base, cookie, buyerId);
    await browserTimes(base, buyerEmail); // warm-up: the server's caches, the browser's JIT
    const web = await browserTimes(base, buyerEmail);
    console.log(`\nembedded: My tickets with ${ORDERS} orders of 2 seats (${ORDERS * 2} QR codes), 390 x 844; median of ${RUNS} runs, navigation start to the first QR code`);
    console.log(`  cold (a new browser profile)      ${ms(web.cold)}   the same API calls alone ${ms(api)}   ratio ${(web.cold / api).toFixed(2)}×`);
    console.log(`  warm (service worker, kept data)  ${ms(web.warm)}   ratio to the API calls ${(web.warm / api).toFixed(2)}×, to cold ${(web.warm / web.cold).toFixed(2)}×`);
    console.log(`  offline (nothing but the device)  ${ms(web.offline)}   ratio to cold ${(web.offline / web.cold).toFixed(2)}×`);
    await javascriptPerPage(base, buyerEmail, eventKey);
  } finally {
    await app.close();
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
