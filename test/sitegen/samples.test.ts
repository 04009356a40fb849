// Both real samples build without errors, and the pages match the source data: visible sessions per day,
// speakers listed, rooms, tracks, sponsors by level, licence and code of conduct. Expected numbers are computed
// here from the raw JSON by the stated rules (plus a few hard-coded anchors), not taken from our own output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../src/sitegen/build.js';

const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/samples');
const HIDDEN = new Set(['pending', 'rejected', 'draft']);

type Raw = Record<string, any>;
function readRaw(sample: string, file: string): any {
  return JSON.parse(fs.readFileSync(path.join(SAMPLES, sample, file), 'utf8'));
}

/** The rules of the issue applied to the raw files, for either key style. */
function expected(sample: string) {
  const sessions: Raw[] = readRaw(sample, 'sessions');
  const speakers: Raw[] = readRaw(sample, 'speakers');
  const sponsors: Raw[] = readRaw(sample, 'sponsors');
  const start = (s: Raw) => s.start_time ?? s['starts-at'] ?? null;
  const visible = sessions.filter((s) => start(s) && !HIDDEN.has(String(s.state).toLowerCase()));
  const perDay: Record<string, number> = {};
  for (const s of visible) perDay[start(s).slice(0, 10)] = (perDay[start(s).slice(0, 10)] ?? 0) + 1;
  const speakerIds = new Set(speakers.map((p) => String(p.id)));
  const listed = new Set<string>();
  for (const s of sessions) if (['accepted', 'confirmed'].includes(String(s.state).toLowerCase())) for (const p of s.speakers ?? []) if (speakerIds.has(String(p.id))) listed.add(String(p.id));
  const byLevel: Record<string, number> = {};
  for (const p of sponsors) byLevel[String(p.level)] = (byLevel[String(p.level)] ?? 0) + 1;
  return {
    perDay,
    sessionIds: visible.map((s) => String(s.id)).sort(),
    speakerIds: [...listed].sort(),
    tracks: new Set(visible.filter((s) => s.track).map((s) => String(s.track.id))).size,
    rooms: new Set(visible.filter((s) => s.microlocation).map((s) => String(s.microlocation.id))).size,
    byLevel,
  };
}

function attrValues(html: string, attr: string): string[] {
  return [...html.matchAll(new RegExp(`${attr}="([^"]*)"`, 'g'))].map((m) => m[1]);
}

/** Session ids per day section of the schedule's list view. */
function scheduleDays(html: string): Record<string, number> {
  const list = html.slice(html.indexOf('data-view-panel="list"'), html.indexOf('data-view-panel="calendar"'));
  const out: Record<string, number> = {};
  for (const part of list.split('<section class="day" data-day="').slice(1)) out[part.slice(0, 10)] = attrValues(part, 'data-session-id').length;
  return out;
}

const built: Record<string, { dir: string; result: BuildResult; read(file: string): string }> = {};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-samples-'));

beforeAll(async () => {
  for (const sample of ['FOSSASIASummit2017', 'FOSSASIASummit2018']) {
    const dir = path.join(tmp, sample);
    const result = await buildSite({ source: { kind: 'path', path: path.join(SAMPLES, sample) }, outDir: dir, buildId: 'test' });
    built[sample] = { dir, result, read: (file) => fs.readFileSync(path.join(dir, file), 'utf8') };
  }
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.each(['FOSSASIASummit2017', 'FOSSASIASummit2018'])('%s', (sample) => {
  it('builds without errors', () => {
    expect(built[sample].result.log.filter((e) => e.level === 'error')).toEqual([]);
  });

  it('shows the visible sessions of each day on the schedule', () => {
    const want = expected(sample);
    const html = built[sample].read('schedule.html');

    expect(scheduleDays(html)).toEqual(want.perDay);
    const listed = html.slice(html.indexOf('data-view-panel="list"'), html.indexOf('data-view-panel="calendar"'));
    expect(attrValues(listed, 'data-session-id').sort()).toEqual(want.sessionIds);
    expect(attrValues(html.slice(html.indexOf('data-view-panel="calendar"')), 'data-cal-id').sort()).toEqual(want.sessionIds);
    expect(fs.readdirSync(path.join(built[sample].dir, 'sessions')).length).toEqual(want.sessionIds.length);
  });

  it('lists the speakers with an accepted or confirmed session', () => {
    expect(attrValues(built[sample].read('speakers.html'), 'data-speaker-id').sort()).toEqual(expected(sample).speakerIds);
  });

  it('counts tracks, rooms and sponsors by level as the data has them', () => {
    const want = expected(sample);
    const { counts } = built[sample].result;
    const index = built[sample].read('index.html');
    const levels: Record<string, number> = {};
    for (const part of index.split('<div class="sponsor-level').slice(1)) levels[/data-level="([^"]*)"/.exec(part)![1]] = attrValues(part.split('</ul>')[0], 'data-sponsor-id').length;

    expect([counts.tracks, counts.rooms, counts.sessions, counts.speakers]).toEqual([want.tracks, want.rooms, want.sessionIds.length, want.speakerIds.length]);
    expect(levels).toEqual(want.byLevel);
    expect(built[sample].read('rooms.html').match(/<div class="tl-room"/g)!.length).toBeGreaterThanOrEqual(want.rooms);
  });
});

describe('hard-coded facts of the samples', () => {
  it('FOSSASIASummit2017: 214 sessions over 3 days, 184 speakers, 22 tracks, 13 rooms, 17 sponsors, licence and CoC', () => {
    const site = built.FOSSASIASummit2017;
    const index = site.read('index.html');

    expect(site.result.counts).toEqual({ sessions: 214, speakers: 184, days: 3, tracks: 22, rooms: 13, sponsors: 17 });
    expect(index).toContain('<h1 id="event-name">FOSSASIA Summit 2017</h1>');
    expect(index).toContain('© 2017 FOSSASIA and Science Centre Singapore.');
    expect(index).toContain('<a href="https://creativecommons.org/licenses/by/4.0" rel="license">');
    expect(index).toContain('<a class="button primary" href="');
    expect(fs.existsSync(path.join(site.dir, 'CoC.html'))).toEqual(true);
    expect(site.read('CoC.html')).toContain('The FOSSASIA community is made up of members from around the globe');
  });

  it('FOSSASIASummit2018: 234 sessions over 4 days (the one accepted session without a room is kept), 215 speakers, no sponsors', () => {
    const site = built.FOSSASIASummit2018;

    expect(site.result.counts).toEqual({ sessions: 234, speakers: 215, days: 4, tracks: 14, rooms: 17, sponsors: 0 });
    expect(Object.keys(scheduleDays(site.read('schedule.html')))).toEqual(['2018-03-22', '2018-03-23', '2018-03-24', '2018-03-25']);
    expect(site.read('index.html')).not.toContain('class="sponsors"');
    expect(site.read('rooms.html')).toContain('>Room not set</div>');
  });
});
