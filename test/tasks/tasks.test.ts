// The task API on the real job queue with test-only exporters: an export answers 202 with the task URL, the
// task goes WAITING → STARTED → SUCCESS and its file downloads with its name; only its starter and admins see
// it; the SSE stream gives the stored events in order and ends with the final state; a poisoned exporter ends
// in FAILURE with its reason after the queue's retries; old files are cleaned up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exporter } from '../../src/exports/exporter.js';
import { findTask, insertTask, updateTaskWithEvent } from '../../src/tasks/task.repo.js';
import { cleanUpTasks, reviveStalledTasks } from '../../src/tasks/task.service.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { parseSse } from '../support/sse.js';
import { Api, grantRole, makeEvent, makeUser, type TestEvent, type TestUser } from '../support/client.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
let gate = deferred();

/** Writes a small text file; waits at 50 % until the test opens the gate, so STARTED can be observed. */
const gatedExporter: Exporter = {
  id: 'test.txt',
  label: 'Test',
  contentType: 'text/plain; charset=utf-8',
  extension: 'txt',
  route: 'test/txt',
  async write(ctx) {
    ctx.progress(10, 'Reading');
    ctx.out.write(`event ${ctx.event.identifier}\n`);
    ctx.progress(50, 'Writing');
    await gate.promise;
    ctx.out.write(`status=${ctx.params.status ?? 'all'}\n`);
  },
};

const poisonedExporter: Exporter = {
  id: 'poison.txt',
  label: 'Poisoned',
  contentType: 'text/plain',
  extension: 'txt',
  route: 'poison/txt',
  async write() {
    throw new Error('the fixture is broken');
  },
};

let t: TestApp;
let dataDir: string;
let api: Api;
let owner: TestUser;
let other: TestUser;
let admin: TestUser;
let event: TestEvent;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await sleep(50);
  }
}

const taskOf = (user: TestUser, id: string) => api.as(user).get(`/v1/tasks/${id}`);

function streamEvents(user: TestUser, id: string, lastEventId?: number) {
  return t.app.inject({
    method: 'GET',
    url: `/v1/tasks/${id}/events`,
    headers: { authorization: `Bearer ${user.token}`, ...(lastEventId ? { 'last-event-id': String(lastEventId) } : {}) },
  });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-tasks-'));
  t = await makeTestApp({ dataDir }, { withQueue: true, exporters: [gatedExporter, poisonedExporter] });
  api = new Api(t.app);
  [owner, other, admin] = await Promise.all([makeUser(t.app), makeUser(t.app), makeUser(t.app, { admin: true })]);
  event = await makeEvent(t.app, owner);
});

