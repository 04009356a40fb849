// Tickets and discount codes through JSON:API: CRUD, names and codes unique per event ignoring case, the
// validation rules, hidden tickets, codes kept from everyone below coorganizer, and who may create them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, make, makeEvent, makeUser, ref, resource, unique, type TestEvent, type TestUser } from '../support/client.js';

type Caller = 'anonymous' | 'plain user' | 'owner' | 'organizer' | 'coorganizer' | 'track_organizer' | 'moderator' | 'registrar' | 'admin';
const EVENT_ROLES = ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const;

/** Who may manage tickets and codes (and see hidden tickets and codes): coorganizer and above. */
const MATRIX: { caller: Caller; manages: boolean }[] = [
  { caller: 'anonymous', manages: false },
  { caller: 'plain user', manages: false },
  { caller: 'owner', manages: true },
  { caller: 'organizer', manages: true },
  { caller: 'coorganizer', manages: true },
  { caller: 'track_organizer', manages: false },
  { caller: 'moderator', manages: false },
  { caller: 'registrar', manages: false },
  { caller: 'admin', manages: true },
];

let t: TestApp;
let owner: TestUser;
const callers = new Map<Caller, TestUser | undefined>();
/** The event every read test looks at, with its whole team. */
let event: TestEvent;
let other: TestEvent;
let openTicket: string;
let hiddenTicket: string;
let otherTicket: string;
let codeId: string;

const as = (caller: Caller) => new Api(t.app).as(callers.get(caller));
const ownerApi = () => new Api(t.app, owner.token);
const ticketBody = (attributes: Record<string, unknown>, target: TestEvent = event) =>
  resource('ticket', { type: 'paid', price: '10.00', ...attributes }, { event: ref('event', target.id) });
const codeBody = (attributes: Record<string, unknown>, tickets: string[] = [], target: TestEvent = event) =>
  resource(
    'discount-code',
    { type: 'percent', value: 10, ...attributes },
    { event: ref('event', target.id), tickets: tickets.map((id) => ref('ticket', id)) },
  );
const errorOf = (status: number, code: string, detail: string, pointer: string) => ({
  errors: [{ status: String(status), code, title: status === 409 ? 'Conflict' : 'Unprocessable Entity', detail, source: { pointer } }],
  jsonapi: { version: '1.0' },
});

beforeAll(async () => {
  t = await makeTestApp();
  const [o, plain, admin, ...roleUsers] = await Promise.all([
    makeUser(t.app),
    makeUser(t.app),
    makeUser(t.app, { admin: true }),
    ...EVENT_ROLES.map(() => makeUser(t.app)),
  ]);
  owner = o;
  callers.set('anonymous', undefined).set('plain user', plain).set('owner', owner).set('admin', admin);
  EVENT_ROLES.forEach((role, i) => callers.set(role, roleUsers[i]));
  // Far-future dates: a code without valid-till is valid until the event ends.
  const dates = { 'starts-at': '2090-03-01T09:00:00Z', 'ends-at': '2090-03-03T18:00:00Z', 'is-ticketing-enabled': true };
  event = await makeEvent(t.app, owner, { ...dates, 'payment-currency': 'EUR' });
  other = await makeEvent(t.app, owner, { ...dates, 'payment-currency': 'JPY' });
  for (const [i, role] of EVENT_ROLES.entries()) await grantRole(t.app, event, owner, roleUsers[i], role);
  openTicket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Open', type: 'paid', price: '10.00', position: 1 });
  hiddenTicket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Crew', type: 'free', 'is-hidden': true, position: 2 });
  otherTicket = await make(t.app, owner, other, 'ticket', 'tickets', { name: 'Open', type: 'paid', price: '1000' });
  codeId = await make(t.app, owner, event, 'discount-code', 'discount-codes', { code: 'EARLY', type: 'percent', value: 10 }, { tickets: [ref('ticket', openTicket)] });
});
afterAll(async () => t?.close());

