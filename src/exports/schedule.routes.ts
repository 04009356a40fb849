// The published schedule, public as frab and pretalx serve it: GET /v1/events/{id}/schedule.xml, .ics and
// .xcal once the event is published and its schedule-published-on is set. Answers carry an ETag derived from
// the event's version (bumped by every write to its data), so apps polling for changes get 304s, and the
// bytes are kept in the public cache until the next change.
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError } from '../http/errors.js';
import { eventParams } from '../http/jsonapi/resource.routes.js';
import { loadVisibleEvent } from '../http/jsonapi/resource.service.js';
import { Access } from '../events/access.js';
import type { EventRow } from '../events/event.repo.js';
import type { Exporter } from './exporter.js';
import { icalExporter } from './ical.exporter.js';
import { pentabarfExporter } from './pentabarf.exporter.js';
import { xcalExporter } from './xcal.exporter.js';

const PUBLIC_SCHEDULES: [string, Exporter][] = [
  ['schedule.xml', pentabarfExporter],
  ['schedule.ics', icalExporter],
  ['schedule.xcal', xcalExporter],
];

async function render(exporter: Exporter, event: EventRow, app: FastifyInstance): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  await exporter.write({ db: app.ctx.db, event, params: {}, progress: () => undefined, out });
  if (!out.writableEnded) out.end();
  await ended;
  return Buffer.concat(chunks).toString('utf8');
}

export async function scheduleRoutes(app: FastifyInstance): Promise<void> {
  for (const [file, exporter] of PUBLIC_SCHEDULES) {
    app.get(
      `/events/:eventKey/${file}`,
      { schema: { tags: ['exports'], summary: `The published schedule as ${file}`, params: eventParams } },
      async (request: FastifyRequest<{ Params: { eventKey: string } }>, reply: FastifyReply) => {
        // Public data only: whoever asks gets what an anonymous reader would.
        const event = await loadVisibleEvent(app.ctx.db, new Access(app.ctx.db, null), request.params.eventKey);
        if (!event.schedulePublishedOn) {
          throw new NotFoundError('schedule.not_published', `The schedule of event ${request.params.eventKey} is not published`);
        }
        const etag = `W/"${event.id}-${event.version}-${exporter.id}"`;
        reply.header('etag', etag).header('cache-control', 'public, max-age=60').type(exporter.contentType);
        if (request.headers['if-none-match'] === etag) return reply.code(304).send();
        const key = `schedule:${event.id}:${file}`;
        let body = app.ctx.publicCache?.get(key, event.id, event.version);
        if (body === undefined) {
          body = await render(exporter, event, app);
          app.ctx.publicCache?.set(key, event.id, event.version, body);
        }
        return reply.send(body);
      },
    );
  }
}
