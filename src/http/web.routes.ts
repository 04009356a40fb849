// The browser front end: the built Vite app in web/dist. Its assets are served under /app/ and each page's
// route answers its index.html (the app picks the page from the path); any other path a browser asks for as a
// page gets the same index.html with a 404, and the app shows its "Page not found". Without a build the pages
// answer a 503 saying how to make one, so the API still starts and runs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Paths the front end answers with its index.html: the attendee app, the accounts pages, the dashboard. */
export const WEB_PAGES = [
  '/',
  '/login',
  '/signup',
  '/forgot-password',
  '/reset-password',
  '/account',
  '/manage-events',
  '/my-tickets',
  '/my-tickets/*',
  '/e/*',
  '/events',
  '/events/*',
  '/invites/*',
  '/generator',
  '/offline',
] as const;
export const WEB_ASSET_PREFIX = '/app/';

const defaultDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface WebOptions {
  /** The Vite build output (default: web/dist in the repository). */
  distDir?: string;
}

function notBuilt(reply: FastifyReply): FastifyReply {
  return reply
    .code(503)
    .type('text/plain; charset=utf-8')
    .header('cache-control', 'no-store')
    .send('The web front end is not built. Run `npm install` (or `npm run build:web`) in the Convene folder, then restart the server.\n');
}

export async function registerWebRoutes(app: FastifyInstance, options: WebOptions = {}): Promise<void> {
  const distDir = path.resolve(options.distDir ?? defaultDistDir);
  const indexFile = path.join(distDir, 'index.html');
  const hide = { schema: { hide: true } };

  if (!fs.existsSync(indexFile)) {
    for (const page of WEB_PAGES) app.get(page, hide, async (_request, reply) => notBuilt(reply));
    app.get(`${WEB_ASSET_PREFIX}*`, hide, async (_request, reply) => notBuilt(reply));
    return;
  }

  await app.register(fastifyStatic, {
    root: distDir,
    prefix: WEB_ASSET_PREFIX,
    index: false,
    decorateReply: false,
    // Vite puts a content hash in every asset name, so those never change; index.html always revalidates.
    setHeaders(reply, file) {
      if (file.startsWith(path.join(distDir, 'assets') + path.sep)) reply.header('cache-control', 'public, max-age=31536000, immutable');
      // The service worker lives under /app/ with the assets but controls every page of the site.
      if (file === path.join(distDir, 'sw.js')) reply.header('service-worker-allowed', '/').header('cache-control', 'no-cache');
    },
  });

  const sendPage = async (reply: FastifyReply, status: number) => {
    // Read per request: a rebuild (npm run build:web) shows without a restart, and the file is small.
    const html = await fs.promises.readFile(indexFile).catch(() => undefined);
    if (!html) return notBuilt(reply);
    return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  };
  for (const page of WEB_PAGES) app.get(page, hide, async (_request, reply) => sendPage(reply, 200));
  app.decorate('sendWebPage', sendPage);
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Answers the front end's index.html with `status` (the app renders the page for the path); set when built. */
    sendWebPage?: (reply: FastifyReply, status: number) => Promise<FastifyReply>;
  }
}

/** Whether a request that matched no route is a browser asking for a page (not the API, not an asset). */
export function isPageRequest(method: string, url: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const pathname = url.split('?')[0];
  if (/^\/(v1|app|sites)(\/|$)/.test(pathname)) return false;
  return (accept ?? '').includes('text/html');
}