/** The original's ticket settings Convene answers with fixed values, and every type's deleted-at. */
const TICKET_COMPAT = { 'deleted-at': null, 'is-description-visible': true, 'is-fee-absorbed': false, 'is-checkin-restricted': false, 'auto-checkin-enabled': false };

describe('tickets', () => {
  it('creates a ticket with every attribute and reads it back', async () => {
    const attributes = {
      name: 'Supporter',
      description: 'Helps the conference',
      type: 'donation',
      price: 0,
      'min-price': 5,
      'max-price': 500.5,
      quantity: 50,
      'sales-starts-at': '2029-01-01T00:00:00.000Z',
      'sales-ends-at': '2030-03-01T00:00:00.000Z',
      'min-order': 1,
      'max-order': 3,
      'is-hidden': false,
      position: 7,
    };

    const created = await ownerApi().post('/v1/tickets', resource('ticket', attributes, { event: ref('event', event.id) }));
    const id = created.body.data?.id;
    const read = await as('anonymous').get(`/v1/tickets/${id}`);

    const data = {
      type: 'ticket',
      id,
      attributes: { ...attributes, available: 50, ...TICKET_COMPAT },
      relationships: {
        event: { data: { type: 'event', id: event.id }, links: { self: `/v1/tickets/${id}/relationships/event`, related: `/v1/tickets/${id}/event` } },
        attendees: { links: { self: `/v1/tickets/${id}/relationships/attendees`, related: `/v1/tickets/${id}/attendees` } },
        'discount-codes': { links: { self: `/v1/tickets/${id}/relationships/discount-codes`, related: `/v1/tickets/${id}/discount-codes` } },
      },
      links: { self: `/v1/tickets/${id}` },
    };
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ data, links: { self: `/v1/tickets/${id}` }, jsonapi: { version: '1.0' } });
    expect(read.status).toBe(200);
    expect(read.body.data).toEqual(data);
  });

  it('tells how many seats are still available, and lists the visible tickets with their event', async () => {
    const id = await make(t.app, owner, event, 'ticket', 'tickets', { name: unique('Few '), type: 'free', price: '0', quantity: 3 });
    await make(t.app, owner, event, 'ticket', 'tickets', { name: unique('Hidden '), type: 'free', price: '0', 'is-hidden': true });
    const buyer = await makeUser(t.app);
    const ordered = await t.app.inject({ method: 'POST', url: '/v1/orders/create-order', headers: { authorization: `Bearer ${buyer.token}` }, payload: { tickets: [{ id, quantity: 2 }] } });

    const read = await as('anonymous').get(`/v1/tickets/${id}`);
    const listed = await as('anonymous').get(`/v1/events/${event.id}?include=tickets`);

    expect(ordered.statusCode).toBe(201);
    expect(read.body.data.attributes.available).toBe(1);
    expect(listed.body.included.every((item: any) => item.type === 'ticket' && item.attributes['is-hidden'] === false)).toBe(true);
    expect(listed.body.included.map((item: any) => item.id)).toContain(id);
  });

  it('fills in the defaults of a ticket', async () => {
    const created = await ownerApi().post('/v1/tickets', resource('ticket', { name: 'Defaults', type: 'free' }, { event: ref('event', event.id) }));

    expect(created.status).toBe(201);
    expect(created.body.data.attributes).toEqual({
      ...TICKET_COMPAT,
      name: 'Defaults',
      description: null,
      type: 'free',
      price: 0,
      'min-price': null,
      'max-price': null,
      quantity: 100,
      'sales-starts-at': null,
      'sales-ends-at': null,
      'min-order': 1,
      'max-order': 10,
      'is-hidden': false,
      position: 0,
      available: 100,
    });
  });

  it('changes a ticket with PATCH', async () => {
    const id = await make(t.app, owner, event, 'ticket', 'tickets', { name: unique('Patch '), type: 'paid', price: '10.00' });

    const response = await ownerApi().patch(`/v1/tickets/${id}`, resource('ticket', { name: 'Patched', price: '12.34', quantity: 7 }, {}, id));

    expect(response.status).toBe(200);
    expect([response.body.data.attributes.name, response.body.data.attributes.price, response.body.data.attributes.quantity]).toEqual(['Patched', 12.34, 7]);
  });

  it('refuses a second live ticket with the same name ignoring case (409)', async () => {
    await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Student', type: 'paid', price: '5.00' });

    const response = await ownerApi().post('/v1/tickets', ticketBody({ name: 'STUDENT' }));
    const elsewhere = await ownerApi().post('/v1/tickets', ticketBody({ name: 'Student', price: '500' }, other));

    expect(response.status).toBe(409);
    expect(response.body).toEqual(errorOf(409, 'ticket.name_taken', 'This event already has a ticket with this name', '/data/attributes/name'));
    expect(elsewhere.status).toBe(201);
  });

  it('refuses renaming a ticket to the name of another live ticket (409)', async () => {
    const id = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Rename me', type: 'paid', price: '5.00' });

    const response = await ownerApi().patch(`/v1/tickets/${id}`, resource('ticket', { name: 'open' }, {}, id));

    expect(response.status).toBe(409);
    expect(response.body).toEqual(errorOf(409, 'ticket.name_taken', 'This event already has a ticket with this name', '/data/attributes/name'));
  });

  it('soft-deletes a ticket: it is gone from reads, and its name can be used again', async () => {
    const id = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Early bird', type: 'paid', price: '5.00' });

    const deleted = await ownerApi().delete(`/v1/tickets/${id}`);
    const read = await ownerApi().get(`/v1/tickets/${id}`);
    const list = await ownerApi().get(`/v1/events/${event.id}/tickets?page[size]=0`);
    const again = await ownerApi().post('/v1/tickets', ticketBody({ name: 'EARLY BIRD' }));

    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ meta: { message: 'Object successfully deleted' }, jsonapi: { version: '1.0' } });
    expect(read.status).toBe(404);
    expect(list.body.data.map((item: { id: string }) => item.id)).not.toContain(id);
    expect(again.status).toBe(201);
  });

  it.each([
    ['a paid ticket without a price', { type: 'paid', price: undefined }, 'ticket.price_required', 'A paid ticket needs a price above 0', '/data/attributes/price'],
    ['a paid ticket priced 0', { type: 'paid', price: 0 }, 'ticket.price_required', 'A paid ticket needs a price above 0', '/data/attributes/price'],
    ['a free ticket with a price', { type: 'free', price: '3.00' }, 'ticket.free_priced', 'A free ticket cannot have a price', '/data/attributes/price'],
    ['min-order above max-order', { 'min-order': 5, 'max-order': 4 }, 'ticket.order_limits', 'min-order must not exceed max-order', '/data/attributes/min-order'],
    ['min-order above the default max-order of 10', { 'min-order': 11 }, 'ticket.order_limits', 'min-order must not exceed max-order', '/data/attributes/min-order'],
    [
      'a sales window that ends before it starts',
      { 'sales-starts-at': '2030-01-02T00:00:00Z', 'sales-ends-at': '2030-01-01T00:00:00Z' },
      'ticket.sales_window',
      'sales-ends-at must be after sales-starts-at',
      '/data/attributes/sales-ends-at',
    ],
    ['min-price above max-price', { type: 'donation', price: 0, 'min-price': 10, 'max-price': 5 }, 'ticket.donation_range', 'min-price must not exceed max-price', '/data/attributes/min-price'],
    ['a price with fractions of a cent', { price: '10.005' }, 'ticket.price_digits', 'price must have at most 2 decimal places in EUR', '/data/attributes/price'],
  ])('refuses %s (422)', async (_name, attributes, code, detail, pointer) => {
    const response = await ownerApi().post('/v1/tickets', ticketBody({ name: unique('Bad '), ...attributes }));

    expect(response.status).toBe(422);
    expect(response.body).toEqual(errorOf(422, code, detail, pointer));
  });

  it('refuses a price with decimals in a currency without them (JPY)', async () => {
    const response = await ownerApi().post('/v1/tickets', ticketBody({ name: 'Half yen', price: '1000.50' }, other));
    const donation = await ownerApi().post('/v1/tickets', ticketBody({ name: 'Gift', type: 'donation', price: 0, 'max-price': '99.9' }, other));

    expect(response.status).toBe(422);
    expect(response.body).toEqual(errorOf(422, 'ticket.price_digits', 'price must have at most 0 decimal places in JPY', '/data/attributes/price'));
    expect(donation.body).toEqual(errorOf(422, 'ticket.price_digits', 'max-price must have at most 0 decimal places in JPY', '/data/attributes/max-price'));
  });

  it('refuses a PATCH that makes the ticket invalid (422)', async () => {
    const response = await ownerApi().patch(`/v1/tickets/${openTicket}`, resource('ticket', { type: 'free' }, {}, openTicket));

    expect(response.status).toBe(422);
    expect(response.body).toEqual(errorOf(422, 'ticket.free_priced', 'A free ticket cannot have a price', '/data/attributes/price'));
  });
});

