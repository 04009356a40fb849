// The site's pages as plain template functions over the SiteView: index, schedule (list and calendar views),
// tracks, rooms, speakers, one page per session in single mode, the code of conduct and the offline page. Every
// interpolation goes through `html` (escaping) and every URL through `safeUrl`; HTML fields through
// `sanitizeHtml`. Pages link to each other relatively so the site works from file:// and from any folder.
import type { SiteSpeaker } from '../model.js';
import { html, isRemoteUrl, jsonForScript, raw, safeUrl, sanitizeHtml, type Html, type HtmlPart } from './html.js';
import { dateRange, dayCaption, offsetLabel, shortDay, type WallTime } from './time.js';
import type { SiteView, ViewDay, ViewRoom, ViewSession, ViewSpeaker } from './view.js';

export type Theme = 'light' | 'dark';
export type SessionMode = 'single' | 'expand';

export interface PageContext {
  view: SiteView;
  theme: Theme;
  sessionMode: SessionMode;
}

type PageName = 'index' | 'schedule' | 'tracks' | 'rooms' | 'speakers' | 'coc' | 'session' | 'offline';

/** A URL as written on a page `root` levels below the site root: relative site paths get the prefix. */
function siteUrl(root: string, url: string | null): string | null {
  if (!url) return null;
  return isRemoteUrl(url) ? url : root + url;
}

function timeRange(start: WallTime, end: WallTime | null): Html {
  const iso = (t: WallTime) => `${t.date}T${t.time}${t.offset === 'Z' ? 'Z' : t.offset}`;
  return html`<time datetime="${iso(start)}">${start.time}</time>${end ? html`–<time datetime="${iso(end)}">${end.time}</time>` : ''}`;
}

const cocCache = new WeakMap<SiteView, boolean>();
function hasCoc(view: SiteView): boolean {
  let has = cocCache.get(view);
  if (has === undefined) {
    has = sanitizeHtml(view.model.event.codeOfConduct).value.replace(/<[^>]*>/g, '').trim() !== '';
    cocCache.set(view, has);
  }
  return has;
}

const speakerIndexCache = new WeakMap<SiteView, Map<string, ViewSpeaker>>();
/** Listed speakers by id, built once per view (session items look speakers up thousands of times). */
function listedSpeakers(view: SiteView): Map<string, ViewSpeaker> {
  let index = speakerIndexCache.get(view);
  if (!index) {
    index = new Map(view.speakers.map((s) => [s.speaker.id, s]));
    speakerIndexCache.set(view, index);
  }
  return index;
}

function layout(ctx: PageContext, page: PageName, title: string, body: Html, root = ''): string {
  const { view } = ctx;
  const event = view.model.event;
  const nav: Array<[PageName, string, string]> = [
    ['index', 'index.html', 'Home'],
    ['schedule', 'schedule.html', 'Schedule'],
    ['tracks', 'tracks.html', 'Tracks'],
    ['rooms', 'rooms.html', 'Rooms'],
    ['speakers', 'speakers.html', 'Speakers'],
  ];
  if (hasCoc(view)) nav.push(['coc', 'CoC.html', 'Code of conduct']);
  const config = { eventId: event.id, theme: ctx.theme, root };
  const logo = siteUrl(root, view.logo);
  const doc = html`<!doctype html>
<html lang="en" data-theme="${ctx.theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title === event.name ? title : `${title} · ${event.name}`}</title>
<meta name="description" content="${`${event.name}${view.start ? `, ${dateRange(view.start, view.end)}` : ''}${event.locationName ? `, ${event.locationName}` : ''}`}">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Convene site generator">
<link rel="icon" href="${root}icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${root}css/site.css">
<script type="application/json" id="site-config">${raw(jsonForScript(config))}</script>
<script src="${root}js/theme.js"></script>
<script src="${root}js/site.js" defer></script>
${page === 'schedule' || page === 'tracks' || page === 'rooms' || page === 'session' || page === 'speakers' ? html`<script src="${root}js/sessions.js" defer></script>` : ''}
</head>
<body data-page="${page}" data-event-id="${event.id}" data-session-mode="${ctx.sessionMode}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="wrap header-inner">
<a class="brand" href="${root}index.html">${logo ? html`<img src="${logo}" alt="" class="brand-logo">` : ''}<span>${event.name}</span></a>
<nav aria-label="Main" class="main-nav">
<ul>
${nav.map(([name, href, label]) => html`<li><a href="${root}${href}"${name === page ? raw(' aria-current="page"') : ''}>${label}</a></li>`)}
</ul>
</nav>
<button type="button" class="theme-toggle" aria-pressed="${ctx.theme === 'dark' ? 'true' : 'false'}" title="Switch between light and dark theme"><span aria-hidden="true">◐</span><span class="visually-hidden">Dark theme</span></button>
</div>
</header>
<main id="main" tabindex="-1">
${body}
</main>
${footer(ctx, root)}
</body>
</html>
`;
  return doc.value;
}

