// "Export as CSV" from the lists: the attendees and orders exports take the list's tab and search, so the file
// holds exactly what the page showed; bad options are refused before any task is made, naming them; the exports
// page lists every format and the caller's own recent exports; only coorganizers may export.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, type TestUser } from '../support/client.js';
import { makeFixture, type Fixture } from './fixture.js';

let t: TestApp;
let f: Fixture;

beforeAll(async () => {
  t = await makeTestApp({}, { withQueue: true });
  f = await makeFixture(t);
});
afterAll(async () => t.close());

async function runExport(user: TestUser, route: string, body: Record<string, string>): Promise<string[][]> {
  const api = new Api(t.app, user.token);
  const started = await api.request('POST', `/v1/events/${f.event.identifier}/export/${route}`, JSON.stringify(body), { 'content-type': 'application/json' });
  if (started.status !== 202) throw new Error(`export refused: ${JSON.stringify(started.body)}`);
  const taskUrl = started.body.task_url as string;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const task = await api.get(taskUrl);
    if (task.body.state === 'SUCCESS') break;
    if (task.body.state === 'FAILURE' || Date.now() > deadline) throw new Error(`export ended ${JSON.stringify(task.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const file = await t.app.inject({ method: 'GET', url: `${taskUrl}/download`, headers: { authorization: `Bearer ${user.token}` } });
  return parse(file.rawPayload, { bom: true }) as string[][];
}

/** The rows' values in the named columns, header left out. */
const columns = (rows: string[][], ...names: string[]) => rows.slice(1).map((row) => names.map((name) => row[rows[0].indexOf(name)]));

describe('exports of what the list shows', () => {
  it("exports the attendees of the list's tab", async () => {
    const checkedIn = await runExport(f.owner, 'attendees/csv', { tab: 'checked-in' });
    const pending = await runExport(f.owner, 'attendees/csv', { tab: 'pending' });

    expect(columns(checkedIn, 'First Name', 'Checked In')).toEqual([
      ['Grace', 'Yes'],
      ['Alan', 'Yes'],
    ]);
    expect(columns(pending, 'First Name', 'Status')).toEqual([
      ['Katherine', 'initializing'],
      ['Barbara', 'pending'],
    ]);
  });

  it("exports the attendees matching the list's search, on its tab", async () => {
    const rows = await runExport(f.staff.coorganizer, 'attendees/csv', { tab: 'all', search: 'lovelace' });
    const narrowed = await runExport(f.staff.coorganizer, 'attendees/csv', { tab: 'placed', search: f.orders.placed.number });

    expect(columns(rows, 'First Name')).toEqual([['Grace'], ['Alan'], ['Joan'], ['Byron']]);
    expect(columns(narrowed, 'Order#', 'First Name')).toEqual([
      [f.orders.placed.number, 'Alan'],
      [f.orders.placed.number, 'Joan'],
    ]);
  });

  it("exports the orders of the list's tab and search", async () => {
    const pending = await runExport(f.owner, 'orders/csv', { tab: 'pending' });
    const babbage = await runExport(f.owner, 'orders/csv', { tab: 'all', search: 'babbage' });

    expect(columns(pending, 'Order#', 'Status')).toEqual([
      [f.orders.initializing.number, 'initializing'],
      [f.orders.pending.number, 'pending'],
    ]);
    expect(columns(babbage, 'Order#', 'Last Name')).toEqual([
      [f.orders.expired.number, 'Babbage'],
      [f.orders.initializing.number, 'Babbage'],
      [f.orders.pending.number, 'Babbage'],
    ]);
  });

  it('exports every attendee and order without a tab, as before', async () => {
    expect((await runExport(f.owner, 'attendees/csv', {})).length - 1).toBe(7);
    expect((await runExport(f.owner, 'orders/csv', {})).length - 1).toBe(6);
  });
});

describe('bad export options', () => {
  it('refuses an unknown tab or a long search, naming it, and starts no task', async () => {
    const api = new Api(t.app, f.owner.token);
    const before = (await api.get(`/v1/events/${f.event.identifier}/exports`)).body.tasks.length;

    const query = await api.get(`/v1/events/${f.event.identifier}/export/attendees/csv?tab=paid`);
    const body = await api.request('POST', `/v1/events/${f.event.identifier}/export/orders/csv`, JSON.stringify({ search: 'x'.repeat(201) }), { 'content-type': 'application/json' });
    const orderTab = await api.request('POST', `/v1/events/${f.event.identifier}/export/orders/csv`, JSON.stringify({ tab: 'checked-in' }), { 'content-type': 'application/json' });

    expect([query.status, query.body.errors[0].source, query.body.errors[0].detail]).toEqual([
      422,
      { parameter: 'tab' },
      'tab must be one of all, completed, placed, pending, expired, cancelled, checked-in, not-checked-in',
    ]);
    expect([body.status, body.body.errors[0].source]).toEqual([422, { pointer: '/search' }]);
    expect([orderTab.status, orderTab.body.errors[0].source]).toEqual([422, { pointer: '/tab' }]);
    expect((await api.get(`/v1/events/${f.event.identifier}/exports`)).body.tasks.length).toBe(before);
  });
});

describe('the exports page', () => {
  it('lists every format and the caller\'s own exports, newest first, with their state and file', async () => {
    await runExport(f.staff.organizer, 'attendees/csv', { tab: 'cancelled' });

    const mine = await new Api(t.app, f.staff.organizer.token).get(`/v1/events/${f.event.identifier}/exports`);
    const theirs = await new Api(t.app, f.staff.coorganizer.token).get(`/v1/events/${f.event.identifier}/exports`);

    expect(mine.body.formats.map((format: { id: string; url: string; options: string[] }) => [format.id, format.url, format.options])).toEqual([
      ['attendees.csv', `/v1/events/${f.event.identifier}/export/attendees/csv`, ['tab', 'search']],
      ['orders.csv', `/v1/events/${f.event.identifier}/export/orders/csv`, ['tab', 'search']],
      ['sessions.csv', `/v1/events/${f.event.identifier}/export/sessions/csv`, ['tab', 'search']],
      ['speakers.csv', `/v1/events/${f.event.identifier}/export/speakers/csv`, []],
      ['schedule.xml', `/v1/events/${f.event.identifier}/export/pentabarf`, []],
      ['schedule.ics', `/v1/events/${f.event.identifier}/export/ical`, []],
      ['schedule.xcal', `/v1/events/${f.event.identifier}/export/xcal`, []],
      ['event.zip', `/v1/events/${f.event.identifier}/export/json`, []],
    ]);
    const [task] = mine.body.tasks;
    expect(mine.body.tasks.length).toBe(1);
    expect([task.format, task.label, task.options, task.state, task.progress.percent, task['download-url'], task['file-name'].endsWith('.csv')]).toEqual([
      'attendees.csv',
      'Attendees (CSV)',
      { tab: 'cancelled' },
      'SUCCESS',
      100,
      `/v1/tasks/${task.id}/download`,
      true,
    ]);
    expect(theirs.body.tasks.every((other: { id: string }) => other.id !== task.id)).toBe(true);
  });

  it('is open to coorganizers and up, like exporting itself', async () => {
    const callers: [string, TestUser][] = [
      ['owner', f.owner],
      ['coorganizer', f.staff.coorganizer],
      ['admin', f.admin],
      ['registrar', f.staff.registrar],
      ['moderator', f.staff.moderator],
      ['buyer', f.ada],
    ];
    const seen: [string, number, number][] = [];
    for (const [who, user] of callers) {
      const api = new Api(t.app, user.token);
      const list = await api.get(`/v1/events/${f.event.identifier}/exports`);
      const start = await api.request('POST', `/v1/events/${f.event.identifier}/export/attendees/csv`, JSON.stringify({ tab: 'all' }), { 'content-type': 'application/json' });
      seen.push([who, list.status, start.status]);
    }

    expect(seen).toEqual([
      ['owner', 200, 202],
      ['coorganizer', 200, 202],
      ['admin', 200, 202],
      ['registrar', 403, 403],
      ['moderator', 403, 403],
      ['buyer', 403, 403],
    ]);
  });
});
