// The site generator's input readers on the two real FOSSASIA samples (v1 2018, v2 2017), read as folders and as
// zips built here; v1 and v2 of one small event giving the same model; and errors that name file, record and field.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createBuildLog, SiteInputError, type EventModel } from '../../src/sitegen/model.js';
import { readSiteInput, type SiteSource } from '../../src/sitegen/readers/index.js';
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
