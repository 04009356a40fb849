// Renderer unit tests on small models: escaping and sanitising of untrusted data, visibility rules, real-time
// sort order and day grouping, and the original generator's defects (null track/room, duplicate ids, missing
// speakers, relative images) ending as pages and named warnings.
import { describe, expect, it } from 'vitest';
import { createBuildLog } from '../../src/sitegen/model.js';
import { escapeHtml, jsonForScript, safeUrl, sanitizeHtml, slugify } from '../../src/sitegen/render/html.js';
import { renderSite } from '../../src/sitegen/render/index.js';
import { buildView } from '../../src/sitegen/render/view.js';
import { dayCaption, parseWallTime } from '../../src/sitegen/render/time.js';
import { makeEvent, makeModel, makeSession, makeSpeaker, makeSponsor, memoryAssets } from './factories.js';

async function render(model = makeModel(), assets = memoryAssets(), sessionMode: 'single' | 'expand' = 'single') {
  const log = createBuildLog();
  const site = await renderSite({ model, assets }, { log, sessionMode });
  const files = new Map(site.files.map((f) => [f.path, f.data.toString('utf8')]));
  return { site, files, log, warnings: log.entries.filter((e) => e.level === 'warning').map((e) => e.message) };
}

const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&`;

describe('escaping', () => {
  it('escapes the five HTML metacharacters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toEqual('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('keeps only http, https, mailto and relative URLs', () => {
    expect([
      safeUrl('https://a.example/x'),
      safeUrl('mailto:a@b.example'),
      safeUrl('images/a.png'),
      safeUrl('javascript:alert(1)'),
      safeUrl(' JaVa\tScRiPt:alert(1)'),
      safeUrl('data:text/html,x'),
      safeUrl('//evil.example/x'),
      safeUrl('vbscript:x'),
    ]).toEqual(['https://a.example/x', 'mailto:a@b.example', 'images/a.png', null, null, null, null, null]);
  });

  it('sanitises HTML fields to an allow-list', () => {
    const out = sanitizeHtml('<p onclick="x()">Hi <b>there</b><script>alert(1)</script><a href="javascript:alert(1)">j</a><a href="https://ok.example">ok</a><style>p{}</style><iframe src="https://x"></iframe></p>').value;

    expect(out).toEqual('<p>Hi <b>there</b><a rel="noopener noreferrer nofollow">j</a><a href="https://ok.example" rel="noopener noreferrer nofollow">ok</a></p>');
  });

  it('writes inline JSON that cannot close its script element', () => {
    expect(jsonForScript({ name: '</script><!--' })).toEqual('{"name":"\\u003c/script\\u003e\\u003c!--"}');
  });

  it('turns hostile ids into safe slugs', () => {
    expect([slugify('../../etc/passwd'), slugify('..'), slugify('<script>'), slugify('Ünïcode Tràck')]).toEqual(['etc-passwd', 'item', 'script', 'unicode-track']);
  });

  it('renders HTML and script in every text field as text', async () => {
    const model = makeModel({
      event: makeEvent({ name: HOSTILE, description: HOSTILE, locationName: HOSTILE, organizerName: HOSTILE, organizerDescription: HOSTILE, codeOfConduct: `<p>Be kind</p>${HOSTILE}`, socialLinks: [{ name: HOSTILE, url: 'javascript:alert(1)' }], copyright: { holder: HOSTILE, holderUrl: 'javascript:x', licence: HOSTILE, licenceUrl: null, logoUrl: null, licenceLongName: null, year: 2024 } }),
      sessions: [makeSession('<x>', { title: HOSTILE, subtitle: HOSTILE, longAbstract: HOSTILE, videoUrl: 'javascript:alert(1)', speakerIds: ['s1'] })],
      speakers: [makeSpeaker('s1', { name: HOSTILE, shortBiography: HOSTILE, organisation: HOSTILE, website: 'javascript:alert(1)', featured: true })],
      tracks: [{ id: 't1', name: HOSTILE, color: 'red;background:url(x)', fontColor: null, description: HOSTILE }],
      rooms: [{ id: 'r1', name: HOSTILE, floor: null }],
      sponsors: [makeSponsor('p1', { name: HOSTILE, url: 'javascript:alert(1)' })],
    });

    const { files } = await render(model);

    const pages = [...files].filter(([path]) => path.endsWith('.html'));
    expect(pages.map(([path]) => path)).toEqual(['CoC.html', 'index.html', 'offline.html', 'rooms.html', 'schedule.html', 'sessions/session-x.html', 'speakers.html', 'tracks.html']);
    for (const [, text] of pages) {
      expect(text.match(/<script[^>]*>/g)).toEqual(expect.arrayContaining([expect.stringMatching(/^<script (type="application\/json" id="site-config"|src=")/)]));
      expect(text.match(/<script(?! type="application\/json" id="site-config">| src=")/g)).toEqual(null);
      expect(text).not.toMatch(/<img src=x/);
      // An event-handler attribute on any tag (attribute values are quoted, so skip over them).
      expect(text).not.toMatch(/<[a-z]+(\s+[a-z-]+(="[^"]*")?)*\s+on[a-z]+=/i);
      expect(text).not.toMatch(/javascript:/i);
      expect(text).not.toMatch(/url\(x\)/);
    }
    expect(files.get('schedule.html')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;');
  });
});

describe('visibility and order', () => {
  it('shows sessions with a start time and a state other than pending, rejected or draft', async () => {
    const model = makeModel({
      sessions: ['accepted', 'confirmed', 'pending', 'rejected', 'draft', 'canceled', null].map((state, i) => makeSession(String(i + 1), { state })).concat(makeSession('8', { startsAt: null })),
    });

    const view = buildView(model, new Set(), createBuildLog());

    expect(view.sessions.map((v) => v.id)).toEqual(['1', '2', '6', '7']);
  });

  it('lists speakers with at least one accepted or confirmed session, by name', async () => {
    const model = makeModel({
      sessions: [makeSession('1', { state: 'accepted', speakerIds: ['b'] }), makeSession('2', { state: 'rejected', speakerIds: ['c'] }), makeSession('3', { state: 'confirmed', startsAt: null, speakerIds: ['a'] }), makeSession('4', { state: 'canceled', speakerIds: ['d'] })],
      speakers: [makeSpeaker('a', { name: 'Zoe' }), makeSpeaker('b', { name: 'Adam' }), makeSpeaker('c', { name: 'Carl' }), makeSpeaker('d', { name: 'Dora' })],
    });

    const view = buildView(model, new Set(), createBuildLog());

    expect(view.speakers.map((s) => s.speaker.name)).toEqual(['Adam', 'Zoe']);
  });

  it('sorts by the real instant across offsets, then title, then id, and groups days by the local date', () => {
    const model = makeModel({
      sessions: [
        makeSession('a', { title: 'B', startsAt: '2024-05-01T10:00:00+02:00', endsAt: null }),
        makeSession('b', { title: 'Early in London', startsAt: '2024-05-01T08:30:00+00:00', endsAt: null }),
        makeSession('c', { title: 'A', startsAt: '2024-05-01T10:00:00+02:00', endsAt: null }),
        makeSession('10', { title: 'A', startsAt: '2024-05-01T10:00:00+02:00', endsAt: null }),
        makeSession('9', { title: 'A', startsAt: '2024-05-01T10:00:00+02:00', endsAt: null }),
        makeSession('late', { startsAt: '2024-05-01T23:30:00-05:00', endsAt: null }),
      ],
    });

    const view = buildView(model, new Set(), createBuildLog());

    expect(view.sessions.map((v) => v.id)).toEqual(['9', '10', 'c', 'a', 'b', 'late']);
    expect(view.days.map((d) => [d.date, d.sessions.map((v) => v.id)])).toEqual([['2024-05-01', ['9', '10', 'c', 'a', 'b', 'late']]]);
    expect(view.sessions.map((v) => v.start.time)).toEqual(['10:00', '10:00', '10:00', '10:00', '08:30', '23:30']);
  });

  it('captions days as the original did and parses offsets by hand', () => {
    expect([dayCaption('2017-03-17'), dayCaption('2018-03-22'), dayCaption('2024-06-01')]).toEqual(['Friday, 17th March', 'Thursday, 22nd March', 'Saturday, 1st June']);
    expect(parseWallTime('2017-03-17T09:00:00+08:00')).toEqual({ date: '2017-03-17', time: '09:00', minutes: 540, instant: Date.UTC(2017, 2, 17, 1), offset: '+08:00' });
    expect(parseWallTime('yesterday')).toEqual(null);
  });

  it('groups sponsors by level, large first', () => {
    const model = makeModel({ sponsors: [makeSponsor('1', { level: '3', name: 'Small' }), makeSponsor('2', { level: '1', name: 'Big' }), makeSponsor('3', { level: null, name: 'None' }), makeSponsor('4', { level: '2', name: 'Mid' }), makeSponsor('5', { level: '1', name: 'Also big' })] });

    const view = buildView(model, new Set(), createBuildLog());

    expect(view.sponsorLevels.map((l) => [l.level, l.sponsors.map((s) => s.sponsor.name)])).toEqual([
      ['1', ['Also big', 'Big']],
      ['2', ['Mid']],
      ['3', ['Small']],
      ['other', ['None']],
    ]);
  });
});

describe("the original's defects", () => {
  it('renders sessions with a null or unknown track and room, and names the dangling references', async () => {
    const model = makeModel({ sessions: [makeSession('1', { trackId: null, roomId: null }), makeSession('2', { trackId: 'nope', roomId: 'gone' })] });

    const { files, warnings, site } = await render(model);

    expect(site.view.sessions.map((v) => [v.id, v.track, v.room])).toEqual([
      ['1', null, null],
      ['2', null, null],
    ]);
    expect(warnings).toEqual(['session.track_missing: session 2: track id nope is not in tracks; shown without a track', 'session.room_missing: session 2: room id gone is not in rooms; shown without a room']);
    expect(files.get('tracks.html')).toContain('<h2 id="h-no-track">No track</h2>');
    expect(files.get('rooms.html')).toContain('>Room not set</div>');
  });

  it('keeps the first of two sessions with the same id and warns', async () => {
    const model = makeModel({ sessions: [makeSession('1033', { title: 'First' }), makeSession('1033', { title: 'Second' })] });

    const { files, warnings } = await render(model);

    expect(warnings).toEqual(['session.duplicate: session id 1033 appears twice; the second "Second" is ignored']);
    expect([...files.keys()].filter((p) => p.startsWith('sessions/'))).toEqual(['sessions/session-1033.html']);
  });

  it('leaves out a speaker id that is not in speakers, with a warning', async () => {
    const model = makeModel({ sessions: [makeSession('1', { speakerIds: ['s1', 'ghost'] })], speakers: [makeSpeaker('s1', { name: 'Ann' })] });

    const { warnings, site } = await render(model);

    expect(warnings).toEqual(['session.speaker_missing: session 1: speaker id ghost is not in speakers; left out']);
    expect(site.view.sessions[0].speakers.map((s) => s.name)).toEqual(['Ann']);
  });

  it('copies relative images that came with the input, keeps remote ones as URLs and drops missing ones with a warning', async () => {
    const model = makeModel({
      event: makeEvent({ logoUrl: 'images/logo.png', backgroundUrl: '/images/missing.jpg' }),
      sessions: [makeSession('1', { speakerIds: ['a', 'b'] })],
      speakers: [makeSpeaker('a', { photoUrl: 'https://cdn.example/a.jpg' }), makeSpeaker('b', { photoUrl: 'images/speakers/b.jpg' })],
    });

    const { files, warnings } = await render(model, memoryAssets({ 'images/logo.png': Buffer.from('PNG'), 'images/speakers/b.jpg': Buffer.from('JPG'), 'images/unused.png': Buffer.from('X') }));

    expect(warnings).toEqual(['image.missing: event background: image "/images/missing.jpg" is neither a http(s) URL nor a file of the input; not shown']);
    expect([...files.keys()].filter((p) => p.startsWith('images/'))).toEqual(['images/logo.png', 'images/speakers/b.jpg']);
    expect(files.get('speakers.html')).toContain('src="https://cdn.example/a.jpg"');
    expect(files.get('sessions/session-1.html')).toContain('src="../images/speakers/b.jpg"');
  });

  it('gives hostile session ids safe, unique file names', async () => {
    const model = makeModel({ sessions: [makeSession('../../x'), makeSession('x'), makeSession('/etc/passwd')] });

    const { files } = await render(model);

    expect([...files.keys()].filter((p) => p.startsWith('sessions/'))).toEqual(['sessions/session-etc-passwd.html', 'sessions/session-x-2.html', 'sessions/session-x.html']);
    expect(files.get('schedule.html')).toContain('data-session-id="../../x"');
  });
});

describe('pages', () => {
  it('writes expandable sessions and no session pages in expand mode', async () => {
    const model = makeModel({ sessions: [makeSession('1', { longAbstract: '<p>Long</p>' })] });

    const { files } = await render(model, memoryAssets(), 'expand');

    expect([...files.keys()].filter((p) => p.startsWith('sessions/'))).toEqual([]);
    expect(files.get('schedule.html')).toContain('<details class="session-details"><summary>Details</summary>');
  });

  it('writes a CoC page only when there is a code of conduct', async () => {
    const without = await render(makeModel({ event: makeEvent({ codeOfConduct: '<p> </p>' }) }));
    const withCoc = await render(makeModel({ event: makeEvent({ codeOfConduct: '<p>Be excellent</p>' }) }));

    expect([without.files.has('CoC.html'), withCoc.files.has('CoC.html')]).toEqual([false, true]);
    expect(withCoc.files.get('index.html')).toContain('<a href="CoC.html">Code of conduct</a>');
  });

  it('writes one .ics per session and one for the schedule, in UTC', async () => {
    const { files } = await render(makeModel({ sessions: [makeSession('1', { title: 'Talk, with; commas' })] }));

    expect(files.get('calendar/session-1.ics')).toEqual(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Convene//Site generator//EN\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:Test Summit\r\nBEGIN:VEVENT\r\nUID:session-1@event-42.convene\r\nDTSTAMP:20240501T080000Z\r\nDTSTART:20240501T080000Z\r\nDTEND:20240501T083000Z\r\nSUMMARY:Talk\\, with\\; commas\r\nLOCATION:Room One\\, Hall A\r\nCATEGORIES:Web\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    );
    expect(files.get('schedule.ics')).toEqual(files.get('calendar/session-1.ics'));
  });

  it('gives a session that ends as it starts 30 minutes in its .ics, as one without an end (DTEND after DTSTART)', async () => {
    const { files } = await render(makeModel({ sessions: [makeSession('1', { endsAt: '2024-05-01T10:00:00+02:00' }), makeSession('2', { endsAt: null })] }));

    const times = (file: string) => files.get(file)!.split('\r\n').filter((line) => /^DT(START|END):/.test(line));
    expect(times('calendar/session-1.ics')).toEqual(['DTSTART:20240501T080000Z', 'DTEND:20240501T083000Z']);
    expect(times('calendar/session-2.ics')).toEqual(times('calendar/session-1.ics'));
  });

  it('precaches every page and asset in the service worker under a content-hashed cache name', async () => {
    const { files } = await render();

    const sw = files.get('sw.js')!;
    const precache = JSON.parse(/var PRECACHE = (\[[\s\S]*?\]);/.exec(sw)![1]) as string[];
    expect(precache).toEqual([...files.keys()].filter((p) => p !== 'sw.js' && !p.endsWith('.ics')));
    expect(sw).toMatch(/var CACHE_NAME = "convene-site-[0-9a-f]{16}";/);
  });
});
