// The schedule editor in Chromium: with rooms, tracks and accepted sessions made through the API, an organizer
// drags a session from the unscheduled panel into "Room 1, 10:00" (the API then holds the event-zone time), drags a
// second onto the same place and sees the clash marked (while dragging too), moves it away (the mark goes),
// resizes one by its bottom edge, places one by keyboard only, publishes with a comment (the public schedule.xml
// validates and holds the new times and the version's name), sees the moved session in the changes view, and a
// stale write from a second browser is refused with the newer state shown. A second part edits an event in
// America/Los_Angeles from a browser in Asia/Singapore across the daylight-saving change inside the event. Every
// page passes axe, has no horizontal scroll at 375 px and logs no console error the test did not cause.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.js';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.js';
import { Api, make, makeEvent, makeUser, ref, type TestEvent, type TestUser } from '../support/client.js';
import { shoot } from '../support/screenshots.js';
import { validateScheduleXml } from '../support/xsd.js';
import { collectErrors, logInBrowser, startWebApp, type WebApp } from '../support/web.js';

let web: WebApp;
let organizer: TestUser;
let api: Api;
beforeAll(async () => {
  web = await startWebApp();
  organizer = await makeUser(web.t.app);
  api = new Api(web.t.app, organizer.token);
});
afterAll(async () => web?.close());

const noHorizontalScroll = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

async function checked(p: Page): Promise<void> {
  expect(await seriousViolations(p)).toEqual([]);
  expect(await noHorizontalScroll(p)).toBe(true);
}

const session = async (id: string) => (await api.get(`/v1/sessions/${id}`)).body.data;
const slotOf = async (id: string) => {
  const data = await session(id);
  return { room: data.relationships.microlocation.data?.id ?? null, start: data.attributes['starts-at'], end: data.attributes['ends-at'] };
};

