// FAQs and FAQ types: public while the event is published (a draft's only for its team), written by coorganizers and
// up, bad input named by pointer, and the list in position order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, make, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';

const EVENT_ROLES = ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const;
const WRITERS = ['owner', 'organizer', 'coorganizer', 'admin'];
const OTHERS = ['track_organizer', 'moderator', 'registrar', 'plain user'];

let t: TestApp;
let owner: TestUser;
const callers = new Map<string, TestUser | undefined>();
let event: TestEvent;
let draft: TestEvent;
let general: string;

const as = (caller: string) => new Api(t.app).as(callers.get(caller));
const faqBody = (attributes: Record<string, unknown>, relationships: Record<string, unknown> = {}, target: TestEvent = event) =>
  resource('faq', { question: 'Is there Wi-Fi?', answer: 'Yes, everywhere.', ...attributes }, { event: ref('event', target.id), ...relationships });

beforeAll(async () => {
  t = await makeTestApp();
  const [o, plain, admin, ...roleUsers] = await Promise.all([makeUser(t.app), makeUser(t.app), makeUser(t.app, { admin: true }), ...EVENT_ROLES.map(() => makeUser(t.app))]);
  owner = o;
  callers.set('anonymous', undefined).set('plain user', plain).set('owner', owner).set('admin', admin);
  EVENT_ROLES.forEach((role, i) => callers.set(role, roleUsers[i]));
  event = await makeEvent(t.app, owner);
  draft = await makeEvent(t.app, owner, { state: 'draft' });
  for (const [i, role] of EVENT_ROLES.entries()) {
    await grantRole(t.app, event, owner, roleUsers[i], role);
    await grantRole(t.app, draft, owner, roleUsers[i], role);
  }
  general = await make(t.app, owner, event, 'faq-type', 'faq-types', { name: 'General' });
  await make(t.app, owner, event, 'faq', 'faqs', { question: 'Second?', answer: 'B', position: 2 });
  await make(t.app, owner, event, 'faq', 'faqs', { question: 'First?', answer: 'A', position: 1 }, { 'faq-type': ref('faq-type', general) });
  await make(t.app, owner, draft, 'faq', 'faqs', { question: 'Draft?', answer: 'Not yet' });
});
afterAll(async () => t?.close());

describe('reading FAQs', () => {
  it.each(['anonymous', 'plain user', ...EVENT_ROLES, 'owner', 'admin'])('%s reads a published event\'s FAQs in position order with their type', async (caller) => {
    const response = await as(caller).get(`/v1/events/${event.identifier}/faqs?include=faq-type`);

    expect(response.status).toBe(200);
    expect(response.body.data.map((d: any) => [d.attributes.question, d.attributes.answer, d.attributes.position, d.relationships['faq-type'].data?.id ?? null])).toEqual([
      ['First?', 'A', 1, general],
      ['Second?', 'B', 2, null],
    ]);
    expect(response.body.included.map((i: any) => [i.type, i.attributes.name])).toEqual([['faq-type', 'General']]);
  });

  it.each([
    ['anonymous', 404],
    ['plain user', 404],
    ['registrar', 200],
    ['moderator', 200],
    ['coorganizer', 200],
  ])("%s reads a draft event's FAQs: %i", async (caller, status) => {
    const response = await as(caller).get(`/v1/events/${draft.id}/faqs`);

    expect(response.status).toBe(status);
  });
});

