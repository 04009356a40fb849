// Site-build routes: POST /v1/site-builds (a multipart upload with the zip in `file`, or JSON naming an Open
// Event API URL or a Convene event), the build's status, cancel, and its zip; and the preview of a finished build
// at /sites/<build id>/, served in a CSP sandbox so the generated site runs in an origin of its own.
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, NotFoundError, UnprocessableError } from '../http/errors.js';
import { sendTaskFile } from '../http/download.js';
import { findTask } from '../tasks/task.repo.js';
import { getTaskFile } from '../tasks/task.service.js';
import { SITE_BUILD_KIND } from './site-build.repo.js';
import {
  cancelSiteBuild,
  checkWaitingLimit,
  getSiteBuildFor,
  getSiteBuildView,
  newSiteBuildId,
  parseSiteBuildOptions,
  requestSiteBuild,
  requesterOf,
  siteBuildDir,
  siteBuildsDir,
  uploadPath,
  type SiteBuildContext,
  type SiteBuildSource,
} from './site-build.service.js';

type ById = FastifyRequest<{ Params: { id: string } }>;
const ZIP_MAGIC = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];

/** Stores the multipart request's zip at uploadPath(id) and returns the form fields. */
async function readUpload(request: FastifyRequest, id: string, maxBytes: number): Promise<{ fields: Record<string, string>; name: string }> {
  const fields: Record<string, string> = {};
  let name: string | undefined;
  const target = uploadPath(request.server.ctx.config.dataDir, id);
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || name !== undefined) {
          part.file.resume();
          throw new UnprocessableError('validation', 'Send one zip file, in the field "file"', { pointer: `/${part.fieldname}` });
        }
        name = part.filename || 'upload.zip';
        await fs.mkdir(path.dirname(target), { recursive: true });
        await pipeline(part.file, createWriteStream(target));
        if (part.file.truncated) {
          throw new ApiError(413, 'site-build.upload_too_large', 'Payload Too Large', `The zip is larger than ${maxBytes / 1024 / 1024} MB, the most this server accepts`, { pointer: '/file' });
        }
      } else {
        fields[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new ApiError(413, 'site-build.upload_too_large', 'Payload Too Large', `The zip is larger than ${maxBytes / 1024 / 1024} MB, the most this server accepts`, { pointer: '/file' });
    }
    throw new UnprocessableError('site-build.bad_upload', `The upload could not be read: ${(error as Error).message}`, { pointer: '/file' });
  }
  if (name === undefined) throw new UnprocessableError('validation', 'Attach the event zip in the field "file"', { pointer: '/file' });
  const head = Buffer.alloc(4);
  const handle = await fs.open(target, 'r');
  const { bytesRead } = await handle.read(head, 0, 4, 0).finally(() => handle.close());
  if (bytesRead < 4 || !ZIP_MAGIC.some((magic) => magic.equals(head))) {
    throw new UnprocessableError('site-build.not_a_zip', `${name} is not a zip file; upload the Open Event export (a .zip with event, sessions, speakers, ... inside)`, { pointer: '/file' });
  }
  return { fields, name };
}

/** The JSON request's source: {"type":"api","url":...} or {"type":"event","event":<id or identifier>}. */
function parseSource(body: Record<string, unknown>): SiteBuildSource {
  const source = body.source as Record<string, unknown> | undefined;
  if (!source || typeof source !== 'object' || Array.isArray(source)) {
    throw new UnprocessableError('validation', 'source is required: {"type":"api","url":...} or {"type":"event","event":...}, or upload a zip as multipart', { pointer: '/source' });
  }
  if (source.type === 'api') {
    if (typeof source.url !== 'string' || source.url === '') throw new UnprocessableError('validation', 'source.url must be the Open Event API URL of one event', { pointer: '/source/url' });
    return { type: 'api', url: source.url };
  }
  if (source.type === 'event') {
    if ((typeof source.event !== 'string' && typeof source.event !== 'number') || String(source.event) === '') {
      throw new UnprocessableError('validation', 'source.event must be the id or identifier of a Convene event', { pointer: '/source/event' });
    }
    return { type: 'event', event: String(source.event) };
  }
  throw new UnprocessableError('validation', 'source.type must be "api" or "event" (or upload a zip as multipart)', { pointer: '/source/type' });
}

