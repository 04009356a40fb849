// Tracks, microlocations (rooms) and session types: create, read, update and soft delete through the
// JSON:API, the nested lists under an event (by id and by identifier), and the document-level errors every
// event-scoped resource shares (missing event, wrong type, wrong id, a relationship into another event).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { microlocations, sessionTypes, tracks } from '../../src/db/schema.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, make, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let owner: TestUser;
let ownerApi: Api;

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  ownerApi = new Api(t.app, owner.token);
});
afterAll(async () => t.close());

const DELETED = { meta: { message: 'Object successfully deleted' }, jsonapi: { version: '1.0' } };

function unprocessable(code: string, detail: string, pointer: string) {
  return { errors: [{ status: '422', code, title: 'Unprocessable Entity', detail, source: { pointer } }], jsonapi: { version: '1.0' } };
}

function conflict(code: string, detail: string, pointer: string) {
  return { errors: [{ status: '409', code, title: 'Conflict', detail, source: { pointer } }], jsonapi: { version: '1.0' } };
}

async function post(type: string, path: string, event: TestEvent, attributes: Record<string, unknown>, relationships: Record<string, unknown> = {}) {
  return ownerApi.post(`/v1/${path}`, resource(type, attributes, { event: ref('event', event.id), ...relationships }));
}

interface Kind {
  type: string;
  path: string;
  table: typeof tracks | typeof microlocations | typeof sessionTypes;
  create: Record<string, unknown>;
  change: Record<string, unknown>;
}

const kinds: Kind[] = [
  { type: 'track', path: 'tracks', table: tracks, create: { name: 'Web', color: '#336699' }, change: { name: 'Web and Mobile' } },
  { type: 'microlocation', path: 'microlocations', table: microlocations, create: { name: 'Hall A' }, change: { room: 'A-101', floor: 2 } },
  { type: 'session-type', path: 'session-types', table: sessionTypes, create: { name: 'Talk', length: '00:45' }, change: { length: '01:00' } },
];

describe.each(kinds)('$path', (kind) => {
  it('reads back what was created', async () => {
    const event = await makeEvent(t.app, owner);
    const created = await post(kind.type, kind.path, event, kind.create);

    const read = await new Api(t.app).get(`/v1/${kind.path}/${created.body.data.id}`);

    expect(created.status).toBe(201);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      data: created.body.data,
      links: { self: `/v1/${kind.path}/${created.body.data.id}` },
      jsonapi: { version: '1.0' },
    });
  });

  it('changes only the attributes a PATCH names', async () => {
    const event = await makeEvent(t.app, owner);
    const id = await make(t.app, owner, event, kind.type, kind.path, kind.create);
    const before = (await ownerApi.get(`/v1/${kind.path}/${id}`)).body.data;

    const patched = await ownerApi.patch(`/v1/${kind.path}/${id}`, resource(kind.type, kind.change, {}, id));
    const after = await ownerApi.get(`/v1/${kind.path}/${id}`);

    expect(patched.status).toBe(200);
    expect(after.body.data).toEqual({ ...before, attributes: { ...before.attributes, ...kind.change } });
    expect(patched.body.data).toEqual(after.body.data);
  });

  it('lists the same rows under the event id and the event identifier', async () => {
    const event = await makeEvent(t.app, owner);
    const first = await make(t.app, owner, event, kind.type, kind.path, { ...kind.create, name: 'Alpha' });
    const second = await make(t.app, owner, event, kind.type, kind.path, { ...kind.create, name: 'Beta' });
    await make(t.app, owner, await makeEvent(t.app, owner), kind.type, kind.path, { ...kind.create, name: 'Elsewhere' });

    const byId = await new Api(t.app).get(`/v1/events/${event.id}/${kind.path}`);
    const byIdentifier = await new Api(t.app).get(`/v1/events/${event.identifier}/${kind.path}`);

    expect(byId.status).toBe(200);
    expect(byId.body.data.map((r: { id: string }) => r.id)).toEqual([first, second]);
    expect(byId.body.meta).toEqual({ count: 2 });
    expect(byIdentifier.status).toBe(200);
    expect(byIdentifier.body.data).toEqual(byId.body.data);
  });

  it('soft-deletes: the row stays in the database, reads as 404 and leaves the list', async () => {
    const event = await makeEvent(t.app, owner);
    const kept = await make(t.app, owner, event, kind.type, kind.path, { ...kind.create, name: 'Kept' });
    const gone = await make(t.app, owner, event, kind.type, kind.path, { ...kind.create, name: 'Gone' });

    const deleted = await ownerApi.delete(`/v1/${kind.path}/${gone}`);

    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual(DELETED);
    expect((await ownerApi.get(`/v1/${kind.path}/${gone}`)).status).toBe(404);
    expect((await ownerApi.delete(`/v1/${kind.path}/${gone}`)).status).toBe(404);
    const list = await ownerApi.get(`/v1/events/${event.id}/${kind.path}`);
    expect(list.body.data.map((r: { id: string }) => r.id)).toEqual([kept]);
    const [row] = await t.app.ctx.db.select().from(kind.table).where(eq(kind.table.id, Number(gone)));
    expect(row.deletedAt).toBeInstanceOf(Date);
  });

  it('refuses a create without relationships.event', async () => {
    const response = await ownerApi.post(`/v1/${kind.path}`, resource(kind.type, kind.create));

    expect(response.status).toBe(422);
    expect(response.body).toEqual(
      unprocessable('event.required', 'A valid relationship with event resource is required', '/data/relationships/event'),
    );
  });

  it('refuses a document of another type with 409 at /data/type', async () => {
    const event = await makeEvent(t.app, owner);

    const response = await post('sponsor', kind.path, event, kind.create);

    expect(response.status).toBe(409);
    expect(response.body).toEqual(conflict('type_mismatch', `Expected type "${kind.type}", got "sponsor"`, '/data/type'));
  });

  it('refuses a PATCH whose data.id is not the id in the URL', async () => {
    const event = await makeEvent(t.app, owner);
    const id = await make(t.app, owner, event, kind.type, kind.path, kind.create);
    const other = String(Number(id) + 1000);
    const before = (await ownerApi.get(`/v1/${kind.path}/${id}`)).body.data;

    const response = await ownerApi.patch(`/v1/${kind.path}/${id}`, resource(kind.type, kind.change, {}, other));

    expect(response.status).toBe(409);
    expect(response.body).toEqual(conflict('id_mismatch', `data.id "${other}" does not match the URL id ${id}`, '/data/id'));
    expect((await ownerApi.get(`/v1/${kind.path}/${id}`)).body.data).toEqual(before);
  });
});

