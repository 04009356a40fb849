// The site-build service over real HTTP on the real queue: an upload is accepted with its place in the queue and
// ends in SUCCESS with a preview and a zip; the stored event stream is in order; 20 builds asked for at once run
// first come, first served, one at a time, each told its place as it moves up; a waiting build can be cancelled;
// a build over the time limit fails and the next one starts; bad input gets a 4xx or a FAILURE naming the problem.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanUpSiteBuilds } from '../../src/site-builds/site-build.service.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, makeEvent, makeUser, ref, resource, type TestUser } from '../support/client.js';
import { smallEventZip, syntheticEventZip } from '../support/site-zips.js';
import { fetchTaskEvents } from '../support/sse.js';
import { readZip } from '../support/zip.js';

let t: TestApp;
let base: string;
let dataDir: string;
let owner: TestUser;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-site-builds-'));
  t = await makeTestApp({ dataDir, sitegenMaxWaiting: 1000 }, { withQueue: true });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  owner = await makeUser(t.app);
});

afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function upload(zip: Buffer, fields: Record<string, string> = {}, name = 'event.zip', token?: string) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob([new Uint8Array(zip)], { type: 'application/zip' }), name);
  const response = await fetch(`${base}/v1/site-builds`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, location: response.headers.get('location'), body: (await response.json()) as any };
}

async function build(id: string) {
  return (await (await fetch(`${base}/v1/site-builds/${id}`)).json()) as any;
}