describe.each(MATRIX)('tickets and codes for $caller', ({ caller, manages }) => {
  it(`${manages ? 'lists' : 'does not list'} hidden tickets`, async () => {
    const response = await as(caller).get(`/v1/events/${event.id}/tickets?filter=[{"name":"name","op":"in_","val":["Open","Crew"]}]`);

    expect(response.status).toBe(200);
    expect(response.body.data.map((item: { id: string }) => item.id)).toEqual(manages ? [openTicket, hiddenTicket] : [openTicket]);
  });

  it(`${manages ? 'reads' : 'gets 404 for'} a hidden ticket by id`, async () => {
    const response = await as(caller).get(`/v1/tickets/${hiddenTicket}`);

    expect(response.status).toBe(manages ? 200 : 404);
  });

  it(`${manages ? 'lists' : 'is refused (403)'} the discount codes of the event`, async () => {
    const response = await as(caller).get(`/v1/events/${event.id}/discount-codes`);

    expect(response.status).toBe(manages ? 200 : 403);
    if (manages) expect(response.body.data.map((item: { id: string }) => item.id)).toContain(codeId);
    else expect(response.body.errors[0].code).toBe('forbidden');
  });

  it(`${manages ? 'reads' : 'gets 404 for'} a discount code by id`, async () => {
    const response = await as(caller).get(`/v1/discount-codes/${codeId}`);

    expect(response.status).toBe(manages ? 200 : 404);
    if (manages) expect(response.body.data.attributes.code).toBe('EARLY');
  });

  it(`${manages ? 'creates' : 'may not create'} a ticket`, async () => {
    const response = await as(caller).post('/v1/tickets', ticketBody({ name: unique('By ') }));

    expect(response.status).toBe(manages ? 201 : caller === 'anonymous' ? 401 : 403);
  });

  it(`${manages ? 'creates' : 'may not create'} a discount code`, async () => {
    const response = await as(caller).post('/v1/discount-codes', codeBody({ code: unique('BY') }, [openTicket]));

    expect(response.status).toBe(manages ? 201 : caller === 'anonymous' ? 401 : 403);
  });

  it(`${manages ? 'changes' : 'may not change'} a discount code`, async () => {
    const id = await make(t.app, owner, event, 'discount-code', 'discount-codes', { code: unique('CH'), type: 'amount', value: 1 });

    const response = await as(caller).patch(`/v1/discount-codes/${id}`, resource('discount-code', { value: 2 }, {}, id));

    expect(response.status).toBe(manages ? 200 : caller === 'anonymous' ? 401 : 404);
  });
});

