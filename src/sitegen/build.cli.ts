// `npm run cli -- build-site`: builds an event website from a path or URL, in a worker under a time limit,
// showing progress on the terminal and the build log's warnings at the end. Returns the process exit code.
import { parseArgs } from 'node:util';
import { buildSiteInWorker } from './build.js';
import type { BuildLogEntry } from './model.js';
import type { SiteSource } from './readers/index.js';

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

export async function buildSiteCommand(args: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args,
      options: {
        input: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        theme: { type: 'string' },
        sessions: { type: 'string' },
        zip: { type: 'string' },
        'time-limit': { type: 'string' },
      },
    }).values;
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (!values.input || !values.out) {
    console.error('build-site needs --input PATH_OR_URL and --out DIR');
    return 2;
  }
  let format, theme, sessionMode;
  try {
    format = oneOf(values.format, ['auto', 'v1', 'v2'] as const, 'format');
    theme = oneOf(values.theme, ['light', 'dark'] as const, 'theme');
    sessionMode = oneOf(values.sessions, ['single', 'expand'] as const, 'sessions');
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const seconds = values['time-limit'] === undefined ? 300 : Number(values['time-limit']);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    console.error('--time-limit must be a positive number of seconds');
    return 2;
  }
  const source: SiteSource = /^https?:\/\//i.test(values.input) ? { kind: 'url', url: values.input } : { kind: 'path', path: values.input };
  const tty = process.stderr.isTTY === true;
  const entries: BuildLogEntry[] = [];
  let lastStep = '';
  const started = performance.now();
  try {
    const result = await buildSiteInWorker(
      {
        source,
        format,
        theme,
        sessionMode,
        outDir: values.out,
        zipPath: values.zip,
        onProgress: (percent, step) => {
          // A terminal gets one line redrawn in place; a log file gets one line per step.
          if (tty) process.stderr.write(`\r\x1b[2K[${String(percent).padStart(3)}%] ${step}`);
          else if (step !== lastStep) process.stderr.write(`[${String(percent).padStart(3)}%] ${step}\n`);
          lastStep = step;
        },
        onLog: (entry) => entries.push(entry),
      },
      { timeLimitMs: seconds * 1000 },
    );
    if (tty) process.stderr.write('\n');
    const warnings = entries.filter((e) => e.level === 'warning');
    for (const w of warnings) console.error(`warning: ${w.message}`);
    const c = result.counts;
    console.log(`Site written to ${result.outDir}${result.zipPath ? ` and ${result.zipPath}` : ''}: ${result.files} files, ${(result.bytes / 1024 / 1024).toFixed(1)} MiB, ${c.sessions} sessions over ${c.days} days, ${c.speakers} speakers, ${c.tracks} tracks, ${c.rooms} rooms, ${c.sponsors} sponsors; ${warnings.length} warning(s); ${Math.round(performance.now() - started)} ms.`);
    return 0;
  } catch (error) {
    if (tty) process.stderr.write('\n');
    for (const w of entries.filter((e) => e.level === 'warning')) console.error(`warning: ${w.message}`);
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
