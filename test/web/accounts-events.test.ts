// The front door and the first steps of an organizer, in Chromium: sign up, log out and in again (back to where
// they were), create an event in its own time zone, see it on the draft tab, publish it, see it live. Forms show
// the API's error next to the field; a lost connection keeps what was typed. Every page passes axe, works at
// 375 px and logs no console error; an expired session sends the person to log in and back.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.js';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.js';
import { unique } from '../support/client.js';
import { collectErrors, startWebApp, type WebApp } from '../support/web.js';

let web: WebApp;
let browser: LaunchedBrowser;
beforeAll(async () => {
  web = await startWebApp();
  browser = await launchBrowser({ viewport: { width: 375, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

const eventNav = (page: Page) => page.getByRole('navigation', { name: 'Event pages' });

async function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

describe('an organizer in the browser', () => {
  const email = `${unique('organizer')}@example.org`;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    page = await browser.context.newPage();
    errors = collectErrors(page);
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await page.screenshot({ path: `bench/tmp/failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`, fullPage: true });
  });

  it('signs up from the front door and lands on their (empty) events', async () => {
    await page.goto(`${web.base}/`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Sign up' }).first().click();
    await page.waitForURL(/\/signup/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('First name').fill('Grace');
    await page.getByLabel('Last name').fill('Hopper');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => page.getByText('password must have at least 8 characters').isVisible()).toBe(true);
    expect(await page.getByLabel('E-mail').inputValue()).toBe(email);

    await page.getByLabel('Password').fill('correct horse');
    await page.getByRole('button', { name: 'Create account' }).click();
    // Back to the page they signed up from; "Manage events" explains how to start, as they have no event yet.
    await page.waitForURL(`${web.base}/`);
    await page.getByRole('link', { name: 'manage your events' }).click();
    await page.getByRole('heading', { name: 'Run your own event' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${web.base}/events`);
    await page.getByRole('heading', { name: 'Your events' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /Live/ }).textContent()).toBe('Live0');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);
  });

  it('creates an event in its own time zone, keeping what was typed when the API refuses it', async () => {
    await page.getByRole('link', { name: 'Create an event' }).first().click();
    await page.waitForURL(/\/events\/new/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Name').fill('Hopper Conf');
    await page.getByLabel('Time zone').selectOption('America/Los_Angeles');
    await page.getByLabel('Starts').fill('2031-03-08T09:00');
    await page.getByLabel('Ends').fill('2031-03-07T18:00');
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect.poll(() => page.getByText('ends-at must be after starts-at').isVisible()).toBe(true);
    expect(await page.getByLabel('Name').inputValue()).toBe('Hopper Conf');

    await page.getByLabel('Ends').fill('2031-03-09T18:00');
    await page.getByLabel('Location').fill('Pasadena');
    await page.getByRole('button', { name: 'Create event' }).click();
    await page.getByRole('heading', { name: 'Hopper Conf' }).waitFor();

    const identifier = new URL(page.url()).pathname.split('/')[2];
    const stored = await (await page.request.get(`${web.base}/v1/events/${identifier}`)).json();
    expect([stored.data.attributes['starts-at'], stored.data.attributes['ends-at'], stored.data.attributes.state]).toEqual([
      '2031-03-08T17:00:00.000Z', // 09:00 PST
      '2031-03-10T01:00:00.000Z', // 18:00 PDT: daylight saving starts on 9 March 2031
      'draft',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the event on the draft tab, publishes it, and then shows it live', async () => {
    await page.goto(`${web.base}/events?tab=draft`);
    await page.getByRole('link', { name: 'Hopper Conf' }).waitFor();
    expect(await page.getByRole('link', { name: /Draft/ }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('link', { name: 'Hopper Conf' }).click();
    await eventNav(page).getByRole('link', { name: 'Details' }).click();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Unpublish' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${web.base}/events`);
    await page.getByRole('link', { name: 'Hopper Conf' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /Live/ }).textContent()).toBe('Live1');
    await expect.poll(() => page.getByRole('link', { name: /Draft/ }).textContent()).toBe('Draft0');
  });

  it('keeps the typed changes and says so when the network fails during a save', async () => {
    await page.getByRole('link', { name: 'Hopper Conf' }).click();
    await eventNav(page).getByRole('link', { name: 'Details' }).click();
    await page.getByLabel('Location').fill('Pasadena, California');
    await browser.context.setOffline(true);
    await page.getByRole('button', { name: 'Save changes' }).click();
    const started = Date.now();
    await expect.poll(() => page.getByText('Not saved: no connection').isVisible(), { timeout: 15_000 }).toBe(true);
    console.log('offline save answered in', Date.now() - started, 'ms');
    await browser.context.setOffline(false);

    expect(await page.getByLabel('Location').inputValue()).toBe('Pasadena, California');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved.').waitFor();
  });

  it('logs out, and logging in again leads back to the page they asked for', async () => {
    await page.getByRole('button', { name: /Grace Hopper/ }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${web.base}/`);

    await page.goto(`${web.base}/events?tab=past`);
    await page.waitForURL(/\/login\?next=/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill('correct horse');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/events\?tab=past$/);
  });

  it('sends a person whose session ended elsewhere back to log in, then to where they were', async () => {
    await page.goto(`${web.base}/events`);
    await page.getByRole('link', { name: 'Hopper Conf' }).click();
    await eventNav(page).getByRole('link', { name: 'Details' }).click();
    // The session ends on the server (as a logout on another device or an expiry would do).
    await web.t.database.db.execute((await import('drizzle-orm')).sql`delete from login_sessions`);
    await page.getByLabel('Location').fill('Anywhere');
    await page.getByRole('button', { name: 'Save changes' }).click();

    await page.waitForURL(/\/login\?next=%2Fevents%2F/);
    await page.getByText('Your login has expired').waitFor();
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill('correct horse');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/events\/[0-9a-f]+\/edit$/);
    // Only the refusals these tests caused on purpose: the invalid forms (422) and the cut connection.
    expect(errors.filter((error) => !/status of 422|ERR_INTERNET_DISCONNECTED|status of 401/.test(error))).toEqual([]);
  });
});
