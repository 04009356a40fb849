// The event's offline payment methods: the original's attributes on the event (can-pay-by-bank, bank-details, ...),
// shown to everyone who sees the event (buyers read the instructions), and paying an order refuses a mode the
// event does not take, naming the field and the modes it does take.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, make, makeEvent, makeUser, resource, type TestEvent, type TestUser } from '../support/client.js';
import { patchOrder, placeOrder } from '../support/orders.js';

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;

const NONE = { 'can-pay-by-bank': false, 'can-pay-by-cheque': false, 'can-pay-onsite': false, 'can-pay-by-invoice': false };

beforeAll(async () => {
  t = await makeTestApp();
  [owner, buyer] = await Promise.all([makeUser(t.app), makeUser(t.app)]);
});
afterAll(async () => t?.close());

async function eventWithTicket(attributes: Record<string, unknown>): Promise<{ event: TestEvent; ticket: string }> {
  const event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true, ...attributes });
  const ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Seat', type: 'paid', price: '12.00', quantity: 10 });
  return { event, ticket };
}

describe('the payment methods of an event', () => {
  it('are off, without instructions, on a new event', async () => {
    const created = await new Api(t.app, owner.token).post(
      '/v1/events',
      resource('event', { name: 'Plain', 'starts-at': '2030-01-01T10:00:00Z', 'ends-at': '2030-01-01T12:00:00Z' }),
    );

    const { attributes } = created.body.data;
    expect([
      attributes['can-pay-by-bank'], attributes['bank-details'], attributes['can-pay-by-cheque'], attributes['cheque-details'],
      attributes['can-pay-onsite'], attributes['onsite-details'], attributes['can-pay-by-invoice'], attributes['invoice-details'],
    ]).toEqual([false, null, false, null, false, null, false, null]);
  });

  it('are saved with their instructions and shown to anyone who sees the event', async () => {
    const event = await makeEvent(t.app, owner, NONE);
    const methods = {
      'can-pay-by-bank': true,
      'bank-details': 'IBAN DE89 3704 0044 0532 0130 00, reference: your order number',
      'can-pay-by-cheque': false,
      'cheque-details': null,
      'can-pay-onsite': true,
      'onsite-details': 'Cash or card at the registration desk',
      'can-pay-by-invoice': true,
      'invoice-details': 'We send the invoice within two days; pay within 30 days',
    };

    const saved = await new Api(t.app, owner.token).patch(`/v1/events/${event.id}`, resource('event', methods, {}, event.id));
    const read = await new Api(t.app).get(`/v1/events/${event.identifier}`);

    expect(saved.status).toBe(200);
    const shown = Object.fromEntries(Object.keys(methods).map((name) => [name, read.body.data.attributes[name]]));
    expect(shown).toEqual(methods);
  });

  it('refuses a setting that is not true or false, naming it', async () => {
    const event = await makeEvent(t.app, owner);

    const response = await new Api(t.app, owner.token).patch(`/v1/events/${event.id}`, resource('event', { 'can-pay-onsite': 'yes' }, {}, event.id));

    expect(response.status).toBe(422);
    expect(response.body.errors[0]).toEqual({
      status: '422',
      code: 'validation',
      title: 'Unprocessable Entity',
      detail: 'can-pay-onsite must be boolean',
      source: { pointer: '/data/attributes/can-pay-onsite' },
    });
  });
});

describe('paying an order offline', () => {
  it.each([
    ['bank', 'can-pay-by-bank'],
    ['cheque', 'can-pay-by-cheque'],
    ['onsite', 'can-pay-onsite'],
    ['invoice', 'can-pay-by-invoice'],
  ])('places the order by %s when the event takes it (%s)', async (mode, setting) => {
    const { ticket } = await eventWithTicket({ ...NONE, [setting]: true });
    const order = await placeOrder(t.app, buyer, [{ id: ticket, quantity: 1 }]);

    const response = await patchOrder(t.app, buyer, order, { 'payment-mode': mode });

    expect(response.status).toBe(200);
    expect([response.body.data.attributes.status, response.body.data.attributes['payment-mode']]).toEqual(['placed', mode]);
  });

  it('refuses a mode the event does not take with 422 on payment-mode, naming the modes it takes, and leaves the order unpaid', async () => {
    const { ticket } = await eventWithTicket({ ...NONE, 'can-pay-by-bank': true, 'can-pay-by-invoice': true });
    const order = await placeOrder(t.app, buyer, [{ id: ticket, quantity: 1 }]);

    const response = await patchOrder(t.app, buyer, order, { 'payment-mode': 'onsite' });
    const after = await new Api(t.app, buyer.token).get(`/v1/orders/${order.identifier}`);

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      {
        status: '422',
        code: 'order.payment_mode_not_taken',
        title: 'Unprocessable Entity',
        detail: 'This event does not take payment by onsite: choose bank, invoice',
        source: { pointer: '/data/attributes/payment-mode' },
      },
    ]);
    expect([after.body.data.attributes.status, after.body.data.attributes['payment-mode']]).toEqual(['initializing', null]);
  });

  it('says so when the event takes no offline payment at all', async () => {
    const { ticket } = await eventWithTicket(NONE);
    const order = await placeOrder(t.app, buyer, [{ id: ticket, quantity: 1 }]);

    const response = await patchOrder(t.app, buyer, order, { 'payment-mode': 'bank' });

    expect(response.status).toBe(422);
    expect(response.body.errors[0].detail).toBe('This event does not take payment by bank: it takes no offline payment; ask the organizer');
  });

  it('refuses a mode the organizer turned off after the order was made', async () => {
    const { event, ticket } = await eventWithTicket({ ...NONE, 'can-pay-by-cheque': true, 'can-pay-by-bank': true });
    const order = await placeOrder(t.app, buyer, [{ id: ticket, quantity: 1 }]);
    await new Api(t.app, owner.token).patch(`/v1/events/${event.id}`, resource('event', { 'can-pay-by-cheque': false }, {}, event.id));

    const response = await patchOrder(t.app, buyer, order, { 'payment-mode': 'cheque' });

    expect([response.status, response.body.errors[0].detail]).toEqual([422, 'This event does not take payment by cheque: choose bank']);
  });

  it('still completes a free order whichever mode is named', async () => {
    const event = await makeEvent(t.app, owner, { ...NONE, 'is-ticketing-enabled': true });
    const ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Free', type: 'free' });
    const order = await placeOrder(t.app, buyer, [{ id: ticket, quantity: 1 }]);

    const response = await patchOrder(t.app, buyer, order, { 'payment-mode': 'invoice' });

    expect([response.status, response.body.data.attributes.status, response.body.data.attributes['payment-mode']]).toEqual([200, 'completed', 'free']);
  });

  it('refuses an unknown payment mode with 422 naming the field', async () => {
    const { ticket } = await eventWithTicket({});
    const order = await placeOrder(t.app, buyer, [{ id: ticket, quantity: 1 }]);

    const response = await patchOrder(t.app, buyer, order, { 'payment-mode': 'bitcoin' });

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/attributes/payment-mode' });
  });
});
