// The few typed errors the services throw, and the one place that maps any error to a JSON:API document.
// Unknown errors are logged with the request id and become a 500 that reveals no internals.

export interface ErrorSource {
  pointer?: string;
  parameter?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly source?: ErrorSource,
  ) {
    super(detail);
  }
}

export class BadRequestError extends ApiError {
  constructor(code: string, detail: string, source?: ErrorSource) {
    super(400, code, 'Bad Request', detail, source);
  }
}
export class UnauthorizedError extends ApiError {
  constructor(code: string, detail: string, source?: ErrorSource) {
    super(401, code, 'Unauthorized', detail, source);
  }
}
export class ForbiddenError extends ApiError {
  constructor(code: string, detail: string, source?: ErrorSource) {
    super(403, code, 'Access Forbidden', detail, source);
  }
}
export class NotFoundError extends ApiError {
  constructor(code: string, detail: string, source?: ErrorSource) {
    super(404, code, 'Not Found', detail, source);
  }
}
export class ConflictError extends ApiError {
  constructor(code: string, detail: string, source?: ErrorSource) {
    super(409, code, 'Conflict', detail, source);
  }
}
export class GoneError extends ApiError {
  constructor(code: string, detail: string, source?: ErrorSource) {
    super(410, code, 'Gone', detail, source);
  }
}
export class UnprocessableError extends ApiError {
  constructor(code: string, detail: string, source?: ErrorSource) {
    super(422, code, 'Unprocessable Entity', detail, source);
  }
}
export class TooManyRequestsError extends ApiError {
  constructor(detail: string, readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'Too Many Requests', detail);
  }
}

export interface JsonApiErrorObject {
  status: string;
  code: string;
  title: string;
  detail: string;
  source?: ErrorSource;
}

/** Database constraint → the error a client can act on. Keyed by constraint (index) name. */
const constraintErrors: Record<string, () => ApiError> = {
  taxes_event_live_unique: () =>
    new ConflictError('tax.exists', 'Tax already exists for this event', { pointer: '/data/relationships/event' }),
  event_copyrights_event_live_unique: () =>
    new ConflictError('event-copyright.exists', 'This event already has a copyright', {
      pointer: '/data/relationships/event',
    }),
  users_email_live_unique: () =>
    new ConflictError('user.email_taken', 'A user with this e-mail already exists', {
      pointer: '/data/attributes/email',
    }),
  users_events_roles_unique: () =>
    new ConflictError('role.exists', 'The user already has this role on the event', {
      pointer: '/data/attributes/role',
    }),
  tickets_event_name_live_unique: () =>
    new ConflictError('ticket.name_taken', 'This event already has a ticket with this name', {
      pointer: '/data/attributes/name',
    }),
  role_invites_pending_unique: () =>
    new ConflictError('role-invite.pending', 'This address already has a pending invite for this role; resend it instead', {
      pointer: '/data/attributes/email',
    }),
  access_codes_event_code_live_unique: () =>
    new ConflictError('access-code.code_taken', 'This event already has an access code with this text', {
      pointer: '/data/attributes/code',
    }),
  custom_forms_event_field_live_unique: () =>
    new ConflictError('custom-form.identifier_taken', 'This form already has a field with this field-identifier', {
      pointer: '/data/attributes/field-identifier',
    }),
  discount_codes_event_code_live_unique: () =>
    new ConflictError('discount-code.code_taken', 'This event already has a discount code with this text', {
      pointer: '/data/attributes/code',
    }),
};

interface PgLikeError {
  code?: string;
  constraint?: string;
  cause?: unknown;
}

function findPgError(error: unknown): PgLikeError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const candidate = current as PgLikeError;
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** Turns a database error that a user's input can cause into an ApiError; undefined for real faults. */
export function fromDatabaseError(error: unknown): ApiError | undefined {
  const pg = findPgError(error);
  if (!pg) return undefined;
  if (pg.code === '23505') {
    const make = pg.constraint ? constraintErrors[pg.constraint] : undefined;
    return make ? make() : new ConflictError('conflict', 'This would duplicate an existing record');
  }
  if (pg.code === '23503') return new UnprocessableError('invalid_reference', 'A related record does not exist');
  if (pg.code === '22003') return new UnprocessableError('out_of_range', 'A number is out of range');
  if (pg.code === '22001') return new UnprocessableError('too_long', 'A value is too long');
  if (pg.code === '22007' || pg.code === '22008') return new UnprocessableError('invalid_date', 'A date is invalid');
  return undefined;
}

/** Serial ids are 32-bit in the database; a larger number can never name a row. */
export function parseId(raw: string | undefined, what: string): number {
  const id = Number(raw);
  if (!raw || !/^\d{1,10}$/.test(raw) || id < 1 || id > 2_147_483_647) {
    throw new NotFoundError('not_found', `${what} not found`);
  }
  return id;
}
