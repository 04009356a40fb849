// Site generator: build time and peak RSS for both real samples and for synthetic v2 events of 1,000 and 10,000
// sessions. Each case runs in its own child process so that its peak RSS is its own. The baseline measured in the
// same run is the time to merely read the input (readSiteInput) of the same case; the figures are the build's
// multiple of it, and the cost per session at 1,000 against 10,000 (about 1.0 when time grows linearly).
// `npm run bench -- sitegen`; BENCH_RUNS sets the builds per case (default 5; the 10,000 case runs 2 builds).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../src/sitegen/build.js';
import { createBuildLog } from '../src/sitegen/model.js';
import { readSiteInput } from '../src/sitegen/readers/index.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SAMPLES = path.resolve(HERE, '../../shared/samples');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface CaseFigures {
  name: string;
  sessions: number;
  files: number;
  mib: number;
  readMs: number;
  buildMs: number;
  peakRssMiB: number;
}

/** A synthetic v2 export: n sessions over 3 days in 20 rooms and 12 tracks, one or two speakers each. */
function writeSynthetic(dir: string, n: number): void {
  fs.mkdirSync(dir, { recursive: true });
  const tracks = Array.from({ length: 12 }, (_, i) => ({ id: 100 + i, name: `Track ${i + 1}`, color: `#${(0x224488 + i * 0x101010).toString(16).slice(-6)}`, 'font-color': '#ffffff', description: null, sessions: [] }));
  const rooms = Array.from({ length: 20 }, (_, i) => ({ id: 500 + i, name: `Room ${i + 1}`, floor: 1 + (i % 3), latitude: null, longitude: null, room: null }));
  const speakerCount = Math.ceil(n * 0.8);
  const speakers = Array.from({ length: speakerCount }, (_, i) => ({
    id: 10_000 + i,
    name: `Speaker ${i + 1}`,
    'photo-url': `https://example.org/photos/${i + 1}.jpg`,
    'short-biography': `<p>Speaker ${i + 1} works on <b>open source</b> projects.</p>`,
    'long-biography': '',
    organisation: `Org ${i % 50}`,
    'is-featured': i < 6,
    sessions: [] as Array<{ id: number; title: string; state: string }>,
  }));
  const sessions = Array.from({ length: n }, (_, i) => {
    const day = i % 3;
    const slot = Math.floor(i / 60) % 40;
    const minutes = 9 * 60 + ((slot * 15) % (10 * 60));
    const start = `2030-06-0${day + 1}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+02:00`;
    const endMinutes = minutes + 30;
    const end = `2030-06-0${day + 1}T${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}:00+02:00`;
    const track = tracks[i % tracks.length];
    const room = rooms[i % rooms.length];
    const who = [speakers[i % speakerCount], ...(i % 4 === 0 ? [speakers[(i * 7 + 1) % speakerCount]] : [])];
    const state = i % 10 === 9 ? 'rejected' : 'accepted';
    const title = `Session ${i + 1}: building things together`;
    for (const s of who) s.sessions.push({ id: 1 + i, title, state });
    return {
      id: 1 + i,
      title,
      subtitle: '',
      'short-abstract': `<p>A talk about topic ${i % 97} with <a href="https://example.org/${i}">a link</a>.</p>`,
      'long-abstract': `<p>Longer abstract of session ${i + 1}.</p><ul><li>one</li><li>two</li></ul>`,
      'starts-at': start,
      'ends-at': end,
      state,
      track: { id: track.id, name: track.name, color: track.color, 'font-color': '#ffffff' },
      microlocation: { id: room.id, name: room.name },
      'session-type': { id: 1, name: 'Talk', length: '00:30' },
      speakers: who.map((s) => ({ id: s.id, name: s.name })),
      'signup-url': null,
      'video-url': null,
      'slides-url': null,
      'audio-url': null,
    };
  });
  const event = {
    id: 999,
    name: `Synthetic ${n}`,
    description: '<p>A synthetic event.</p>',
    'starts-at': '2030-06-01T09:00:00+02:00',
    'ends-at': '2030-06-03T19:00:00+02:00',
    timezone: 'Europe/Berlin',
    'location-name': 'Somewhere',
    'ticket-url': 'https://example.org/tickets',
    'social-links': [{ id: 1, name: 'Twitter', link: 'https://twitter.com/example' }],
  };
  const sponsors = Array.from({ length: 12 }, (_, i) => ({ id: i + 1, name: `Sponsor ${i + 1}`, level: String(1 + (i % 3)), url: 'https://example.org', 'logo-url': `https://example.org/logo/${i}.png`, type: 'Gold', description: '' }));
  const write = (name: string, value: unknown) => fs.writeFileSync(path.join(dir, name), JSON.stringify(value));
  write('event', event);
  write('sessions', sessions);
  write('speakers', speakers);
  write('tracks', tracks);
  write('microlocations', rooms);
  write('sponsors', sponsors);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs in the child: reads and builds one case several times, prints its figures as JSON. */
async function child(name: string, input: string, runs: number): Promise<void> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-site-'));
  const reads: number[] = [];
  const builds: number[] = [];
  let files = 0;
  let bytes = 0;
  let sessions = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await readSiteInput({ kind: 'path', path: input }, { log: createBuildLog() });
    reads.push(performance.now() - t);
    t = performance.now();
    const result = await buildSite({ source: { kind: 'path', path: input }, outDir: path.join(out, 'site'), zipPath: path.join(out, 'site.zip'), buildId: 'bench' });
    builds.push(performance.now() - t);
    ({ files, bytes } = result);
    sessions = result.counts.sessions;
  }
  fs.rmSync(out, { recursive: true, force: true });
  const figures: CaseFigures = { name, sessions, files, mib: bytes / 1024 / 1024, readMs: median(reads), buildMs: median(builds), peakRssMiB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

export async function run(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-input-'));
  try {
    const cases: Array<[string, string, number]> = [
      ['FOSSASIASummit2017 (v2)', path.join(SAMPLES, 'FOSSASIASummit2017'), RUNS],
      ['FOSSASIASummit2018 (v1)', path.join(SAMPLES, 'FOSSASIASummit2018'), RUNS],
    ];
    for (const n of [1000, 10_000]) {
      const dir = path.join(tmp, `synthetic-${n}`);
      writeSynthetic(dir, n);
      cases.push([`synthetic ${n} sessions`, dir, n >= 10_000 ? Math.min(RUNS, 2) : RUNS]);
    }
    const results: CaseFigures[] = [];
    for (const [name, input, runs] of cases) {
      const output = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', name, input, String(runs)], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
      results.push(JSON.parse(output.trim().split('\n').at(-1)!) as CaseFigures);
    }
    console.log(`site generator: median of ${RUNS} builds per case (folder + zip; the 10,000 case: ${Math.min(RUNS, 2)}), peak RSS per case in its own process`);
    console.log('case                       shown sessions  files    MiB   read ms  build ms  build/read  µs/session  peak RSS MiB');
    for (const r of results) {
      console.log(
        `${r.name.padEnd(26)} ${String(r.sessions).padStart(14)} ${String(r.files).padStart(6)} ${r.mib.toFixed(1).padStart(6)} ${r.readMs.toFixed(0).padStart(9)} ${r.buildMs.toFixed(0).padStart(9)} ${(r.buildMs / r.readMs).toFixed(1).padStart(11)} ${((r.buildMs * 1000) / Math.max(1, r.sessions)).toFixed(0).padStart(11)} ${r.peakRssMiB.toFixed(0).padStart(13)}`,
      );
    }
    const [k1, k10] = results.slice(2);
    const perSession = (r: CaseFigures) => r.buildMs / r.sessions;
    console.log(`growth: 10,000 vs 1,000 sessions: build time × ${(k10.buildMs / k1.buildMs).toFixed(1)} for × ${(k10.sessions / k1.sessions).toFixed(1)} sessions; per-session cost ratio ${(perSession(k10) / perSession(k1)).toFixed(2)} (1.00 = linear)`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4], Number(process.argv[5]));
  process.exit(0);
}
