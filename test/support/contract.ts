// Replaying the original's documented transactions against our app: a seeded "world" (one event with one of
// everything, made through our own API), and the mapping of the Blueprint's example ids, credentials and codes to
// the seeded ones, in the URI and in the request body.
import type { App } from '../../src/http/app.js';
import { createAdmin } from '../../src/users/user.service.js';
import { Api, login, make, makeEvent, ref, type TestEvent, type TestUser } from './client.js';
import type { Transaction } from './blueprint.js';
import { linkIn, mailsTo } from './mail.js';

export interface World {
  admin: TestUser;
  password: string;
  event: TestEvent;
  /** Seeded ids by JSON:API type; a type with several rows (tickets) lists them, documented id N is the Nth. */
  ids: Record<string, string[]>;
  orderIdentifier: string;
  discountCode: string;
  accessCode: string;
  taskId: string;
  /** The token of the role invite's mailed link. */
  inviteToken: string;
  /** The token of a password reset link mailed to the admin. */
  resetToken: string;
}

export const transactionKey = (transaction: Pick<Transaction, 'method' | 'uri'>) => `${transaction.method} ${transaction.uri}`;

const ok = async (promise: Promise<{ status: number; body: any }>, what: string) => {
  const response = await promise;
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
};

/**
 * One event with one of everything, owned by an admin whose e-mail and password are the Blueprint's
 * (email@example.com, "password"): tickets as the documented calculate-amount basket has them (paid 123.50, paid
 * 456.30, a donation, a free one), a 10 % code on the second and the donation, 18 % GST on top, a completed order.
 */
let worlds = 0;

/**
 * `write`: a world for one write, without what would stand in its way (a bookmark before bookmarking, an order of
 * the first ticket before deleting it).
 */