function socialLinks(view: SiteView): Html {
  const links = view.model.event.socialLinks.map((l) => ({ name: l.name, url: safeUrl(l.url) })).filter((l) => l.url && isRemoteUrl(l.url) && l.name.trim() !== '');
  if (links.length === 0) return html``;
  return html`<ul class="social">${links.map((l) => html`<li><a href="${l.url}" rel="noopener noreferrer">${l.name}</a></li>`)}</ul>`;
}

function footer(ctx: PageContext, root: string): Html {
  const { view } = ctx;
  const c = view.model.event.copyright;
  const licenceUrl = safeUrl(c?.licenceUrl);
  const holderUrl = safeUrl(c?.holderUrl);
  const logo = siteUrl(root, c?.logoUrl && isRemoteUrl(c.logoUrl) ? safeUrl(c.logoUrl) : null);
  const licenceName = c?.licenceLongName || c?.licence;
  return html`<footer class="site-footer">
<div class="wrap footer-inner">
${socialLinks(view)}
${c
  ? html`<p class="copyright">${c.holder ? html`© ${c.year ?? ''} ${holderUrl ? html`<a href="${holderUrl}">${c.holder}</a>` : c.holder}.` : ''}
${licenceName ? html` Licence: ${licenceUrl ? html`<a href="${licenceUrl}" rel="license">${licenceName}</a>` : licenceName}.` : ''}
${logo ? html`<img src="${logo}" alt="${licenceName ?? 'Licence'}" class="licence-logo" width="88" height="31">` : ''}</p>`
  : ''}
<p class="made-with">Made with the Convene site generator.</p>
</div>
</footer>`;
}

function speakerNames(speakers: SiteSpeaker[]): string {
  return speakers.map((s) => s.name).join(', ');
}

function sessionHref(ctx: PageContext, v: ViewSession, root = ''): string {
  return ctx.sessionMode === 'single' ? `${root}sessions/${v.file}` : `${root}schedule.html#${v.slug}`;
}

function trackChip(v: ViewSession, root: string): Html {
  if (!v.track) return html`<span class="chip chip-none">No track</span>`;
  return html`<a class="chip" href="${root}tracks.html#${v.track.slug}" style="--chip:${v.track.color};--chip-text:${v.track.fontColor}">${v.track.track.name}</a>`;
}

function sessionLinks(v: ViewSession): Html {
  const s = v.session;
  const items: Array<[string | null, string]> = [
    [safeUrl(s.videoUrl), 'Video'],
    [safeUrl(s.slidesUrl), 'Slides'],
    [safeUrl(s.audioUrl), 'Audio'],
    [safeUrl(s.signupUrl), 'Sign up'],
  ];
  const present = items.filter(([url]) => url);
  if (present.length === 0) return html``;
  return html`<ul class="session-links">${present.map(([url, label]) => html`<li><a href="${url}" rel="noopener noreferrer">${label}</a></li>`)}</ul>`;
}

