// Which Chromium the browser tests drive, in this order: CHROMIUM_PATH; a system Chromium or Chrome; the headless
// Chromium that npm ships in @sparticuz/chromium (an optional dependency on linux-x64), unpacked once into
// node_modules/.cache with its own libraries and fonts. Where none is there, launching fails with a message that
// says how to get one: browser tests are never skipped.
import fs from 'node:fs';
import path from 'node:path';
import { createBrotliDecompress } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { createRequire } from 'node:module';

export interface BrowserBinary {
  executablePath: string;
  /** Where it came from, for messages. */
  source: string;
  /** Extra environment for the browser process (the npm Chromium's libraries and fonts). */
  env?: Record<string, string>;
  args: string[];
}

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const HOW_TO_GET_A_BROWSER =
  'No Chromium for the browser tests. On linux-x64, `npm install` brings one (@sparticuz/chromium, an optional ' +
  'dependency: run npm install again without --omit=optional). Elsewhere install Chromium or Chrome (Debian: ' +
  'apt-get install chromium), or set CHROMIUM_PATH to its executable.';

function packaged(): { bin: string; version: string } | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  try {
    // The package exports only its entry, not its package.json: find its folder from there.
    let packageRoot = path.dirname(require.resolve('@sparticuz/chromium'));
    while (!fs.existsSync(path.join(packageRoot, 'bin', 'chromium.br'))) {
      if (packageRoot === path.dirname(packageRoot)) return undefined;
      packageRoot = path.dirname(packageRoot);
    }
    const version = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')).version as string;
    return { bin: path.join(packageRoot, 'bin'), version };
  } catch {
    return undefined;
  }
}

function unpackedDir(version: string): string {
  return path.join(root, 'node_modules', '.cache', 'convene-chromium', version);
}

function packagedBinary(dir: string): BrowserBinary {
  return {
    executablePath: path.join(dir, 'chromium'),
    source: `@sparticuz/chromium, unpacked in ${dir}`,
    env: {
      LD_LIBRARY_PATH: [path.join(dir, 'al2023', 'lib'), path.join(dir, 'swiftshader'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: path.join(dir, 'fonts'),
    },
    // Its own flag list includes --single-process (unstable with several pages) and flags that turn web security
    // off; only what it needs beyond ours is used: no zygote process.
    args: ['--no-zygote'],
  };
}

/** The browser to launch, or undefined when there is none (see HOW_TO_GET_A_BROWSER). */
export function findBrowser(): BrowserBinary | undefined {
  if (process.env.CHROMIUM_PATH) return { executablePath: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH', args: [] };
  const system = SYSTEM_BROWSERS.find((file) => fs.existsSync(file));
  if (system) return { executablePath: system, source: system, args: [] };
  const npm = packaged();
  if (npm && fs.existsSync(path.join(unpackedDir(npm.version), '.complete'))) return packagedBinary(unpackedDir(npm.version));
  return undefined;
}

async function inflate(file: string, out: string): Promise<void> {
  await pipeline(fs.createReadStream(file), createBrotliDecompress(), fs.createWriteStream(out, { mode: 0o755 }));
}

async function untar(file: string, dir: string): Promise<void> {
  const { extract } = await import('tar-fs');
  await pipeline(fs.createReadStream(file), createBrotliDecompress(), extract(dir));
}

/**
 * Unpacks the npm Chromium when it is the one the tests would use and it is not unpacked yet (about 5 s, once per
 * install). Runs in the test run's global setup, so test files find it ready.
 */
export async function prepareBrowser(): Promise<void> {
  if (process.env.CHROMIUM_PATH || SYSTEM_BROWSERS.some((file) => fs.existsSync(file))) return;
  const npm = packaged();
  if (!npm) return;
  const dir = unpackedDir(npm.version);
  if (fs.existsSync(path.join(dir, '.complete'))) return;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const staging = fs.mkdtempSync(`${dir}.unpacking-`);
  try {
    await Promise.all([
      inflate(path.join(npm.bin, 'chromium.br'), path.join(staging, 'chromium')),
      untar(path.join(npm.bin, 'al2023.tar.br'), path.join(staging, 'al2023')),
      untar(path.join(npm.bin, 'fonts.tar.br'), path.join(staging, 'fonts')),
      untar(path.join(npm.bin, 'swiftshader.tar.br'), path.join(staging, 'swiftshader')),
    ]);
    // The package's fonts.conf names /tmp folders; this one names the fonts unpacked here.
    fs.writeFileSync(
      path.join(staging, 'fonts', 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${path.join(dir, 'fonts', 'fonts')}</dir>\n  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    fs.writeFileSync(path.join(staging, '.complete'), '');
    fs.renameSync(staging, dir);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    // Another run unpacked it at the same moment.
    if (!fs.existsSync(path.join(dir, '.complete'))) throw error;
  }
}