describe('discount codes', () => {
  it('creates a code with its tickets and reads it back', async () => {
    const attributes = {
      code: 'Summer_2030',
      type: 'amount',
      value: 2.5,
      'tickets-number': 20,
      'min-quantity': 2,
      'max-quantity': 5,
      'valid-from': '2029-06-01T00:00:00.000Z',
      'valid-till': '2029-09-01T00:00:00.000Z',
      'is-active': true,
    };

    const created = await ownerApi().post('/v1/discount-codes', codeBody(attributes, [openTicket, hiddenTicket]));
    const id = created.body.data?.id;
    const read = await ownerApi().get(`/v1/discount-codes/${id}?include=tickets`);

    expect(created.status).toBe(201);
    expect(created.body.data).toEqual({
      type: 'discount-code',
      id,
      attributes: { ...attributes, used: 0, 'created-at': created.body.data.attributes['created-at'], 'deleted-at': null, 'used-for': 'ticket', 'discount-url': null },
      relationships: {
        event: { data: { type: 'event', id: event.id }, links: { self: `/v1/discount-codes/${id}/relationships/event`, related: `/v1/discount-codes/${id}/event` } },
        tickets: { links: { self: `/v1/discount-codes/${id}/relationships/tickets`, related: `/v1/discount-codes/${id}/tickets` } },
      },
      links: { self: `/v1/discount-codes/${id}` },
    });
    expect(read.status).toBe(200);
    expect(read.body.data.relationships.tickets.data).toEqual([
      { type: 'ticket', id: openTicket },
      { type: 'ticket', id: hiddenTicket },
    ]);
    expect(read.body.included.map((item: { type: string; id: string }) => [item.type, item.id])).toEqual([
      ['ticket', openTicket],
      ['ticket', hiddenTicket],
    ]);
  });

  it('replaces the tickets of a code with PATCH and soft-deletes it', async () => {
    const id = await make(t.app, owner, event, 'discount-code', 'discount-codes', { code: unique('RE'), type: 'percent', value: 5 }, { tickets: [ref('ticket', openTicket)] });

    const patched = await ownerApi().patch(`/v1/discount-codes/${id}`, resource('discount-code', {}, { tickets: [ref('ticket', hiddenTicket)] }, id));
    const read = await ownerApi().get(`/v1/discount-codes/${id}?include=tickets`);
    const deleted = await ownerApi().delete(`/v1/discount-codes/${id}`);
    const gone = await ownerApi().get(`/v1/discount-codes/${id}`);

    expect(patched.status).toBe(200);
    expect(read.body.data.relationships.tickets.data).toEqual([{ type: 'ticket', id: hiddenTicket }]);
    expect(deleted.body).toEqual({ meta: { message: 'Object successfully deleted' }, jsonapi: { version: '1.0' } });
    expect(gone.status).toBe(404);
  });

  it('refuses a second code with the same text ignoring case (409), but another event may use it', async () => {
    const response = await ownerApi().post('/v1/discount-codes', codeBody({ code: 'early' }));
    const elsewhere = await ownerApi().post('/v1/discount-codes', codeBody({ code: 'early' }, [], other));

    expect(response.status).toBe(409);
    expect(response.body).toEqual(errorOf(409, 'discount-code.code_taken', 'This event already has a discount code with this text', '/data/attributes/code'));
    expect(elsewhere.status).toBe(201);
  });

  it('lets a deleted code be used again', async () => {
    const id = await make(t.app, owner, event, 'discount-code', 'discount-codes', { code: 'ONCE', type: 'amount', value: 1 });
    await ownerApi().delete(`/v1/discount-codes/${id}`);

    const again = await ownerApi().post('/v1/discount-codes', codeBody({ code: 'once' }));

    expect(again.status).toBe(201);
  });

  it.each([
    ['a percent above 100', { value: 100.01 }, 'discount-code.percent', 'A percent discount cannot exceed 100', '/data/attributes/value'],
    ['a code with spaces', { code: 'TWO WORDS' }, 'discount-code.code', 'code may use letters, digits, - and _ only', '/data/attributes/code'],
    ['min-quantity above max-quantity', { 'min-quantity': 3, 'max-quantity': 2 }, 'discount-code.quantity', 'min-quantity must not exceed max-quantity', '/data/attributes/min-quantity'],
    [
      'valid-till before valid-from',
      { 'valid-from': '2030-01-02T00:00:00Z', 'valid-till': '2030-01-01T00:00:00Z' },
      'discount-code.validity',
      'valid-till must be after valid-from',
      '/data/attributes/valid-till',
    ],
    ['a value with fractions of a cent', { type: 'amount', value: '1.005' }, 'discount-code.value_digits', 'value must have at most 2 decimal places in EUR', '/data/attributes/value'],
    ['a percent with more than 2 decimal places', { value: '33.333' }, 'discount-code.value_digits', 'value must have at most 2 decimal places', '/data/attributes/value'],
  ])('refuses %s (422)', async (_name, attributes, code, detail, pointer) => {
    const response = await ownerApi().post('/v1/discount-codes', codeBody({ code: unique('BAD'), ...attributes }));

    expect(response.status).toBe(422);
    expect(response.body).toEqual(errorOf(422, code, detail, pointer));
  });

  it('takes a percent of exactly 100', async () => {
    const response = await ownerApi().post('/v1/discount-codes', codeBody({ code: unique('ALL'), value: 100 }));

    expect(response.status).toBe(201);
  });

  it('refuses an amount with decimals in a currency without them (JPY)', async () => {
    const response = await ownerApi().post('/v1/discount-codes', codeBody({ code: 'HALF', type: 'amount', value: '0.5' }, [], other));

    expect(response.status).toBe(422);
    expect(response.body).toEqual(errorOf(422, 'discount-code.value_digits', 'value must have at most 0 decimal places in JPY', '/data/attributes/value'));
  });

  it('refuses tickets of another event in its tickets relationship (422)', async () => {
    const response = await ownerApi().post('/v1/discount-codes', codeBody({ code: unique('X') }, [openTicket, otherTicket]));

    expect(response.status).toBe(422);
    expect(response.body).toEqual(errorOf(422, 'invalid_relationship', `ticket ${otherTicket} not found in this event`, '/data/relationships/tickets'));
  });

  it('refuses tickets of another event on PATCH too (422)', async () => {
    const response = await ownerApi().patch(`/v1/discount-codes/${codeId}`, resource('discount-code', {}, { tickets: [ref('ticket', otherTicket)] }, codeId));

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/relationships/tickets' });
  });

  it('does not show the code to a buyer who includes it with their order', async () => {
    const buyer = callers.get('plain user')!;
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/orders/create-order',
      headers: { authorization: `Bearer ${buyer.token}` },
      payload: { tickets: [{ id: openTicket, quantity: 1 }], 'discount-code': 'early' },
    });
    const identifier = JSON.parse(created.body).data?.attributes?.identifier;

    const order = await as('plain user').get(`/v1/orders/${identifier}?include=discount-code`);

    expect(created.statusCode).toBe(201);
    expect(order.status).toBe(200);
    expect(order.body.data.attributes.amount).toBe(9);
    expect(order.body.included).toBeUndefined();
  });
});

