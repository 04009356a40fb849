// Exports: the attendees CSV of 100,000 attendees against the database's own COPY of the same query in the same
// run (the ratio is the figure to watch; aim ≤ 3×), the memory the export adds at 100,000 and at 1,000,000 rows
// (aim < 150 MB growth: rows stream page by page), and schedule.xml and iCal of a 5,000-session event.
// The embedded server always; PostgreSQL too when DATABASE_URL is set (in a scratch database, dropped after).
// BENCH_MAX_ROWS=100000 skips the 1,000,000-row run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { openDatabase, type Database } from '../src/db/client.js';
import { findEventByKey, type EventRow } from '../src/events/event.repo.js';
import { attendeesCsvExporter } from '../src/exports/attendees-csv.exporter.js';
import type { Exporter } from '../src/exports/exporter.js';
import { icalExporter } from '../src/exports/ical.exporter.js';
import { pentabarfExporter } from '../src/exports/pentabarf.exporter.js';
import { scratchDatabase } from './support.js';

const MAX_ROWS = Number(process.env.BENCH_MAX_ROWS ?? 1_000_000);
const SESSIONS = 5_000;
const MB = 1024 * 1024;

async function exec(database: Database, text: string): Promise<void> {
  await database.db.execute(sql.raw(text));
}

async function seedEvent(database: Database, identifier: string): Promise<EventRow> {
  await exec(
    database,
    `insert into events (identifier, name, starts_at, ends_at, state, timezone)
     values ('${identifier}', 'Bench ${identifier}', '2030-03-01T00:00:00Z', '2030-03-06T00:00:00Z', 'published', 'Europe/Berlin')`,
  );
  return (await findEventByKey(database.db, identifier))!;
}

/** `rows` attendees in orders of 10, each order with its buyer details, one paid ticket. */
async function seedAttendees(database: Database, event: EventRow, rows: number): Promise<void> {
  await exec(database, `insert into tickets (event_id, name, type, price, quantity) values (${event.id}, 'Standard', 'paid', 25.00, ${rows})`);
  const orderCount = Math.ceil(rows / 10);
  await exec(
    database,
    `insert into orders (identifier, event_id, status, payment_mode, currency, sub_total, amount, company, address, city, state, country, zipcode, tax_business_info, completed_at)
     select '${event.identifier}-o' || n, ${event.id}, 'completed', 'bank', 'EUR', 250.00, 250.00, 'Company ' || n, n || ' Main Street', 'Berlin', 'BE', 'DE', '10115', 'DE' || n, now()
     from generate_series(1, ${orderCount}) as n`,
  );
  await exec(
    database,
    `insert into attendees (identifier, ticket_code, event_id, order_id, ticket_id, firstname, lastname, email, is_checked_in, checkin_times)
     select 'a' || n, o.identifier || '-a' || n, ${event.id}, o.id, t.id, 'First ' || n, 'Last ' || n, 'attendee' || n || '@example.org', n % 3 = 0,
            case when n % 3 = 0 then '2030-03-01T09:00:00+01:00' end
     from generate_series(1, ${rows}) as n
     join orders o on o.identifier = '${event.identifier}-o' || ((n - 1) / 10 + 1)
     cross join (select id from tickets where event_id = ${event.id}) t`,
  );
  await exec(database, 'analyze');
}

async function seedSessions(database: Database, event: EventRow): Promise<void> {
  await exec(database, `insert into tracks (event_id, name, color) select ${event.id}, 'Track ' || n, '#336699' from generate_series(1, 20) n`);
  await exec(database, `insert into microlocations (event_id, name) select ${event.id}, 'Room ' || n from generate_series(1, 50) n`);
  await exec(database, `insert into speakers (event_id, name, email) select ${event.id}, 'Speaker ' || n, 's' || n || '@example.org' from generate_series(1, 3000) n`);
  // 5 days × 20 slots × 50 rooms; every session accepted, with a track, a room and one or two speakers.
  await exec(
    database,
    `insert into sessions (event_id, title, short_abstract, state, starts_at, ends_at, track_id, microlocation_id)
     select ${event.id}, 'Session ' || n || ': what we learned', 'An abstract with <b>markup</b> & an ampersand, session ' || n, 'accepted',
            timestamptz '2030-03-01 08:00Z' + ((n - 1) / 1000) * interval '1 day' + (((n - 1) % 1000) / 50) * interval '30 minutes',
            timestamptz '2030-03-01 08:25Z' + ((n - 1) / 1000) * interval '1 day' + (((n - 1) % 1000) / 50) * interval '30 minutes',
            (select min(id) from tracks where event_id = ${event.id}) + (n % 20),
            (select min(id) from microlocations where event_id = ${event.id}) + (n % 50)
     from generate_series(1, ${SESSIONS}) n`,
  );
  await exec(
    database,
    `insert into sessions_speakers (session_id, speaker_id)
     select s.id, sp.id from sessions s join speakers sp on sp.event_id = s.event_id and sp.name = 'Speaker ' || (s.id % 3000 + 1) where s.event_id = ${event.id}
     union all
     select s.id, sp.id from sessions s join speakers sp on sp.event_id = s.event_id and sp.name = 'Speaker ' || ((s.id + 1500) % 3000 + 1) where s.event_id = ${event.id} and s.id % 4 = 0`,
  );
  await exec(database, 'analyze');
}

