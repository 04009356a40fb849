// Role invite routes: the event's invites (list, one, send, resend, withdraw) as JSON:API, and the link's side
// under the original's paths: /v1/role_invites/user (what the invite is), accept-invite and decline-invite.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { publicBaseUrl } from '../config.js';
import { parseId } from '../http/errors.js';
import { JSONAPI_MEDIA_TYPE } from '../http/media-type.js';
import { documented } from '../http/jsonapi/openapi.js';
import { parseListQuery, parseSingleQuery, type RawQuery } from '../http/jsonapi/query.js';
import { documentSchema } from '../http/jsonapi/resource.js';
import { eventParams, idParams, pageLimits } from '../http/jsonapi/resource.routes.js';
import { getOne, listForEvent, type JsonApiBody } from '../http/jsonapi/resource.service.js';
import { roleInviteResource } from './role-invite.resource.js';
import { acceptInvite, createInvite, declineInvite, describeInvite, resendInvite, withdrawInvite, type InviteMail } from './role-invite.service.js';

const TokenBody = Type.Object(
  { data: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }) },
  { additionalProperties: false },
);
const InviteDescription = Type.Object({
  email: Type.String(),
  role: Type.String(),
  status: Type.String({ description: 'pending, accepted, declined or withdrawn' }),
  'has-account': Type.Boolean({ description: 'Whether the invited address has an account (log in) or not (sign up)' }),
  event: Type.Object({ id: Type.String(), identifier: Type.String(), name: Type.String(), 'starts-at': Type.String(), 'ends-at': Type.String(), timezone: Type.String() }),
});
const InviteAnswer = Type.Object({
  email: Type.String(),
  event: Type.Integer(),
  name: Type.String(),
  event_identifier: Type.String(),
  role: Type.String(),
  status: Type.String(),
});

type ById = FastifyRequest<{ Params: { id: string } }>;
type WithToken = FastifyRequest<{ Body: { data: { token: string } } }>;

export async function roleInviteRoutes(app: FastifyInstance): Promise<void> {
  const def = roleInviteResource;
  const tags = ['role-invites'];
  const db = () => app.ctx.db;
  const mail = (): InviteMail => ({ mailer: app.ctx.mailer, linkFor: (token) => `${publicBaseUrl(app.ctx.config)}/invites/${encodeURIComponent(token)}` });

  app.get(
    '/events/:eventKey/role-invites',
    { config: documented(def, 'list'), schema: { tags, summary: 'Invites of an event (coorganizers and above)', params: eventParams } },
    async (request: FastifyRequest<{ Params: { eventKey: string } }>) =>
      listForEvent(db(), request.access, def, request.params.eventKey, parseListQuery(request.query as RawQuery, pageLimits(app)), request.url),
  );
  app.get('/role-invites/:id', { config: documented(def, 'single'), schema: { tags, summary: 'One invite', params: idParams } }, async (request: ById) =>
    getOne(db(), request.access, def, parseId(request.params.id, def.type), parseSingleQuery(request.query as RawQuery)),
  );
  app.post(
    '/role-invites',
    { config: documented(def, 'single', { status: 201 }), schema: { tags, summary: 'Invite someone by e-mail (owners and organizers; an owner only by an owner)', body: documentSchema(def, 'create', ['event']) } },
    async (request, reply) => reply.code(201).send(await createInvite(db(), request.access, request.body as JsonApiBody, mail())),
  );
  // No body: the JSON:API media type check does not apply, the answer is still a JSON:API document.
  app.post(
    '/role-invites/:id/resend',
    { config: { ...documented(def, 'single'), jsonapi: false }, schema: { tags, summary: 'Mail a pending invite again with a new link (the old one stops working)', params: idParams } },
    async (request: ById, reply) => reply.type(JSONAPI_MEDIA_TYPE).send(await resendInvite(db(), request.access, parseId(request.params.id, def.type), mail())),
  );
  app.delete('/role-invites/:id', { config: documented(def, 'deleted'), schema: { tags, summary: 'Withdraw a pending invite', params: idParams } }, async (request: ById) =>
    withdrawInvite(db(), request.access, parseId(request.params.id, def.type)),
  );

  app.post(
    '/role_invites/user',
    { schema: { tags, summary: 'What an invite link is about: the address, role, event and status', body: TokenBody, response: { 200: InviteDescription } } },
    async (request: WithToken) => describeInvite(db(), request.body.data.token),
  );
  app.post(
    '/role_invites/accept-invite',
    { schema: { tags, summary: 'Accept an invite, logged in with the invited address', body: TokenBody, response: { 200: InviteAnswer } } },
    async (request: WithToken) => acceptInvite(db(), request.access, request.body.data.token),
  );
  app.post(
    '/role_invites/decline-invite',
    { schema: { tags, summary: 'Decline an invite (no account needed)', body: TokenBody, response: { 200: InviteAnswer } } },
    async (request: WithToken) => declineInvite(db(), request.body.data.token),
  );
}