describe('tracks', () => {
  it('computes black text for a light track colour', async () => {
    const event = await makeEvent(t.app, owner);

    const response = await post('track', 'tracks', event, { name: 'Design', color: '#ffee00' });

    expect(response.status).toBe(201);
    expect(response.body.data).toEqual({
      type: 'track',
      id: response.body.data.id,
      attributes: { name: 'Design', description: null, color: '#ffee00', 'font-color': '#000000', position: 0, 'deleted-at': null },
      relationships: {
        event: { data: { type: 'event', id: event.id }, links: { self: `/v1/tracks/${response.body.data.id}/relationships/event`, related: `/v1/tracks/${response.body.data.id}/event` } },
        sessions: { links: { self: `/v1/tracks/${response.body.data.id}/relationships/sessions`, related: `/v1/tracks/${response.body.data.id}/sessions` } },
      },
      links: { self: `/v1/tracks/${response.body.data.id}` },
    });
  });

  it('computes white text for a dark track colour, also in the three-digit form', async () => {
    const event = await makeEvent(t.app, owner);

    const long = await post('track', 'tracks', event, { name: 'Night', color: '#1a237e' });
    const short = await post('track', 'tracks', event, { name: 'Ink', color: '#003' });

    expect(long.body.data.attributes['font-color']).toBe('#ffffff');
    expect(short.body.data.attributes['font-color']).toBe('#ffffff');
  });

  it('keeps a font colour the organizer chose', async () => {
    const event = await makeEvent(t.app, owner);

    const response = await post('track', 'tracks', event, { name: 'Brand', color: '#ffffff', 'font-color': '#ff0000' });

    expect(response.body.data.attributes).toEqual({ name: 'Brand', description: null, color: '#ffffff', 'font-color': '#ff0000', position: 0, 'deleted-at': null });
  });

  it('recomputes the font colour when only the colour changes', async () => {
    const event = await makeEvent(t.app, owner);
    const id = await make(t.app, owner, event, 'track', 'tracks', { name: 'Shift', color: '#ffffff' });

    const response = await ownerApi.patch(`/v1/tracks/${id}`, resource('track', { color: '#000000' }, {}, id));

    expect(response.status).toBe(200);
    expect(response.body.data.attributes).toEqual({ name: 'Shift', description: null, color: '#000000', 'font-color': '#ffffff', position: 0, 'deleted-at': null });
  });

  it('computes the font colour when the client sends it as null', async () => {
    const event = await makeEvent(t.app, owner);
    const created = await post('track', 'tracks', event, { name: 'Null', color: '#ffffff', 'font-color': null });
    const id = await make(t.app, owner, event, 'track', 'tracks', { name: 'Reset', color: '#000000', 'font-color': '#ff0000' });

    const reset = await ownerApi.patch(`/v1/tracks/${id}`, resource('track', { 'font-color': null }, {}, id));

    expect(created.body.data.attributes['font-color']).toBe('#000000');
    expect(reset.body.data.attributes['font-color']).toBe('#ffffff');
  });

  it('requires a name and a colour', async () => {
    const event = await makeEvent(t.app, owner);

    const noColor = await post('track', 'tracks', event, { name: 'Colourless' });
    const noName = await post('track', 'tracks', event, { color: '#123456' });

    expect(noColor.status).toBe(422);
    expect(noColor.body.errors).toEqual([
      { status: '422', code: 'validation', title: 'Unprocessable Entity', detail: 'Missing required field "color"', source: { pointer: '/data/attributes/color' } },
    ]);
    expect(noName.status).toBe(422);
    expect(noName.body.errors[0].source).toEqual({ pointer: '/data/attributes/name' });
  });

  it.each(['red', '#12345', '#ggg', '123456', ''])('refuses the colour %j', async (color) => {
    const event = await makeEvent(t.app, owner);

    const response = await post('track', 'tracks', event, { name: 'Bad', color });

    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { source: unknown }) => e.source)).toEqual([{ pointer: '/data/attributes/color' }]);
  });
});

