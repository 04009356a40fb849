// The four CSV exports on a fixture event made through the API, parsed back with csv-parse: exact rows,
// formula-injection escaping, quoting, the deleted attendee left out, and the status filters.
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEventByKey } from '../../src/events/event.repo.js';
import { attendeesCsvExporter } from '../../src/exports/attendees-csv.exporter.js';
import { csvDate } from '../../src/exports/csv.js';
import { listAttendeesForExport } from '../../src/exports/csv.repo.js';
import type { Exporter } from '../../src/exports/exporter.js';
import { ordersCsvExporter } from '../../src/exports/orders-csv.exporter.js';
import { sessionsCsvExporter } from '../../src/exports/sessions-csv.exporter.js';
import { speakersCsvExporter } from '../../src/exports/speakers-csv.exporter.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, countQueries, make, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';

const TZ = 'Asia/Singapore';
let t: TestApp;
let owner: TestUser;
let buyer: TestUser;
let event: TestEvent;
let standard: string;
let free: string;
const orders: Record<string, any> = {};
let checkinTimes: string;

async function createOrder(user: TestUser, body: Record<string, unknown>) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/v1/orders/create-order',
    headers: { authorization: `Bearer ${user.token}` },
    payload: body,
  });
  if (response.statusCode !== 201) throw new Error(`order failed: ${response.body}`);
  return JSON.parse(response.body);
}

