// POST /v1/orders/calculate-amount through HTTP: exact amounts for inclusive and exclusive tax, discounts by
// code text or id, donations, and every refusal with its status and pointer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, make, makeEvent, makeUser, ref, resource, type Response, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;

// An event with 7.7 % VAT added on top, and its tickets and codes.
let exclusive: TestEvent;
const tk: Record<string, string> = {};
const dc: Record<string, string> = {};
// An event with 10 % GST included in prices.
let inclusive: TestEvent;
let entry: string;
// A tax that was deleted; a live tax on an event that turned tax off; ticketing turned off.
let deletedTaxTicket: string;
let taxOffTicket: string;
let noTicketingTicket: string;
let yenTicket: string;

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  buyer = await makeUser(t.app);
  const api = new Api(t.app, owner.token);
  // Far-future dates: a code without valid-till is valid until the event ends.
  const selling = { 'starts-at': '2090-03-01T09:00:00Z', 'ends-at': '2090-03-03T18:00:00Z', 'is-ticketing-enabled': true, 'is-tax-enabled': true, 'payment-currency': 'EUR' };

  exclusive = await makeEvent(t.app, owner, selling);
  const ticket = (name: string, attributes: Record<string, unknown>) =>
    make(t.app, owner, exclusive, 'ticket', 'tickets', { name, quantity: 100, ...attributes });
  tk.standard = await ticket('Standard', { type: 'paid', price: '0.10' });
  tk.premium = await ticket('Premium', { type: 'paid', price: '20.00' });
  tk.donation = await ticket('Donation', { type: 'donation', 'min-price': '5', 'max-price': '100' });
  tk.free = await ticket('Free', { type: 'free' });
  tk.hidden = await ticket('Hidden', { type: 'paid', price: '1.00', 'is-hidden': true });
  tk.later = await ticket('Later', { type: 'paid', price: '1.00', 'sales-starts-at': '2099-01-01T00:00:00Z' });
  tk.over = await ticket('Over', { type: 'paid', price: '1.00', 'sales-starts-at': '2019-01-01T00:00:00Z', 'sales-ends-at': '2020-01-01T00:00:00Z' });
  tk.group = await ticket('Group', { type: 'paid', price: '1.00', 'min-order': 2, 'max-order': 4 });
  await make(t.app, owner, exclusive, 'tax', 'taxes', { name: 'VAT', rate: 7.7 });
  const code = (text: string, attributes: Record<string, unknown>, tickets: string[]) =>
    make(t.app, owner, exclusive, 'discount-code', 'discount-codes', { code: text, ...attributes }, { tickets: tickets.map((id) => ref('ticket', id)) });
  dc.ten = await code('TEN', { type: 'percent', value: 10 }, [tk.premium]);
  dc.five = await code('Five', { type: 'amount', value: '5.00' }, [tk.premium, tk.donation]);
  dc.off = await code('OFF', { type: 'amount', value: 1, 'is-active': false }, [tk.premium]);
  dc.old = await code('OLD', { type: 'amount', value: 1, 'valid-from': '2019-01-01T00:00:00Z', 'valid-till': '2020-01-01T00:00:00Z' }, [tk.premium]);
  dc.bulk = await code('BULK', { type: 'percent', value: 50, 'min-quantity': 2, 'max-quantity': 3 }, [tk.standard]);

  inclusive = await makeEvent(t.app, owner, { ...selling, 'payment-currency': 'SGD' });
  entry = await make(t.app, owner, inclusive, 'ticket', 'tickets', { name: 'Entry', type: 'paid', price: '11.00', quantity: 100 });
  await make(t.app, owner, inclusive, 'tax', 'taxes', { name: 'GST', rate: '10', 'is-tax-included-in-price': true });
  await make(t.app, owner, inclusive, 'discount-code', 'discount-codes', { code: 'THIRD', type: 'percent', value: '33.33' }, { tickets: [ref('ticket', entry)] });

  const deletedTax = await makeEvent(t.app, owner, selling);
  deletedTaxTicket = await make(t.app, owner, deletedTax, 'ticket', 'tickets', { name: 'Seat', type: 'paid', price: '10.00', quantity: 10 });
  const tax = await make(t.app, owner, deletedTax, 'tax', 'taxes', { name: 'Old VAT', rate: 20 });
  expect((await api.delete(`/v1/taxes/${tax}`)).status).toBe(200);

  const taxOff = await makeEvent(t.app, owner, selling);
  taxOffTicket = await make(t.app, owner, taxOff, 'ticket', 'tickets', { name: 'Seat', type: 'paid', price: '10.00', quantity: 10 });
  await make(t.app, owner, taxOff, 'tax', 'taxes', { name: 'VAT', rate: 20 });
  expect((await api.patch(`/v1/events/${taxOff.id}`, resource('event', { 'is-tax-enabled': false }, {}, taxOff.id))).status).toBe(200);

  const yen = await makeEvent(t.app, owner, { ...selling, 'payment-currency': 'JPY' });
  yenTicket = await make(t.app, owner, yen, 'ticket', 'tickets', { name: 'Seat', type: 'paid', price: '1000', quantity: 10 });
  await make(t.app, owner, yen, 'tax', 'taxes', { name: 'JCT', rate: 10 });

  const noTicketing = await makeEvent(t.app, owner, { 'payment-currency': 'EUR' });
  noTicketingTicket = await make(t.app, owner, noTicketing, 'ticket', 'tickets', { name: 'Seat', type: 'paid', price: '10.00', quantity: 10 });
});
afterAll(async () => t.close());

