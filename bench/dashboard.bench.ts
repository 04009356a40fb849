// The organizer's attendee list in a real browser, on an event with 10,000 attendees: the time from opening the
// attendees page to its first rows and tab counts, and for a search to answer, each against the same API calls made
// without the browser in the same run (the ratio is the page's own cost: its JavaScript, rendering and the calls it
// waits on one after another). Then the JavaScript each area loads: the files a fresh browser requests for each page,
// gzip-sized from web/dist. The embedded server always; PostgreSQL too when DATABASE_URL is set.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/client.js';
import { buildApp, type App } from '../src/http/app.js';
import { launchBrowser } from '../test/support/browser.js';
import { call, scratchDatabase } from './support.js';

const ATTENDEES = Number(process.env.BENCH_ATTENDEES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PASSWORD = 'correct horse';
const dist = path.resolve(import.meta.dirname, '../web/dist');

const FIRST = ['Ada', 'Grace', 'Alan', 'Joan', 'Katherine', 'Barbara', 'Edsger', 'Donald', 'Margaret', 'Dennis', 'Ken', 'Radia', 'Frances', 'John', 'Hedy', 'Tim', 'Linus', 'Sophie', 'Anita', 'Niklaus'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Clarke', 'Johnson', 'Liskov', 'Dijkstra', 'Knuth', 'Hamilton', 'Ritchie', 'Thompson', 'Perlman', 'Allen', 'McCarthy', 'Lamarr', 'Berners-Lee', 'Torvalds', 'Wilson', 'Borg', 'Wirth'];


/** The organizer (through the API), an event with one paid ticket, and ATTENDEES attendees in orders of 1 to 3 (SQL). */
export async function seed(app: App, database: Database): Promise<{ email: string; identifier: string }> {
  const email = 'organizer@example.org';
  await call(app, 'POST', '/v1/users', { data: { type: 'user', attributes: { email, password: PASSWORD, 'first-name': 'Olive', 'last-name': 'Owner' } } });
  const token = (await call(app, 'POST', '/v1/auth/login', { email, password: PASSWORD })).access_token;
  const event = await call(
    app,
    'POST',
    '/v1/events',
    {
      data: {
        type: 'event',
        attributes: { name: 'Bench Conf', 'starts-at': '2030-03-01T08:00:00Z', 'ends-at': '2030-03-01T18:00:00Z', timezone: 'Europe/Berlin', state: 'published', 'is-ticketing-enabled': true, 'payment-currency': 'EUR' },
      },
    },
    token,
  );
  const eventId = Number(event.data.id);
  const run = (text: string) => database.db.execute(sql.raw(text));
  await run(`insert into users (email, password_hash, first_name, last_name)
    select 'buyer' || n || '@example.org', 'x', (array['${FIRST.join("','")}'])[1 + n % 20], (array['${LAST.join("','")}'])[1 + (n / 20) % 20]
    from generate_series(1, 2000) n`);
  await run(`insert into tickets (event_id, name, type, price, quantity) values (${eventId}, 'Day pass', 'paid', 25.00, ${ATTENDEES})`);
  // Orders of 1, 2 or 3 seats (2 on average); statuses as a busy event has them.
  const orderCount = Math.ceil(ATTENDEES / 2);
  await run(`insert into orders (identifier, event_id, user_id, status, payment_mode, currency, sub_total, amount, created_at)
    select gen_random_uuid()::text, ${eventId}, (select min(id) from users where email like 'buyer%') + n % 2000,
      case when n % 20 < 13 then 'completed' when n % 20 < 16 then 'placed' when n % 20 < 17 then 'pending'
           when n % 20 < 18 then 'initializing' when n % 20 < 19 then 'expired' else 'cancelled' end,
      'bank', 'EUR', 50.00, 50.00, now() - (${orderCount} - n) * interval '1 minute'
    from generate_series(1, ${orderCount}) n`);
  await run(`insert into attendees (identifier, ticket_code, event_id, order_id, ticket_id, buyer_id, firstname, lastname, email, is_checked_in, checkin_times, device_name_checkin)
    select 'a' || s.n, o.identifier || '-a' || s.n, ${eventId}, o.id, t.id, o.user_id,
      (array['${FIRST.join("','")}'])[1 + (s.n * 7) % 20], (array['${LAST.join("','")}'])[1 + (s.n * 3) % 20], 'attendee' || s.n || '@example.org',
      o.status = 'completed' and s.n % 3 = 0, case when o.status = 'completed' and s.n % 3 = 0 then '2030-03-01T08:30:00.000Z' end,
      case when o.status = 'completed' and s.n % 3 = 0 then 'Gate 1' end
    from (select n, row_number() over () as k from generate_series(1, ${ATTENDEES}) n) s
    join (select id, identifier, user_id, status, row_number() over (order by id) as k from orders where event_id = ${eventId}) o on o.k = (s.k - 1) / 2 + 1
    cross join (select id from tickets where event_id = ${eventId}) t`);
  await run('analyze');
  return { email, identifier: event.data.attributes.identifier };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

/** The browser's session cookie, for the API calls made without it. */
async function sessionCookie(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/v1/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  return (response.headers.getSetCookie?.() ?? []).map((cookie) => cookie.split(';')[0]).join('; ');
}

/** The calls the attendees page makes, timed over HTTP without a browser: what the page could not be faster than. */
async function apiBaseline(base: string, cookie: string, identifier: string, search: string): Promise<{ open: number; search: number }> {
  const get = async (url: string) => {
    const response = await fetch(`${base}${url}`, { headers: { cookie, accept: 'application/vnd.api+json' } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  };
  const list = `/v1/events/${identifier}/attendees?tab=all&page%5Bsize%5D=25&page%5Bnumber%5D=1`;
  const opens: number[] = [];
  const searches: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let started = performance.now();
    // The session, the event and its permissions come first (in parallel), then the list.
    await Promise.all([get('/v1/auth/session'), get(`/v1/events/${identifier}`), get(`/v1/events/${identifier}/permissions`)]);
    await get(list);
    opens.push(performance.now() - started);
    started = performance.now();
    await get(`${list.replace('tab=all', 'tab=all')}&search=${encodeURIComponent(search)}`);
    searches.push(performance.now() - started);
  }
  return { open: median(opens), search: median(searches) };
}

/**
 * Marks, in the page itself: when the first rows and all 8 tab counts are in the DOM (ms from the navigation's start,
 * the HTML request included), and from the Enter of a search to the rows of its answer. A MutationObserver set up
 * before the page's own scripts, so the figures carry none of the test driver's polling.
 */
// Plain JavaScript, not a compiled function: the page runs it as written.
const MARKS_SCRIPT = `
  window.__marks = {};
  const check = () => {
    const marks = window.__marks;
    if (!marks.rows && document.querySelector('tbody tr') && document.querySelectorAll('.tabs .tab-count').length === 8) marks.rows = performance.now();
    if (window.__expect !== undefined && marks.searchStart !== undefined && !marks.search
        && (document.querySelector('.paging-summary')?.textContent ?? '').includes('of ' + window.__expect)) marks.search = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener('keydown', (event) => {
    if (event.target.id === 'search-q' && event.key === 'Enter') window.__marks.searchStart = performance.now();
  }, true);
`;

async function browserTimes(page: Page, base: string, identifier: string, search: string, expected: number): Promise<{ open: number; search: number; rows: number }> {
  const opens: number[] = [];
  const searches: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    await page.goto('about:blank');
    await page.goto(`${base}/events/${identifier}/attendees/all`);
    await page.waitForFunction(() => (window as unknown as { __marks: { rows?: number } }).__marks.rows !== undefined);
    opens.push(await page.evaluate(() => (window as unknown as { __marks: { rows: number } }).__marks.rows));
    rows = await page.locator('tbody tr').count();
    if (process.env.BENCH_TRACE && i === RUNS - 1) {
      const entries = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => [e.name.replace(location.origin, ''), Math.round(e.startTime), Math.round(e.responseEnd)]));
      console.log(entries);
    }

    const box = page.getByLabel('Search attendees');
    await box.fill(search);
    await page.evaluate((count) => ((window as unknown as { __expect: number }).__expect = count), expected);
    await box.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __marks: { search?: number } }).__marks.search !== undefined);
    searches.push(await page.evaluate(() => {
      const marks = (window as unknown as { __marks: { search: number; searchStart: number } }).__marks;
      return marks.search - marks.searchStart;
    }));
  }
  return { open: median(opens), search: median(searches), rows };
}

