// Relationship routes from the resource declarations, as the original serves them: for every relationship of an
// event-scoped resource, GET /v1/<type>s/{id}/<name> (the related resource, or the related list with paging) and
// GET /v1/<type>s/{id}/relationships/<name> (the linkage). Each one reads the source row through the same checks as
// GET of that row, and the related rows through the target's own checks, so nothing is reachable here that is not
// reachable directly (an attendee a caller may not see stays hidden behind /tickets/{id}/attendees).
// Routes a domain already serves (e.g. /orders/{identifier}/attendees) are left to it.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { documented } from './openapi.js';
import { parseListQuery, parseSingleQuery, type RawQuery } from './query.js';
import type { ResourceDef } from './resource.js';
import { pageLimits } from './resource.routes.js';
import { parseId } from '../errors.js';
import { getEventLinkage, getLinkage, getRelatedOne, listForUser, listRelated, type EventResource, type SingleReader } from './resource.service.js';

const keyParams = Type.Object({ key: Type.String({ maxLength: 64 }) });
const Linkage = Type.Object({ type: Type.String(), id: Type.String() });
const LinkageDocument = Type.Object({
  data: Type.Union([Linkage, Type.Array(Linkage), Type.Null()]),
  links: Type.Object({ self: Type.String(), related: Type.String() }),
  jsonapi: Type.Object({ version: Type.String() }),
});

export interface RelationshipRouteOptions {
  /** How to read targets that are not event-scoped (the event, a user). */
  readers: Map<ResourceDef, SingleReader>;
  /** More first path segments a resource answers at (the original's /v1/tax/{id}/event beside /v1/taxes). */
  aliases?: Map<ResourceDef, string[]>;
}

type ByKey = FastifyRequest<{ Params: { key: string } }>;

export function registerRelationshipRoutes(app: FastifyInstance, defs: readonly EventResource[], options: RelationshipRouteOptions): void {
  const db = () => app.ctx.db;
  for (const def of defs) {
    const prefixes = [def.path, ...(options.aliases?.get(def) ?? [])];
    for (const [name, rel] of Object.entries(def.relationships)) {
      const target = rel.target();
      const toOne = rel.kind === 'belongsTo';
      // A to-many relationship lists rows of an event-scoped target; one to a resource without events is not listed.
      if (!toOne && !('eventColumn' in target && 'policy' in target)) continue;
      for (const prefix of prefixes) {
        const tags = [def.path];
        const related = `/${prefix}/:key/${name}`;
        const taken = (url: string) => app.hasRoute({ method: 'GET', url: `${app.prefix}${url}` });
        if (!taken(related)) {
          app.get(
            related,
            {
              config: documented(target, toOne ? 'single' : 'list'),
              schema: { tags, summary: toOne ? `The ${name} of a ${def.type}` : `The ${name} of a ${def.type}, as a list`, params: keyParams },
            },
            async (request: ByKey) =>
              toOne
                ? getRelatedOne(db(), request.access, def, request.params.key, name, parseSingleQuery(request.query as RawQuery), options.readers, request.url)
                : listRelated(db(), request.access, def, request.params.key, name, parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
          );
        }
        const linkage = `/${prefix}/:key/relationships/${name}`;
        if (prefix === def.path && !taken(linkage)) {
          app.get(
            linkage,
            { config: { jsonapi: true }, schema: { tags, summary: `The ${name} linkage of a ${def.type}`, params: keyParams, response: { 200: LinkageDocument } } },
            async (request: ByKey) => getLinkage(db(), request.access, def, request.params.key, name, options.readers, request.url),
          );
        }
      }
    }
  }
}

/** GET /v1/users/{id}/<type>s for each resource with a `user` relationship (a user's orders, speaker profiles). */
export function registerUserListRoutes(app: FastifyInstance, defs: readonly EventResource[]): void {
  for (const def of defs) {
    if (def.relationships.user?.kind !== 'belongsTo') continue;
    const url = `/users/:key/${def.path}`;
    if (app.hasRoute({ method: 'GET', url: `${app.prefix}${url}` })) continue;
    app.get(
      url,
      { config: documented(def, 'list'), schema: { tags: [def.path], summary: `The ${def.path} of a user (that user and admins)`, params: keyParams } },
      async (request: ByKey) =>
        listForUser(app.ctx.db, request.access, def, parseId(request.params.key, 'user'), parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
    );
  }
}

/** GET /v1/events/{id}/relationships/<name> for the event's to-many and to-one relationships (its tracks, its tax). */
export function registerEventLinkageRoutes(app: FastifyInstance, eventDef: ResourceDef): void {
  for (const [name, rel] of Object.entries(eventDef.relationships)) {
    const target = rel.target();
    if (rel.kind === 'belongsTo' || !('eventColumn' in target && 'policy' in target)) continue;
    const url = `/${eventDef.path}/:key/relationships/${name}`;
    if (app.hasRoute({ method: 'GET', url: `${app.prefix}${url}` })) continue;
    app.get(
      url,
      { config: { jsonapi: true }, schema: { tags: [eventDef.path], summary: `The ${name} linkage of an event`, params: keyParams, response: { 200: LinkageDocument } } },
      async (request: ByKey) =>
        getEventLinkage(app.ctx.db, request.access, target as EventResource, request.params.key, rel.kind === 'hasOne', `/v1/${eventDef.path}/${request.params.key}/${name}`, request.url),
    );
  }
}