export async function seedWorld(app: App, options: { write?: boolean; favourite?: boolean } = {}): Promise<World> {
  const password = 'password';
  const n = ++worlds;
  const email = `email-${n}@example.com`;
  const adminId = (await createAdmin(app.ctx.db, email, password)).id;
  const admin: TestUser = { id: adminId, email, token: await login(app, email, password) };
  const api = new Api(app, admin.token);
  const event = await makeEvent(app, admin, {
    'starts-at': '2090-03-01T09:00:00Z',
    'ends-at': '2090-03-03T18:00:00Z',
    'is-ticketing-enabled': true,
    'is-tax-enabled': true,
    'schedule-published-on': '2026-01-01T00:00:00Z',
  });
  const child = (type: string, path: string, attributes: Record<string, unknown>, relationships: Record<string, unknown> = {}) =>
    make(app, admin, event, type, path, attributes, relationships);
  const track = await child('track', 'tracks', { name: 'Main Track', color: '#a04b4b' });
  const room = await child('microlocation', 'microlocations', { name: 'Hall 1' });
  const sessionType = await child('session-type', 'session-types', { name: 'Talk', length: '00:30' });
  const speaker = await child('speaker', 'speakers', { name: 'Jane Doe', email: 'jane@example.com' }, { user: ref('user', adminId) });
  const session = await child(
    'session',
    'sessions',
    { title: 'Opening', state: 'accepted', 'starts-at': '2090-03-01T10:00:00Z', 'ends-at': '2090-03-01T10:30:00Z' },
    { track: ref('track', track), microlocation: ref('microlocation', room), 'session-type': ref('session-type', sessionType), speakers: [ref('speaker', speaker)] },
  );
  const sponsor = await child('sponsor', 'sponsors', { name: 'Acme' });
  const socialLink = await child('social-link', 'social-links', { name: 'Site', link: 'https://example.com/' });
  const copyright = await child('event-copyright', 'event-copyrights', { licence: 'CC-BY' });
  const tax = await child('tax', 'taxes', { name: 'GST', rate: 18 });
  const tickets = [
    await child('ticket', 'tickets', { name: 'Standard', type: 'paid', price: '123.50', quantity: 100 }),
    await child('ticket', 'tickets', { name: 'Premium', type: 'paid', price: '456.30', quantity: 100 }),
    await child('ticket', 'tickets', { name: 'Donation', type: 'donation', 'min-price': '0', 'max-price': '10000', quantity: 100 }),
    await child('ticket', 'tickets', { name: 'Free', type: 'free', quantity: 100 }),
  ];
  const discountCode = 'TEN10';
  const code = await child('discount-code', 'discount-codes', { code: discountCode, type: 'percent', value: 10 }, { tickets: [ref('ticket', tickets[1]), ref('ticket', tickets[2])] });
  // An access code for a hidden ticket (the original's access-code).
  const hidden = await child('ticket', 'tickets', { name: 'Crew', type: 'free', quantity: 10, 'is-hidden': true });
  const accessCode = 'CREW1';
  const access = await child('access-code', 'access-codes', { code: accessCode, 'min-quantity': 1, 'max-quantity': 10 }, { tickets: [ref('ticket', hidden)] });
  const order = await ok(
    app.inject({ method: 'POST', url: '/v1/orders/create-order', headers: { authorization: `JWT ${admin.token}` }, payload: { tickets: [{ id: tickets[3], quantity: 1 }] } }).then((r) => ({ status: r.statusCode, body: JSON.parse(r.body) })),
    'order',
  );
  if (!options.write) {
    // Something to list under the first ticket: an order of it and a code for it only.
    await ok(
      app.inject({ method: 'POST', url: '/v1/orders/create-order', headers: { authorization: `JWT ${admin.token}` }, payload: { tickets: [{ id: tickets[0], quantity: 1 }] } }).then((r) => ({ status: r.statusCode, body: JSON.parse(r.body) })),
      'second order',
    );
    await child('discount-code', 'discount-codes', { code: 'FIRST5', type: 'amount', value: 5 }, { tickets: [ref('ticket', tickets[0])] });
  }
  // A free order completes when it is confirmed: its attendee can be checked in.
  await ok(api.patch(`/v1/orders/${order.data.attributes.identifier}`, { data: { type: 'order', id: order.data.id, attributes: { 'payment-mode': 'free' } } }), 'order payment');
  const attendee = order.included[0].id as string;
  const other = await createAdmin(app.ctx.db, `member-${n}@example.com`, password);
  const role = await ok(
    api.post('/v1/users-events-roles', { data: { type: 'users-events-role', attributes: { role: 'registrar' }, relationships: { event: { data: ref('event', event.id) }, user: { data: ref('user', other.id) } } } }),
    'role',
  );
  const invite = await ok(
    api.post('/v1/role-invites', { data: { type: 'role-invite', attributes: { email: 'invitee@example.com', 'role-name': 'coorganizer' }, relationships: { event: { data: ref('event', event.id) } } } }),
    'invite',
  );
  await ok(api.post('/v1/auth/reset-password', { data: { email } }), 'reset');
  const resetToken = new URL(linkIn((await mailsTo(app.ctx.config.dataDir, email)).pop()!, /reset-password/)).searchParams.get('token')!;
  const inviteMail = (await mailsTo(app.ctx.config.dataDir, 'invitee@example.com')).pop()!;
  const inviteToken = new URL(linkIn(inviteMail, /\/invites\//)).pathname.split('/').pop()!;
  const favourite =
    options.favourite === false
      ? undefined
      : await ok(api.post('/v1/user-favourite-sessions', { data: { type: 'user-favourite-session', relationships: { session: { data: ref('session', session) } } } }), 'favourite');
  const task = await app.inject({ method: 'GET', url: `/v1/events/${event.id}/export/ical`, headers: { authorization: `JWT ${admin.token}` } });
  const taskId = task.statusCode === 202 ? (JSON.parse(task.body).task_url as string).split('/').pop()! : '1';
  return {
    admin,
    password,
    event,
    ids: {
      event: [event.id],
      user: [String(adminId), String(other.id)],
      track: [track],
      microlocation: [room],
      'session-type': [sessionType],
      speaker: [speaker],
      session: [session],
      sponsor: [sponsor],
      'social-link': [socialLink],
      'event-copyright': [copyright],
      tax: [tax],
      ticket: tickets,
      'discount-code': [code],
      'access-code': [access],
      order: [order.data.id],
      attendee: [attendee],
      'users-events-role': [role.data.id],
      'role-invite': [invite.data.id],
      'user-favourite-session': favourite ? [favourite.data.id] : [],
    },
    inviteToken,
    resetToken,
    orderIdentifier: order.data.attributes.identifier,
    discountCode,
    accessCode,
    taskId,
  };
}

/** URI parameter names and URL path segments → the JSON:API type whose seeded id they take. */
const PARAM_TYPES: Record<string, string> = {
  event_identifier: 'event',
  event_id: 'event',
  track_id: 'track',
  microlocation_id: 'microlocation',
  session_type_id: 'session-type',
  speaker_id: 'speaker',
  session_id: 'session',
  sponsor_id: 'sponsor',
  social_link_id: 'social-link',
  event_copyright_id: 'event-copyright',
  tax_id: 'tax',
  ticket_id: 'ticket',
  discount_code_id: 'discount-code',
  access_code_id: 'access-code',
  attendee_id: 'attendee',
  role_invite_id: 'role-invite',
  users_events_roles_id: 'users-events-role',
  user_id: 'user',
};
const PATH_TYPES: Record<string, string> = { events: 'event', users: 'user', sessions: 'session' };

function seeded(world: World, type: string, documented: string | number): string | undefined {
  const ids = world.ids[type];
  if (!ids) return undefined;
  const index = Number(documented) - 1;
  return ids[index >= 0 && index < ids.length ? index : 0];
}

/** The documented URI with the seeded ids in place of the examples. */
export function mapUri(world: World, transaction: Transaction): string {
  let uri = transaction.uri.replace(/\{([a-z_]+)\}/g, (_match, name: string) => {
    if (name === 'order_identifier' || name === 'identifier') return world.orderIdentifier;
    if (name === 'code') return transaction.uri.includes('/access-codes/') ? world.accessCode : world.discountCode;
    if (name === 'task_id') return world.taskId;
    if (name === 'session_id' && transaction.uri.startsWith('/v1/user-favourite-sessions')) return world.ids['user-favourite-session'][0];
    const type = PARAM_TYPES[name];
    return (type && seeded(world, type, transaction.examples[name] ?? '1')) ?? transaction.examples[name] ?? '1';
  });
  uri = uri.replace(/\/(events|users|sessions)\/(\d+)\//g, (_m, path: string, id: string) => `/${path}/${seeded(world, PATH_TYPES[path], id === '1' && path === 'users' ? '1' : id)}/`);
  return uri;
}

/** The documented body with seeded ids in linkage, data.id, basket lines and codes, and the world's credentials. */
export function mapBody(world: World, transaction: Transaction, body: any): any {
  const walk = (value: any, key?: string): any => {
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, any> = {};
    for (const [name, item] of Object.entries(value)) out[name] = walk(item, name);
    if (typeof out.type === 'string' && (typeof out.id === 'string' || typeof out.id === 'number') && world.ids[out.type]) {
      out.id = seeded(world, out.type, out.id);
    }
    // Basket lines of calculate-amount and create-order: {id, quantity}.
    if (key === 'tickets' && 'quantity' in out && (typeof out.id === 'number' || typeof out.id === 'string')) out.id = seeded(world, 'ticket', out.id);
    if (key === 'attendees' && 'ticket' in out) out.ticket = seeded(world, 'ticket', out.ticket);
    return out;
  };
  const mapped = walk(body);
  if (mapped && typeof mapped === 'object') {
    for (const name of ['discount_code', 'discount-code']) if (name in mapped && mapped[name] !== null) mapped[name] = world.ids['discount-code'][0];
    if (mapped.data && typeof mapped.data === 'object') {
      // Credentials: the Blueprint's users are the world's admin.
      for (const name of ['old-password']) if (name in mapped.data) mapped.data[name] = world.password;
      if (transaction.uri === '/v1/auth/reset-password' && 'email' in mapped.data) mapped.data.email = world.admin.email;
      if (transaction.uri === '/v1/auth/reset-password' && 'token' in mapped.data) mapped.data.token = world.resetToken;
      if (transaction.uri.startsWith('/v1/role_invites/') && 'token' in mapped.data) mapped.data.token = world.inviteToken;
    }
    if (transaction.uri === '/v1/auth/verify-password' || transaction.uri === '/v1/auth/login') mapped.password = world.password;
    if (transaction.uri === '/v1/auth/login') mapped.email = world.admin.email;
  }
  return mapped;
}

export interface Replayed {
  status: number;
  contentType: string | undefined;
  body: unknown;
}

/** Sends a documented request (or `override` as its body) as the Blueprint writes it, with the world's ids and token. */
export async function replay(app: App, world: World, transaction: Transaction, override?: unknown): Promise<Replayed> {
  const headers: Record<string, string> = {};
  const documented = transaction.request.headers;
  if (documented.authorization) headers.authorization = `JWT ${world.admin.token}`;
  if (documented.accept) headers.accept = documented.accept;
  let payload: string | undefined;
  const source = override !== undefined ? override : transaction.request.body ? JSON.parse(transaction.request.body) : undefined;
  if (source !== undefined) {
    payload = JSON.stringify(mapBody(world, transaction, source));
    headers['content-type'] = documented['content-type'] ?? transaction.request.contentType ?? 'application/vnd.api+json';
  }
  const response = await app.inject({ method: transaction.method as never, url: mapUri(world, transaction), headers, payload });
  let body: unknown = response.body;
  try {
    body = response.body ? JSON.parse(response.body) : undefined;
  } catch {
    // not JSON
  }
  const contentType = response.headers['content-type'] as string | undefined;
  return { status: response.statusCode, contentType, body };
}

/** Documented transactions of resources Convene does not have (another issue's, or never), by method and URI. */
export const OUT_OF_SCOPE: [RegExp, string][] = [
  [/\/users\/\{user_id\}\/access-codes|\/tickets\/\{ticket_id\}\/access-codes/, "access codes by marketer or ticket: marketers are not kept, and a ticket's codes are listed on the event"],
  [/\/(faqs|custom-forms)\//, 'FAQs and custom forms are built in another branch'],
  [/\/(event-types|event-topics|event-sub-topics|groups|speakers-calls|event-invoices|ticket-tags|email-notifications|stripe-authorizations|notifications|badge-forms)\//, 'a resource Convene does not have'],
  [/\/export\/[a-z]+\/pdf$/, 'PDF exports are not built'],
  [/\/(charge|create-paypal-payment)$/, 'online payment providers are not built'],
  [/^POST \/v1\/orders\?onsite=true$/, 'on-site orders with a JSON:API body are not built; create-order takes attendees'],
  [/\/auth\/(token\/refresh|blacklist|fresh-login)$/, 'refresh and blacklisted tokens: Convene logs out by ending the session'],
  [/\/attendees\/(send-receipt|search)$|\/v1\/states$/, 'attendee receipts, search and states routes are not built (resend-confirmation, the list search and tabs do it)'],
  [/\/sessions\/mails$/, 'session state mail templates are not kept'],
  [/\/users\/\{user_id\}\/(discount-codes)$|\/marketer$/, 'marketers are not kept'],
  [/\/users\/user-details\/get-user-id$/, 'GET /v1/auth/session says who is logged in'],
  [/\/role_invites\/accept-invite$/, 'accepting needs the invited account logged in: test/role-invites covers it'],
  [/\[List All Event Discount Codes\]|\[Create Event Discount Code\]|\/discount-codes\/\{discount_code_id\}\/events|\/events\/\{event_identifier\}\/discount-code /, "event discount codes (the platform's codes for organizers, used-for: event) are not kept"],
];

/**
 * Deliberate differences (also in the README): where the documented answer is not what Convene answers, and why.
 * Keyed by transaction (method and URI); each names what differs.
 */
export const DIFFERENCES: Record<string, { status?: number; contentType?: string; keys?: string[]; attributes?: string[]; why: string }> = {
  ...Object.fromEntries(
    ['POST /v1/events/{event_identifier}/export/json', 'GET /v1/events/{event_identifier}/export/ical', 'GET /v1/events/{event_identifier}/export/xcal', 'GET /v1/events/{event_identifier}/export/pentabarf', 'GET /v1/events/{event_identifier}/export/orders/csv', 'GET /v1/events/{event_identifier}/export/attendees/csv', 'POST /v1/events/{event_identifier}/export/sessions/csv', 'POST /v1/events/{event_identifier}/export/speakers/csv'].map((key) => [
      key,
      { status: 202, why: 'an export is started, not done: 202 Accepted with the same task_url (a client that checks for success still sees a 2xx)' },
    ]),
  ),
  'POST /v1/orders/create-order': { status: 201, contentType: 'application/vnd.api+json', why: 'an order is created: 201 with the JSON:API order document the body is' },
  'PATCH /v1/orders/{identifier}': { status: 422, why: 'payment-mode "paypal": Convene takes no online payment, so only the offline modes the event takes (422 naming payment-mode)' },
  'POST /v1/taxes': { status: 422, why: 'a rate with 8 decimals: rates have at most 4, so every tax amount is exact (422 naming rate)' },
  'PATCH /v1/taxes/{tax_id}': { status: 422, why: 'the same rate with 8 decimals' },
  'POST /v1/tickets': { status: 422, why: 'ticket type "VIP-ticket": the type decides the price (free, paid, donation), so another word is a 422 naming type' },
  'PATCH /v1/tickets/{ticket_id}': { status: 422, why: 'the same ticket type' },
  ...Object.fromEntries(
    ['POST /v1/role-invites', 'GET /v1/events/{event_identifier}/role-invites', 'GET /v1/role-invites/{role_invite_id}'].map((key) => [
      key,
      { attributes: ['hash'], why: "an invite's link token is a secret mailed to the invited address: only its SHA-256 is stored, and never answered" },
    ]),
  ),
  ...Object.fromEntries(
    ['DELETE /v1/microlocations/{microlocation_id}', 'DELETE /v1/tracks/{track_id}', 'DELETE /v1/session-types/{session_type_id}'].map((key) => [
      key,
      { status: 409, why: 'a room, track or session type that sessions use is not deleted (409 naming the sessions): the original unlinked them and lost the schedule' },
    ]),
  ),
  'POST /v1/auth/login': { keys: ['refresh_token'], why: 'no refresh tokens: an access token lasts JWT_EXPIRES_IN, browsers keep a session cookie' },
};

/** Whether a documented transaction is for a resource Convene has. */
export function inScope(transaction: Transaction): boolean {
  const key = transactionKey(transaction);
  return !OUT_OF_SCOPE.some(([pattern]) => pattern.test(key) || pattern.test(`${key} [${transaction.action}]`));
}