/** The original takes plain JSON here, not JSON:API. */
async function calculate(body: unknown, as?: TestUser): Promise<Response> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/v1/orders/calculate-amount',
    headers: as ? { authorization: `Bearer ${as.token}` } : {},
    payload: body as object,
  });
  return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
}

const line = (id: string, name: string, price: number, quantity: number, subTotal: number, discount: unknown = null) => ({
  id: Number(id),
  name,
  price,
  quantity,
  ticket_fee: 0,
  sub_total: subTotal,
  discount,
});
const vat = (amount: number) => ({ included: false, amount, percent: 7.7, name: 'VAT' });
const refusal = (status: number, code: string, detail: string, source: Record<string, string>) => ({
  errors: [{ status: String(status), code, title: status === 409 ? 'Conflict' : 'Unprocessable Entity', detail, source }],
  jsonapi: { version: '1.0' },
});

describe('calculate-amount: amounts', () => {
  it('adds 7.7 % tax on 3 × 0.10 to 0.32, for an anonymous caller', async () => {
    const response = await calculate({ tickets: [{ id: tk.standard, quantity: 3 }] });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sub_total: 0.3, discount: 0, tax: vat(0.02), total: 0.32, tickets: [line(tk.standard, 'Standard', 0.1, 3, 0.3)] });
  });

  it('prices several ticket types in the order given, with one tax on the sum', async () => {
    // 0.30 + 20.00 = 20.30; tax 2030 × 0.077 = 156.31 → 1.56
    const response = await calculate({ tickets: [{ id: Number(tk.premium), quantity: 1 }, { id: tk.standard, quantity: 3 }] }, buyer);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      sub_total: 20.3,
      discount: 0,
      tax: vat(1.56),
      total: 21.86,
      tickets: [line(tk.premium, 'Premium', 20, 1, 20), line(tk.standard, 'Standard', 0.1, 3, 0.3)],
    });
  });

  it('takes a percent discount by its code text in any case, then adds the tax', async () => {
    // 2 × 20.00 − 10 % = 36.00; tax 3600 × 0.077 = 277.2 → 2.77
    const response = await calculate({ tickets: [{ id: tk.premium, quantity: 2 }], 'discount-code': 'tEn' });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      sub_total: 36,
      discount: 4,
      tax: vat(2.77),
      total: 38.77,
      tickets: [line(tk.premium, 'Premium', 20, 2, 36, { code: 'TEN', amount: 2, percent: 10, total: 4 })],
    });
  });

  it('takes an amount discount by the code id, only on the tickets it lists', async () => {
    // Premium 2 × (20.00 − 5.00) = 30.00, Standard 0.10: 30.10; tax 3010 × 0.077 = 231.77 → 2.32
    const byNumber = await calculate({ tickets: [{ id: tk.premium, quantity: 2 }, { id: tk.standard, quantity: 1 }], 'discount-code': Number(dc.five) });
    const byString = await calculate({ tickets: [{ id: tk.premium, quantity: 2 }, { id: tk.standard, quantity: 1 }], 'discount-code': dc.five });

    const expected = {
      sub_total: 30.1,
      discount: 10,
      tax: vat(2.32),
      total: 32.42,
      tickets: [line(tk.premium, 'Premium', 20, 2, 30, { code: 'Five', amount: 5, percent: null, total: 10 }), line(tk.standard, 'Standard', 0.1, 1, 0.1)],
    };
    expect([byNumber.status, byString.status]).toEqual([200, 200]);
    expect(byNumber.body).toEqual(expected);
    expect(byString.body).toEqual(expected);
  });

  it('takes an included tax out of the price: 11.00 holds 1.00 of 10 % GST', async () => {
    const response = await calculate({ tickets: [{ id: entry, quantity: 1 }] });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      sub_total: 11,
      discount: 0,
      tax: { included: true, amount: 1, percent: 10, name: 'GST' },
      total: 11,
      tickets: [line(entry, 'Entry', 11, 1, 11)],
    });
  });

  it('rounds a 33.33 % discount per line and takes the included tax out of what is left', async () => {
    // 3 × 11.00 = 33.00; 3300 × 0.3333 = 1099.89 → 11.00; per ticket 1100 × 0.3333 = 366.63 → 3.67
    // 22.00 left; net = 2200 / 1.1 = 2000 → tax 2.00
    const response = await calculate({ tickets: [{ id: entry, quantity: 3 }], 'discount-code': 'third' });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      sub_total: 22,
      discount: 11,
      tax: { included: true, amount: 2, percent: 10, name: 'GST' },
      total: 22,
      tickets: [line(entry, 'Entry', 11, 3, 22, { code: 'THIRD', amount: 3.67, percent: 33.33, total: 11 })],
    });
  });

  it('applies no tax when the event tax was deleted', async () => {
    const response = await calculate({ tickets: [{ id: deletedTaxTicket, quantity: 2 }] });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sub_total: 20, discount: 0, tax: null, total: 20, tickets: [line(deletedTaxTicket, 'Seat', 10, 2, 20)] });
  });

  it('applies no tax when the event has is-tax-enabled false, even with a live tax', async () => {
    const response = await calculate({ tickets: [{ id: taxOffTicket, quantity: 1 }] });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sub_total: 10, discount: 0, tax: null, total: 10, tickets: [line(taxOffTicket, 'Seat', 10, 1, 10)] });
  });

  it('prices a donation at what the buyer gives within min and max, and discounts it when the code lists it', async () => {
    // 2 × 12.34 = 24.68; tax 2468 × 0.077 = 190.036 → 1.90
    const response = await calculate({ tickets: [{ id: tk.donation, quantity: 2, price: 12.34 }] });
    const atBounds = await calculate({ tickets: [{ id: tk.donation, quantity: 1, price: '5' }] });
    const atMax = await calculate({ tickets: [{ id: tk.donation, quantity: 1, price: '100.00' }, { id: tk.premium, quantity: 1 }], 'discount-code': 'FIVE' });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sub_total: 24.68, discount: 0, tax: vat(1.9), total: 26.58, tickets: [line(tk.donation, 'Donation', 12.34, 2, 24.68)] });
    expect([atBounds.status, atBounds.body.total]).toEqual([200, 5.39]);
    // (100.00 − 5.00) + (20.00 − 5.00) = 110.00; tax 11000 × 0.077 = 847 → 8.47
    expect(atMax.body).toEqual({
      sub_total: 110,
      discount: 10,
      tax: vat(8.47),
      total: 118.47,
      tickets: [line(tk.donation, 'Donation', 100, 1, 95, { code: 'Five', amount: 5, percent: null, total: 5 }), line(tk.premium, 'Premium', 20, 1, 15, { code: 'Five', amount: 5, percent: null, total: 5 })],
    });
  });

  it('prices free tickets at zero with zero tax', async () => {
    const response = await calculate({ tickets: [{ id: tk.free, quantity: 4 }] });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sub_total: 0, discount: 0, tax: vat(0), total: 0, tickets: [line(tk.free, 'Free', 0, 4, 0)] });
  });

  it('computes in whole yen: 3 × 1000 JPY at 10 % adds 300', async () => {
    const response = await calculate({ tickets: [{ id: yenTicket, quantity: 3 }] });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      sub_total: 3000,
      discount: 0,
      tax: { included: false, amount: 300, percent: 10, name: 'JCT' },
      total: 3300,
      tickets: [line(yenTicket, 'Seat', 1000, 3, 3000)],
    });
  });

  it('ignores lines with quantity 0', async () => {
    const response = await calculate({ tickets: [{ id: tk.standard, quantity: 0 }, { id: tk.premium, quantity: 1 }] });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sub_total: 20, discount: 0, tax: vat(1.54), total: 21.54, tickets: [line(tk.premium, 'Premium', 20, 1, 20)] });
  });

  it('takes a code whose quantity rule is met: 50 % on 2 × 0.10', async () => {
    // 20 × 50 % = 10; tax 10 × 0.077 = 0.77 → 1
    const response = await calculate({ tickets: [{ id: tk.standard, quantity: 2 }], 'discount-code': 'bulk' });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      sub_total: 0.1,
      discount: 0.1,
      tax: vat(0.01),
      total: 0.11,
      tickets: [line(tk.standard, 'Standard', 0.1, 2, 0.1, { code: 'BULK', amount: 0.05, percent: 50, total: 0.1 })],
    });
  });
});

