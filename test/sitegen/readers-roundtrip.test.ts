// One event stored in Convene, read three ways: from the database (readStoredEvent), from Convene's own API over
// HTTP (the URL reader against the running app), and from its Open Event JSON zip export. The three models must be
// equal apart from `format`, and the sites built from the database and from the zip are the same files.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEventByKey } from '../../src/events/event.repo.js';
import { jsonZipExporter } from '../../src/exports/json-zip.exporter.js';
import { BUILD_MARKER, buildSite } from '../../src/sitegen/build.js';
import { createBuildLog, type EventModel } from '../../src/sitegen/model.js';
import { readSiteInput, readStoredEvent } from '../../src/sitegen/readers/index.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, make, makeEvent, makeUser, ref, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let event: TestEvent;
let base: string;
const id: Record<string, string> = {};

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" 'single' </p>`;

beforeAll(async () => {
  // Pages of two (page[size]=0 is capped to it), so the URL reader must follow links.next for every list.
  t = await makeTestApp({ maxPageSize: 2 });
  owner = await makeUser(t.app);
  event = await makeEvent(t.app, owner, {
    name: `Summit <b>2030</b>`,
    'starts-at': '2030-03-01T01:00:00Z',
    'ends-at': '2030-03-02T10:00:00Z',
    timezone: 'Asia/Singapore',
    'location-name': 'Science Centre',
    latitude: 1.333194,
    longitude: 103.736132,
    description: `<p>Welcome</p>${HOSTILE}`,
    'code-of-conduct': '<p>Be kind</p>',
    'owner-name': 'FOSSASIA',
    'owner-description': HOSTILE,
    'external-event-url': 'https://summit.example.org',
    'ticket-url': 'https://tickets.example.org',
    'logo-url': 'https://img.example.org/logo.png',
    'original-image-url': 'https://img.example.org/bg.png',
  });
  const mk = async (key: string, type: string, path: string, attributes: Record<string, unknown>, relationships: Record<string, unknown> = {}) => {
    id[key] = await make(t.app, owner, event, type, path, attributes, relationships);
  };
  await mk('openTech', 'track', 'tracks', { name: 'Open Tech', color: '#ff3737', 'font-color': '#ffffff', description: HOSTILE, position: 2 });
  await mk('breaks', 'track', 'tracks', { name: 'Breaks', color: '#94868c', position: 1 });
  await mk('hall', 'microlocation', 'microlocations', { name: 'Annexe Hall', floor: 0 });
  await mk('lab', 'microlocation', 'microlocations', { name: 'Lab', floor: 3 });
  await mk('talk', 'session-type', 'session-types', { name: 'Talk', length: '00:25' });
  await mk('workshop', 'session-type', 'session-types', { name: 'Workshop', length: '02:00' });
  await mk('ada', 'speaker', 'speakers', {
    name: 'Ada Lovelace', email: 'ada@example.org', mobile: '+65 1234', organisation: 'Analytical', 'short-biography': HOSTILE,
    'long-biography': '<p>Long</p>', position: 'Poet', country: 'UK', city: 'London', website: 'https://ada.example.org',
    twitter: 'https://twitter.com/ada', github: 'https://github.com/ada', linkedin: 'https://linkedin.com/in/ada',
    facebook: 'https://facebook.com/ada', 'photo-url': 'https://img.example.org/ada.jpg', 'is-featured': true,
  });
  await mk('grace', 'speaker', 'speakers', { name: 'Grace Hopper', organisation: 'Navy' });
  await mk('keynote', 'session', 'sessions',
    { title: `Keynote ${HOSTILE}`, subtitle: 'Sub', 'short-abstract': HOSTILE, 'long-abstract': '<p>Long</p>', state: 'accepted',
      'starts-at': '2030-03-01T06:25:00Z', 'ends-at': '2030-03-01T06:50:00Z', comments: 'Needs a mic', language: 'English', level: 'Beginner',
      'slides-url': 'https://slides.example.org/1', 'video-url': 'https://video.example.org/1', 'audio-url': 'https://audio.example.org/1.mp3',
      'signup-url': 'https://signup.example.org/1' },
    { track: ref('track', id.openTech), microlocation: ref('microlocation', id.hall), 'session-type': ref('session-type', id.talk), speakers: [ref('speaker', id.grace), ref('speaker', id.ada)] });
  await mk('coffee', 'session', 'sessions', { title: 'Coffee', state: 'confirmed', 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': '2030-03-01T02:30:00Z' }, { track: ref('track', id.breaks) });
  await mk('roomless', 'session', 'sessions', { title: 'No track, no room', state: 'accepted', 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': '2030-03-01T03:00:00Z' }, { speakers: [ref('speaker', id.ada)] });
  await mk('unscheduled', 'session', 'sessions', { title: 'Unscheduled', state: 'canceled' }, { microlocation: ref('microlocation', id.lab), 'session-type': ref('session-type', id.workshop) });
  await mk('sponsorA', 'sponsor', 'sponsors', { name: 'KI Group', url: 'http://kigroup.de', level: 3, type: 'Gold', description: HOSTILE, 'logo-url': 'https://img.example.org/ki.png', position: 2 });
  await mk('sponsorB', 'sponsor', 'sponsors', { name: 'Acme', level: 1, position: 1 });
  await mk('twitter', 'social-link', 'social-links', { name: 'Twitter', link: 'https://twitter.com/summit' });
  await mk('blog', 'social-link', 'social-links', { name: 'Blog', link: 'https://blog.example.org' });
  await mk('copyright', 'event-copyright', 'event-copyrights', { holder: 'Summit', 'holder-url': 'https://summit.example.org', licence: 'Attribution', 'licence-url': 'https://creativecommons.org/licenses/by/4.0', year: 2030, 'logo-url': 'https://img.example.org/cc.png' });

  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address() as AddressInfo;
  base = `http://127.0.0.1:${address.port}/v1/events/${event.id}`;
});
afterAll(async () => t.close());

async function exportZipBytes(): Promise<Buffer> {
  const row = (await findEventByKey(t.app.ctx.db, event.id))!;
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await jsonZipExporter.write({ db: t.app.ctx.db, event: row, params: {}, progress: () => undefined, out });
  return Buffer.concat(chunks);
}

const withoutFormat = (model: EventModel) => ({ ...model, format: undefined });

async function readThreeWays() {
  const logs = { stored: createBuildLog(), url: createBuildLog(), zip: createBuildLog() };
  const stored = await readStoredEvent(t.app.ctx.db, Number(event.id), logs.stored);
  const url = (await readSiteInput({ kind: 'url', url: base }, { log: logs.url })).model;
  const zip = (await readSiteInput({ kind: 'zip', data: await exportZipBytes(), name: 'event.zip' }, { log: logs.zip })).model;
  return { stored, url, zip, logs };
}

describe('one stored event read from the database, the API and the export zip', () => {
  it('gives three equal models', async () => {
    const firstPage = (await new Api(t.app).get(`/v1/events/${event.id}/sessions?page[size]=0`)).body;
    const { stored, url, zip, logs } = await readThreeWays();

    expect([firstPage.data.length, typeof firstPage.links.next, url.sessions.length]).toEqual([2, 'string', 4]);

    expect([stored.format, url.format, zip.format]).toEqual(['convene', 'jsonapi', 'v2']);
    expect(withoutFormat(url)).toEqual(withoutFormat(stored));
    expect(withoutFormat(zip)).toEqual(withoutFormat(stored));
    expect([logs.stored, logs.url, logs.zip].map((log) => log.entries.filter((e) => e.level !== 'info'))).toEqual([[], [], []]);
  });

  it('maps the stored values into the model exactly, hostile text untouched', async () => {
    const { stored } = await readThreeWays();

    expect(stored.event).toEqual({
      id: event.id,
      name: 'Summit <b>2030</b>',
      description: `<p>Welcome</p>${HOSTILE}`,
      startsAt: '2030-03-01T09:00:00+08:00',
      endsAt: '2030-03-02T18:00:00+08:00',
      timezone: 'Asia/Singapore',
      locationName: 'Science Centre',
      latitude: 1.333194,
      longitude: 103.736132,
      eventUrl: 'https://summit.example.org',
      ticketUrl: 'https://tickets.example.org',
      logoUrl: 'https://img.example.org/logo.png',
      backgroundUrl: 'https://img.example.org/bg.png',
      organizerName: 'FOSSASIA',
      organizerDescription: HOSTILE,
      codeOfConduct: '<p>Be kind</p>',
      email: null,
      socialLinks: [{ name: 'Twitter', url: 'https://twitter.com/summit' }, { name: 'Blog', url: 'https://blog.example.org' }],
      copyright: { holder: 'Summit', holderUrl: 'https://summit.example.org', licence: 'Attribution', licenceUrl: 'https://creativecommons.org/licenses/by/4.0', logoUrl: 'https://img.example.org/cc.png', licenceLongName: null, year: 2030 },
    });
    expect(stored.sessions.map((s) => [s.title, s.startsAt, s.state, s.trackId, s.roomId, s.sessionTypeId, s.speakerIds])).toEqual([
      ['Coffee', '2030-03-01T10:00:00+08:00', 'confirmed', id.breaks, null, null, []],
      ['No track, no room', '2030-03-01T10:00:00+08:00', 'accepted', null, null, null, [id.ada]],
      [`Keynote ${HOSTILE}`, '2030-03-01T14:25:00+08:00', 'accepted', id.openTech, id.hall, id.talk, [id.ada, id.grace]],
      ['Unscheduled', null, 'canceled', null, id.lab, id.workshop, []],
    ]);
    expect(stored.sessions[2]).toMatchObject({ subtitle: 'Sub', shortAbstract: HOSTILE, longAbstract: '<p>Long</p>', language: 'English', level: 'Beginner', slidesUrl: 'https://slides.example.org/1', videoUrl: 'https://video.example.org/1', audioUrl: 'https://audio.example.org/1.mp3', signupUrl: 'https://signup.example.org/1' });
    expect(stored.speakers).toEqual([
      {
        id: id.ada, name: 'Ada Lovelace', photoUrl: 'https://img.example.org/ada.jpg', shortBiography: HOSTILE, longBiography: '<p>Long</p>', organisation: 'Analytical',
        position: 'Poet', country: 'UK', city: 'London', website: 'https://ada.example.org', twitter: 'https://twitter.com/ada', github: 'https://github.com/ada',
        linkedin: 'https://linkedin.com/in/ada', facebook: 'https://facebook.com/ada', featured: true,
      },
      {
        id: id.grace, name: 'Grace Hopper', photoUrl: null, shortBiography: null, longBiography: null, organisation: 'Navy', position: null, country: null,
        city: null, website: null, twitter: null, github: null, linkedin: null, facebook: null, featured: false,
      },
    ]);
    expect(stored.tracks).toEqual([
      { id: id.breaks, name: 'Breaks', color: '#94868c', fontColor: '#000000', description: null },
      { id: id.openTech, name: 'Open Tech', color: '#ff3737', fontColor: '#ffffff', description: HOSTILE },
    ]);
    expect(stored.rooms).toEqual([{ id: id.hall, name: 'Annexe Hall', floor: 0 }, { id: id.lab, name: 'Lab', floor: 3 }]);
    expect(stored.sessionTypes).toEqual([{ id: id.talk, name: 'Talk', length: '00:25' }, { id: id.workshop, name: 'Workshop', length: '02:00' }]);
    expect(stored.sponsors).toEqual([
      { id: id.sponsorB, name: 'Acme', url: null, logoUrl: null, level: '1', type: null, description: null },
      { id: id.sponsorA, name: 'KI Group', url: 'http://kigroup.de', logoUrl: 'https://img.example.org/ki.png', level: '3', type: 'Gold', description: HOSTILE },
    ]);
  });

  it('leaves out what the public may not see from the database and the API, while the organiser export keeps it', async () => {
    const draftOnly = await make(t.app, owner, event, 'speaker', 'speakers', { name: 'Draft Speaker', email: 'draft@example.org' });
    const pending = await make(t.app, owner, event, 'session', 'sessions', { title: 'Pending idea', state: 'pending' }, { speakers: [ref('speaker', draftOnly)] });

    const { stored, url, zip } = await readThreeWays();
    await new Api(t.app, owner.token).delete(`/v1/sessions/${pending}`);
    await new Api(t.app, owner.token).delete(`/v1/speakers/${draftOnly}`);

    expect(withoutFormat(url)).toEqual(withoutFormat(stored));
    expect(stored.sessions.map((s) => s.id)).not.toContain(pending);
    expect(stored.speakers.map((s) => s.id)).not.toContain(draftOnly);
    expect(zip.sessions.find((s) => s.id === pending)).toMatchObject({ title: 'Pending idea', state: 'pending', speakerIds: [draftOnly] });
    expect(zip.speakers.find((s) => s.id === draftOnly)).toMatchObject({ name: 'Draft Speaker' });
  });
});

describe('the pages built from the database and from the export zip', () => {
  it('are the same files, byte for byte, apart from the build marker', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-roundtrip-'));
    const list = (dir: string): Record<string, string> =>
      Object.fromEntries(
        (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
          .filter((file) => file !== BUILD_MARKER && fs.statSync(path.join(dir, file)).isFile())
          .sort()
          .map((file) => [file, fs.readFileSync(path.join(dir, file)).toString('base64')]),
      );
    try {
      const stored = await readStoredEvent(t.app.ctx.db, Number(event.id), createBuildLog());
      await buildSite({ source: { kind: 'model', model: stored }, outDir: path.join(root, 'db') });
      await buildSite({ source: { kind: 'zip', data: await exportZipBytes(), name: 'event.zip' }, outDir: path.join(root, 'zip') });

      const [fromDb, fromZip] = [list(path.join(root, 'db')), list(path.join(root, 'zip'))];
      expect(Object.keys(fromDb)).toContain('schedule.html');
      expect(Object.keys(fromZip)).toEqual(Object.keys(fromDb));
      expect(Object.keys(fromZip).filter((file) => fromZip[file] !== fromDb[file])).toEqual([]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
