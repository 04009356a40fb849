// Site-build queue under load: BENCH_BUILDS (default 1,000) build requests of a tiny synthetic event, POSTed by
// BENCH_CLIENTS (default 50) concurrent clients to the real server in a child process, on the embedded database
// and, when DATABASE_URL is set, on a fresh PostgreSQL database. Figures: accept latency of the POST (p50/p99),
// idle pick-up latency (one build's finished_at to the next build's started_at), and the wall time from the first
// accept to the last finish against the sum of the builds' own run times (finished_at - started_at): the queue's
// overhead as a ratio (1.00 = none). `npm run bench -- queue`. Figures only, no assertions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServerProcess } from '../test/support/server-process.js';
import { ended, getBuild, readEvents, sleep, syntheticEventZip, type BuildView } from '../test/site-builds/support.js';
import { scratchDatabase } from './support.js';

const BUILDS = Number(process.env.BENCH_BUILDS ?? 1000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function runCase(label: string, databaseUrl: string | undefined): Promise<{ p99: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-queue-'));
  const pgDb = databaseUrl ? await scratchDatabase(databaseUrl) : undefined;
  const server = await startServerProcess({
    DATA_DIR: dataDir,
    JWT_SECRET: 'bench-queue-secret',
    SITEGEN_MAX_WAITING: String(BUILDS + 1),
    DATABASE_URL: pgDb?.url ?? '',
    LOG_LEVEL: 'warn',
  });
  try {
    const zip = new Uint8Array(await syntheticEventZip('Bench Conf', 3));
    const ids: string[] = [];
    const acceptMs: number[] = [];
    let refused = 0;
    let next = 0;
    const submitStart = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < BUILDS) {
          next++;
          const form = new FormData();
          form.append('file', new Blob([zip], { type: 'application/zip' }), 'bench.zip');
          const t = performance.now();
          const response = await fetch(`${server.url}/v1/site-builds`, { method: 'POST', body: form });
          const body = (await response.json()) as BuildView;
          acceptMs.push(performance.now() - t);
          if (response.status === 202) ids.push(body.id);
          else refused++;
        }
      }),
    );
    const submitSeconds = (performance.now() - submitStart) / 1000;
    // Responses come back in any order, so wait for the whole set; each round reads every build once.
    const deadline = Date.now() + 60 * 60_000;
    let builds: BuildView[] = [];
    for (;;) {
      builds = [];
      for (let i = 0; i < ids.length; i += CLIENTS) builds.push(...(await Promise.all(ids.slice(i, i + CLIENTS).map((id) => getBuild(server.url, id)))));
      if (builds.every(ended) || Date.now() > deadline) break;
      await sleep(2000);
    }
    const last = [...builds].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at)).at(-1)!.id;
    const done = builds.filter((build) => build.state === 'SUCCESS' && build.started_at && build.finished_at);
    const byStart = [...done].sort((a, b) => Date.parse(a.started_at!) - Date.parse(b.started_at!));
    const pickUp = byStart.slice(1).map((build, i) => Date.parse(build.started_at!) - Date.parse(byStart[i].finished_at!));
    const runMs = done.map((build) => Date.parse(build.finished_at!) - Date.parse(build.started_at!));
    const firstAccept = Math.min(...builds.map((build) => Date.parse(build.created_at)));
    const lastFinish = Math.max(...done.map((build) => Date.parse(build.finished_at!)));
    const wallMs = lastFinish - firstAccept;
    const sumRunMs = runMs.reduce((a, b) => a + b, 0);
    // Each move of the queue re-announces the place of every build still waiting: the last one's share of that.
    const lastWaitingEvents = (await readEvents(server.url, last)).filter((event) => event.type === 'waiting').length;
    const counts = new Map<string, number>();
    for (const build of builds) counts.set(build.state, (counts.get(build.state) ?? 0) + 1);
    const states = [...counts].map(([state, n]) => `${state} ${n}`);
    console.log(`\n${label}: ${BUILDS} requests of a 3-session event by ${CLIENTS} concurrent clients (${refused} refused), submitted in ${submitSeconds.toFixed(1)} s`);
    console.log(`  end states                 ${states.join(', ')}`);
    console.log(`  accept latency (POST)      p50 ${percentile(acceptMs, 50).toFixed(0)} ms, p99 ${percentile(acceptMs, 99).toFixed(0)} ms, max ${Math.max(...acceptMs).toFixed(0)} ms`);
    console.log(`  build run time             p50 ${percentile(runMs, 50)} ms, p99 ${percentile(runMs, 99)} ms`);
    console.log(`  idle pick-up latency       p50 ${percentile(pickUp, 50)} ms, p99 ${percentile(pickUp, 99)} ms, max ${Math.max(...pickUp)} ms, min ${Math.min(...pickUp)} ms`);
    console.log(`  wall, first accept → last finish ${(wallMs / 1000).toFixed(1)} s; sum of build run times ${(sumRunMs / 1000).toFixed(1)} s`);
    console.log(`  'waiting' events stored for the last build: ${lastWaitingEvents}`);
    console.log(`  queue overhead ratio (wall / sum of runs)  ${(wallMs / sumRunMs).toFixed(3)}`);
    return { p99: percentile(acceptMs, 99) };
  } catch (error) {
    console.error(`${label}: the benchmark stopped; the server said:\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    await server.stop();
    await pgDb?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const embedded = process.env.BENCH_DB !== 'postgres' ? await runCase('Embedded PostgreSQL (DATA_DIR)', undefined) : undefined;
  const external = process.env.DATABASE_URL ? await runCase('External PostgreSQL (DATABASE_URL)', process.env.DATABASE_URL) : undefined;
  if (embedded && external) {
    console.log(`\naccept latency p99, embedded against external: ${embedded.p99.toFixed(0)} / ${external.p99.toFixed(0)} ms = ${(embedded.p99 / external.p99).toFixed(2)}x`);
  }
}