describe('a ticket that was ordered', () => {
  const buy = async (ticket: string, quantity = 1, code?: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/orders/create-order',
      headers: { authorization: `Bearer ${callers.get('plain user')!.token}` },
      payload: { tickets: [{ id: ticket, quantity }], ...(code ? { 'discount-code': code } : {}) },
    });
    const body = JSON.parse(response.body);
    if (response.statusCode !== 201) throw new Error(response.body);
    return { id: body.data.id as string, identifier: body.data.attributes.identifier as string };
  };
  const cancel = (order: { id: string; identifier: string }) =>
    new Api(t.app, callers.get('plain user')!.token).patch(`/v1/orders/${order.identifier}`, resource('order', { status: 'cancelled' }, {}, order.id));

  it('cannot be deleted (409 saying how many orders hold it), and stays as it was', async () => {
    const id = await make(t.app, owner, event, 'ticket', 'tickets', { name: unique('Sold '), type: 'paid', price: '8.00' });
    await buy(id);
    await buy(id, 2);

    const response = await ownerApi().delete(`/v1/tickets/${id}`);
    const read = await ownerApi().get(`/v1/tickets/${id}`);

    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      errors: [
        {
          status: '409',
          code: 'ticket.has_orders',
          title: 'Conflict',
          detail: `"${read.body.data.attributes.name}" is in 2 orders, so it cannot be deleted; hide it (is-hidden) to stop selling it`,
        },
      ],
      jsonapi: { version: '1.0' },
    });
    expect([read.status, read.body.data.attributes['is-hidden']]).toEqual([200, false]);
  });

  it('cannot be deleted when its only order was cancelled', async () => {
    const id = await make(t.app, owner, event, 'ticket', 'tickets', { name: unique('Cancelled '), type: 'paid', price: '8.00' });
    await cancel(await buy(id));

    const response = await ownerApi().delete(`/v1/tickets/${id}`);

    expect([response.status, response.body.errors[0].code]).toEqual([409, 'ticket.has_orders']);
    expect(response.body.errors[0].detail).toContain('is in 1 order,');
  });

  it('can be hidden instead: then it is no longer on sale, and its orders keep it', async () => {
    const id = await make(t.app, owner, event, 'ticket', 'tickets', { name: unique('Hide me '), type: 'paid', price: '8.00' });
    const order = await buy(id);

    const hidden = await ownerApi().patch(`/v1/tickets/${id}`, resource('ticket', { 'is-hidden': true }, {}, id));
    const buying = await t.app.inject({
      method: 'POST',
      url: '/v1/orders/create-order',
      headers: { authorization: `Bearer ${callers.get('plain user')!.token}` },
      payload: { tickets: [{ id, quantity: 1 }] },
    });
    const kept = await as('plain user').get(`/v1/orders/${order.identifier}/attendees`);

    expect([hidden.status, hidden.body.data.attributes['is-hidden']]).toEqual([200, true]);
    expect([buying.statusCode, JSON.parse(buying.body).errors[0].code]).toEqual([422, 'order.ticket_hidden']);
    expect(kept.body.data.map((a: { relationships: { ticket: { data: { id: string } } } }) => a.relationships.ticket.data.id)).toEqual([id]);
  });

  it('counts the uses of a code in live orders as its used attribute, and gives them back on cancelling', async () => {
    const ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: unique('Coded '), type: 'paid', price: '8.00' });
    const code = unique('USES');
    const codeId = await make(t.app, owner, event, 'discount-code', 'discount-codes', { code, type: 'amount', value: 1 }, { tickets: [ref('ticket', ticket)] });
    const first = await buy(ticket, 3, code);
    await buy(ticket, 2, code);
    const used = async () => (await ownerApi().get(`/v1/discount-codes/${codeId}`)).body.data.attributes.used;

    const before = await used();
    await cancel(first);

    expect([before, await used()]).toEqual([5, 2]);
  });

  it('never writes the used count of a code: it is ignored and named in meta', async () => {
    const before = (await ownerApi().get(`/v1/discount-codes/${codeId}`)).body.data.attributes.used;

    const response = await ownerApi().patch(`/v1/discount-codes/${codeId}`, resource('discount-code', { used: before + 7 }, {}, codeId));

    expect([response.status, response.body.meta, response.body.data.attributes.used]).toEqual([200, { 'ignored-attributes': ['used'] }, before]);
  });
});