describe('writing FAQs', () => {
  it.each(WRITERS)('%s creates, changes and deletes a FAQ and a FAQ type', async (caller) => {
    const type = await as(caller).post('/v1/faq-types', resource('faq-type', { name: `Travel ${caller}` }, { event: ref('event', event.id) }));
    const created = await as(caller).post('/v1/faqs', faqBody({ position: 9 }, { 'faq-type': ref('faq-type', type.body.data.id) }));
    const id = created.body.data.id;
    const changed = await as(caller).patch(`/v1/faqs/${id}`, resource('faq', { answer: 'Only in the hall.' }, { 'faq-type': null }, id));
    const deleted = await as(caller).delete(`/v1/faqs/${id}`);

    expect([type.status, created.status, changed.status, deleted.status]).toEqual([201, 201, 200, 200]);
    expect(created.body.data.attributes).toEqual({ question: 'Is there Wi-Fi?', answer: 'Yes, everywhere.', position: 9, 'created-at': expect.any(String), 'deleted-at': null });
    expect([changed.body.data.attributes.answer, changed.body.data.relationships['faq-type'].data]).toEqual(['Only in the hall.', null]);
    expect((await as(caller).get(`/v1/faqs/${id}`)).status).toBe(404);
    expect((await as(caller).delete(`/v1/faq-types/${type.body.data.id}`)).status).toBe(200);
  });

  it.each(OTHERS)('refuses %s to create, change or delete a FAQ', async (caller) => {
    const id = await make(t.app, owner, event, 'faq', 'faqs', { question: 'Kept?', answer: 'Yes', position: 50 });

    const created = await as(caller).post('/v1/faqs', faqBody({}));
    const changed = await as(caller).patch(`/v1/faqs/${id}`, resource('faq', { answer: 'No' }, {}, id));
    const deleted = await as(caller).delete(`/v1/faqs/${id}`);

    expect([created.status, changed.status, deleted.status]).toEqual([403, 403, 403]);
    expect((await as('anonymous').get(`/v1/faqs/${id}`)).body.data.attributes.answer).toBe('Yes');
    await as('owner').delete(`/v1/faqs/${id}`);
  });

  it('asks an anonymous caller to log in', async () => {
    expect((await as('anonymous').post('/v1/faqs', faqBody({}))).status).toBe(401);
  });

  it('clears the type of its FAQs when the type is deleted', async () => {
    const type = await make(t.app, owner, event, 'faq-type', 'faq-types', { name: 'Gone soon' });
    const faq = await make(t.app, owner, event, 'faq', 'faqs', { question: 'Typed?', answer: 'Yes', position: 60 }, { 'faq-type': ref('faq-type', type) });

    await as('owner').delete(`/v1/faq-types/${type}`);

    expect((await as('anonymous').get(`/v1/faqs/${faq}`)).body.data.relationships['faq-type'].data).toBe(null);
    await as('owner').delete(`/v1/faqs/${faq}`);
  });
});

describe('bad FAQ input', () => {
  it.each([
    [{ question: '  ' }, 'blank', 'question must not be blank', '/data/attributes/question'],
    [{ answer: '' }, 'blank', 'answer must not be blank', '/data/attributes/answer'],
  ])('refuses %j naming the field', async (attributes, code, detail, pointer) => {
    const response = await as('owner').post('/v1/faqs', faqBody(attributes));

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([{ status: '422', code, title: 'Unprocessable Entity', detail, source: { pointer } }]);
  });

  it('refuses a missing answer, a negative position and a type of another event, naming each', async () => {
    const other = await makeEvent(t.app, owner);
    const foreign = await make(t.app, owner, other, 'faq-type', 'faq-types', { name: 'Elsewhere' });

    const missing = await as('owner').post('/v1/faqs', resource('faq', { question: 'Q?' }, { event: ref('event', event.id) }));
    const negative = await as('owner').post('/v1/faqs', faqBody({ position: -1 }));
    const foreignType = await as('owner').post('/v1/faqs', faqBody({}, { 'faq-type': ref('faq-type', foreign) }));

    expect([missing.status, missing.body.errors[0].source]).toEqual([422, { pointer: '/data/attributes/answer' }]);
    expect([negative.status, negative.body.errors[0].source]).toEqual([422, { pointer: '/data/attributes/position' }]);
    expect([foreignType.status, foreignType.body.errors[0].detail, foreignType.body.errors[0].source]).toEqual([422, `faq-type ${foreign} not found in this event`, { pointer: '/data/relationships/faq-type' }]);
  });
});
