// The buyer's side of access codes: GET /v1/events/{id}/access-codes/{code}/tickets answers the hidden tickets a
// valid code unlocks; the original's GET /v1/events/{id}/access-codes/{code} answers the code to its organizers. Their
// CRUD is the resource's standard routes (http/routes.ts).
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { documented } from '../http/jsonapi/openapi.js';
import { parseListQuery, parseSingleQuery, type RawQuery } from '../http/jsonapi/query.js';
import { accessCodeResource } from './access-code.resource.js';
import { pageLimits } from '../http/jsonapi/resource.routes.js';
import { ticketResource } from '../tickets/ticket.resource.js';
import { getAccessCodeByText, unlockedTickets } from './access-code.service.js';

const params = Type.Object({ eventKey: Type.String({ maxLength: 20 }), code: Type.String({ maxLength: 100 }) });
const unlockedMeta = { 'access-code': Type.Object({ code: Type.String(), 'tickets-left': Type.Union([Type.Integer(), Type.Null()]) }) };

export async function accessCodeRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/events/:eventKey/access-codes/:code/tickets',
    {
      config: documented(ticketResource, 'list', { meta: unlockedMeta }),
      schema: { tags: ['access-codes'], summary: 'The hidden tickets an active, valid access code unlocks (anyone who can see the event)', params },
    },
    async (request: FastifyRequest<{ Params: { eventKey: string; code: string } }>) =>
      unlockedTickets(app.ctx.db, request.access, request.params.eventKey, request.params.code, parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.get(
    '/events/:eventKey/access-codes/:code',
    { config: documented(accessCodeResource, 'single'), schema: { tags: ['access-codes'], summary: 'An access code by its text (coorganizers and up; any case)', params } },
    async (request: FastifyRequest<{ Params: { eventKey: string; code: string } }>) =>
      getAccessCodeByText(app.ctx.db, request.access, request.params.eventKey, request.params.code, parseSingleQuery(request.query as RawQuery)),
  );
}
