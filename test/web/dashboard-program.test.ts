// The program pages in Chromium at 375 px: an organizer adds tracks (with a colour), rooms (reordered with the
// keyboard) and session types (the API's error beside the length) through the pages, a speaker, and sessions;
// accepts three sessions in one bulk action; selects all that match a search (more than a page) and rejects them;
// edits a speaker; a room in use cannot be deleted and the page says where it is used. A coorganizer, a track
// organizer and a registrar each see only what their role may do, and the API refuses the rest. Every page passes
// axe, has no horizontal scroll and logs no console error; screenshots go to bench/tmp/dashboard-program/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.js';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.js';
import { Api, grantRole, make, makeEvent, makeUser, ref, type TestEvent, type TestUser } from '../support/client.js';
import { shoot } from '../support/screenshots.js';
import { collectErrors, logInBrowser, startWebApp, type WebApp } from '../support/web.js';

let web: WebApp;
let browser: LaunchedBrowser;
let staffBrowser: LaunchedBrowser;
let owner: TestUser;
let event: TestEvent;
let page: Page;
let errors: string[];

beforeAll(async () => {
  web = await startWebApp();
  [browser, staffBrowser] = await Promise.all([launchBrowser({ viewport: { width: 375, height: 800 } }), launchBrowser({ viewport: { width: 375, height: 800 } })]);
  owner = await makeUser(web.t.app, { firstName: 'Olive', lastName: 'Owner' });
  event = await makeEvent(web.t.app, owner, { name: 'Systems Week', timezone: 'Europe/Berlin', 'starts-at': '2031-05-06T07:00:00Z', 'ends-at': '2031-05-08T16:00:00Z' });
  await logInBrowser(browser.context, web.base, owner.email);
  page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  errors = collectErrors(page);
});
afterAll(async () => {
  await browser?.close();
  await staffBrowser?.close();
  await web?.close();
});
afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await page.screenshot({ path: `bench/tmp/failed-program-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`, fullPage: true });
});

const base = () => `${web.base}/events/${event.identifier}`;
const api = () => new Api(web.t.app, owner.token);
const noHorizontalScroll = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
async function checked(p: Page): Promise<void> {
  expect(await seriousViolations(p)).toEqual([]);
  expect(await noHorizontalScroll(p)).toBe(true);
}
const names = async (path: string) => (await api().get(`/v1/events/${event.identifier}/${path}?page[size]=0`)).body.data.map((item: { attributes: { name: string } }) => item.attributes.name);
const cardNames = (p: Page, list: string) => p.getByRole('list', { name: list }).getByRole('heading').allTextContents();
async function statesByTitle(): Promise<Record<string, string>> {
  const response = await api().get(`/v1/events/${event.identifier}/sessions?page[size]=0`);
  return Object.fromEntries(response.body.data.map((item: { attributes: { title: string; state: string } }) => [item.attributes.title, item.attributes.state]));
}
const idOf = async (path: string, name: string) =>
  (await api().get(`/v1/events/${event.identifier}/${path}?page[size]=0`)).body.data.find((item: { attributes: { name?: string; title?: string } }) => (item.attributes.name ?? item.attributes.title) === name).id as string;

/** Drops the console's report of the refusals (`status`) the test caused on purpose; there must be one. */
function forgive(list: string[], status: number): void {
  const caused = list.filter((message) => message.includes(`status of ${status}`));
  expect(caused.length).toBeGreaterThan(0);
  list.splice(0, list.length, ...list.filter((message) => !caused.includes(message)));
}

/** A request with the browser's session cookie and CSRF token, as a page script would send it. */
async function asBrowser(context: BrowserContext, method: 'POST' | 'PATCH' | 'DELETE', url: string, data?: unknown): Promise<number> {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'convene_csrf')?.value ?? '';
  const response = await context.request.fetch(`${web.base}${url}`, {
    method,
    headers: { 'x-csrf-token': csrf, ...(data ? { 'content-type': 'application/vnd.api+json' } : {}) },
    data: data ? JSON.stringify(data) : undefined,
  });
  return response.status();
}