describe('microlocations', () => {
  it('stores name, floor, room, coordinates and position', async () => {
    const event = await makeEvent(t.app, owner);

    const response = await post('microlocation', 'microlocations', event, {
      name: 'Auditorium',
      floor: -1,
      room: 'B-007',
      latitude: 1.2966,
      longitude: 103.7764,
      position: 3,
    });

    expect(response.status).toBe(201);
    expect(response.body.data.attributes).toEqual({
      'deleted-at': null,
      name: 'Auditorium',
      floor: -1,
      room: 'B-007',
      latitude: 1.2966,
      longitude: 103.7764,
      position: 3,
      'hidden-in-scheduler': false,
    });
  });

  it('lists rooms by position, then name', async () => {
    const event = await makeEvent(t.app, owner);
    const second = await make(t.app, owner, event, 'microlocation', 'microlocations', { name: 'Zeta', position: 1 });
    const third = await make(t.app, owner, event, 'microlocation', 'microlocations', { name: 'Alpha', position: 2 });
    const first = await make(t.app, owner, event, 'microlocation', 'microlocations', { name: 'Omega', position: 0 });

    const response = await new Api(t.app).get(`/v1/events/${event.id}/microlocations`);

    expect(response.body.data.map((r: { id: string }) => r.id)).toEqual([first, second, third]);
  });

  it.each([
    ['latitude', 90.5],
    ['longitude', -181],
    ['floor', 1.5],
  ])('refuses %s %j', async (name, value) => {
    const event = await makeEvent(t.app, owner);

    const response = await post('microlocation', 'microlocations', event, { name: 'Nowhere', [name]: value });

    // A nullable attribute fails each branch of its schema, so the errors may repeat the same pointer.
    expect(response.status).toBe(422);
    expect([...new Set(response.body.errors.map((e: { source: { pointer: string } }) => e.source.pointer))]).toEqual([`/data/attributes/${name}`]);
  });
});

