// The event's live stream (GET /v1/events/{id}/changes): orders made and moved, attendees checked in or out and
// sessions changed or moved anywhere arrive as Server-Sent Events within about a second, read from the stored
// change log; a reconnecting browser gets what it missed; registrars learn that an order changed but not which;
// those who manage the program (track organizers too) follow sessions only; others may not listen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { Access } from '../../src/events/access.js';
import { changeStream, openChangeStream } from '../../src/events/change.service.js';
import { expireUnpaidOrders } from '../../src/orders/order.service.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, make, makeUser, resource, type TestUser } from '../support/client.js';
import { openStream, type OpenStream } from '../support/sse.js';
import { checkIn, createOrder, makeFixture, patchOrder, type Fixture } from './fixture.js';

let t: TestApp;
let f: Fixture;
let base: string;
const open: OpenStream[] = [];

beforeAll(async () => {
  t = await makeTestApp();
  f = await makeFixture(t);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  for (const stream of open) stream.close();
  await t.close();
});

async function listen(user: TestUser | undefined, headers: Record<string, string> = {}): Promise<OpenStream> {
  const stream = await openStream(`${base}/v1/events/${f.event.identifier}/changes`, { ...(user ? { authorization: `Bearer ${user.token}` } : {}), ...headers });
  open.push(stream);
  return stream;
}

const change = (kind: string, subject?: string | null) => (m: { event: string; data: { kind: string; subject: string | null } }) =>
  m.event === 'change' && m.data.kind === kind && (subject === undefined || m.data.subject === subject);