/** Waits until the stored session is where the page put it (the write is asynchronous). */
async function waitForSlot(id: string, expected: { room: string | null; start: string | null; end?: string | null }) {
  let last: Awaited<ReturnType<typeof slotOf>> | undefined;
  for (let i = 0; i < 50; i++) {
    last = await slotOf(id);
    if (last.room === expected.room && last.start === expected.start && (expected.end === undefined || last.end === expected.end)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return last;
}

/** A pointer drag with the mouse from one point to another, in steps, so the page sees it move. */
async function dragBetween(p: Page, from: { x: number; y: number }, to: { x: number; y: number }, beforeDrop?: () => Promise<void>) {
  await p.mouse.move(from.x, from.y);
  await p.mouse.down();
  await p.mouse.move(from.x + 10, from.y + 10, { steps: 2 });
  await p.mouse.move(to.x, to.y, { steps: 6 });
  await beforeDrop?.();
  await p.mouse.up();
}

async function box(p: Page, locator: ReturnType<Page['locator']>) {
  await locator.scrollIntoViewIfNeeded();
  const b = await locator.boundingBox();
  if (!b) throw new Error('no box');
  return b;
}

const slot = (p: Page, name: string) => p.getByRole('button', { name, exact: true });
const block = (p: Page, title: string) => p.locator('.block[data-session]').filter({ has: p.getByRole('button', { name: new RegExp(`^${title}\\b`) }) });
/** The column of one room: what is in it is in that room. */
const inRoom = (p: Page, room: string) => p.locator(`.room-col[data-room-name="${room}"]`);

interface Fixture {
  event: TestEvent;
  rooms: string[];
  alpha: string;
  beta: string;
  gamma: string;
}

/** Berlin, 1-3 March 2030: two rooms, a 45-minute talk type, three accepted sessions (Alpha and Gamma share a speaker). */
async function fixture(): Promise<Fixture> {
  const event = await makeEvent(web.t.app, organizer, { timezone: 'Europe/Berlin', 'starts-at': '2030-03-01T08:00:00Z', 'ends-at': '2030-03-03T17:00:00Z' });
  const rooms = [await make(web.t.app, organizer, event, 'microlocation', 'microlocations', { name: 'Room 1', position: 1 }), await make(web.t.app, organizer, event, 'microlocation', 'microlocations', { name: 'Room 2', position: 2 })];
  const track = await make(web.t.app, organizer, event, 'track', 'tracks', { name: 'Web', color: '#1f7a4d' });
  const talk = await make(web.t.app, organizer, event, 'session-type', 'session-types', { name: 'Talk', length: '00:45' });
  const ada = await make(web.t.app, organizer, event, 'speaker', 'speakers', { name: 'Ada Lovelace', email: 'ada@example.org' });
  const bob = await make(web.t.app, organizer, event, 'speaker', 'speakers', { name: 'Bob Kahn', email: 'bob@example.org' });
  const rel = (speaker: string, withType = true) => ({ track: ref('track', track), ...(withType ? { 'session-type': ref('session-type', talk) } : {}), speakers: [ref('speaker', speaker)] });
  const alpha = await make(web.t.app, organizer, event, 'session', 'sessions', { title: 'Alpha', state: 'accepted' }, rel(ada));
  const beta = await make(web.t.app, organizer, event, 'session', 'sessions', { title: 'Beta', state: 'confirmed' }, rel(bob));
  const gamma = await make(web.t.app, organizer, event, 'session', 'sessions', { title: 'Gamma', state: 'accepted' }, rel(ada, false));
  await make(web.t.app, organizer, event, 'session', 'sessions', { title: 'Still pending', state: 'pending' });
  return { event, rooms, alpha, beta, gamma };
}

describe('the schedule editor', () => {
  let browser: LaunchedBrowser;
  let other: LaunchedBrowser;
  let page: Page;
  let errors: string[];
  let f: Fixture;
  let editor: string;

  beforeAll(async () => {
    f = await fixture();
    [browser, other] = await Promise.all([launchBrowser({ viewport: { width: 1280, height: 900 } }), launchBrowser({ viewport: { width: 1280, height: 900 } })]);
    await Promise.all([logInBrowser(browser.context, web.base, organizer.email), logInBrowser(other.context, web.base, organizer.email)]);
    page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
    errors = collectErrors(page);
    editor = `${web.base}/events/${f.event.identifier}/scheduler?day=2030-03-01`;
  });
  afterAll(async () => {
    await browser?.close();
    await other?.close();
  });

  it('drags a session from the unscheduled panel into Room 1, 10:00, stored at 10:00 in the event zone', async () => {
    await page.goto(editor);
    await expect.poll(() => page.getByRole('button', { name: /^Place Alpha\b/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Place Still pending\b/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Schedule editor' }).getAttribute('aria-current')).toBe('page');

    await page.getByRole('button', { name: /^Place Alpha\b/ }).dragTo(slot(page, 'Room 1, 10:00'));

    // 10:00 in Berlin in March is 09:00 UTC.
    expect(await waitForSlot(f.alpha, { room: f.rooms[0], start: '2030-03-01T09:00:00.000Z' })).toEqual({ room: f.rooms[0], start: '2030-03-01T09:00:00.000Z', end: '2030-03-01T09:45:00.000Z' });
    expect(await inRoom(page, 'Room 1').getByRole('button', { name: /^Alpha 10:00.*/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Place Alpha\b/ }).count()).toBe(0);
    await checked(page);
  });

  it('marks the clash while dragging a second session onto the same room and time, and after the drop', async () => {
    const from = await box(page, page.getByRole('button', { name: /^Place Beta\b/ }));
    const to = await box(page, slot(page, 'Room 1, 10:00'));
    let whileDragging = '';

    await dragBetween(page, { x: from.x + from.width / 2, y: from.y + from.height / 2 }, { x: to.x + to.width / 2, y: to.y + to.height / 2 }, async () => {
      whileDragging = (await page.locator('.block.preview').textContent()) ?? '';
    });

    expect(whileDragging).toContain("Clash: Room 1 double-booked with 'Alpha'");
    await expect.poll(() => block(page, 'Beta').locator('.clash').textContent()).toBe("Clash: Room 1 double-booked with 'Alpha'");
    expect(await block(page, 'Alpha').locator('.clash').textContent()).toBe("Clash: Room 1 double-booked with 'Beta'");
    expect(await page.locator('.clash-summary').getByRole('heading').textContent()).toBe(' Clashes (2 sessions)');
    expect(await waitForSlot(f.beta, { room: f.rooms[0], start: '2030-03-01T09:00:00.000Z' })).toMatchObject({ room: f.rooms[0], start: '2030-03-01T09:00:00.000Z' });
    await checked(page);
    // How a clash looks, at both widths and in both schemes (the page as it is: no navigation).
    await shoot(page, [{ name: 'editor-clash', open: async () => undefined }], 'bench/tmp/scheduler');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('moves the second session to Room 2 and the marks go', async () => {
    const from = await box(page, block(page, 'Beta'));
    const to = await box(page, slot(page, 'Room 2, 10:00'));

    // Grabbed 10 px (5 minutes) below its top, dropped 10 px below the slot's top: it starts at the slot.
    await dragBetween(page, { x: from.x + from.width / 2, y: from.y + 10 }, { x: to.x + to.width / 2, y: to.y + 10 });

    expect(await waitForSlot(f.beta, { room: f.rooms[1], start: '2030-03-01T09:00:00.000Z' })).toMatchObject({ room: f.rooms[1], start: '2030-03-01T09:00:00.000Z' });
    await expect.poll(() => page.locator('.block .clash').count()).toBe(0);
    expect(await page.locator('.clash-summary').textContent()).toBe('No clashes.');
  });

  it('resizes a session by its bottom edge, on the 5-minute grid', async () => {
    // The slot first, then the handle: scrolling one into view must not move the other away.
    const to = await box(page, slot(page, 'Room 1, 11:00'));
    const handle = await box(page, block(page, 'Alpha').locator('.resize'));

    await dragBetween(page, { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 }, { x: to.x + to.width / 2, y: to.y + 1 });

    expect(await waitForSlot(f.alpha, { room: f.rooms[0], start: '2030-03-01T09:00:00.000Z', end: '2030-03-01T10:00:00.000Z' })).toEqual({
      room: f.rooms[0],
      start: '2030-03-01T09:00:00.000Z',
      end: '2030-03-01T10:00:00.000Z',
    });
    expect(await inRoom(page, 'Room 1').getByRole('button', { name: /^Alpha 10:00.*– 11:00.*/ }).count()).toBe(1);
  });

  it('places a session with the keyboard only: a slot, Enter, the dialog, and marks the speaker clash', async () => {
    await page.goto(editor);
    await expect.poll(() => inRoom(page, 'Room 1').getByRole('button', { name: /^Alpha\b/ }).count()).toBe(1);
    await page.locator('body').focus();
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'Room 1, 08:00'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(focused).toBe('Room 1, 08:00');
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Room 2, 10:00');

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Place a session at Room 2, 10:00' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.type('Gamma');
    expect(await dialog.getByLabel('Session').inputValue()).toBe(f.gamma);
    expect(await dialog.getByLabel('Length (minutes)').inputValue()).toBe('30');
    // Gamma's speaker gives Alpha at 10:00: the dialog says so before anything is saved; Beta holds Room 2.
    expect(await dialog.getByRole('list').textContent()).toContain("Clash: Ada Lovelace is also in 'Alpha' at the same time");
    await checked(page);
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Place session'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    expect(await waitForSlot(f.gamma, { room: f.rooms[1], start: '2030-03-01T09:00:00.000Z' })).toEqual({ room: f.rooms[1], start: '2030-03-01T09:00:00.000Z', end: '2030-03-01T09:30:00.000Z' });
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await block(page, 'Gamma').locator('.clash').textContent()).toBe("Clash: Room 2 double-booked with 'Beta' · Clash: Ada Lovelace is also in 'Alpha' at the same time");

    // Arrow keys on the focused session: down moves it 5 minutes later, left to Room 1... then back out of the clash.
    await inRoom(page, 'Room 2').getByRole('button', { name: /^Gamma\b/ }).focus();
    await page.keyboard.press('Shift+ArrowDown');
    expect(await waitForSlot(f.gamma, { room: f.rooms[1], start: '2030-03-01T09:00:00.000Z', end: '2030-03-01T09:35:00.000Z' })).toMatchObject({ end: '2030-03-01T09:35:00.000Z' });
    await inRoom(page, 'Room 2').getByRole('button', { name: /^Gamma\b/ }).click();
    const placeGamma = page.getByRole('dialog', { name: 'Place “Gamma”' });
    await placeGamma.getByRole('button', { name: 'Unschedule' }).click();
    expect(await waitForSlot(f.gamma, { room: null, start: null })).toEqual({ room: null, start: null, end: null });
    await expect.poll(() => page.getByRole('button', { name: /^Place Gamma\b/ }).count()).toBe(1);
  });

  it('publishes with a comment: the public schedule.xml validates and holds the new times and the version name', async () => {
    await page.getByRole('link', { name: /^Changes/ }).click();
    const added = page.getByRole('region', { name: 'Added' });
    await expect.poll(() => added.getByRole('rowheader').allTextContents()).toEqual(['Alpha', 'Beta']);
    await checked(page);
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish the schedule' });
    await dialog.getByLabel('Version name').fill('Day one');
    await dialog.getByLabel('Comment').fill('Rooms as booked');
    await checked(page);

    await dialog.getByRole('button', { name: 'Publish' }).click();

    await expect.poll(() => page.getByText('Published “Day one”').count()).toBe(1);
    const xml = await new Api(web.t.app).get(`/v1/events/${f.event.identifier}/schedule.xml`);
    expect(xml.status).toBe(200);
    expect(await validateScheduleXml(xml.body)).toEqual({ valid: true, errors: [] });
    expect(xml.body).toContain('<version>Day one</version>');
    expect(xml.body).toMatch(/<date>2030-03-01T10:00:00\+01:00<\/date>\s*<start>10:00<\/start>\s*<duration>01:00<\/duration>\s*<room>Room 1<\/room>\s*<title>Alpha<\/title>/);
    expect(xml.body).toMatch(/<start>10:00<\/start>\s*<duration>00:45<\/duration>\s*<room>Room 2<\/room>\s*<title>Beta<\/title>/);
    await page.getByRole('link', { name: /^Versions/ }).click();
    await expect.poll(() => page.getByRole('rowheader').allTextContents()).toEqual(['1. Day one']);
    expect(await page.getByRole('row').nth(1).textContent()).toContain('Rooms as booked');
    await checked(page);
  });

  it('lists the moved session in the changes view, with its old and new time', async () => {
    await page.goto(editor);
    await inRoom(page, 'Room 1').getByRole('button', { name: /^Alpha\b/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // Two presses at once: the second follows the first, 10 minutes in all.
    expect(await waitForSlot(f.alpha, { room: f.rooms[0], start: '2030-03-01T09:10:00.000Z' })).toEqual({ room: f.rooms[0], start: '2030-03-01T09:10:00.000Z', end: '2030-03-01T10:10:00.000Z' });

    await page.getByRole('link', { name: /^Changes/ }).click();

    const moved = page.getByRole('region', { name: 'Moved' });
    await expect.poll(() => moved.getByRole('row').count()).toBe(2);
    const cells = await moved.getByRole('row').nth(1).getByRole('cell').allTextContents();
    expect(cells[0]).toMatch(/10:00\D.*11:00\D.*, Room 1$/);
    expect(cells[1]).toMatch(/10:10\D.*11:10\D.*, Room 1$/);
    expect(await page.getByRole('region', { name: 'Added' }).count()).toBe(0);
  });

  it('refuses a stale write from a second browser and shows the newer state there', async () => {
    const second = await other.context.newPage();
    second.setDefaultTimeout(10_000);
    const secondErrors = collectErrors(second);
    // Its live stream cut (a dropped connection), so the second page keeps the older state until it writes.
    await second.route('**/changes', (route) => route.abort());
    await second.goto(editor);
    await expect.poll(() => inRoom(second, 'Room 2').getByRole('button', { name: /^Beta 10:00.*/ }).count()).toBe(1);
    // The first organizer moves Beta 5 minutes later; the second still sees it at 10:00.
    await page.goto(editor);
    await inRoom(page, 'Room 2').getByRole('button', { name: /^Beta\b/ }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await waitForSlot(f.beta, { room: f.rooms[1], start: '2030-03-01T09:05:00.000Z' })).toMatchObject({ start: '2030-03-01T09:05:00.000Z' });

    const to = await box(second, slot(second, 'Room 1, 11:30'));
    const from = await box(second, block(second, 'Beta'));
    await dragBetween(second, { x: from.x + from.width / 2, y: from.y + 10 }, { x: to.x + to.width / 2, y: to.y + 10 });

    const notice = second.getByRole('status').or(second.locator('.notice')).filter({ hasText: 'Changed by someone else' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('"Beta" was changed by someone else since you loaded it');
    await expect.poll(() => inRoom(second, 'Room 2').getByRole('button', { name: /^Beta 10:05.*/ }).count()).toBe(1);
    expect(await slotOf(f.beta)).toMatchObject({ room: f.rooms[1], start: '2030-03-01T09:05:00.000Z' });
    // The refused PATCH and the cut stream are the console errors, and the test caused them.
    expect(secondErrors.filter((e) => !e.includes('409') && !e.includes('ERR_FAILED'))).toEqual([]);
    await checked(second);
    await second.close();
  });

  it("shows another organizer's move as it happens, without a reload", async () => {
    const second = await other.context.newPage();
    second.setDefaultTimeout(10_000);
    const secondErrors = collectErrors(second);
    await second.goto(editor);
    await second.locator('.live-badge.on').waitFor();
    await expect.poll(() => inRoom(second, 'Room 2').getByRole('button', { name: /^Beta 10:05.*/ }).count()).toBe(1);

    await page.goto(editor);
    await inRoom(page, 'Room 2').getByRole('button', { name: /^Beta\b/ }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await waitForSlot(f.beta, { room: f.rooms[1], start: '2030-03-01T09:10:00.000Z' })).toMatchObject({ start: '2030-03-01T09:10:00.000Z' });

    await expect.poll(() => inRoom(second, 'Room 2').getByRole('button', { name: /^Beta 10:10.*/ }).count(), { timeout: 10_000 }).toBe(1);
    expect(await second.getByText('Changed by someone else').count()).toBe(0);
    expect(secondErrors).toEqual([]);
    await second.close();
  });

  it('fits a phone: no horizontal scroll, the grid scrolls inside its frame; screenshots', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(editor);
    await expect.poll(() => inRoom(page, 'Room 1').getByRole('button', { name: /^Alpha\b/ }).count()).toBe(1);
    await checked(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    const files = await shoot(
      page,
      [
        {
          name: 'editor',
          open: async (p) => {
            await p.goto(editor);
            await inRoom(p, 'Room 1').getByRole('button', { name: /^Alpha\b/ }).waitFor();
          },
        },
        {
          name: 'place-dialog',
          open: async (p) => {
            await p.goto(editor);
            await slot(p, 'Room 2, 12:00').click();
            await p.getByRole('dialog').waitFor();
          },
        },
        { name: 'changes', open: async (p) => (await p.goto(`${web.base}/events/${f.event.identifier}/scheduler/changes`), await p.getByRole('region', { name: 'Moved' }).waitFor()) },
        { name: 'versions', open: async (p) => (await p.goto(`${web.base}/events/${f.event.identifier}/scheduler/versions`), await p.getByRole('rowheader').first().waitFor()) },
      ],
      'bench/tmp/scheduler',
    );
    expect(files.length).toBe(16); // and editor-clash-*, taken in the clash test
    expect(errors).toEqual([]);
  });
});

describe('an event in America/Los_Angeles edited from a browser in Asia/Singapore, across the daylight-saving change', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  let errors: string[];
  let event: TestEvent;
  let hall: string;
  const talks: Record<string, string> = {};

  beforeAll(async () => {
    // 13-15 March 2027: Los Angeles moves from PST (-8) to PDT (-7) at 02:00 on Sunday the 14th.
    event = await makeEvent(web.t.app, organizer, { timezone: 'America/Los_Angeles', 'starts-at': '2027-03-13T17:00:00Z', 'ends-at': '2027-03-16T01:00:00Z' });
    hall = await make(web.t.app, organizer, event, 'microlocation', 'microlocations', { name: 'Hall' });
    const type = await make(web.t.app, organizer, event, 'session-type', 'session-types', { name: 'Talk', length: '00:45' });
    for (const title of ['Saturday talk', 'Sunday talk', 'Monday talk', 'Sunday lightning talk', 'Tablet talk']) {
      talks[title] = await make(web.t.app, organizer, event, 'session', 'sessions', { title, state: 'accepted' }, { 'session-type': ref('session-type', type) });
    }
    browser = await launchBrowser({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Singapore' });
    await logInBrowser(browser.context, web.base, organizer.email);
    page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
    errors = collectErrors(page);
  });
  afterAll(async () => browser?.close());

  it('stores and shows 10:00 in Los Angeles on each day, before and after the change', async () => {
    await page.goto(`${web.base}/events/${event.identifier}/scheduler`);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('Asia/Singapore');
    await page.getByRole('button', { name: /^Place Saturday talk\b/ }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Days' }).getByRole('link').allTextContents()).toEqual(['Mar 13, 2027', 'Mar 14, 2027', 'Mar 15, 2027']);

    // Saturday, PST: 10:00 is 18:00 UTC.
    await page.getByRole('button', { name: /^Place Saturday talk\b/ }).dragTo(slot(page, 'Hall, 10:00'));
    expect(await waitForSlot(talks['Saturday talk'], { room: hall, start: '2027-03-13T18:00:00.000Z' })).toEqual({ room: hall, start: '2027-03-13T18:00:00.000Z', end: '2027-03-13T18:45:00.000Z' });
    expect(await inRoom(page, 'Hall').getByRole('button', { name: /^Saturday talk 10:00\D.*10:45\D/ }).count()).toBe(1);

    // Sunday, the day of the change: 10:00 is already PDT, 17:00 UTC.
    await page.getByRole('link', { name: 'Mar 14, 2027' }).click();
    expect(page.url()).toContain('day=2027-03-14');
    await page.getByRole('button', { name: /^Place Sunday talk\b/ }).dragTo(slot(page, 'Hall, 10:00'));
    expect(await waitForSlot(talks['Sunday talk'], { room: hall, start: '2027-03-14T17:00:00.000Z' })).toEqual({ room: hall, start: '2027-03-14T17:00:00.000Z', end: '2027-03-14T17:45:00.000Z' });
    expect(await inRoom(page, 'Hall').getByRole('button', { name: /^Sunday talk 10:00\D/ }).count()).toBe(1);
    // Saturday's talk is not on Sunday's grid.
    expect(await inRoom(page, 'Hall').getByRole('button', { name: /^Saturday talk\b/ }).count()).toBe(0);

    // Monday through the dialog: the day and the start typed in the event's zone.
    await page.getByRole('button', { name: /^Place Monday talk\b/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Place “Monday talk”' });
    await dialog.getByLabel('Day').selectOption('2027-03-15');
    await dialog.getByLabel('Start').fill('10:00');
    expect(await dialog.getByText('In America/Los Angeles').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Place session' }).click();
    expect(await waitForSlot(talks['Monday talk'], { room: hall, start: '2027-03-15T17:00:00.000Z' })).toEqual({ room: hall, start: '2027-03-15T17:00:00.000Z', end: '2027-03-15T17:45:00.000Z' });

    await page.getByRole('link', { name: 'Mar 15, 2027' }).click();
    await expect.poll(() => inRoom(page, 'Hall').getByRole('button', { name: /^Monday talk 10:00\D/ }).count()).toBe(1);
    expect(await page.locator('.clash-summary').textContent()).toBe('No clashes.');
    await checked(page);
    expect(errors).toEqual([]);
  });

  it('drops a session from the panel on the 5-minute grid, not only at quarter hours', async () => {
    await page.getByRole('link', { name: 'Mar 14, 2027' }).click();
    const from = await box(page, page.getByRole('button', { name: /^Place Sunday lightning talk\b/ }));
    const to = await box(page, slot(page, 'Hall, 11:00'));
    let whileDragging = '';

    // The card is held by the middle of its first quarter hour: the pointer 13 minutes into the 11:00 slot puts
    // its start at 11:05 (11:13 less 7.5 minutes, to the nearest 5).
    await dragBetween(page, { x: from.x + from.width / 2, y: from.y + from.height / 2 }, { x: to.x + to.width / 2, y: to.y + 13 * 2 }, async () => {
      whileDragging = (await page.locator('.block.preview .block-time').textContent()) ?? '';
    });

    expect(whileDragging).toMatch(/^11:05\D.*11:50\D?/);
    // Sunday 11:05 in Los Angeles is PDT, 18:05 UTC.
    expect(await waitForSlot(talks['Sunday lightning talk'], { room: hall, start: '2027-03-14T18:05:00.000Z' })).toEqual({ room: hall, start: '2027-03-14T18:05:00.000Z', end: '2027-03-14T18:50:00.000Z' });
    expect(await inRoom(page, 'Hall').getByRole('button', { name: /^Sunday lightning talk 11:05\D/ }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('places a session by touch, as on a tablet: a finger drags it from the panel into Hall, 12:00', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    // The slot first, then the card: scrolling one into view must not move the other away.
    const to = await box(page, slot(page, 'Hall, 12:00'));
    const from = await box(page, page.getByRole('button', { name: /^Place Tablet talk\b/ }));
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y) }] });

    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
    await touch('touchStart', start.x, start.y);
    for (let i = 1; i <= 8; i++) await touch('touchMove', start.x + ((end.x - start.x) * i) / 8, start.y + ((end.y - start.y) * i) / 8);
    await touch('touchEnd', end.x, end.y);
    await cdp.detach();

    // Sunday 12:00 in Los Angeles is PDT, 19:00 UTC; the type's 45 minutes.
    expect(await waitForSlot(talks['Tablet talk'], { room: hall, start: '2027-03-14T19:00:00.000Z' })).toEqual({ room: hall, start: '2027-03-14T19:00:00.000Z', end: '2027-03-14T19:45:00.000Z' });
    await expect.poll(() => inRoom(page, 'Hall').getByRole('button', { name: /^Tablet talk 12:00\D/ }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
