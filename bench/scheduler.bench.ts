// The schedule editor in a real browser, on an event with 500 accepted sessions in 20 rooms over 3 days (420 placed,
// 80 unscheduled, speakers shared so that some clash): the time from opening the scheduler to the first day's blocks
// and the unscheduled panel being drawn, against the same API calls made without the browser; and the time from
// dropping a session onto an occupied slot to its clash marks being right, against the one write the drop makes.
// Marks are taken in the page (a MutationObserver set up before its scripts), so they carry no driver polling.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { buildApp, type App } from '../src/http/app.js';
import { call } from './support.js';
import { launchBrowser } from '../test/support/browser.js';

const ROOMS = 20;
const SESSIONS = 500;
const PER_ROOM_AND_DAY = 7;
const DAYS = 3;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PASSWORD = 'correct horse';


const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

const MARKS_SCRIPT = (blocks: number, dragged: string) => `
  window.__marks = {};
  const check = () => {
    const marks = window.__marks;
    if (!marks.open && document.querySelectorAll('.block[data-session]').length >= ${blocks} && document.querySelector('.unscheduled-list')) marks.open = performance.now();
    if (marks.drop !== undefined && !marks.clash) {
      const mark = document.querySelector('.block[data-session="${dragged}"] .clash');
      if (mark && mark.textContent.includes('double-booked')) marks.clash = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  window.addEventListener('pointerup', () => { window.__marks.drop = performance.now(); }, true);
`;

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-scheduler-'));
  const database = await openDatabase({ dataDir: dir });
  const config = loadConfig({}, { dataDir: dir, loginAttemptsPerWindow: 10_000, logLevel: 'warn' });
  const app = await buildApp({ database, config, jwtSecret: 'bench-secret' });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    // The organizer and the event through the API, the program in SQL.
    const email = 'organizer@example.org';
    await call(app, 'POST', '/v1/users', { data: { type: 'user', attributes: { email, password: PASSWORD, 'first-name': 'Olive', 'last-name': 'Owner' } } });
    const token = (await call(app, 'POST', '/v1/auth/login', { email, password: PASSWORD })).access_token;
    const event = await call(app, 'POST', '/v1/events', { data: { type: 'event', attributes: { name: 'Bench Conf', 'starts-at': '2030-03-01T07:00:00Z', 'ends-at': '2030-03-03T18:00:00Z', timezone: 'Europe/Berlin', state: 'published' } } }, token);
    const eventId = Number(event.data.id);
    const identifier: string = event.data.attributes.identifier;
    const exec = (text: string) => database.db.execute(sql.raw(text));
    await exec(`insert into microlocations (event_id, name, position) select ${eventId}, 'Room ' || n, n from generate_series(1, ${ROOMS}) n`);
    await exec(`insert into tracks (event_id, name, color, position) select ${eventId}, 'Track ' || n, '#336699', n from generate_series(1, 5) n`);
    await exec(`insert into session_types (event_id, name, length, position) values (${eventId}, 'Talk', '00:45', 1)`);
    await exec(`insert into speakers (event_id, name, email) select ${eventId}, 'Speaker ' || n, 'speaker' || n || '@example.org' from generate_series(1, 250) n`);
    const placed = ROOMS * PER_ROOM_AND_DAY * DAYS;
    // Session n (0-based) is on day n / 140, in room (n % 140) / 7 + 1, at 09:00 + (n % 7) hours, 45 minutes (Berlin = UTC+1).
    await exec(`insert into sessions (event_id, title, state, track_id, session_type_id, microlocation_id, starts_at, ends_at)
      select ${eventId}, 'Session ' || n, case when n % 2 = 0 then 'accepted' else 'confirmed' end,
        (select min(id) from tracks where event_id = ${eventId}) + n % 5, (select id from session_types where event_id = ${eventId}),
        case when n < ${placed} then (select min(id) from microlocations where event_id = ${eventId}) + (n % 140) / 7 end,
        case when n < ${placed} then timestamptz '2030-03-01 08:00:00+00' + (n / 140) * interval '1 day' + (n % 7) * interval '1 hour' end,
        case when n < ${placed} then timestamptz '2030-03-01 08:45:00+00' + (n / 140) * interval '1 day' + (n % 7) * interval '1 hour' end
      from generate_series(0, ${SESSIONS - 1}) n`);
    await exec(`insert into sessions_speakers (session_id, speaker_id)
      select s.id, (select min(id) from speakers where event_id = ${eventId}) + (row_number() over (order by s.id) - 1) % 250
      from sessions s where s.event_id = ${eventId}`);
    await exec('analyze');
    const sessions = (await call(app, 'GET', `/v1/events/${identifier}/scheduler`, undefined, token)).sessions as { id: string; title: string; room: string | null }[];
    const dragged = sessions.find((s) => s.room === null)!;
    const firstDayBlocks = ROOMS * PER_ROOM_AND_DAY;

    const login = await fetch(`${base}/v1/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
    const cookie = (login.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
    const csrf = /convene_csrf=([^;]*)/.exec(cookie)?.[1] ?? '';
    const get = async (url: string) => {
      const response = await fetch(`${base}${url}`, { headers: { cookie, accept: 'application/vnd.api+json, application/json' } });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json();
    };
    const place = async (room: string | null, start: string | null, end: string | null) => {
      const copy = await get(`/v1/events/${identifier}/scheduler`);
      const lock = copy.sessions.find((s: { id: string }) => s.id === dragged.id)['lock-version'];
      const started = performance.now();
      const response = await fetch(`${base}/v1/events/${identifier}/scheduler/sessions/${dragged.id}`, {
        method: 'PATCH',
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        body: JSON.stringify({ 'lock-version': lock, room, 'starts-at': start, 'ends-at': end }),
      });
      if (!response.ok) throw new Error(`PATCH: ${response.status} ${await response.text()}`);
      return performance.now() - started;
    };

    // Baseline: the calls the page makes (session, event, permissions; then the working copy, changes and versions).
    const apiOpen: number[] = [];
    const apiWrite: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await Promise.all([get('/v1/auth/session'), get(`/v1/events/${identifier}`), get(`/v1/events/${identifier}/permissions`)]);
      await Promise.all([get(`/v1/events/${identifier}/scheduler`), get(`/v1/events/${identifier}/schedule-changes`), get(`/v1/events/${identifier}/schedule-versions?page%5Bsize%5D=0`)]);
      apiOpen.push(performance.now() - started);
      apiWrite.push(await place(sessions[0].room, '2030-03-01T09:00:00.000Z', '2030-03-01T09:45:00.000Z'));
      await place(null, null, null);
    }

    const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    const pageOpen: number[] = [];
    const pageClash: number[] = [];
    try {
      const response = await browser.context.request.post(`${base}/v1/auth/session`, { data: { email, password: PASSWORD } });
      if (!response.ok()) throw new Error('login failed');
      const page = await browser.context.newPage();
      await page.addInitScript(MARKS_SCRIPT(firstDayBlocks, dragged.id));
      for (let i = 0; i < RUNS; i++) {
        await page.goto('about:blank');
        await page.goto(`${base}/events/${identifier}/scheduler?day=2030-03-01`);
        await page.waitForFunction(() => (window as unknown as { __marks: { open?: number } }).__marks.open !== undefined, undefined, { timeout: 60_000 });
        pageOpen.push(await page.evaluate(() => (window as unknown as { __marks: { open: number } }).__marks.open));

        // Drop the first unscheduled session onto Room 1, 10:00, where Session 1 is.
        const card = page.getByRole('button', { name: new RegExp(`^Place ${dragged.title}\\b`) });
        const target = page.getByRole('button', { name: 'Room 1, 10:00', exact: true });
        await target.scrollIntoViewIfNeeded();
        const to = (await target.boundingBox())!;
        const from = (await card.boundingBox())!;
        await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
        await page.mouse.down();
        await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 4 });
        await page.mouse.up();
        await page.waitForFunction(() => (window as unknown as { __marks: { clash?: number } }).__marks.clash !== undefined, undefined, { timeout: 30_000 });
        pageClash.push(await page.evaluate(() => {
          const marks = (window as unknown as { __marks: { clash: number; drop: number } }).__marks;
          return marks.clash - marks.drop;
        }));
        await page.waitForLoadState('networkidle');
        await place(null, null, null);
      }
    } finally {
      await browser.close();
    }

    const open = { page: median(pageOpen), api: median(apiOpen) };
    const drop = { page: median(pageClash), api: median(apiWrite) };
    console.log(`\nscheduler: ${SESSIONS} sessions (${placed} placed, ${SESSIONS - placed} unscheduled), ${ROOMS} rooms, ${DAYS} days; median of ${RUNS} runs`);
    console.log(`  open a day (${firstDayBlocks} blocks + the unscheduled panel)   page ${ms(open.page)}   its API calls alone ${ms(open.api)}   ratio ${(open.page / open.api).toFixed(2)}`);
    console.log(`  drop onto a taken slot → clash marks right      page ${ms(drop.page)}   the write alone     ${ms(drop.api)}   ratio ${(drop.page / drop.api).toFixed(2)}`);
    console.log('  (the marks come from the page\'s own clash check on the optimistic move, so they do not wait for the write)');
  } finally {
    await app.close();
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