function bookmarkButton(v: ViewSession): Html {
  return html`<button type="button" class="bookmark" data-bookmark="${v.id}" aria-pressed="false"><span aria-hidden="true" class="star"></span><span class="visually-hidden">Bookmark “${v.session.title}”</span></button>`;
}

function sessionSpeakers(ctx: PageContext, v: ViewSession, root: string): Html {
  if (v.speakers.length === 0) return html``;
  const listed = listedSpeakers(ctx.view);
  return html`<span class="session-speakers">${v.speakers.map((s, i) => {
    const entry = listed.get(s.id);
    return html`${i > 0 ? ', ' : ''}${entry ? html`<a href="${root}speakers.html#${entry.slug}">${s.name}</a>` : s.name}`;
  })}</span>`;
}

/** One session in a list (schedule and tracks pages): its element carries the session id for scripts and tests. */
function sessionItem(ctx: PageContext, v: ViewSession, headingLevel: 3 | 4 = 3): Html {
  const root = '';
  const heading = (inner: HtmlPart) => (headingLevel === 3 ? html`<h3 class="session-title">${inner}</h3>` : html`<h4 class="session-title">${inner}</h4>`);
  const details = () => html`${v.session.subtitle ? html`<p class="subtitle">${v.session.subtitle}</p>` : ''}
<div class="abstract">${sanitizeHtml(v.description)}</div>
${sessionLinks(v)}`;
  return html`<article class="session" id="${v.slug}" data-session-id="${v.id}" data-day="${v.start.date}" data-track="${v.track?.slug ?? ''}" data-room="${v.room?.slug ?? ''}" data-search="${v.searchText}" style="--track:${v.track?.color ?? '#6b7280'}">
<div class="session-time">${timeRange(v.start, v.end)}</div>
<div class="session-body">
${ctx.sessionMode === 'single'
  ? heading(html`<a href="${sessionHref(ctx, v)}">${v.session.title}</a>`)
  : heading(v.session.title)}
<p class="session-meta">${sessionSpeakers(ctx, v, root)}${v.speakers.length ? ' ' : ''}${trackChip(v, root)} <span class="room">${v.room ? v.room.room.name : 'Room not set'}</span>${v.typeName ? html` <span class="type">${v.typeName}</span>` : ''}</p>
${ctx.sessionMode === 'expand' && (v.description || v.session.subtitle) ? html`<details class="session-details"><summary>Details</summary>${details()}</details>` : ''}
</div>
<div class="session-actions">${bookmarkButton(v)}<a class="ics" href="calendar/${v.slug}.ics" download="${v.slug}.ics" title="Add “${v.session.title}” to your calendar"><span aria-hidden="true">+</span> Calendar</a></div>
</article>`;
}

function filterBar(ctx: PageContext, options: { rooms: boolean; tracks: boolean; views: boolean }): Html {
  const { view } = ctx;
  return html`<form class="filters" role="search">
<div class="field"><label for="search">Search</label><input type="search" id="search" name="q" placeholder="Title, speaker, track, room…" autocomplete="off"></div>
${options.tracks ? html`<div class="field"><label for="filter-track">Track</label><select id="filter-track" name="track"><option value="">All tracks</option>${view.tracks.map((t) => html`<option value="${t.slug}">${t.track.name}</option>`)}</select></div>` : ''}
${options.rooms ? html`<div class="field"><label for="filter-room">Room</label><select id="filter-room" name="room"><option value="">All rooms</option>${view.rooms.map((r) => html`<option value="${r.slug}">${r.room.name}</option>`)}</select></div>` : ''}
<div class="field field-check"><input type="checkbox" id="filter-bookmarked" name="bookmarked"><label for="filter-bookmarked">Bookmarked only</label></div>
${options.views ? html`<div class="field view-switch" role="group" aria-label="View"><button type="button" data-view="list" aria-pressed="true">List</button><button type="button" data-view="calendar" aria-pressed="false">Calendar</button></div>` : ''}
</form>
<p class="result-count" role="status" aria-live="polite"></p>`;
}

