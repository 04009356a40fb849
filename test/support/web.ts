// For browser tests of the front end: the real app (with its job queue) listening on a port, a browser logged in
// as someone (the session cookie set through the API, as the login page does), and console errors collected.
import type { BrowserContext, Page } from 'playwright-core';
import { makeTestApp, type TestApp, type TestAppOptions } from './app.js';
import type { Config } from '../../src/config.js';

export interface WebApp {
  t: TestApp;
  base: string;
  close(): Promise<void>;
}

export async function startWebApp(overrides: Partial<Config> = {}, options: TestAppOptions = { withQueue: true }): Promise<WebApp> {
  const t = await makeTestApp(overrides, options);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { t, base: `http://127.0.0.1:${address.port}`, close: () => t.close() };
}

/** Logs the browser context in (its cookie jar gets the session and CSRF cookies). */
export async function logInBrowser(context: BrowserContext, base: string, email: string, password = 'correct horse'): Promise<void> {
  const response = await context.request.post(`${base}/v1/auth/session`, { data: { email, password } });
  if (!response.ok()) throw new Error(`login as ${email} failed: ${response.status()} ${await response.text()}`);
}

/** Console errors and uncaught exceptions of a page, to assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** Whether the page fits its viewport's width (no sideways scrolling at phone width). */
export function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

/**
 * Waits until the page is under the service worker's control. A worker that is active but was not there when the
 * page loaded gets a reload; one that is still installing (it precaches the whole app, which takes a while on a
 * loaded machine) is waited for. Fails with the registration's state when the worker never becomes active.
 */
export async function underServiceWorker(page: Page, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let reloaded = false;
  for (;;) {
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration('/');
      if (navigator.serviceWorker.controller) return 'controlled';
      if (!registration) return 'no registration';
      if (registration.active) return 'active';
      return `installing: ${registration.installing?.state ?? 'none'}, waiting: ${registration.waiting?.state ?? 'none'}`;
    });
    if (state === 'controlled') return;
    if (Date.now() > deadline) throw new Error(`the page is not under the service worker's control after ${timeoutMs} ms (${state})`);
    if ((state === 'active' || state === 'no registration') && !reloaded) {
      reloaded = true;
      await page.reload();
    } else {
      await page.waitForTimeout(250);
    }
  }
}
