// Custom attendee forms: the questions (public while the event is, written by coorganizers and up, bad input named
// by pointer), the answers stored with the attendee (checked on PATCH by the buyer and in create-order: required ones
// present, types checked, 422 naming the answer's pointer), who sees them, and their columns in the attendees CSV.
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEventByKey } from '../../src/events/event.repo.js';
import { ATTENDEE_COLUMNS, attendeesCsvExporter } from '../../src/exports/attendees-csv.exporter.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, make, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';
import { createOrderRaw, placeOrder } from '../support/orders.js';

const EVENT_ROLES = ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const;

let t: TestApp;
let owner: TestUser;
let buyer: TestUser;
const callers = new Map<string, TestUser | undefined>();
let event: TestEvent;
let ticket: string;

const as = (caller: string) => new Api(t.app).as(callers.get(caller));
const fieldBody = (attributes: Record<string, unknown>, target: TestEvent = event) =>
  resource('custom-form', { name: 'Diet', type: 'text', ...attributes }, { event: ref('event', target.id) });
const answer = (user: TestUser, attendee: string, values: Record<string, unknown>) =>
  new Api(t.app, user.token).patch(`/v1/attendees/${attendee}`, resource('attendee', { 'complex-field-values': values }, {}, attendee));

beforeAll(async () => {
  t = await makeTestApp();
  const [o, b, plain, admin, ...roleUsers] = await Promise.all([makeUser(t.app), makeUser(t.app), makeUser(t.app), makeUser(t.app, { admin: true }), ...EVENT_ROLES.map(() => makeUser(t.app))]);
  owner = o;
  buyer = b;
  callers.set('anonymous', undefined).set('plain user', plain).set('owner', owner).set('admin', admin).set('buyer', buyer);
  EVENT_ROLES.forEach((role, i) => callers.set(role, roleUsers[i]));
  event = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true, timezone: 'UTC' });
  for (const [i, role] of EVENT_ROLES.entries()) await grantRole(t.app, event, owner, roleUsers[i], role);
  ticket = await make(t.app, owner, event, 'ticket', 'tickets', { name: 'Day', type: 'free' });
  await make(t.app, owner, event, 'custom-form', 'custom-forms', { name: 'T-shirt size', type: 'select', options: ['S', 'M', 'L'], 'is-required': true, position: 1 });
  await make(t.app, owner, event, 'custom-form', 'custom-forms', { name: 'Age', type: 'number', position: 2 });
  await make(t.app, owner, event, 'custom-form', 'custom-forms', { name: 'Photo consent', type: 'checkbox', 'field-identifier': 'consent', position: 3 });
  await make(t.app, owner, event, 'custom-form', 'custom-forms', { name: 'Work e-mail', type: 'email', position: 4 });
  await make(t.app, owner, event, 'custom-form', 'custom-forms', { name: 'Internal note', type: 'paragraph', 'is-included': false, position: 5 });
});
afterAll(async () => t?.close());

