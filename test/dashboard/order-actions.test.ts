// What the order page does: mark a placed order completed (with how it was paid), cancel with a note, read the
// status history, and mail the confirmation again; each only for those allowed.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, type TestUser } from '../support/client.js';
import { createOrder, makeFixture, patchOrder, type Fixture, type PlacedOrder } from './fixture.js';

let t: TestApp;
let f: Fixture;

beforeAll(async () => {
  t = await makeTestApp();
  f = await makeFixture(t);
});
afterAll(async () => t.close());

async function placedOrder(): Promise<PlacedOrder> {
  const order = await createOrder(t, f.ada, [{ id: f.tickets.pass, quantity: 1 }], [{ ticket: f.tickets.pass, firstname: 'Mary', lastname: 'Somerville' }]);
  const paid = await patchOrder(t, f.ada, order, { 'payment-mode': 'cheque' });
  if (paid.status !== 200) throw new Error(JSON.stringify(paid.body));
  return order;
}

const outbox = () => path.join(t.app.ctx.config.dataDir, 'outbox');
const mails = () => (fs.existsSync(outbox()) ? fs.readdirSync(outbox()).filter((name) => name.endsWith('.eml')).sort() : []);

describe('completing and cancelling', () => {
  it('marks a placed order completed with how the payment arrived', async () => {
    const order = await placedOrder();

    const response = await patchOrder(t, f.staff.coorganizer, order, { status: 'completed', 'paid-via': 'cheque', 'transaction-id': 'CHQ 000123' });

    const a = response.body.data.attributes;
    expect([response.status, a.status, a['paid-via'], a['transaction-id'], typeof a['completed-at']]).toEqual([200, 'completed', 'cheque', 'CHQ 000123', 'string']);
  });

  it('cancels with a note, which the order keeps', async () => {
    const order = await placedOrder();

    const response = await patchOrder(t, f.owner, order, { status: 'cancelled', 'cancel-note': '  Asked for a refund by phone  ' });

    expect([response.status, response.body.data.attributes.status, response.body.data.attributes['cancel-note']]).toEqual([200, 'cancelled', 'Asked for a refund by phone']);
  });

  it('refuses a note without the status it belongs to, naming the field', async () => {
    const order = await placedOrder();

    const note = await patchOrder(t, f.owner, order, { 'cancel-note': 'why' });
    const paidVia = await patchOrder(t, f.owner, order, { status: 'cancelled', 'paid-via': 'cash' });

    expect([note.status, note.body.errors[0].source.pointer, note.body.errors[0].detail]).toEqual([422, '/data/attributes/cancel-note', 'cancel-note can only be given when setting status to cancelled']);
    expect([paidVia.status, paidVia.body.errors[0].source.pointer]).toEqual([422, '/data/attributes/paid-via']);
  });

  it('lets only organizers mark an order completed', async () => {
    const order = await placedOrder();

    const byBuyer = await patchOrder(t, f.ada, order, { status: 'completed' });

    expect([byBuyer.status, byBuyer.body.errors[0].code]).toEqual([403, 'order.complete_forbidden']);
  });
});

describe('status history', () => {
  it('lists every change with who made it and when, oldest first', async () => {
    const order = await placedOrder();
    await patchOrder(t, f.staff.organizer, order, { status: 'completed' });

    const response = await new Api(t.app, f.owner.token).get(`/v1/orders/${order.identifier}/history`);

    expect(response.body.data.map((row: { from: string; to: string; by: { name: string } | null }) => [row.from, row.to, row.by?.name])).toEqual([
      [null, 'initializing', 'Ada Lovelace'],
      ['initializing', 'placed', 'Ada Lovelace'],
      ['placed', 'completed', 'Test User'],
    ]);
    expect(response.body.data.every((row: { at: string }) => new Date(row.at).toISOString() === row.at)).toBe(true);
  });

  it('shows an expiry as made by nobody', async () => {
    const response = await new Api(t.app, f.owner.token).get(`/v1/orders/${f.orders.expired.identifier}/history`);

    expect(response.body.data.map((row: { to: string; by: unknown }) => [row.to, row.by])).toEqual([
      ['initializing', { id: String(f.charles.id), name: 'Charles Babbage' }],
      ['expired', null],
    ]);
  });

  it('is shown to coorganizers and the buyer; 404 for anyone else', async () => {
    const callers: [string, TestUser | undefined][] = [
      ['coorganizer', f.staff.coorganizer],
      ['buyer', f.ada],
      ['registrar', f.staff.registrar],
      ['other', f.other],
      ['anonymous', undefined],
    ];
    const seen: [string, number][] = [];
    for (const [who, user] of callers) seen.push([who, (await new Api(t.app, user?.token).get(`/v1/orders/${f.orders.placed.identifier}/history`)).status]);

    expect(seen).toEqual([
      ['coorganizer', 200],
      ['buyer', 200],
      ['registrar', 404],
      ['other', 404],
      ['anonymous', 404],
    ]);
  });
});

describe('resending the confirmation', () => {
  it("mails the buyer the order's number, amount and every seat with its ticket code", async () => {
    const order = await placedOrder();
    const before = mails();

    const response = await new Api(t.app, f.staff.coorganizer.token).post(`/v1/orders/${order.identifier}/resend-confirmation`, undefined);

    expect([response.status, response.body]).toEqual([200, { 'sent-to': f.ada.email, delivered: 'outbox' }]);
    const added = mails().filter((name) => !before.includes(name));
    expect(added.length).toBe(1);
    const mail = await simpleParser(fs.readFileSync(path.join(outbox(), added[0])));
    const code = (await new Api(t.app, f.ada.token).get(`/v1/orders/${order.identifier}/attendees`)).body.data[0].attributes['ticket-code'];
    expect([mail.to && 'text' in mail.to ? mail.to.text : '', mail.subject]).toEqual([f.ada.email, `Your order ${order.number}: ${(await eventName())}`]);
    expect(mail.text).toContain(`Amount: 25.00 ${await currency()} (to be paid by cheque)`);
    expect(mail.text).toContain(`1. Mary Somerville - Day pass - ticket code ${code}`);
  });

  it('refuses an order that was never confirmed, and callers who are not organizers', async () => {
    const api = (user: TestUser | undefined) => new Api(t.app, user?.token);

    const unpaid = await api(f.owner).post(`/v1/orders/${f.orders.initializing.identifier}/resend-confirmation`, undefined);
    const byBuyer = await api(f.ada).post(`/v1/orders/${f.orders.placed.identifier}/resend-confirmation`, undefined);
    const byRegistrar = await api(f.staff.registrar).post(`/v1/orders/${f.orders.placed.identifier}/resend-confirmation`, undefined);

    expect([unpaid.status, unpaid.body.errors[0].code]).toEqual([409, 'order.not_confirmed']);
    expect([byBuyer.status, byBuyer.body.errors[0].code]).toEqual([403, 'order.resend_forbidden']);
    expect(byRegistrar.status).toBe(404);
  });
});

async function eventName(): Promise<string> {
  return (await new Api(t.app, f.owner.token).get(`/v1/events/${f.event.identifier}`)).body.data.attributes.name;
}
async function currency(): Promise<string> {
  return (await new Api(t.app, f.owner.token).get(`/v1/events/${f.event.identifier}`)).body.data.attributes['payment-currency'];
}
