// API read path: sessions of a 200-session event with speakers, track and room included, page[size]=100,
// against a route in the same server that sends the same bytes pre-serialized. The ratio shows what the
// query, include and serialization work costs relative to Fastify's own floor.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/client.js';
import { events, microlocations, sessions, sessionsSpeakers, speakers, tracks } from '../src/db/schema.js';
import { buildApp } from '../src/http/app.js';
import { sql } from 'drizzle-orm';
import { scratchDatabase } from './support.js';

const CONNECTIONS = 10;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const URL_PATH = '/v1/events/1/sessions?include=speakers,track,microlocation&page[size]=100';

export async function seed(database: Database): Promise<void> {
  const db = database.db;
  const [event] = await db
    .insert(events)
    .values({ identifier: 'abcdef01', name: 'Bench Summit', startsAt: new Date('2030-03-01T00:00:00Z'), endsAt: new Date('2030-03-04T00:00:00Z'), state: 'published', timezone: 'Asia/Singapore' })
    .returning();
  const trackRows = await db
    .insert(tracks)
    .values(Array.from({ length: 15 }, (_, i) => ({ eventId: event.id, name: `Track ${i + 1}`, color: '#3366cc', fontColor: '#ffffff', position: i })))
    .returning();
  const roomRows = await db
    .insert(microlocations)
    .values(Array.from({ length: 20 }, (_, i) => ({ eventId: event.id, name: `Room ${i + 1}`, floor: i % 4, position: i })))
    .returning();
  const speakerRows = await db
    .insert(speakers)
    .values(
      Array.from({ length: 150 }, (_, i) => ({
        eventId: event.id,
        name: `Speaker ${i + 1}`,
        email: `speaker${i + 1}@example.org`,
        organisation: 'Example Org',
        shortBiography: 'Builds open source things and talks about them. '.repeat(3),
        photoUrl: `https://example.org/photos/${i + 1}.jpg`,
      })),
    )
    .returning();
  const start = Date.parse('2030-03-01T09:00:00Z');
  const sessionRows = await db
    .insert(sessions)
    .values(
      Array.from({ length: 200 }, (_, i) => ({
        eventId: event.id,
        title: `Session ${i + 1}: open hardware and software`,
        shortAbstract: 'A look at what we built this year, what broke, and what comes next. '.repeat(4),
        startsAt: new Date(start + (i % 40) * 30 * 60_000 + Math.floor(i / 40) * 86_400_000),
        endsAt: new Date(start + (i % 40) * 30 * 60_000 + Math.floor(i / 40) * 86_400_000 + 25 * 60_000),
        state: 'accepted',
        trackId: trackRows[i % 15].id,
        microlocationId: roomRows[i % 20].id,
        language: 'English',
      })),
    )
    .returning();
  await db.insert(sessionsSpeakers).values(
    sessionRows.flatMap((session, i) => [
      { sessionId: session.id, speakerId: speakerRows[i % 150].id },
      ...(i % 3 === 0 ? [{ sessionId: session.id, speakerId: speakerRows[(i + 7) % 150].id }] : []),
    ]),
  );
}

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string): Promise<Figures> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function serveOnce(database: Database, cacheMegabytes: number) {
  const app = await buildApp({ database, config: loadConfig({}, { publicCacheMegabytes: cacheMegabytes }), jwtSecret: 'bench' });
  let bytes = '';
  app.get('/bench/baseline', async (_request, reply) => reply.type('application/vnd.api+json').send(bytes));
  const warm = await app.inject({ method: 'GET', url: URL_PATH });
  if (warm.statusCode !== 200) throw new Error(`bench route failed: ${warm.statusCode} ${warm.body.slice(0, 300)}`);
  bytes = warm.body;
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const baseline = await load(`${address}/bench/baseline`);
  const api = await load(`${address}${URL_PATH}`);
  await app.close();
  return { baseline, api, body: JSON.parse(bytes) as { data: unknown[]; included: unknown[] }, size: bytes.length };
}

const row = (label: string, f: Figures) =>
  `  ${label.padEnd(34)} ${f.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   errors ${f.errors}`;

async function measure(kind: 'embedded' | 'postgres'): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-api-'));
  const scratch = kind === 'postgres' ? await scratchDatabase(process.env.DATABASE_URL!) : undefined;
  const database = await openDatabase({ databaseUrl: scratch?.url, dataDir });
  await seed(database);
  // Fresh statistics, as autovacuum would gather them soon after a bulk load.
  await database.db.execute(sql.raw('analyze'));

  const cached = await serveOnce(database, 64);
  const uncached = await serveOnce(database, 0);
  await database.close();
  await scratch?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });

  console.log(
    `\n${kind}: ${cached.body.data.length} sessions, ${cached.body.included.length} included, ${(cached.size / 1024).toFixed(0)} KiB per response, ${CONNECTIONS} connections, ${DURATION} s each`,
  );
  console.log(row('pre-serialized baseline', cached.baseline));
  console.log(row('anonymous (public cache)', cached.api));
  console.log(`  ratio with the cache:    ${(cached.api.requestsPerSecond / cached.baseline.requestsPerSecond).toFixed(3)}`);
  console.log(row('pre-serialized baseline', uncached.baseline));
  console.log(row('no cache (PUBLIC_CACHE_MB=0)', uncached.api));
  console.log(`  ratio without the cache: ${(uncached.api.requestsPerSecond / uncached.baseline.requestsPerSecond).toFixed(3)}`);
}

export async function run(): Promise<void> {
  await measure('embedded');
  if (process.env.DATABASE_URL) await measure('postgres');
}
