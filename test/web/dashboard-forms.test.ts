// The organizer's access codes, FAQs and attendee form in Chromium, at 375 px: an event with a public and a hidden
// ticket (made through the API); through the pages the organizer adds an access code for the hidden ticket (the API's
// error beside the code), two FAQs (moved with the keyboard, the order kept on reload) and a required choice question
// (the API's error beside its choices). On the public event page a visitor opens the FAQ and types the code, which
// reveals the hidden ticket; a wrong code says so. Every page passes axe, has no horizontal scroll and logs no console
// error the test did not cause; screenshots of every page go to bench/tmp/dashboard-forms/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.js';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.js';
import { make, makeEvent, makeUser, type TestEvent, type TestUser } from '../support/client.js';
import { shoot } from '../support/screenshots.js';
import { createOrderRaw } from '../support/orders.js';
import { collectErrors, logInBrowser, startWebApp, type WebApp } from '../support/web.js';

let web: WebApp;
let organizerBrowser: LaunchedBrowser;
let visitorBrowser: LaunchedBrowser;
let owner: TestUser;
let event: TestEvent;
let dayPass: string;
let page: Page;
let errors: string[];

const noHorizontalScroll = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
async function checked(p: Page): Promise<void> {
  expect(await seriousViolations(p)).toEqual([]);
  expect(await noHorizontalScroll(p)).toBe(true);
}
const eventNav = (p: Page) => p.getByRole('navigation', { name: 'Event pages' });
const faqQuestions = async () => (await page.getByRole('list', { name: 'FAQs in the order the public page shows them' }).getByRole('heading').allTextContents()).map((text) => text.trim());

beforeAll(async () => {
  web = await startWebApp();
  [organizerBrowser, visitorBrowser] = await Promise.all([launchBrowser({ viewport: { width: 375, height: 800 } }), launchBrowser({ viewport: { width: 375, height: 800 } })]);
  owner = await makeUser(web.t.app, { firstName: 'Ada', lastName: 'Lovelace' });
  event = await makeEvent(web.t.app, owner, { name: 'Engine Conf', 'is-ticketing-enabled': true, 'starts-at': '2090-05-06T09:00:00Z', 'ends-at': '2090-05-07T18:00:00Z' });
  dayPass = await make(web.t.app, owner, event, 'ticket', 'tickets', { name: 'Day pass', type: 'free', position: 0 });
  await make(web.t.app, owner, event, 'ticket', 'tickets', { name: 'Crew pass', type: 'free', 'is-hidden': true, position: 1 });
  await logInBrowser(organizerBrowser.context, web.base, owner.email);
  page = await organizerBrowser.context.newPage();
  page.setDefaultTimeout(10_000);
  errors = collectErrors(page);
});
afterAll(async () => {
  await organizerBrowser?.close();
  await visitorBrowser?.close();
  await web?.close();
});
afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await page.screenshot({ path: `bench/tmp/failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`, fullPage: true });
});