/** The JavaScript a fresh browser fetches for each page, gzip-sized from web/dist. */
async function javascriptPerPage(base: string, email: string, identifier: string) {
  const pages: [string, string][] = [
    ['home (discover)', '/'],
    ['log in (accounts)', '/login'],
    ['events list (dashboard)', '/events'],
    ['event overview (dashboard)', `/events/${identifier}`],
    ['orders (orders)', `/events/${identifier}/orders/all`],
    ['attendees (attendees)', `/events/${identifier}/attendees/all`],
    ['exports (exports)', `/events/${identifier}/exports`],
    ['site generator (generator)', '/generator'],
  ];
  const gzip = new Map<string, number>();
  const size = (file: string) => {
    if (!gzip.has(file)) gzip.set(file, zlib.gzipSync(fs.readFileSync(path.join(dist, 'assets', file)), { level: 9 }).length);
    return gzip.get(file)!;
  };
  const results: { label: string; files: string[]; total: number }[] = [];
  for (const [label, url] of pages) {
    const browser = await launchBrowser();
    try {
      const response = await browser.context.request.post(`${base}/v1/auth/session`, { data: { email, password: PASSWORD } });
      if (!response.ok()) throw new Error('login failed');
      const page = await browser.context.newPage();
      const files = new Set<string>();
      page.on('request', (request) => {
        const match = /\/app\/assets\/([^/?]+\.js)$/.exec(request.url());
        if (match) files.add(match[1]);
      });
      await page.goto(`${base}${url}`, { waitUntil: 'networkidle' });
      const list = [...files].sort();
      results.push({ label, files: list, total: list.reduce((sum, file) => sum + size(file), 0) });
    } finally {
      await browser.close();
    }
  }
  // What every page loads (the entry, React, the router, the query cache, the API client) and what each area adds.
  const common = results.map((result) => new Set(result.files)).reduce((all, files) => new Set([...all].filter((file) => files.has(file))));
  const commonSize = [...common].reduce((sum, file) => sum + size(file), 0);
  console.log(`\n  JavaScript per page, gzip (a fresh browser's requests, sized from web/dist): every page loads ${(commonSize / 1024).toFixed(1)} KB (${[...common].join(', ')}), then`);
  for (const result of results) {
    const own = result.files.filter((file) => !common.has(file));
    console.log(`    ${result.label.padEnd(28)} +${((result.total - commonSize) / 1024).toFixed(1).padStart(5)} KB = ${(result.total / 1024).toFixed(1).padStart(6)} KB   ${own.join(', ')}`);
  }
}

