// /v1/events: list, create, and the event by numeric id or 8-hex identifier.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseListQuery, parseSingleQuery, type RawQuery } from '../http/jsonapi/query.js';
import { documentSchema } from '../http/jsonapi/resource.js';
import { documented } from '../http/jsonapi/openapi.js';
import { eventParams, pageLimits } from '../http/jsonapi/resource.routes.js';
import type { JsonApiBody } from '../http/jsonapi/resource.service.js';
import { eventResource } from './event.resource.js';
import { Type } from '@sinclair/typebox';
import { createEvent, deleteEvent, eventPermissions, getEvent, listEvents, listUpcomingEvents, listUserEvents, updateEvent } from './event.service.js';

const Permissions = Type.Object({
  roles: Type.Array(Type.String()),
  'is-admin': Type.Boolean(),
  can: Type.Object(
    Object.fromEntries(
      ['edit-event', 'delete-event', 'manage-tickets', 'view-orders', 'manage-orders', 'view-attendees', 'check-in', 'export', 'view-team', 'manage-team', 'manage-program', 'edit-program'].map(
        (name) => [name, Type.Boolean()],
      ),
    ),
  ),
});

type ByKey = FastifyRequest<{ Params: { eventKey: string } }>;

export async function eventRoutes(app: FastifyInstance): Promise<void> {
  const tags = ['events'];
  const db = () => app.ctx.db;
  app.get('/events', { config: documented(eventResource, 'list'), schema: { tags, summary: 'List events the caller may see' } }, async (request) =>
    listEvents(db(), request.access, parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.get('/events/upcoming', { config: documented(eventResource, 'list'), schema: { tags, summary: 'Published public events that have not ended, soonest first' } }, async (request) =>
    listUpcomingEvents(db(), request.access, parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.get(
    '/users/:userId/events',
    { config: documented(eventResource, 'list'), schema: { tags, summary: 'Events the user holds a role on (the user and admins)', params: { type: 'object', properties: { userId: { type: 'string', pattern: '^[0-9]{1,10}$' } }, required: ['userId'] } } },
    async (request: FastifyRequest<{ Params: { userId: string } }>) =>
      listUserEvents(db(), request.access, Number(request.params.userId), parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.post('/events', { config: documented(eventResource, 'single', { status: 201 }), schema: { tags, summary: 'Create an event', body: documentSchema(eventResource, 'create') } }, async (request, reply) =>
    reply.code(201).send(await createEvent(db(), request.access, request.body as JsonApiBody)),
  );
  app.get('/events/:eventKey', { config: documented(eventResource, 'single'), schema: { tags, summary: 'One event', params: eventParams } }, async (request: ByKey) =>
    getEvent(db(), request.access, request.params.eventKey, parseSingleQuery(request.query as RawQuery)),
  );
  app.patch(
    '/events/:eventKey',
    { config: documented(eventResource, 'single'), schema: { tags, summary: 'Change an event', params: eventParams, body: documentSchema(eventResource, 'update') } },
    async (request: ByKey) => updateEvent(db(), request.access, request.params.eventKey, request.body as JsonApiBody),
  );
  app.get(
    '/events/:eventKey/permissions',
    { schema: { tags, summary: 'What the caller may do on the event (the pages hide the rest; the API refuses it anyway)', params: eventParams, response: { 200: Permissions } } },
    async (request: ByKey) => eventPermissions(db(), request.access, request.params.eventKey),
  );
  app.delete('/events/:eventKey', { config: documented(eventResource, 'deleted'), schema: { tags, summary: 'Delete an event', params: eventParams } }, async (request: ByKey) =>
    deleteEvent(db(), request.access, request.params.eventKey),
  );
}
