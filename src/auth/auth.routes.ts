// POST /v1/auth/login: plain JSON as the original, answering {"access_token"}.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { UnprocessableError } from '../http/errors.js';
import { authenticate } from '../users/user.service.js';
import { RateLimiter } from './rate-limit.js';

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

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const { config } = app.ctx;
  const limiter = new RateLimiter(config.loginAttemptsPerWindow, config.loginWindowSeconds * 1000);
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Exchange e-mail and password for an access token',
        body: LoginBody,
        response: { 200: Type.Object({ access_token: Type.String() }) },
      },
    },
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
}
