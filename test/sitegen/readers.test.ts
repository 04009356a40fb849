// The site generator's input readers on the two real FOSSASIA samples (v1 2018, v2 2017), read as folders and as
// zips built here; v1 and v2 of one small event giving the same model; and errors that name file, record and field.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createBuildLog, SiteInputError, type EventModel } from '../../src/sitegen/model.js';
import { readSiteInput, type SiteSource } from '../../src/sitegen/readers/index.js';
import { ASSETS, TEXT, asZipFiles, smallJsonApi, smallV1, smallV2 } from './fixtures/events.js';
import { jsonError } from './fixtures/published.js';
import { zipFiles, zipFolder } from './fixtures/zips.js';

const SAMPLES = fileURLToPath(new URL('../../../shared/samples/', import.meta.url));
const V1 = path.join(SAMPLES, 'FOSSASIASummit2018');
const V2 = path.join(SAMPLES, 'FOSSASIASummit2017');
const raw = (dir: string, file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-readers-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

async function read(source: SiteSource, format?: 'auto' | 'v1' | 'v2') {
  const log = createBuildLog();
  const input = await readSiteInput(source, { log, format });
  return { ...input, log };
}

async function readError(source: SiteSource, format?: 'auto' | 'v1' | 'v2'): Promise<SiteInputError> {
  const error = await readSiteInput(source, { log: createBuildLog(), format }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SiteInputError);
  return error as SiteInputError;
}

const counts = (m: EventModel) => [m.sessions.length, m.speakers.length, m.tracks.length, m.rooms.length, m.sponsors.length];
const byId = <T extends { id: string }>(list: T[], id: string | number) => list.find((x) => x.id === String(id))!;
const orNull = (value: unknown) => (value === '' || value === undefined ? null : value);

describe('the FOSSASIA Summit 2018 sample (v1)', async () => {
  const sources: [string, SiteSource][] = [
    ['folder', { kind: 'path', path: V1 }],
    ['zip in memory', { kind: 'zip', data: await zipFolder(V1), name: 'FOSSASIASummit2018.zip' }],
    ['zip of the folder', { kind: 'zip', data: await zipFolder(V1, 'FOSSASIASummit2018/') }],
  ];
  it.each(sources)('reads as v1 from a %s with the counts of the source files', async (_, source) => {
    const { model, log } = await read(source);

    expect(model.format).toEqual('v1');
    expect(counts(model)).toEqual([371, 341, 14, 17, 0]);
    expect(counts(model)).toEqual(['sessions', 'speakers', 'tracks', 'microlocations', 'sponsors'].map((f) => raw(V1, f).length));
    expect(log.entries.filter((e) => e.level !== 'info')).toEqual([]);
  });

  it('maps the event and named records from the underscored keys', async () => {
    const { model } = await read({ kind: 'path', path: V1 });
    const event = raw(V1, 'event');
    const session = raw(V1, 'sessions').find((s: any) => s.id === 4288);
    const speaker = raw(V1, 'speakers').find((s: any) => s.id === 3313);

    expect(model.event).toMatchObject({
      id: '275',
      name: 'FOSSASIA Summit',
      startsAt: '2018-03-22T09:30:00+08:00',
      endsAt: '2018-03-25T19:00:00+08:00',
      timezone: 'Asia/Singapore',
      eventUrl: 'http://2018.fossasia.org',
      ticketUrl: 'https://eventyay.com/e/b548bcfc/',
      logoUrl: null,
      backgroundUrl: event.background_image,
      locationName: event.location_name,
      latitude: 1.3196856,
      longitude: 103.892495,
      organizerName: 'FOSSASIA',
      organizerDescription: event.organizer_description,
      codeOfConduct: null,
      email: null,
    });
    expect(model.event.socialLinks).toEqual(event.social_links.map((l: any) => ({ name: l.name, url: l.link })));
    expect(model.event.copyright).toEqual({ holder: 'FOSSASIA', holderUrl: null, licence: null, licenceUrl: null, logoUrl: null, licenceLongName: null, year: 2018 });
    expect(byId(model.sessions, 4288)).toEqual({
      id: '4288',
      title: 'Basically, Businesses and Open Source',
      subtitle: null,
      shortAbstract: session.short_abstract,
      longAbstract: null,
      startsAt: '2018-03-22T12:00:00+08:00',
      endsAt: '2018-03-22T13:00:00+08:00',
      state: 'rejected',
      trackId: '708',
      roomId: null,
      sessionTypeId: '380',
      speakerIds: ['3068'],
      signupUrl: null,
      videoUrl: null,
      slidesUrl: null,
      audioUrl: null,
      language: null,
      level: null,
    });
    expect(byId(model.speakers, 3313)).toEqual({
      id: '3313',
      name: 'Dilpreet Singh',
      photoUrl: speaker.photo,
      shortBiography: speaker.short_biography,
      longBiography: null,
      organisation: 'FOSSASIA',
      position: orNull(speaker.position),
      country: 'India',
      city: 'Chandigarh',
      website: 'https://geekyd.github.io/',
      twitter: 'https://twitter.com/geekydil',
      github: 'https://github.com/geekyd',
      linkedin: 'https://www.linkedin.com/in/dilpreetsinghofficial/',
      facebook: 'https://www.facebook.com/geekyDil',
      featured: false,
    });
    const track = raw(V1, 'tracks')[0];
    expect(byId(model.tracks, track.id)).toEqual({ id: String(track.id), name: track.name, color: track.color, fontColor: track.font_color, description: null });
    expect(byId(model.rooms, 513)).toEqual({ id: '513', name: 'Event Hall 2-1', floor: 2 });
    expect(byId(model.sessionTypes, 380)).toEqual({ id: '380', name: 'Talk', length: '00:25' });
  });

  it('keeps every session with a null room and every state, lower case', async () => {
    const { model } = await read({ kind: 'path', path: V1 });
    const sessions = raw(V1, 'sessions');

    expect(model.sessions.filter((s) => s.roomId === null).length).toEqual(sessions.filter((s: any) => s.microlocation === null).length);
    expect(model.sessions.map((s) => s.id)).toEqual(sessions.map((s: any) => String(s.id)));
    expect(model.sessions.map((s) => s.state)).toEqual(sessions.map((s: any) => s.state?.toLowerCase() ?? null));
    expect(model.sessions.map((s) => s.speakerIds)).toEqual(sessions.map((s: any) => s.speakers.map((p: any) => String(p.id))));
  });
});

describe('the FOSSASIA Summit 2017 sample (v2)', async () => {
  const sources: [string, SiteSource][] = [
    ['folder', { kind: 'path', path: V2 }],
    ['zip in memory', { kind: 'zip', data: await zipFolder(V2) }],
    ['zip of the folder', { kind: 'zip', data: await zipFolder(V2, 'FOSSASIASummit2017/') }],
  ];
  it.each(sources)('reads as v2 from a %s with the counts of the source files', async (_, source) => {
    const { model, log } = await read(source);

    expect(model.format).toEqual('v2');
    expect(counts(model)).toEqual([214, 207, 22, 15, 17]);
    expect(counts(model)).toEqual(['sessions', 'speakers', 'tracks', 'microlocations', 'sponsors'].map((f) => raw(V2, f).length));
    expect(log.entries.filter((e) => e.level !== 'info')).toEqual([]);
  });

  it('reads a zip file on disk with a .json suffix on every file', async () => {
    const files: Record<string, Buffer> = {};
    for (const name of fs.readdirSync(V2)) files[`${name}.json`] = fs.readFileSync(path.join(V2, name));
    const file = path.join(temp, 'suffixed.zip');
    fs.writeFileSync(file, await zipFiles(files));

    const { model } = await read({ kind: 'path', path: file });

    expect(model.format).toEqual('v2');
    expect(counts(model)).toEqual([214, 207, 22, 15, 17]);
  });

  it('maps the event, its licence and named records from the dasherized keys', async () => {
    const { model } = await read({ kind: 'path', path: V2 });
    const event = raw(V2, 'event');
    const session = raw(V2, 'sessions').find((s: any) => s.id === 2797);
    const sponsor = raw(V2, 'sponsors').find((s: any) => s.id === 236);

    expect(model.event).toMatchObject({
      id: '6',
      name: 'FOSSASIA Summit 2017',
      startsAt: '2017-03-17T09:00:00+08:00',
      endsAt: '2017-03-19T18:00:00+08:00',
      timezone: 'Asia/Singapore',
      eventUrl: 'http://2017.fossasia.org',
      logoUrl: event['logo-url'],
      backgroundUrl: event['original-image-url'],
      organizerName: 'FOSSASIA and Science Centre Singapore',
      codeOfConduct: event['code-of-conduct'],
    });
    expect(model.event.socialLinks.length).toEqual(9);
    expect(model.event.copyright).toEqual({
      holder: 'FOSSASIA and Science Centre Singapore',
      holderUrl: null,
      licence: 'Attribution',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0',
      logoUrl: 'https://licensebuttons.net/l/by/3.0/80x15.png',
      licenceLongName: 'Creative Commons Attribution 4.0 International License',
      year: 2017,
    });
    expect(byId(model.sessions, 2797)).toEqual({
      id: '2797',
      title: 'Keynote: Protecting privacy with free software',
      subtitle: null,
      shortAbstract: session['short-abstract'],
      longAbstract: null,
      startsAt: '2017-03-17T14:25:00+08:00',
      endsAt: '2017-03-17T14:50:00+08:00',
      state: 'accepted',
      trackId: '216',
      roomId: '165',
      sessionTypeId: '123',
      speakerIds: ['2157'],
      signupUrl: null,
      videoUrl: 'https://www.youtube.com/watch?v=aoGQN0XW6sU',
      slidesUrl: null,
      audioUrl: null,
      language: null,
      level: null,
    });
    expect(byId(model.speakers, 2167)).toMatchObject({ name: 'Niranjan Rajendran', organisation: 'Mesitis', city: 'Bangalore', position: null, featured: false });
    expect(byId(model.sponsors, 236)).toEqual({ id: '236', name: 'KI Group', url: 'http://kigroup.de', logoUrl: sponsor['logo-url'], level: '3', type: 'Thanks for your Support!', description: null });
    expect(byId(model.tracks, 273)).toEqual({ id: '273', name: 'Breaks', color: '#94868c', fontColor: '#000000', description: null });
    expect(model.speakers.filter((s) => s.featured).length).toEqual(raw(V2, 'speakers').filter((s: any) => s['is-featured']).length);
  });
});

describe('one small event in v1, v2 and raw JSON:API', () => {
  it('gives the same model from each layout, apart from format', async () => {
    const v1 = await read({ kind: 'zip', data: await zipFiles(asZipFiles(smallV1())) });
    const v2 = await read({ kind: 'zip', data: await zipFiles(asZipFiles(smallV2())) });
    const jsonapi = await read({ kind: 'zip', data: await zipFiles(asZipFiles(smallJsonApi())) });

    expect([v1.model.format, v2.model.format, jsonapi.model.format]).toEqual(['v1', 'v2', 'jsonapi']);
    expect({ ...v1.model, format: 'x' }).toEqual({ ...v2.model, format: 'x' });
    expect({ ...jsonapi.model, format: 'x' }).toEqual({ ...v2.model, format: 'x' });
    expect(v2.log.entries.filter((e) => e.level !== 'info')).toEqual([]);
  });

  it('maps every field of the small event', async () => {
    const { model, assets } = await read({ kind: 'zip', data: await zipFiles(asZipFiles(smallV2())) });

    expect(model.event).toEqual({
      id: '7', name: 'Mini Hello', description: '<p>Hello</p>', startsAt: '2030-03-01T09:00:00+08:00', endsAt: '2030-03-02T18:00:00+08:00',
      timezone: 'Asia/Singapore', locationName: 'Hello', latitude: 1.5, longitude: 103.25, eventUrl: 'https://mini.example.org', ticketUrl: 'https://t.example.org',
      logoUrl: 'images/logo.png', backgroundUrl: 'images/bg.png', organizerName: 'Hello', organizerDescription: 'Hello', codeOfConduct: 'Hello', email: 'mini@example.org',
      socialLinks: [{ name: 'Twitter', url: 'https://twitter.com/mini' }, { name: 'Hello', url: 'https://blog.example.org' }],
      copyright: { holder: 'Hello', holderUrl: 'https://h.example.org', licence: 'Attribution', licenceUrl: 'https://cc.example.org/4.0', logoUrl: 'https://cc.example.org/c.png', licenceLongName: 'Creative Commons Attribution 4.0', year: 2030 },
    });
    expect(model.sessions).toEqual([
      {
        id: '11', title: 'Talk Hello', subtitle: 'Hello', shortAbstract: 'Hello', longAbstract: '<p>Hello</p>', startsAt: '2030-03-01T10:00:00+08:00', endsAt: '2030-03-01T10:30:00+08:00',
        state: 'accepted', trackId: '21', roomId: '31', sessionTypeId: '41', speakerIds: ['52', '51'], signupUrl: 'https://s.example.org', videoUrl: 'https://v.example.org',
        slidesUrl: 'https://sl.example.org', audioUrl: 'audio/talk.mp3', language: 'Hello', level: 'Hello',
      },
      {
        id: '12', title: 'Break', subtitle: null, shortAbstract: null, longAbstract: null, startsAt: '2030-03-01T10:30:00+08:00', endsAt: '2030-03-01T11:00:00+08:00',
        state: 'confirmed', trackId: null, roomId: null, sessionTypeId: null, speakerIds: [], signupUrl: null, videoUrl: null, slidesUrl: null, audioUrl: null, language: null, level: null,
      },
    ]);
    expect(model.speakers.map((s) => [s.id, s.name, s.photoUrl, s.featured])).toEqual([['51', 'Alice Hello', 'images/speakers/alice.jpg', true], ['52', 'Bob', 'https://img.example.org/bob.jpg', false]]);
    expect(model.tracks).toEqual([{ id: '21', name: 'Open Tech Hello', color: '#ff3737', fontColor: '#ffffff', description: 'Hello' }]);
    expect(model.rooms).toEqual([{ id: '31', name: 'Hall Hello', floor: 2 }]);
    expect(model.sessionTypes).toEqual([{ id: '41', name: 'Talk', length: '00:30' }]);
    expect(model.sponsors).toEqual([{ id: '61', name: 'Acme Hello', url: 'https://acme.example.org', logoUrl: 'images/sponsors/acme.png', level: '1', type: 'Hello', description: 'Hello' }]);
    expect(assets.list()).toEqual(Object.keys(ASSETS).sort());
    expect((await assets.read('images/logo.png')).toString()).toEqual('logo');
  });

  it('reads the same from a folder on disk as from its zip', async () => {
    const dir = path.join(temp, 'small-folder');
    for (const [name, content] of Object.entries(asZipFiles(smallV1()))) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }

    const folder = await read({ kind: 'path', path: dir });
    const zip = await read({ kind: 'zip', data: await zipFolder(dir) });

    expect(folder.model).toEqual(zip.model);
    expect(folder.assets.list()).toEqual(Object.keys(ASSETS).sort());
  });

  it('keeps HTML and script in every text field verbatim (escaping is the renderer’s job)', async () => {
    const { model } = await read({ kind: 'zip', data: await zipFiles(asZipFiles(smallV2(TEXT))) });

    expect(model.event.name).toEqual(`Mini ${TEXT}`);
    expect([model.event.description, model.event.locationName, model.event.organizerName, model.event.organizerDescription, model.event.codeOfConduct, model.event.copyright?.holder, model.event.socialLinks[1].name])
      .toEqual([`<p>${TEXT}</p>`, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT]);
    const s = model.sessions[0];
    expect([s.title, s.subtitle, s.shortAbstract, s.longAbstract, s.language, s.level]).toEqual([`Talk ${TEXT}`, TEXT, TEXT, `<p>${TEXT}</p>`, TEXT, TEXT]);
    const p = model.speakers[0];
    expect([p.name, p.shortBiography, p.longBiography, p.organisation, p.position, p.country, p.city]).toEqual([`Alice ${TEXT}`, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT]);
    expect([model.tracks[0].name, model.tracks[0].description, model.rooms[0].name, model.sponsors[0].name, model.sponsors[0].type, model.sponsors[0].description])
      .toEqual([`Open Tech ${TEXT}`, TEXT, `Hall ${TEXT}`, `Acme ${TEXT}`, TEXT, TEXT]);
  });
});

