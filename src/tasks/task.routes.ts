// Task routes: one export route per registered exporter (GET, and POST with a JSON body as the original's
// sessions/speakers CSV), the task status, its file, and its progress as Server-Sent Events read from the
// stored task_events (so it works whichever process runs the job).
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendTaskFile } from '../http/download.js';
import { UnprocessableError } from '../http/errors.js';
import { eventParams } from '../http/jsonapi/resource.routes.js';
import { listTaskEventsAfter } from './task.repo.js';
import { getTaskFile, getTaskFor, startExport, taskStatus, taskUrl } from './task.service.js';

const POLL_MS = 200;
const HEARTBEAT_MS = 15_000;
const FINAL_STATES = new Set(['SUCCESS', 'FAILURE', 'CANCELLED']);

type ByEvent = FastifyRequest<{ Params: { eventKey: string } }>;
type ByTask = FastifyRequest<{ Params: { taskId: string } }>;

/** Exporter options from the query string and a JSON body: flat strings, numbers or booleans, as strings. */
function exportParams(query: unknown, body: unknown): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [source, values] of [['query', query], ['body', body]] as const) {
    if (values === undefined || values === null || values === '') continue;
    if (typeof values !== 'object' || Array.isArray(values)) {
      throw new UnprocessableError('validation', 'The body must be a JSON object of options', { pointer: '/' });
    }
    for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
      const where = source === 'body' ? { pointer: `/${key}` } : { parameter: key };
      if (!/^[A-Za-z_][A-Za-z0-9_-]{0,39}$/.test(key)) throw new UnprocessableError('validation', `Unknown option "${key}"`, where);
      if (!['string', 'number', 'boolean'].includes(typeof value) || String(value).length > 200) {
        throw new UnprocessableError('validation', `Option "${key}" must be a short text, number or true/false`, where);
      }
      params[key] = String(value);
    }
  }
  return params;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function taskRoutes(app: FastifyInstance): Promise<void> {
  const tags = ['tasks'];
  let closing = false;
  // preClose: before the server waits for open connections, so streams end instead of holding the close up.
  app.addHook('preClose', async () => {
    closing = true;
  });

  for (const exporter of app.ctx.exporters) {
    const handler = async (request: ByEvent, reply: import('fastify').FastifyReply) => {
      const params = exportParams(request.query, request.method === 'POST' ? request.body : undefined);
      const task = await startExport(app.ctx.db, app.ctx.queue, request.access, request.params.eventKey, exporter.id, params, app.ctx.exporters);
      const url = taskUrl(task.id);
      return reply.code(202).header('location', url).send({ task_url: url });
    };
    const schema = { tags: ['exports'], summary: `Start the ${exporter.label} export (answers a task URL)`, params: eventParams };
    app.get(`/events/:eventKey/export/${exporter.route}`, { schema }, handler);
    app.post(`/events/:eventKey/export/${exporter.route}`, { schema }, handler);
  }

  app.get('/tasks/:taskId', { schema: { tags, summary: 'State, progress and result of a task (its starter and admins)' } }, async (request: ByTask) =>
    taskStatus(await getTaskFor(app.ctx.db, request.access, request.params.taskId)),
  );

  app.get('/tasks/:taskId/download', { config: { tokenInQuery: true }, schema: { tags, summary: "A finished export's file (token also as ?access_token=)" } }, async (request: ByTask, reply) => {
    return sendTaskFile(reply, await getTaskFile(app.ctx.db, request.access, app.ctx.config.dataDir, request.params.taskId));
  });

  app.get('/tasks/:taskId/events', { config: { tokenInQuery: true }, schema: { tags, summary: 'State changes and progress of a task as Server-Sent Events (token also as ?access_token=, for EventSource)' } }, async (request: ByTask, reply) => {
    const { db } = app.ctx;
    const task = await getTaskFor(db, request.access, request.params.taskId);
    const lastEventId = Number(request.headers['last-event-id']);
    let after = Number.isInteger(lastEventId) && lastEventId > 0 ? lastEventId : 0;
    let gone = false;
    request.raw.on('close', () => {
      gone = true;
    });
    async function* stream(): AsyncGenerator<string> {
      let quietSince = Date.now();
      while (!gone && !closing) {
        const events = await listTaskEventsAfter(db, task.id, after);
        for (const event of events) {
          after = event.seq;
          yield `id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
          if (event.type === 'state' && FINAL_STATES.has(String(event.data && (event.data as { state?: unknown }).state))) return;
        }
        if (events.length > 0) {
          quietSince = Date.now();
          continue;
        }
        // Nothing new: if the task already ended (a reconnect after its last event), the stream ends too.
        const current = await getTaskFor(db, request.access, task.id);
        if (FINAL_STATES.has(current.state) && after >= current.lastSeq) return;
        if (Date.now() - quietSince >= HEARTBEAT_MS) {
          quietSince = Date.now();
          yield ': keep-alive\n\n';
        }
        await sleep(POLL_MS);
      }
    }
    return reply
      .type('text/event-stream; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('x-accel-buffering', 'no')
      .send(Readable.from(stream(), { objectMode: false }));
  });
}