describe('the live stream', () => {
  it('starts with ready, at the latest change', async () => {
    const stream = await listen(f.owner);

    const ready = await stream.next();

    expect([stream.status, ready.event, ready.data.last === ready.id, ready.id > 0]).toEqual([200, 'ready', true, true]);
  });

  it('sends a new order, its payment and a check-in made through the API within about a second', async () => {
    const stream = await listen(f.staff.coorganizer);
    await stream.next();

    const started = Date.now();
    const order = await createOrder(t, f.ada, [{ id: f.tickets.free, quantity: 1 }]);
    const made = await stream.next(change('order', order.id));
    const madeAfter = Date.now() - started;
    await patchOrder(t, f.ada, order, { 'payment-mode': 'free' });
    const paid = await stream.next(change('order', order.id));
    await checkIn(t, f.staff.registrar, order.attendees[0]);
    const checkedIn = await stream.next(change('attendee', order.attendees[0]));

    expect([made.data.kind, paid.data.kind, checkedIn.data.kind]).toEqual(['order', 'order', 'attendee']);
    expect(paid.id > made.id && checkedIn.id > paid.id).toBe(true);
    expect(madeAfter).toBeLessThan(2_500);
  });

  it('sends the orders the expiry run ends', async () => {
    const stream = await listen(f.owner);
    await stream.next();
    const order = await createOrder(t, f.charles, [{ id: f.tickets.free, quantity: 1 }]);
    await stream.next(change('order', order.id));
    const createdAt = (await new Api(t.app, f.owner.token).get(`/v1/orders/${order.identifier}`)).body.data.attributes['created-at'];

    await expireUnpaidOrders(t.app.ctx.db, new Date(Date.parse(createdAt) + 15 * 60_000 + 1), 15);

    const expired = await stream.next(change('order', order.id));
    expect(expired.data.subject).toBe(order.id);
    expect((await new Api(t.app, f.owner.token).get(`/v1/orders/${order.identifier}`)).body.data.attributes.status).toBe('expired');
  });

  it('tells a registrar that an order changed, not which, and which attendee', async () => {
    const stream = await listen(f.staff.registrar);
    await stream.next();

    const order = await createOrder(t, f.ada, [{ id: f.tickets.free, quantity: 1 }]);
    await patchOrder(t, f.ada, order, { 'payment-mode': 'free' });
    await checkIn(t, f.staff.registrar, order.attendees[0]);

    expect((await stream.next(change('order'))).data.subject).toBe(null);
    expect((await stream.next(change('attendee'))).data.subject).toBe(order.attendees[0]);
  });

  it('sends a reconnecting browser what it missed, after its Last-Event-ID', async () => {
    const first = await listen(f.owner);
    const ready = await first.next();
    first.close();
    const missed = await createOrder(t, f.ada, [{ id: f.tickets.free, quantity: 1 }]);

    const again = await listen(f.owner, { 'last-event-id': String(ready.id) });

    expect((await again.next()).event).toBe('ready');
    expect((await again.next(change('order'))).data.subject).toBe(missed.id);
  });

  it("ends the stream of someone who lost their role", async () => {
    const registrar = await makeUser(t.app);
    await grantRole(t.app, f.event, f.owner, registrar, 'registrar');
    const access = new Access(t.app.ctx.db, { id: registrar.id, email: registrar.email, isAdmin: false });
    const opened = await openChangeStream(t.app.ctx.db, access, f.event.identifier);
    const stream = changeStream(t.app.ctx.db, access, opened, { pollMs: 20, recheckMs: 50, stopped: () => false });
    expect((await stream.next()).value).toMatch(/^id: \d+\nevent: ready\n/);

    await t.app.ctx.db.execute(sql`delete from users_events_roles where user_id = ${registrar.id}`);
    const started = Date.now();
    const end = await stream.next();

    expect([end.done, Date.now() - started < 1_000]).toEqual([true, true]);
  });

  it('sends session changes to those who manage the program, orders and check-ins to registrars and up', async () => {
    const [coorganizer, trackOrganizer, registrar] = [await listen(f.staff.coorganizer), await listen(f.staff.track_organizer), await listen(f.staff.registrar)];
    await Promise.all([coorganizer.next(), trackOrganizer.next(), registrar.next()]);

    const session = await make(t.app, f.owner, f.event, 'session', 'sessions', { title: 'Live talk', state: 'accepted' });
    const order = await createOrder(t, f.ada, [{ id: f.tickets.free, quantity: 1 }]);
    const moved = await new Api(t.app, f.owner.token).patch(`/v1/sessions/${session}`, resource('session', { 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': '2030-03-01T02:30:00Z' }, {}, session));
    const accepted = await new Api(t.app, f.owner.token).post(`/v1/events/${f.event.id}/sessions/bulk-state`, { data: { ids: [session], state: 'confirmed' } });
    const deleted = await new Api(t.app, f.owner.token).delete(`/v1/sessions/${session}`);

    expect([moved.status, accepted.status, deleted.status]).toEqual([200, 200, 200]);
    const seen = async (stream: OpenStream, count: number) => {
      const messages = [];
      for (let i = 0; i < count; i++) messages.push(await stream.next((m) => m.event === 'change'));
      return messages.map((m) => [m.data.kind, m.data.subject]);
    };
    expect(await seen(trackOrganizer, 4)).toEqual([['session', session], ['session', session], ['session', session], ['session', session]]);
    expect(await seen(coorganizer, 5)).toEqual([['session', session], ['order', order.id], ['session', session], ['session', session], ['session', session]]);
    expect(await seen(registrar, 1)).toEqual([['order', null]]);
  });

  it('is open to registrars and up, and to those who manage the program', async () => {
    const callers: [string, TestUser | undefined][] = [
      ['owner', f.owner],
      ['coorganizer', f.staff.coorganizer],
      ['registrar', f.staff.registrar],
      ['admin', f.admin],
      ['moderator', f.staff.moderator],
      ['track_organizer', f.staff.track_organizer],
      ['buyer', f.ada],
      ['anonymous', undefined],
    ];
    const seen: [string, number][] = [];
    for (const [who, user] of callers) {
      const stream = await listen(user);
      seen.push([who, stream.status]);
      stream.close();
    }

    expect(seen).toEqual([
      ['owner', 200],
      ['coorganizer', 200],
      ['registrar', 200],
      ['admin', 200],
      ['moderator', 403],
      ['track_organizer', 200],
      ['buyer', 403],
      ['anonymous', 401],
    ]);
  });
});