async function measure(kind: 'embedded' | 'postgres', withJavascript: boolean): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-dashboard-'));
  const scratch = kind === 'postgres' ? await scratchDatabase(process.env.DATABASE_URL!) : undefined;
  const database = await openDatabase({ databaseUrl: scratch?.url, dataDir: dir });
  const config = loadConfig({}, { dataDir: dir, loginAttemptsPerWindow: 10_000, logLevel: 'warn' });
  const app = await buildApp({ database, config, jwtSecret: 'bench-secret' });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    let started = performance.now();
    const { email, identifier } = await seed(app, database);
    console.log(`\n${kind}: ${ATTENDEES.toLocaleString('en')} attendees seeded in ${((performance.now() - started) / 1000).toFixed(1)} s; median of ${RUNS} runs`);
    const search = 'hopper';
    const cookie = await sessionCookie(base, email);
    const expected = (await (await fetch(`${base}/v1/events/${identifier}/attendees?tab=all&search=${search}&page%5Bsize%5D=1`, { headers: { cookie } })).json()).meta.count as number;

    await apiBaseline(base, cookie, identifier, search); // warm-up: plans, caches
    const api = await apiBaseline(base, cookie, identifier, search);
    const browser = await launchBrowser();
    try {
      const response = await browser.context.request.post(`${base}/v1/auth/session`, { data: { email, password: PASSWORD } });
      if (!response.ok()) throw new Error('login failed');
      const page = await browser.context.newPage();
      await page.addInitScript({ content: MARKS_SCRIPT });
      await browserTimes(page, base, identifier, search, expected); // warm-up: the browser's cache and JIT
      const web = await browserTimes(page, base, identifier, search, expected);
      console.log(`  open the attendees page to its first ${web.rows} rows and 8 tab counts: browser ${ms(web.open)}   the same API calls alone ${ms(api.open)}   ratio ${(web.open / api.open).toFixed(2)}×`);
      console.log(`  search "${search}" (${expected} of ${ATTENDEES} attendees), Enter to its rows:  browser ${ms(web.search)}   the same API call alone  ${ms(api.search)}   ratio ${(web.search / api.search).toFixed(2)}×`);
    } finally {
      await browser.close();
    }
    if (withJavascript) await javascriptPerPage(base, email, identifier);
  } finally {
    await app.close();
    await database.close();
    await scratch?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('web/dist is not built: npm run build:web');
  await measure('embedded', true);
  if (process.env.DATABASE_URL) await measure('postgres', false);
}
