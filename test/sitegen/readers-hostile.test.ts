// Hostile and broken inputs: zip bombs (total size and ratio), entry names that escape the root, symlinks (in a
// zip and in a folder), non-zips, empty files, a 50 MB JSON, cancellation, and a misbehaving HTTP server. Each ends
// in the right SiteInputError code with a clear message, and nothing is written anywhere.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuildLog, SiteInputError } from '../../src/sitegen/model.js';
import { defaultInputLimits, readSiteInput, type InputLimits, type SiteSource } from '../../src/sitegen/readers/index.js';
import { asZipFiles, smallV2 } from './fixtures/events.js';
import { jsonError } from './fixtures/published.js';
import { rawZip, zipBuffer, zipFiles } from './fixtures/zips.js';

const MiB = 1024 * 1024;
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-hostile-'));
const listing = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();
let before: { cwd: string[]; temp: string[] };

beforeAll(() => {
  before = { cwd: fs.readdirSync(process.cwd()).sort(), temp: listing(temp) };
});
afterAll(() => {
  // Nothing was extracted: neither the working directory nor the temp dir (nor its parent) gained a file.
  expect(fs.readdirSync(process.cwd()).sort().filter((name) => !before.cwd.includes(name) && /evil|passwd/.test(name))).toEqual([]);
  expect(fs.existsSync(path.join(temp, '..', 'evil'))).toEqual(false);
  expect(fs.existsSync(path.join(process.cwd(), '..', 'evil'))).toEqual(false);
  fs.rmSync(temp, { recursive: true, force: true });
});

async function readError(source: SiteSource, limits?: Partial<InputLimits>, signal?: AbortSignal): Promise<SiteInputError> {
  const error = await readSiteInput(source, { log: createBuildLog(), limits, signal }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SiteInputError);
  return error as SiteInputError;
}

const valid = () => asZipFiles(smallV2());

function zeros(bytes: number): Readable {
  const chunk = Buffer.alloc(MiB);
  let left = bytes;
  return new Readable({
    read() {
      if (left <= 0) return this.push(null);
      const size = Math.min(left, chunk.length);
      left -= size;
      this.push(size === chunk.length ? chunk : chunk.subarray(0, size));
    },
  });
}

describe('zip bombs', () => {
  let bomb: Buffer;
  beforeAll(async () => {
    // 200 MB of zeros deflated to about 200 KB, streamed into the zip.
    bomb = await zipBuffer((zip) => {
      for (const [name, content] of Object.entries(valid())) if (name !== 'sessions') zip.addBuffer(Buffer.from(content), name);
      zip.addReadStream(zeros(200 * 1000 * 1000), 'sessions');
    });
  });

  it('is small compressed', () => {
    expect(bomb.length).toBeLessThan(1 * MiB);
  });

  it('is refused by the compression ratio limit before inflating', async () => {
    const error = await readError({ kind: 'zip', data: bomb, name: 'bomb.zip' }, { maxJsonFileBytes: 1024 * MiB, maxTotalBytes: 1024 * MiB });

    expect(error.code).toEqual('input.zip_bomb');
    expect(error.message).toMatch(/^sessions: compressed \d+:1, more than the limit of 200:1 \(a zip bomb\?\)$/);
  });

  it('is refused by the total uncompressed size limit', async () => {
    const error = await readError({ kind: 'zip', data: bomb }, { maxJsonFileBytes: 1024 * MiB, maxTotalBytes: 100 * MiB, maxCompressionRatio: 1e9 });

    expect([error.code, error.message]).toEqual(['input.too_large', "sessions: the zip's files add up to more than the limit of 100 MiB uncompressed"]);
  });

  it('is refused by the per-file limit with the default limits', async () => {
    const error = await readError({ kind: 'zip', data: bomb });

    expect([error.code, error.message]).toEqual(['input.too_large', 'sessions: 190.7 MiB uncompressed, more than the limit of 32 MiB for one file']);
  });

  it('is refused while inflating when its header lies about the size', async () => {
    const entries = Object.entries(valid()).filter(([n]) => n !== 'sessions').map(([n, content]) => ({ name: n, data: Buffer.from(content) }));
    const liar = rawZip([...entries, { name: 'sessions', data: Buffer.alloc(20 * MiB), declaredSize: 1000 }]);

    const error = await readError({ kind: 'zip', data: liar });

    expect(error.code).toEqual('input.broken_zip');
    expect(error.message).toMatch(/^sessions: broken entry \(too many bytes in the stream\. expected 1000\. got at least \d+\)$/);
  });
});

