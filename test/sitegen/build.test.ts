// buildSite and buildSiteInWorker: deterministic output (same bytes apart from the build id), output-folder
// safety, the zip's contents, progress and log reporting, and the worker's time limit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_MARKER, buildSite, buildSiteInWorker, resolveInside } from '../../src/sitegen/build.js';
import type { BuildLogEntry } from '../../src/sitegen/model.js';
import { readZip } from '../support/zip.js';
import { makeModel, makeSession, makeSpeaker } from './factories.js';

const SAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/samples/FOSSASIASummit2017');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-build-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const dir = (name: string) => path.join(tmp, name);

function listFiles(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)))
    .sort();
}

describe('buildSite', () => {
  it('gives the same bytes for the same input, apart from the build id', async () => {
    const a = await buildSite({ source: { kind: 'path', path: SAMPLE }, outDir: dir('a'), zipPath: dir('a.zip'), buildId: 'one' });
    const b = await buildSite({ source: { kind: 'path', path: SAMPLE }, outDir: dir('b'), zipPath: dir('b.zip'), buildId: 'two' });
    await buildSite({ source: { kind: 'path', path: SAMPLE }, outDir: dir('c'), zipPath: dir('c.zip'), buildId: 'one' });

    const files = listFiles(dir('a'));
    expect(listFiles(dir('b'))).toEqual(files);
    const differing = files.filter((f) => !fs.readFileSync(path.join(dir('a'), f)).equals(fs.readFileSync(path.join(dir('b'), f))));
    expect(differing).toEqual([BUILD_MARKER]);
    expect(JSON.parse(fs.readFileSync(path.join(dir('b'), BUILD_MARKER), 'utf8'))).toEqual({ generator: 'convene-sitegen', buildId: 'two' });
    expect(fs.readFileSync(dir('a.zip')).equals(fs.readFileSync(dir('c.zip')))).toEqual(true);
    expect([a.files, a.bytes]).toEqual([b.files, b.bytes]);
  });

  it('zips every file of the site in sorted order with one fixed time', async () => {
    const entries = await readZip(dir('a.zip'));

    expect(entries.map((e) => e.name)).toEqual(listFiles(dir('a')));
    expect(new Set(entries.map((e) => e.mtime)).size).toEqual(1);
    expect(entries.find((e) => e.name === 'schedule.html')!.data.equals(fs.readFileSync(path.join(dir('a'), 'schedule.html')))).toEqual(true);
  });

  it('reports progress from 0 to 100 and the log to the callbacks', async () => {
    const progress: number[] = [];
    const log: BuildLogEntry[] = [];

    const result = await buildSite({ source: { kind: 'model', model: makeModel() }, outDir: dir('progress'), onProgress: (p) => progress.push(p), onLog: (e) => log.push(e) });

    expect(progress[0]).toEqual(0);
    expect(progress.at(-1)).toEqual(100);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    expect(log).toEqual(result.log);
    expect(log.at(-1)).toEqual({ level: 'info', message: 'Built 17 files (1 sessions over 1 days, 0 speakers, 1 tracks, 1 rooms, 0 sponsors)' });
  });

  it('refuses a non-empty folder that is not a previous build, and leaves it alone', async () => {
    fs.mkdirSync(dir('user'));
    fs.writeFileSync(path.join(dir('user'), 'thesis.txt'), 'precious');

    await expect(buildSite({ source: { kind: 'model', model: makeModel() }, outDir: dir('user') })).rejects.toMatchObject({ code: 'build.out_dir_not_empty' });
    expect(listFiles(dir('user'))).toEqual(['thesis.txt']);
  });

  it('replaces a previous build in the same folder', async () => {
    await buildSite({ source: { kind: 'model', model: makeModel({ sessions: [makeSession('1'), makeSession('2')] }) }, outDir: dir('again') });

    await buildSite({ source: { kind: 'model', model: makeModel({ sessions: [makeSession('3')] }) }, outDir: dir('again') });

    expect(listFiles(path.join(dir('again'), 'sessions'))).toEqual(['session-3.html']);
  });

  it('writes nothing outside the output folder, whatever the ids and names', async () => {
    const hostile = '../../../../tmp/escape<script>';
    const model = makeModel({ sessions: [makeSession(hostile, { title: hostile, speakerIds: [hostile] })], speakers: [makeSpeaker(hostile, { name: hostile })], tracks: [{ id: 't1', name: hostile, color: null, fontColor: null, description: null }] });
    const before = fs.readdirSync(tmp).sort();

    await buildSite({ source: { kind: 'model', model }, outDir: dir('hostile') });

    expect(fs.readdirSync(tmp).sort()).toEqual([...before, 'hostile'].sort());
    expect(listFiles(dir('hostile')).filter((f) => f.startsWith('sessions/'))).toEqual(['sessions/session-tmp-escape-script.html']);
    expect(() => resolveInside(dir('hostile'), '../x')).toThrow('refused to write "../x": it would land outside the output folder');
    expect(() => resolveInside(dir('hostile'), '/etc/passwd')).toThrow('would land outside the output folder');
  });

  it('fails with the reader\'s message on a missing input', async () => {
    await expect(buildSite({ source: { kind: 'path', path: dir('nothing-here') }, outDir: dir('missing') })).rejects.toThrow(`${dir('nothing-here')}: no such file or folder`);
  });
});

