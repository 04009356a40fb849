// The HTTP application: Fastify with TypeBox schemas, the JSON:API media type, the caller's identity, the one
// error mapper and the OpenAPI document. Domain routes are registered from their own folders.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import path from 'node:path';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Database, Db } from '../db/client.js';
import { Access, type Actor } from '../events/access.js';
import { createTokenService, tokenFromHeader, type TokenService } from '../auth/token.js';
import { findActor } from '../users/user.repo.js';
import { CSRF_HEADER, SESSION_COOKIE, sessionActor } from '../auth/session.service.js';
import { createMailer, type Mailer } from '../mail/mailer.js';
import { ApiError, ForbiddenError, fromDatabaseError, UnauthorizedError, type JsonApiErrorObject } from './errors.js';
import { JSONAPI } from './jsonapi/document.js';
import { PublicCache } from './jsonapi/public-cache.js';
import { ignoredInMeta, lenientBody } from './jsonapi/leniency.js';
import { ALL_RESOURCES, registerRoutes } from './routes.js';
import { openapiTransform, resourceComponents } from './jsonapi/openapi.js';
import { isPageRequest, registerWebRoutes } from './web.routes.js';
import { sitePreviewRoutes } from '../site-builds/site-build.routes.js';
import type { Queue } from '../jobs/queue.js';
import type { Exporter } from '../exports/exporter.js';
import { exporters as registeredExporters } from '../exports/registry.js';

export { JSONAPI_MEDIA_TYPE } from './media-type.js';
import { JSONAPI_MEDIA_TYPE } from './media-type.js';

export interface AppContext {
  db: Db;
  database: Database;
  config: Config;
  tokens: TokenService;
  publicCache: PublicCache | undefined;
  /** The job queue, when this process opened one (export routes answer 503 without it). */
  queue?: Queue;
  /** Export formats with a route (the registry; tests add their own). */
  exporters: readonly Exporter[];
  /** Outgoing mail: SMTP_URL, or the outbox folder in DATA_DIR. */
  mailer: Mailer;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
  interface FastifyRequest {
    actor: Actor | null;
    access: Access;
    /** The browser session token, when the caller came with the session cookie. */
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** Route speaks JSON:API: bodies must be application/vnd.api+json, answers are too. */
    jsonapi?: boolean;
    /**
     * GET route that also takes the token as `?access_token=`: Server-Sent Events and downloads, which a browser
     * opens with EventSource or a link and so cannot send an Authorization header. Logs show it redacted.
     */
    tokenInQuery?: boolean;
    /**
     * Unsafe route that needs no CSRF token with the session cookie: logging in, which takes credentials (a page
     * of another site cannot send its JSON body without the browser asking first) and may switch accounts.
     */
    csrfExempt?: boolean;
  }
}

export type App = FastifyInstance;

export interface BuildOptions {
  database: Database;
  config: Config;
  jwtSecret: string;
  logger?: boolean | object;
  queue?: Queue;
  exporters?: readonly Exporter[];
  mailer?: Mailer;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Headers on every answer but the generated sites' previews (which keep their own sandbox): pages run only our
 * own scripts, styles and connections (no inline script, no other origin); images may come from any https host
 * or data: URL, because events show logos and photos from where organizers keep them; no site may frame a page.
 */
const SECURITY_HEADERS = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:', 'https:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'manifest-src': ["'self'"],
      'worker-src': ["'self'"],
      'frame-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    },
  },
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'same-origin' as const },
  xFrameOptions: { action: 'deny' as const },
};

function errorBody(errors: JsonApiErrorObject[]) {
  return { errors, jsonapi: JSONAPI };
}

function sendError(reply: FastifyReply, status: number, error: Omit<JsonApiErrorObject, 'status'>): FastifyReply {
  return reply
    .code(status)
    .type(JSONAPI_MEDIA_TYPE)
    .send(errorBody([{ status: String(status), ...error }]));
}

