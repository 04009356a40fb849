// GET /v1/sessions/states (the original's route, public): the state changes a session may make, for an organizer and
// for a speaker, as the original's clients read them to offer the next states. Organizers (coorganizers and above,
// track organizers on their track) may in fact set any state through PATCH; this table is what clients offer.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';

type Moves = Record<string, Record<string, true>>;
const to = (...states: string[]): Record<string, true> => Object.fromEntries(states.map((state) => [state, true as const]));

export const SESSION_STATE_CHANGES: { organizer: Moves; speaker: Moves } = {
  organizer: {
    accepted: to('canceled', 'confirmed', 'rejected', 'withdrawn'),
    canceled: to('accepted', 'confirmed', 'rejected', 'withdrawn'),
    confirmed: to('accepted', 'canceled', 'rejected', 'withdrawn'),
    draft: {},
    pending: to('accepted', 'confirmed', 'rejected', 'withdrawn'),
    rejected: to('accepted', 'confirmed', 'withdrawn'),
    withdrawn: {},
  },
  speaker: {
    accepted: to('withdrawn'),
    canceled: to('withdrawn'),
    confirmed: to('withdrawn'),
    draft: to('pending'),
    pending: to('withdrawn'),
    rejected: to('withdrawn'),
    withdrawn: {},
  },
};

const MovesSchema = Type.Record(Type.String(), Type.Record(Type.String(), Type.Boolean()));

export async function sessionStateRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/sessions/states',
    { schema: { tags: ['sessions'], summary: 'Which state a session may move to from each state, for organizers and speakers', response: { 200: Type.Object({ organizer: MovesSchema, speaker: MovesSchema }) } } },
    async () => SESSION_STATE_CHANGES,
  );
}