function dayTabs(view: SiteView): Html {
  if (view.days.length < 2) return html``;
  return html`<div class="day-tabs" role="tablist" aria-label="Days">
<button type="button" role="tab" aria-selected="true" data-day="">All days</button>
${view.days.map((d) => html`<button type="button" role="tab" aria-selected="false" data-day="${d.date}">${shortDay(d.date)}</button>`)}
</div>`;
}

const SLOT_MINUTES = 5;

/** Per-day timeline grid by room (the rooms page and the schedule's calendar view). */
function timeline(ctx: PageContext, day: ViewDay, idPrefix: string): Html {
  const rooms: Array<ViewRoom | null> = [];
  const roomIndex = new Map<string, number>();
  const roomOrder = ctx.view.rooms;
  const present = new Set(day.sessions.map((v) => v.room?.room.id ?? ''));
  for (const r of roomOrder) if (present.has(r.room.id)) rooms.push(r);
  if (present.has('')) rooms.push(null);
  rooms.forEach((r, i) => roomIndex.set(r?.room.id ?? '', i));
  const startMin = Math.floor(Math.min(...day.sessions.map((v) => v.start.minutes)) / 30) * 30;
  const endOf = (v: ViewSession) => (v.end ? (v.end.date === v.start.date ? v.end.minutes : 24 * 60) : v.start.minutes + 30);
  const endMin = Math.ceil(Math.max(...day.sessions.map(endOf)) / 30) * 30;
  const rows = Math.max(1, (endMin - startMin) / SLOT_MINUTES);
  const labels: Html[] = [];
  for (let m = startMin; m < endMin; m += 30) {
    const row = 2 + (m - startMin) / SLOT_MINUTES;
    labels.push(html`<div class="tl-time" style="grid-row:${row} / span ${30 / SLOT_MINUTES}">${`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`}</div>`);
  }
  return html`<div class="timeline-scroll" tabindex="0" role="region" aria-label="${`Timeline for ${dayCaption(day.date)}`}">
<div class="timeline" style="grid-template-columns:4.5rem repeat(${rooms.length}, minmax(12rem, 22rem));grid-template-rows:auto repeat(${rows}, var(--slot))">
<div class="tl-corner"></div>
${rooms.map((r, i) => html`<div class="tl-room" id="${r ? `${idPrefix}${day.date}-${r.slug}` : ''}" style="grid-column:${i + 2}">${r ? r.room.name : 'Room not set'}</div>`)}
${labels}
${day.sessions.map((v) => {
  const column = 2 + (roomIndex.get(v.room?.room.id ?? '') ?? 0);
  const row = 2 + Math.round((v.start.minutes - startMin) / SLOT_MINUTES);
  const span = Math.max(2, Math.round((endOf(v) - v.start.minutes) / SLOT_MINUTES));
  return html`<a class="tl-session" data-cal-id="${v.id}" data-day="${v.start.date}" data-track="${v.track?.slug ?? ''}" data-room="${v.room?.slug ?? ''}" data-search="${v.searchText}" href="${sessionHref(ctx, v)}" style="grid-column:${column};grid-row:${row} / span ${span};--track:${v.track?.color ?? '#6b7280'};--track-text:${v.track?.fontColor ?? '#ffffff'}"><span class="tl-when">${timeRange(v.start, v.end)}</span> <span class="tl-title">${v.session.title}</span>${v.speakers.length ? html` <span class="tl-speakers">${speakerNames(v.speakers)}</span>` : ''}</a>`;
})}
</div>
</div>`;
}

function emptyState(what: string): Html {
  return html`<p class="empty">${what}</p>`;
}

function pageHeader(title: string, intro?: HtmlPart): Html {
  return html`<div class="page-head"><div class="wrap"><h1>${title}</h1>${intro ? html`<p class="intro">${intro}</p>` : ''}</div></div>`;
}