/** Fastify validation errors → JSON:API errors with a pointer (body) or parameter (query, params). */
function validationErrors(error: { validation: { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }[]; validationContext?: string }): JsonApiErrorObject[] {
  // A nullable field reports "must be <= 90", "must be null" and "must match a schema in anyOf" for one
  // bad value: keep the first (most specific) error per location.
  const seen = new Set<string>();
  const items = error.validation.filter((item) => {
    let path = item.instancePath;
    if (item.keyword === 'additionalProperties') path += `/${String(item.params.additionalProperty)}`;
    if (item.keyword === 'required') path += `/${String(item.params.missingProperty)}`;
    if (seen.has(path)) return false;
    seen.add(path);
    return true;
  });
  return items.slice(0, 10).map((item) => {
    let path = item.instancePath;
    if (item.keyword === 'additionalProperties') path += `/${String(item.params.additionalProperty)}`;
    if (item.keyword === 'required') path += `/${String(item.params.missingProperty)}`;
    const where = path || '/';
    const name = where.split('/').pop() || 'document';
    let detail: string;
    if (item.keyword === 'additionalProperties') detail = `Unknown field "${name}"`;
    else if (item.keyword === 'required') detail = `Missing required field "${name}"`;
    else detail = `${name} ${item.message ?? 'is invalid'}`;
    const source = error.validationContext === 'body' ? { pointer: where } : { parameter: name };
    return { status: '422', code: 'validation', title: 'Unprocessable Entity', detail, source };
  });
}

