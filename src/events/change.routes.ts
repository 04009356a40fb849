// GET /v1/events/{id}/changes: the event's live stream (Server-Sent Events) for open orders, attendees and scheduler pages.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { eventParams } from '../http/jsonapi/resource.routes.js';
import { lastEventId, sendEventStream } from '../http/sse.js';
import { changeStream, openChangeStream } from './change.service.js';

export async function changeRoutes(app: FastifyInstance): Promise<void> {
  let closing = false;
  // preClose: before the server waits for open connections, so streams end instead of holding the close up.
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.get(
    '/events/:eventKey/changes',
    {
      config: { tokenInQuery: true },
      schema: {
        tags: ['events'],
        summary: 'Orders, check-ins and schedule changes as they happen, as Server-Sent Events (orders and check-ins: registrars and up; sessions: those who manage the program; token also as ?access_token=)',
        params: eventParams,
      },
    },
    async (request: FastifyRequest<{ Params: { eventKey: string } }>, reply) => {
      const stream = await openChangeStream(app.ctx.db, request.access, request.params.eventKey);
      let gone = false;
      request.raw.on('close', () => {
        gone = true;
      });
      const after = lastEventId(request.headers['last-event-id']);
      return sendEventStream(reply, changeStream(app.ctx.db, request.access, stream, { after, stopped: () => gone || closing }));
    },
  );
}
