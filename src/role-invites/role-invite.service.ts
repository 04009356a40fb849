// Inviting people to an event's team by e-mail: sending (a secret link token, stored hashed), resending (a new
// token: the old link stops working), withdrawing, and the link's side: what an invite is (for the accept page),
// accepting it with the account whose address it was sent to, or declining it. Mail goes out after the write.
import type { Db } from '../db/client.js';
import { hashToken, newToken } from '../auth/session.service.js';
import type { Access, Role } from '../events/access.js';
import { findEventByKey, type EventRow } from '../events/event.repo.js';
import { ConflictError, ForbiddenError, GoneError, NotFoundError, UnauthorizedError, UnprocessableError } from '../http/errors.js';
import { deletedDocument, singleDocument } from '../http/jsonapi/document.js';
import { existingIds } from '../http/jsonapi/resource.repo.js';
import { readAttributes, type Row } from '../http/jsonapi/resource.js';
import { loadRow, type JsonApiBody } from '../http/jsonapi/resource.service.js';
import type { Mailer } from '../mail/mailer.js';
import { trackResource } from '../tracks/track.resource.js';
import { changePendingInvite, findInviteByToken, grantInvitedRole, holdsRole, insertInvite, type InviteRow } from './role-invite.repo.js';
import { mayInvite, roleInviteResource } from './role-invite.resource.js';

export interface InviteMail {
  mailer: Mailer;
  /** The accept page's address for a token. */
  linkFor: (token: string) => string;
}

const ROLE_WORDS: Record<Role, string> = {
  owner: 'an owner',
  organizer: 'an organizer',
  coorganizer: 'a co-organizer',
  track_organizer: 'a track organizer',
  moderator: 'a moderator',
  registrar: 'a registrar',
};

/** Sends the invite's link; a mail that cannot be sent does not undo the invite (it can be resent). */
async function sendInvite(mail: InviteMail, invite: InviteRow, event: EventRow, token: string, inviter: string): Promise<boolean> {
  try {
    await mail.mailer.send({
      to: invite.email,
      subject: `Join the team of ${event.name} on Convene`,
      text:
        `${inviter} invites you to join the team of "${event.name}" as ${ROLE_WORDS[invite.role as Role]}.\n\n` +
        `Open this link to accept or decline:\n${mail.linkFor(token)}\n\n` +
        `Log in with ${invite.email} to accept; if you have no Convene account yet, sign up with this address from the same page.\n` +
        'If you did not expect this mail, ignore it: nothing happens unless you accept.\n',
    });
    return true;
  } catch {
    return false;
  }
}

function inviteDocument(access: Access, invite: InviteRow, mailSent?: boolean) {
  const document = singleDocument(roleInviteResource, invite as unknown as Row, access, { fields: {} });
  if (mailSent !== undefined) document.meta = { 'mail-sent': mailSent };
  return document;
}

function requireActor(access: Access): asserts access is Access & { actor: NonNullable<Access['actor']> } {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to manage invites');
}

export async function createInvite(db: Db, access: Access, body: JsonApiBody, mail: InviteMail) {
  requireActor(access);
  if (body.data.type !== 'role-invite') {
    throw new ConflictError('type_mismatch', `Expected type "role-invite", got "${body.data.type}"`, { pointer: '/data/type' });
  }
  const eventLink = body.data.relationships?.event?.data;
  const eventPointer = { pointer: '/data/relationships/event' };
  if (!eventLink || Array.isArray(eventLink) || eventLink.type !== 'event') {
    throw new UnprocessableError('event.required', 'A valid relationship with event resource is required', eventPointer);
  }
  const event = await findEventByKey(db, eventLink.id);
  if (event) await access.load([event.id]);
  if (!event || !access.canSeeEvent(event)) throw new UnprocessableError('event.not_found', `Event ${eventLink.id} not found`, eventPointer);

  const values = readAttributes(roleInviteResource, body.data.attributes) as { email: string; role: Role };
  const email = values.email.trim();
  if (!mayInvite(access, event.id, values.role)) {
    const detail = values.role === 'owner' ? 'Only an owner of the event may invite an owner' : 'Only owners and organizers of the event may invite people';
    throw new ForbiddenError('forbidden', detail, eventPointer);
  }
  let trackId: number | null = null;
  const trackLink = body.data.relationships?.track?.data;
  if (trackLink && !Array.isArray(trackLink)) {
    const pointer = { pointer: '/data/relationships/track' };
    if (values.role !== 'track_organizer') throw new UnprocessableError('role-invite.track', 'Only a track organizer invite names a track', pointer);
    const id = /^\d{1,10}$/.test(trackLink.id) ? Number(trackLink.id) : 0;
    if (trackLink.type !== 'track' || !(await existingIds(db, trackResource, event.id, [id])).has(id)) {
      throw new UnprocessableError('invalid_relationship', `track ${trackLink.id} not found in this event`, pointer);
    }
    trackId = id;
  }
  if (await holdsRole(db, event.id, email, values.role)) {
    throw new ConflictError('role-invite.has_role', `${email} is already ${ROLE_WORDS[values.role]} of this event`, { pointer: '/data/attributes/email' });
  }
  const token = newToken();
  const invite = await insertInvite(db, { eventId: event.id, email, role: values.role, trackId, tokenHash: hashToken(token), invitedBy: access.actor.id });
  const sent = await sendInvite(mail, invite, event, token, access.actor.email);
  return inviteDocument(access, invite, sent);
}