/** pino's request line, with an `access_token` in the query string redacted. */
const requestSerializers = {
  req(request: { method: string; url: string; hostname?: string; ip?: string; id?: string }) {
    return { method: request.method, url: request.url.replace(/([?&]access_token=)[^&#]*/g, '$1[redacted]'), hostname: request.hostname, remoteAddress: request.ip, reqId: request.id };
  },
};

/** How long a closing server lets requests in flight finish before it closes every connection. */
const CLOSE_GRACE_MS = 5_000;

export async function buildApp(options: BuildOptions): Promise<App> {
  const logger = options.logger && typeof options.logger === 'object' ? { ...options.logger, serializers: requestSerializers } : options.logger === true ? { serializers: requestSerializers } : false;
  const app = Fastify({
    logger,
    bodyLimit: options.config.bodyLimitBytes,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    requestIdHeader: 'x-request-id',
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('ctx', {
    db: options.database.db,
    database: options.database,
    config: options.config,
    tokens: createTokenService(options.jwtSecret, options.config.jwtExpiresInSeconds),
    publicCache: options.config.publicCacheMegabytes > 0 ? new PublicCache(options.config.publicCacheMegabytes * 1024 * 1024) : undefined,
    queue: options.queue,
    exporters: options.exporters ?? registeredExporters,
    mailer:
      options.mailer ??
      createMailer({ smtpUrl: options.config.smtpUrl, from: options.config.mailFrom, outboxDir: path.join(options.config.dataDir, 'outbox') }),
  } satisfies AppContext);
  app.decorateRequest('actor', null);
  app.decorateRequest('access', null as unknown as Access);
  app.decorateRequest('sessionToken', null);
  await app.register(cookie);
  await app.register(helmet, { global: true, ...SECURITY_HEADERS });

  const jsonParser = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser(JSONAPI_MEDIA_TYPE, { parseAs: 'string' }, jsonParser);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Convene API', version: '0.1.0', description: 'JSON:API server for events, schedules and ticketing' },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
        schemas: resourceComponents(ALL_RESOURCES) as Record<string, never>,
      },
    },
    transform: openapiTransform as never,
  });

  app.addHook('onRequest', async (request) => {
    const queryToken = request.method === 'GET' && request.routeOptions.config?.tokenInQuery ? (request.query as { access_token?: unknown }).access_token : undefined;
    if (queryToken !== undefined && (typeof queryToken !== 'string' || queryToken === '')) {
      throw new UnauthorizedError('auth.malformed', 'access_token must be one token', { parameter: 'access_token' });
    }
    const token = tokenFromHeader(request.headers.authorization) ?? queryToken;
    if (request.headers.authorization && !tokenFromHeader(request.headers.authorization)) {
      throw new UnauthorizedError('auth.malformed', 'Authorization header must be "Bearer <token>" or "JWT <token>"');
    }
    if (token) {
      const userId = app.ctx.tokens.verify(token);
      const actor = userId ? await findActor(app.ctx.db, userId) : undefined;
      if (!actor) throw new UnauthorizedError('auth.invalid_token', 'The access token is invalid or has expired; log in again');
      request.actor = actor;
    } else if (request.cookies[SESSION_COOKIE]) {
      // A browser's login. An expired or ended one reads as no login (public pages keep working); the page
      // learns of it from GET /v1/auth/session.
      const cookieToken = request.cookies[SESSION_COOKIE]!;
      const session = await sessionActor(app.ctx.db, cookieToken, app.ctx.config.sessionDays);
      if (session) {
        // The browser sends the cookie on its own, to requests any site can start: an unsafe one must also
        // carry the session's CSRF token, which only our own pages can read.
        if (!SAFE_METHODS.has(request.method) && !request.routeOptions.config?.csrfExempt && request.headers[CSRF_HEADER] !== session.csrfToken) {
          throw new ForbiddenError('auth.csrf', `Send the X-CSRF-Token header with the value of the convene_csrf cookie`);
        }
        request.actor = session.actor;
        request.sessionToken = cookieToken;
      }
    }
    request.access = new Access(app.ctx.db, request.actor);
  });

  // JSON:API routes take and give application/vnd.api+json (415 for another body type, as the spec asks).
  app.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.routeOptions.config.jsonapi) return;
    if (request.method === 'POST' || request.method === 'PATCH') {
      const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (type !== JSONAPI_MEDIA_TYPE) {
        return sendError(reply, 415, {
          code: 'unsupported_media_type',
          title: 'Unsupported Media Type',
          detail: `Send the body as ${JSONAPI_MEDIA_TYPE}`,
          source: { parameter: 'Content-Type' },
        });
      }
      await lenientBody(request, reply);
    }
  });
  app.addHook('preSerialization', ignoredInMeta);
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.config?.jsonapi && String(reply.getHeader('content-type') ?? '').startsWith('application/json')) reply.type(JSONAPI_MEDIA_TYPE);
    const type = String(reply.getHeader('content-type') ?? '');
    // JSON is UTF-8 by definition (RFC 8259) and JSON:API forbids media type parameters: clients of the original
    // compare the type exactly, so it goes without `; charset=utf-8`.
    const bare = type.match(/^(application\/(?:vnd\.api\+)?json)\s*;\s*charset=utf-8$/i)?.[1];
    if (bare) reply.header('content-type', bare.toLowerCase());
    return payload;
  });

  app.setErrorHandler((error: Error & Record<string, any>, request, reply) => {
    if (error instanceof ApiError) {
      if (error.status === 429 && 'retryAfterSeconds' in error) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendError(reply, error.status, {
        code: error.code,
        title: error.title,
        detail: error.message,
        ...(error.source ? { source: error.source } : {}),
      });
    }
    if (error.validation) {
      return reply.code(422).type(JSONAPI_MEDIA_TYPE).send(errorBody(validationErrors(error as never)));
    }
    const fromDb = fromDatabaseError(error);
    if (fromDb) {
      return sendError(reply, fromDb.status, {
        code: fromDb.code,
        title: fromDb.title,
        detail: fromDb.message,
        ...(fromDb.source ? { source: fromDb.source } : {}),
      });
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code = String(error.code ?? 'bad_request');
      const source =
        code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH'
          ? { parameter: 'Content-Type' }
          : { pointer: '/' };
      const detail =
        code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
          ? 'The body is not valid JSON'
          : code === 'FST_ERR_CTP_BODY_TOO_LARGE'
            ? `The body is larger than ${options.config.bodyLimitBytes} bytes`
            : code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
              ? 'The body is empty; send a JSON document'
              : error.message;
      return sendError(reply, status, { code: code.toLowerCase(), title: 'Bad Request', detail, source });
    }
    request.log.error({ err: error, requestId: request.id }, 'unhandled error');
    return sendError(reply, 500, {
      code: 'internal',
      title: 'Internal Server Error',
      detail: `Unexpected error; quote request id ${request.id} when reporting it`,
    });
  });

  // On close, the server waits for busy connections to finish; one that turns idle after that would keep it
  // open until its keep-alive timeout (72 s). After a grace period every connection is closed.
  app.addHook('preClose', async () => {
    setTimeout(() => app.server.closeAllConnections(), CLOSE_GRACE_MS).unref();
  });

  app.setNotFoundHandler((request, reply) => {
    if (app.sendWebPage && isPageRequest(request.method, request.url, request.headers.accept)) return app.sendWebPage(reply, 404);
    return sendError(reply, 404, { code: 'route.not_found', title: 'Not Found', detail: `No route ${request.method} ${request.url.split('?')[0]}` });
  });

  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    const { rows } = (await app.ctx.db.execute(sql`select current_setting('server_version') as version`)) as unknown as { rows: { version: string }[] };
    // embedded: the PostgreSQL server Convene runs in DATA_DIR; postgres: the one in DATABASE_URL.
    return reply.send({ status: 'ok', database: app.ctx.database.kind, postgres: rows[0].version.split(' ')[0] });
  });

  await app.register(registerRoutes, { prefix: '/v1' });
  await app.register(sitePreviewRoutes);
  await registerWebRoutes(app);

  app.get('/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