function zoneNote(view: SiteView): string {
  const offset = view.sessions[0]?.start.offset ?? view.start?.offset;
  if (!offset) return '';
  return `Times are local to the event (${view.model.event.timezone ? `${view.model.event.timezone}, ` : ''}${offsetLabel(offset)}).`;
}

export function renderSchedule(ctx: PageContext): string {
  const { view } = ctx;
  const body = html`${pageHeader('Schedule', zoneNote(view))}
<div class="wrap">
${view.sessions.length === 0
  ? emptyState('No sessions have been scheduled yet.')
  : html`<div class="toolbar">${filterBar(ctx, { rooms: true, tracks: true, views: true })}
<p class="downloads"><a href="schedule.ics" download="schedule.ics">Download the whole schedule (.ics)</a></p></div>
${dayTabs(view)}
<div class="view-list" data-view-panel="list">
${view.days.map((d) => html`<section class="day" data-day="${d.date}" aria-labelledby="day-${d.date}"><h2 id="day-${d.date}">${dayCaption(d.date)}</h2>
<div class="session-list">${d.sessions.map((v) => sessionItem(ctx, v))}</div></section>`)}
</div>
<div class="view-calendar" data-view-panel="calendar" hidden>
${view.days.map((d) => html`<section class="day" data-day="${d.date}" aria-labelledby="cal-${d.date}"><h2 id="cal-${d.date}">${dayCaption(d.date)}</h2>${timeline(ctx, d, 'cal-')}</section>`)}
</div>
<p class="no-results" hidden>No session matches these filters.</p>`}
</div>`;
  return layout(ctx, 'schedule', 'Schedule', body);
}

export function renderTracks(ctx: PageContext): string {
  const { view } = ctx;
  const body = html`${pageHeader('Tracks', zoneNote(view))}
<div class="wrap">
${view.tracks.length > 0 ? html`<nav aria-label="Tracks" class="track-index"><ul>${view.tracks.map((t) => html`<li><a class="chip" href="#${t.slug}" style="--chip:${t.color};--chip-text:${t.fontColor}">${t.track.name}</a></li>`)}</ul></nav>` : ''}
${view.sessions.length > 0 ? html`<div class="toolbar">${filterBar(ctx, { rooms: true, tracks: false, views: false })}</div>` : emptyState('No sessions have been scheduled yet.')}
${view.tracks.map((t) => {
  const sessions = view.sessions.filter((v) => v.track === t);
  return html`<section class="track" id="${t.slug}" aria-labelledby="h-${t.slug}" style="--track:${t.color}">
<h2 id="h-${t.slug}"><span class="swatch" aria-hidden="true"></span>${t.track.name}</h2>
${t.track.description ? html`<p class="track-description">${t.track.description}</p>` : ''}
${groupByDay(sessions).map(([date, list]) => html`<h3 class="track-day">${dayCaption(date)}</h3><div class="session-list">${list.map((v) => sessionItem(ctx, v, 4))}</div>`)}
</section>`;
})}
${(() => {
  const none = view.sessions.filter((v) => !v.track);
  return none.length === 0
    ? ''
    : html`<section class="track" id="no-track" aria-labelledby="h-no-track"><h2 id="h-no-track">No track</h2>${groupByDay(none).map(([date, list]) => html`<h3 class="track-day">${dayCaption(date)}</h3><div class="session-list">${list.map((v) => sessionItem(ctx, v, 4))}</div>`)}</section>`;
})()}
<p class="no-results" hidden>No session matches these filters.</p>
</div>`;
  return layout(ctx, 'tracks', 'Tracks', body);
}

function groupByDay(sessions: ViewSession[]): Array<[string, ViewSession[]]> {
  const map = new Map<string, ViewSession[]>();
  for (const v of sessions) map.set(v.start.date, [...(map.get(v.start.date) ?? []), v]);
  return [...map.entries()];
}

