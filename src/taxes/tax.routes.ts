// Tax routes: the standard event-resource routes, `/v1/events/{id}/tax`, and the flat list.
import type { FastifyInstance } from 'fastify';
import { parseListQuery, type RawQuery } from '../http/jsonapi/query.js';
import { pageLimits, registerEventResource } from '../http/jsonapi/resource.routes.js';
import { taxResource } from './tax.resource.js';
import { documented } from '../http/jsonapi/openapi.js';
import { listTaxes } from './tax.service.js';

export async function taxRoutes(app: FastifyInstance): Promise<void> {
  registerEventResource(app, taxResource, { singular: 'tax' });
  app.get('/taxes', { config: documented(taxResource, 'list'), schema: { tags: ['taxes'], summary: 'List taxes of visible events' } }, async (request) =>
    listTaxes(app.ctx.db, request.access, parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
}
