// Task routes: one export route per registered exporter (GET, and POST with a JSON body as the original's
// sessions/speakers CSV), the task status, its file, and its progress as Server-Sent Events read from the
// stored task_events (so it works whichever process runs the job).
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Exporter } from '../exports/exporter.js';
import { sendTaskFile } from '../http/download.js';
import { lastEventId, sendEventStream, sleep, SSE_KEEP_ALIVE, sseMessage } from '../http/sse.js';
import { UnprocessableError } from '../http/errors.js';
import { eventParams } from '../http/jsonapi/resource.routes.js';
import { listTaskEventsAfter } from './task.repo.js';
import { getTaskFile, getTaskFor, listEventExports, startExport, taskStatus, taskUrl } from './task.service.js';

const POLL_MS = 200;
const HEARTBEAT_MS = 15_000;
const FINAL_STATES = new Set(['SUCCESS', 'FAILURE', 'CANCELLED']);

type ByEvent = FastifyRequest<{ Params: { eventKey: string } }>;
type ByTask = FastifyRequest<{ Params: { taskId: string } }>;

/**
 * Exporter options from the query string and a JSON body: flat strings, numbers or booleans, as strings. Options the
 * exporter declares are checked (a tab it does not have, a search too long), naming the parameter or field.
 */
function exportParams(exporter: Exporter, query: unknown, body: unknown): Record<string, string> {
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
      const option = exporter.options?.[key];
      const text = String(value);
      if (option?.values && !option.values.includes(text)) {
        throw new UnprocessableError('validation', `${key} must be one of ${option.values.join(', ')}`, where);
      }
      if (option?.maxLength !== undefined && text.length > option.maxLength) {
        throw new UnprocessableError('validation', `${key} may be at most ${option.maxLength} characters`, where);
      }
      params[key] = text;
    }
  }
  return params;
}

const Started = Type.Object({ task_url: Type.String() });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const ExportTask = Type.Object({
  id: Type.String(),
  format: Type.String(),
  label: Type.String(),
  options: Type.Record(Type.String(), Type.String()),
  state: Type.Union(['WAITING', 'STARTED', 'SUCCESS', 'FAILURE', 'CANCELLED'].map((state) => Type.Literal(state))),
  progress: Type.Object({ percent: Type.Integer(), step: Nullable(Type.String()) }),
  error: Nullable(Type.Object({ code: Nullable(Type.String()), detail: Nullable(Type.String()) })),
  'created-at': Type.String({ format: 'date-time' }),
  'finished-at': Nullable(Type.String({ format: 'date-time' })),
  'task-url': Type.String(),
  'events-url': Type.String(),
  'download-url': Nullable(Type.String()),
  'file-name': Nullable(Type.String()),
});
const Exports = Type.Object({
  formats: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), extension: Type.String(), url: Type.String(), options: Type.Array(Type.String()) })),
  tasks: Type.Array(ExportTask),
});

export async function taskRoutes(app: FastifyInstance): Promise<void> {
  const tags = ['tasks'];
  let closing = false;
  // preClose: before the server waits for open connections, so streams end instead of holding the close up.
  app.addHook('preClose', async () => {
    closing = true;
  });

  for (const exporter of app.ctx.exporters) {
    const handler = async (request: ByEvent, reply: import('fastify').FastifyReply) => {
      const params = exportParams(exporter, request.query, request.method === 'POST' ? request.body : undefined);
      const task = await startExport(app.ctx.db, app.ctx.queue, request.access, request.params.eventKey, exporter.id, params, app.ctx.exporters);
      const url = taskUrl(task.id);
      return reply.code(202).header('location', url).send({ task_url: url });
    };
    const options = Object.entries(exporter.options ?? {}).map(([name, option]) => `${name}: ${option.description}`);
    const schema = {
      tags: ['exports'],
      summary: `Start the ${exporter.label} export (answers a task URL)`,
      description: options.length ? `Options, in the query string or a JSON body: ${options.join('; ')}` : undefined,
      params: eventParams,
      response: { 202: Started },
    };
    app.get(`/events/:eventKey/export/${exporter.route}`, { schema }, handler);
    app.post(`/events/:eventKey/export/${exporter.route}`, { schema }, handler);
  }

  app.get(
    '/events/:eventKey/exports',
    { schema: { tags: ['exports'], summary: "The event's export formats and the caller's recent exports (coorganizers)", params: eventParams, response: { 200: Exports } } },
    async (request: ByEvent) => listEventExports(app.ctx.db, request.access, request.params.eventKey, app.ctx.exporters),
  );

  app.get('/tasks/:taskId', { schema: { tags, summary: 'State, progress and result of a task (its starter and admins)' } }, async (request: ByTask) =>
    taskStatus(await getTaskFor(app.ctx.db, request.access, request.params.taskId)),
  );

  app.get('/tasks/:taskId/download', { config: { tokenInQuery: true }, schema: { tags, summary: "A finished export's file (token also as ?access_token=)" } }, async (request: ByTask, reply) => {
    return sendTaskFile(reply, await getTaskFile(app.ctx.db, request.access, app.ctx.config.dataDir, request.params.taskId));
  });

  app.get('/tasks/:taskId/events', { config: { tokenInQuery: true }, schema: { tags, summary: 'State changes and progress of a task as Server-Sent Events (token also as ?access_token=, for EventSource)' } }, async (request: ByTask, reply) => {
    const { db } = app.ctx;
    const task = await getTaskFor(db, request.access, request.params.taskId);
    let after = lastEventId(request.headers['last-event-id']) ?? 0;
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
          yield sseMessage(event.seq, event.type, event.data);
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
          yield SSE_KEEP_ALIVE;
        }
        await sleep(POLL_MS);
      }
    }
    return sendEventStream(reply, stream());
  });
}