export function renderRooms(ctx: PageContext): string {
  const { view } = ctx;
  const body = html`${pageHeader('Rooms', zoneNote(view))}
<div class="wrap">
${view.sessions.length === 0
  ? emptyState('No sessions have been scheduled yet.')
  : html`<div class="toolbar">${filterBar(ctx, { rooms: true, tracks: true, views: false })}</div>
${dayTabs(view)}
${view.days.map((d) => html`<section class="day" data-day="${d.date}" aria-labelledby="rooms-${d.date}"><h2 id="rooms-${d.date}">${dayCaption(d.date)}</h2>${timeline(ctx, d, '')}</section>`)}
<p class="no-results" hidden>No session matches these filters.</p>`}
</div>`;
  return layout(ctx, 'rooms', 'Rooms', body);
}

/**
 * Marks what follows an image as its placeholder: hidden until js/site.js finds that the image cannot be loaded
 * (a photo gone from its host, a broken file, offline) and shows it instead of a broken-image box.
 */
const FALLBACK = raw(' data-img-fallback hidden');

/** A speaker's photo, with their initials as its placeholder; the initials alone when there is no photo. */
function speakerPhoto(s: ViewSpeaker, root: string, size: number): Html {
  const src = siteUrl(root, s.photo);
  const initials = s.speaker.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => [...w][0]?.toUpperCase() ?? '')
    .join('');
  const placeholder = html`<span class="avatar avatar-initials" aria-hidden="true" style="width:${size}px;height:${size}px"${src ? FALLBACK : ''}>${initials}</span>`;
  if (!src) return placeholder;
  return html`<img class="avatar" src="${src}" alt="${`Photo of ${s.speaker.name}`}" width="${size}" height="${size}" loading="lazy" decoding="async">${placeholder}`;
}

function speakerSocial(s: SiteSpeaker): Html {
  const links: Array<[string | null, string]> = [
    [s.website, 'Website'],
    [s.twitter, 'Twitter'],
    [s.github, 'GitHub'],
    [s.linkedin, 'LinkedIn'],
    [s.facebook, 'Facebook'],
  ];
  const safe = links.map(([u, l]) => [u ? safeUrl(u) : null, l] as const).filter(([u]) => u && isRemoteUrl(u));
  if (safe.length === 0) return html``;
  return html`<ul class="social small">${safe.map(([u, l]) => html`<li><a href="${u}" rel="noopener noreferrer">${l}</a></li>`)}</ul>`;
}

export function renderSpeakers(ctx: PageContext): string {
  const { view } = ctx;
  const body = html`${pageHeader('Speakers', `${view.speakers.length} speaker${view.speakers.length === 1 ? '' : 's'}`)}
<div class="wrap">
${view.speakers.length === 0
  ? emptyState('No speakers have been announced yet.')
  : html`<form class="filters" role="search"><div class="field"><label for="speaker-search">Search speakers</label><input type="search" id="speaker-search" placeholder="Name, organisation, session…" autocomplete="off"></div></form>
<p class="result-count" role="status" aria-live="polite"></p>
<div class="speaker-grid">
${view.speakers.map((s) => {
  const sp = s.speaker;
  const role = [sp.position, sp.organisation].filter(Boolean).join(', ');
  const search = [sp.name, sp.organisation, sp.position, sp.country, sp.city, ...s.sessions.map((v) => v.session.title)].filter(Boolean).join(' ').toLowerCase();
  return html`<article class="speaker" id="${s.slug}" data-speaker-id="${sp.id}" data-search="${search}">
${speakerPhoto(s, '', 96)}
<div class="speaker-body">
<h2>${sp.name}</h2>
${role ? html`<p class="speaker-role">${role}</p>` : ''}
${sp.country || sp.city ? html`<p class="speaker-place">${[sp.city, sp.country].filter(Boolean).join(', ')}</p>` : ''}
<div class="bio">${sanitizeHtml(sp.shortBiography || sp.longBiography)}</div>
${s.sessions.length ? html`<ul class="speaker-sessions">${s.sessions.map((v) => html`<li><a href="${sessionHref(ctx, v)}">${v.session.title}</a> <span class="when">${shortDay(v.start.date)} ${v.start.time}</span></li>`)}</ul>` : ''}
${speakerSocial(sp)}
</div>
</article>`;
})}
</div>
<p class="no-results" hidden>No speaker matches.</p>`}
</div>`;
  return layout(ctx, 'speakers', 'Speakers', body);
}

