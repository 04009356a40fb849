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
