// The organizer's ticketing and team pages in Chromium, at 375 px: sign up, create an event that takes bank
// transfers, add a paid and a free ticket (the API's error beside the price), a tax and a discount code, publish;
// buyers order through the API; the overview shows their numbers; a ticket with orders offers Hide, not Delete,
// and says why; tickets reorder with the keyboard and keep their order on reload. The team: a new person invited as
// registrar signs up from the mailed link, accepts, and sees only what a registrar may do (the API refuses the rest);
// an existing account accepts from its link; a pending invite is resent (the old link stops working) and withdrawn.
// Every page passes axe, has no horizontal scroll and logs no console error the test did not cause; screenshots
// of every page go to bench/tmp/dashboard-tickets/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.js';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.js';
import { Api, login, makeUser, resource, unique, type TestUser } from '../support/client.js';
import { linkIn, mailsTo } from '../support/mail.js';
import { changeOrder, placeOrder } from '../support/orders.js';
import { shoot } from '../support/screenshots.js';
import { collectErrors, logInBrowser, startWebApp, type WebApp } from '../support/web.js';

let web: WebApp;
let organizerBrowser: LaunchedBrowser;
let guestBrowser: LaunchedBrowser;
beforeAll(async () => {
  web = await startWebApp();
  [organizerBrowser, guestBrowser] = await Promise.all([
    launchBrowser({ viewport: { width: 375, height: 800 } }),
    launchBrowser({ viewport: { width: 375, height: 800 } }),
  ]);
});
afterAll(async () => {
  await organizerBrowser?.close();
  await guestBrowser?.close();
  await web?.close();
});

const email = `${unique('organizer')}@example.org`;
const registrarEmail = `${unique('registrar')}@example.org`;
let page: Page;
let errors: string[];
let guest: Page;
let guestErrors: string[];
let eventKey = '';
let eventId = '';

const eventNav = (p: Page) => p.getByRole('navigation', { name: 'Event pages' });
const navLabels = async (p: Page) => (await eventNav(p).getByRole('link').allTextContents()).map((text) => text.trim());
const noHorizontalScroll = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
const ticketNames = async () =>
  (await page.getByRole('list', { name: 'Tickets in the order buyers see them' }).getByRole('heading').allTextContents()).map((text) => text.replace(/\s*Hidden$/, '').trim());

async function checked(p: Page): Promise<void> {
  expect(await seriousViolations(p)).toEqual([]);
  expect(await noHorizontalScroll(p)).toBe(true);
}