async function waitFor(id: string, done: (view: any) => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await build(id);
    if (done(view)) return view;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}: ${JSON.stringify(view).slice(0, 500)}`);
    await sleep(50);
  }
}
const ended = (view: any) => ['SUCCESS', 'FAILURE', 'CANCELLED'].includes(view.state);

const events = (id: string) => fetchTaskEvents(base, id);

describe('a site build from an uploaded zip', () => {
  let id: string;

  it('is accepted with 202, its place in the queue and its links, and ends in SUCCESS', async () => {
    const accepted = await upload(await smallEventZip('Upload'), { theme: 'dark', 'session-mode': 'single', format: 'api_v2' }, 'mini.zip');
    id = accepted.body.id;
    const done = await waitFor(id, ended, 'the build to end');

    expect(accepted.status).toEqual(202);
    expect(accepted.location).toEqual(`/v1/site-builds/${id}`);
    expect({ position: accepted.body.position, task_url: accepted.body.task_url, events_url: accepted.body.events_url, options: accepted.body.options, source: accepted.body.source }).toEqual({
      position: accepted.body.state === 'WAITING' ? 0 : null,
      task_url: `/v1/tasks/${id}`,
      events_url: `/v1/tasks/${id}/events`,
      options: { format: 'v2', theme: 'dark', 'session-mode': 'single', email: null },
      source: { type: 'upload', name: 'mini.zip' },
    });
    expect({ state: done.state, progress: done.progress, preview: done.preview_url, download: done.download_url, error: done.error }).toEqual({
      state: 'SUCCESS',
      progress: { percent: 100, step: 'Ready' },
      preview: `/sites/${id}/`,
      download: `/v1/site-builds/${id}/download`,
      error: null,
    });
    expect(done.log.map((line: any) => line.level)).not.toContain('error');
    expect(fs.existsSync(path.join(dataDir, 'site-builds', id, 'upload.zip'))).toEqual(false);
  });

  it('streams its stored events in order: waiting, started, progress and log, ready, then the final state', async () => {
    const messages = await events(id);

    const kinds = messages.map((m) => m.event);
    expect(messages.map((m) => m.id)).toEqual(messages.map((_, i) => i + 1));
    expect(kinds.slice(0, 3)).toEqual(['state', 'waiting', 'state']);
    expect([messages[0].data, messages[1].data, messages[2].data]).toEqual([{ state: 'WAITING' }, { position: 0 }, { state: 'STARTED', attempt: 1 }]);
    expect(kinds.slice(-2)).toEqual(['ready', 'state']);
    expect(messages.at(-2)!.data).toEqual({ preview_url: `/sites/${id}/`, download_url: `/v1/site-builds/${id}/download` });
    expect(messages.at(-1)!.data.state).toEqual('SUCCESS');
    const percents = messages.filter((m) => m.event === 'progress').map((m) => m.data.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(kinds).toContain('log');
  });

  it('serves the preview in a CSP sandbox, with index.html for the folder, and nothing outside the site', async () => {
    const [folder, bare, page, outside, missing] = await Promise.all([
      fetch(`${base}/sites/${id}/`),
      fetch(`${base}/sites/${id}`, { redirect: 'manual' }),
      fetch(`${base}/sites/${id}/schedule.html`),
      fetch(`${base}/sites/${id}/..%2f..%2fupload.zip`),
      fetch(`${base}/sites/00000000-0000-4000-8000-000000000000/`),
    ]);

    const html = await folder.text();
    expect([folder.status, folder.headers.get('content-type'), folder.headers.get('content-security-policy')]).toEqual([
      200,
      'text/html; charset=utf-8',
      'sandbox allow-scripts allow-popups allow-popups-to-escape-sandbox allow-forms allow-downloads',
    ]);
    expect(html).toContain('Mini Upload');
    expect([bare.status, bare.headers.get('location')]).toEqual([301, `/sites/${id}/`]);
    expect(page.status).toEqual(200);
    expect([outside.status, missing.status]).toEqual([404, 404]);
  });

  it('downloads the zip of the site under the event name', async () => {
    const response = await fetch(`${base}/v1/site-builds/${id}/download`);
    const zip = Buffer.from(await response.arrayBuffer());

    expect([response.status, response.headers.get('content-type'), response.headers.get('content-disposition')]).toEqual([
      200,
      'application/zip',
      `attachment; filename="Mini-Upload.zip"; filename*=UTF-8''Mini-Upload.zip`,
    ]);
    const names = (await readZip(zip)).map((entry) => entry.name);
    expect(names).toContain('index.html');
    expect(names).toContain('schedule.html');
    expect(names).toContain('sw.js');
  });
});

describe('retention', () => {
  it('deletes a site once SITEGEN_RETENTION_DAYS have passed: the preview is a 404, the download a 410', async () => {
    const accepted = await upload(await smallEventZip('Retained'));
    await waitFor(accepted.body.id, ended, 'the build to end');
    const kept = await cleanUpSiteBuilds(t.database.db, dataDir, 3);

    const removed = await cleanUpSiteBuilds(t.database.db, dataDir, 3, new Date(Date.now() + 4 * 86_400_000));
    const [preview, download] = await Promise.all([fetch(`${base}/sites/${accepted.body.id}/`), fetch(`${base}/v1/site-builds/${accepted.body.id}/download`)]);

    expect(kept).toEqual(0);
    expect(removed).toEqual(2); // this one and the first describe's build
    expect([preview.status, download.status, ((await download.json()) as any).errors[0].code]).toEqual([404, 410, 'export.expired']);
    expect(fs.existsSync(path.join(dataDir, 'site-builds', accepted.body.id))).toEqual(false);
  });
});

describe('the queue', () => {
  it('runs 20 builds asked for at once first come, first served and one at a time, telling each its place as it moves up', async () => {
    const zip = await smallEventZip('Fcfs');

    const accepted = await Promise.all(Array.from({ length: 20 }, () => upload(zip)));
    const ids: string[] = accepted.map((a) => a.body.id);
    await Promise.all(ids.map((id) => waitFor(id, ended, 'every build to end', 120_000)));

    expect(accepted.map((a) => a.status)).toEqual(Array(20).fill(202));
    const rows = (await t.database.db.execute(sql`
      select t.id, t.state, t.started_at, t.finished_at, j.created_on
      from tasks t join pgboss.job j on j.id::text = t.job_id where t.id in ${ids} order by j.priority desc, j.created_on, j.id`)) as unknown as {
      rows: { id: string; state: string; started_at: string; finished_at: string }[];
    };
    const inQueueOrder = rows.rows;
    expect(inQueueOrder.map((r) => r.state)).toEqual(Array(20).fill('SUCCESS'));
    const byStart = [...inQueueOrder].sort((a, b) => Date.parse(a.started_at) - Date.parse(b.started_at));
    expect(byStart.map((r) => r.id)).toEqual(inQueueOrder.map((r) => r.id));
    for (let i = 1; i < byStart.length; i++) expect(Date.parse(byStart[i].started_at)).toBeGreaterThanOrEqual(Date.parse(byStart[i - 1].finished_at));
    // Each build's announced places only go down, and it starts when it is next in line.
    for (const row of inQueueOrder) {
      const positions = (await events(row.id)).filter((m) => m.event === 'waiting').map((m) => m.data.position);
      expect(positions).toEqual([...new Set(positions)].sort((a, b) => b - a));
      // The first may be taken by a worker before its place is announced (a loaded machine): it then never waited.
      if (row !== inQueueOrder[0] || positions.length > 0) expect(positions.at(-1)).toEqual(0);
    }
    const last = (await events(inQueueOrder[19].id)).filter((m) => m.event === 'waiting').map((m) => m.data.position);
    expect(last[0]).toBeGreaterThanOrEqual(10);
  }, 180_000);

  it('cancels a waiting build: it never starts, its stream ends, the builds behind it move up, and a second cancel is a 409', async () => {
    const blocker = await upload(await syntheticEventZip('Large', 1500));
    await waitFor(blocker.body.id, (v) => v.state === 'STARTED', 'the first build to start');
    const [second, third] = [await upload(await smallEventZip('Second')), await upload(await smallEventZip('Third'))];

    const cancel = await fetch(`${base}/v1/site-builds/${second.body.id}`, { method: 'DELETE' });
    const cancelled = (await cancel.json()) as any;
    const again = await fetch(`${base}/v1/site-builds/${second.body.id}`, { method: 'DELETE' });
    const thirdNow = await build(third.body.id);
    await waitFor(third.body.id, ended, 'the third build to end', 120_000);

    expect([second.body.position, third.body.position]).toEqual([1, 2]);
    expect([cancel.status, cancelled.state, cancelled.position]).toEqual([200, 'CANCELLED', null]);
    expect([again.status, ((await again.json()) as any).errors[0].code]).toEqual([409, 'site-build.not_waiting']);
    expect(thirdNow.position).toEqual(1);
    expect((await events(second.body.id)).map((m) => [m.event, m.data.state ?? m.data.position])).toEqual([
      ['state', 'WAITING'],
      ['waiting', 1],
      ['state', 'CANCELLED'],
    ]);
    const download = await fetch(`${base}/v1/site-builds/${second.body.id}/download`);
    expect([download.status, ((await download.json()) as any).errors[0].code]).toEqual([409, 'task.cancelled']);
    expect((await build(third.body.id)).state).toEqual('SUCCESS');
    expect(fs.existsSync(path.join(dataDir, 'site-builds', second.body.id))).toEqual(false);
  }, 180_000);

  it('stops a build over the time limit with a FAILURE naming the limit, and starts the next one', async () => {
    t.app.ctx.config.sitegenTimeLimitSeconds = 1;
    let slow: Awaited<ReturnType<typeof upload>>;
    try {
      slow = await upload(await syntheticEventZip('Large', 6000));
      await waitFor(slow.body.id, (v) => v.state !== 'WAITING', 'the slow build to start');
    } finally {
      // The limit is read when an attempt starts: the slow one keeps its second, the next one gets the default.
      t.app.ctx.config.sitegenTimeLimitSeconds = 300;
    }
    const next = await upload(await smallEventZip('Next'));

    const failed = await waitFor(slow.body.id, ended, 'the slow build to end', 120_000);
    const after = await waitFor(next.body.id, ended, 'the next build to end', 120_000);

    expect([failed.state, failed.error.code]).toEqual(['FAILURE', 'build.timeout']);
    expect(failed.error.detail).toContain('1000 ms');
    expect((await events(slow.body.id)).map((m) => m.event).slice(-2)).toEqual(['failed', 'state']);
    expect(after.state).toEqual('SUCCESS');
  }, 180_000);
});

describe('sources and bad input', () => {
  it('builds a published Convene event from the database', async () => {
    const event = await makeEvent(t.app, owner, { name: 'Stored Summit' });
    await new Api(t.app, owner.token).post('/v1/sessions', resource('session', { title: 'From the database', state: 'accepted', 'starts-at': '2030-03-01T10:00:00Z', 'ends-at': '2030-03-01T10:30:00Z' }, { event: ref('event', event.id) }));

    const response = await fetch(`${base}/v1/site-builds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: { type: 'event', event: event.identifier } }) });
    const accepted = (await response.json()) as any;
    const done = await waitFor(accepted.id, ended, 'the build to end');
    const page = await (await fetch(`${base}/sites/${accepted.id}/schedule.html`)).text();

    expect([response.status, accepted.source]).toEqual([202, { type: 'event', event: event.id }]);
    expect(done.state).toEqual('SUCCESS');
    expect(page).toContain('Stored Summit');
    expect(page).toContain('From the database');
  });

  it('answers 4xx naming the problem for a non-zip, a missing file, a bad option, a missing source, a private API URL and a hidden event', async () => {
    const draft = await makeEvent(t.app, owner, { state: 'draft' });
    const json = (body: unknown) => fetch(`${base}/v1/site-builds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const noFile = new FormData();
    noFile.append('theme', 'dark');

    const responses = [
      await upload(Buffer.from('this is not a zip at all'), {}, 'notes.txt'),
      await fetch(`${base}/v1/site-builds`, { method: 'POST', body: noFile }).then(async (r) => ({ status: r.status, body: (await r.json()) as any })),
      await upload(await smallEventZip(), { theme: 'purple' }),
      await json({ theme: 'light' }).then(async (r) => ({ status: r.status, body: (await r.json()) as any })),
      await json({ source: { type: 'api', url: 'http://127.0.0.1:9/v1/events/1' } }).then(async (r) => ({ status: r.status, body: (await r.json()) as any })),
      await json({ source: { type: 'event', event: draft.identifier } }).then(async (r) => ({ status: r.status, body: (await r.json()) as any })),
    ];

    expect(responses.map((r) => [r.status, r.body.errors[0].code, r.body.errors[0].source])).toEqual([
      [422, 'site-build.not_a_zip', { pointer: '/file' }],
      [422, 'validation', { pointer: '/file' }],
      [422, 'validation', { pointer: '/theme' }],
      [422, 'validation', { pointer: '/source' }],
      [422, 'input.url_not_allowed', { pointer: '/source/url' }],
      [404, 'event.not_found', undefined],
    ]);
    expect(responses[0].body.errors[0].detail).toEqual('notes.txt is not a zip file; upload the Open Event export (a .zip with event, sessions, speakers, ... inside)');
    expect(fs.readdirSync(path.join(dataDir, 'site-builds')).every((dir) => fs.existsSync(path.join(dataDir, 'site-builds', dir, 'site')) || !fs.existsSync(path.join(dataDir, 'site-builds', dir, 'upload.zip')))).toEqual(true);
  });

  it('ends a build of a zip without an event file in FAILURE naming the file, and keeps the queue going', async () => {
    const { zipFiles } = await import('../sitegen/fixtures/zips.js');

    const broken = await upload(await zipFiles({ sessions: '[]', speakers: '[]' }));
    const done = await waitFor(broken.body.id, ended, 'the broken build to end');
    const next = await waitFor((await upload(await smallEventZip('After'))).body.id, ended, 'the next build');

    expect([done.state, done.error.code]).toEqual(['FAILURE', 'input.missing_file']);
    expect(done.error.detail).toContain('event');
    expect(next.state).toEqual('SUCCESS');
  });

  it('writes the mail with the links to the outbox when no SMTP server is set, and says so in the log', async () => {
    const accepted = await upload(await smallEventZip('Mail'), { email: 'jane@example.org' });
    const done = await waitFor(accepted.body.id, ended, 'the build to end');

    const line = done.log.find((entry: any) => entry.message.startsWith('E-mail with the links'));
    expect(done.state).toEqual('SUCCESS');
    expect(line.level).toEqual('info');
    const file = line.message.slice(line.message.indexOf(path.join(dataDir, 'outbox')));
    // Quoted-printable: soft line breaks (=CRLF) joined again.
    const mail = fs.readFileSync(file, 'utf8').replace(/=\r\n/g, '');
    expect(mail).toContain('To: jane@example.org');
    expect(mail).toContain(`/sites/${accepted.body.id}/`);
    expect(mail).toContain(`/v1/site-builds/${accepted.body.id}/download`);
  });

  it("keeps a logged-in user's build to that user", async () => {
    const other = await makeUser(t.app);
    const accepted = await upload(await smallEventZip('Mine'), {}, 'mine.zip', owner.token);

    const [asOwner, asOther, anonymous] = await Promise.all([
      fetch(`${base}/v1/site-builds/${accepted.body.id}`, { headers: { authorization: `Bearer ${owner.token}` } }),
      fetch(`${base}/v1/site-builds/${accepted.body.id}`, { headers: { authorization: `Bearer ${other.token}` } }),
      fetch(`${base}/v1/site-builds/${accepted.body.id}`),
    ]);

    expect([asOwner.status, asOther.status, anonymous.status]).toEqual([200, 404, 404]);
  });
});