async function patchOrder(user: TestUser, order: any, attributes: Record<string, unknown>) {
  const response = await new Api(t.app, user.token).patch(`/v1/orders/${order.data.attributes.identifier}`, resource('order', attributes, {}, order.data.id));
  if (response.status !== 200) throw new Error(`order patch failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

async function run(exporter: Exporter, params: Record<string, string | undefined> = {}) {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  const progress: [number, string][] = [];
  const row = await findEventByKey(t.app.ctx.db, event.id);

  await exporter.write({ db: t.app.ctx.db, event: row!, params, progress: (percent, step) => progress.push([percent, step]), out });

  const raw = Buffer.concat(chunks);
  return { raw, rows: parse(raw, { bom: true }) as string[][], progress };
}

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  buyer = await makeUser(t.app);
  event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true, 'is-tax-enabled': true, 'payment-currency': 'EUR', timezone: TZ });
  standard = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Standard', type: 'paid', price: '12.50', quantity: 50 });
  free = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Community', type: 'free', quantity: 50 });
  await make(t.app, owner, event, 'tax', 'taxes', { name: 'VAT', rate: 7.7 });
  await make(t.app, owner, event, 'discount-code', 'discount-codes', { code: 'SAVE10', type: 'percent', value: '10' }, { tickets: [ref('ticket', standard)] });

  // Completed order: three seats (formula-like names, quotes, commas and a newline); one is checked in, one deleted.
  const paid = await createOrder(buyer, {
    tickets: [{ id: standard, quantity: 3 }],
    attendees: [
      { ticket: standard, firstname: '=1+1', lastname: 'O"Brien, Jr.', email: 'ada@example.org' },
      { ticket: standard, firstname: '@SUM', lastname: 'Line one\nLine two', email: 'sum@example.org' },
      { ticket: standard, firstname: 'Gone', lastname: 'Away', email: 'gone@example.org' },
    ],
  });
  await patchOrder(buyer, paid, { 'payment-mode': 'bank', company: 'ACME, Inc.', address: '1 Main St', city: 'Singapore', country: 'SG', zipcode: '018956', 'tax-business-info': '-VAT 42' });
  orders.paid = await patchOrder(owner, paid, { status: 'completed' });
  orders.paidAttendees = paid.included;
  const checkin = await new Api(t.app, owner.token).patch(`/v1/attendees/${paid.included[0].id}`, resource('attendee', { 'is-checked-in': true, 'device-name-checkin': 'gate 1' }, {}, paid.included[0].id));
  checkinTimes = checkin.body.data.attributes['checkin-times'];
  const deleted = await new Api(t.app, owner.token).delete(`/v1/attendees/${paid.included[2].id}`);
  if (deleted.status !== 200) throw new Error(`delete failed: ${JSON.stringify(deleted.body)}`);

  // Cancelled order of two free seats.
  const cancelled = await createOrder(buyer, { tickets: [{ id: free, quantity: 2 }], attendees: [{ ticket: free, firstname: '-2', lastname: '+3' }, { ticket: free, firstname: '\tx' }] });
  orders.cancelled = await patchOrder(buyer, cancelled, { status: 'cancelled' });
  orders.cancelledAttendees = cancelled.included;

  // Unpaid order with a discount code.
  orders.discounted = await createOrder(owner, { tickets: [{ id: standard, quantity: 1 }], 'discount-code': 'SAVE10', attendees: [{ ticket: standard, firstname: 'Zoë', lastname: 'Ünal' }] });

  // Schedule data.
  const track = await make(t.app, owner, event, 'track', 'tracks', { name: 'Web', color: '#ffffff' });
  const type = await make(t.app, owner, event, 'session-type', 'session-types', { name: 'Talk', length: '00:45' });
  const speaker = (attributes: Record<string, unknown>) => make(t.app, owner, event, 'speaker', 'speakers', attributes);
  const alice = await speaker({
    name: 'Alice Example',
    email: 'alice@example.org',
    mobile: '+65 1111 1111',
    'short-biography': '<p>Builds things</p>',
    organisation: 'FOSSASIA',
    position: 'CTO',
    'speaking-experience': 'Many talks',
    city: 'Singapore',
    country: 'SG',
    website: 'https://alice.example.org',
    twitter: 'https://twitter.com/alice',
    facebook: 'https://facebook.com/alice',
    github: 'https://github.com/alice',
    linkedin: 'https://linkedin.com/in/alice',
  });
  const bob = await speaker({ name: 'Bob Example', email: 'bob@example.org' });
  const carol = await speaker({ name: '=Carol', email: 'carol@example.org' });
  await speaker({ name: 'Dave Example' });
  const session = (attributes: Record<string, unknown>, relationships: Record<string, unknown> = {}) => make(t.app, owner, event, 'session', 'sessions', attributes, relationships);
  await session(
    {
      title: 'Keynote, "opening"',
      state: 'accepted',
      'starts-at': '2030-03-01T01:00:00Z',
      'ends-at': '2030-03-01T01:45:00Z',
      'short-abstract': '<p>Fast &amp; <b>safe</b></p>',
      'long-abstract': '<p>One</p><p>Two</p>',
      comments: '<i>check slides</i>',
      level: 'Beginner',
      language: 'English',
      'slides-url': 'https://example.org/slides.pdf',
      'audio-url': 'https://example.org/a.mp3',
      'video-url': 'https://example.org/v.mp4',
    },
    { track: ref('track', track), 'session-type': ref('session-type', type), speakers: [ref('speaker', bob), ref('speaker', alice)] },
  );
  await session({ title: 'Pending idea', state: 'pending' }, { speakers: [ref('speaker', carol)] });
  const gone = await session({ title: 'Deleted talk', state: 'accepted' }, { speakers: [ref('speaker', alice)] });
  await new Api(t.app, owner.token).delete(`/v1/sessions/${gone}`);
});
afterAll(async () => t.close());

const date = (iso: string) => csvDate(new Date(iso), TZ);

describe('attendees CSV', () => {
  it('lists live attendees with their order and ticket, escaping formula cells', async () => {
    const paid = orders.paid.data.attributes;
    const cancelled = orders.cancelled.data.attributes;
    const discounted = orders.discounted.data.attributes;

    const { raw, rows, progress } = await run(attendeesCsvExporter);

    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows).toEqual([
      ['Order#', 'Order Date', 'Status', 'Payment Type', 'Payment Mode', 'Ticket ID', 'Ticket Name', 'Ticket Price', 'Ticket Type', 'Tax ID', 'Address', 'Company', 'Country', 'State', 'City', 'Zipcode', 'First Name', 'Last Name', 'Email', 'Checked In', 'Check-in Times'],
      [paid['invoice-number'], date(paid['created-at']), 'completed', '', 'bank', orders.paidAttendees[0].attributes['ticket-code'], 'Standard', '12.50', 'paid', "'-VAT 42", '1 Main St', 'ACME, Inc.', 'SG', '', 'Singapore', '018956', "'=1+1", 'O"Brien, Jr.', 'ada@example.org', 'Yes', checkinTimes],
      [paid['invoice-number'], date(paid['created-at']), 'completed', '', 'bank', orders.paidAttendees[1].attributes['ticket-code'], 'Standard', '12.50', 'paid', "'-VAT 42", '1 Main St', 'ACME, Inc.', 'SG', '', 'Singapore', '018956', "'@SUM", 'Line one\nLine two', 'sum@example.org', 'No', ''],
      [cancelled['invoice-number'], date(cancelled['created-at']), 'cancelled', '', '', orders.cancelledAttendees[0].attributes['ticket-code'], 'Community', '0.00', 'free', '', '', '', '', '', '', '', "'-2", "'+3", '', 'No', ''],
      [cancelled['invoice-number'], date(cancelled['created-at']), 'cancelled', '', '', orders.cancelledAttendees[1].attributes['ticket-code'], 'Community', '0.00', 'free', '', '', '', '', '', '', '', "'\tx", '', '', 'No', ''],
      [discounted['invoice-number'], date(discounted['created-at']), 'initializing', '', '', orders.discounted.included[0].attributes['ticket-code'], 'Standard', '12.50', 'paid', '', '', '', '', '', '', '', 'Zoë', 'Ünal', '', 'No', ''],
    ]);
    expect(checkinTimes).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(progress).toEqual([
      [0, 'Writing 5 attendees'],
      [100, 'Wrote 5 of 5 attendees'],
    ]);
  });

  it('quotes cells with commas, quotes and newlines and ends lines with CRLF', async () => {
    const { raw } = await run(attendeesCsvExporter, { status: 'completed' });

    const text = raw.toString('utf8');
    expect(text.includes('"O""Brien, Jr."')).toEqual(true);
    expect(text.includes('"Line one\nLine two"')).toEqual(true);
    expect(text.split('\r\n').length).toEqual(4);
  });

  it('keeps only attendees of orders in the requested status', async () => {
    const completed = await run(attendeesCsvExporter, { status: 'completed' });
    const cancelled = await run(attendeesCsvExporter, { status: 'cancelled' });
    const unknown = await run(attendeesCsvExporter, { status: 'nonsense' });

    expect(completed.rows.slice(1).map((r) => r[16])).toEqual(["'=1+1", "'@SUM"]);
    expect(cancelled.rows.slice(1).map((r) => r[16])).toEqual(["'-2", "'\tx"]);
    expect(unknown.rows.length).toEqual(6);
  });
});

describe('paging', () => {
  it('reads rows a page at a time, one statement per page', async () => {
    const row = await findEventByKey(t.app.ctx.db, event.id);
    const names: (string | null)[] = [];

    const statements = await countQueries(t.app, async () => {
      for await (const a of listAttendeesForExport(t.app.ctx.db, row!.id, undefined, undefined, 2)) names.push(a.firstname);
    });

    expect(names).toEqual(['=1+1', '@SUM', '-2', '\tx', 'Zoë']);
    expect(statements).toEqual(3);
  });
});

describe('orders CSV', () => {
  it('lists every order with buyer, quantity, discount code and the exact total', async () => {
    const paid = orders.paid.data.attributes;
    const cancelled = orders.cancelled.data.attributes;
    const discounted = orders.discounted.data.attributes;

    const { rows } = await run(ordersCsvExporter);

    expect([paid.amount, cancelled.amount, discounted.amount]).toEqual([40.39, 0, 12.12]);
    expect(rows).toEqual([
      ['Order#', 'Order Date', 'Status', 'Payment Type', 'Payment Mode', 'Total Amount', 'Quantity', 'Discount Code', 'Access Code', 'First Name', 'Last Name', 'Email', 'Tax ID', 'Address', 'Company', 'Country', 'State', 'City', 'Zipcode'],
      [paid['invoice-number'], date(paid['created-at']), 'completed', '', 'bank', '40.39', '3', '', '', 'Test', 'User', buyer.email, "'-VAT 42", '1 Main St', 'ACME, Inc.', 'SG', '', 'Singapore', '018956'],
      [cancelled['invoice-number'], date(cancelled['created-at']), 'cancelled', '', '', '0.00', '2', '', '', 'Test', 'User', buyer.email, '', '', '', '', '', '', ''],
      [discounted['invoice-number'], date(discounted['created-at']), 'initializing', '', '', '12.12', '1', 'SAVE10', '', 'Test', 'User', owner.email, '', '', '', '', '', '', ''],
    ]);
    expect(paid['invoice-number']).toMatch(new RegExp(`^O\\d{10}-${orders.paid.data.id}$`));
  });
});

describe('sessions CSV', () => {
  const header = ['Session Title', 'Session Starts At', 'Session Ends At', 'Session Speakers', 'Speaker Emails', 'Session Track', 'Session Abstract Short', 'Session Abstract Long', 'Comment', 'Created At', 'Email Sent', 'Level', 'Status', 'Session Type', 'Talk Length', 'Language', 'Slides', 'Audio', 'Video', 'Average Rating', 'Number of Ratings'];

  it('lists live sessions with speakers, track and type in the event time zone', async () => {
    const { rows } = await run(sessionsCsvExporter, { status: 'all' });

    const created = rows.slice(1).map((r) => r[9]);
    expect(created.every((c) => / \+0800$/.test(c))).toEqual(true);
    expect(rows).toEqual([
      header,
      ['Keynote, "opening" (accepted)', 'March 1, 2030 09:00 +0800', 'March 1, 2030 09:45 +0800', 'Alice Example; Bob Example', 'alice@example.org; bob@example.org', 'Web', 'Fast & safe', 'One\nTwo', 'check slides', created[0], 'No', 'Beginner', 'accepted', 'Talk', '00:45', 'English', 'https://example.org/slides.pdf', 'https://example.org/a.mp3', 'https://example.org/v.mp4', '', '0'],
      ['Pending idea (pending)', '', '', "'=Carol", 'carol@example.org', '', '', '', '', created[1], 'No', '', 'pending', '', '', '', '', '', '', '', '0'],
    ]);
  });

  it('keeps only sessions in the requested state', async () => {
    const accepted = await run(sessionsCsvExporter, { status: 'accepted' });
    const rejected = await run(sessionsCsvExporter, { status: 'rejected' });

    expect(accepted.rows.slice(1).map((r) => r[0])).toEqual(['Keynote, "opening" (accepted)']);
    expect(rejected.rows).toEqual([header]);
  });
});

describe('speakers CSV', () => {
  it('lists live speakers with their live sessions', async () => {
    const { rows } = await run(speakersCsvExporter);

    expect(rows).toEqual([
      ['Speaker Name', 'Speaker Email', 'Speaker Session(s)', 'Speaker Mobile', 'Speaker Bio', 'Speaker Organisation', 'Speaker Position', 'Speaker Experience', 'Speaker Sponsorship Required', 'Speaker City', 'Speaker Country', 'Speaker Website', 'Speaker Twitter', 'Speaker Facebook', 'Speaker Github', 'Speaker LinkedIn'],
      ['Alice Example', 'alice@example.org', 'Keynote, "opening" (accepted)', "'+65 1111 1111", '<p>Builds things</p>', 'FOSSASIA', 'CTO', 'Many talks', '', 'Singapore', 'SG', 'https://alice.example.org', 'https://twitter.com/alice', 'https://facebook.com/alice', 'https://github.com/alice', 'https://linkedin.com/in/alice'],
      ['Bob Example', 'bob@example.org', 'Keynote, "opening" (accepted)', '', '', '', '', '', '', '', '', '', '', '', '', ''],
      ["'=Carol", 'carol@example.org', 'Pending idea (pending)', '', '', '', '', '', '', '', '', '', '', '', '', ''],
      ['Dave Example', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
    ]);
  });

  it('filters speakers by the state of their sessions or by having none', async () => {
    const pending = await run(speakersCsvExporter, { status: 'pending' });
    const accepted = await run(speakersCsvExporter, { status: 'accepted' });
    const without = await run(speakersCsvExporter, { status: 'without_session' });

    expect(pending.rows.slice(1).map((r) => r[0])).toEqual(["'=Carol"]);
    expect(accepted.rows.slice(1).map((r) => r[0])).toEqual(['Alice Example', 'Bob Example']);
    expect(without.rows.slice(1).map((r) => r[0])).toEqual(['Dave Example']);
  });
});
