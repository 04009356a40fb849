// Shared by the benchmarks: a scratch database on an external PostgreSQL server, and API calls to seed data.
import crypto from 'node:crypto';
import type { App } from '../src/http/app.js';

/** A fresh database on the PostgreSQL server in DATABASE_URL, dropped afterwards (other runs are left alone). */
export async function scratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { default: pg } = await import('pg');
  const name = `convene_bench_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * One API call made inside the process (app.inject), as the benchmarks seed their data: JSON for the auth and
 * create-order routes, JSON:API for the rest; anything but a 2xx throws with the answer.
 */
export async function call(app: App, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown, token?: string) {
  const plain = url.startsWith('/v1/auth') || url.includes('/orders/create-order');
  const response = await app.inject({
    method,
    url,
    headers: { 'content-type': plain ? 'application/json' : 'application/vnd.api+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body.slice(0, 300)}`);
  return JSON.parse(response.body);
}