describe('unsafe entries', () => {
  const cases: [string, string, string][] = [
    ['../evil', 'input.unsafe_path', 'entry "../evil": a \'..\' path segment; the zip is refused'],
    ['images/../../evil', 'input.unsafe_path', 'entry "images/../../evil": a \'..\' path segment; the zip is refused'],
    ['/etc/passwd', 'input.unsafe_path', 'entry "/etc/passwd": an absolute path; the zip is refused'],
    ['C:/Windows/evil', 'input.unsafe_path', 'entry "C:/Windows/evil": a drive letter; the zip is refused'],
    ['images\\..\\..\\evil', 'input.unsafe_path', 'entry "images\\\\..\\\\..\\\\evil": a backslash in the name; the zip is refused'],
  ];
  it.each(cases)('refuses an entry named %s', async (name, code, message) => {
    const entries = Object.entries(valid()).map(([n, content]) => ({ name: n, data: Buffer.from(content) }));

    const error = await readError({ kind: 'zip', data: rawZip([...entries, { name, data: Buffer.from('pwned') }]) });

    expect([error.code, error.message]).toEqual([code, `${name}: ${message}`]);
  });

  it('refuses a symlink entry', async () => {
    const entries = Object.entries(valid()).map(([n, content]) => ({ name: n, data: Buffer.from(content) }));

    const error = await readError({ kind: 'zip', data: rawZip([...entries, { name: 'images/link.png', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]) });

    expect([error.code, error.message]).toEqual(['input.symlink', 'images/link.png: entry "images/link.png" is a symbolic link; the zip is refused']);
  });

  it('reads the hand-written zip when its names are safe', async () => {
    const entries = Object.entries(valid()).map(([n, content]) => ({ name: n, data: Buffer.from(content) }));

    const { model, assets } = await readSiteInput({ kind: 'zip', data: rawZip(entries) }, { log: createBuildLog() });

    expect([model.format, model.sessions.length, assets.list().length]).toEqual(['v2', 2, 5]);
  });
});

describe('not a usable zip', () => {
  it('refuses a file that is not a zip', async () => {
    const file = path.join(temp, 'notes.zip');
    fs.writeFileSync(file, 'this is not a zip file at all, just some text');

    const error = await readError({ kind: 'path', path: file });

    expect(error.code).toEqual('input.not_zip');
    expect(error.message).toMatch(new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}: not a zip file \\(`));
  });

  it('refuses an empty file, on disk and in memory', async () => {
    const file = path.join(temp, 'empty.zip');
    fs.writeFileSync(file, '');

    expect(await readError({ kind: 'path', path: file })).toMatchObject({ code: 'input.empty', message: `${file}: the file is empty; expected a zip` });
    expect(await readError({ kind: 'zip', data: Buffer.alloc(0), name: 'up.zip' })).toMatchObject({ code: 'input.empty', message: 'up.zip: the file is empty; expected a zip' });
  });

  it('refuses a zip without an event file', async () => {
    const error = await readError({ kind: 'zip', data: await zipFiles({ 'readme.txt': 'hi', 'a/event': '{}', 'b/sessions': '[]' }), name: 'x.zip' });

    expect([error.code, error.message]).toEqual(['input.missing_file', 'x.zip: no `event` file at the root of the zip (nor inside one top-level folder)']);
  });

  it('refuses a zip larger than the compressed limit', async () => {
    const error = await readError({ kind: 'zip', data: await zipFiles(valid()), name: 'x.zip' }, { maxZipBytes: 100 });

    expect(error.code).toEqual('input.too_large');
    expect(error.message).toMatch(/^x\.zip: the zip is [\d.]+ KiB, more than the limit of 100 bytes$/);
  });

  it('refuses a zip with more entries than the limit', async () => {
    const error = await readError({ kind: 'zip', data: await zipFiles(valid()), name: 'x.zip' }, { maxEntries: 5 });

    expect([error.code, error.message]).toEqual(['input.too_many_entries', 'x.zip: the zip has 11 entries, more than the limit of 5']);
  });
});

describe('a 50 MB JSON file', () => {
  const big = Buffer.alloc(50 * 1000 * 1000, ' ');
  big.write('[', 0);
  big.write(']', big.length - 1);

  it('is refused in a zip, naming the file and the limit', async () => {
    const data = await zipBuffer((zip) => {
      for (const [name, content] of Object.entries(valid())) if (name !== 'sessions') zip.addBuffer(Buffer.from(content), name);
      zip.addBuffer(big, 'sessions', { compress: false });
    });

    const error = await readError({ kind: 'zip', data });

    expect([error.code, error.message]).toEqual(['input.too_large', 'sessions: 47.7 MiB uncompressed, more than the limit of 32 MiB for one file']);
  });

  it('is refused in a folder, naming the file and the limit', async () => {
    const dir = path.join(temp, 'big');
    fs.mkdirSync(dir);
    for (const [name, content] of Object.entries(valid())) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    fs.writeFileSync(path.join(dir, 'sessions'), big);

    const error = await readError({ kind: 'path', path: dir });

    expect([error.code, error.message]).toEqual(['input.too_large', 'sessions: 47.7 MiB, more than the limit of 32 MiB for one file']);
  });
});

describe('symlinks in a folder', () => {
  it('are not followed: a linked asset or data file is skipped with a warning, a linked event counts as missing', async () => {
    const dir = path.join(temp, 'links');
    const outside = path.join(temp, 'outside-secret');
    fs.writeFileSync(outside, 'secret');
    for (const [name, content] of Object.entries(valid())) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    fs.symlinkSync(outside, path.join(dir, 'images', 'secret.png'));
    fs.symlinkSync(path.join(temp, 'outside-dir'), path.join(dir, 'audio', 'more'));

    const log = createBuildLog();
    const { assets } = await readSiteInput({ kind: 'path', path: dir }, { log });

    expect(assets.list()).toEqual(Object.keys(valid()).filter((n) => n.includes('/')).sort());
    expect(log.entries.filter((e) => e.level === 'warning').map((e) => e.message).sort()).toEqual(['audio/more: a symbolic link; not followed', 'images/secret.png: a symbolic link; not followed']);

    fs.renameSync(path.join(dir, 'speakers'), path.join(temp, 'speakers-elsewhere'));
    fs.symlinkSync(path.join(temp, 'speakers-elsewhere'), path.join(dir, 'speakers'));
    const linkedLog = createBuildLog();
    const linked = await readSiteInput({ kind: 'path', path: dir }, { log: linkedLog });
    expect(linked.model.speakers.map((s) => s.id)).toEqual(['52', '51']);
    // Folder entries come in the file system's order: compare sorted.
    expect(linkedLog.entries.filter((e) => e.level === 'warning').map((e) => e.message).sort()).toEqual([
      'audio/more: a symbolic link; not followed',
      'images/secret.png: a symbolic link; not followed',
      'speakers: a symbolic link; not followed',
      "sessions: record 11: speaker 52 is not in speakers; added from the session's embedded speaker",
      "sessions: record 11: speaker 51 is not in speakers; added from the session's embedded speaker",
    ].sort());

    fs.renameSync(path.join(dir, 'event'), path.join(temp, 'event-elsewhere'));
    fs.symlinkSync(path.join(temp, 'event-elsewhere'), path.join(dir, 'event'));
    const error = await readError({ kind: 'path', path: dir });
    expect([error.code, error.location.file]).toEqual(['input.missing_file', 'event']);
  });
});

describe('cancellation', () => {
  it('stops at once when the signal is already aborted', async () => {
    const error = await readError({ kind: 'zip', data: await zipFiles(valid()) }, undefined, AbortSignal.abort());

    expect(error.code).toEqual('input.aborted');
  });
});

describe('a misbehaving HTTP server', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = req.url ?? '';
      if (url.startsWith('/missing')) return res.writeHead(404, { 'content-type': 'application/vnd.api+json' }).end('{"errors":[]}');
      if (url.startsWith('/html')) return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>');
      if (url.startsWith('/huge')) {
        res.writeHead(200, { 'content-type': 'application/vnd.api+json' });
        zeros(40 * MiB).pipe(res);
        return;
      }
      if (url.startsWith('/slow')) return void setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":null}'), 5_000).unref();
      if (url.startsWith('/broken')) return res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": [');
      if (url.startsWith('/partial')) {
        // The event and its sessions are served; the other lists fail in each way a list can.
        const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/vnd.api+json' }).end(JSON.stringify(body));
        const list = url.split('?')[0].split('/').pop();
        if (list === '1') return json({ data: { type: 'event', id: '1', attributes: { name: 'Partial', 'starts-at': '2030-03-01T09:00:00Z', 'ends-at': '2030-03-01T18:00:00Z', timezone: 'UTC' } } });
        if (list === 'sessions') return json({ data: [{ type: 'session', id: '5', attributes: { title: 'Kept', 'starts-at': '2030-03-01T10:00:00Z', state: 'accepted' } }, 'junk'] });
        if (list === 'speakers') return res.writeHead(500, { 'content-type': 'application/vnd.api+json' }).end('{"errors":[]}');
        if (list === 'tracks') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>');
        if (list === 'microlocations') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": [');
        if (list === 'sponsors') return json({ data: { type: 'sponsor', id: '1' } });
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('refuses a status other than 200, naming the URL', async () => {
    const error = await readError({ kind: 'url', url: `${base}/missing/v1/events/1` });

    expect([error.code, error.message]).toEqual(['input.http_status', `${base}/missing/v1/events/1?include=social-links,event-copyright: HTTP 404 Not Found; expected 200`]);
  });

  it('refuses a body that is not JSON', async () => {
    const error = await readError({ kind: 'url', url: `${base}/html/v1/events/1` });

    expect([error.code, error.message]).toEqual(['input.http_content_type', `${base}/html/v1/events/1?include=social-links,event-copyright: the server answered "text/html", not JSON`]);
  });

  it('stops reading a response over the size limit', async () => {
    const error = await readError({ kind: 'url', url: `${base}/huge/v1/events/1` });

    expect([error.code, error.message]).toEqual(['input.too_large', `${base}/huge/v1/events/1?include=social-links,event-copyright: the response is larger than the limit of 32 MiB`]);
  });

  it('gives up after the request timeout', async () => {
    const error = await readError({ kind: 'url', url: `${base}/slow/v1/events/1` }, { requestTimeoutMs: 200 });

    expect([error.code, error.message]).toEqual(['input.timeout', `${base}/slow/v1/events/1?include=social-links,event-copyright: no complete answer within 0.2 s`]);
  });

  it('skips a list whose endpoint answers an error or no JSON:API list, with a warning naming the URL', async () => {
    const log = createBuildLog();
    const list = (name: string, query = 'page[size]=0') => `${base}/partial/v1/events/1/${name}?${query}`;

    const { model } = await readSiteInput({ kind: 'url', url: `${base}/partial/v1/events/1` }, { log });

    expect(model.sessions.map((s) => [s.id, s.title])).toEqual([['5', 'Kept']]);
    expect(log.entries.filter((e) => e.level === 'warning').map((e) => e.message)).toEqual([
      `${list('speakers')}: HTTP 500 Internal Server Error; expected 200; the file is skipped`,
      `${list('tracks')}: the server answered "text/html", not JSON; the file is skipped`,
      `${list('microlocations')}: not valid JSON (${jsonError('{"data": [')}); the file is skipped`,
      `${list('sponsors')}: a list was expected (JSON:API data as an array); the file is skipped`,
      'sessions: record #2: not a JSON object ("junk"); the record is skipped',
    ]);
  });

  it('refuses invalid JSON and a server that is not there', async () => {
    expect((await readError({ kind: 'url', url: `${base}/broken/v1/events/1` })).code).toEqual('input.invalid_json');
    expect((await readError({ kind: 'url', url: 'http://127.0.0.1:1/v1/events/1' })).code).toEqual('input.http');
    expect((await readError({ kind: 'url', url: 'file:///etc/passwd' })).code).toEqual('input.bad_url');
  });
});

describe('the default limits', () => {
  it('are the documented numbers', () => {
    expect(defaultInputLimits).toEqual({
      maxZipBytes: 256 * MiB,
      maxEntries: 20_000,
      maxTotalBytes: 512 * MiB,
      maxJsonFileBytes: 32 * MiB,
      maxAssetFileBytes: 64 * MiB,
      maxCompressionRatio: 200,
      ratioMinBytes: 1 * MiB,
      maxResponseBytes: 32 * MiB,
      requestTimeoutMs: 30_000,
      maxPages: 200,
      allowPrivateUrls: true,
    });
  });

  it('refuses a loopback API URL when private addresses are not allowed (as the build service runs it)', async () => {
    const read = readSiteInput({ kind: 'url', url: 'http://127.0.0.1:9/v1/events/1' }, { log: createBuildLog(), limits: { allowPrivateUrls: false } });

    await expect(read).rejects.toMatchObject({ code: 'input.url_not_allowed' });
  });
});
