// Order routes: the original's plain-JSON calculate-amount and create-order, then JSON:API for reading,
// paying and cancelling (by the order's UUID identifier) and the organizer's list under the event.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseChoice, parseListQuery, parseSearch, parseSingleQuery, type RawQuery } from '../http/jsonapi/query.js';
import { publicBaseUrl } from '../config.js';
import { documentSchema } from '../http/jsonapi/resource.js';
import { eventParams, idParams, pageLimits } from '../http/jsonapi/resource.routes.js';
import { parseId } from '../http/errors.js';
import type { JsonApiBody } from '../http/jsonapi/resource.service.js';
import { ORDER_TABS, orderResource } from './order.resource.js';
import { documented } from '../http/jsonapi/openapi.js';
import { attendeeResource } from '../attendees/attendee.resource.js';
import {
  calculateAmount,
  createOrder,
  getOrder,
  getOrderHistory,
  listAllOrders,
  listEventOrders,
  resendConfirmation,
  listOrderAttendees,
  listUserOrders,
  orderExpiresAt,
  updateOrder,
  type BasketInput,
  type OrderInput,
} from './order.service.js';

const Id = Type.Union([Type.Integer({ minimum: 1, maximum: 2_147_483_647 }), Type.String({ pattern: '^[0-9]{1,10}$' })]);
const Line = Type.Object(
  {
    id: Id,
    quantity: Type.Integer({ minimum: 0, maximum: 10_000 }),
    price: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 10_000_000 }), Type.String({ pattern: '^[0-9]{1,9}(\\.[0-9]{1,4})?$' })])),
  },
  { additionalProperties: false },
);
const Code = Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Integer({ minimum: 1 }), Type.Null()]));
// The original's clients send the code as discount_code as well as discount-code.
const Basket = {
  tickets: Type.Array(Line, { minItems: 1, maxItems: 100 }),
  'discount-code': Code,
  discount_code: Code,
  'access-code': Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
};