describe('session-types', () => {
  it('stores the length as HH:MM and defaults it to 00:30', async () => {
    const event = await makeEvent(t.app, owner);

    const workshop = await post('session-type', 'session-types', event, { name: 'Workshop', length: '01:30' });
    const talk = await post('session-type', 'session-types', event, { name: 'Talk' });

    expect(workshop.body.data.attributes).toEqual({ name: 'Workshop', length: '01:30', position: 0, 'deleted-at': null });
    expect(talk.body.data.attributes).toEqual({ name: 'Talk', length: '00:30', position: 0, 'deleted-at': null });
  });

  it.each(['90 minutes', '01:75', '1h30', '', '01:30:00'])('refuses the length %j', async (length) => {
    const event = await makeEvent(t.app, owner);

    const response = await post('session-type', 'session-types', event, { name: 'Odd', length });

    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { source: unknown }) => e.source)).toEqual([{ pointer: '/data/attributes/length' }]);
  });

  it('refuses a PATCH to a bad length and keeps the old one', async () => {
    const event = await makeEvent(t.app, owner);
    const id = await make(t.app, owner, event, 'session-type', 'session-types', { name: 'Lightning', length: '00:05' });

    const response = await ownerApi.patch(`/v1/session-types/${id}`, resource('session-type', { length: 'five' }, {}, id));

    expect(response.status).toBe(422);
    expect((await ownerApi.get(`/v1/session-types/${id}`)).body.data.attributes.length).toBe('00:05');
  });
});

describe('relationships across events', () => {
  it.each([
    ['track', 'track', 'tracks', { name: 'Foreign', color: '#000000' }],
    ['microlocation', 'microlocation', 'microlocations', { name: 'Foreign room' }],
    ['session-type', 'session-type', 'session-types', { name: 'Foreign type' }],
  ] as const)('refuses a session linked to a %s of another event', async (relationship, type, path, attributes) => {
    const event = await makeEvent(t.app, owner);
    const other = await makeEvent(t.app, owner);
    const foreign = await make(t.app, owner, other, type, path, attributes);

    const response = await post('session', 'sessions', event, { title: 'Cross' }, { [relationship]: ref(type, foreign) });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(
      unprocessable('invalid_relationship', `${type} ${foreign} not found in this event`, `/data/relationships/${relationship}`),
    );
    expect((await ownerApi.get(`/v1/events/${event.id}/sessions`)).body.data).toEqual([]);
  });

  it('refuses to move a session onto a track of another event', async () => {
    const event = await makeEvent(t.app, owner);
    const mine = await make(t.app, owner, event, 'track', 'tracks', { name: 'Mine', color: '#ffffff' });
    const foreign = await make(t.app, owner, await makeEvent(t.app, owner), 'track', 'tracks', { name: 'Theirs', color: '#ffffff' });
    const session = await make(t.app, owner, event, 'session', 'sessions', { title: 'Stay' }, { track: ref('track', mine) });

    const response = await ownerApi.patch(`/v1/sessions/${session}`, resource('session', {}, { track: ref('track', foreign) }, session));

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/relationships/track' });
    expect((await ownerApi.get(`/v1/sessions/${session}`)).body.data.relationships.track.data).toEqual({ type: 'track', id: mine });
  });

  it('refuses a track organizer role for a track of another event', async () => {
    const event = await makeEvent(t.app, owner);
    const foreign = await make(t.app, owner, await makeEvent(t.app, owner), 'track', 'tracks', { name: 'Theirs', color: '#ffffff' });
    const user = await makeUser(t.app);

    const response = await ownerApi.post(
      '/v1/users-events-roles',
      resource('users-events-role', { role: 'track_organizer' }, { event: ref('event', event.id), user: ref('user', user.id), track: ref('track', foreign) }),
    );

    expect(response.status).toBe(422);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/relationships/track' });
  });

  it('refuses a link to a deleted track', async () => {
    const event = await makeEvent(t.app, owner);
    const track = await make(t.app, owner, event, 'track', 'tracks', { name: 'Old', color: '#ffffff' });
    await ownerApi.delete(`/v1/tracks/${track}`);

    const response = await post('session', 'sessions', event, { title: 'Late' }, { track: ref('track', track) });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(unprocessable('invalid_relationship', `track ${track} not found in this event`, '/data/relationships/track'));
  });

  it('refuses a relationship naming the wrong type', async () => {
    const event = await makeEvent(t.app, owner);
    const room = await make(t.app, owner, event, 'microlocation', 'microlocations', { name: 'Room' });

    const response = await post('session', 'sessions', event, { title: 'Typo' }, { track: ref('microlocation', room) });

    expect(response.status).toBe(422);
    expect(response.body).toEqual(
      unprocessable('invalid_relationship', 'track must reference track, not microlocation', '/data/relationships/track'),
    );
  });
});
