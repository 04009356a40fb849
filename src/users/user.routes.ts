// /v1/users: sign-up is open; an account is visible to itself and to admins.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseId } from '../http/errors.js';
import { parseListQuery, parseSingleQuery, type RawQuery } from '../http/jsonapi/query.js';
import { documentSchema } from '../http/jsonapi/resource.js';
import { documented } from '../http/jsonapi/openapi.js';
import { idParams, pageLimits } from '../http/jsonapi/resource.routes.js';
import type { JsonApiBody } from '../http/jsonapi/resource.service.js';
import { userResource } from './user.resource.js';
import { deleteUser, emailTaken, getUser, listUsers, signUp, updateUser } from './user.service.js';
import { Type } from '@sinclair/typebox';

export async function userRoutes(app: FastifyInstance): Promise<void> {
  const tags = ['users'];
  const db = () => app.ctx.db;
  app.post('/users', { config: documented(userResource, 'single', { status: 201 }), schema: { tags, summary: 'Sign up', body: documentSchema(userResource, 'create') } }, async (request, reply) =>
    reply.code(201).send(await signUp(db(), request.access, request.body as JsonApiBody)),
  );
  app.post(
    '/users/check_email',
    {
      schema: {
        tags,
        summary: 'Whether an account uses this e-mail address (sign-up forms ask before sending)',
        body: Type.Object({ email: Type.String({ minLength: 1, maxLength: 254 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ exists: Type.Boolean() }) },
      },
    },
    async (request) => ({ exists: await emailTaken(db(), (request.body as { email: string }).email) }),
  );
  app.get('/users', { config: documented(userResource, 'list'), schema: { tags, summary: 'List users (admins)' } }, async (request) =>
    listUsers(db(), request.access, parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.get('/users/:id', { config: documented(userResource, 'single'), schema: { tags, summary: 'One user', params: idParams } }, async (request: FastifyRequest<{ Params: { id: string } }>) =>
    getUser(db(), request.access, parseId(request.params.id, 'user'), parseSingleQuery(request.query as RawQuery)),
  );
  app.patch(
    '/users/:id',
    { config: documented(userResource, 'single'), schema: { tags, summary: 'Change an account', params: idParams, body: documentSchema(userResource, 'update') } },
    async (request: FastifyRequest<{ Params: { id: string } }>) =>
      updateUser(db(), request.access, parseId(request.params.id, 'user'), request.body as JsonApiBody),
  );
  app.delete('/users/:id', { config: documented(userResource, 'deleted'), schema: { tags, summary: 'Delete an account', params: idParams } }, async (request: FastifyRequest<{ Params: { id: string } }>) =>
    deleteUser(db(), request.access, parseId(request.params.id, 'user')),
  );
}