afterAll(async () => {
  gate.resolve();
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('export tasks', () => {
  let taskId: string;
  let fileName: string;

  it('answers 202 with the task URL and a Location header, then runs WAITING → STARTED → SUCCESS', async () => {
    gate = deferred();

    const started = await api.as(owner).request('POST', `/v1/events/${event.identifier}/export/test/txt`, { status: 'accepted' }, { 'content-type': 'application/json' });

    expect(started.status).toEqual(202);
    taskId = started.body.task_url.split('/').pop();
    expect(started.body).toEqual({ task_url: `/v1/tasks/${taskId}` });
    expect(started.headers.location).toEqual(`/v1/tasks/${taskId}`);
    const stored = await findTask(t.database.db, taskId);
    expect({ exporterId: stored!.exporterId, userId: stored!.userId, params: stored!.params }).toEqual({
      exporterId: 'test.txt',
      userId: owner.id,
      params: { status: 'accepted' },
    });

    const running = await waitFor(() => taskOf(owner, taskId), (r) => r.body.progress?.percent === 50, 'progress 50');
    expect(running.body).toEqual({ state: 'STARTED', progress: { percent: 50, step: 'Writing' }, result: null });

    const live = streamEvents(owner, taskId);
    gate.resolve();
    const done = await waitFor(() => taskOf(owner, taskId), (r) => r.body.state !== 'STARTED', 'the task to finish');
    expect(done.body).toEqual({
      state: 'SUCCESS',
      progress: { percent: 100, step: 'Done' },
      result: { download_url: `/v1/tasks/${taskId}/download` },
    });

    const stream = await live;
    expect(stream.statusCode).toEqual(200);
    expect(stream.headers['content-type']).toEqual('text/event-stream; charset=utf-8');
    expect(parseSse(stream.body)).toEqual([
      { id: 1, event: 'state', data: { state: 'WAITING' } },
      { id: 2, event: 'state', data: { state: 'STARTED', attempt: 1 } },
      { id: 3, event: 'progress', data: { percent: 10, step: 'Reading' } },
      { id: 4, event: 'progress', data: { percent: 50, step: 'Writing' } },
      { id: 5, event: 'state', data: { state: 'SUCCESS', result: { download_url: `/v1/tasks/${taskId}/download` } } },
    ]);
  });

  it('downloads the file with its name in Content-Disposition', async () => {
    fileName = `${event.identifier}-test.txt`;

    const response = await t.app.inject({ method: 'GET', url: `/v1/tasks/${taskId}/download`, headers: { authorization: `Bearer ${owner.token}` } });

    expect({ status: response.statusCode, type: response.headers['content-type'], disposition: response.headers['content-disposition'], body: response.body }).toEqual({
      status: 200,
      type: 'text/plain; charset=utf-8',
      disposition: `attachment; filename="${fileName}"; filename*=UTF-8''${fileName}`,
      body: `event ${event.identifier}\nstatus=accepted\n`,
    });
  });

  it('resumes the event stream after Last-Event-ID and ends at the final state', async () => {
    const response = await streamEvents(owner, taskId, 3);

    expect(parseSse(response.body).map((message) => message.id)).toEqual([4, 5]);
  });

  it('ends at once a stream resumed after the last event of a finished task', async () => {
    const response = await streamEvents(owner, taskId, 5);

    expect({ status: response.statusCode, events: parseSse(response.body) }).toEqual({ status: 200, events: [] });
  });

  it('hides the task, its file and its stream from another user and from anonymous callers', async () => {
    const responses = await Promise.all([
      taskOf(other, taskId),
      api.as(other).get(`/v1/tasks/${taskId}/download`),
      api.as(other).get(`/v1/tasks/${taskId}/events`),
      api.get(`/v1/tasks/${taskId}`),
      api.get(`/v1/tasks/${taskId}/download`),
    ]);

    expect(responses.map((r) => [r.status, r.body.errors?.[0]?.code])).toEqual(Array(5).fill([404, 'task.not_found']));
  });

  it('takes the token as ?access_token= on the stream and the download only (EventSource cannot send headers)', async () => {
    const query = `access_token=${encodeURIComponent(owner.token)}`;

    const [stream, download, status, wrong] = await Promise.all([
      api.get(`/v1/tasks/${taskId}/events?${query}`),
      api.get(`/v1/tasks/${taskId}/download?${query}`),
      api.get(`/v1/tasks/${taskId}?${query}`),
      api.get(`/v1/tasks/${taskId}/events?access_token=not-a-token`),
    ]);

    expect(parseSse(stream.body as string).map((message) => message.id)).toEqual([1, 2, 3, 4, 5]);
    expect([download.status, download.body]).toEqual([200, `event ${event.identifier}\nstatus=accepted\n`]);
    expect([status.status, status.body.errors[0].code]).toEqual([404, 'task.not_found']);
    expect([wrong.status, wrong.body.errors[0].code]).toEqual([401, 'auth.invalid_token']);
  });

  it('shows the task and its file to an admin', async () => {
    const [status, download] = await Promise.all([taskOf(admin, taskId), api.as(admin).get(`/v1/tasks/${taskId}/download`)]);

    expect([status.status, status.body.state, download.status]).toEqual([200, 'SUCCESS', 200]);
  });

  it('lets only coorganizers and up start an export: 403 for a registrar, 404 on a draft event for a stranger', async () => {
    const registrar = await makeUser(t.app);
    await grantRole(t.app, event, owner, registrar, 'registrar');
    const draft = await makeEvent(t.app, owner, { state: 'draft' });

    const [forRegistrar, forStranger, anonymous] = await Promise.all([
      api.as(registrar).get(`/v1/events/${event.id}/export/test/txt`),
      api.as(other).get(`/v1/events/${draft.identifier}/export/test/txt`),
      api.get(`/v1/events/${event.id}/export/test/txt`),
    ]);

    expect([forRegistrar, forStranger, anonymous].map((r) => [r.status, r.body.errors[0].code])).toEqual([
      [403, 'forbidden'],
      [404, 'event.not_found'],
      [401, 'auth.required'],
    ]);
  });

  it('ends a poisoned export in FAILURE with its reason and code after the retries', async () => {
    const coorganizer = await makeUser(t.app);
    await grantRole(t.app, event, owner, coorganizer, 'coorganizer');

    const started = await api.as(coorganizer).get(`/v1/events/${event.id}/export/poison/txt`);
    const id = started.body.task_url.split('/').pop();
    const stream = await streamEvents(coorganizer, id);

    const message = `Poisoned export failed: the fixture is broken. Try again; if it keeps failing, report task ${id} to the administrators`;
    const error = { code: 'export.failed', detail: message };
    expect(parseSse(stream.body).map((m) => m.data)).toEqual([
      { state: 'WAITING' },
      { state: 'STARTED', attempt: 1 },
      { state: 'WAITING', attempt: 1, error },
      { state: 'STARTED', attempt: 2 },
      { state: 'WAITING', attempt: 2, error },
      { state: 'STARTED', attempt: 3 },
      { state: 'FAILURE', result: message, error },
    ]);
    const status = await taskOf(coorganizer, id);
    expect(status.body).toEqual({ state: 'FAILURE', progress: { percent: 0, step: 'Failed' }, result: message, error });
    const download = await api.as(coorganizer).get(`/v1/tasks/${id}/download`);
    expect([download.status, download.body.errors[0].code]).toEqual([409, 'task.failed']);
  });

  it('keeps a file for the retention period, then removes it', async () => {
    const finishedAt = (await findTask(t.database.db, taskId))!.finishedAt!;
    const file = path.join(dataDir, 'exports', taskId, fileName);
    const day = 86_400_000;

    const early = await cleanUpTasks(t.database.db, dataDir, 7, new Date(finishedAt.getTime() + 6 * day));
    const existsEarly = fs.existsSync(file);
    const late = await cleanUpTasks(t.database.db, dataDir, 7, new Date(finishedAt.getTime() + 8 * day));

    expect({ early, existsEarly, late, existsLate: fs.existsSync(path.dirname(file)) }).toEqual({
      early: { removed: 0, lost: 0 },
      existsEarly: true,
      late: { removed: 1, lost: 0 },
      existsLate: false,
    });
    const download = await api.as(owner).get(`/v1/tasks/${taskId}/download`);
    expect([download.status, download.body.errors[0].code]).toEqual([410, 'export.expired']);
  });

  it('queues a task whose worker stopped again, keeps the old attempt from finishing it, and ends in SUCCESS on attempt 2', async () => {
    gate = deferred();
    const started = await api.as(owner).post(`/v1/events/${event.identifier}/export/test/txt`, undefined);
    const id = started.body.task_url.split('/').pop();
    await waitFor(() => taskOf(owner, id), (r) => r.body.progress?.percent === 50, 'attempt 1 at 50 %');

    // As if attempt 1's process had died: the sweeper with a zero stall time takes every STARTED task.
    const revived = await reviveStalledTasks(t.database.db, t.queue!, 0);
    const waiting = await taskOf(owner, id);
    gate.resolve();
    const done = await waitFor(() => taskOf(owner, id), (r) => r.body.state === 'SUCCESS', 'attempt 2 to finish');

    expect(revived).toEqual({ retried: 1, failed: 0 });
    expect(waiting.body.state).toEqual('WAITING');
    const stored = await findTask(t.database.db, id);
    expect({ state: done.body.state, attempts: stored!.attempts }).toEqual({ state: 'SUCCESS', attempts: 2 });
    const events = parseSse((await streamEvents(owner, id)).body).map((message) => [message.event, message.data.state ?? message.data.percent, message.data.attempt]);
    expect(events).toEqual([
      ['state', 'WAITING', undefined],
      ['state', 'STARTED', 1],
      ['progress', 10, undefined],
      ['progress', 50, undefined],
      ['state', 'WAITING', 1],
      ['state', 'STARTED', 2],
      ['progress', 10, undefined],
      ['progress', 50, undefined],
      ['state', 'SUCCESS', undefined],
    ]);
  });

  it('fails a task whose job was lost (still STARTED an hour after its last attempt began)', async () => {
    const lostId = crypto.randomUUID();
    await insertTask(t.database.db, { id: lostId, exporterId: 'test.txt', eventId: Number(event.id), userId: owner.id });
    const startedAt = new Date(Date.now() - 2 * 3_600_000);
    await updateTaskWithEvent(t.database.db, lostId, { state: 'STARTED', startedAt, attempts: 3 }, { type: 'state', data: { state: 'STARTED', attempt: 3 } });

    const result = await cleanUpTasks(t.database.db, dataDir, 7);

    const status = await taskOf(owner, lostId);
    expect({ result, state: status.body.state, code: status.body.error.code }).toEqual({
      result: { removed: 0, lost: 1 },
      state: 'FAILURE',
      code: 'task.lost',
    });
  });
});