export function renderSessionPage(ctx: PageContext, v: ViewSession): string {
  const root = '../';
  const s = v.session;
  const listed = listedSpeakers(ctx.view);
  const body = html`<div class="page-head session-head" style="--track:${v.track?.color ?? '#6b7280'};--track-text:${v.track?.fontColor ?? '#ffffff'}"><div class="wrap">
<p class="crumbs"><a href="${root}schedule.html">Schedule</a> / ${v.track ? html`<a href="${root}tracks.html#${v.track.slug}">${v.track.track.name}</a>` : 'No track'}</p>
<h1>${s.title}</h1>
${s.subtitle ? html`<p class="subtitle">${s.subtitle}</p>` : ''}
<p class="session-when">${dayCaption(v.start.date)}, ${timeRange(v.start, v.end)}${v.room ? html` · <a href="${root}rooms.html#${v.start.date}-${v.room.slug}">${v.room.room.name}</a>` : ' · Room not set'}${v.typeName ? html` · ${v.typeName}` : ''}</p>
</div></div>
<div class="wrap session-page" data-session-id="${v.id}" data-day="${v.start.date}" data-track="${v.track?.slug ?? ''}" data-room="${v.room?.slug ?? ''}">
<div class="session-actions">${bookmarkButton(v)}<a class="ics" href="${root}calendar/${v.slug}.ics" download="${v.slug}.ics"><span aria-hidden="true">+</span> Add to calendar</a></div>
<div class="abstract">${sanitizeHtml(v.description)}</div>
${sessionLinks(v)}
${v.speakers.length
  ? html`<section aria-labelledby="speakers-h"><h2 id="speakers-h">Speaker${v.speakers.length === 1 ? '' : 's'}</h2><div class="speaker-grid">${v.speakers.map((sp) => {
      const entry = listed.get(sp.id);
      return html`<article class="speaker">${entry ? speakerPhoto(entry, root, 72) : ''}<div class="speaker-body"><h3>${entry ? html`<a href="${root}speakers.html#${entry.slug}">${sp.name}</a>` : sp.name}</h3>${sp.organisation ? html`<p class="speaker-role">${sp.organisation}</p>` : ''}<div class="bio">${sanitizeHtml(sp.shortBiography)}</div></div></article>`;
    })}</div></section>`
  : ''}
</div>`;
  return layout(ctx, 'session', s.title, body, root);
}