describe('defects of the original, fixed on purpose', () => {
  it('keeps sessions without track or room, keeps the first of duplicate ids, and settles unknown speakers', async () => {
    const files = smallV2() as Record<string, any>;
    files.sessions.push(
      { id: 11, title: 'Duplicate of 11', 'starts-at': null },
      { id: 13, title: 'Ghost speakers', speakers: [{ id: 99 }, { id: 98, name: 'Embedded Only', 'photo-url': 'https://img.example.org/e.jpg' }, 51, 51] },
    );

    const { model, log } = await read({ kind: 'zip', data: await zipFiles(asZipFiles(files)) });

    expect(model.sessions.map((s) => [s.id, s.title, s.trackId, s.roomId, s.speakerIds])).toEqual([
      ['11', 'Talk Hello', '21', '31', ['52', '51']],
      ['12', 'Break', null, null, []],
      ['13', 'Ghost speakers', null, null, ['98', '51']],
    ]);
    expect(model.speakers.map((s) => [s.id, s.name, s.photoUrl])).toEqual([
      ['51', 'Alice Hello', 'images/speakers/alice.jpg'],
      ['52', 'Bob', 'https://img.example.org/bob.jpg'],
      ['98', 'Embedded Only', 'https://img.example.org/e.jpg'],
    ]);
    expect(log.entries.filter((e) => e.level === 'warning').map((e) => e.message)).toEqual([
      'sessions: duplicate session id 11: the first record is kept, this one (position 3) is dropped',
      'sessions: record 13: speaker 99 is not in speakers; dropped from the session',
      "sessions: record 13: speaker 98 is not in speakers; added from the session's embedded speaker",
    ]);
  });

  it('normalises relative image paths found in the input, keeps http(s) URLs, drops the rest with a warning', async () => {
    const files = smallV1() as Record<string, any>;
    files.event.logo = 'images/logo.png';
    files.event.background_image = '/images/missing.png';
    files.speakers[0].photo = './images/speakers/alice.jpg';
    files.speakers[1].photo = 'javascript:alert(1)';
    files.sponsors[0].logo = '../images/sponsors/acme.png';

    const { model, log } = await read({ kind: 'zip', data: await zipFiles(asZipFiles(files)) });

    expect([model.event.logoUrl, model.event.backgroundUrl, model.speakers[0].photoUrl, model.speakers[1].photoUrl, model.sponsors[0].logoUrl])
      .toEqual(['images/logo.png', null, 'images/speakers/alice.jpg', null, null]);
    expect(log.entries.filter((e) => e.level === 'warning').map((e) => e.message)).toEqual([
      'event: record 7: field background_image: "/images/missing.png" is neither an http(s) URL nor a file of the input; dropped',
      'sponsors: record 61: field logo: "../images/sponsors/acme.png" is neither an http(s) URL nor a file of the input; dropped',
      'speakers: record 52: field photo: "javascript:alert(1)" is neither an http(s) URL nor a file of the input; dropped',
    ]);
  });

  it('reads missing tracks, microlocations and sponsors files as empty lists with a warning', async () => {
    const files = smallV2() as Record<string, any>;
    delete files.tracks;
    delete files.microlocations;
    delete files.sponsors;

    const { model, log } = await read({ kind: 'zip', data: await zipFiles(asZipFiles(files)) });

    // The session's embedded track and room fill the gap.
    expect([model.tracks.map((t) => t.id), model.rooms.map((r) => r.id), model.sponsors]).toEqual([['21'], ['31'], []]);
    expect(log.entries.filter((e) => e.level === 'warning').map((e) => e.message)).toEqual([
      'tracks: missing; read as an empty list',
      'microlocations: missing; read as an empty list',
      'sponsors: missing; read as an empty list',
      'sessions: record 11: field track: track 21 is not in the track list; added from the session',
      'sessions: record 11: field microlocation: microlocation 31 is not in the microlocation list; added from the session',
    ]);
  });

  it('normalises clear date-time variants and keeps canonical ones as written', async () => {
    const files = smallV2() as Record<string, any>;
    files.sessions[0]['starts-at'] = '2030-03-01 10:00+0800';
    files.sessions[0]['ends-at'] = '2030-03-01T10:30:00.250+08:00';
    files.sessions[1]['starts-at'] = '2030-03-01T10:30';

    const { model } = await read({ kind: 'zip', data: await zipFiles(asZipFiles(files)) });

    expect(model.sessions.map((s) => [s.startsAt, s.endsAt])).toEqual([
      ['2030-03-01T10:00:00+08:00', '2030-03-01T10:30:00.250+08:00'],
      ['2030-03-01T10:30:00+08:00', '2030-03-01T11:00:00+08:00'],
    ]);
  });
});