describe('an organizer prepares the event', () => {
  it('finds the new pages in the event navigation', async () => {
    await page.goto(`${web.base}/events/${event.identifier}`);
    await eventNav(page).getByRole('link', { name: 'FAQs' }).waitFor();

    const labels = (await eventNav(page).getByRole('link').allTextContents()).map((text) => text.trim());
    expect(labels).toEqual(['Overview', 'Details', 'FAQs', 'Team', 'Tickets', 'Discount codes', 'Access codes', 'Tax', 'Orders', 'Attendees', 'Attendee form', 'Exports', 'Sessions', 'Speakers', 'Tracks', 'Rooms', 'Session types', 'Schedule editor']);
  });

  it('adds an access code for the hidden ticket, the API refusing a bad code beside the field', async () => {
    await eventNav(page).getByRole('link', { name: 'Access codes' }).click();
    await page.getByText('No access codes').waitFor();
    await checked(page);
    await page.getByRole('link', { name: 'Add a code' }).click();
    await page.getByRole('heading', { name: 'Add an access code' }).waitFor();
    expect(await page.getByRole('group', { name: 'Hidden tickets it unlocks' }).getByRole('checkbox').count()).toBe(1);
    await page.getByLabel('Code', { exact: true }).fill('crew 2090');
    await page.getByLabel('Crew pass').check();
    await page.getByLabel('Uses').fill('10');
    await page.getByRole('button', { name: 'Add code' }).click();
    await expect.poll(() => page.getByText('code may use letters, digits, - and _ only').isVisible()).toBe(true);
    expect(await page.getByLabel('Uses').inputValue()).toBe('10');
    await checked(page);

    await page.getByLabel('Code', { exact: true }).fill('CREW-2090');
    await page.getByRole('button', { name: 'Add code' }).click();
    await page.getByText('Unlocks Crew pass').waitFor();
    expect(await page.getByText('Used for 0 of 10 tickets').isVisible()).toBe(true);
    await checked(page);
  });

  it('adds two FAQs, moves the second up with the keyboard and keeps the order on reload', async () => {
    await eventNav(page).getByRole('link', { name: 'FAQs' }).click();
    await page.getByText('No FAQs yet').waitFor();
    await checked(page);
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByRole('textbox', { name: 'Question', exact: true }).fill('Is there Wi-Fi?');
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect.poll(() => page.getByText('answer must not be blank').isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Question', exact: true }).inputValue()).toBe('Is there Wi-Fi?');
    await checked(page);
    await page.getByLabel('Answer').fill('Yes: the network is EngineConf, no password.');
    await page.getByLabel('Type (optional)').fill('Venue');
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect.poll(faqQuestions).toEqual(['Is there Wi-Fi?']);

    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByRole('textbox', { name: 'Question', exact: true }).fill('Where do I pick up my badge?');
    await page.getByLabel('Answer').fill('At the front desk from 8:00.');
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect.poll(faqQuestions).toEqual(['Is there Wi-Fi?', 'Where do I pick up my badge?']);

    await page.getByRole('button', { name: 'Move “Where do I pick up my badge?” up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(faqQuestions).toEqual(['Where do I pick up my badge?', 'Is there Wi-Fi?']);
    // The focus stays with the moved question: its other button, since it is now at the top.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Move “Where do I pick up my badge?” down');
    await page.reload();
    await expect.poll(faqQuestions).toEqual(['Where do I pick up my badge?', 'Is there Wi-Fi?']);
    expect(await page.getByText('Venue').isVisible()).toBe(true);
    await checked(page);
  });

  it('adds a required choice question to the attendee form, the API refusing it without choices', async () => {
    await eventNav(page).getByRole('link', { name: 'Attendee form' }).click();
    await page.getByText('Always asked').waitFor();
    await checked(page);
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByRole('textbox', { name: 'Question', exact: true }).fill('T-shirt size');
    await page.getByLabel('Answer type').selectOption('select');
    await page.getByLabel('Required').check();
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect.poll(() => page.getByText('A select question needs at least one option').isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Question', exact: true }).inputValue()).toBe('T-shirt size');
    await checked(page);
    await page.getByLabel('Choices').fill('S\nM\nL');
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.getByRole('heading', { name: 'T-shirt size' }).waitFor();
    expect(await page.getByText('S · M · L').isVisible()).toBe(true);

    const stored = (await (await page.request.get(`${web.base}/v1/events/${event.id}/custom-forms`)).json()).data;
    expect(stored.map((field: any) => [field.attributes['field-identifier'], field.attributes.type, field.attributes.options, field.attributes['is-required']])).toEqual([['tShirtSize', 'select', ['S', 'M', 'L'], true]]);
    await checked(page);
  });

  it("shows each attendee's answers on the attendees page and in their order", async () => {
    const buyer = await makeUser(web.t.app);
    const order = await createOrderRaw(web.t.app, buyer, { tickets: [{ id: dayPass, quantity: 1 }], attendees: [{ ticket: dayPass, firstname: 'Grace', lastname: 'Hopper', 'complex-field-values': { tShirtSize: 'M' } }] });
    expect(order.status).toBe(201);

    await eventNav(page).getByRole('link', { name: 'Attendees' }).click();
    await page.getByText('Grace Hopper').waitFor();
    expect(await page.locator('.form-answers').first().textContent()).toBe('T-shirt sizeM');
    await checked(page);
    await page.goto(`${web.base}/events/${event.identifier}/orders/all/${order.body.data.attributes.identifier}`);
    await page.getByRole('heading', { name: 'Attendees' }).waitFor();
    expect(await page.locator('.form-answers').first().textContent()).toBe('T-shirt sizeM');
    await checked(page);
  });

  it('shows no console error it did not cause', () => {
    // The three refusals above are 422 answers the browser logs as failed requests.
    expect(errors.filter((error) => !/status of 422/.test(error))).toEqual([]);
  });
});

describe('a visitor on the public event page', () => {
  let visitor: Page;
  let visitorErrors: string[];
  beforeAll(async () => {
    visitor = await visitorBrowser.context.newPage();
    visitor.setDefaultTimeout(10_000);
    visitorErrors = collectErrors(visitor);
  });

  it('reads the FAQ, and a code reveals the hidden ticket (a wrong one says so)', async () => {
    await visitor.goto(`${web.base}/e/${event.identifier}`);
    await visitor.getByRole('heading', { name: 'Frequently asked questions' }).waitFor();
    expect(await visitor.getByText('At the front desk from 8:00.').isVisible()).toBe(false);
    await visitor.getByText('Where do I pick up my badge?').click();
    expect(await visitor.getByText('At the front desk from 8:00.').isVisible()).toBe(true);
    expect(await visitor.getByText('Crew pass').count()).toBe(0);
    await checked(visitor);

    await visitor.getByLabel('Have an access code?').fill('NOPE');
    await visitor.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => visitor.getByText('Access code "NOPE" does not exist for this event').isVisible()).toBe(true);
    await visitor.getByLabel('Have an access code?').fill('crew-2090');
    await visitor.keyboard.press('Enter');
    await visitor.getByText('The code CREW-2090 unlocked Crew pass.').waitFor();
    expect(await visitor.getByText('Crew pass', { exact: true }).isVisible()).toBe(true);
    await checked(visitor);

    // The unlocked ticket can be chosen and priced with the code.
    await visitor.getByRole('combobox', { name: 'Quantity' }).nth(1).selectOption('1');
    await visitor.getByText('Total', { exact: true }).waitFor();
    expect(visitorErrors.filter((error) => !/status of 404/.test(error))).toEqual([]);
  });
});

describe('screenshots', () => {
  it('takes every new page at phone and desktop width, light and dark', async () => {
    const base = `${web.base}/events/${event.identifier}`;
    const files = await shoot(
      page,
      [
        { name: 'access-codes', open: async (p) => void (await p.goto(`${base}/access-codes`), await p.getByText('Unlocks Crew pass').waitFor()) },
        { name: 'access-code-form', open: async (p) => void (await p.goto(`${base}/access-codes/new`), await p.getByRole('heading', { name: 'Add an access code' }).waitFor()) },
        { name: 'faqs', open: async (p) => void (await p.goto(`${base}/faqs`), await p.getByRole('heading', { name: 'Is there Wi-Fi?' }).waitFor()) },
        { name: 'faq-form', open: async (p) => void (await p.goto(`${base}/faqs?edit=new`), await p.getByLabel('Answer').waitFor()) },
        { name: 'attendee-form', open: async (p) => void (await p.goto(`${base}/attendee-form`), await p.getByText('S · M · L').waitFor()) },
        { name: 'attendees', open: async (p) => void (await p.goto(`${base}/attendees`), await p.getByText('Grace Hopper').waitFor()) },
        { name: 'attendee-form-edit', open: async (p) => void (await p.goto(`${base}/attendee-form?edit=new`), await p.getByLabel('Answer type').waitFor()) },
        {
          name: 'public-event',
          open: async (p) => {
            await p.goto(`${web.base}/e/${event.identifier}`);
            await p.getByText('Where do I pick up my badge?').click();
            await p.getByLabel('Have an access code?').fill('CREW-2090');
            await p.getByRole('button', { name: 'Unlock' }).click();
            await p.getByText('The code CREW-2090 unlocked Crew pass.').waitFor();
          },
        },
      ],
      'bench/tmp/dashboard-forms',
    );
    expect(files.length).toBe(32);
    for (const name of ['faqs', 'attendee-form', 'public-event']) {
      await page.goto(name === 'public-event' ? `${web.base}/e/${event.identifier}` : `${base}/${name}`);
      await page.waitForLoadState('networkidle');
      await checked(page);
    }
  });
});
