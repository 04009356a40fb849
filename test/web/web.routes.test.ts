// The front end's routes: /generator answers the built page and /app/ its assets; without a build, a 503
// that says how to make one, while the API starts as usual.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebRoutes } from '../../src/http/web.routes.js';

describe('web routes', () => {
  let dist: string;

  beforeAll(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-web-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Site generator</title><script src="/app/assets/index-abc.js"></script>');
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
  });
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('answers /generator and /generator/ with the built page, never cached stale', async () => {
    const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
    await registerWebRoutes(app, { distDir: dist });

    const plain = await app.inject('/generator');
    const slash = await app.inject('/generator/?build=123');

    expect([plain.statusCode, plain.headers['content-type'], plain.headers['cache-control']]).toEqual([200, 'text/html; charset=utf-8', 'no-cache']);
    expect(plain.body).toContain('<title>Site generator</title>');
    expect(slash.statusCode).toEqual(200);
    expect(slash.body).toEqual(plain.body);
    await app.close();
  });

  it('serves hashed assets under /app/ with a long cache', async () => {
    const app = Fastify();
    await registerWebRoutes(app, { distDir: dist });

    const asset = await app.inject('/app/assets/index-abc.js');

    expect([asset.statusCode, asset.body, asset.headers['cache-control']]).toEqual([200, 'console.log(1)', 'public, max-age=31536000, immutable']);
    await app.close();
  });

  it('answers 503 with what to run when the front end is not built', async () => {
    const app = Fastify();
    await registerWebRoutes(app, { distDir: path.join(dist, 'missing') });

    const page = await app.inject('/generator');
    const asset = await app.inject('/app/assets/index-abc.js');

    expect([page.statusCode, page.headers['content-type']]).toEqual([503, 'text/plain; charset=utf-8']);
    expect(page.body).toEqual('The web front end is not built. Run `npm install` (or `npm run build:web`) in the Convene folder, then restart the server.\n');
    expect(asset.statusCode).toEqual(503);
    await app.close();
  });
});
