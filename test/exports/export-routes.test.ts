// The registered exporters end to end: the route answers 202, the queue runs the exporter, the file downloads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { validateScheduleXml } from '../support/xsd.js';
import { Api, make, makeEvent, makeUser, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let dataDir: string;
let owner: TestUser;
let event: TestEvent;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-export-routes-'));
  t = await makeTestApp({ dataDir }, { withQueue: true });
  owner = await makeUser(t.app);
  event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true });
  const room = await make(t.app, owner, event, 'microlocation', 'microlocations', { name: 'Hall A' });
  await make(t.app, owner, event, 'session', 'sessions', {
    title: 'Opening',
    state: 'accepted',
    'starts-at': '2030-03-01T01:00:00Z',
    'ends-at': '2030-03-01T02:00:00Z',
  }, { microlocation: { type: 'microlocation', id: room } });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function runExport(route: string): Promise<{ body: string; disposition: string }> {
  const api = new Api(t.app, owner.token);
  const started = await api.get(`/v1/events/${event.identifier}/export/${route}`);
  expect(started.status).toBe(202);
  const taskUrl = started.body.task_url as string;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const task = await api.get(taskUrl);
    if (task.body.state === 'SUCCESS') break;
    if (task.body.state === 'FAILURE' || Date.now() > deadline) throw new Error(`export ${route} ended ${JSON.stringify(task.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const download = await t.app.inject({ method: 'GET', url: `${taskUrl}/download`, headers: { authorization: `Bearer ${owner.token}` } });
  expect(download.statusCode).toBe(200);
  return { body: download.body, disposition: String(download.headers['content-disposition']) };
}

describe('registered exporters', () => {
  it('exports schedule.xml that validates against the schema', async () => {
    const { body, disposition } = await runExport('pentabarf');

    const lint = await validateScheduleXml(body);

    expect(lint).toEqual({ valid: true, errors: [] });
    expect(disposition).toMatch(/attachment; filename=".*\.xml"/);
    expect(body).toContain('<title>Opening</title>');
  });

  it('exports the attendees CSV with its header', async () => {
    const { body } = await runExport('attendees/csv');

    expect(body.split('\r\n')[0]).toBe(
      '\uFEFFOrder#,Order Date,Status,Payment Type,Payment Mode,Ticket ID,Ticket Name,Ticket Price,Ticket Type,Tax ID,Address,Company,Country,State,City,Zipcode,First Name,Last Name,Email,Checked In,Check-in Times',
    );
  });

  it('exports iCal', async () => {
    const { body } = await runExport('ical');

    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body).toContain('SUMMARY:Opening');
  });
});
