// The buyer's side of access codes: GET /v1/events/{id}/access-codes/{code}/tickets answers the hidden tickets a
// valid code unlocks. The organizers' CRUD is the resource's standard routes (http/routes.ts).
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { documented } from '../http/jsonapi/openapi.js';
import { parseListQuery, type RawQuery } from '../http/jsonapi/query.js';
import { pageLimits } from '../http/jsonapi/resource.routes.js';
import { ticketResource } from '../tickets/ticket.resource.js';
import { unlockedTickets } from './access-code.service.js';

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
}
