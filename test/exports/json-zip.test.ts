// Full-output test of the Open Event JSON zip exporter on one fixture event in Asia/Singapore built through the
// API: the zip is read back with yauzl (test/support/zip.ts), every file parsed as JSON and compared with the expected v2 layout
// (the FOSSASIA Summit 2017 sample in /work/shared/samples).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEventByKey, type EventRow } from '../../src/events/event.repo.js';
import { jsonZipExporter } from '../../src/exports/json-zip.exporter.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { readZip } from '../support/zip.js';
import { Api, make, makeEvent, makeUser, ref, type TestEvent, type TestUser } from '../support/client.js';

const SAMPLE = fileURLToPath(new URL('../../../shared/samples/FOSSASIASummit2017', import.meta.url));
const CREATED = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);

let t: TestApp;
let owner: TestUser;
let event: TestEvent;
let row: EventRow;
const id: Record<string, number> = {};

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  event = await makeEvent(t.app, owner, {
    name: 'Summit 2030',
    'starts-at': '2030-03-01T01:00:00Z',
    'ends-at': '2030-03-02T10:00:00Z',
    timezone: 'Asia/Singapore',
    'location-name': 'Science Centre',
  });
  const mk = async (key: string, type: string, path: string, attributes: Record<string, unknown>, relationships: Record<string, unknown> = {}) => {
    id[key] = Number(await make(t.app, owner, event, type, path, attributes, relationships));
  };
  await mk('openTech', 'track', 'tracks', { name: 'Open Tech', color: '#ff3737', 'font-color': '#ffffff' });
  await mk('breaks', 'track', 'tracks', { name: 'Breaks', color: '#94868c' });
  await mk('hall', 'microlocation', 'microlocations', { name: 'Annexe Hall', floor: 0 });
  await mk('talk', 'session-type', 'session-types', { name: 'Talk', length: '00:25' });
  await mk('ada', 'speaker', 'speakers', { name: 'Ada Lovelace', email: 'ada@example.org', mobile: '+65 1234', organisation: 'Analytical', 'short-biography': 'Poet of science' });
  await mk('grace', 'speaker', 'speakers', { name: 'Grace Hopper', organisation: 'Navy' });
  await mk('gone', 'speaker', 'speakers', { name: 'Deleted Speaker' });
  await mk('keynote', 'session', 'sessions',
    { title: 'Keynote', state: 'accepted', 'starts-at': '2030-03-01T06:25:00Z', 'ends-at': '2030-03-01T06:50:00Z', comments: 'Needs a mic' },
    { track: ref('track', id.openTech), microlocation: ref('microlocation', id.hall), 'session-type': ref('session-type', id.talk), speakers: [ref('speaker', id.grace), ref('speaker', id.ada)] });
  await mk('pending', 'session', 'sessions', { title: 'Pending idea', state: 'pending' }, { speakers: [ref('speaker', id.ada), ref('speaker', id.gone)] });
  await mk('coffee', 'session', 'sessions', { title: 'Coffee', state: 'accepted', 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': '2030-03-01T02:30:00Z' }, { track: ref('track', id.breaks) });
  await mk('dropped', 'session', 'sessions', { title: 'Dropped', state: 'accepted' }, { track: ref('track', id.openTech) });
  await mk('sponsor', 'sponsor', 'sponsors', { name: 'KI Group', url: 'http://kigroup.de', level: 3, type: 'Gold' });
  await mk('twitter', 'social-link', 'social-links', { name: 'Twitter', link: 'https://twitter.com/summit' });
  await mk('copyright', 'event-copyright', 'event-copyrights', { holder: 'Summit', licence: 'Attribution', 'licence-url': 'https://creativecommons.org/licenses/by/4.0', year: 2030 });
  const api = new Api(t.app, owner.token);
  expect((await api.delete(`/v1/sessions/${id.dropped}`)).status).toEqual(200);
  expect((await api.delete(`/v1/speakers/${id.gone}`)).status).toEqual(200);

  // Another event's data must not show up.
  const other = await makeEvent(t.app, owner, { name: 'Other' });
  await make(t.app, owner, other, 'session', 'sessions', { title: 'Foreign talk', state: 'accepted' });

  row = (await findEventByKey(t.app.ctx.db, event.id))!;
});
afterAll(async () => t.close());

async function exportZip(params: Record<string, string> = {}) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const steps: [number, string][] = [];
  await jsonZipExporter.write({ db: t.app.ctx.db, event: row, params, progress: (percent, step) => steps.push([percent, step]), out });
  const files: Record<string, any> = Object.fromEntries((await readZip(Buffer.concat(chunks))).map((e) => [e.name, JSON.parse(e.data.toString('utf8'))]));
  return { files, steps };
}

