// /v1/events/{id}/statistics (the overview page's numbers) and the original's order-statistics of an event and
// of a ticket. Plain JSON answers with their TypeBox schemas, so the OpenAPI document and the browser's types
// describe them.
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseId } from '../http/errors.js';
import { eventParams, idParams } from '../http/jsonapi/resource.routes.js';
import { eventOrderStatistics, eventStatistics, ticketOrderStatistics } from './statistics.service.js';

const Money = Type.String({ description: 'A decimal amount in the event currency, e.g. "12.50"' });
const StatusTotals = Type.Object({ orders: Type.Integer(), tickets: Type.Integer(), amount: Money });
const Statistics = Type.Object({
  event: Type.Object({ id: Type.String(), identifier: Type.String(), timezone: Type.String(), currency: Type.String() }),
  tickets: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      type: Type.String(),
      'is-hidden': Type.Boolean(),
      quantity: Type.Integer(),
      sold: Type.Integer({ description: 'Seats in completed and placed orders' }),
      held: Type.Integer({ description: 'Seats held by initializing and pending orders' }),
      available: Type.Integer(),
      orders: Type.Integer({ description: 'Orders of any status with this ticket (a ticket with orders cannot be deleted)' }),
      revenue: Money,
    }),
  ),
  orders: Type.Object(
    Object.fromEntries(['initializing', 'pending', 'placed', 'completed', 'cancelled', 'expired'].map((status) => [status, StatusTotals])),
  ),
  'check-in': Type.Object({
    attendees: Type.Integer({ description: 'Attendees of completed and placed orders' }),
    'checked-in': Type.Integer(),
    days: Type.Array(Type.Object({ date: Type.String(), 'checked-in': Type.Integer() })),
  }),
  days: Type.Array(Type.Object({ date: Type.String(), orders: Type.Integer(), tickets: Type.Integer(), revenue: Money })),
});

const Counts = Type.Record(Type.String(), Type.Number());
const shaped = { orders: Counts, tickets: Counts, sales: Counts };
const links = Type.Object({ self: Type.String() });
const document = (type: string, attributes: Record<string, TSchema>) =>
  Type.Object({
    data: Type.Object({ type: Type.Literal(type), id: Type.String(), attributes: Type.Object(attributes), links }),
    links,
    jsonapi: Type.Object({ version: Type.String() }),
  });

export async function statisticsRoutes(app: FastifyInstance): Promise<void> {
  const tags = ['statistics'];
  const db = () => app.ctx.db;
  app.get(
    '/events/:eventKey/statistics',
    { schema: { tags, summary: 'Seats per ticket, orders by status, check-ins and sales per day (coorganizers and above)', params: eventParams, response: { 200: Statistics } } },
    async (request: FastifyRequest<{ Params: { eventKey: string } }>) => eventStatistics(db(), request.access, request.params.eventKey),
  );
  app.get(
    '/events/:eventKey/order-statistics',
    { schema: { tags, summary: "The original's order statistics of an event", params: eventParams, response: { 200: document('order-statistics-event', { identifier: Type.String(), ...shaped }) } } },
    async (request: FastifyRequest<{ Params: { eventKey: string } }>, reply) =>
      reply.type('application/vnd.api+json').send(await eventOrderStatistics(db(), request.access, request.params.eventKey)),
  );
  app.get(
    '/tickets/:id/order-statistics',
    { schema: { tags, summary: "The original's order statistics of a ticket", params: idParams, response: { 200: document('order-statistics-ticket', shaped) } } },
    async (request: FastifyRequest<{ Params: { id: string } }>, reply) =>
      reply.type('application/vnd.api+json').send(await ticketOrderStatistics(db(), request.access, parseId(request.params.id, 'ticket'))),
  );
}
