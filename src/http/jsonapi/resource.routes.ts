// Registers the standard routes of an event-scoped resource: the nested list under its event, flat POST,
// GET/PATCH/DELETE by id, and for one-per-event resources the singular route under the event.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseId } from '../errors.js';
import { JSONAPI_MEDIA_TYPE } from '../media-type.js';
import { parseListQuery, parseSingleQuery, type RawQuery } from './query.js';
import { documentSchema } from './resource.js';
import { documented } from './openapi.js';
import {
  createOne,
  deleteOne,
  findSingleForEvent,
  getOne,
  getSingleForEvent,
  listForEvent,
  updateOne,
  type EventResource,
  type JsonApiBody,
} from './resource.service.js';

export const eventParams = Type.Object({ eventKey: Type.String({ maxLength: 20 }) });
export const idParams = Type.Object({ id: Type.String({ maxLength: 20 }) });

export function pageLimits(app: FastifyInstance) {
  return { defaultSize: app.ctx.config.defaultPageSize, maxSize: app.ctx.config.maxPageSize };
}

export function registerEventResource(app: FastifyInstance, def: EventResource, options: { singular?: string; create?: boolean; list?: boolean } = {}): void {
  const tags = [def.path];
  const list = documented(def, 'list', def.listMetaSchema ? { meta: def.listMetaSchema } : {});
  const single = documented(def, 'single');
  const created = documented(def, 'single', { status: 201 });
  const deleted = documented(def, 'deleted');
  const db = () => app.ctx.db;

  if (options.list !== false) {
    app.get(
      `/events/:eventKey/${def.path}`,
      { config: list, schema: { tags, summary: `List the ${def.path} of an event`, params: eventParams } },
      async (request: FastifyRequest<{ Params: { eventKey: string } }>, reply) => {
        const query = parseListQuery(request.query as RawQuery, pageLimits(app));
        const result = await listForEvent(db(), request.access, def, request.params.eventKey, query, request.url, { cache: app.ctx.publicCache });
        return reply.type(JSONAPI_MEDIA_TYPE).send(result);
      },
    );
  }

  app.get(
    `/${def.path}/:id`,
    { config: single, schema: { tags, summary: `Get one ${def.type}`, params: idParams } },
    async (request: FastifyRequest<{ Params: { id: string } }>) =>
      getOne(db(), request.access, def, parseId(request.params.id, def.type), parseSingleQuery(request.query as RawQuery)),
  );

  if (options.create !== false) {
    app.post(
      `/${def.path}`,
      { config: created, schema: { tags, summary: `Create a ${def.type}`, body: documentSchema(def, 'create', ['event']) } },
      async (request, reply) => reply.code(201).send(await createOne(db(), request.access, def, request.body as JsonApiBody)),
    );
  }

  app.patch(
    `/${def.path}/:id`,
    { config: single, schema: { tags, summary: `Change a ${def.type}`, params: idParams, body: documentSchema(def, 'update', ['event']) } },
    async (request: FastifyRequest<{ Params: { id: string } }>) =>
      updateOne(db(), request.access, def, parseId(request.params.id, def.type), request.body as JsonApiBody),
  );

  app.delete(
    `/${def.path}/:id`,
    { config: deleted, schema: { tags, summary: `Delete a ${def.type}`, params: idParams } },
    async (request: FastifyRequest<{ Params: { id: string } }>) =>
      deleteOne(db(), request.access, def, parseId(request.params.id, def.type)),
  );

  if (!options.singular) return;
  const singular = options.singular;
  app.get(
    `/events/:eventKey/${singular}`,
    { config: single, schema: { tags, summary: `The ${def.type} of an event`, params: eventParams } },
    async (request: FastifyRequest<{ Params: { eventKey: string } }>) =>
      getSingleForEvent(db(), request.access, def, request.params.eventKey, parseSingleQuery(request.query as RawQuery)),
  );
  app.patch(
    `/events/:eventKey/${singular}`,
    { config: single, schema: { tags, summary: `Change the ${def.type} of an event`, params: eventParams, body: documentSchema(def, 'update', ['event']) } },
    async (request: FastifyRequest<{ Params: { eventKey: string } }>) => {
      const { row } = await findSingleForEvent(db(), request.access, def, request.params.eventKey);
      return updateOne(db(), request.access, def, row.id, request.body as JsonApiBody);
    },
  );
  app.delete(
    `/events/:eventKey/${singular}`,
    { config: deleted, schema: { tags, summary: `Delete the ${def.type} of an event`, params: eventParams } },
    async (request: FastifyRequest<{ Params: { eventKey: string } }>) => {
      const { row } = await findSingleForEvent(db(), request.access, def, request.params.eventKey);
      return deleteOne(db(), request.access, def, row.id);
    },
  );
}
