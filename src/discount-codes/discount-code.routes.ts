// The original's GET /v1/events/{id}/discount-codes/{code}: a code of an event by its text, for the same callers
// as GET /v1/discount-codes/{id} (coorganizers and above; buyers learn what a code does from calculate-amount).
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { documented } from '../http/jsonapi/openapi.js';
import { parseSingleQuery, type RawQuery } from '../http/jsonapi/query.js';
import { getOneByField } from '../http/jsonapi/resource.service.js';
import { discountCodeResource } from './discount-code.resource.js';

const params = Type.Object({ eventKey: Type.String({ maxLength: 20 }), code: Type.String({ maxLength: 100 }) });

export async function discountCodeRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/events/:eventKey/discount-codes/:code',
    { config: documented(discountCodeResource, 'single'), schema: { tags: ['discount-codes'], summary: 'A discount code of an event by its text (coorganizers)', params } },
    async (request: FastifyRequest<{ Params: { eventKey: string; code: string } }>) =>
      getOneByField(app.ctx.db, request.access, discountCodeResource, request.params.eventKey, 'code', request.params.code, parseSingleQuery(request.query as RawQuery)),
  );
}
