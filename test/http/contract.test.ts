// The original server's API Blueprint as our contract: every documented transaction for a resource Convene has is
// replayed against the app (a real database, data seeded through our own API, the documented ids mapped to the
// seeded ones), and its status, media type, top-level keys and attribute names are compared with the documented
// answer. What we leave out on purpose is in OUT_OF_SCOPE (resources we do not have) and DIFFERENCES (deliberate
// differences, also listed in the README); the figures are printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { readAllBlueprints, type Transaction } from '../support/blueprint.js';
import { DIFFERENCES, inScope as isInScope, seedWorld, replay, transactionKey, type World } from '../support/contract.js';

const all = readAllBlueprints();
const inScope = all.filter(isInScope);

let t: TestApp;
let world: World;
beforeAll(async () => {
  t = await makeTestApp({}, { withQueue: true });
  world = await seedWorld(t.app);
});
afterAll(async () => t?.close());

interface Outcome {
  transaction: Transaction;
  status: number;
  statusOk: boolean;
  typeOk: boolean;
  keysMissing: string[];
  attributes: { documented: number; missing: string[] };
  relationships: { documented: number; missing: string[] };
  body: unknown;
}

function resourceObjects(body: unknown): Record<string, any>[] {
  const data = (body as { data?: unknown } | undefined)?.data;
  if (Array.isArray(data)) return data.slice(0, 1) as Record<string, any>[];
  if (data && typeof data === 'object') return [data as Record<string, any>];
  return [];
}

function namesOf(objects: Record<string, any>[], member: 'attributes' | 'relationships'): Set<string> {
  return new Set(objects.flatMap((object) => Object.keys(object[member] ?? {})));
}

function compare(transaction: Transaction, status: number, contentType: string | undefined, body: unknown): Outcome {
  const allowed = DIFFERENCES[transactionKey(transaction)];
  const documented = transaction.response.body ? JSON.parse(transaction.response.body) : undefined;
  const statusOk = status === (allowed?.status ?? transaction.response.status);
  const typeOk = contentType === (allowed?.contentType ?? transaction.response.contentType);
  const ours = body && typeof body === 'object' ? new Set(Object.keys(body)) : new Set<string>();
  // An allowed refusal (a 422 where the original took the value) answers errors, not the documented document.
  const refused = allowed?.status !== undefined && allowed.status >= 400;
  const keysMissing = documented && typeof documented === 'object' && !refused ? Object.keys(documented).filter((key) => !ours.has(key) && !allowed?.keys?.includes(key)) : [];
  // An error answer has no attributes to compare: it counts every documented name as missing.
  const docAttributes = refused ? new Set<string>() : namesOf(resourceObjects(documented), 'attributes');
  const ourAttributes = namesOf(resourceObjects(body), 'attributes');
  // A documented list may be empty ("data": []): then there is nothing to compare.
  const attributesMissing = [...docAttributes].filter((name) => !ourAttributes.has(name) && !allowed?.attributes?.includes(name));
  const docRelationships = refused ? new Set<string>() : namesOf(resourceObjects(documented), 'relationships');
  const ourRelationships = namesOf(resourceObjects(body), 'relationships');
  const relationshipsMissing = [...docRelationships].filter((name) => !ourRelationships.has(name));
  return {
    transaction,
    status,
    statusOk,
    typeOk,
    keysMissing,
    attributes: { documented: docAttributes.size, missing: attributesMissing },
    relationships: { documented: docRelationships.size, missing: relationshipsMissing },
    body,
  };
}

describe('the Open Event API Blueprint', () => {
  const outcomes: Outcome[] = [];

  it('is read whole: every transaction of every file', () => {
    expect(all.length).toBe(178);
    expect(inScope.length).toBeGreaterThan(100);
  });

  it('replays every documented transaction for the resources we have', async () => {
    for (const transaction of inScope) {
      // A write gets a world of its own, so what it changes or deletes is not missing from the next one.
      const target = transaction.method === 'GET' ? world : await seedWorld(t.app, { write: true, favourite: transactionKey(transaction) !== 'POST /v1/user-favourite-sessions' });
      const { status, contentType, body } = await replay(t.app, target, transaction);
      outcomes.push(compare(transaction, status, contentType, body));
    }
    const statusOk = outcomes.filter((o) => o.statusOk).length;
    const typeOk = outcomes.filter((o) => o.typeOk).length;
    const keysOk = outcomes.filter((o) => o.keysMissing.length === 0).length;
    const documented = outcomes.reduce((n, o) => n + o.attributes.documented, 0);
    const missing = outcomes.reduce((n, o) => n + o.attributes.missing.length, 0);
    const relDocumented = outcomes.reduce((n, o) => n + o.relationships.documented, 0);
    const relMissing = outcomes.reduce((n, o) => n + o.relationships.missing.length, 0);
    const percent = (part: number, whole: number) => ((100 * part) / Math.max(1, whole)).toFixed(1);
    const lines = [
      `contract: ${inScope.length} of ${all.length} documented transactions are for resources we have`,
      `  documented status: ${statusOk}/${inScope.length}; media type: ${typeOk}/${inScope.length}; top-level keys: ${keysOk}/${inScope.length}`,
      `  attribute names present: ${documented - missing}/${documented} (${percent(documented - missing, documented)} %)`,
      `  relationship names present: ${relDocumented - relMissing}/${relDocumented} (${percent(relDocumented - relMissing, relDocumented)} %)`,
    ];
    for (const o of outcomes) {
      if (o.statusOk && o.typeOk && o.keysMissing.length === 0 && o.attributes.missing.length === 0) continue;
      const what = [
        o.statusOk ? '' : `status ${o.status} (documented ${o.transaction.response.status})${o.status >= 400 ? ` ${JSON.stringify((o.body as any)?.errors?.[0]?.detail ?? o.body).slice(0, 160)}` : ''}`,
        o.typeOk ? '' : 'media type',
        o.keysMissing.length ? `keys ${o.keysMissing.join(',')}` : '',
        o.attributes.missing.length ? `attributes ${o.attributes.missing.join(',')}` : '',
      ].filter(Boolean);
      lines.push(`  ${transactionKey(o.transaction)} [${o.transaction.file}: ${o.transaction.action}]: ${what.join('; ')}`);
    }
    console.log(lines.join('\n'));

    expect(outcomes.filter((o) => o.status >= 500).map((o) => transactionKey(o.transaction))).toEqual([]);
    expect(outcomes.filter((o) => !o.statusOk || !o.typeOk).map((o) => `${transactionKey(o.transaction)} ${o.status}`)).toEqual([]);
    expect(outcomes.filter((o) => o.keysMissing.length > 0).map((o) => `${transactionKey(o.transaction)} ${o.keysMissing}`)).toEqual([]);
    expect((documented - missing) / documented).toBeGreaterThanOrEqual(0.95);
  });
});
