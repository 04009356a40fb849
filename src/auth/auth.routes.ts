// Logging in and out. API clients: POST /v1/auth/login (plain JSON as the original) answers {"access_token"}
// for an Authorization header. Browsers: /v1/auth/session sets the session cookie (see session.service.ts for
// why a cookie). Both: password reset by mail, and password change.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { publicBaseUrl } from '../config.js';
import { UnauthorizedError, UnprocessableError } from '../http/errors.js';
import { authenticate, passwordMatches } from '../users/user.service.js';
import type { UserRow } from '../users/user.repo.js';
import { RateLimiter } from './rate-limit.js';
import {
  changePassword,
  CSRF_COOKIE,
  endSession,
  requestPasswordReset,
  resetPassword,
  SESSION_COOKIE,
  sessionAccount,
  startSession,
} from './session.service.js';

const LoginBody = Type.Object(
  {
    email: Type.Optional(Type.String({ minLength: 1, maxLength: 254 })),
    username: Type.Optional(Type.String({ minLength: 1, maxLength: 254 })),
    password: Type.String({ minLength: 1, maxLength: 200 }),
    'remember-me': Type.Optional(Type.Boolean()),
    'include-in-response': Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const SessionBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const SessionUser = Type.Object({
  id: Type.String(),
  email: Type.String(),
  'first-name': Type.Union([Type.String(), Type.Null()]),
  'last-name': Type.Union([Type.String(), Type.Null()]),
  'public-name': Type.Union([Type.String(), Type.Null()]),
  'is-admin': Type.Boolean(),
});
const SessionAnswer = Type.Object({ user: SessionUser, 'expires-at': Type.String() });
const CurrentSession = Type.Object({ user: Type.Union([SessionUser, Type.Null()]) });

const ResetRequestBody = Type.Object(
  { data: Type.Object({ email: Type.String({ minLength: 1, maxLength: 254 }) }, { additionalProperties: false }) },
  { additionalProperties: false },
);
const ResetBody = Type.Object(
  { data: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }), password: Type.String({ maxLength: 200 }) }, { additionalProperties: false }) },
  { additionalProperties: false },
);
const ChangeBody = Type.Object(
  {
    data: Type.Object(
      { 'old-password': Type.String({ minLength: 1, maxLength: 200 }), 'new-password': Type.String({ maxLength: 200 }) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
const AccountAnswer = Type.Object({ id: Type.String(), email: Type.String(), name: Type.Union([Type.String(), Type.Null()]) });

const displayName = (user: UserRow) => user.publicName ?? ([user.firstName, user.lastName].filter(Boolean).join(' ') || null);

export function sessionUser(user: Pick<UserRow, 'id' | 'email' | 'firstName' | 'lastName' | 'publicName' | 'isAdmin'>) {
  return {
    id: String(user.id),
    email: user.email,
    'first-name': user.firstName,
    'last-name': user.lastName,
    'public-name': user.publicName,
    'is-admin': user.isAdmin,
  };
}

function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const { config } = app.ctx;
  const limiter = new RateLimiter(config.loginAttemptsPerWindow, config.loginWindowSeconds * 1000);
  const tags = ['auth'];

  app.post(
    '/auth/login',
    { schema: { tags, summary: 'Exchange e-mail and password for an access token', body: LoginBody, response: { 200: Type.Object({ access_token: Type.String() }) } } },
    async (request) => {
      const body = request.body as { email?: string; username?: string; password: string };
      const email = body.email ?? body.username;
      if (!email) {
        throw new UnprocessableError('auth.email_missing', 'email is required', { pointer: '/email' });
      }
      limiter.hit([`email:${email.toLowerCase()}`, `ip:${request.ip}`]);
      const user = await authenticate(app.ctx.db, email, body.password);
      return { access_token: app.ctx.tokens.sign(user.id) };
    },
  );

  app.post(
    '/auth/session',
    { config: { csrfExempt: true }, schema: { tags, summary: 'Log a browser in: sets the session cookie and the CSRF cookie', body: SessionBody, response: { 200: SessionAnswer } } },
    async (request, reply) => {
      const { email, password } = request.body as { email: string; password: string };
      limiter.hit([`email:${email.toLowerCase()}`, `ip:${request.ip}`]);
      const session = await startSession(app.ctx.db, email, password, request.headers['user-agent'], config.sessionDays);
      const common = { path: '/', sameSite: 'lax' as const, secure: 'auto' as const, expires: session.expiresAt };
      reply.setCookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
      reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
      return { user: sessionUser(session.user), 'expires-at': session.expiresAt.toISOString() };
    },
  );

  // 200 with user null when logged out: a browser logs every 4xx in its console, and being logged out is not an error.
  app.get('/auth/session', { schema: { tags, summary: 'Who is logged in (user null when nobody is)', response: { 200: CurrentSession } } }, async (request) => {
    const account = request.actor ? await sessionAccount(app.ctx.db, request.actor.id) : undefined;
    return { user: account ? sessionUser(account) : null };
  });

  const logout = async (token: string | null, reply: FastifyReply) => {
    if (token) await endSession(app.ctx.db, token);
    clearSessionCookies(reply);
  };
  app.delete('/auth/session', { schema: { tags, summary: 'Log the browser out: ends the session on the server' } }, async (request, reply) => {
    await logout(request.sessionToken ?? request.cookies[SESSION_COOKIE] ?? null, reply);
    return reply.code(204).send();
  });
  app.post(
    '/auth/logout',
    { schema: { tags, summary: 'Log out (the original route): ends the browser session, if any', response: { 200: Type.Object({ success: Type.Boolean() }) } } },
    async (request, reply) => {
      await logout(request.sessionToken ?? request.cookies[SESSION_COOKIE] ?? null, reply);
      return { success: true };
    },
  );

  app.post(
    '/auth/reset-password',
    { schema: { tags, summary: 'Mail a link to set a new password (the same answer whether the address has an account or not)', body: ResetRequestBody, response: { 200: Type.Object({ message: Type.String() }) } } },
    async (request) => {
      const { email } = (request.body as { data: { email: string } }).data;
      limiter.hit([`reset:${email.toLowerCase()}`, `reset-ip:${request.ip}`]);
      await requestPasswordReset(app.ctx.db, app.ctx.mailer, email, (token) => `${publicBaseUrl(config)}/reset-password?token=${encodeURIComponent(token)}`);
      return { message: 'Email Sent' };
    },
  );
  app.patch(
    '/auth/reset-password',
    { schema: { tags, summary: 'Set a new password with the token from the mailed link', body: ResetBody, response: { 200: AccountAnswer } } },
    async (request) => {
      const { token, password } = (request.body as { data: { token: string; password: string } }).data;
      limiter.hit([`reset-ip:${request.ip}`]);
      const user = await resetPassword(app.ctx.db, token, password);
      return { id: String(user.id), email: user.email, name: displayName(user) };
    },
  );
  app.post(
    '/auth/verify-password',
    {
      schema: {
        tags,
        summary: "Whether a password is the logged-in caller's (the original's check before a sensitive change)",
        body: Type.Object({ password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ result: Type.Boolean() }) },
      },
    },
    async (request) => {
      if (!request.actor) throw new UnauthorizedError('auth.required', 'Log in to verify your password');
      // Counted with the logins: it answers the same question a login does.
      limiter.hit([`email:${request.actor.email.toLowerCase()}`, `ip:${request.ip}`]);
      return { result: await passwordMatches(app.ctx.db, request.actor.id, (request.body as { password: string }).password) };
    },
  );
  app.post(
    '/auth/change-password',
    {
      schema: {
        tags,
        summary: "Change the caller's password; their other sessions end",
        body: ChangeBody,
        response: { 200: Type.Intersect([AccountAnswer, Type.Object({ 'password-changed': Type.Boolean() })]) },
      },
    },
    async (request) => {
      if (!request.actor) throw new UnauthorizedError('auth.required', 'Log in to change your password');
      const data = (request.body as { data: { 'old-password': string; 'new-password': string } }).data;
      limiter.hit([`email:${request.actor.email.toLowerCase()}`, `ip:${request.ip}`]);
      const user = await changePassword(app.ctx.db, request.actor.id, data['old-password'], data['new-password'], request.sessionToken ?? undefined);
      return { id: String(user.id), email: user.email, name: displayName(user), 'password-changed': true };
    },
  );
}