describe('Open Event JSON zip export', () => {
  it('holds the v2 files at the root, every file of the sample among them', async () => {
    const { files, steps } = await exportZip();

    const sample = fs.readdirSync(SAMPLE).sort();
    expect(Object.keys(files).sort()).toEqual(['event', 'meta', 'microlocations', 'session_types', 'sessions', 'speakers', 'sponsors', 'tracks']);
    expect(sample.filter((name) => !(name in files))).toEqual([]);
    expect(files.meta).toEqual({ root_url: null });
    expect(steps.at(-1)).toEqual([100, 'Done']);
  });

  it('writes the event with its social links and copyright embedded', async () => {
    const { files } = await exportZip();

    expect({
      id: files.event.id,
      name: files.event.name,
      'starts-at': files.event['starts-at'],
      'ends-at': files.event['ends-at'],
      timezone: files.event.timezone,
      'location-name': files.event['location-name'],
      identifier: files.event.identifier,
      'social-links': files.event['social-links'],
      'event-copyright': files.event['event-copyright'],
    }).toEqual({
      id: Number(event.id),
      name: 'Summit 2030',
      'starts-at': '2030-03-01T09:00:00+08:00',
      'ends-at': '2030-03-02T18:00:00+08:00',
      timezone: 'Asia/Singapore',
      'location-name': 'Science Centre',
      identifier: event.identifier,
      'social-links': [{ id: id.twitter, name: 'Twitter', link: 'https://twitter.com/summit' }],
      'event-copyright': { holder: 'Summit', 'holder-url': null, licence: 'Attribution', 'licence-url': 'https://creativecommons.org/licenses/by/4.0', year: 2030, 'logo-url': null },
    });
  });

  it('writes live sessions of every state with embedded track, room, type and speakers, without comments', async () => {
    const { files } = await exportZip();

    const base = { subtitle: null, 'short-abstract': null, 'long-abstract': null, language: null, level: null, 'slides-url': null, 'video-url': null, 'audio-url': null, 'signup-url': null, 'created-at': CREATED };
    const speaker = (key: string, name: string, organisation: string | null, bio: string | null) => ({
      id: id[key], name, organisation, 'photo-url': null, 'short-biography': bio, 'long-biography': null, 'speaking-experience': null, city: null,
    });
    expect(files.sessions).toEqual([
      {
        ...base, id: id.coffee, title: 'Coffee', state: 'accepted', 'starts-at': '2030-03-01T10:00:00+08:00', 'ends-at': '2030-03-01T10:30:00+08:00',
        track: { id: id.breaks, name: 'Breaks', color: '#94868c', 'font-color': '#000000' }, microlocation: null, 'session-type': null, speakers: [],
      },
      {
        ...base, id: id.keynote, title: 'Keynote', state: 'accepted', 'starts-at': '2030-03-01T14:25:00+08:00', 'ends-at': '2030-03-01T14:50:00+08:00',
        track: { id: id.openTech, name: 'Open Tech', color: '#ff3737', 'font-color': '#ffffff' },
        microlocation: { id: id.hall, name: 'Annexe Hall' },
        'session-type': { id: id.talk, name: 'Talk', length: '00:25' },
        speakers: [speaker('ada', 'Ada Lovelace', 'Analytical', 'Poet of science'), speaker('grace', 'Grace Hopper', 'Navy', null)],
      },
      {
        ...base, id: id.pending, title: 'Pending idea', state: 'pending', 'starts-at': null, 'ends-at': null,
        track: null, microlocation: null, 'session-type': null, speakers: [speaker('ada', 'Ada Lovelace', 'Analytical', 'Poet of science')],
      },
    ]);
  });

  it('writes speakers with their sessions and tracks with theirs, without email or mobile', async () => {
    const { files } = await exportZip();

    const base = { 'photo-url': null, 'long-biography': null, 'speaking-experience': null, position: null, country: null, city: null, gender: null, website: null, twitter: null, facebook: null, github: null, linkedin: null, 'is-featured': false };
    expect(files.speakers).toEqual([
      {
        ...base, id: id.ada, name: 'Ada Lovelace', organisation: 'Analytical', 'short-biography': 'Poet of science',
        sessions: [{ id: id.keynote, title: 'Keynote', state: 'accepted' }, { id: id.pending, title: 'Pending idea', state: 'pending' }],
      },
      { ...base, id: id.grace, name: 'Grace Hopper', organisation: 'Navy', 'short-biography': null, sessions: [{ id: id.keynote, title: 'Keynote', state: 'accepted' }] },
    ]);
    expect(files.tracks).toEqual([
      { id: id.openTech, name: 'Open Tech', description: null, color: '#ff3737', 'font-color': '#ffffff', sessions: [{ id: id.keynote, title: 'Keynote' }] },
      { id: id.breaks, name: 'Breaks', description: null, color: '#94868c', 'font-color': '#000000', sessions: [{ id: id.coffee, title: 'Coffee' }] },
    ]);
    expect(files.microlocations).toEqual([{ id: id.hall, name: 'Annexe Hall', floor: 0, room: null, latitude: null, longitude: null }]);
    expect(files.session_types).toEqual([{ id: id.talk, name: 'Talk', length: '00:25' }]);
    expect(files.sponsors).toEqual([{ id: id.sponsor, name: 'KI Group', url: 'http://kigroup.de', 'logo-url': null, level: '3', type: 'Gold', description: null }]);
  });

  it('includes speaker email and mobile and session comments only when private fields are asked for', async () => {
    const plain = (await exportZip()).files;
    const withPrivate = (await exportZip({ private: 'true' })).files;

    const pick = (files: Record<string, any>) => ({
      speakers: files.speakers.map((s: any) => [s.email, s.mobile, 'email' in s, 'mobile' in s]),
      comments: files.sessions.map((s: any) => [s.comments, 'comments' in s]),
    });
    expect(pick(plain)).toEqual({
      speakers: [[undefined, undefined, false, false], [undefined, undefined, false, false]],
      comments: [[undefined, false], [undefined, false], [undefined, false]],
    });
    expect(pick(withPrivate)).toEqual({
      speakers: [['ada@example.org', '+65 1234', true, true], [null, null, true, true]],
      comments: [[null, true], ['Needs a mic', true], [null, true]],
    });
  });
});
