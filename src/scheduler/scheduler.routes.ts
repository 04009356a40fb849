// The schedule editor's routes: the working copy (GET /v1/events/{id}/scheduler), one session's place
// (PATCH .../scheduler/sessions/{id}, refused with a 409 when stale), what changed since the latest published
// version, publishing, and the published versions as JSON:API.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseId } from '../http/errors.js';
import { documented } from '../http/jsonapi/openapi.js';
import { parseListQuery, parseSingleQuery, type RawQuery } from '../http/jsonapi/query.js';
import { eventParams, idParams, pageLimits } from '../http/jsonapi/resource.routes.js';
import { getOne, listForEvent } from '../http/jsonapi/resource.service.js';
import { scheduleVersionResource } from './schedule-version.resource.js';
import { getScheduleChanges, getWorkingCopy, moveSession, publishSchedule, type MoveInput, type PublishInput } from './scheduler.service.js';

const Id = Type.String();
const Time = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);
const SchedulerSession = Type.Object({
  id: Id,
  title: Type.String(),
  state: Type.String(),
  track: Type.Union([Id, Type.Null()]),
  'session-type': Type.Union([Id, Type.Null()]),
  room: Type.Union([Id, Type.Null()]),
  'starts-at': Time,
  'ends-at': Time,
  'lock-version': Type.Integer({ description: 'Send it back with a move; a move naming an older one is refused' }),
  speakers: Type.Array(Type.Object({ id: Id, name: Type.String() })),
  editable: Type.Boolean({ description: 'Whether the caller may move it (track organizers: their tracks only)' }),
});
const VersionSummary = Type.Union([Type.Object({ id: Id, number: Type.Integer(), name: Type.String(), 'published-at': Type.String({ format: 'date-time' }) }), Type.Null()]);
const WorkingCopy = Type.Object({
  event: Type.Object({
    id: Id,
    identifier: Type.String(),
    name: Type.String(),
    timezone: Type.String(),
    'starts-at': Type.String({ format: 'date-time' }),
    'ends-at': Type.String({ format: 'date-time' }),
    'schedule-published-on': Time,
  }),
  rooms: Type.Array(Type.Object({ id: Id, name: Type.String() })),
  'session-types': Type.Array(Type.Object({ id: Id, name: Type.String(), minutes: Type.Integer() })),
  tracks: Type.Array(Type.Object({ id: Id, name: Type.String(), color: Type.String() })),
  sessions: Type.Array(SchedulerSession),
  'latest-version': VersionSummary,
  'can-publish': Type.Boolean(),
});
const MoveBody = Type.Object(
  {
    'lock-version': Type.Integer({ minimum: 0, maximum: 2_147_483_647 }),
    room: Type.Union([Type.String({ maxLength: 20 }), Type.Null()]),
    'starts-at': Type.Union([Type.String({ maxLength: 40 }), Type.Null()]),
    'ends-at': Type.Union([Type.String({ maxLength: 40 }), Type.Null()]),
  },
  { additionalProperties: false },
);
const ChangeSlot = Type.Union([
  Type.Object({ room: Type.Union([Type.Object({ id: Id, name: Type.String() }), Type.Null()]), 'starts-at': Type.String(), 'ends-at': Type.String() }),
  Type.Null(),
]);
const Change = Type.Object({ session: Type.Object({ id: Id, title: Type.String() }), before: ChangeSlot, after: ChangeSlot });
const Changes = Type.Object({ since: VersionSummary, added: Type.Array(Change), moved: Type.Array(Change), removed: Type.Array(Change) });
const PublishBody = Type.Object(
  {
    data: Type.Object(
      {
        type: Type.Literal('schedule-version'),
        attributes: Type.Optional(
          Type.Object(
            {
              name: Type.Optional(Type.String({ maxLength: 100 })),
              comment: Type.Optional(Type.Union([Type.String({ maxLength: 5_000 }), Type.Null()])),
              'notify-speakers': Type.Optional(Type.Boolean({ description: 'Mail the speakers whose sessions moved since the latest version' })),
            },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

type ByEvent = FastifyRequest<{ Params: { eventKey: string } }>;

export async function schedulerRoutes(app: FastifyInstance): Promise<void> {
  const tags = ['scheduler'];
  const db = () => app.ctx.db;
  const def = scheduleVersionResource;

  app.get(
    '/events/:eventKey/scheduler',
    { schema: { tags, summary: 'The working schedule: rooms in order, session types, tracks, accepted and confirmed sessions (program managers)', params: eventParams, response: { 200: WorkingCopy } } },
    async (request: ByEvent) => getWorkingCopy(db(), request.access, request.params.eventKey),
  );
  app.patch(
    '/events/:eventKey/scheduler/sessions/:id',
    {
      config: { jsonapi: false },
      schema: {
        tags,
        summary: "Place, move, resize or unschedule a session; 409 session.stale when its lock-version is not the one sent",
        params: Type.Object({ eventKey: Type.String({ maxLength: 20 }), id: Type.String({ maxLength: 20 }) }),
        body: MoveBody,
        response: { 200: SchedulerSession },
      },
    },
    async (request: FastifyRequest<{ Params: { eventKey: string; id: string }; Body: MoveInput }>) =>
      moveSession(db(), request.access, request.params.eventKey, parseId(request.params.id, 'session'), request.body),
  );
  app.get(
    '/events/:eventKey/schedule-changes',
    { schema: { tags, summary: 'Sessions added, moved and removed since the latest published version', params: eventParams, response: { 200: Changes } } },
    async (request: ByEvent) => getScheduleChanges(db(), request.access, request.params.eventKey),
  );
  app.get(
    '/events/:eventKey/schedule-versions',
    { config: documented(def, 'list'), schema: { tags, summary: 'Published versions of the schedule, newest first', params: eventParams } },
    async (request: ByEvent) => listForEvent(db(), request.access, def, request.params.eventKey, parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.get('/schedule-versions/:id', { config: documented(def, 'single'), schema: { tags, summary: 'One published version', params: idParams } }, async (request: FastifyRequest<{ Params: { id: string } }>) =>
    getOne(db(), request.access, def, parseId(request.params.id, def.type), parseSingleQuery(request.query as RawQuery)),
  );
  app.post(
    '/events/:eventKey/schedule-versions',
    {
      config: documented(def, 'single', { status: 201 }),
      schema: { tags, summary: 'Publish the working schedule as the next version (coorganizers and above)', params: eventParams, body: PublishBody },
    },
    async (request: FastifyRequest<{ Params: { eventKey: string }; Body: { data: { attributes?: PublishInput } } }>, reply) =>
      reply
        .code(201)
        .send(await publishSchedule(db(), request.access, request.params.eventKey, request.body.data.attributes ?? {}, app.ctx.mailer, (message) => request.log.warn(message))),
  );
}
