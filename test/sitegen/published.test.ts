// The generator reads what was published: synthetic exports with one defect each (and one with all of them) build
// into a site, with each defect named in an exact warning. Only a missing or unreadable `event` fails the build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../src/sitegen/build.js';
import { asZipFiles, smallV2 } from './fixtures/events.js';
import { BROKEN_SESSION_TYPES, jsonError, publishedZipFiles } from './fixtures/published.js';
import { zipFiles } from './fixtures/zips.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-published-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let builds = 0;

type Files = Record<string, any>;

async function build(entries: Record<string, string | Buffer>, zipPath?: string) {
  const outDir = path.join(tmp, `site-${++builds}`);
  const result = await buildSite({ source: { kind: 'zip', data: await zipFiles(entries), name: 'published.zip' }, outDir, zipPath, buildId: 'test' });
  return { result, warnings: warningsOf(result), read: (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8') };
}

/** smallV2 with `change` applied, as zip entries (`change` may also replace an entry with raw text). */
function small(change: (files: Files, entries: Record<string, string | Buffer>) => void = () => undefined): Record<string, string | Buffer> {
  const files = smallV2() as Files;
  const entries: Record<string, string | Buffer> = {};
  change(files, entries);
  return { ...asZipFiles(files), ...entries };
}

const warningsOf = (result: BuildResult) => result.log.filter((e) => e.level === 'warning').map((e) => e.message);
const ids = (html: string, attr: string) => [...html.matchAll(new RegExp(`${attr}="([^"]*)"`, 'g'))].map((m) => m[1]);
const hrefs = (html: string) => [...html.matchAll(/ href="(https?:[^"]*|mailto:[^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));


describe('a malformed optional file', () => {
  it('is skipped with a warning when session_types is not valid JSON; the sessions keep their own types', async () => {
    const { result, warnings, read } = await build(small((_, entries) => (entries.session_types = BROKEN_SESSION_TYPES)));

    expect(warnings).toEqual([`session_types: not valid JSON (${jsonError(BROKEN_SESSION_TYPES)}); the file is skipped`]);
    expect(result.counts).toEqual({ sessions: 2, speakers: 2, days: 1, tracks: 1, rooms: 1, sponsors: 1 });
    expect(read('schedule.html')).toContain('<span class="type">Talk</span>');
  });

  it('is skipped with a warning when it is empty or not a list; sessions fill in their tracks', async () => {
    const { result, warnings, read } = await build(small((_, entries) => Object.assign(entries, { tracks: '', sponsors: '{"name": "Acme"}' })));

    expect(warnings).toEqual([
      'tracks: the file is empty; it must hold JSON; the file is skipped',
      'sponsors: not a JSON list of records; the file is skipped',
      'sessions: record 11: field track: track 21 is not in the track list; added from the session',
    ]);
    expect(result.counts).toEqual({ sessions: 2, speakers: 2, days: 1, tracks: 1, rooms: 1, sponsors: 0 });
    expect(read('index.html')).not.toContain('class="sponsors"');
  });

  it('leaves a site without sessions when sessions is not valid JSON', async () => {
    const { result, warnings, read } = await build(small((_, entries) => (entries.sessions = '[{"id": 11,')));

    expect(warnings).toEqual([`sessions: not valid JSON (${jsonError('[{"id": 11,')}); the file is skipped`]);
    expect([result.counts.sessions, result.counts.speakers]).toEqual([0, 0]);
    expect(read('schedule.html')).toContain('<p class="empty">No sessions have been scheduled yet.</p>');
  });
});

describe('the event file', () => {
  it('fails the build when it is missing, not JSON, or lacks a required field', async () => {
    const noEvent = small();
    delete noEvent.event;
    const folder = path.join(tmp, 'no-event');
    fs.mkdirSync(folder);
    for (const [name, content] of Object.entries(noEvent)) if (!name.includes('/')) fs.writeFileSync(path.join(folder, name), content);
    const attempt = async (source: Parameters<typeof buildSite>[0]['source']) =>
      buildSite({ source, outDir: path.join(tmp, `failed-${++builds}`) }).then(() => 'built', (error: Error) => error.message);

    expect(await attempt({ kind: 'zip', data: await zipFiles(noEvent), name: 'x.zip' })).toEqual('x.zip: no `event` file at the root of the zip (nor inside one top-level folder)');
    expect(await attempt({ kind: 'path', path: folder })).toEqual('event: missing: an Open Event input needs an event file at its root');
    expect(await attempt({ kind: 'zip', data: await zipFiles(small((_, entries) => (entries.event = '{"id": 7'))) })).toEqual(`event: not valid JSON (${jsonError('{"id": 7')})`);
    expect(await attempt({ kind: 'zip', data: await zipFiles(small((f) => (f.event.name = ''))) })).toEqual('event: record 7: field name: empty');
  });
});

describe('a bad record', () => {
  it('is skipped with a warning naming the file, record and field, and the build goes on', async () => {
    const { result, warnings, read } = await build(
      small((f) => {
        f.sessions.push(
          { id: 13, 'starts-at': '2030-03-01T11:00:00+08:00', state: 'accepted' },
          { id: 14, title: '', 'starts-at': '2030-03-01T11:00:00+08:00', state: 'accepted' },
          { id: 15, title: '   ', 'starts-at': '2030-03-01T11:00:00+08:00', state: 'accepted' },
          { title: 'No id', 'starts-at': '2030-03-01T11:00:00+08:00', state: 'accepted' },
          { id: 16, title: 'Bad start', 'starts-at': 'soon', state: 'accepted' },
          'a string',
        );
        f.speakers.push({ id: 53, name: '' }, { id: 54 });
        f.tracks.push(['Open Tech']);
        f.microlocations.push({ name: 'No id' });
      }),
    );

    expect(warnings).toEqual([
      'tracks: record #2: not a JSON object (a list); the record is skipped',
      'microlocations: record #2: field id: missing; the record is skipped',
      'speakers: record 53: field name: empty; the record is skipped',
      'speakers: record 54: field name: missing; the record is skipped',
      'sessions: record 13: field title: missing; the record is skipped',
      'sessions: record 14: field title: empty; the record is skipped',
      'sessions: record 15: field title: empty; the record is skipped',
      'sessions: record #6: field id: missing; the record is skipped',
      'sessions: record 16: field starts-at: not a date-time ("soon"); the record is skipped',
      'sessions: record #8: not a JSON object ("a string"); the record is skipped',
    ]);
    expect(result.counts).toEqual({ sessions: 2, speakers: 2, days: 1, tracks: 1, rooms: 1, sponsors: 1 });
    expect([ids(read('schedule.html'), 'data-session-id'), ids(read('schedule.html'), 'data-cal-id')]).toEqual([['11', '12'], ['11', '12']]);
  });
});

describe('speakers', () => {
  it("are linked from the speaker's side when the session names a different or misspelt entry", async () => {
    const { warnings, read } = await build(
      small((f) => {
        f.sessions[0].speakers = [{ id: 52, name: 'Bob' }, { id: 510 }];
        // Session 12 names no speakers at all: a link from the speaker's side needs no warning.
        delete f.sessions[1].speakers;
        f.speakers[1].sessions.push({ id: 12 });
      }),
    );

    expect(warnings).toEqual([
      'sessions: record 11: speaker 510 is not in speakers; dropped from the session',
      "speakers: record 51: field sessions: session 11 does not list this speaker; linked from the speaker's side",
    ]);
    const speakers = read('speakers.html');
    expect(ids(speakers, 'data-speaker-id')).toEqual(['51', '52']);
    expect(speakers).toContain('<li><a href="sessions/session-11.html">Talk Hello</a>');
    expect(speakers).toContain('<li><a href="sessions/session-12.html">Break</a>');
    expect(read('sessions/session-11.html')).toContain('<a href="../speakers.html#alice-hello-51">Alice Hello</a>');
  });
});

describe('links', () => {
  it('get https:// when written without a scheme, are repaired around their scheme, and are dropped with a warning otherwise', async () => {
    const { warnings, read } = await build(
      small((f) => {
        f.event['ticket-url'] = 'tickets.example.org/buy?x=1';
        f.event['event-url'] = '//mini.example.org';
        f.event['social-links'] = [{ id: 1, name: 'Facebook', link: 'www.facebook.com/mini' }, { id: 2, name: 'Mastodon', link: '@mini@social.example' }];
        Object.assign(f.speakers[0], { website: 'alice.example.org', twitter: 'http://http://twitter.com/alice', github: 'https:// github.com/alice', linkedin: 'javascript:alert(1)', facebook: 'https://' });
        Object.assign(f.sessions[0], { 'video-url': 'youtu.be/abc', 'slides-url': 'slides', 'signup-url': 'https:/signup.example.org' });
        f.sponsors[0].url = 'acme.example.org';
      }),
    );

    expect(warnings).toEqual([
      'event: record 7: field social-links[1].link: "@mini@social.example" is not a web address; dropped',
      'speakers: record 51: field linkedin: "javascript:alert(1)" is not a web address; dropped',
      'speakers: record 51: field facebook: "https://" is not a web address; dropped',
      'sessions: record 11: field slides-url: "slides" is not a web address; dropped',
    ]);
    const index = read('index.html');
    expect(hrefs(index)).toEqual(expect.arrayContaining(['https://tickets.example.org/buy?x=1', 'https://mini.example.org', 'https://www.facebook.com/mini', 'https://acme.example.org']));
    expect(index).not.toContain('Mastodon');
    const alice = read('speakers.html').split('data-speaker-id="51"')[1].split('</article>')[0];
    expect(hrefs(alice)).toEqual(['https://alice.example.org', 'http://twitter.com/alice', 'https://github.com/alice']);
    expect(hrefs(read('sessions/session-11.html'))).toEqual(expect.arrayContaining(['https://youtu.be/abc', 'https://signup.example.org']));
    expect(read('sessions/session-11.html')).not.toContain('>Slides<');
  });
});

describe('images', () => {
  it('are followed by a hidden placeholder: initials for people, the name for sponsors', async () => {
    const { read } = await build(small());

    expect(read('speakers.html')).toContain(
      '<img class="avatar" src="images/speakers/alice.jpg" alt="Photo of Alice Hello" width="96" height="96" loading="lazy" decoding="async"><span class="avatar avatar-initials" aria-hidden="true" style="width:96px;height:96px" data-img-fallback hidden>AH</span>',
    );
    expect(read('index.html')).toContain('<img src="images/sponsors/acme.png" alt="Acme Hello" loading="lazy"><span class="sponsor-name" data-img-fallback hidden>Acme Hello</span>');
  });
});

describe('the published fixture with every defect at once', () => {
  it('builds, naming each defect, and gives the same bytes again', async () => {
    const first = await build(publishedZipFiles(), path.join(tmp, 'published-1.zip'));
    const second = await build(publishedZipFiles(), path.join(tmp, 'published-2.zip'));

    expect(first.warnings).toEqual([
      `session_types: not valid JSON (${jsonError(BROKEN_SESSION_TYPES)}); the file is skipped`,
      'event: record 7: field social-links[1].link: "our blog" is not a web address; dropped',
      'tracks: record #2: not a JSON object ("Open Tech"); the record is skipped',
      'speakers: record 51: field github: "@alice" is not a web address; dropped',
      'speakers: record 54: field name: empty; the record is skipped',
      'sessions: record 11: speaker 510 is not in speakers; dropped from the session',
      'sessions: record 11: field slides-url: "javascript:alert(1)" is not a web address; dropped',
      'sessions: record 13: field title: empty; the record is skipped',
      "speakers: record 51: field sessions: session 11 does not list this speaker; linked from the speaker's side",
    ]);
    expect(first.result.counts).toEqual({ sessions: 3, speakers: 3, days: 2, tracks: 1, rooms: 1, sponsors: 2 });
    expect(fs.readFileSync(path.join(tmp, 'published-1.zip')).equals(fs.readFileSync(path.join(tmp, 'published-2.zip')))).toEqual(true);
    expect(second.warnings).toEqual(first.warnings);
  });
});
