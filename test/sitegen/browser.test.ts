// The built FOSSASIASummit2017 site in a real browser (playwright-core + Debian chromium), served from a small
// static server on 127.0.0.1: search, track filter and room deep links, bookmarks across a reload, offline after
// the first visit through the service worker, the dark theme, keyboard access, no console errors; plus a link
// checker over every generated page. Remote images (the data's photo and logo URLs) are answered by a local
// placeholder so that the test never touches the network. Then the published fixture (fixtures/published.ts):
// images that cannot be loaded show their placeholder, over http and from file://, and links written without a
// scheme lead to https.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/sitegen/build.js';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.js';
import { MISSING_REMOTE_IMAGES, publishedZipFiles } from './fixtures/published.js';
import { zipFiles } from './fixtures/zips.js';

const SAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/samples/FOSSASIASummit2017');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-browser-'));
const lightDir = path.join(tmp, 'light');
const darkDir = path.join(tmp, 'dark');
const publishedDir = path.join(tmp, 'published');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.ics': 'text/calendar', '.png': 'image/png', '.jpg': 'image/jpeg' };
const PLACEHOLDER = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="#9ab"/></svg>';

let browser: LaunchedBrowser;
let server: http.Server;
let base = '';
const consoleErrors: string[] = [];
const sessions: Array<Record<string, any>> = JSON.parse(fs.readFileSync(path.join(SAMPLE, 'sessions'), 'utf8'));

