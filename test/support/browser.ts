// Shared headless browser for browser tests: playwright-core driving the Chromium that browser-binary.ts finds
// (no browser download), with a fresh profile per launch so no test sees another's storage, cache or service
// workers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findBrowser, HOW_TO_GET_A_BROWSER } from './browser-binary.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context on a new temporary user-data-dir, removed again by close(). */
export async function launchBrowser(options: { viewport?: { width: number; height: number }; timezoneId?: string } = {}): Promise<LaunchedBrowser> {
  const browser = findBrowser();
  if (!browser) throw new Error(HOW_TO_GET_A_BROWSER);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: browser.executablePath,
      headless: true,
      args: [...ARGS, ...browser.args],
      env: browser.env ? { ...process.env, ...browser.env } : undefined,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
  } catch (error) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(`Chromium from ${browser.source} did not start: ${(error as Error).message}\n${HOW_TO_GET_A_BROWSER}`);
  }
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
