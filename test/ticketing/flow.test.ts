import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, make, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;
let event: TestEvent;
let ticket: string;

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  buyer = await makeUser(t.app);
  event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true, 'is-tax-enabled': true, 'payment-currency': 'EUR' });
  ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Standard', type: 'paid', price: '0.10', quantity: 5 });
  await make(t.app, owner, event, 'tax', 'taxes', { name: 'VAT', rate: 7.7 });
});
afterAll(async () => t.close());

describe('ticketing flow', () => {
  it('prices, orders, pays offline, completes and checks in', async () => {
    const api = new Api(t.app, buyer.token);

    const calc = await t.app.inject({ method: 'POST', url: '/v1/orders/calculate-amount', payload: { tickets: [{ id: ticket, quantity: 3 }] } });
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/orders/create-order',
      headers: { authorization: `Bearer ${buyer.token}` },
      payload: { tickets: [{ id: ticket, quantity: 3 }], attendees: [{ ticket, firstname: 'Ada', lastname: 'L', email: 'ada@example.org' }] },
    });

    expect(calc.statusCode).toBe(200);
    expect(JSON.parse(calc.body)).toEqual({
      sub_total: 0.3,
      discount: 0,
      tax: { included: false, amount: 0.02, percent: 7.7, name: 'VAT' },
      total: 0.32,
      tickets: [{ id: Number(ticket), name: 'Standard', price: 0.1, quantity: 3, ticket_fee: 0, sub_total: 0.3, discount: null }],
    });
    expect(created.statusCode).toBe(201);
    const order = JSON.parse(created.body);
    expect(order.data.attributes.amount).toBe(0.32);
    expect(order.data.attributes.status).toBe('initializing');
    expect(order.included.length).toBe(3);
    const identifier = order.data.attributes.identifier;

    const placed = await api.patch(`/v1/orders/${identifier}`, resource('order', { 'payment-mode': 'bank', company: 'ACME' }, {}, order.data.id));
    expect(placed.status).toBe(200);
    expect(placed.body.data.attributes.status).toBe('placed');

    const completed = await new Api(t.app, owner.token).patch(`/v1/orders/${identifier}`, resource('order', { status: 'completed' }, {}, order.data.id));
    expect(completed.status).toBe(200);
    const attendee = order.included[0].id;
    const checkin = await new Api(t.app, owner.token).patch(`/v1/attendees/${attendee}`, resource('attendee', { 'is-checked-in': true, 'device-name-checkin': 'gate 1' }, {}, attendee));
    expect(checkin.status).toBe(200);
    expect(checkin.body.data.attributes['device-name-checkin']).toBe('gate 1');
    const list = await new Api(t.app, owner.token).get(`/v1/events/${event.id}/orders`);
    expect(list.status).toBe(200);
    expect(list.body.meta.totals).toEqual({ completed: { count: 1, amount: '0.32' } });
    const attendees = await new Api(t.app, owner.token).get(`/v1/events/${event.id}/attendees?filter=[{"name":"order__status","op":"eq","val":"completed"}]`);
    expect(attendees.body.meta.count).toBe(3);
    void ref;
  });
});
