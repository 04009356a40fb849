// Orders write path: POST /v1/orders/create-order (one seat, a ticket with an excluded tax) from 50 concurrent
// clients logged in as 10 buyers, against POST /v1/orders/calculate-amount with the same body in the same server:
// the same validation and pricing without the transaction that locks the ticket row, counts the seats and
// writes the order, its line, its attendee and its history. After the run, the seats held in the database
// must equal the orders the server answered 201 (the client sees all of them but those cut off in flight when the time is up).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/client.js';
import { orders, orderTickets } from '../src/db/schema.js';
import { buildApp, type App } from '../src/http/app.js';
import { LIVE_ORDER_STATUSES } from '../src/orders/order.resource.js';
import { scratchDatabase } from './support.js';

const CONNECTIONS = 50;
const BUYERS = 10;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const JSONAPI = { 'content-type': 'application/vnd.api+json' };

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  ok: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: string;
}

async function call(app: App, method: 'POST', url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await app.inject({ method, url, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });
  if (response.statusCode >= 300) throw new Error(`${method} ${url} failed: ${response.statusCode} ${response.body.slice(0, 300)}`);
  return JSON.parse(response.body);
}

/** An organizer, an event with ticketing and a 7.7 % tax, a ticket that cannot sell out, and logged-in buyers. */
async function seed(app: App): Promise<{ ticketId: number; tokens: string[] }> {
  const signUp = async (name: string) => {
    const email = `${name}@example.org`;
    const password = 'correct horse';
    await call(app, 'POST', '/v1/users', { data: { type: 'user', attributes: { email, password, 'first-name': name, 'last-name': 'Bench' } } }, JSONAPI);
    return (await call(app, 'POST', '/v1/auth/login', { email, password })).access_token as string;
  };
  const owner = await signUp('organizer');
  const auth = { ...JSONAPI, authorization: `Bearer ${owner}` };
  const event = await call(
    app,
    'POST',
    '/v1/events',
    {
      data: {
        type: 'event',
        attributes: {
          name: 'Bench Summit',
          'starts-at': '2030-03-01T09:00:00Z',
          'ends-at': '2030-03-03T18:00:00Z',
          timezone: 'Asia/Singapore',
          state: 'published',
          'is-ticketing-enabled': true,
          'is-tax-enabled': true,
          'payment-currency': 'EUR',
        },
      },
    },
    auth,
  );
  const eventRef = { event: { data: { type: 'event', id: event.data.id } } };
  await call(app, 'POST', '/v1/taxes', { data: { type: 'tax', attributes: { name: 'VAT', rate: 7.7 }, relationships: eventRef } }, auth);
  const ticket = await call(
    app,
    'POST',
    '/v1/tickets',
    { data: { type: 'ticket', attributes: { name: 'Standard', type: 'paid', price: '49.90', quantity: 10_000_000 }, relationships: eventRef } },
    auth,
  );
  const tokens: string[] = [];
  for (let i = 0; i < BUYERS; i++) tokens.push(await signUp(`buyer${i + 1}`));
  return { ticketId: Number(ticket.data.id), tokens };
}

async function load(url: string, body: string, tokens: string[]): Promise<Figures> {
  let next = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
    connections: CONNECTIONS,
    duration: DURATION,
    // Each connection is one of the buyers, in turn.
    setupClient: (client) => {
      client.setHeaders({ 'content-type': 'application/json', authorization: `Bearer ${tokens[next++ % tokens.length]}` });
    },
  });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([status, { count }]) => `${status}×${count}`)
    .join(' ');
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    errors: result.errors, // timeouts included
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses,
  };
}

async function seatsSold(database: Database, ticketId: number): Promise<{ seats: number; orders: number }> {
  const [row] = await database.db
    .select({
      seats: sql<number>`coalesce(sum(${orderTickets.quantity}), 0)`.mapWith(Number),
      orders: sql<number>`count(distinct ${orders.id})`.mapWith(Number),
    })
    .from(orderTickets)
    .innerJoin(orders, eq(orders.id, orderTickets.orderId))
    .where(and(eq(orderTickets.ticketId, ticketId), inArray(orders.status, LIVE_ORDER_STATUSES)));
  return row;
}

