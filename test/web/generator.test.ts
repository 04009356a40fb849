// The generator page end to end in chromium: upload FOSSASIASummit2017 as a zip on /generator, watch the
// request go from waiting to building to ready (reloading on the way, which must reattach), open the
// preview and download the site's zip. Runs against the real app with its job queue.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticEventZip } from '../support/site-zips.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { readZip } from '../support/zip.js';
import { zipFolder } from '../sitegen/fixtures/zips.js';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const sampleDir = path.resolve(repo, '../shared/samples/FOSSASIASummit2017');
const webIndex = path.join(repo, 'web/dist/index.html');

async function recordStatuses(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__recordStatus', (text: string) => {
    if (seen[seen.length - 1] !== text) seen.push(text);
  });
  await page.addInitScript(() => {
    const report = () => {
      const element = document.querySelector('[data-testid="request-status"]');
      const record = (window as unknown as { __recordStatus?: (text: string) => void }).__recordStatus;
      if (element && record) void record((element.textContent ?? '').trim());
    };
    new MutationObserver(report).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return seen;
}

describe('the generator page', () => {
  let testApp: TestApp;
  let base: string;
  let browser: LaunchedBrowser;
  let dataDir: string;
  let zipFile: string;

  beforeAll(async () => {
    if (!fs.existsSync(webIndex)) throw new Error('web/dist is missing: run `npm run build:web` (npm install does it)');
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-generator-'));
    zipFile = path.join(dataDir, 'FOSSASIASummit2017.zip');
    fs.writeFileSync(zipFile, await zipFolder(sampleDir));
    testApp = await makeTestApp({ dataDir }, { withQueue: true });
    await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    const address = testApp.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    base = `http://127.0.0.1:${address.port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('builds FOSSASIASummit2017 from an uploaded zip: waiting, progress, ready, then preview and download', async () => {
    const { context } = browser;
    const page = await context.newPage();
    const statuses = await recordStatuses(page);
    await page.goto(`${base}/generator`);

    await page.getByTestId('source-upload').check();
    await page.getByTestId('zip-input').setInputFiles(zipFile);
    await page.getByTestId('format-auto').check();
    await page.getByTestId('theme-light').check();
    await page.getByTestId('session-expand').check();
    // Someone else's larger build is running, so this one waits its turn first, as on a busy server.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await syntheticEventZip('Large', 2000))], { type: 'application/zip' }), 'other.zip');
    const other = (await (await fetch(`${base}/v1/site-builds`, { method: 'POST', body: form })).json()) as { id: string };
    await expect.poll(async () => ((await (await fetch(`${base}/v1/site-builds/${other.id}`)).json()) as { state: string }).state).toEqual('STARTED');
    await page.getByTestId('submit').click();

    await expect.poll(() => statuses.some((text) => /^Request status: Waiting \(\d+ ahead\)$/.test(text)), { timeout: 15_000 }).toBe(true);
    const buildId = new URL(page.url()).searchParams.get('build');
    expect(buildId).toMatch(/^[0-9a-f-]{36}$/);

    // Reload once the page says it is building and the log has a line: the page must find the build again. (A
    // reload on the first log line alone could land after a quick build had ended, before "Building" was drawn.)
    await expect.poll(() => statuses.includes('Request status: Building'), { timeout: 120_000 }).toBe(true);
    await page.getByTestId('build-log').locator('li').first().waitFor({ timeout: 120_000 });
    await page.reload();
    await page.getByTestId('request-status').waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('build')).toEqual(buildId);
    await page.locator('[data-testid="build-status"][data-state="SUCCESS"]').waitFor({ timeout: 180_000 });

    const firstWaiting = statuses.findIndex((text) => text.startsWith('Request status: Waiting ('));
    const firstBuilding = statuses.indexOf('Request status: Building');
    expect(firstWaiting).toBeGreaterThanOrEqual(0);
    expect(firstBuilding).toBeGreaterThan(firstWaiting);
    expect(statuses[statuses.length - 1]).toEqual('Request status: Ready');
    expect(await page.getByTestId('progress').getAttribute('aria-valuenow')).toEqual('100');
    // After the reload the stream replays the build's events: the log shows each line once, as the API has it.
    const stored = (await (await page.request.get(`${base}/v1/site-builds/${buildId}`)).json()) as { log: unknown[] };
    expect(stored.log.length).toBeGreaterThan(0);
    expect(await page.getByTestId('build-log').locator('li').count()).toEqual(stored.log.length);
    expect(await page.getByTestId('generator-form').locator('fieldset').first().isDisabled()).toBe(false);

    const previewErrors: string[] = [];
    context.once('page', (opened) => {
      opened.on('console', (message) => message.type() === 'error' && previewErrors.push(message.text()));
      opened.on('pageerror', (error) => previewErrors.push(error.message));
    });
    const [preview] = await Promise.all([context.waitForEvent('page'), page.getByTestId('preview').click()]);
    await preview.waitForURL((url) => url.pathname.startsWith(`/sites/${buildId}/`), { waitUntil: 'load' });
    expect(await preview.title()).toContain('FOSSASIA Summit 2017');
    // The preview runs sandboxed (an origin of its own): the site's scripts still work, without errors.
    await preview.goto(`${base}/sites/${buildId}/schedule.html`);
    await preview.fill('input[type="search"]', 'Mario');
    await expect.poll(() => preview.locator('[data-session-id="3017"]').first().isVisible()).toBe(true);
    expect(previewErrors.filter((text) => !/Failed to load resource/.test(text))).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const downloaded = await download.path();
    const names = (await readZip(downloaded)).map((entry) => entry.name);
    expect(names.some((name) => /(^|\/)index\.html$/.test(name))).toBe(true);

    await page.close();
  }, 300_000); // its own waits allow a slow build (120 s to start, 180 s to finish) on a loaded machine
});