/** The invite by id for someone who may manage it (404 when hidden from the caller, 403 for a role that may not). */
async function manageableInvite(db: Db, access: Access, id: number): Promise<{ invite: InviteRow; event: EventRow }> {
  requireActor(access);
  // The read scope (coorganizer and above of its event) makes an invite of someone else's event a 404.
  const { row, event } = await loadRow(db, access, roleInviteResource, id);
  const invite = row as unknown as InviteRow;
  if (!mayInvite(access, event.id, invite.role as Role)) {
    throw new ForbiddenError('forbidden', invite.role === 'owner' ? 'Only an owner may change an invite to own the event' : 'Only owners and organizers may change invites');
  }
  return { invite, event };
}

function notPending(invite: InviteRow): ConflictError {
  return new ConflictError('role-invite.answered', `This invite is ${invite.status} and can no longer change`);
}

/** A new link for a pending invite: the old one stops working. */
export async function resendInvite(db: Db, access: Access, id: number, mail: InviteMail) {
  const { invite, event } = await manageableInvite(db, access, id);
  if (invite.status !== 'pending') throw notPending(invite);
  const token = newToken();
  const updated = await changePendingInvite(db, invite.id, { tokenHash: hashToken(token), sentAt: new Date() });
  if (!updated) throw new ConflictError('role-invite.answered', 'This invite was answered meanwhile; reload the team');
  const sent = await sendInvite(mail, updated, event, token, access.actor!.email);
  return inviteDocument(access, updated, sent);
}

/** Withdraws a pending invite (DELETE, as the original): its link then says so. */
export async function withdrawInvite(db: Db, access: Access, id: number) {
  const { invite } = await manageableInvite(db, access, id);
  if (invite.status !== 'pending') throw notPending(invite);
  const updated = await changePendingInvite(db, invite.id, { status: 'withdrawn', respondedAt: new Date() });
  if (!updated) throw new ConflictError('role-invite.answered', 'This invite was answered meanwhile; reload the team');
  return deletedDocument();
}

// ---- the link's side ---------------------------------------------------------------------------------

async function inviteOfToken(db: Db, token: string) {
  const found = await findInviteByToken(db, hashToken(token));
  if (!found || found.event.deletedAt) {
    throw new NotFoundError('role-invite.not_found', 'This invitation link is not valid: it may have been replaced by a newer mail', { pointer: '/data/token' });
  }
  return found;
}

function describe(found: NonNullable<Awaited<ReturnType<typeof findInviteByToken>>>) {
  const { invite, event } = found;
  return {
    email: invite.email,
    role: invite.role,
    status: invite.status,
    'has-account': found.hasAccount,
    event: { id: String(event.id), identifier: event.identifier, name: event.name, 'starts-at': event.startsAt.toISOString(), 'ends-at': event.endsAt.toISOString(), timezone: event.timezone },
  };
}

/** What an invite link is about, for its page (POST /v1/role_invites/user, the original's, with more). */
export async function describeInvite(db: Db, token: string) {
  return describe(await inviteOfToken(db, token));
}

function refuseAnswered(invite: InviteRow): void {
  if (invite.status === 'withdrawn') throw new GoneError('role-invite.withdrawn', 'This invitation was withdrawn by the event team', { pointer: '/data/token' });
  if (invite.status !== 'pending') throw new ConflictError('role-invite.answered', `This invitation was already ${invite.status}`, { pointer: '/data/token' });
}

/** The original's answer to accept-invite, with the invite's new status. */
function answer(found: NonNullable<Awaited<ReturnType<typeof findInviteByToken>>>, status: string) {
  return { email: found.invite.email, event: found.event.id, name: found.event.name, event_identifier: found.event.identifier, role: found.invite.role, status };
}

/** Accepts an invite: only the account it was sent to, and only once; that account gets the role. */
export async function acceptInvite(db: Db, access: Access, token: string) {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in (or sign up) with the invited address to accept');
  const found = await inviteOfToken(db, token);
  refuseAnswered(found.invite);
  if (found.invite.email.toLowerCase() !== access.actor.email.toLowerCase()) {
    throw new ForbiddenError(
      'role-invite.wrong_account',
      `This invitation was sent to ${found.invite.email}, and you are logged in as ${access.actor.email}: log in with the invited address to accept it`,
    );
  }
  const actor = access.actor;
  const accepted = await db.transaction(async (tx) => {
    const changed = await changePendingInvite(tx, found.invite.id, { status: 'accepted', respondedAt: new Date() });
    if (!changed) return false;
    await grantInvitedRole(tx, { userId: actor.id, eventId: found.event.id, role: found.invite.role, trackId: found.invite.trackId });
    return true;
  });
  if (!accepted) throw new ConflictError('role-invite.answered', 'This invitation was answered meanwhile', { pointer: '/data/token' });
  return answer(found, 'accepted');
}

/** Declines an invite: whoever holds the link may say no, without an account. */
export async function declineInvite(db: Db, token: string) {
  const found = await inviteOfToken(db, token);
  refuseAnswered(found.invite);
  if (!(await changePendingInvite(db, found.invite.id, { status: 'declined', respondedAt: new Date() }))) {
    throw new ConflictError('role-invite.answered', 'This invitation was answered meanwhile', { pointer: '/data/token' });
  }
  return answer(found, 'declined');
}