describe('input errors name the file, record and field', () => {
  const withFiles = async (change: (files: Record<string, any>) => void, format?: 'v1' | 'v2') => {
    const files = smallV2() as Record<string, any>;
    change(files);
    return readError({ kind: 'zip', data: await zipFiles(asZipFiles(files)), name: 'mini.zip' }, format);
  };
  const readWith = async (change: (files: Record<string, any>) => void) => {
    const files = smallV2() as Record<string, any>;
    change(files);
    return read({ kind: 'zip', data: await zipFiles(asZipFiles(files)), name: 'mini.zip' });
  };
  const warnings = (log: { entries: readonly { level: string; message: string }[] }) => log.entries.filter((e) => e.level === 'warning').map((e) => e.message);

  it('refuses an event that is not valid JSON, naming the file', async () => {
    const error = await readError({ kind: 'zip', data: await zipFiles({ ...asZipFiles(smallV2()), event: '{"id": 1,' }) });

    expect([error.code, error.location.file, error.message]).toEqual(['input.invalid_json', 'event', `event: not valid JSON (${jsonError('{"id": 1,')})`]);
  });

  it('skips any other file that is not valid JSON, naming it in a warning', async () => {
    const { model, log } = await read({ kind: 'zip', data: await zipFiles({ ...asZipFiles(smallV2()), sessions: '[{"id": 1,' }) });

    expect(model.sessions).toEqual([]);
    expect(warnings(log)).toEqual([`sessions: not valid JSON (${jsonError('[{"id": 1,')}); the file is skipped`]);
  });

  it('skips an empty JSON file other than the event, naming it', async () => {
    const all = asZipFiles(smallV2());
    delete all.speakers;

    const { model, log } = await read({ kind: 'zip', data: await zipFiles({ ...all, 'speakers.json': '  \n' }) });
    const empty = await readError({ kind: 'zip', data: await zipFiles({ ...all, event: '' }) });

    // The session's embedded speakers fill the gap.
    expect(model.speakers.map((p) => [p.id, p.name])).toEqual([['52', 'Bob'], ['51', 'Alice']]);
    expect(warnings(log)).toEqual([
      'speakers.json: the file is empty; it must hold JSON; the file is skipped',
      "sessions: record 11: speaker 52 is not in speakers; added from the session's embedded speaker",
      "sessions: record 11: speaker 51 is not in speakers; added from the session's embedded speaker",
    ]);
    expect([empty.code, empty.message]).toEqual(['input.empty_json', 'event: the file is empty; it must hold JSON']);
  });

  it('skips a session whose date-time does not parse, and refuses such an event', async () => {
    const { model, log } = await readWith((f) => (f.sessions[1]['starts-at'] = 'tomorrow'));
    const error = await withFiles((f) => (f.event['starts-at'] = 'tomorrow'));

    expect(model.sessions.map((s) => s.id)).toEqual(['11']);
    expect(warnings(log)).toEqual(['sessions: record 12: field starts-at: not a date-time ("tomorrow"); the record is skipped']);
    expect([error.code, error.message, error.location]).toEqual(['input.invalid_field', 'event: record 7: field starts-at: not a date-time ("tomorrow")', { file: 'event', recordId: '7', field: 'starts-at' }]);
  });

  it('skips records whose required fields are missing or of a wrong type, and refuses such an event', async () => {
    const skipped = async (change: (files: Record<string, any>) => void) => warnings((await readWith(change)).log);

    expect(await skipped((f) => (f.sessions[0].title = { text: 'x' }))).toEqual(['sessions: record 11: field title: not a string (an object); the record is skipped']);
    expect(await skipped((f) => delete f.sessions[1].title)).toEqual(['sessions: record 12: field title: missing; the record is skipped']);
    expect(await skipped((f) => (f.sessions[1].id = true))).toEqual(['sessions: record #2: field id: not an id (boolean true); the record is skipped']);
    expect(await skipped((f) => (f.sessions = { data: 1 }))).toEqual(['sessions: not a JSON list of records; the file is skipped']);
    expect((await withFiles((f) => delete f.event.name)).message).toEqual('event: record 7: field name: missing');
    expect((await withFiles((f) => (f.event['ends-at'] = 20300302))).message).toEqual('event: record 7: field ends-at: not a date-time (number 20300302)');
  });

  it('drops optional data of a wrong type with a warning and reads on', async () => {
    const files = smallV2() as Record<string, any>;
    files.event.latitude = 'north';
    files.tracks[0].color = 'red';
    files.microlocations[0].floor = 'ground';

    const { model, log } = await read({ kind: 'zip', data: await zipFiles(asZipFiles(files)) });

    expect([model.event.latitude, model.tracks[0].color, model.rooms[0].floor]).toEqual([null, null, null]);
    expect(log.entries.filter((e) => e.level === 'warning').map((e) => e.message)).toEqual([
      'event: record 7: field latitude: not a number ("north"); ignored',
      'tracks: record 21: field color: not a colour \'#rrggbb\' ("red"); ignored',
      'microlocations: record 31: field floor: not a number ("ground"); ignored',
    ]);
  });

  it('reads a missing file other than the event as empty, with a warning', async () => {
    const all = asZipFiles(smallV2());
    delete all.speakers;

    const { model, log } = await read({ kind: 'zip', data: await zipFiles(all) });

    expect(model.speakers.map((p) => p.id)).toEqual(['52', '51']);
    expect(warnings(log)).toEqual([
      'speakers: missing; read as an empty list',
      "sessions: record 11: speaker 52 is not in speakers; added from the session's embedded speaker",
      "sessions: record 11: speaker 51 is not in speakers; added from the session's embedded speaker",
    ]);
  });

  it('refuses an explicit v2 on v1 data, suggesting v1', async () => {
    const error = await readError({ kind: 'path', path: V1 }, 'v2');

    expect(error.code).toEqual('input.format_mismatch');
    expect(error.message).toMatch(/^event: v2 was chosen, but no v2 \(dasherized\) key such as 'starts-at' is in the data, and \d+ v1 \(underscored\) keys such as 'start_time' are: choose v1 \(api_v1\) or auto$/);
    expect((await readError({ kind: 'path', path: V2 }, 'v1')).code).toEqual('input.format_mismatch');
    expect((await read({ kind: 'path', path: V2 }, 'v2')).model.format).toEqual('v2');
  });

  it('refuses a path that does not exist', async () => {
    const error = await readError({ kind: 'path', path: path.join(temp, 'nope') });

    expect([error.code, error.message]).toEqual(['input.not_found', `${path.join(temp, 'nope')}: no such file or folder`]);
  });
});

describe('a model source', () => {
  it('passes through unchanged', async () => {
    const { model } = await read({ kind: 'path', path: V2 });

    const again = await read({ kind: 'model', model });

    expect(again.model).toBe(model);
    expect(again.assets.list()).toEqual([]);
  });
});