describe('the questions', () => {
  it.each(['anonymous', 'plain user', 'registrar', 'owner'])('%s reads the attendee form of a published event, in order', async (caller) => {
    const response = await as(caller).get(`/v1/events/${event.identifier}/custom-forms`);

    expect(response.status).toBe(200);
    expect(response.body.data.map((d: any) => [d.attributes['field-identifier'], d.attributes.name, d.attributes.type, d.attributes.options, d.attributes['is-required'], d.attributes['is-included']])).toEqual([
      ['tShirtSize', 'T-shirt size', 'select', ['S', 'M', 'L'], true, true],
      ['age', 'Age', 'number', null, false, true],
      ['consent', 'Photo consent', 'checkbox', null, false, true],
      ['workEMail', 'Work e-mail', 'email', null, false, true],
      ['internalNote', 'Internal note', 'paragraph', null, false, false],
    ]);
    expect(response.body.data[0].attributes).toMatchObject({ form: 'attendee', 'is-complex': true, position: 1 });
  });

  it("hides a draft event's form from everyone without a role", async () => {
    const draft = await makeEvent(t.app, owner, { state: 'draft' });

    expect((await as('anonymous').get(`/v1/events/${draft.id}/custom-forms`)).status).toBe(404);
    expect((await as('owner').get(`/v1/events/${draft.id}/custom-forms`)).status).toBe(200);
  });

  it.each(['owner', 'organizer', 'coorganizer', 'admin'])('%s adds, changes and removes a question', async (caller) => {
    const created = await as(caller).post('/v1/custom-forms', fieldBody({ name: `Dietary needs ${caller}`, position: 10 }));
    const id = created.body.data.id;
    const changed = await as(caller).patch(`/v1/custom-forms/${id}`, resource('custom-form', { type: 'paragraph', 'is-required': true }, {}, id));
    const removed = await as(caller).delete(`/v1/custom-forms/${id}`);

    expect([created.status, changed.status, removed.status]).toEqual([201, 200, 200]);
    expect(created.body.data.attributes['field-identifier']).toBe(`dietaryNeeds${caller[0].toUpperCase()}${caller.slice(1)}`);
    expect([changed.body.data.attributes.type, changed.body.data.attributes['is-required']]).toEqual(['paragraph', true]);
  });

  it.each(['track_organizer', 'moderator', 'registrar', 'plain user'])('refuses %s to add, change or remove a question', async (caller) => {
    const list = await as('owner').get(`/v1/events/${event.id}/custom-forms`);
    const id = list.body.data[1].id;

    const created = await as(caller).post('/v1/custom-forms', fieldBody({}));
    const changed = await as(caller).patch(`/v1/custom-forms/${id}`, resource('custom-form', { name: 'Changed' }, {}, id));
    const removed = await as(caller).delete(`/v1/custom-forms/${id}`);

    expect([created.status, changed.status, removed.status]).toEqual([403, 403, 403]);
  });

  it.each([
    [{ type: 'select' }, 'custom-form.options_required', 'A select question needs at least one option', '/data/attributes/options'],
    [{ type: 'select', options: ['A', 'A'] }, 'custom-form.options_unique', 'Options must be distinct and not blank', '/data/attributes/options'],
    [{ type: 'text', options: ['A'] }, 'custom-form.options_not_allowed', 'A text question has no options', '/data/attributes/options'],
    [{ 'field-identifier': 'firstname' }, 'custom-form.identifier', 'field-identifier must start with a letter, use letters, digits and _ only, and not be a built-in attendee field', '/data/attributes/field-identifier'],
    [{ 'field-identifier': '1 bad' }, 'custom-form.identifier', 'field-identifier must start with a letter, use letters, digits and _ only, and not be a built-in attendee field', '/data/attributes/field-identifier'],
    [{ 'is-required': true, 'is-included': false }, 'custom-form.required_not_included', 'A required question must be included in the form', '/data/attributes/is-required'],
    [{ name: ' ' }, 'blank', 'name must not be blank', '/data/attributes/name'],
  ])('refuses %j naming the field', async (attributes, code, detail, pointer) => {
    const response = await as('owner').post('/v1/custom-forms', fieldBody(attributes));

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([{ status: '422', code, title: 'Unprocessable Entity', detail, source: { pointer } }]);
  });

  it('refuses an unknown type, a taken identifier and a changed identifier, naming them', async () => {
    const list = await as('owner').get(`/v1/events/${event.id}/custom-forms`);
    const age = list.body.data[1].id;

    const badType = await as('owner').post('/v1/custom-forms', fieldBody({ type: 'colour' }));
    const taken = await as('owner').post('/v1/custom-forms', fieldBody({ 'field-identifier': 'consent' }));
    const renamed = await as('owner').patch(`/v1/custom-forms/${age}`, resource('custom-form', { 'field-identifier': 'years' }, {}, age));

    expect([badType.status, badType.body.errors[0].source]).toEqual([422, { pointer: '/data/attributes/type' }]);
    expect([taken.status, taken.body.errors[0].code, taken.body.errors[0].source]).toEqual([409, 'custom-form.identifier_taken', { pointer: '/data/attributes/field-identifier' }]);
    expect([renamed.status, renamed.body.errors[0].code, renamed.body.errors[0].source]).toEqual([422, 'custom-form.identifier_fixed', { pointer: '/data/attributes/field-identifier' }]);
  });
});

