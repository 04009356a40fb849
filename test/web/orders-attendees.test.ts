// The orders, attendees and exports pages in Chromium, on orders buyers made through the API: tab counts, search,
// check-in from the row (also by keyboard), "Export as → CSV" of the checked-in tab with its progress and a file of
// exactly those rows, the export found again after leaving the page, cancelling an order moving its attendee to
// another tab, a new order appearing on another browser's open orders page without a reload, and a registrar who
// can check in but sees no orders and no exports. Every page passes axe, fits 375 px and logs no console error.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.js';
import { Api, grantRole, make, makeEvent, makeUser, resource, type TestEvent, type TestUser } from '../support/client.js';
import { shoot } from '../support/screenshots.js';
import { collectErrors, logInBrowser, startWebApp, type WebApp } from '../support/web.js';

let web: WebApp;
let browser: LaunchedBrowser;
let other: LaunchedBrowser;
let owner: TestUser;
let coorganizer: TestUser;
let registrar: TestUser;
let ada: TestUser;
let charles: TestUser;
let event: TestEvent;
let tickets: { pass: string; free: string };
const orders: Record<string, { id: string; identifier: string; number: string }> = {};

async function order(user: TestUser, lines: { id: string; quantity: number }[], people: [string, string][], pay?: string) {
  const response = await web.t.app.inject({
    method: 'POST',
    url: '/v1/orders/create-order',
    headers: { authorization: `Bearer ${user.token}` },
    payload: { tickets: lines, attendees: people.map(([firstname, lastname]) => ({ ticket: lines[0].id, firstname, lastname, email: `${firstname.toLowerCase()}@example.org` })) },
  });
  const body = JSON.parse(response.body);
  const made = { id: body.data.id, identifier: body.data.attributes.identifier, number: body.data.attributes['invoice-number'] };
  if (pay) await new Api(web.t.app, user.token).patch(`/v1/orders/${made.identifier}`, resource('order', { 'payment-mode': pay }, {}, made.id));
  return made;
}

beforeAll(async () => {
  web = await startWebApp({}, { withQueue: true, holdExports: true });
  owner = await makeUser(web.t.app, { firstName: 'Olive', lastName: 'Owner' });
  coorganizer = await makeUser(web.t.app, { firstName: 'Cora', lastName: 'Organizer' });
  registrar = await makeUser(web.t.app, { firstName: 'Rita', lastName: 'Registrar' });
  ada = await makeUser(web.t.app, { firstName: 'Ada', lastName: 'Lovelace' });
  charles = await makeUser(web.t.app, { firstName: 'Charles', lastName: 'Babbage' });
  event = await makeEvent(web.t.app, owner, { name: 'Analytical Engines Day', 'is-ticketing-enabled': true, 'starts-at': '2030-05-04T07:00:00Z', 'ends-at': '2030-05-04T16:00:00Z', timezone: 'Europe/Berlin', 'payment-currency': 'EUR' });
  await grantRole(web.t.app, event, owner, coorganizer, 'coorganizer');
  await grantRole(web.t.app, event, owner, registrar, 'registrar');
  tickets = {
    pass: await make(web.t.app, owner, event, 'ticket', 'tickets', { name: 'Day pass', type: 'paid', price: '25.00', quantity: 100 }),
    free: await make(web.t.app, owner, event, 'ticket', 'tickets', { name: 'Community', type: 'free', price: '0', quantity: 100 }),
  };
  orders.grace = await order(ada, [{ id: tickets.free, quantity: 1 }], [['Grace', 'Hopper']], 'free');
  orders.turing = await order(ada, [{ id: tickets.pass, quantity: 2 }], [['Alan', 'Turing'], ['Joan', 'Clarke']], 'bank');
  orders.katherine = await order(charles, [{ id: tickets.free, quantity: 1 }], [['Katherine', 'Johnson']], 'free');
  orders.barbara = await order(charles, [{ id: tickets.pass, quantity: 1 }], [['Barbara', 'Liskov']]);
  browser = await launchBrowser();
  other = await launchBrowser();
  await logInBrowser(browser.context, web.base, owner.email);
});
afterAll(async () => {
  await other?.close();
  await browser?.close();
  await web?.close();
});