async function measure(kind: 'embedded' | 'postgres'): Promise<Figures> {
  const scratch = kind === 'postgres' ? await scratchDatabase(process.env.DATABASE_URL!) : undefined;
  const dataDir = kind === 'embedded' ? fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-orders-')) : undefined;
  // The pool size the server itself uses (main.ts passes none); the embedded server as npm start runs it.
  const database = await openDatabase({ databaseUrl: scratch?.url, dataDir });
  const app = await buildApp({ database, config: loadConfig({}, { loginAttemptsPerWindow: 1000 }), jwtSecret: 'bench' });
  // What the server answered, counted as it answers: the client loses the replies still in flight when the
  // duration ends, the database does not lose those orders.
  // Handlers still running: a request the client dropped while its body was on the way never gets this far,
  // and one whose handler started gets its reply through onSend even when nobody is left to read it.
  const sent = { created: 0, running: 0 };
  const started = new WeakSet<object>();
  app.addHook('preHandler', async (request) => {
    started.add(request);
    sent.running++;
  });
  app.addHook('onSend', async (request, reply) => {
    if (started.delete(request)) sent.running--;
    if (request.url === '/v1/orders/create-order' && reply.statusCode === 201) sent.created++;
  });
  const settled = async () => {
    for (let waited = 0; sent.running > 0; waited += 20) {
      if (waited > 60_000) throw new Error(`${sent.running} requests still running a minute after the load ended`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  try {
    const { ticketId, tokens } = await seed(app);
    const body = JSON.stringify({ tickets: [{ id: ticketId, quantity: 1 }] });
    const buyer = { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` };
    const priced = await call(app, 'POST', '/v1/orders/calculate-amount', JSON.parse(body), buyer);
    await call(app, 'POST', '/v1/orders/create-order', JSON.parse(body), buyer);
    const address = await app.listen({ port: 0, host: '127.0.0.1' });

    const baseline = await load(`${address}/v1/orders/calculate-amount`, body, tokens);
    await settled();
    const before = await seatsSold(database, ticketId);
    const sentBefore = sent.created;
    const created = await load(`${address}/v1/orders/create-order`, body, tokens);
    // autocannon drops its sockets when the time is up; the orders they were waiting for are still made.
    await settled();
    const after = await seatsSold(database, ticketId);

    const seats = after.seats - before.seats;
    const answered = sent.created - sentBefore;
    const cutOff = answered - created.ok;
    const verified = seats === answered && after.orders - before.orders === answered && cutOff >= 0 && cutOff <= CONNECTIONS + created.timeouts;

    const row = (label: string, f: Figures) =>
      `  ${label.padEnd(30)} ${f.requestsPerSecond.toFixed(0).padStart(6)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   errors ${f.errors} (timeouts ${f.timeouts})   non-2xx ${f.non2xx}   (${f.statuses})`;
    console.log(
      `\n${kind}: 1 seat per order at ${priced.total} EUR (49.90 + 7.7 % tax), ${CONNECTIONS} connections as ${BUYERS} buyers, ${DURATION} s each`,
    );
    console.log(row('calculate-amount (baseline)', baseline));
    console.log(row('create-order', created));
    console.log(`  ratio (create-order / calculate-amount req/s): ${(created.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)}`);
    console.log(
      `  check: ${seats} seats sold in the database, ${answered} answered 201 by the server, ${created.ok} 201 seen by the client (${cutOff} cut off in flight at the end or timed out): ${verified ? 'OK' : 'MISMATCH'}`,
    );
    if (!verified) throw new Error('seats sold in the database do not match the orders answered 201');
    return created;
  } finally {
    await app.close();
    await database.close();
    await scratch?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const embedded = await measure('embedded');
  if (!process.env.DATABASE_URL) return;
  const external = await measure('postgres');
  console.log(
    `\ncreate-order, embedded against external PostgreSQL: p99 ${embedded.p99} / ${external.p99} ms = ${(embedded.p99 / external.p99).toFixed(2)}x, ` +
      `req/s ${embedded.requestsPerSecond.toFixed(0)} / ${external.requestsPerSecond.toFixed(0)} = ${(embedded.requestsPerSecond / external.requestsPerSecond).toFixed(2)}x, ` +
      `client timeouts ${embedded.timeouts} / ${external.timeouts}`,
  );
}