describe('the answers', () => {
  it('stores answers the buyer gives with PATCH of the attendee, typed as their questions', async () => {
    const order = await placeOrder(t.app, buyer, [{ id: ticket, quantity: 1 }]);

    const response = await answer(buyer, order.attendees[0], { tShirtSize: 'M', age: '42', consent: true, workEMail: ' ada@example.org ' });

    expect(response.status).toBe(200);
    expect(response.body.data.attributes['complex-field-values']).toEqual({ tShirtSize: 'M', age: 42, consent: true, workEMail: 'ada@example.org' });
  });

  it.each([
    [{ age: 3 }, 'custom-form.answer_required', 'T-shirt size is required', '/data/attributes/complex-field-values/tShirtSize'],
    [{ tShirtSize: 'XL' }, 'custom-form.invalid_answer', 'T-shirt size: must be one of S, M, L', '/data/attributes/complex-field-values/tShirtSize'],
    [{ tShirtSize: 'S', age: 'old' }, 'custom-form.invalid_answer', 'Age: must be a number', '/data/attributes/complex-field-values/age'],
    [{ tShirtSize: 'S', consent: 'yes' }, 'custom-form.invalid_answer', 'Photo consent: must be true or false', '/data/attributes/complex-field-values/consent'],
    [{ tShirtSize: 'S', workEMail: 'not-mail' }, 'custom-form.invalid_answer', 'Work e-mail: must be an e-mail address', '/data/attributes/complex-field-values/workEMail'],
    [{ tShirtSize: 'S', shoe: '42' }, 'custom-form.unknown_field', '"shoe" is not a question of this event\'s attendee form', '/data/attributes/complex-field-values/shoe'],
  ])('refuses %j naming the answer', async (values, code, detail, pointer) => {
    const order = await placeOrder(t.app, buyer, [{ id: ticket, quantity: 1 }]);

    const response = await answer(buyer, order.attendees[0], values);

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([{ status: '422', code, title: 'Unprocessable Entity', detail, source: { pointer } }]);
  });

  it('refuses answers that are not an object of plain values, naming the attribute', async () => {
    const order = await placeOrder(t.app, buyer, [{ id: ticket, quantity: 1 }]);

    const response = await answer(buyer, order.attendees[0], { tShirtSize: ['S'] });

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source.pointer).toMatch(/^\/data\/attributes\/complex-field-values/);
  });

  it('checks the answers create-order is given for a seat', async () => {
    const refused = await createOrderRaw(t.app, buyer, { tickets: [{ id: ticket, quantity: 1 }], attendees: [{ ticket, firstname: 'Ada', 'complex-field-values': { age: 30 } }] });
    const made = await createOrderRaw(t.app, buyer, { tickets: [{ id: ticket, quantity: 1 }], attendees: [{ ticket, firstname: 'Ada', 'complex-field-values': { tShirtSize: 'L' } }] });

    expect([refused.status, refused.body.errors[0].detail, refused.body.errors[0].source]).toEqual([422, 'T-shirt size is required', { pointer: '/attendees/0/complex-field-values/tShirtSize' }]);
    expect([made.status, made.body.included[0].attributes['complex-field-values']]).toEqual([201, { tShirtSize: 'L' }]);
  });

  it.each([
    ['buyer', 200],
    ['registrar', 200],
    ['coorganizer', 200],
    ['plain user', 404],
    ['moderator', 404],
  ])('shows the answers to %s: %i', async (caller, status) => {
    const order = await placeOrder(t.app, buyer, [{ id: ticket, quantity: 1 }]);
    await answer(buyer, order.attendees[0], { tShirtSize: 'S' });

    const response = await as(caller).get(`/v1/attendees/${order.attendees[0]}`);

    expect(response.status).toBe(status);
    if (status === 200) expect(response.body.data.attributes['complex-field-values']).toEqual({ tShirtSize: 'S' });
  });
});

describe('the attendees CSV', () => {
  it('has one column per included question, in order, with the answers', async () => {
    const csvEvent = await makeEvent(t.app, owner, { 'is-ticketing-enabled': true, timezone: 'UTC' });
    const day = await make(t.app, owner, csvEvent, 'ticket', 'tickets', { name: 'Day', type: 'free' });
    await make(t.app, owner, csvEvent, 'custom-form', 'custom-forms', { name: 'Consent', type: 'checkbox', position: 2 });
    await make(t.app, owner, csvEvent, 'custom-form', 'custom-forms', { name: 'Size', type: 'select', options: ['S', 'M'], position: 1 });
    await make(t.app, owner, csvEvent, 'custom-form', 'custom-forms', { name: 'Hidden', type: 'text', 'is-included': false, position: 0 });
    const order = await placeOrder(t.app, buyer, [{ id: day, quantity: 2 }]);
    await answer(buyer, order.attendees[0], { size: 'M', consent: true, hidden: 'kept out' });
    await answer(buyer, order.attendees[1], { consent: false });
    const chunks: Buffer[] = [];
    const out = new Writable({ write: (chunk, _e, done) => (chunks.push(Buffer.from(chunk)), done()) });
    const row = await findEventByKey(t.app.ctx.db, csvEvent.id);

    await attendeesCsvExporter.write({ db: t.app.ctx.db, event: row!, params: {}, progress: () => undefined, out });

    const rows = parse(Buffer.concat(chunks), { bom: true }) as string[][];
    expect(rows[0]).toEqual([...ATTENDEE_COLUMNS, 'Size', 'Consent']);
    const cells = (r: string[]) => ['Ticket ID', 'Ticket Name', 'Status', 'Size', 'Consent'].map((name) => r[rows[0].indexOf(name)]);
    expect(rows.slice(1).map(cells)).toEqual([
      [expect.stringMatching(new RegExp(`^${order.identifier}-[0-9a-f]{6}$`)), 'Day', 'initializing', 'M', 'Yes'],
      [expect.stringMatching(new RegExp(`^${order.identifier}-[0-9a-f]{6}$`)), 'Day', 'initializing', '', 'No'],
    ]);
  });
});
