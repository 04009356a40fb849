// No 5xx for any documented request of the original's API Blueprint, as written or with one of its fields dropped:
// each documented request body (for a resource Convene has) is replayed once whole and once without each attribute,
// relationship or plain-JSON member in turn, on a world seeded for that transaction. Whatever the answer, it is a
// documented status or a 4xx naming what is wrong, never a server error.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { readAllBlueprints } from '../support/blueprint.js';
import { inScope, replay, seedWorld, transactionKey } from '../support/contract.js';

const withBodies = readAllBlueprints().filter((transaction) => inScope(transaction) && transaction.request.body);

/** The documented body, and one copy without each member of data.attributes, data.relationships or the top level. */
export function variants(body: any): { dropped: string; body: unknown }[] {
  const out: { dropped: string; body: unknown }[] = [{ dropped: '(nothing)', body }];
  const drop = (path: string[], name: string) => {
    const copy = structuredClone(body);
    let target = copy;
    for (const step of path) target = target[step];
    delete target[name];
    out.push({ dropped: [...path, name].join('.'), body: copy });
  };
  const data = body?.data;
  if (data && typeof data === 'object') {
    for (const name of Object.keys(data.attributes ?? {})) drop(['data', 'attributes'], name);
    for (const name of Object.keys(data.relationships ?? {})) drop(['data', 'relationships'], name);
    for (const name of Object.keys(data)) drop(['data'], name);
  } else if (body && typeof body === 'object') {
    for (const name of Object.keys(body)) drop([], name);
  }
  return out;
}

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({}, { withQueue: true });
});
afterAll(async () => t?.close());

it('answers every documented request body, whole and with each field dropped, without a server error', async () => {
  const failures: string[] = [];
  let replays = 0;
  for (const transaction of withBodies) {
    const world = await seedWorld(t.app, { write: true });
    for (const { dropped, body } of variants(JSON.parse(transaction.request.body!))) {
      const { status, body: answer } = await replay(t.app, world, transaction, body);
      replays++;
      if (status >= 500) failures.push(`${transactionKey(transaction)} without ${dropped}: ${status} ${JSON.stringify(answer).slice(0, 200)}`);
      // A refusal names what is wrong.
      else if (status >= 400 && status !== 401 && status !== 403 && status !== 404 && status !== 409) {
        const source = (answer as { errors?: { source?: unknown }[] }).errors?.[0]?.source;
        if (!source) failures.push(`${transactionKey(transaction)} without ${dropped}: ${status} names no field ${JSON.stringify(answer).slice(0, 200)}`);
      }
    }
  }
  console.log(`dropped fields: ${withBodies.length} documented bodies, ${replays} replays`);

  expect(failures).toEqual([]);
  expect(withBodies.length).toBeGreaterThan(25);
});
