// The OpenAPI document of /v1 without a running server (no database is touched while routes are registered), and
// the TypeScript types of it that the browser's client uses: `npm run generate:api` writes
// web/src/lib/api/schema.d.ts, and a test fails when the committed file no longer matches the routes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { buildApp } from './app.js';

export const API_TYPES_FILE = fileURLToPath(new URL('../../web/src/lib/api/schema.d.ts', import.meta.url));

export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-openapi-'));
  const unused = new Proxy({}, { get: () => { throw new Error('the OpenAPI document is built without a database'); } });
  const database = { db: unused, kind: 'postgres', url: '', queryCount: () => 0, close: async () => undefined } as unknown as Database;
  const app = await buildApp({ database, config: loadConfig({}, { dataDir }), jwtSecret: 'openapi' });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function apiTypes(): Promise<string> {
  const ast = await openapiTS((await buildOpenApiDocument()) as never, { alphabetize: true });
  return `// Generated from /v1/openapi.json by \`npm run generate:api\`; do not edit.\n\n${astToString(ast)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  fs.mkdirSync(path.dirname(API_TYPES_FILE), { recursive: true });
  fs.writeFileSync(API_TYPES_FILE, await apiTypes());
  console.log(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
}