export function renderIndex(ctx: PageContext): string {
  const { view } = ctx;
  const event = view.model.event;
  const ticket = safeUrl(event.ticketUrl);
  const eventUrl = safeUrl(event.eventUrl);
  const email = event.email && /^[^\s<>"']+@[^\s<>"']+$/.test(event.email) ? `mailto:${event.email}` : null;
  const map = event.latitude !== null && event.longitude !== null ? `https://www.openstreetmap.org/?mlat=${event.latitude}&mlon=${event.longitude}#map=16/${event.latitude}/${event.longitude}` : null;
  const about = sanitizeHtml(event.description);
  const organizer = sanitizeHtml(event.organizerDescription);
  const body = html`<section class="hero" aria-labelledby="event-name">
${view.background ? html`<img class="hero-bg" src="${view.background}" alt="">` : ''}
<div class="wrap hero-inner">
${view.logo ? html`<img class="hero-logo" src="${view.logo}" alt="${`${event.name} logo`}">` : ''}
<h1 id="event-name">${event.name}</h1>
<p class="hero-facts">${view.start ? html`<span class="hero-date">${dateRange(view.start, view.end)}</span>` : ''}${event.locationName ? html`<span class="hero-place">${event.locationName}</span>` : ''}</p>
<p class="hero-actions">${ticket ? html`<a class="button primary" href="${ticket}" rel="noopener noreferrer">Get tickets</a>` : ''}<a class="button" href="schedule.html">View the schedule</a></p>
</div>
</section>
<div class="wrap home">
${about.value ? html`<section aria-labelledby="about-h" class="about"><h2 id="about-h">About the event</h2><div class="prose">${about}</div>
<p class="facts">${eventUrl ? html`<a href="${eventUrl}" rel="noopener noreferrer">Event website</a>` : ''}${email ? html`<a href="${email}">Contact us</a>` : ''}${map ? html`<a href="${map}" rel="noopener noreferrer">Show on a map</a>` : ''}</p></section>` : ''}
<section aria-labelledby="glance-h" class="glance"><h2 id="glance-h">At a glance</h2><ul class="stats">
<li><a href="schedule.html"><strong>${view.sessions.length}</strong> sessions</a></li>
<li><a href="speakers.html"><strong>${view.speakers.length}</strong> speakers</a></li>
<li><a href="tracks.html"><strong>${view.tracks.length}</strong> tracks</a></li>
<li><a href="rooms.html"><strong>${view.days.length}</strong> day${view.days.length === 1 ? '' : 's'}</a></li>
</ul></section>
${view.featured.length
  ? html`<section aria-labelledby="featured-h"><h2 id="featured-h">Featured speakers</h2><div class="featured-grid">${view.featured.map(
      (s) => html`<a class="featured" href="speakers.html#${s.slug}">${speakerPhoto(s, '', 120)}<span class="featured-name">${s.speaker.name}</span>${s.speaker.organisation ? html`<span class="featured-org">${s.speaker.organisation}</span>` : ''}</a>`,
    )}</div></section>`
  : ''}
${event.organizerName || organizer.value ? html`<section aria-labelledby="org-h" class="organizer"><h2 id="org-h">Organised by ${event.organizerName ?? ''}</h2><div class="prose">${organizer}</div></section>` : ''}
${view.sponsorLevels.length
  ? html`<section aria-labelledby="sponsors-h" class="sponsors"><h2 id="sponsors-h">Sponsors</h2>${view.sponsorLevels.map(
      (level) => html`<div class="sponsor-level level-${/^[1-3]$/.test(level.level) ? level.level : 'other'}" data-level="${level.level}"><h3 class="visually-hidden">Level ${level.level}</h3><ul>${level.sponsors.map(({ sponsor, logo }) => {
        const url = safeUrl(sponsor.url);
        const name = (fallback: boolean) => html`<span class="sponsor-name"${fallback ? FALLBACK : ''}>${sponsor.name}</span>`;
        const inner = logo ? html`<img src="${logo}" alt="${sponsor.name}" loading="lazy">${name(true)}` : name(false);
        return html`<li class="sponsor" data-sponsor-id="${sponsor.id}">${url ? html`<a href="${url}" rel="noopener noreferrer" title="${sponsor.name}">${inner}</a>` : inner}</li>`;
      })}</ul></div>`,
    )}</section>`
  : ''}
</div>`;
  return layout(ctx, 'index', event.name, body);
}

export function renderCoc(ctx: PageContext): string {
  const body = html`${pageHeader('Code of conduct')}<div class="wrap"><div class="prose coc">${sanitizeHtml(ctx.view.model.event.codeOfConduct)}</div></div>`;
  return layout(ctx, 'coc', 'Code of conduct', body);
}

export function renderOffline(ctx: PageContext): string {
  const body = html`${pageHeader('You are offline')}<div class="wrap"><p>This page has not been saved for offline use yet. Pages you have visited before work without a connection; try the <a href="index.html">home page</a> or the <a href="schedule.html">schedule</a>.</p></div>`;
  return layout(ctx, 'offline', 'Offline', body);
}

export { hasCoc };