/** The path of the newest mailed invitation link to `address` (the mail names PUBLIC_URL, not the test's port). */
async function invitePath(address: string, which: 'first' | 'last' = 'last'): Promise<string> {
  const mails = await mailsTo(web.t.app.ctx.config.dataDir, address);
  const mail = which === 'last' ? mails.at(-1) : mails[0];
  expect(mail).toBeDefined();
  return new URL(linkIn(mail!, /\/invites\//)).pathname;
}

/** A request with the browser's session cookie and CSRF token, as a page script would send it. */
async function asBrowser(context: BrowserContext, method: 'GET' | 'POST' | 'PATCH', url: string, data?: unknown): Promise<number> {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'convene_csrf')?.value ?? '';
  const response = await context.request.fetch(`${web.base}${url}`, {
    method,
    headers: { 'x-csrf-token': csrf, ...(data ? { 'content-type': 'application/vnd.api+json' } : {}) },
    data: data ? JSON.stringify(data) : undefined,
  });
  return response.status();
}

describe('an organizer sets up ticketing', () => {
  beforeAll(async () => {
    page = await organizerBrowser.context.newPage();
    page.setDefaultTimeout(10_000);
    errors = collectErrors(page);
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await page.screenshot({ path: `bench/tmp/failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`, fullPage: true });
  });

  it('signs up and creates an event that takes bank transfers, with their instructions', async () => {
    await page.goto(`${web.base}/signup?next=/events/new`);
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Lovelace');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill('correct horse');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/events\/new$/);

    await page.getByLabel('Name', { exact: true }).fill('Engine Conf');
    await page.getByLabel('Time zone').selectOption('Europe/Berlin');
    await page.getByLabel('Starts').fill('2031-05-06T09:00');
    await page.getByLabel('Ends').fill('2031-05-07T18:00');
    await page.getByLabel('Location').fill('London');
    await page.getByLabel('Description').fill('Analytical engines, two days.');
    await page.getByLabel('Bank transfer', { exact: true }).check();
    await page.getByLabel('Bank transfer: instructions for buyers').fill('IBAN GB33 BUKB 2020 1555 5555 55, reference: your order number');
    await checked(page);
    await page.getByRole('button', { name: 'Create event' }).click();
    await page.getByRole('heading', { name: 'Engine Conf' }).waitFor();
    eventKey = new URL(page.url()).pathname.split('/')[2];

    const stored = (await (await page.request.get(`${web.base}/v1/events/${eventKey}`)).json()).data;
    eventId = stored.id;
    expect([stored.attributes['can-pay-by-bank'], stored.attributes['bank-details'], stored.attributes['can-pay-by-cheque']]).toEqual([
      true,
      'IBAN GB33 BUKB 2020 1555 5555 55, reference: your order number',
      false,
    ]);
    expect(await navLabels(page)).toEqual(['Overview', 'Details', 'FAQs', 'Team', 'Tickets', 'Discount codes', 'Access codes', 'Tax', 'Orders', 'Attendees', 'Attendee form', 'Exports', 'Sessions', 'Speakers', 'Tracks', 'Rooms', 'Session types', 'Schedule editor']);
    await checked(page);
  });

  it('adds a paid ticket (the API refuses a price in fractions of a cent, next to the field) and a free one', async () => {
    await eventNav(page).getByRole('link', { name: 'Tickets' }).click();
    await page.getByText('No tickets yet').waitFor();
    await checked(page);
    await page.getByRole('link', { name: 'Add a ticket' }).click();
    await page.getByRole('heading', { name: 'Add a ticket' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Standard');
    await page.getByLabel('Price (EUR)').fill('10.005');
    await page.getByLabel('Quantity').fill('100');
    await page.getByLabel('Sales end').fill('2031-05-06T08:00');
    await page.getByRole('button', { name: 'Add ticket' }).click();
    await expect.poll(() => page.getByText('price must have at most 2 decimal places in EUR').isVisible()).toBe(true);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Standard');
    await checked(page);

    await page.getByLabel('Price (EUR)').fill('10.00');
    await page.getByRole('button', { name: 'Add ticket' }).click();
    await page.getByRole('link', { name: 'Add a ticket' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Community');
    await page.getByRole('radio', { name: /^Free/ }).check();
    await page.getByLabel('Quantity').fill('50');
    await page.getByRole('button', { name: 'Add ticket' }).click();
    await expect.poll(ticketNames).toEqual(['Standard', 'Community']);

    const tickets = (await (await page.request.get(`${web.base}/v1/events/${eventKey}/tickets`)).json()).data;
    expect(tickets.map((t: any) => [t.attributes.name, t.attributes.type, t.attributes.price, t.attributes.quantity, t.attributes.position, t.attributes['sales-ends-at']])).toEqual([
      ['Standard', 'paid', 10, 100, 0, '2031-05-06T06:00:00.000Z'], // 08:00 in Berlin (summer time)
      ['Community', 'free', 0, 50, 1, null],
    ]);
  });

  it('adds a 10 % tax with its business details and a discount code', async () => {
    await eventNav(page).getByRole('link', { name: 'Tax' }).click();
    await page.getByRole('heading', { name: 'Tax', exact: true }).waitFor();
    await checked(page);
    await page.getByLabel('Name', { exact: true }).fill('VAT');
    await page.getByLabel('Rate (%)').fill('10');
    await page.getByLabel('Tax ID (VAT number)').fill('GB123456789');
    await page.getByLabel('Registered company').fill('Engines Ltd');
    await page.getByRole('button', { name: 'Add tax' }).click();
    await page.getByText('Saved. New orders are taxed this way.').waitFor();
    const tax = (await (await page.request.get(`${web.base}/v1/events/${eventKey}/tax`)).json()).data.attributes;
    expect([tax.name, tax.rate, tax['is-tax-included-in-price'], tax['tax-id'], tax['registered-company']]).toEqual(['VAT', 10, false, 'GB123456789', 'Engines Ltd']);

    await eventNav(page).getByRole('link', { name: 'Discount codes' }).click();
    await page.getByRole('link', { name: 'Add a code' }).click();
    await page.getByLabel('Code').fill('EARLY');
    await page.getByLabel('Percent off').fill('10');
    await page.getByLabel('Uses').fill('50');
    await page.getByRole('checkbox', { name: 'Standard' }).check();
    await checked(page);
    await page.getByRole('button', { name: 'Add code' }).click();
    await page.getByText('EARLY', { exact: true }).waitFor();
    await expect.poll(() => page.getByText('Used 0 of 50').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('For Standard').isVisible()).toBe(true);
    await checked(page);
  });

  it('publishes the event', async () => {
    await eventNav(page).getByRole('link', { name: 'Details' }).click();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Unpublish' }).waitFor();
  });

  it('shows on the overview what the buyers ordered through the API', async () => {
    const organizerToken = await login(web.t.app, email, 'correct horse');
    const organizer: TestUser = { id: 0, email, token: organizerToken };
    const tickets = (await (await page.request.get(`${web.base}/v1/events/${eventKey}/tickets`)).json()).data;
    const [standard, community] = tickets.map((t: any) => t.id as string);
    const [first, second, third] = await Promise.all([makeUser(web.t.app), makeUser(web.t.app), makeUser(web.t.app)]);
    const placed = await placeOrder(web.t.app, first, [{ id: standard, quantity: 2 }]);
    await changeOrder(web.t.app, first, placed, { 'payment-mode': 'bank' });
    const free = await placeOrder(web.t.app, second, [{ id: community, quantity: 3 }]);
    await changeOrder(web.t.app, second, free, { 'payment-mode': 'free' });
    await placeOrder(web.t.app, third, [{ id: standard, quantity: 1 }]);
    const checkIn = await new Api(web.t.app, organizer.token).patch(`/v1/attendees/${free.attendees[0]}`, resource('attendee', { 'is-checked-in': true }, {}, free.attendees[0]));
    expect(checkIn.status).toBe(200);

    await eventNav(page).getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Tickets sold' }).waitFor();
    const row = async (name: string) => (await page.locator('.overview tr', { hasText: name }).locator('td').allTextContents()).map((text) => text.trim());
    await expect.poll(() => row('Standard')).toEqual(['Standard', '2', '1', '97', '100']);
    expect(await row('Community')).toEqual(['Community', '3', '0', '47', '50']);
    const stat = async (label: string) => (await page.locator('.stat', { hasText: label }).locator('dd').allTextContents()).map((text) => text.trim());
    expect(await stat('Completed')).toEqual(['1', '3 tickets · €0.00']);
    expect(await stat('Placed, to pay offline')).toEqual(['1', '2 tickets · €22.00']);
    expect(await stat('Started, not submitted')).toEqual(['1', '1 ticket · €11.00']);
    expect(await page.locator('.headline', { hasText: 'from completed and placed orders' }).textContent()).toBe('€22.00 from completed and placed orders');
    expect(await page.locator('.headline', { hasText: 'checked in' }).textContent()).toBe('1 of 5 attendees checked in');
    expect(await page.locator('.chart-canvas canvas').count()).toBeGreaterThan(0);
    await page.getByText('The numbers per day').click();
    expect((await page.locator('.chart-table tbody td').allTextContents()).slice(1)).toEqual(['2', '5', '€22.00']);
    expect(await page.getByRole('link', { name: 'Build the event website' }).getAttribute('href')).toBe(`/generator?event=${eventId}`);
    await checked(page);
  });

  it('offers Hide, not Delete, for a ticket with orders and says why; hides it', async () => {
    await eventNav(page).getByRole('link', { name: 'Tickets' }).click();
    await page.getByRole('link', { name: 'Add a ticket' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Patron');
    await page.getByLabel('Price (EUR)').fill('100');
    await page.getByRole('button', { name: 'Add ticket' }).click();
    await expect.poll(ticketNames).toEqual(['Standard', 'Community', 'Patron']);
    await page.getByRole('button', { name: 'Delete Patron' }).waitFor();

    expect(await page.getByRole('button', { name: 'Delete Standard' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete Community' }).count()).toBe(0);
    expect(await page.getByText('In 2 orders: it can be hidden, not deleted, so those orders keep their ticket.').isVisible()).toBe(true);
    expect(await page.getByText('In 1 order: it can be hidden, not deleted').isVisible()).toBe(true);
    await checked(page);

    await page.getByRole('link', { name: 'Edit Community' }).click();
    await page.getByRole('heading', { name: 'Edit “Community”' }).waitFor();
    expect(await page.getByLabel('Quantity').inputValue()).toBe('50');
    await page.getByLabel('Quantity').fill('60');
    await page.getByLabel('Description').fill('Reduced seats for community members');
    await page.getByRole('button', { name: 'Save ticket' }).click();
    await page.getByText('3 sold · 57 of 60 left').waitFor();

    await page.getByRole('button', { name: 'Hide Standard' }).click();
    await page.getByRole('button', { name: 'Show Standard' }).waitFor();
    const stored = (await (await page.request.get(`${web.base}/v1/events/${eventKey}/tickets`)).json()).data;
    expect(stored.map((t: any) => [t.attributes.name, t.attributes['is-hidden'], t.attributes.quantity])).toEqual([
      ['Standard', true, 100],
      ['Community', false, 60],
      ['Patron', false, 100],
    ]);
    expect(stored[1].attributes.description).toBe('Reduced seats for community members');
  });

  it('moves a ticket up with the keyboard, keeps the focus on it, and keeps the order after a reload', async () => {
    await page.getByRole('button', { name: 'Move Patron up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(ticketNames).toEqual(['Standard', 'Patron', 'Community']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Move Patron up');
    await page.keyboard.press('Enter');
    await expect.poll(ticketNames).toEqual(['Patron', 'Standard', 'Community']);
    // At the top "up" is disabled: the focus moves to "down" of the same ticket.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Move Patron down');

    await page.reload();
    await expect.poll(ticketNames).toEqual(['Patron', 'Standard', 'Community']);
  });
});

describe('the team', () => {
  beforeAll(async () => {
    guest = await guestBrowser.context.newPage();
    guest.setDefaultTimeout(10_000);
    guestErrors = collectErrors(guest);
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      await page.screenshot({ path: `bench/tmp/failed-team-${context.task.name.slice(0, 30).replace(/\W+/g, '-')}.png`, fullPage: true });
      await guest.screenshot({ path: `bench/tmp/failed-guest-${context.task.name.slice(0, 30).replace(/\W+/g, '-')}.png`, fullPage: true });
    }
  });

  it('invites a new person as registrar, who signs up from the mailed link and accepts', async () => {
    await eventNav(page).getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { name: 'People' }).waitFor();
    await checked(page);
    await page.getByLabel('E-mail').fill(registrarEmail);
    await page.getByLabel('Role', { exact: true }).selectOption('registrar');
    // Sent from the keyboard: Enter in the form submits it.
    await page.getByLabel('E-mail').press('Enter');
    await page.getByText(`Invite sent to ${registrarEmail}.`).waitFor();
    await page.locator('.person-name', { hasText: registrarEmail }).waitFor();

    await guest.goto(`${web.base}${await invitePath(registrarEmail)}`);
    await guest.getByRole('heading', { name: 'Join the team of Engine Conf' }).waitFor();
    expect(await guest.getByRole('button', { name: 'Sign up' }).getAttribute('aria-pressed')).toBe('true');
    expect(await guest.getByLabel('E-mail').inputValue()).toBe(registrarEmail);
    await checked(guest);
    await guest.getByLabel('First name').fill('Charles');
    await guest.getByLabel('Last name').fill('Babbage');
    await guest.getByLabel('Password').fill('difference engine');
    await guest.getByRole('button', { name: 'Create account' }).click();
    await guest.getByRole('button', { name: 'Accept and join' }).waitFor();
    await checked(guest);
    await guest.getByRole('button', { name: 'Accept and join' }).click();
    await guest.waitForURL(new RegExp(`/events/${eventKey}$`));
    await guest.getByRole('heading', { name: 'Your part in this event' }).waitFor();
    await checked(guest);
  });

  it('shows the registrar only what a registrar may do, and the API refuses the rest', async () => {
    const labels = await navLabels(guest);
    for (const hidden of ['Details', 'Tickets', 'Discount codes', 'Tax', 'Team', 'Exports', 'Orders']) expect(labels).not.toContain(hidden);
    expect(labels[0]).toBe('Overview');
    expect(await guest.getByRole('heading', { name: 'Tickets sold' }).count()).toBe(0);

    await guest.goto(`${web.base}/events/${eventKey}/tickets`);
    await guest.getByText('Your role on this event does not let you manage its tickets.').waitFor();
    await guest.goto(`${web.base}/events/${eventKey}/discount-codes`);
    await guest.getByText('Your role on this event does not let you manage its discount codes.').waitFor();
    await guest.goto(`${web.base}/events/${eventKey}/team`);
    await guest.getByText('Your role on this event does not let you see its team.').waitFor();
    await checked(guest);

    const context = guestBrowser.context;
    const ticket = resource('ticket', { name: 'Sneaky', type: 'free' }, { event: { type: 'event', id: eventId } });
    expect({
      statistics: await asBrowser(context, 'GET', `/v1/events/${eventId}/statistics`),
      createTicket: await asBrowser(context, 'POST', '/v1/tickets', ticket),
      team: await asBrowser(context, 'GET', `/v1/events/${eventId}/users-events-roles`),
      invites: await asBrowser(context, 'GET', `/v1/events/${eventId}/role-invites`),
      export: await asBrowser(context, 'POST', `/v1/events/${eventId}/export/attendees/csv`),
      discountCodes: await asBrowser(context, 'GET', `/v1/events/${eventId}/discount-codes`),
      attendees: await asBrowser(context, 'GET', `/v1/events/${eventId}/attendees`),
    }).toEqual({ statistics: 403, createTicket: 403, team: 403, invites: 403, export: 403, discountCodes: 403, attendees: 200 });
  });

  it('shows the new registrar on the team page', async () => {
    await page.reload();
    await page.locator('.person', { hasText: 'Charles Babbage' }).getByText('Registrar', { exact: true }).waitFor();
    expect(await page.locator('.person-name', { hasText: registrarEmail }).count()).toBe(0);
  });

  it('invites an existing account as co-organizer, accepted from its link', async () => {
    const existing = await makeUser(web.t.app);
    await page.getByLabel('E-mail').fill(existing.email);
    await page.getByLabel('Role', { exact: true }).selectOption('coorganizer');
    await page.getByRole('button', { name: 'Send invite' }).click();
    await page.getByText(`Invite sent to ${existing.email}.`).waitFor();

    await guestBrowser.context.clearCookies();
    await logInBrowser(guestBrowser.context, web.base, existing.email);
    await guest.goto(`${web.base}${await invitePath(existing.email)}`);
    await guest.getByRole('button', { name: 'Accept and join' }).click();
    await guest.waitForURL(new RegExp(`/events/${eventKey}$`));
    await guest.getByRole('heading', { name: 'Tickets sold' }).waitFor();
    expect(await navLabels(guest)).toEqual(['Overview', 'Details', 'FAQs', 'Team', 'Tickets', 'Discount codes', 'Access codes', 'Tax', 'Orders', 'Attendees', 'Attendee form', 'Exports', 'Sessions', 'Speakers', 'Tracks', 'Rooms', 'Session types', 'Schedule editor']);
  });

  it('resends a pending invite (the old link stops working) and withdraws it (its link says so)', async () => {
    const address = `${unique('moderator')}@example.org`;
    await page.getByLabel('E-mail').fill(address);
    await page.getByLabel('Role', { exact: true }).selectOption('moderator');
    await page.getByRole('button', { name: 'Send invite' }).click();
    await page.getByText(`Invite sent to ${address}.`).waitFor();

    await page.getByRole('button', { name: `Resend the invite to ${address}` }).click();
    await page.getByText(`Sent again to ${address}, with a new link.`).waitFor();
    expect((await mailsTo(web.t.app.ctx.config.dataDir, address)).length).toBe(2);
    await guestBrowser.context.clearCookies();
    await guest.goto(`${web.base}${await invitePath(address, 'first')}`);
    await guest.getByText('This link does not work').waitFor();
    await checked(guest);

    await page.getByRole('button', { name: `Withdraw the invite to ${address}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Withdraw invite' }).click();
    await expect.poll(() => page.locator('.person-name', { hasText: address }).count()).toBe(0);
    await guest.goto(`${web.base}${await invitePath(address)}`);
    await guest.getByText('The event team withdrew this invitation.').waitFor();
    await checked(guest);
  });

  it('caused no console errors but the ones it meant to', () => {
    // The refused price (422) on the organizer's side; the replaced link (404) on the guest's.
    expect(errors.filter((error) => !/status of 422/.test(error))).toEqual([]);
    expect(guestErrors.filter((error) => !/status of 404/.test(error))).toEqual([]);
  });
});

describe('screenshots', () => {
  it('of every page, phone and desktop, light and dark, each passing axe without horizontal scroll', async () => {
    const dir = 'bench/tmp/dashboard-tickets';
    const base = `${web.base}/events/${eventKey}`;
    // A pending invite, for the team page to show and the invitation page to be about.
    const later = `${unique('later')}@example.org`;
    await page.goto(`${base}/team`);
    await page.getByLabel('E-mail').fill(later);
    await page.getByRole('button', { name: 'Send invite' }).click();
    await page.getByText(`Invite sent to ${later}.`).waitFor();
    const visit = (path: string, ready: (p: Page) => Promise<unknown>) => async (p: Page) => {
      await p.goto(path.startsWith('/invites/') ? `${web.base}${path}` : `${base}${path}`);
      await ready(p);
      await p.evaluate(() => document.fonts.ready);
      // Every page in both schemes at both widths: dark mode has colours of its own to check.
      expect(await seriousViolations(p)).toEqual([]);
      expect(await noHorizontalScroll(p)).toBe(true);
    };
    const files = await shoot(
      page,
      [
        { name: 'overview', open: visit('', (p) => p.locator('.chart-canvas canvas').first().waitFor()) },
        { name: 'event-form', open: visit('/edit', (p) => p.getByText('Offline payment').waitFor()) },
        { name: 'tickets', open: visit('/tickets', (p) => p.getByRole('button', { name: 'Delete Patron' }).waitFor()) },
        { name: 'ticket-form', open: visit('/tickets/new', (p) => p.getByRole('heading', { name: 'Add a ticket' }).waitFor()) },
        { name: 'discount-codes', open: visit('/discount-codes', (p) => p.getByText('EARLY', { exact: true }).waitFor()) },
        { name: 'discount-code-form', open: visit('/discount-codes/new', (p) => p.getByRole('heading', { name: 'Add a discount code' }).waitFor()) },
        { name: 'tax', open: visit('/tax', (p) => p.getByRole('button', { name: 'Save tax' }).waitFor()) },
        { name: 'team', open: visit('/team', (p) => p.locator('.person-name', { hasText: later }).waitFor()) },
      ],
      dir,
    );
    await guestBrowser.context.clearCookies();
    const link = await invitePath(later);
    files.push(...(await shoot(guest, [{ name: 'invite', open: visit(link, (p) => p.getByRole('button', { name: 'Create account' }).waitFor()) }], dir)));
    await logInBrowser(guestBrowser.context, web.base, registrarEmail, 'difference engine');
    files.push(...(await shoot(guest, [{ name: 'overview-registrar', open: visit('', (p) => p.getByRole('heading', { name: 'Your part in this event' }).waitFor()) }], dir)));

    expect(files.length).toBe(40);
  });
});
