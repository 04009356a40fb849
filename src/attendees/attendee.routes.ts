// The attendee list of an event with its tabs and search (GET /v1/events/{id}/attendees?tab=&search=); reading,
// changing (check-in and check-out) and deleting one attendee are the resource's standard routes.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { documented } from '../http/jsonapi/openapi.js';
import { parseChoice, parseListQuery, parseSearch, type RawQuery } from '../http/jsonapi/query.js';
import { eventParams, pageLimits } from '../http/jsonapi/resource.routes.js';
import { ATTENDEE_TABS, attendeeResource } from './attendee.resource.js';
import { listEventAttendees } from './attendee.service.js';

const TAB_COUNTS = Type.Object(Object.fromEntries(ATTENDEE_TABS.map((tab) => [tab, Type.Integer()])));

export const LIST_FILTERS = {
  search: 'Search box: attendee name or e-mail, order number (O<time>-<id>, the id, or the start of the order UUID); for coorganizers also the buyer name or e-mail',
};

export async function attendeeRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/events/:eventKey/attendees',
    {
      config: documented(attendeeResource, 'list', {
        meta: { tabs: TAB_COUNTS },
        query: { tab: `One of ${ATTENDEE_TABS.join(', ')} (default all); pending includes unfinished checkouts, not-checked-in only attendees of completed and placed orders`, ...LIST_FILTERS },
      }),
      schema: { tags: ['attendees'], summary: 'Attendees of an event on one tab, with the count of every tab in meta.tabs', params: eventParams },
    },
    async (request: FastifyRequest<{ Params: { eventKey: string } }>) => {
      const raw = request.query as RawQuery;
      const query = parseListQuery(raw, pageLimits(app), ['tab', 'search']);
      const filters = { tab: parseChoice(raw, 'tab', ATTENDEE_TABS, 'all'), search: parseSearch(raw) };
      return listEventAttendees(app.ctx.db, request.access, request.params.eventKey, query, filters, request.url);
    },
  );
}
