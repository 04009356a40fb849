// GET /v1/events/{id}/permissions: what each role may do, as the pages read it to hide controls. Each row is
// checked against the API itself for the actions a page offers (export, ticket editing, team), so the page's
// hiding and the API's refusal cannot disagree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, makeEvent, makeUser, resource, ref, type TestEvent, type TestUser } from '../support/client.js';

let t: TestApp;
let event: TestEvent;
const users: Record<string, TestUser> = {};
beforeAll(async () => {
  t = await makeTestApp({}, { withQueue: true });
  users.owner = await makeUser(t.app);
  users.admin = await makeUser(t.app, { admin: true });
  users.stranger = await makeUser(t.app);
  event = await makeEvent(t.app, users.owner);
  for (const role of ['organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar']) {
    users[role] = await makeUser(t.app);
    await grantRole(t.app, event, users.owner, users[role], role);
  }
});
afterAll(async () => t?.close());

const ALL = ['edit-event', 'delete-event', 'manage-tickets', 'view-orders', 'manage-orders', 'view-attendees', 'check-in', 'export', 'view-team', 'manage-team', 'manage-program', 'edit-program'];
const allowed = (...names: string[]) => Object.fromEntries(ALL.map((name) => [name, names.includes(name)]));
const coorganizerRights = ['edit-event', 'manage-tickets', 'view-orders', 'manage-orders', 'view-attendees', 'check-in', 'export', 'view-team', 'manage-program', 'edit-program'];

const expected: Record<string, Record<string, boolean>> = {
  owner: allowed(...ALL),
  admin: allowed(...ALL),
  organizer: allowed(...coorganizerRights, 'manage-team'),
  coorganizer: allowed(...coorganizerRights),
  track_organizer: allowed('manage-program'),
  moderator: allowed(),
  registrar: allowed('view-attendees', 'check-in'),
  stranger: allowed(),
};

describe('event permissions', () => {
  it.each(Object.keys(expected))('tell the %s what they may do', async (who) => {
    const response = await new Api(t.app, users[who].token).get(`/v1/events/${event.id}/permissions`);

    expect(response.status).toBe(200);
    expect(response.body.can).toEqual(expected[who]);
    expect(response.body['is-admin']).toBe(who === 'admin');
  });

  it.each(Object.keys(expected))('match what the API lets the %s do: export, add a ticket, add a team member', async (who) => {
    const api = new Api(t.app, users[who].token);

    const exporting = await t.app.inject({ method: 'POST', url: `/v1/events/${event.id}/export/attendees/csv`, headers: { authorization: `Bearer ${users[who].token}` } });
    const ticket = await api.post('/v1/tickets', resource('ticket', { name: `By ${who}`, type: 'free', price: '0', quantity: 5 }, { event: ref('event', event.id) }));
    const member = await makeUser(t.app);
    const team = await api.post('/v1/users-events-roles', resource('users-events-role', { role: 'moderator' }, { event: ref('event', event.id), user: ref('user', member.id) }));

    expect({ export: exporting.statusCode === 202 || exporting.statusCode === 200, tickets: ticket.status === 201, team: team.status === 201 }).toEqual({
      export: expected[who].export,
      tickets: expected[who]['manage-tickets'],
      team: expected[who]['manage-team'],
    });
  });

  it('answers 404 for a draft event the caller has no role on', async () => {
    const draft = await makeEvent(t.app, users.owner, { state: 'draft' });

    const response = await new Api(t.app, users.stranger.token).get(`/v1/events/${draft.id}/permissions`);

    expect(response.status).toBe(404);
  });
});
