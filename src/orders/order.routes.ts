// Order routes: the original's plain-JSON calculate-amount and create-order, then JSON:API for reading,
// paying and cancelling (by the order's UUID identifier) and the organizer's list under the event.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseListQuery, parseSingleQuery, type RawQuery } from '../http/jsonapi/query.js';
import { documentSchema } from '../http/jsonapi/resource.js';
import { eventParams, pageLimits } from '../http/jsonapi/resource.routes.js';
import type { JsonApiBody } from '../http/jsonapi/resource.service.js';
import { orderResource } from './order.resource.js';
import { documented } from '../http/jsonapi/openapi.js';
import { attendeeResource } from '../attendees/attendee.resource.js';
import {
  calculateAmount,
  createOrder,
  getOrder,
  listEventOrders,
  listOrderAttendees,
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
const Basket = {
  tickets: Type.Array(Line, { minItems: 1, maxItems: 100 }),
  'discount-code': Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Integer({ minimum: 1 }), Type.Null()])),
};
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
  },
  { additionalProperties: false },
);
const CalculateBody = Type.Object(Basket, { additionalProperties: false });
const CreateBody = Type.Object({ ...Basket, attendees: Type.Optional(Type.Array(AttendeeIn, { maxItems: 1000 })) }, { additionalProperties: false });
const identifierParams = Type.Object({ identifier: Type.String({ maxLength: 64 }) });

type ByIdentifier = FastifyRequest<{ Params: { identifier: string } }>;

export async function orderRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.ctx.db;
  const tags = ['orders'];
  app.post('/orders/calculate-amount', { schema: { tags, summary: 'Price a basket of tickets', body: CalculateBody } }, async (request) =>
    calculateAmount(db(), request.access, request.body as BasketInput),
  );
  app.post('/orders/create-order', { schema: { tags, summary: 'Order tickets (reserves the seats)', body: CreateBody } }, async (request, reply) =>
    reply.code(201).type('application/vnd.api+json').send(await createOrder(db(), request.access, request.body as OrderInput)),
  );
  app.get('/orders/:identifier', { config: documented(orderResource, 'single'), schema: { tags, summary: 'One order', params: identifierParams } }, async (request: ByIdentifier) =>
    getOrder(db(), request.access, request.params.identifier, parseSingleQuery(request.query as RawQuery)),
  );
  app.patch(
    '/orders/:identifier',
    { config: documented(orderResource, 'single'), schema: { tags, summary: 'Pay, complete or cancel an order', params: identifierParams, body: documentSchema(orderResource, 'update') } },
    async (request: ByIdentifier) => updateOrder(db(), request.access, request.params.identifier, request.body as JsonApiBody),
  );
  app.get('/orders/:identifier/attendees', { config: documented(attendeeResource, 'list'), schema: { tags, summary: 'Attendees of an order', params: identifierParams } }, async (request: ByIdentifier) =>
    listOrderAttendees(db(), request.access, request.params.identifier, parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.get(
    '/events/:eventKey/orders',
    { config: documented(orderResource, 'list'), schema: { tags, summary: 'Orders of an event, with totals per status', params: eventParams } },
    async (request: FastifyRequest<{ Params: { eventKey: string } }>) =>
      listEventOrders(db(), request.access, request.params.eventKey, parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
}
