// SQL for browser sessions and password-reset links. Tokens are stored as SHA-256 hashes only.
import { and, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { loginSessions, passwordResets, users } from '../db/schema.js';
import type { Actor } from '../events/access.js';

export interface SessionActor {
  actor: Actor;
  csrfToken: string;
  lastSeenAt: Date;
}

export async function insertSession(db: DbOrTx, values: typeof loginSessions.$inferInsert): Promise<void> {
  await db.insert(loginSessions).values(values);
}

/** The live, unblocked user of a session that has not expired. */
export async function findSessionActor(db: DbOrTx, tokenHash: string, now: Date): Promise<SessionActor | undefined> {
  const [row] = await db
    .select({ id: users.id, email: users.email, isAdmin: users.isAdmin, csrfToken: loginSessions.csrfToken, lastSeenAt: loginSessions.lastSeenAt })
    .from(loginSessions)
    .innerJoin(users, eq(users.id, loginSessions.userId))
    .where(and(eq(loginSessions.tokenHash, tokenHash), gt(loginSessions.expiresAt, now), isNull(users.deletedAt), eq(users.isBlocked, false)))
    .limit(1);
  return row && { actor: { id: row.id, email: row.email, isAdmin: row.isAdmin }, csrfToken: row.csrfToken, lastSeenAt: row.lastSeenAt };
}

/** Slides a session's expiry forward (at most once an hour per session, so reads stay reads). */
export async function touchSession(db: DbOrTx, tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db.update(loginSessions).set({ lastSeenAt: now, expiresAt }).where(eq(loginSessions.tokenHash, tokenHash));
}

export async function deleteSession(db: DbOrTx, tokenHash: string): Promise<void> {
  await db.delete(loginSessions).where(eq(loginSessions.tokenHash, tokenHash));
}

/** Ends every session of a user, but `exceptTokenHash` when given (the one that changed the password). */
export async function deleteSessionsOfUser(db: DbOrTx, userId: number, exceptTokenHash?: string): Promise<void> {
  await db.delete(loginSessions).where(and(eq(loginSessions.userId, userId), exceptTokenHash ? ne(loginSessions.tokenHash, exceptTokenHash) : undefined));
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date): Promise<number> {
  const gone = await db.delete(loginSessions).where(lt(loginSessions.expiresAt, now)).returning({ tokenHash: loginSessions.tokenHash });
  const resets = await db.delete(passwordResets).where(lt(passwordResets.expiresAt, now)).returning({ tokenHash: passwordResets.tokenHash });
  return gone.length + resets.length;
}

export async function insertPasswordReset(db: DbOrTx, values: typeof passwordResets.$inferInsert): Promise<void> {
  await db.insert(passwordResets).values(values);
}

/** Marks an unused, unexpired reset token used and answers its user, in one statement (a token works once). */
export async function usePasswordReset(db: DbOrTx, tokenHash: string, now: Date): Promise<number | undefined> {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
    .returning({ userId: passwordResets.userId });
  return row?.userId;
}

export async function setPasswordHash(db: DbOrTx, userId: number, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** Reset links asked for this user within the last `sinceMs` (to limit how many mails one address gets). */
export async function countRecentPasswordResets(db: DbOrTx, userId: number, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(passwordResets)
    .where(and(eq(passwordResets.userId, userId), gt(passwordResets.createdAt, since)));
  return row?.n ?? 0;
}
