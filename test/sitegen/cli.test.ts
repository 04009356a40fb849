// The build-site command as a user runs it: exit 0 with the site written and a summary, non-zero with the
// error message on a bad input or a bad option.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = path.resolve(ROOT, '../shared/samples/FOSSASIASummit2018');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/main.ts', 'build-site', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run cli -- build-site', () => {
  it('builds the v1 sample and says where, with progress on stderr', () => {
    const out = path.join(tmp, 'site');

    const run = cli('--input', SAMPLE, '--format', 'v1', '--theme', 'dark', '--sessions', 'expand', '--out', out, '--zip', path.join(tmp, 'site.zip'));

    expect(run.code).toEqual(0);
    expect(run.stdout).toMatch(new RegExp(`^Site written to ${out} and ${path.join(tmp, 'site.zip')}: 249 files, [0-9.]+ MiB, 234 sessions over 4 days, 215 speakers, 14 tracks, 17 rooms, 0 sponsors; 0 warning\\(s\\); \\d+ ms\\.\\n$`));
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      '[  0%] Preparing the output folder',
      '[  5%] Reading the event data',
      '[ 20%] Rendering the pages',
      '[ 26%] Rendering the home, schedule, tracks, rooms and speakers pages',
      '[ 44%] Writing calendar files',
      '[ 65%] Copying the input images',
      '[ 80%] Writing the site',
      '[ 90%] Packing the zip',
      '[100%] Done',
    ]);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<html lang="en" data-theme="dark">');
    expect(fs.existsSync(path.join(out, 'sessions'))).toEqual(false);
  });

  it('exits non-zero with the message on a missing input', () => {
    const missing = path.join(tmp, 'no-such-export.zip');

    const run = cli('--input', missing, '--out', path.join(tmp, 'never'));

    expect(run.code).toEqual(1);
    expect(run.stderr.trim().split('\n').at(-1)).toEqual(`error: ${missing}: no such file or folder`);
  });

  it('exits 2 with usage help on a bad option value', () => {
    const run = cli('--input', SAMPLE, '--out', path.join(tmp, 'x'), '--theme', 'neon');

    expect([run.code, run.stderr.trim()]).toEqual([2, '--theme must be one of light, dark (got "neon")']);
  });
});