describe('calculate-amount: refusals', () => {
  it('refuses a hidden ticket', async () => {
    const response = await calculate({ tickets: [{ id: tk.standard, quantity: 1 }, { id: tk.hidden, quantity: 1 }] });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(refusal(422, 'order.ticket_hidden', 'Ticket "Hidden" is not on sale', { pointer: '/tickets/1/id' }));
  });

  it('refuses a ticket whose sales have not started', async () => {
    const response = await calculate({ tickets: [{ id: tk.later, quantity: 1 }] });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(
      refusal(422, 'order.sales_not_started', 'Sales of "Later" start at 2099-01-01T00:00:00.000Z', { pointer: '/tickets/0/id' }),
    );
  });

  it('refuses a ticket whose sales have ended', async () => {
    const response = await calculate({ tickets: [{ id: tk.over, quantity: 1 }] });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(refusal(422, 'order.sales_ended', 'Sales of "Over" ended at 2020-01-01T00:00:00.000Z', { pointer: '/tickets/0/id' }));
  });

  it('refuses a quantity below min-order and above max-order, and takes both bounds', async () => {
    const below = await calculate({ tickets: [{ id: tk.group, quantity: 1 }] });
    const above = await calculate({ tickets: [{ id: tk.group, quantity: 5 }] });
    const bounds = [await calculate({ tickets: [{ id: tk.group, quantity: 2 }] }), await calculate({ tickets: [{ id: tk.group, quantity: 4 }] })];

    const expected = refusal(422, 'order.quantity', '"Group" can be ordered 2 to 4 at a time', { pointer: '/tickets/0/quantity' });
    expect([below.status, above.status]).toEqual([422, 422]);
    expect(below.body).toEqual(expected);
    expect(above.body).toEqual(expected);
    expect(bounds.map((r) => [r.status, r.body.sub_total])).toEqual([
      [200, 2],
      [200, 4],
    ]);
  });

  it('refuses the same ticket listed twice', async () => {
    const response = await calculate({ tickets: [{ id: tk.standard, quantity: 1 }, { id: String(tk.standard), quantity: 2 }] });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(refusal(422, 'order.duplicate_ticket', `Ticket ${tk.standard} is listed twice`, { pointer: '/tickets/1/id' }));
  });

  it('refuses an unknown ticket', async () => {
    const response = await calculate({ tickets: [{ id: tk.standard, quantity: 1 }, { id: 999999, quantity: 1 }] });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(refusal(422, 'order.ticket', 'Ticket 999999 not found', { pointer: '/tickets/1/id' }));
  });

  it('refuses tickets of two events in one basket', async () => {
    const response = await calculate({ tickets: [{ id: tk.standard, quantity: 1 }, { id: entry, quantity: 1 }] });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(refusal(422, 'order.mixed_events', 'All tickets of an order must belong to one event', { pointer: '/tickets' }));
  });

  it('refuses a price on a ticket that is not a donation', async () => {
    const response = await calculate({ tickets: [{ id: tk.premium, quantity: 1, price: 1 }] });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(refusal(422, 'order.price_not_allowed', 'price may only be given for donation tickets', { pointer: '/tickets/0/price' }));
  });

  it('refuses a donation outside min-price and max-price, without a price, or with fractions of a cent', async () => {
    const results = await Promise.all(
      [{ price: 4.99 }, { price: '100.01' }, {}, { price: '12.345' }].map((extra) => calculate({ tickets: [{ id: tk.donation, quantity: 1, ...extra }] })),
    );

    const range = refusal(422, 'order.donation_price', 'The amount for "Donation" must be between 5.00 and 100.00', { pointer: '/tickets/0/price' });
    expect(results.map((r) => r.status)).toEqual([422, 422, 422, 422]);
    expect(results[0].body).toEqual(range);
    expect(results[1].body).toEqual(range);
    expect(results[2].body).toEqual(refusal(422, 'order.donation_price', 'Say how much to give for "Donation"', { pointer: '/tickets/0/price' }));
    expect(results[3].body).toEqual(refusal(422, 'order.donation_price', 'price must be an amount with at most 2 decimal places', { pointer: '/tickets/0/price' }));
  });

  it('refuses an unknown code, and a code of another event', async () => {
    const unknown = await calculate({ tickets: [{ id: tk.premium, quantity: 1 }], 'discount-code': 'NOPE' });
    const otherEvent = await calculate({ tickets: [{ id: tk.premium, quantity: 1 }], 'discount-code': 'THIRD' });

    expect([unknown.status, otherEvent.status]).toEqual([422, 422]);
    expect(unknown.body).toEqual(refusal(422, 'discount-code.not_found', 'Discount code "NOPE" does not exist for this event', { pointer: '/discount-code' }));
    expect(otherEvent.body).toEqual(refusal(422, 'discount-code.not_found', 'Discount code "THIRD" does not exist for this event', { pointer: '/discount-code' }));
  });

  it('refuses an inactive code', async () => {
    const response = await calculate({ tickets: [{ id: tk.premium, quantity: 1 }], 'discount-code': 'off' });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(refusal(422, 'discount-code.inactive', 'Discount code "OFF" is not active', { pointer: '/discount-code' }));
  });

  it('refuses an expired code', async () => {
    const response = await calculate({ tickets: [{ id: tk.premium, quantity: 1 }], 'discount-code': dc.old });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(refusal(422, 'discount-code.expired', 'Discount code "OLD" is not valid now', { pointer: '/discount-code' }));
  });

  it('refuses a code that applies to none of the chosen tickets', async () => {
    const response = await calculate({ tickets: [{ id: tk.standard, quantity: 1 }, { id: tk.donation, quantity: 1, price: 10 }], 'discount-code': 'TEN' });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(refusal(422, 'discount-code.not_applicable', 'Discount code "TEN" does not apply to the chosen tickets', { pointer: '/discount-code' }));
  });

  it('refuses a code outside its min-quantity and max-quantity', async () => {
    const few = await calculate({ tickets: [{ id: tk.standard, quantity: 1 }], 'discount-code': 'BULK' });
    const many = await calculate({ tickets: [{ id: tk.standard, quantity: 4 }], 'discount-code': 'BULK' });

    const expected = refusal(422, 'discount-code.quantity', 'Discount code "BULK" needs 2 to 3 tickets', { pointer: '/discount-code' });
    expect([few.status, many.status]).toEqual([422, 422]);
    expect(few.body).toEqual(expected);
    expect(many.body).toEqual(expected);
  });

  it('refuses tickets of an event whose ticketing is disabled', async () => {
    const response = await calculate({ tickets: [{ id: noTicketingTicket, quantity: 1 }] });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(refusal(422, 'order.ticketing_disabled', 'Ticketing is not enabled for this event', { pointer: '/tickets' }));
  });

  it('refuses a basket with nothing in it', async () => {
    const response = await calculate({ tickets: [{ id: tk.standard, quantity: 0 }] });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(refusal(422, 'order.empty', 'Choose at least one ticket', { pointer: '/tickets' }));
  });
});