describe('buildSiteInWorker', () => {
  it('builds in a worker thread and forwards progress and log entries', async () => {
    const steps: string[] = [];
    const log: BuildLogEntry[] = [];

    const result = await buildSiteInWorker({ source: { kind: 'path', path: SAMPLE }, outDir: dir('worker'), buildId: 'one', onProgress: (_, step) => steps.push(step), onLog: (e) => log.push(e) }, { timeLimitMs: 120_000 });

    expect(result.counts).toEqual({ sessions: 214, speakers: 184, days: 3, tracks: 22, rooms: 13, sponsors: 17 });
    expect(steps.at(-1)).toEqual('Done');
    expect(log).toEqual(result.log);
    expect(fs.readFileSync(path.join(dir('worker'), 'schedule.html')).equals(fs.readFileSync(path.join(dir('a'), 'schedule.html')))).toEqual(true);
  });

  it('stops a build that exceeds its time limit with a build.timeout error', async () => {
    const log: BuildLogEntry[] = [];

    const error = await buildSiteInWorker({ source: { kind: 'path', path: SAMPLE }, outDir: dir('slow'), onLog: (e) => log.push(e) }, { timeLimitMs: 5 }).catch((e: unknown) => e);

    expect(error).toMatchObject({ name: 'SiteInputError', code: 'build.timeout', message: 'the build did not finish within the time limit of 5 ms and was stopped' });
    expect(log.at(-1)).toEqual({ level: 'error', message: 'build.timeout: the build did not finish within 5 ms and was stopped' });
  });

  it('passes a build error through with its code', async () => {
    fs.mkdirSync(dir('taken'));
    fs.writeFileSync(path.join(dir('taken'), 'notes.md'), 'mine');

    await expect(buildSiteInWorker({ source: { kind: 'path', path: SAMPLE }, outDir: dir('taken') }, { timeLimitMs: 120_000 })).rejects.toMatchObject({ name: 'SiteInputError', code: 'build.out_dir_not_empty' });
  });

  it('builds again, the same bytes, in the worker it keeps after a finished, a failed and a stopped build', async () => {
    const model = makeModel({ sessions: [makeSession('s1', { speakerIds: ['p1'] })], speakers: [makeSpeaker('p1')] });
    const run = (name: string, limit = 120_000) => buildSiteInWorker({ source: { kind: 'model', model }, outDir: dir(name), buildId: name }, { timeLimitMs: limit });

    const first = await run('kept-1');
    const failed = await buildSiteInWorker({ source: { kind: 'path', path: path.join(tmp, 'no-such-input') }, outDir: dir('kept-fail') }, { timeLimitMs: 120_000 }).catch((e: unknown) => e);
    const second = await run('kept-2');
    const stopped = await buildSiteInWorker({ source: { kind: 'path', path: SAMPLE }, outDir: dir('kept-slow') }, { timeLimitMs: 5 }).catch((e: unknown) => e);
    const third = await run('kept-3');

    expect([first.files, second.files, third.files]).toEqual([first.files, first.files, first.files]);
    expect(failed).toMatchObject({ name: 'SiteInputError' });
    expect(stopped).toMatchObject({ code: 'build.timeout' });
    for (const name of ['kept-2', 'kept-3']) {
      expect(fs.readFileSync(path.join(dir(name), 'schedule.html')).equals(fs.readFileSync(path.join(dir('kept-1'), 'schedule.html')))).toEqual(true);
    }
  });
});
