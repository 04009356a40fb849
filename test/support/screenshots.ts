// Screenshots of pages at phone and desktop width, light and dark, for a person to look at (the front-end work's
// definition of done): `shoot(context factory, base, pages, dir)`. Used by the browser tests and by hand.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
export const SCHEMES = ['light', 'dark'] as const;

export interface Shot {
  /** File name stem, e.g. "events-list". */
  name: string;
  /** Prepares the page (navigate, click), then the screenshot is taken. */
  open: (page: Page) => Promise<void>;
}

/** Takes every shot at both widths in both schemes into `dir`; returns the files written. */
export async function shoot(page: Page, shots: Shot[], dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const shot of shots) {
    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      for (const scheme of SCHEMES) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await shot.open(page);
        const file = path.join(dir, `${shot.name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        files.push(file);
      }
    }
  }
  return files;
}
