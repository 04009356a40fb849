// One live tax per event under concurrent creates: the database constraint, not a read-then-write check,
// decides the winner, so exactly one POST succeeds whatever the interleaving (the pool gives real concurrency
// here).
import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taxes } from '../../src/db/schema.js';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, grantRole, makeEvent, makeUser, ref, resource, type TestEvent, type TestUser } from '../support/client.js';

const ATTEMPTS = 20;

let t: TestApp;
let owner: TestUser;
let coorganizer: TestUser;

beforeAll(async () => {
  t = await makeTestApp();
  [owner, coorganizer] = await Promise.all([makeUser(t.app), makeUser(t.app)]);
});
afterAll(async () => t?.close());

async function liveTaxRows(event: TestEvent) {
  return t.app.ctx.db
    .select({ id: taxes.id, name: taxes.name })
    .from(taxes)
    .where(and(eq(taxes.eventId, Number(event.id)), isNull(taxes.deletedAt)));
}

/** Fires ATTEMPTS creates at once, alternating between the owner and a coorganizer. */
function raceCreates(event: TestEvent) {
  return Promise.all(
    Array.from({ length: ATTEMPTS }, (_, i) =>
      new Api(t.app, (i % 2 ? coorganizer : owner).token).post(
        '/v1/taxes',
        resource('tax', { name: `VAT ${i}`, rate: 7 }, { event: ref('event', event.id) }),
      ),
    ),
  );
}

function expectOneWinner(responses: Awaited<ReturnType<typeof raceCreates>>) {
  const statuses = responses.map((response) => response.status).sort();
  expect(statuses).toEqual([201, ...Array.from({ length: ATTEMPTS - 1 }, () => 409)]);
  for (const response of responses.filter((r) => r.status === 409)) {
    expect(response.body.errors).toEqual([
      {
        status: '409',
        code: 'tax.exists',
        title: 'Conflict',
        detail: 'Tax already exists for this event',
        source: { pointer: '/data/relationships/event' },
      },
    ]);
  }
  return responses.find((response) => response.status === 201)!;
}

describe('concurrent tax creation', () => {
  it('lets exactly one of 20 concurrent creates through and refuses the rest with 409', async () => {
    const event = await makeEvent(t.app, owner, { 'is-tax-enabled': true });
    await grantRole(t.app, event, owner, coorganizer, 'coorganizer');

    const responses = await raceCreates(event);

    const winner = expectOneWinner(responses);
    const rows = await liveTaxRows(event);
    expect(rows).toEqual([{ id: Number(winner.body.data.id), name: winner.body.data.attributes.name }]);
    const served = await new Api(t.app).get(`/v1/events/${event.id}/tax`);
    expect(served.body.data.id).toBe(winner.body.data.id);
  });

  it('lets exactly one concurrent create through again after the tax was deleted', async () => {
    const event = await makeEvent(t.app, owner, { 'is-tax-enabled': true });
    await grantRole(t.app, event, owner, coorganizer, 'coorganizer');
    const first = expectOneWinner(await raceCreates(event));
    expect((await new Api(t.app, owner.token).delete(`/v1/taxes/${first.body.data.id}`)).status).toBe(200);

    const responses = await raceCreates(event);

    const winner = expectOneWinner(responses);
    expect(winner.body.data.id).not.toBe(first.body.data.id);
    expect(await liveTaxRows(event)).toEqual([{ id: Number(winner.body.data.id), name: winner.body.data.attributes.name }]);
    const [{ all }] = await t.app.ctx.db
      .select({ all: sql<number>`count(*)`.mapWith(Number) })
      .from(taxes)
      .where(eq(taxes.eventId, Number(event.id)));
    expect(all).toBe(2);
  });

  it('keeps one tax per event when creates for two events race together', async () => {
    const [a, b] = await Promise.all([
      makeEvent(t.app, owner, { 'is-tax-enabled': true }),
      makeEvent(t.app, owner, { 'is-tax-enabled': true }),
    ]);
    await Promise.all([grantRole(t.app, a, owner, coorganizer, 'coorganizer'), grantRole(t.app, b, owner, coorganizer, 'coorganizer')]);

    const [forA, forB] = await Promise.all([raceCreates(a), raceCreates(b)]);

    expectOneWinner(forA);
    expectOneWinner(forB);
    expect((await liveTaxRows(a)).length).toBe(1);
    expect((await liveTaxRows(b)).length).toBe(1);
  });
});
