// The sessions of an event as the dashboard lists them (GET /v1/events/{id}/sessions?tab=&search=, with the count
// of every tab) and the bulk state change (POST /v1/events/{id}/sessions/bulk-state); reading, creating, changing
// and deleting one session are the resource's standard routes.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { documented } from '../http/jsonapi/openapi.js';
import { MAX_SEARCH_LENGTH, parseChoice, parseListQuery, parseSearch, type RawQuery } from '../http/jsonapi/query.js';
import { eventParams, pageLimits } from '../http/jsonapi/resource.routes.js';
import { SESSION_TABS } from './session.repo.js';
import { sessionResource } from './session.resource.js';
import { BULK_STATES, bulkSetSessionState, listEventSessions, type BulkStateInput } from './session.service.js';

const TAB_COUNTS = Type.Object(Object.fromEntries(SESSION_TABS.map((tab) => [tab, Type.Integer()])));

const BulkBody = Type.Object(
  {
    data: Type.Object(
      {
        state: Type.Union(BULK_STATES.map((state) => Type.Literal(state))),
        ids: Type.Optional(Type.Array(Type.String({ maxLength: 20 }), { maxItems: 5_000 })),
        filter: Type.Optional(
          Type.Object(
            { tab: Type.Optional(Type.String({ maxLength: 20 })), search: Type.Optional(Type.String({ maxLength: MAX_SEARCH_LENGTH })) },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

const BulkAnswer = Type.Object({
  data: Type.Object({
    state: Type.String(),
    matched: Type.Integer({ description: 'Sessions named, or matching the filter, that the caller may change' }),
    changed: Type.Integer({ description: 'Of those, the ones whose state changed (the others already had it)' }),
    'not-allowed': Type.Integer({ description: "Sessions matching the filter outside a track organizer's tracks, left as they were" }),
  }),
});

export async function sessionRoutes(app: FastifyInstance): Promise<void> {
  const tags = ['sessions'];
  app.get(
    '/events/:eventKey/sessions',
    {
      config: documented(sessionResource, 'list', {
        meta: { tabs: Type.Optional(TAB_COUNTS) },
        query: {
          tab: `One of ${SESSION_TABS.join(', ')} (default all); naming a tab or a search adds meta.tabs`,
          search: 'Search box: session title, speaker name or track name',
        },
      }),
      schema: { tags, summary: 'Sessions of an event on one tab (a state), with the count of every tab in meta.tabs', params: eventParams },
    },
    async (request: FastifyRequest<{ Params: { eventKey: string } }>, reply) => {
      const raw = request.query as RawQuery;
      const query = parseListQuery(raw, pageLimits(app), ['tab', 'search']);
      const filters = { tab: parseChoice(raw, 'tab', SESSION_TABS, 'all'), search: parseSearch(raw), withTabs: 'tab' in raw || 'search' in raw };
      const result = await listEventSessions(app.ctx.db, request.access, request.params.eventKey, query, filters, request.url, app.ctx.publicCache);
      return reply.type('application/vnd.api+json').send(result);
    },
  );
  app.post(
    '/events/:eventKey/sessions/bulk-state',
    {
      schema: {
        tags,
        summary: 'Set the state of many sessions at once: those named in ids, or all that match filter (tab and search, as the list)',
        params: eventParams,
        body: BulkBody,
        response: { 200: BulkAnswer },
      },
    },
    async (request: FastifyRequest<{ Params: { eventKey: string }; Body: { data: BulkStateInput } }>) => {
      const input = request.body.data;
      const counts = await bulkSetSessionState(app.ctx.db, request.access, request.params.eventKey, input);
      return { data: { state: input.state, matched: counts.matched, changed: counts.changed, 'not-allowed': counts.notAllowed } };
    },
  );
}