function serve(): Promise<void> {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const [, site, ...rest] = decodeURIComponent(url.pathname).split('/');
    const root = site === 'dark' ? darkDir : site?.startsWith('published') ? publishedDir : lightDir;
    const relative = rest.join('/') || 'index.html';
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    const send = () => {
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      response.end(fs.readFileSync(file));
    };
    // /published-late/ holds the site's script back until the page's images have failed.
    if (site === 'published-late' && relative === 'js/site.js') setTimeout(send, 800);
    else send();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
}

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${url}: ${error.message}`));
  await page.goto(url);
  return page;
}

async function visibleIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-session-id]', (els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getAttribute('data-session-id')!));
}

function idsWhere(test: (s: Record<string, any>) => boolean): string[] {
  return sessions.filter(test).map((s) => String(s.id)).sort();
}

beforeAll(async () => {
  await buildSite({ source: { kind: 'path', path: SAMPLE }, outDir: lightDir, buildId: 'browser' });
  await buildSite({ source: { kind: 'path', path: SAMPLE }, outDir: darkDir, theme: 'dark', buildId: 'browser' });
  await buildSite({ source: { kind: 'zip', data: await zipFiles(publishedZipFiles()) }, outDir: publishedDir, buildId: 'browser' });
  await serve();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  await browser.context.route(REMOTE, placeholder);
});

/** Other hosts (speaker photos, logos) answer a placeholder image: the test never uses the network. */
const REMOTE = /^https?:\/\/(?!127\.0\.0\.1[:/])/;
const placeholder = (route: import('playwright-core').Route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER });

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the FOSSASIASummit2017 site in chromium', () => {
  it('shows 3017, 3029, 3013 and 3031 and hides 3014 and 3015 when searching "Mario"', async () => {
    const page = await open(`${base}/light/schedule.html`);

    await page.fill('#search', 'Mario');

    const shown = await visibleIds(page);
    expect(['3017', '3029', '3013', '3031'].filter((id) => shown.includes(id))).toEqual(['3017', '3029', '3013', '3031']);
    expect(['3014', '3015'].filter((id) => shown.includes(id))).toEqual([]);
    expect(shown.sort()).toEqual(['3013', '3017', '3029', '3031']);
    expect(await page.textContent('.result-count')).toEqual('4 of 214 sessions');
    expect(new URL(page.url()).hash).toEqual('#q=Mario');
    await page.close();
  });

  it('filters by track from the select and from a deep link', async () => {
    const openTech = idsWhere((s) => s.track?.name === 'Open Tech');
    const page = await open(`${base}/light/schedule.html`);

    await page.selectOption('#filter-track', 'open-tech');

    expect((await visibleIds(page)).sort()).toEqual(openTech);
    expect(new URL(page.url()).hash).toEqual('#track=open-tech');
    const deep = await open(`${base}/light/schedule.html#track=open-tech`);
    expect((await visibleIds(deep)).sort()).toEqual(openTech);
    expect(await deep.inputValue('#filter-track')).toEqual('open-tech');
    await page.close();
    await deep.close();
  });

  it("filters by room from a deep link, in our #room=<slug> form and in the original's #<name> form", async () => {
    const dalton = idsWhere((s) => s.microlocation?.name === 'Dalton Hall (Floor 3)');
    const page = await open(`${base}/light/schedule.html#room=dalton-hall-floor-3`);
    const original = await open(`${base}/light/schedule.html#${encodeURIComponent('Dalton Hall (Floor 3)')}`);
    const rooms = await open(`${base}/light/rooms.html#room=dalton-hall-floor-3`);

    expect((await visibleIds(page)).sort()).toEqual(dalton);
    expect((await visibleIds(original)).sort()).toEqual(dalton);
    const calIds = await rooms.$$eval('[data-cal-id]', (els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getAttribute('data-cal-id')!));
    expect(calIds.sort()).toEqual(dalton);
    for (const p of [page, original, rooms]) await p.close();
  });

  it('keeps a bookmark across a reload and filters to bookmarked sessions', async () => {
    const page = await open(`${base}/light/schedule.html`);

    await page.click('[data-session-id="3017"] [data-bookmark]');
    await page.reload();

    expect(await page.getAttribute('[data-session-id="3017"] [data-bookmark]', 'aria-pressed')).toEqual('true');
    expect(await page.getAttribute('[data-session-id="3014"] [data-bookmark]', 'aria-pressed')).toEqual('false');
    await page.check('#filter-bookmarked');
    expect(await visibleIds(page)).toEqual(['3017']);
    expect(await page.evaluate(() => localStorage.getItem('convene:bookmarks:6'))).toEqual('["3017"]');
    await page.close();
  });

  it('switches to the calendar view, a timeline by room per day', async () => {
    const page = await open(`${base}/light/schedule.html`);

    await page.click('[data-view="calendar"]');

    expect(await page.isVisible('[data-view-panel="calendar"]')).toEqual(true);
    expect(await page.isVisible('[data-view-panel="list"]')).toEqual(false);
    expect(await page.isVisible('[data-cal-id="3017"]')).toEqual(true);
    await page.click('.day-tabs [data-day="2017-03-19"]');
    expect(await page.isVisible('[data-cal-id="3017"]')).toEqual(false);
    expect(await page.isVisible('[data-cal-id="3031"]')).toEqual(true);
    await page.close();
  });

  it('works offline after the first visit', async () => {
    const page = await open(`${base}/light/index.html`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toEqual(true);
    // Seen online once: the first speakers' photos (on another host) are kept for offline use.
    await page.goto(`${base}/light/speakers.html`);
    const remotePhotos = () =>
      page.$$eval('img', (imgs) =>
        imgs
          .filter((img) => /^https?:/.test(img.getAttribute('src') ?? '') && !img.src.startsWith(location.origin))
          .slice(0, 3)
          .map((img) => img.complete && img.naturalWidth > 0),
      );
    await expect.poll(remotePhotos).toEqual([true, true, true]);

    // Offline, and the other hosts gone too: what shows now comes from the service worker's cache.
    const errorsBefore = consoleErrors.length;
    await browser.context.unroute(REMOTE, placeholder);
    await browser.context.route(REMOTE, (route) => route.abort('internetdisconnected'));
    await browser.context.setOffline(true);
    await page.goto(`${base}/light/speakers.html`);
    const speakers = await page.$$eval('[data-speaker-id]', (els) => els.length);
    await expect.poll(remotePhotos).toEqual([true, true, true]);
    await browser.context.unroute(REMOTE);
    await browser.context.route(REMOTE, placeholder);
    // Offline, photos never seen online fail to load, as they should; those errors are not the site's.
    consoleErrors.splice(errorsBefore);
    await page.goto(`${base}/light/sessions/session-3017.html`);
    const title = await page.textContent('h1');
    await browser.context.setOffline(false);

    expect(speakers).toEqual(184);
    expect(title).toEqual("FOSSASIA What's Next");
    await page.close();
  });

  it('applies the dark theme, built in and by the toggle', async () => {
    const dark = await open(`${base}/dark/schedule.html`);
    const light = await open(`${base}/light/index.html`);

    const darkColours = await dark.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.session')!).backgroundColor]);
    await light.click('.theme-toggle');
    const toggled = await light.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.body).backgroundColor]);

    expect(darkColours).toEqual(['rgb(35, 41, 58)', 'rgb(51, 61, 90)']);
    expect(toggled).toEqual(['dark', 'rgb(35, 41, 58)']);
    await light.click('.theme-toggle');
    for (const p of [dark, light]) await p.close();
  });

  it('starts keyboard navigation at the skip link, which leads to the main content', async () => {
    const page = await open(`${base}/light/schedule.html`);

    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Enter');

    expect(first).toEqual('Skip to content');
    expect(await page.evaluate(() => document.activeElement?.id)).toEqual('main');
    await page.close();
  });

  it('works from file:// too: search and bookmarks without a server', async () => {
    const page = await open(`file://${lightDir}/schedule.html`);

    await page.fill('#search', 'Mario');
    await page.click('[data-session-id="3031"] [data-bookmark]');

    expect((await visibleIds(page)).sort()).toEqual(['3013', '3017', '3029', '3031']);
    expect(await page.getAttribute('[data-session-id="3031"] [data-bookmark]', 'aria-pressed')).toEqual('true');
    await page.close();
  });

  it('loads every top-level page and some session pages without console errors', async () => {
    const pages = ['index.html', 'schedule.html', 'tracks.html', 'rooms.html', 'speakers.html', 'CoC.html', 'offline.html', ...fs.readdirSync(path.join(lightDir, 'sessions')).slice(0, 10).map((f) => `sessions/${f}`)];

    for (const name of pages) await (await open(`${base}/light/${name}`)).close();

    expect(consoleErrors).toEqual([]);
  });
});