describe('an organizer builds the program', () => {
  it('adds two tracks with their colours, shown as swatches', async () => {
    await page.goto(`${base()}/tracks`);
    await page.getByText('No tracks yet.').waitFor();
    await checked(page);
    for (const [name, color] of [['Rust', '#aa3300'], ['Web', '#0055aa']]) {
      await page.getByRole('button', { name: 'Add a track' }).click();
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByLabel('Colour').fill(color);
      await page.getByRole('button', { name: 'Add track' }).click();
      await page.getByRole('heading', { name, exact: true }).waitFor();
    }

    const tracks = (await api().get(`/v1/events/${event.identifier}/tracks`)).body.data.map((item: { attributes: Record<string, unknown> }) => [item.attributes.name, item.attributes.color, item.attributes.position]);
    expect(tracks).toEqual([['Rust', '#aa3300', 0], ['Web', '#0055aa', 1]]);
    expect(await page.locator('.swatch').evaluateAll((swatches) => swatches.map((swatch) => getComputedStyle(swatch).backgroundColor))).toEqual(['rgb(170, 51, 0)', 'rgb(0, 85, 170)']);
    await checked(page);
  });

  it('adds three rooms and moves one up with the keyboard; the order is kept', async () => {
    await page.goto(`${base()}/rooms`);
    for (const name of ['Hall A', 'Hall B', 'Cellar']) {
      await page.getByRole('button', { name: 'Add a room' }).click();
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByRole('button', { name: 'Add room' }).click();
      await page.getByRole('heading', { name, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Move Cellar up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cardNames(page, 'Rooms in their order')).toEqual(['Hall A', 'Cellar', 'Hall B']);
    // The focus stayed on the moved room's button: Enter again moves it to the top.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Move Cellar up');
    await page.keyboard.press('Enter');
    await expect.poll(() => cardNames(page, 'Rooms in their order')).toEqual(['Cellar', 'Hall A', 'Hall B']);

    await expect.poll(() => names('microlocations')).toEqual(['Cellar', 'Hall A', 'Hall B']);
    await page.reload();
    await expect.poll(() => cardNames(page, 'Rooms in their order')).toEqual(['Cellar', 'Hall A', 'Hall B']);
    await checked(page);
  });

  it('adds a session type with its length (a bad length is named beside the field, what was typed stays)', async () => {
    await page.goto(`${base()}/session-types`);
    await page.getByRole('button', { name: 'Add a session type' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Talk');
    await page.getByLabel('Length').fill('45');
    await page.getByRole('button', { name: 'Add session type' }).click();
    await page.locator('.field-error').first().waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Talk');
    expect(await page.getByLabel('Length').getAttribute('aria-invalid')).toBe('true');
    forgive(errors, 422);
    await checked(page);

    await page.getByLabel('Length').fill('00:45');
    await page.getByRole('button', { name: 'Add session type' }).click();
    await page.getByText('45 min').waitFor();
    const types = (await api().get(`/v1/events/${event.identifier}/session-types`)).body.data.map((item: { attributes: Record<string, unknown> }) => [item.attributes.name, item.attributes.length]);
    expect(types).toEqual([['Talk', '00:45']]);
  });

  it('adds a speaker', async () => {
    await page.goto(`${base()}/speakers`);
    await page.getByText('No speakers yet.').waitFor();
    await page.getByRole('link', { name: 'Add a speaker' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await page.getByLabel('E-mail').fill('ada@example.org');
    await page.getByLabel('Phone').fill('+44 20 7946 0000');
    await page.getByRole('button', { name: 'Add speaker' }).click();
    await page.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
    await page.getByText('ada@example.org').waitFor();
    await checked(page);
  });

  it('creates a session through its form, its start and end typed in the event zone, its end filled from the type', async () => {
    await page.goto(`${base()}/sessions`);
    await page.getByText('No sessions on this tab.').waitFor();
    await page.getByRole('link', { name: 'Add a session' }).click();
    await page.getByRole('heading', { name: 'Add a session' }).waitFor();
    await page.getByLabel('Title', { exact: true }).fill('Ownership in Rust');
    await page.getByLabel('Abstract').fill('Borrowing, moving, dropping.');
    await page.getByLabel('Track').selectOption({ label: 'Rust' });
    await page.getByLabel('Room').selectOption({ label: 'Hall A' });
    await page.getByLabel('Level').selectOption('Beginner');
    await page.getByLabel('State').selectOption('pending');
    await page.getByLabel('Starts').fill('2031-05-06T10:00');
    await page.getByLabel('Type').selectOption({ label: 'Talk' });
    expect(await page.getByLabel('Ends').inputValue()).toBe('2031-05-06T10:45');
    await page.getByLabel('Ada Lovelace').check();
    await checked(page);
    await page.getByRole('button', { name: 'Add session' }).click();
    await page.getByRole('heading', { name: 'Sessions' }).waitFor();
    await page.getByRole('link', { name: 'Ownership in Rust' }).waitFor();

    const stored = (await api().get(`/v1/events/${event.identifier}/sessions?include=speakers`)).body;
    expect(stored.data.map((s: { attributes: Record<string, unknown> }) => [s.attributes.title, s.attributes.state, s.attributes['starts-at'], s.attributes['ends-at'], s.attributes['track-name'], s.attributes['microlocation-name'], s.attributes['session-type-name']])).toEqual([
      ['Ownership in Rust', 'pending', '2031-05-06T08:00:00.000Z', '2031-05-06T08:45:00.000Z', 'Rust', 'Hall A', 'Talk'],
    ]);
    expect(stored.included.map((s: { attributes: { name: string } }) => s.attributes.name)).toEqual(['Ada Lovelace']);
    // The row shows the time in the event's zone (Berlin, summer time).
    expect(await page.locator('tbody tr').first().textContent()).toContain('10:00');
  });

  it('accepts three sessions in one bulk action', async () => {
    const web_ = await idOf('tracks', 'Web');
    for (const title of ['CSS grids', 'HTTP/3', 'Service workers', 'WebGPU']) {
      await make(web.t.app, owner, event, 'session', 'sessions', { title, state: 'pending' }, { track: ref('track', web_) });
    }
    await page.goto(`${base()}/sessions/pending`);
    await page.getByRole('link', { name: 'WebGPU' }).waitFor();
    for (const title of ['CSS grids', 'HTTP/3', 'WebGPU']) await page.getByLabel(`Select “${title}”`).check();
    await page.getByText('3 sessions selected.').waitFor();
    await checked(page);
    await page.getByRole('region', { name: 'Selected sessions' }).getByRole('button', { name: 'Accept' }).click();
    await page.getByText('3 sessions accepted.').first().waitFor();

    expect(await statesByTitle()).toEqual({ 'Ownership in Rust': 'pending', 'CSS grids': 'accepted', 'HTTP/3': 'accepted', 'Service workers': 'pending', WebGPU: 'accepted' });
    await expect.poll(() => page.getByRole('link', { name: /^Accepted/ }).textContent()).toBe('Accepted3');
  });

  it('selects all sessions matching a search, beyond the page, and rejects them', async () => {
    const rust = await idOf('tracks', 'Rust');
    for (let i = 1; i <= 29; i++) await make(web.t.app, owner, event, 'session', 'sessions', { title: `Rust talk ${String(i).padStart(2, '0')}`, state: 'pending' }, { track: ref('track', rust) });
    await page.goto(`${base()}/sessions/pending?q=rust`);
    await page.getByRole('link', { name: 'Rust talk 01' }).waitFor();
    await page.getByLabel('Select every session on this page').check();
    await page.getByText('25 sessions selected.').waitFor();
    await page.getByRole('button', { name: 'Select all 30 sessions matching “rust” in Pending' }).click();
    await page.getByText('All 30 sessions matching “rust” in Pending are selected.').waitFor();
    await checked(page);
    await page.getByRole('region', { name: 'Selected sessions' }).getByRole('button', { name: 'Reject' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reject all 30 sessions matching “rust” in Pending?' });
    await dialog.waitFor();
    await checked(page);
    await dialog.getByRole('button', { name: 'Reject 30 sessions' }).click();
    await page.getByText('30 sessions rejected.').first().waitFor();

    const states = await statesByTitle();
    expect(Object.values(states).filter((state) => state === 'rejected').length).toBe(30);
    expect([states['Ownership in Rust'], states['Service workers'], states['CSS grids']]).toEqual(['rejected', 'pending', 'accepted']);
    await page.getByText('No session matches “rust” here.').waitFor();
  });

  it('edits a speaker, whose page links to their sessions', async () => {
    await page.goto(`${base()}/speakers`);
    await page.getByRole('link', { name: 'Edit Ada Lovelace' }).click();
    await page.getByRole('heading', { name: 'Edit Ada Lovelace' }).waitFor();
    await page.getByRole('link', { name: 'Ownership in Rust' }).waitFor();
    await page.getByLabel('Organisation').fill('Analytical Engines Ltd');
    await page.getByLabel('Website').fill('not a web address');
    await page.getByRole('button', { name: 'Save speaker' }).click();
    await page.locator('.field-error').first().waitFor();
    expect(await page.getByLabel('Organisation').inputValue()).toBe('Analytical Engines Ltd');
    forgive(errors, 422);
    await checked(page);
    await page.getByLabel('Website').fill('https://ada.example.org');
    await page.getByRole('button', { name: 'Save speaker' }).click();
    await page.getByText('Analytical Engines Ltd').waitFor();

    const speaker = (await api().get(`/v1/events/${event.identifier}/speakers`)).body.data[0].attributes;
    expect([speaker.organisation, speaker.website, speaker.email]).toEqual(['Analytical Engines Ltd', 'https://ada.example.org', 'ada@example.org']);
    await page.getByRole('link', { name: 'Ownership in Rust' }).click();
    await page.getByRole('heading', { name: 'Edit “Ownership in Rust”' }).waitFor();
  });

  it('cannot delete a room in use: the page says which sessions use it and offers no delete', async () => {
    await page.goto(`${base()}/rooms`);
    await page.getByRole('button', { name: 'Delete Hall A' }).click();
    const ask = page.getByRole('dialog', { name: 'Delete “Hall A”?' });
    await ask.getByRole('button', { name: 'Delete room' }).click();
    const refused = page.getByRole('dialog', { name: '“Hall A” is in use' });
    await refused.getByText('1 session uses this room: “Ownership in Rust”. Move it elsewhere first.').waitFor();
    expect(await refused.getByRole('button').allTextContents()).toEqual(['Close']);
    forgive(errors, 409);
    await checked(page);
    await refused.getByRole('button', { name: 'Close' }).click();

    expect(await names('microlocations')).toEqual(['Cellar', 'Hall A', 'Hall B']);
    // One nobody uses goes.
    await page.getByRole('button', { name: 'Delete Hall B' }).click();
    await page.getByRole('dialog', { name: 'Delete “Hall B”?' }).getByRole('button', { name: 'Delete room' }).click();
    await expect.poll(() => names('microlocations')).toEqual(['Cellar', 'Hall A']);
    expect(errors).toEqual([]);
  });
});

describe('each role sees what it may do', () => {
  const eventNav = (p: Page) => p.getByRole('navigation', { name: 'Event pages' });
  const program = ['Sessions', 'Speakers', 'Tracks', 'Rooms', 'Session types'];
  const programIn = async (p: Page) => (await eventNav(p).getByRole('link').allTextContents()).map((text) => text.trim()).filter((label) => program.includes(label));
  let staffPage: Page;
  let staffErrors: string[];
  beforeAll(async () => {
    staffPage = await staffBrowser.context.newPage();
    staffPage.setDefaultTimeout(10_000);
    staffErrors = collectErrors(staffPage);
  });
  async function as(role: string, track?: string): Promise<TestUser> {
    const user = await makeUser(web.t.app);
    await grantRole(web.t.app, event, owner, user, role, track);
    await staffBrowser.context.clearCookies();
    await logInBrowser(staffBrowser.context, web.base, user.email);
    return user;
  }

  it('a coorganizer manages the whole program and sees speakers’ contact details', async () => {
    await as('coorganizer');
    await staffPage.goto(`${base()}/speakers`);
    await staffPage.getByText('ada@example.org').waitFor();

    expect(await programIn(staffPage)).toEqual(program);
    await staffPage.getByRole('link', { name: 'Edit Ada Lovelace' }).waitFor();
    await checked(staffPage);
  });

  it('a track organizer changes the sessions of their track only, and sees no contact details', async () => {
    const rust = await idOf('tracks', 'Rust');
    const user = await as('track_organizer', rust);
    await staffPage.goto(`${base()}/sessions/rejected`);
    await staffPage.getByRole('link', { name: 'Rust talk 01' }).waitFor();

    expect(await programIn(staffPage)).toEqual(['Sessions', 'Speakers']);
    expect(await staffPage.getByRole('link', { name: 'Add a session' }).count()).toBe(0);
    await staffPage.getByLabel('Select “Rust talk 01”').check();
    await staffPage.getByRole('region', { name: 'Selected sessions' }).getByRole('button', { name: 'Accept' }).click();
    await staffPage.getByText('1 session accepted.').first().waitFor();
    await staffPage.goto(`${base()}/sessions/pending`);
    await staffPage.getByLabel('Select “Service workers”').check();
    await staffPage.getByRole('region', { name: 'Selected sessions' }).getByRole('button', { name: 'Accept' }).click();
    await staffPage.getByText(/Nothing was changed: Session \d+ is not in a track you organize/).waitFor();
    forgive(staffErrors, 403);
    await checked(staffPage);

    await staffPage.goto(`${base()}/speakers`);
    await staffPage.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
    expect(await staffPage.getByText('ada@example.org').count()).toBe(0);
    expect(await staffPage.getByRole('link', { name: 'Edit Ada Lovelace' }).count()).toBe(0);
    const seen = (await new Api(web.t.app, user.token).get(`/v1/events/${event.identifier}/speakers`)).body.data[0].attributes;
    expect(['email' in seen, 'mobile' in seen]).toEqual([false, false]);
    await checked(staffPage);

    expect((await statesByTitle())['Rust talk 01']).toBe('accepted');
    const web_ = await idOf('tracks', 'Web');
    const csrfRefusals = [
      await asBrowser(staffBrowser.context, 'POST', '/v1/tracks', { data: { type: 'track', attributes: { name: 'Mine', color: '#000000' }, relationships: { event: { data: { type: 'event', id: event.id } } } } }),
      await asBrowser(staffBrowser.context, 'DELETE', `/v1/microlocations/${await idOf('microlocations', 'Cellar')}`),
      await asBrowser(staffBrowser.context, 'PATCH', `/v1/sessions/${await idOf('sessions', 'CSS grids')}`, { data: { type: 'session', id: await idOf('sessions', 'CSS grids'), attributes: { state: 'rejected' } } }),
      await asBrowser(staffBrowser.context, 'PATCH', `/v1/sessions/${await idOf('sessions', 'Rust talk 02')}`, { data: { type: 'session', id: await idOf('sessions', 'Rust talk 02'), relationships: { track: { data: { type: 'track', id: web_ } } } } }),
    ];
    expect(csrfRefusals).toEqual([403, 403, 403, 403]);
    await staffPage.goto(`${base()}/tracks`);
    await staffPage.getByText('Your role on this event does not let you manage its tracks.').waitFor();
    expect(staffErrors).toEqual([]);
  });

  it('a registrar sees no program pages, and the API refuses program changes', async () => {
    await as('registrar');
    await staffPage.goto(`${base()}/sessions/all`);
    await staffPage.getByText('Your role on this event does not let you manage its sessions.').waitFor();

    expect(await programIn(staffPage)).toEqual([]);
    expect(await asBrowser(staffBrowser.context, 'POST', `/v1/events/${event.identifier}/sessions/bulk-state`, { data: { state: 'accepted', filter: { tab: 'all' } } })).toBe(403);
    expect(await asBrowser(staffBrowser.context, 'POST', '/v1/speakers', { data: { type: 'speaker', attributes: { name: 'Me' }, relationships: { event: { data: { type: 'event', id: event.id } } } } })).toBe(403);
    await checked(staffPage);
    expect(staffErrors).toEqual([]);
  });
});

describe('screenshots', () => {
  it('of every program page, at phone and desktop width, light and dark, each passing axe without horizontal scroll', async () => {
    const visit = (path: string, ready: (p: Page) => Promise<unknown>) => async (p: Page) => {
      await p.goto(`${base()}${path}`);
      await ready(p);
      expect(await seriousViolations(p)).toEqual([]);
      expect(await noHorizontalScroll(p)).toBe(true);
    };
    const ownership = await idOf('sessions', 'Ownership in Rust');
    const ada = await idOf('speakers', 'Ada Lovelace');
    const files = await shoot(
      page,
      [
        { name: 'sessions', open: visit('/sessions/all', (p) => p.getByRole('link', { name: 'Ownership in Rust' }).waitFor()) },
        {
          name: 'sessions-selected',
          open: visit('/sessions/rejected?q=rust', async (p) => {
            await p.getByLabel('Select every session on this page').check();
            await p.getByRole('button', { name: /^Select all \d+ sessions/ }).click();
            await p.getByText(/^All \d+ sessions matching/).waitFor();
          }),
        },
        { name: 'session-form', open: visit(`/sessions/all/${ownership}`, (p) => p.getByRole('heading', { name: 'Edit “Ownership in Rust”' }).waitFor()) },
        { name: 'speakers', open: visit('/speakers', (p) => p.getByRole('heading', { name: 'Ada Lovelace' }).waitFor()) },
        { name: 'speaker-form', open: visit(`/speakers/${ada}`, (p) => p.getByRole('heading', { name: 'Edit Ada Lovelace' }).waitFor()) },
        { name: 'tracks', open: visit('/tracks', (p) => p.getByRole('heading', { name: 'Rust', exact: true }).waitFor()) },
        {
          name: 'track-form',
          open: visit('/tracks', async (p) => {
            await p.getByRole('button', { name: 'Edit Rust' }).click();
            await p.getByRole('form', { name: 'Edit Rust' }).waitFor();
          }),
        },
        { name: 'rooms', open: visit('/rooms', (p) => p.getByRole('heading', { name: 'Cellar' }).waitFor()) },
        {
          name: 'room-in-use',
          open: visit('/rooms', async (p) => {
            await p.getByRole('button', { name: 'Delete Hall A' }).click();
            await p.getByRole('button', { name: 'Delete room' }).click();
            await p.getByRole('dialog', { name: '“Hall A” is in use' }).waitFor();
          }),
        },
        { name: 'session-types', open: visit('/session-types', (p) => p.getByText('45 min').waitFor()) },
      ],
      'bench/tmp/dashboard-program',
    );

    expect(files.length).toBe(40);
    forgive(errors, 409); // the room in use, once per shot
    expect(errors).toEqual([]);
  });
});