export async function siteBuildRoutes(app: FastifyInstance): Promise<void> {
  const tags = ['site-builds'];
  const { config } = app.ctx;
  const ctx = (): SiteBuildContext => ({ db: app.ctx.db, queue: app.ctx.queue, config });
  const maxUploadBytes = config.sitegenMaxUploadMegabytes * 1024 * 1024;
  await app.register(multipart, { limits: { fileSize: maxUploadBytes, files: 1, fields: 20, fieldSize: 8192, parts: 25 } });

  app.post('/site-builds', { schema: { tags, summary: 'Ask for an event website build (multipart zip upload, or JSON with an API URL or a Convene event)' } }, async (request, reply) => {
    const requester = requesterOf(request.access, request.ip);
    const id = newSiteBuildId();
    try {
      let source: SiteBuildSource;
      let options;
      if (request.isMultipart()) {
        await checkWaitingLimit(ctx(), requester);
        const { fields, name } = await readUpload(request, id, maxUploadBytes);
        options = parseSiteBuildOptions(fields, (field) => ({ pointer: `/${field}` }));
        source = { type: 'upload', name };
      } else {
        const body = request.body;
        if (!body || typeof body !== 'object' || Array.isArray(body)) {
          throw new UnprocessableError('validation', 'Send multipart/form-data with the zip in "file", or a JSON object with a source', { pointer: '/' });
        }
        options = parseSiteBuildOptions(body as Record<string, unknown>, (field) => ({ pointer: `/${field}` }));
        source = parseSource(body as Record<string, unknown>);
      }
      const view = await requestSiteBuild(ctx(), request.access, requester, { id, source, options });
      return reply.code(202).header('location', `/v1/site-builds/${id}`).send(view);
    } catch (error) {
      // Nothing was accepted: no upload is left behind (a stored task keeps its folder, see requestSiteBuild).
      if (!(await findTask(app.ctx.db, id))) await fs.rm(siteBuildDir(config.dataDir, id), { recursive: true, force: true });
      throw error;
    }
  });

  app.get('/site-builds/:id', { schema: { tags, summary: 'State, place in the queue, progress, log and links of a site build' } }, async (request: ById) =>
    getSiteBuildView(app.ctx.db, await getSiteBuildFor(app.ctx.db, request.access, request.params.id)),
  );

  app.delete('/site-builds/:id', { schema: { tags, summary: 'Cancel a site build that has not started' } }, async (request: ById) =>
    cancelSiteBuild(ctx(), request.access, request.params.id),
  );

  app.get('/site-builds/:id/download', { config: { tokenInQuery: true }, schema: { tags, summary: "A finished site build's zip" } }, async (request: ById, reply) => {
    await getSiteBuildFor(app.ctx.db, request.access, request.params.id);
    return sendTaskFile(reply, await getTaskFile(app.ctx.db, request.access, config.dataDir, request.params.id));
  });
}

/** The preview of a finished build, at /sites/<id>/..., while it is kept. */
export async function sitePreviewRoutes(app: FastifyInstance): Promise<void> {
  const root = siteBuildsDir(app.ctx.config.dataDir);
  await fs.mkdir(root, { recursive: true });
  await app.register(fastifyStatic, { root, serve: false, decorateReply: true, index: false });
  const handler = async (request: FastifyRequest<{ Params: { id: string; '*'?: string } }>, reply: FastifyReply) => {
    const { id } = request.params;
    const task = /^[0-9a-f-]{36}$/.test(id) ? await findTask(app.ctx.db, id) : undefined;
    if (!task || task.kind !== SITE_BUILD_KIND || task.state !== 'SUCCESS' || !task.filePath) {
      throw new NotFoundError('site.not_found', 'There is no site at this address (the build has not finished, or its retention period is over)');
    }
    const rest = request.params['*'] ?? '';
    if (rest === '' && !request.url.split('?')[0].endsWith('/')) return reply.redirect(`/sites/${id}/`, 301);
    const file = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
    // The site's own origin: no script in it (or in an uploaded SVG) can reach this server's pages or tokens.
    reply.header('content-security-policy', 'sandbox allow-scripts allow-popups allow-popups-to-escape-sandbox allow-forms allow-downloads');
    reply.header('x-content-type-options', 'nosniff');
    const target = path.posix.join(id, 'site', file);
    if (!target.startsWith(`${id}/site/`)) throw new NotFoundError('site.not_found', 'There is no such file in this site');
    return reply.sendFile(target, root);
  };
  // Without the app's security headers: the site's own sandbox policy above is the whole of it.
  app.get('/sites/:id', { schema: { hide: true }, helmet: false }, handler);
  app.get('/sites/:id/*', { schema: { hide: true }, helmet: false }, handler);
}