describe('images that cannot be loaded, in chromium', () => {
  // The fixture's missing remote images answer 404, on the context so that the service worker's fetches are
  // answered too; routes added later win over the placeholder route for other hosts.
  const gone = (route: import('playwright-core').Route) => route.fulfill({ status: 404, body: 'gone' });
  beforeAll(async () => {
    for (const image of MISSING_REMOTE_IMAGES) await browser.context.route(image, gone);
  });
  afterAll(async () => {
    for (const image of MISSING_REMOTE_IMAGES) await browser.context.unroute(image, gone);
  });

  /** A page of the published site, with the script errors it raises. */
  async function openPublished(url: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    return { page, errors };
  }

  /** Every image of the page: shown or not, loaded or not, and its placeholder's text and box against its card. */
  function images(page: Page) {
    return page.$$eval('img', (imgs) =>
      imgs.map((img) => {
        const shown = (el: Element) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
        const next = img.nextElementSibling;
        const placeholder = next && next.hasAttribute('data-img-fallback') ? next : null;
        const card = img.closest('.speaker, .featured, .sponsor');
        const inside = (el: Element | null) => {
          if (!el || !card) return null;
          const [a, b] = [el.getBoundingClientRect(), card.getBoundingClientRect()];
          return a.width > 0 && a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
        };
        return {
          src: img.getAttribute('src'),
          shown: shown(img),
          loaded: img.complete && img.naturalWidth > 0,
          placeholder: placeholder && shown(placeholder) ? placeholder.textContent : null,
          placeholderInCard: placeholder && shown(placeholder) ? inside(placeholder) : null,
        };
      }),
    );
  }

  it('shows initials instead of a speaker photo that fails to load, and keeps the one that loads', async () => {
    const { page, errors } = await openPublished(`${base}/published/speakers.html`);

    expect(await images(page)).toEqual([
      { src: 'images/logo.png', shown: false, loaded: false, placeholder: null, placeholderInCard: null },
      { src: 'images/speakers/alice.jpg', shown: false, loaded: false, placeholder: 'AI', placeholderInCard: true },
      { src: MISSING_REMOTE_IMAGES[0], shown: false, loaded: false, placeholder: 'B', placeholderInCard: true },
      { src: 'images/speakers/carol.png', shown: true, loaded: true, placeholder: null, placeholderInCard: null },
      { src: 'https://cc.example.org/c.png', shown: true, loaded: true, placeholder: null, placeholderInCard: null },
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hides a broken logo and background and names the sponsor instead of its broken logo, over http and from file://', async () => {
    for (const url of [`${base}/published/index.html`, `file://${publishedDir}/index.html`]) {
      const { page, errors } = await openPublished(url);

      expect(await images(page)).toEqual([
        { src: 'images/logo.png', shown: false, loaded: false, placeholder: null, placeholderInCard: null },
        { src: 'images/bg.png', shown: false, loaded: false, placeholder: null, placeholderInCard: null },
        { src: 'images/logo.png', shown: false, loaded: false, placeholder: null, placeholderInCard: null },
        { src: 'images/speakers/alice.jpg', shown: false, loaded: false, placeholder: 'AI', placeholderInCard: true },
        { src: MISSING_REMOTE_IMAGES[0], shown: false, loaded: false, placeholder: 'B', placeholderInCard: true },
        { src: 'images/speakers/carol.png', shown: true, loaded: true, placeholder: null, placeholderInCard: null },
        { src: 'images/sponsors/acme.png', shown: false, loaded: false, placeholder: 'Acme Interop', placeholderInCard: true },
        { src: MISSING_REMOTE_IMAGES[1], shown: false, loaded: false, placeholder: 'Globex', placeholderInCard: true },
        { src: 'https://cc.example.org/c.png', shown: true, loaded: true, placeholder: null, placeholderInCard: null },
      ]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('also replaces images that failed before the script ran', async () => {
    const { page, errors } = await openPublished(`${base}/published-late/speakers.html`);

    expect((await images(page)).map((i) => [i.src, i.shown, i.placeholder])).toEqual([
      ['images/logo.png', false, null],
      ['images/speakers/alice.jpg', false, 'AI'],
      [MISSING_REMOTE_IMAGES[0], false, 'B'],
      ['images/speakers/carol.png', true, null],
      ['https://cc.example.org/c.png', true, null],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leads links written without a scheme to https, not to a path of the site', async () => {
    const { page } = await openPublished(`${base}/published/speakers.html`);

    const links = await page.$$eval('[data-speaker-id="51"] .social a', (as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
    const footer = await page.$$eval('.site-footer .social a', (as) => as.map((a) => (a as HTMLAnchorElement).href));

    expect(links).toEqual([['Website', 'https://www.alice.example.org/'], ['Twitter', 'https://twitter.com/alice'], ['Facebook', 'https://www.facebook.com/alice']]);
    expect(footer).toEqual(['https://twitter.com/interop', 'https://github.com/interop']);
    await page.close();
  });
});

describe('links', () => {
  it('has no broken internal link or image on any generated page', () => {
    const files = (fs.readdirSync(lightDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => {
      let set = idsOf.get(file);
      if (!set) {
        set = new Set([...fs.readFileSync(path.join(lightDir, file), 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
        idsOf.set(file, set);
      }
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const text = fs.readFileSync(path.join(lightDir, file), 'utf8');
      for (const [, attr, value] of text.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const url = value.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:)/.test(url)) continue;
        checked++;
        const [target, fragment] = url.split('#');
        const resolved = target === '' ? file : path.normalize(path.join(path.dirname(file), decodeURIComponent(target)));
        if (!fs.existsSync(path.join(lightDir, resolved))) broken.push(`${file}: ${attr}="${value}"`);
        else if (fragment && !fragment.includes('=') && resolved.endsWith('.html') && !ids(resolved).has(decodeURIComponent(fragment))) broken.push(`${file}: ${attr}="${value}" (no such anchor)`);
      }
    }

    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });
});