interface Run {
  ms: number;
  bytes: number;
  /** Peak resident memory during the run minus resident memory just before it. */
  growthMb: number;
}

/** Runs `work` while sampling RSS every 5 ms. */
async function measured(work: () => Promise<number>): Promise<Run> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const started = performance.now();
  const bytes = await work();
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { ms, bytes, growthMb: (peak - before) / MB };
}

async function runExporter(database: Database, event: EventRow, exporter: Exporter, dir: string): Promise<Run> {
  const file = path.join(dir, `${event.identifier}.${exporter.extension}`);
  return measured(async () => {
    const out = fs.createWriteStream(file);
    const done = new Promise<void>((resolve, reject) => out.on('finish', resolve).on('error', reject));
    await exporter.write({ db: database.db, event, params: {}, progress: () => undefined, out });
    if (!out.writableEnded) out.end();
    await done;
    return fs.statSync(file).size;
  });
}

/** The attendees CSV's query (src/exports/csv.repo.ts listAttendeesForExport, without the keyset paging). */
function attendeesQuery(eventId: number): string {
  return `select a.id, a.ticket_code, a.firstname, a.lastname, a.email, a.is_checked_in, a.checkin_times,
                 o.id, o.created_at, o.status, o.payment_mode, o.tax_business_info, o.address, o.company, o.country, o.state,
                 o.city, o.zipcode, t.name, t.price, t.type
          from attendees a join orders o on o.id = a.order_id join tickets t on t.id = a.ticket_id
          where a.event_id = ${eventId} and a.deleted_at is null order by a.id`;
}

/** The database's own COPY (query) TO STDOUT WITH CSV into a file: the floor for producing these rows as CSV. */
async function runCopy(database: Database, event: EventRow, dir: string): Promise<Run> {
  const file = path.join(dir, `${event.identifier}.copy.csv`);
  const copy = `copy (${attendeesQuery(event.id)}) to stdout with csv header`;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await measured(async () => {
      await pipeline(client.query(copyTo(copy)), fs.createWriteStream(file));
      return fs.statSync(file).size;
    });
  } finally {
    await client.end();
  }
}

const line = (label: string, run: Run) =>
  `  ${label.padEnd(44)} ${(run.ms / 1000).toFixed(2).padStart(7)} s  ${(run.bytes / MB).toFixed(1).padStart(7)} MB out  +${run.growthMb.toFixed(0).padStart(4)} MB RSS`;

async function measure(kind: 'embedded' | 'postgres'): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-exports-'));
  const scratch = kind === 'postgres' ? await scratchDatabase(process.env.DATABASE_URL!) : undefined;
  const database = await openDatabase({ databaseUrl: scratch?.url, dataDir: path.join(dir, 'data') });
  try {
    console.log(`\n${kind}:`);
    const small = await seedEvent(database, 'be0c1000');
    let t0 = performance.now();
    await seedAttendees(database, small, 100_000);
    console.log(`  (seeded 100,000 attendees in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    await runExporter(database, small, attendeesCsvExporter, dir); // warm-up: plans, caches, JIT
    const copy = await runCopy(database, small, dir);
    const csv = await runExporter(database, small, attendeesCsvExporter, dir);
    console.log(line('COPY (same query) TO STDOUT WITH CSV', copy));
    console.log(line('attendees CSV export, 100,000 rows', csv));
    console.log(`  ratio export / COPY: ${(csv.ms / copy.ms).toFixed(2)}×`);

    if (MAX_ROWS >= 1_000_000) {
      const large = await seedEvent(database, 'be0c1111');
      t0 = performance.now();
      await seedAttendees(database, large, 1_000_000);
      console.log(`  (seeded 1,000,000 attendees in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      const big = await runExporter(database, large, attendeesCsvExporter, dir);
      console.log(line('attendees CSV export, 1,000,000 rows', big));
      console.log(`  memory growth 1,000,000 vs 100,000 rows: +${big.growthMb.toFixed(0)} MB vs +${csv.growthMb.toFixed(0)} MB`);
    }

    const schedule = await seedEvent(database, 'be0c5555');
    await seedSessions(database, schedule);
    await runExporter(database, schedule, pentabarfExporter, dir); // warm-up
    const xml = await runExporter(database, schedule, pentabarfExporter, dir);
    const ics = await runExporter(database, schedule, icalExporter, dir);
    console.log(line(`schedule.xml, ${SESSIONS.toLocaleString('en')} sessions`, xml));
    console.log(line(`iCal, ${SESSIONS.toLocaleString('en')} sessions`, ics));
  } finally {
    await database.close();
    await scratch?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await measure('embedded');
  if (process.env.DATABASE_URL) await measure('postgres');
}
