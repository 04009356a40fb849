// Per-requester limits of the site-build service: an upload over SITEGEN_MAX_UPLOAD_MB is a 413 and leaves no
// file behind; a requester with SITEGEN_MAX_WAITING builds waiting gets a 429 until one of them has ended.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { smallEventZip, syntheticEventZip } from '../support/site-zips.js';

let t: TestApp;
let base: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-site-limits-'));
  t = await makeTestApp({ dataDir, sitegenMaxUploadMegabytes: 1, sitegenMaxWaiting: 2 }, { withQueue: true });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function upload(zip: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(zip)], { type: 'application/zip' }), 'event.zip');
  const response = await fetch(`${base}/v1/site-builds`, { method: 'POST', body: form });
  return { status: response.status, body: (await response.json()) as any };
}

it('refuses an upload over the size limit with a 413 naming the limit, and keeps nothing of it', async () => {
  const big = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(1024 * 1024 + 10, 1)]);

  const response = await upload(big);

  expect([response.status, response.body.errors[0].code, response.body.errors[0].detail, response.body.errors[0].source]).toEqual([
    413,
    'site-build.upload_too_large',
    'The zip is larger than 1 MB, the most this server accepts',
    { pointer: '/file' },
  ]);
  expect(fs.existsSync(path.join(dataDir, 'site-builds')) ? fs.readdirSync(path.join(dataDir, 'site-builds')) : []).toEqual([]);
});

it('answers 429 to a requester with the most waiting builds allowed, and takes a new one once the queue moved', async () => {
  const running = await upload(await syntheticEventZip('Large', 600));
  const deadline = Date.now() + 60_000;
  while (((await (await fetch(`${base}/v1/site-builds/${running.body.id}`)).json()) as any).state === 'WAITING' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const small = await smallEventZip('Limit');

  const waiting = [await upload(small), await upload(small)];
  const refused = await upload(small);
  for (const build of [running, ...waiting]) {
    while (!['SUCCESS', 'FAILURE'].includes(((await (await fetch(`${base}/v1/site-builds/${build.body.id}`)).json()) as any).state)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const later = await upload(small);

  expect(waiting.map((w) => w.status)).toEqual([202, 202]);
  expect([refused.status, refused.body.errors[0].code, refused.body.errors[0].detail]).toEqual([
    429,
    'site-build.too_many_waiting',
    'You already have 2 site builds waiting (at most 2); wait for one to finish or cancel one',
  ]);
  expect(later.status).toEqual(202);
});