const base = () => `${web.base}/events/${event.identifier}`;
const tab = (page: Page, name: string) => page.getByRole('navigation', { name: /by status/ }).getByRole('link', { name: new RegExp(`^${name} ?\\d*$`) });
const tabText = (page: Page, name: string) => tab(page, name).textContent();
const rowNames = (page: Page) => page.locator('tbody tr td[data-label="Name"]').allTextContents();

async function fitsPhone(page: Page): Promise<boolean> {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 375, height: 800 });
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
  await page.setViewportSize(size);
  return fits;
}

describe('the attendees and orders pages', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    page = await browser.context.newPage();
    errors = collectErrors(page);
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await page.screenshot({ path: `bench/tmp/failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`, fullPage: true });
  });

  it('shows the attendees with the right count on every tab', async () => {
    await page.goto(`${base()}/attendees`);
    await page.waitForURL(/\/attendees\/all$/);
    await page.getByRole('heading', { name: 'Attendees' }).waitFor();
    await expect.poll(() => rowNames(page)).toEqual(['Grace Hopper', 'Alan Turing', 'Joan Clarke', 'Katherine Johnson', 'Barbara Liskov']);

    const counts: Record<string, string | null> = {};
    for (const name of ['All', 'Completed', 'Placed', 'Pending', 'Expired', 'Cancelled', 'Checked in', 'Not checked in']) counts[name] = await tabText(page, name);
    expect(counts).toEqual({ All: 'All5', Completed: 'Completed2', Placed: 'Placed2', Pending: 'Pending1', Expired: 'Expired0', Cancelled: 'Cancelled0', 'Checked in': 'Checked in0', 'Not checked in': 'Not checked in4' });
    await page.getByText('Live', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);
  });

  it('narrows the list as a search is typed, and the tab counts with it', async () => {
    await page.getByLabel('Search attendees').fill('turing');
    await expect.poll(() => rowNames(page)).toEqual(['Alan Turing']);
    await expect.poll(() => tabText(page, 'Placed')).toBe('Placed1');
    expect(new URL(page.url()).searchParams.get('q')).toBe('turing');

    await page.getByLabel('Search attendees').fill(orders.turing.number);
    await expect.poll(() => rowNames(page)).toEqual(['Alan Turing', 'Joan Clarke']);
    await page.getByLabel('Search attendees').fill('');
    await expect.poll(() => rowNames(page)).toEqual(['Grace Hopper', 'Alan Turing', 'Joan Clarke', 'Katherine Johnson', 'Barbara Liskov']);
  });

  it('checks an attendee in from the row, with the mouse and with the keyboard', async () => {
    await page.getByRole('button', { name: 'Check in Grace Hopper' }).click();
    await page.getByRole('button', { name: 'Check out Grace Hopper' }).waitFor();
    await expect.poll(() => page.locator('tbody tr', { hasText: 'Grace Hopper' }).locator('td[data-label="Check-in"]').textContent()).toMatch(/^In since \d{1,2}:\d{2}.* · Web dashboard/);

    await page.getByRole('button', { name: 'Check in Joan Clarke' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Check out Joan Clarke' }).waitFor();
    await expect.poll(() => tabText(page, 'Checked in')).toBe('Checked in2');
    // Barbara's checkout was never finished: nothing to check in.
    expect(await page.getByRole('button', { name: 'Check in Barbara Liskov' }).count()).toBe(0);
    const stored = await new Api(web.t.app, owner.token).get(`/v1/events/${event.identifier}/attendees?tab=checked-in`);
    expect(stored.body.data.map((a: { attributes: Record<string, string> }) => [a.attributes.firstname, a.attributes['device-name-checkin']])).toEqual([
      ['Grace', 'Web dashboard'],
      ['Joan', 'Web dashboard'],
    ]);
  });

  it('exports the "checked in" tab as CSV: progress from the task stream, then exactly its rows to download', async () => {
    await tab(page, 'Checked in').click();
    await page.waitForURL(/\/attendees\/checked-in$/);
    await expect.poll(() => rowNames(page)).toEqual(['Grace Hopper', 'Joan Clarke']);

    // With the keyboard: open the menu, move to CSV, choose it.
    await page.getByRole('button', { name: 'Export as' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('CSV');
    await page.keyboard.press('Enter');
    const progress = page.getByRole('progressbar', { name: 'Export progress' });
    await progress.waitFor();
    await page.getByText('Export of the “Checked in” attendees waiting to start…').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await web.t.startExports();
    const link = page.getByRole('link', { name: 'Download CSV' });
    await link.waitFor({ timeout: 15_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const rows = parse(fs.readFileSync((await download.path())!), { bom: true }) as string[][];
    const column = (name: string) => rows.slice(1).map((row) => row[rows[0].indexOf(name)]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect([column('First Name'), column('Last Name'), column('Checked In')]).toEqual([
      ['Grace', 'Joan'],
      ['Hopper', 'Clarke'],
      ['Yes', 'Yes'],
    ]);
  });

  it('finds the export again after leaving the page and coming back', async () => {
    await page.getByRole('navigation', { name: 'Event pages' }).getByRole('link', { name: 'Orders' }).click();
    await page.waitForURL(/\/orders\/completed$/);
    await page.goBack();
    await page.waitForURL(/\/attendees\/checked-in$/);

    await page.getByRole('link', { name: 'Download CSV' }).waitFor();
    expect(await page.getByText(/the “Checked in” attendees exported/).count()).toBe(1);
  });

  it('lists the orders by tab, and cancelling one moves its attendee to the cancelled tab', async () => {
    await page.goto(`${base()}/orders/completed`);
    await page.getByRole('heading', { name: 'Orders' }).waitFor();
    await page.getByRole('link', { name: orders.katherine.number }).waitFor();
    expect(await tabText(page, 'Completed')).toBe('Completed2');
    expect(await tabText(page, 'Pending')).toBe('Pending1');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);

    await page.getByRole('button', { name: `Cancel order ${orders.katherine.number}` }).click();
    const dialog = page.getByRole('dialog', { name: `Cancel order ${orders.katherine.number}?` });
    await dialog.getByLabel('Note for your team (optional)').fill('Asked by phone to cancel');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel the order' }).click();
    await expect.poll(() => page.getByRole('link', { name: orders.katherine.number }).count()).toBe(0);
    await expect.poll(() => tabText(page, 'Cancelled')).toBe('Cancelled1');

    await page.goto(`${base()}/attendees/cancelled`);
    await expect.poll(() => rowNames(page)).toEqual(['Katherine Johnson']);
    await expect.poll(() => tabText(page, 'Completed')).toBe('Completed1');
  });

  it("opens an order with its attendees and history, and marks a placed order completed", async () => {
    await page.goto(`${base()}/orders/placed`);
    await page.getByRole('link', { name: orders.turing.number }).click();
    await page.getByRole('heading', { name: `Order ${orders.turing.number}` }).waitFor();
    await page.getByText('Ticket code').first().waitFor();
    expect(await page.locator('.seat-list li strong').allTextContents()).toEqual(['Alan Turing', 'Joan Clarke']);
    expect(await page.locator('.history li').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);

    await page.getByRole('button', { name: 'Resend confirmation' }).click();
    await page.getByText(`The confirmation was sent to ${ada.email}.`).waitFor();
    await page.getByRole('button', { name: 'Mark completed' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Paid via (optional)').fill('Bank transfer');
    await dialog.getByRole('button', { name: 'Mark completed' }).click();
    await expect.poll(() => page.locator('.history li').count()).toBe(3);
    await page.getByText('bank · paid via Bank transfer').waitFor();
  });

  it('lists every export format and my recent exports', async () => {
    await page.goto(`${base()}/exports`);
    await page.getByRole('heading', { name: 'Your recent exports' }).waitFor();
    expect(await page.locator('.format-list .format-name').allTextContents()).toEqual([
      'Attendees (CSV)', 'Orders (CSV)', 'Sessions (CSV)', 'Speakers (CSV)', 'Schedule (Pentabarf/frab XML)', 'Schedule (iCalendar)', 'Schedule (xCal)', 'Open Event JSON (zip)',
    ]);
    await page.getByText('tab “checked in”', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Export Sessions (CSV)' }).click();
    await expect.poll(() => page.locator('.task-list li').count()).toBe(2);
    await page.getByRole('link', { name: /^Download Sessions \(CSV\)/ }).waitFor({ timeout: 15_000 });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);
    // Only what these tests caused on purpose: none.
    expect(errors).toEqual([]);
  });

  it('looks right at phone and desktop width, light and dark', async () => {
    const shots = [
      { name: 'attendees', open: async (p: Page) => (await p.goto(`${base()}/attendees/all`), await p.getByRole('button', { name: 'Check out Grace Hopper' }).waitFor()) },
      { name: 'orders', open: async (p: Page) => (await p.goto(`${base()}/orders/all`), await p.getByRole('link', { name: orders.grace.number }).waitFor()) },
      { name: 'order', open: async (p: Page) => (await p.goto(`${base()}/orders/all/${orders.turing.identifier}`), await p.locator('.history li').nth(2).waitFor()) },
      { name: 'exports', open: async (p: Page) => (await p.goto(`${base()}/exports`), await p.locator('.task-list li').first().waitFor()) },
    ];
    const files = await shoot(page, shots, 'bench/tmp/dashboard-orders');
    expect(files.length).toBe(16);
  });
});

describe('another browser and another role', () => {
  it('shows a new order on an open orders page within a few seconds, without reloading', async () => {
    await logInBrowser(other.context, web.base, coorganizer.email);
    const page = await other.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base()}/orders/pending`);
    await page.getByRole('link', { name: orders.barbara.number }).waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    const started = Date.now();
    const made = await order(charles, [{ id: tickets.pass, quantity: 1 }], [['Edsger', 'Dijkstra']]);
    await page.getByRole('link', { name: made.number }).waitFor({ timeout: 5_000 });
    const seconds = (Date.now() - started) / 1000;

    console.log(`new order shown on the other browser after ${seconds.toFixed(1)} s`);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(await tabText(page, 'Pending')).toBe('Pending2');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a registrar check in, and shows them no orders and no exports', async () => {
    await other.context.clearCookies();
    await logInBrowser(other.context, web.base, registrar.email);
    const page = await other.context.newPage();
    const errors = collectErrors(page);
    await page.goto(base());
    const nav = page.getByRole('navigation', { name: 'Event pages' });
    await nav.getByRole('link', { name: 'Attendees' }).waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Overview', 'Attendees']);

    await nav.getByRole('link', { name: 'Attendees' }).click();
    await page.getByRole('button', { name: 'Check in Alan Turing' }).click();
    await page.getByRole('button', { name: 'Check out Alan Turing' }).waitFor();
    expect(await page.getByRole('button', { name: 'Export as' }).count()).toBe(0);
    // The order number is shown, but not as a way into the orders.
    expect(await page.getByRole('link', { name: orders.turing.number }).count()).toBe(0);
    expect(await page.getByText(orders.turing.number).count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);

    await page.goto(`${base()}/orders/all`);
    await page.getByText('Your role on this event does not let you see its orders.').waitFor();
    await page.goto(`${base()}/orders/all/${orders.turing.identifier}`);
    await page.getByText('Your role on this event does not let you see its orders.').waitFor();
    await page.goto(`${base()}/exports`);
    await page.getByText('Your role on this event does not let you export its data.').waitFor();
    expect(errors).toEqual([]);
    await shoot(page, [{ name: 'registrar-attendees', open: async (p) => (await p.goto(`${base()}/attendees/all`), await p.getByRole('button', { name: 'Check out Alan Turing' }).waitFor()) }], 'bench/tmp/dashboard-orders');
  });
});
