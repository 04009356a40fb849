// Buying on a phone (390 x 844) in Chromium: a paid ticket with a discount code through the checkout (a form per
// seat with the order's countdown, the API's message next to the field it names, the event's payment methods with
// their instructions), the confirmation, then My tickets with QR codes that decode (jsQR) to the ticket codes the
// API holds, a full-screen code, and the tickets opening again with the network gone. The organizer's own questions
// (the attendee form) are asked for each seat, their answers checked by the API. Also: a free order completes
// at once, and a reservation that runs out says so and leads back to the tickets.
import { createRequire } from 'node:module';
import ICAL from 'ical.js';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.js';
import { Api, make, makeEvent, makeUser, ref, type TestEvent, type TestUser } from '../support/client.js';
import { placeOrder } from '../support/orders.js';
import { shoot } from '../support/screenshots.js';
import { collectErrors, logInBrowser, noHorizontalScroll, startWebApp, underServiceWorker, type WebApp } from '../support/web.js';

const jsqrPath = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

let web: WebApp;
let browser: LaunchedBrowser;
let organizer: TestUser;
let buyer: TestUser;
let event: TestEvent;
let standard: string;
let community: string;
let page: Page;
let errors: string[];
let orderIdentifier = '';

beforeAll(async () => {
  web = await startWebApp();
  const app = web.t.app;
  organizer = await makeUser(app);
  buyer = await makeUser(app, { firstName: 'Mei', lastName: 'Tan' });
  event = await makeEvent(app, organizer, {
    name: 'Laksa Summit 2031',
    'starts-at': '2031-08-02T01:00:00Z',
    'ends-at': '2031-08-02T10:00:00Z',
    timezone: 'Asia/Singapore',
    'location-name': 'Harbour Hall, Singapore',
    'is-ticketing-enabled': true,
    'is-tax-enabled': true,
    'payment-currency': 'SGD',
    'can-pay-onsite': true,
    'onsite-details': 'Pay in cash or by card at the registration desk.',
    'can-pay-by-bank': true,
    'bank-details': 'DBS 012-345678-9, reference: your order number.',
  });
  standard = await make(app, organizer, event, 'ticket', 'tickets', { name: 'Standard', type: 'paid', price: '80.00', quantity: 100 });
  community = await make(app, organizer, event, 'ticket', 'tickets', { name: 'Community', type: 'free', price: '0', quantity: 100 });
  await make(app, organizer, event, 'tax', 'taxes', { name: 'GST', rate: 9, 'is-tax-included-in-price': false });
  await make(app, organizer, event, 'discount-code', 'discount-codes', { code: 'LAKSA25', type: 'percent', value: 25 }, { tickets: [ref('ticket', standard)] });
  // The organizer's own questions, asked for every seat.
  await make(app, organizer, event, 'custom-form', 'custom-forms', { name: 'T-shirt size', 'field-identifier': 'tshirt', type: 'select', options: ['S', 'M', 'L'], 'is-required': true, position: 1 });
  await make(app, organizer, event, 'custom-form', 'custom-forms', { name: 'Age', 'field-identifier': 'age', type: 'number', position: 2 });
  await make(app, organizer, event, 'custom-form', 'custom-forms', { name: 'Photo consent', 'field-identifier': 'consent', type: 'checkbox', position: 3 });
  browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  await logInBrowser(browser.context, web.base, buyer.email);
  page = await browser.context.newPage();
  errors = collectErrors(page);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});
afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await page.screenshot({ path: `bench/tmp/failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`, fullPage: true });
  await browser.context.setOffline(false);
});

/**
 * The text a QR code drawn on the page holds, read back from its pixels by jsQR. Decoded in a blank page of its
 * own: the app's Content-Security-Policy (rightly) lets no test script into the app's pages.
 */