/** A basket with its code under one name (discount-code wins when both are given). */
function basket<T extends { 'discount-code'?: unknown; discount_code?: unknown }>(body: T): T {
  const { discount_code: underscored, ...rest } = body;
  return (rest['discount-code'] === undefined && underscored !== undefined ? { ...rest, 'discount-code': underscored } : rest) as T;
}
const text = (maxLength = 255) => Type.Optional(Type.String({ maxLength }));
const AttendeeIn = Type.Object(
  {
    ticket: Id,
    firstname: text(),
    lastname: text(),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    address: text(1000),
    city: text(),
    state: text(),
    country: text(),
    'job-title': text(),
    phone: text(50),
    company: text(),
    'complex-field-values': Type.Optional(
      Type.Record(Type.String({ maxLength: 64 }), Type.Union([Type.String({ maxLength: 10_000 }), Type.Number(), Type.Boolean(), Type.Null()]), { maxProperties: 200 }),
    ),
  },
  { additionalProperties: false },
);
const CalculateBody = Type.Object(Basket, { additionalProperties: false });
const CreateBody = Type.Object({ ...Basket, attendees: Type.Optional(Type.Array(AttendeeIn, { maxItems: 1000 })) }, { additionalProperties: false });
const identifierParams = Type.Object({ identifier: Type.String({ maxLength: 64 }) });
const History = Type.Object({
  data: Type.Array(
    Type.Object({
      from: Type.Union([Type.String(), Type.Null()]),
      to: Type.String(),
      at: Type.String({ format: 'date-time' }),
      by: Type.Union([Type.Object({ id: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
    }),
  ),
});
const Resent = Type.Object({ 'sent-to': Type.String(), delivered: Type.Union([Type.Literal('smtp'), Type.Literal('outbox')]) });
const Totals = Type.Record(Type.String(), Type.Object({ count: Type.Integer(), amount: Type.String() }));
const TabCounts = Type.Object(Object.fromEntries(ORDER_TABS.map((tab) => [tab, Type.Integer()])));

type ByIdentifier = FastifyRequest<{ Params: { identifier: string } }>;

export async function orderRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.ctx.db;
  const tags = ['orders'];
  app.post('/orders/calculate-amount', { schema: { tags, summary: 'Price a basket of tickets', body: CalculateBody } }, async (request) =>
    calculateAmount(db(), request.access, basket(request.body as BasketInput)),
  );
  // An unpaid order's answer says when it runs out (meta.expires-at), for the checkout's countdown.
  const withExpiry = (document: Record<string, unknown>) => {
    const { status, 'created-at': createdAt } = (document.data as { attributes: { status: string; 'created-at': string } }).attributes;
    return { ...document, meta: { 'expires-at': orderExpiresAt({ status, createdAt }, app.ctx.config.orderExpiryMinutes) } };
  };
  const expiryMeta = { meta: { 'expires-at': Type.Union([Type.String({ format: 'date-time' }), Type.Null()]) } };
  // Described as a JSON:API answer, but its body is plain JSON, as the original's clients send it.
  app.post('/orders/create-order', { config: { openapi: documented(orderResource, 'single', { status: 201, ...expiryMeta }).openapi }, schema: { tags, summary: 'Order tickets (reserves the seats)', body: CreateBody } }, async (request, reply) =>
    reply.code(201).type('application/vnd.api+json').send(withExpiry(await createOrder(db(), request.access, basket(request.body as OrderInput)))),
  );
  app.get('/orders', { config: documented(orderResource, 'list'), schema: { tags, summary: 'Every order (admins)' } }, async (request) =>
    listAllOrders(db(), request.access, parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.get('/orders/:identifier', { config: documented(orderResource, 'single', expiryMeta), schema: { tags, summary: 'One order', params: identifierParams } }, async (request: ByIdentifier) =>
    withExpiry(await getOrder(db(), request.access, request.params.identifier, parseSingleQuery(request.query as RawQuery))),
  );
  app.patch(
    '/orders/:identifier',
    { config: documented(orderResource, 'single', expiryMeta), schema: { tags, summary: 'Pay, complete or cancel an order', params: identifierParams, body: documentSchema(orderResource, 'update') } },
    async (request: ByIdentifier) => withExpiry(await updateOrder(db(), request.access, request.params.identifier, request.body as JsonApiBody)),
  );
  app.get(
    '/users/:id/orders',
    { config: documented(orderResource, 'list'), schema: { tags, summary: "A person's own orders, newest first (that person and admins)", params: idParams } },
    async (request: FastifyRequest<{ Params: { id: string } }>) =>
      listUserOrders(db(), request.access, parseId(request.params.id, 'user'), parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.get('/orders/:identifier/attendees', { config: documented(attendeeResource, 'list'), schema: { tags, summary: 'Attendees of an order', params: identifierParams } }, async (request: ByIdentifier) =>
    listOrderAttendees(db(), request.access, request.params.identifier, parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.get(
    '/orders/:identifier/history',
    { schema: { tags, summary: 'Status changes of an order (coorganizers and the buyer)', params: identifierParams, response: { 200: History } } },
    async (request: ByIdentifier) => getOrderHistory(db(), request.access, request.params.identifier),
  );
  app.post(
    '/orders/:identifier/resend-confirmation',
    { schema: { tags, summary: "Mail the order's confirmation to its buyer again (coorganizers)", params: identifierParams, response: { 200: Resent } } },
    async (request: ByIdentifier) =>
      resendConfirmation(db(), request.access, app.ctx.mailer, request.params.identifier, (identifier) => `${publicBaseUrl(app.ctx.config)}/my-tickets?order=${identifier}`),
  );
  app.get(
    '/events/:eventKey/orders',
    {
      config: documented(orderResource, 'list', {
        meta: { totals: Totals, tabs: TabCounts },
        query: { tab: `One of ${ORDER_TABS.join(', ')} (default all); pending includes unfinished checkouts (initializing)`, search: 'Search box: order number (O<time>-<id>, the id, or the start of the UUID), buyer name or e-mail, attendee name or e-mail' },
      }),
      schema: { tags, summary: 'Orders of an event on one tab, with totals per status and the count of every tab', params: eventParams },
    },
    async (request: FastifyRequest<{ Params: { eventKey: string } }>) => {
      const raw = request.query as RawQuery;
      const query = parseListQuery(raw, pageLimits(app), ['tab', 'search']);
      const filters = { tab: parseChoice(raw, 'tab', ORDER_TABS, 'all'), search: parseSearch(raw) };
      return listEventOrders(db(), request.access, request.params.eventKey, query, filters, request.url);
    },
  );
}
