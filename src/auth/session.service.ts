// Browser sessions, password reset and password change.
//
// The browser keeps its login in an httpOnly, SameSite=Lax cookie holding a random token (the database keeps its
// SHA-256 only): page scripts cannot read it, so a script injected into a page cannot carry the login away, and
// EventSource streams and download links carry it without a token in the URL. Cookies are sent by the browser on
// its own, so every unsafe request made with the cookie must also send the session's CSRF token in X-CSRF-Token;
// the token is in a second cookie that same-origin scripts can read and other sites cannot. API clients keep
// sending `Authorization: Bearer <JWT>` (the original's scheme), which needs no CSRF token. Logging out deletes
// the session row, so the cookie is worthless afterwards on every process.
import crypto from 'node:crypto';
import type { Db } from '../db/client.js';
import type { Mailer } from '../mail/mailer.js';
import { hashPassword, verifyPassword } from './password.js';
import { UnauthorizedError, UnprocessableError } from '../http/errors.js';
import { authenticate, checkPassword } from '../users/user.service.js';
import { findUserByEmail, findUserById, type UserRow } from '../users/user.repo.js';
import {
  countRecentPasswordResets,
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
  findSessionActor,
  insertPasswordReset,
  insertSession,
  setPasswordHash,
  touchSession,
  usePasswordReset,
  type SessionActor,
} from './session.repo.js';

export const SESSION_COOKIE = 'convene_session';
export const CSRF_COOKIE = 'convene_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const DAY_MS = 86_400_000;
const TOUCH_EVERY_MS = 3_600_000;
const RESET_VALID_MS = 3_600_000;
/** Reset mails one account may be sent per hour. */
const RESETS_PER_HOUR = 3;

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
export const newToken = () => crypto.randomBytes(32).toString('base64url');

export interface StartedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRow;
}

export async function startSession(db: Db, email: string, password: string, userAgent: string | undefined, days: number): Promise<StartedSession> {
  const user = await authenticate(db, email, password);
  return openSession(db, user, userAgent, days);
}

async function openSession(db: Db, user: UserRow, userAgent: string | undefined, days: number): Promise<StartedSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + days * DAY_MS);
  await insertSession(db, { tokenHash: hashToken(token), userId: user.id, csrfToken, userAgent: userAgent?.slice(0, 300) ?? null, expiresAt });
  return { token, csrfToken, expiresAt, user };
}

/** The caller behind a session cookie; a session in use has its expiry moved on (at most once an hour). */
export async function sessionActor(db: Db, token: string, days: number): Promise<SessionActor | undefined> {
  const now = new Date();
  const tokenHash = hashToken(token);
  const found = await findSessionActor(db, tokenHash, now);
  if (found && now.getTime() - found.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(db, tokenHash, now, new Date(now.getTime() + days * DAY_MS));
  }
  return found;
}

/** Removes sessions and reset links past their expiry (hourly, from the background work). */
export async function deleteExpiredLogins(db: Db): Promise<number> {
  return deleteExpiredSessions(db, new Date());
}

/** The account of a logged-in caller. */
export async function sessionAccount(db: Db, userId: number): Promise<UserRow | undefined> {
  return findUserById(db, userId);
}

export async function endSession(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}

/**
 * Mails a one-hour, one-use link to set a new password. Says nothing about whether the address has an account:
 * the answer is the same either way, and an unknown address gets no mail.
 */
export async function requestPasswordReset(db: Db, mailer: Mailer, email: string, linkFor: (token: string) => string): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user || user.isBlocked) return;
  if ((await countRecentPasswordResets(db, user.id, new Date(Date.now() - 3_600_000))) >= RESETS_PER_HOUR) return;
  const token = newToken();
  await insertPasswordReset(db, { tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(Date.now() + RESET_VALID_MS) });
  const link = linkFor(token);
  await mailer.send({
    to: user.email,
    subject: 'Set a new Convene password',
    text:
      `Someone (we hope you) asked to set a new password for the Convene account ${user.email}.\n\n` +
      `Open this link within an hour to choose it:\n${link}\n\n` +
      'If you did not ask, ignore this mail: your password stays as it is.\n',
  });
}

/** Sets the password of a reset link's account; the link then stops working and every session of the account ends. */
export async function resetPassword(db: Db, token: string, password: string): Promise<UserRow> {
  checkPassword(password, '/data/password');
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const userId = await usePasswordReset(tx, hashToken(token), new Date());
    if (userId === undefined) {
      throw new UnprocessableError('auth.reset_token_invalid', 'This link to set a new password has expired or was used already; ask for a new one', {
        pointer: '/data/token',
      });
    }
    await setPasswordHash(tx, userId, passwordHash);
    await deleteSessionsOfUser(tx, userId);
    return (await findUserById(tx, userId))!;
  });
}

/** Changes the caller's own password after checking the old one; the account's other sessions end. */
export async function changePassword(db: Db, userId: number, oldPassword: string, newPassword: string, currentSession?: string): Promise<UserRow> {
  const user = await findUserById(db, userId);
  if (!user || !(await verifyPassword(oldPassword, user.passwordHash))) {
    throw new UnauthorizedError('auth.invalid_credentials', 'The old password is wrong', { pointer: '/data/old-password' });
  }
  checkPassword(newPassword, '/data/new-password');
  await setPasswordHash(db, userId, await hashPassword(newPassword));
  await deleteSessionsOfUser(db, userId, currentSession ? hashToken(currentSession) : undefined);
  return user;
}
