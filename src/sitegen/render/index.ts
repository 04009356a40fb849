// Renders a whole site from a SiteInput into an in-memory list of files (path relative to the site root →
// bytes), sorted by path. Pure apart from reading the input's assets: the same input and options give the same
// files, which the build then writes and zips. The service worker's cache name is a hash of every other file, so
// a new build with different content replaces the visitors' cache.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BuildLog, SiteInput } from '../model.js';
import { scheduleIcs, sessionIcs } from './ics.js';
import { hasCoc, renderCoc, renderIndex, renderOffline, renderRooms, renderSchedule, renderSessionPage, renderSpeakers, renderTracks, type PageContext, type SessionMode, type Theme } from './pages.js';
import { buildView, type SiteView } from './view.js';

export type { SessionMode, Theme } from './pages.js';

export interface SiteFile {
  path: string;
  data: Buffer;
}

export interface RenderOptions {
  theme?: Theme;
  sessionMode?: SessionMode;
  log: BuildLog;
  /** Called between steps so a build can report progress and be aborted. */
  onStep?: (fraction: number, step: string) => void | Promise<void>;
}

export interface RenderedSite {
  files: SiteFile[];
  view: SiteView;
}

const CLIENT_FILES: Array<[string, string]> = [
  ['css/site.css', 'site.css'],
  ['js/theme.js', 'theme.js'],
  ['js/site.js', 'site.js'],
  ['js/sessions.js', 'sessions.js'],
  ['icon.svg', 'icon.svg'],
];

let clientCache: Map<string, Buffer> | null = null;
function clientFile(name: string): Buffer {
  clientCache ??= new Map();
  let data = clientCache.get(name);
  if (!data) {
    data = readFileSync(new URL(`./client/${name}`, import.meta.url));
    clientCache.set(name, data);
  }
  return data;
}

function manifest(view: SiteView, theme: Theme): string {
  const name = view.model.event.name;
  return `${JSON.stringify(
    {
      name,
      short_name: [...name].length > 12 ? [...name].slice(0, 12).join('').trim() : name,
      start_url: 'index.html',
      scope: './',
      display: 'standalone',
      background_color: theme === 'dark' ? '#23293a' : '#f6f7fb',
      theme_color: theme === 'dark' ? '#23293a' : '#1f5fbf',
      icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    null,
    2,
  )}\n`;
}

export async function renderSite(input: SiteInput, options: RenderOptions): Promise<RenderedSite> {
  const theme = options.theme ?? 'light';
  const sessionMode = options.sessionMode ?? 'single';
  const step = async (fraction: number, name: string) => {
    await options.onStep?.(fraction, name);
  };
  const assetList = input.assets.list();
  const view = buildView(input.model, new Set(assetList), options.log);
  const ctx: PageContext = { view, theme, sessionMode };
  const files = new Map<string, Buffer | string>();

  await step(0.1, 'Rendering the home, schedule, tracks, rooms and speakers pages');
  files.set('index.html', renderIndex(ctx));
  files.set('schedule.html', renderSchedule(ctx));
  files.set('tracks.html', renderTracks(ctx));
  files.set('rooms.html', renderRooms(ctx));
  files.set('speakers.html', renderSpeakers(ctx));
  files.set('offline.html', renderOffline(ctx));
  if (hasCoc(view)) files.set('CoC.html', renderCoc(ctx));

  await step(0.4, sessionMode === 'single' ? 'Rendering one page per session' : 'Writing calendar files');
  for (let i = 0; i < view.sessions.length; i++) {
    const v = view.sessions[i];
    if (sessionMode === 'single') files.set(`sessions/${v.file}`, renderSessionPage(ctx, v));
    files.set(`calendar/${v.slug}.ics`, sessionIcs(view, v));
    // Yield now and then so a long build stays abortable and its progress visible.
    if (i % 500 === 499) await step(0.4 + (0.3 * i) / view.sessions.length, 'Rendering sessions');
  }
  files.set('schedule.ics', scheduleIcs(view));
  files.set('manifest.json', manifest(view, theme));
  for (const [path, name] of CLIENT_FILES) files.set(path, clientFile(name));

  await step(0.75, 'Copying the input images');
  // Only the assets a page references are copied: the input may bring files the site never shows.
  for (const path of [...view.usedAssets].sort()) files.set(path, await input.assets.read(path));

  const sorted = [...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, data]) => ({ path, data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data }));
  const hash = createHash('sha256');
  for (const file of sorted) hash.update(file.path).update('\0').update(file.data).update('\0');
  const precache = [...sorted.filter((f) => !f.path.endsWith('.ics')).map((f) => f.path)];
  const sw = clientFile('sw.js').toString('utf8').replace("'__CACHE_NAME__'", JSON.stringify(`convene-site-${hash.digest('hex').slice(0, 16)}`)).replace('__PRECACHE__', JSON.stringify(precache, null, 1));
  sorted.push({ path: 'sw.js', data: Buffer.from(sw, 'utf8') });
  sorted.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: sorted, view };
}
