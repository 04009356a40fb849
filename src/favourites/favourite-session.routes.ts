// /v1/user-favourite-sessions (the original's routes): bookmark a session, list a person's bookmarks, remove one.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseId } from '../http/errors.js';
import { documented } from '../http/jsonapi/openapi.js';
import { parseListQuery, parseSingleQuery, type RawQuery } from '../http/jsonapi/query.js';
import { documentSchema } from '../http/jsonapi/resource.js';
import { eventParams, idParams, pageLimits } from '../http/jsonapi/resource.routes.js';
import type { JsonApiBody } from '../http/jsonapi/resource.service.js';
import { favouriteSessionResource } from './favourite-session.resource.js';
import { createFavourite, deleteFavourite, getFavourite, listEventFavourites, listSessionFavourites, listUserFavourites } from './favourite-session.service.js';

export async function favouriteSessionRoutes(app: FastifyInstance): Promise<void> {
  const tags = ['user-favourite-sessions'];
  const db = () => app.ctx.db;
  app.post(
    '/user-favourite-sessions',
    { config: documented(favouriteSessionResource, 'single', { status: 201 }), schema: { tags, summary: 'Bookmark a session (the same bookmark again is answered 200)', body: documentSchema(favouriteSessionResource, 'create') } },
    async (request, reply) => {
      const { created, document } = await createFavourite(db(), request.access, request.body as JsonApiBody);
      return reply.code(created ? 201 : 200).send(document);
    },
  );
  app.get(
    '/users/:id/user-favourite-sessions',
    { config: documented(favouriteSessionResource, 'list'), schema: { tags, summary: "A person's bookmarked sessions (that person and admins)", params: idParams } },
    async (request: FastifyRequest<{ Params: { id: string } }>) =>
      listUserFavourites(db(), request.access, parseId(request.params.id, 'user'), parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.get(
    '/sessions/:id/user-favourite-sessions',
    { config: documented(favouriteSessionResource, 'list'), schema: { tags, summary: "The caller's bookmarks of a session", params: idParams } },
    async (request: FastifyRequest<{ Params: { id: string } }>) =>
      listSessionFavourites(db(), request.access, parseId(request.params.id, 'session'), parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.get(
    '/events/:eventKey/user-favourite-sessions',
    { config: documented(favouriteSessionResource, 'list'), schema: { tags, summary: "The caller's bookmarks of the sessions of an event", params: eventParams } },
    async (request: FastifyRequest<{ Params: { eventKey: string } }>) =>
      listEventFavourites(db(), request.access, request.params.eventKey, parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.get(
    '/user-favourite-sessions/:id',
    { config: documented(favouriteSessionResource, 'single'), schema: { tags, summary: 'One bookmark (its owner and admins)', params: idParams } },
    async (request: FastifyRequest<{ Params: { id: string } }>) =>
      getFavourite(db(), request.access, parseId(request.params.id, 'user-favourite-session'), parseSingleQuery(request.query as RawQuery)),
  );
  app.delete(
    '/user-favourite-sessions/:id',
    { config: documented(favouriteSessionResource, 'deleted'), schema: { tags, summary: 'Remove a bookmark', params: idParams } },
    async (request: FastifyRequest<{ Params: { id: string } }>) => deleteFavourite(db(), request.access, parseId(request.params.id, 'user-favourite-session')),
  );
}