async function decodeQr(code: Locator): Promise<string | null> {
  const markup = await code.evaluate((svg) => new XMLSerializer().serializeToString(svg));
  const blank = await browser.context.newPage();
  try {
    await blank.addScriptTag({ path: jsqrPath });
    return await blank.evaluate(async (source) => {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 400;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, 400, 400);
      const pixels = context.getImageData(0, 0, 400, 400);
      const read = (window as unknown as { jsQR: (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
      return read(pixels.data, 400, 400)?.data ?? null;
    }, markup);
  } finally {
    await blank.close();
  }
}

async function checkPage(): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  expect(await noHorizontalScroll(page)).toBe(true);
}

describe('buying a ticket on a phone', () => {
  it('orders two paid seats with a discount code and lands on the checkout with the countdown', async () => {
    await page.goto(`${web.base}/e/${event.identifier}`);
    await page.getByLabel('Quantity').first().selectOption('2');
    await page.getByLabel('Discount code').fill('LAKSA25');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('term').filter({ hasText: 'Discount' }).waitFor();
    const total = (await page.locator('.totals .total dd').textContent())!.replace(/[^\d.]/g, '');
    const server = await (
      await fetch(`${web.base}/v1/orders/calculate-amount`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tickets: [{ id: Number(standard), quantity: 2 }], 'discount-code': 'LAKSA25' }),
      })
    ).json();
    expect([server.total, total]).toEqual([130.8, '130.80']);

    await page.getByRole('button', { name: 'Order now' }).click();
    await page.waitForURL(/\/order\//);
    orderIdentifier = page.url().split('/order/')[1];
    await page.getByRole('heading', { name: 'Your order', level: 1 }).waitFor();
    const timer = page.getByRole('timer');
    const shown = (await timer.textContent())!;
    const [minutes, seconds] = shown.split(':').map(Number);
    expect(minutes * 60 + seconds).toBeGreaterThan(14 * 60);
    expect(minutes * 60 + seconds).toBeLessThanOrEqual(15 * 60);
    await expect.poll(() => timer.textContent(), { timeout: 3_000 }).not.toBe(shown);
    expect(await page.getByRole('group', { name: /^Ticket \d of 2: Standard$/ }).count()).toBe(2);
    // The buyer's own details fill the first seat.
    const first = page.getByRole('group', { name: 'Ticket 1 of 2: Standard' });
    expect([await first.getByLabel('First name').inputValue(), await first.getByLabel('E-mail').inputValue()]).toEqual(['Mei', buyer.email]);
    await checkPage();
  });

  it("shows what is missing and the API's message next to the field it names, and keeps what was typed", async () => {
    const second = page.getByRole('group', { name: 'Ticket 2 of 2: Standard' });
    await page.getByRole('radio', { name: 'Pay at the event' }).check();
    await page.getByText('Pay in cash or by card at the registration desk.').waitFor();
    await page.getByRole('button', { name: 'Place order' }).click();
    await second.getByText('Enter the first name on this ticket').waitFor();

    expect(await second.getByText('Answer this question').count()).toBe(1);

    const first = page.getByRole('group', { name: 'Ticket 1 of 2: Standard' });
    await first.getByLabel('T-shirt size').selectOption('M');
    await second.getByLabel('First name').fill('Arjun');
    await second.getByLabel('Last name').fill('Rao');
    await second.getByLabel('E-mail').fill('arjun@example.com');
    await second.getByLabel('T-shirt size').selectOption('L');
    await second.getByLabel('Age (optional)').fill('forty');
    await second.getByLabel('Photo consent').check();
    await page.getByRole('button', { name: 'Place order' }).click();
    const ageError = second.locator('.field-error');
    await ageError.waitFor();
    // The API's words for the answer, next to that question of that seat.
    expect(await second.getByLabel('Age (optional)').getAttribute('aria-invalid')).toBe('true');
    expect(await ageError.textContent()).toMatch(/number/i);

    await second.getByLabel('Age (optional)').fill('41');
    await second.getByLabel('E-mail').fill('arjun at example');
    await page.getByRole('button', { name: 'Place order' }).click();
    const message = second.locator('.field-error');
    await expect.poll(async () => (await message.allTextContents()).join(' ')).toMatch(/e-?mail/i);
    expect(await message.count()).toBe(1);
    expect(await second.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(await second.getByLabel('First name').inputValue()).toBe('Arjun');
    const order = await new Api(web.t.app, buyer.token).get(`/v1/orders/${orderIdentifier}`);
    expect(order.body.data.attributes.status).toBe('initializing');
    await checkPage();
  });

  it('places the order for payment at the event and shows how to pay', async () => {
    const second = page.getByRole('group', { name: 'Ticket 2 of 2: Standard' });
    await second.getByLabel('E-mail').fill('arjun@example.com');
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.getByRole('heading', { name: 'Your order is placed' }).waitFor();

    const order = await new Api(web.t.app, buyer.token).get(`/v1/orders/${orderIdentifier}?include=attendees`);
    expect([order.body.data.attributes.status, order.body.data.attributes['payment-mode'], order.body.data.attributes.amount]).toEqual(['placed', 'onsite', 130.8]);
    expect(
      order.body.included.map((seat: { attributes: Record<string, unknown> }) => [seat.attributes.firstname, seat.attributes.email, seat.attributes['complex-field-values']]).sort(),
    ).toEqual([
      ['Arjun', 'arjun@example.com', { tshirt: 'L', age: 41, consent: true }],
      ['Mei', buyer.email, { tshirt: 'M', consent: false }],
    ]);
    await page.getByText('Pay in cash or by card at the registration desk.').waitFor();
    await checkPage();
  });

  it('shows the tickets with QR codes that decode to their ticket codes, and one full screen', async () => {
    await page.getByRole('link', { name: 'See my tickets' }).click();
    await page.getByRole('heading', { name: 'My tickets', level: 1 }).waitFor();
    const card = page.getByRole('article', { name: 'Laksa Summit 2031' });
    await card.getByText('Placed: waiting for payment').waitFor();
    const seats = await new Api(web.t.app, buyer.token).get(`/v1/orders/${orderIdentifier}/attendees`);
    const codes = seats.body.data.map((seat: { attributes: { 'ticket-code': string } }) => seat.attributes['ticket-code']);

    const drawn = card.getByRole('img', { name: /^Ticket code / });
    expect(await drawn.count()).toBe(2);
    const decoded = [await decodeQr(drawn.nth(0)), await decodeQr(drawn.nth(1))];
    expect(decoded.sort()).toEqual([...codes].sort());
    await checkPage();

    await card.getByRole('button', { name: 'Show the ticket code of Arjun Rao full screen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Arjun Rao' });
    await dialog.waitFor();
    const big = dialog.getByRole('img', { name: /^Ticket code / });
    expect((await big.boundingBox())!.width).toBeGreaterThan(300);
    expect(await decodeQr(big)).toBe(codes[seats.body.data.findIndex((seat: { attributes: { firstname: string } }) => seat.attributes.firstname === 'Arjun')]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('puts the event into a calendar', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
    const text = fs.readFileSync(await (await download).path(), 'utf8');

    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect([vevent.getFirstPropertyValue('summary'), String(vevent.getFirstPropertyValue('dtstart')), vevent.getFirstPropertyValue('location')]).toEqual([
      'Laksa Summit 2031',
      '2031-08-02T01:00:00Z',
      'Harbour Hall, Singapore',
    ]);
  });

  it('opens My tickets again with the network gone', async () => {
    await underServiceWorker(page);
    await browser.context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'My tickets', level: 1 }).waitFor();
    await page.getByRole('article', { name: 'Laksa Summit 2031' }).getByRole('img', { name: /^Ticket code / }).first().waitFor();
    await page.getByText(/(You are offline|The server could not be reached)\. This may be out of date/).waitFor();
  });

  it('completes a free order at once', async () => {
    await page.goto(`${web.base}/e/${event.identifier}`);
    await page.getByLabel('Quantity').nth(1).selectOption('1');
    await page.getByRole('button', { name: 'Order now' }).click();
    await page.getByLabel('T-shirt size').selectOption('S');
    await page.getByRole('button', { name: 'Get my tickets' }).click();
    await page.getByRole('heading', { name: 'You are going!' }).waitFor();
    const identifier = page.url().split('/order/')[1];

    const order = await new Api(web.t.app, buyer.token).get(`/v1/orders/${identifier}`);
    expect([order.body.data.attributes.status, order.body.data.attributes['payment-mode']]).toEqual(['completed', 'free']);
    await checkPage();
  });

  it('says when a reservation has run out and leads back to the tickets', async () => {
    const order = await placeOrder(web.t.app, buyer, [{ id: community, quantity: 1 }]);
    const minutes = web.t.app.ctx.config.orderExpiryMinutes;
    // Made as if 3 seconds before its time ran out.
    await web.t.app.ctx.db.execute(sql`update orders set created_at = now() - make_interval(mins => ${minutes}) + interval '3 seconds' where identifier = ${order.identifier}`);

    await page.goto(`${web.base}/e/${event.identifier}/order/${order.identifier}`);
    await page.getByRole('timer').waitFor();
    await page.getByText('Your reservation ran out.').waitFor({ timeout: 8_000 });
    await page.getByRole('link', { name: 'Back to the tickets' }).click();
    await page.getByRole('heading', { name: 'Laksa Summit 2031', level: 1 }).waitFor();
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|422/.test(error)), errors.join('\n')).toEqual([]);
  });

  it('looks right: screenshots of the checkout, the confirmation and My tickets', async () => {
    const fresh = await placeOrder(web.t.app, buyer, [{ id: standard, quantity: 1 }]);
    const files = await shoot(
      page,
      [
        { name: 'checkout', open: async (p) => (await p.goto(`${web.base}/e/${event.identifier}/order/${fresh.identifier}`), await p.getByRole('timer').waitFor()) },
        { name: 'confirmation', open: async (p) => (await p.goto(`${web.base}/e/${event.identifier}/order/${orderIdentifier}`), await p.getByRole('heading', { name: 'Your order is placed' }).waitFor()) },
        { name: 'my-tickets', open: async (p) => (await p.goto(`${web.base}/my-tickets`), await p.getByRole('img', { name: /^Ticket code / }).first().waitFor()) },
        {
          name: 'ticket-full-screen',
          open: async (p) => {
            await p.goto(`${web.base}/my-tickets`);
            await p.getByRole('button', { name: 'Show the ticket code of Arjun Rao full screen' }).click();
            await p.getByRole('dialog').waitFor();
          },
        },
      ],
      'bench/tmp/attendee-checkout',
    );
    expect(files.length).toBe(16);
  });
});
