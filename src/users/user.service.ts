// Accounts: sign-up, reading and changing one's own account, admin promotion, and login.
import type { Db } from '../db/client.js';
import { Access } from '../events/access.js';
import { hashPassword, verifyPassword, DUMMY_HASH } from '../auth/password.js';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, UnprocessableError } from '../http/errors.js';
import { checkSparseFields, deletedDocument, listDocument, singleDocument } from '../http/jsonapi/document.js';
import type { ListQuery } from '../http/jsonapi/query.js';
import { checkInclude, deleteRow, findRow, listRows, updateRow } from '../http/jsonapi/resource.repo.js';
import { readAttributes, type Row } from '../http/jsonapi/resource.js';
import type { JsonApiBody } from '../http/jsonapi/resource.service.js';
import { findUserByEmail, findUserById, insertUser, setAdmin, type UserRow } from './user.repo.js';
import { userResource } from './user.resource.js';

const MIN_PASSWORD = 8;

/** A new password must have MIN_PASSWORD characters; the error points at `pointer`. */
export function checkPassword(password: unknown, pointer = '/data/attributes/password'): string {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD) {
    throw new UnprocessableError('user.password_short', `password must have at least ${MIN_PASSWORD} characters`, { pointer });
  }
  return password;
}

function checkUserType(body: JsonApiBody): void {
  if (body.data.type !== 'user') {
    throw new ConflictError('type_mismatch', `Expected type "user", got "${body.data.type}"`, { pointer: '/data/type' });
  }
}

export async function createUser(
  db: Db,
  input: { email: string; password: string; firstName?: string | null; lastName?: string | null; publicName?: string | null; avatarUrl?: string | null; isAdmin?: boolean },
  /** More profile columns from the sign-up (details, contact, social links), as drizzle keys. */
  profile: Record<string, unknown> = {},
): Promise<UserRow> {
  checkPassword(input.password);
  if (await findUserByEmail(db, input.email)) {
    throw new ConflictError('user.email_taken', 'A user with this e-mail already exists', { pointer: '/data/attributes/email' });
  }
  return insertUser(db, {
    ...profile,
    email: input.email,
    passwordHash: await hashPassword(input.password),
    firstName: input.firstName ?? null,
    lastName: input.lastName ?? null,
    publicName: input.publicName ?? null,
    avatarUrl: input.avatarUrl ?? null,
    isAdmin: input.isAdmin ?? false,
  });
}

export async function signUp(db: Db, access: Access, body: JsonApiBody) {
  checkUserType(body);
  const attributes = body.data.attributes ?? {};
  const values = readAttributes(userResource, { ...attributes, password: undefined });
  const { firstName, lastName, publicName, avatarUrl, email: _email, ...profile } = values;
  const user = await createUser(
    db,
    {
      email: attributes.email as string,
      password: attributes.password as string,
      firstName: firstName as string | undefined,
      lastName: lastName as string | undefined,
      publicName: publicName as string | undefined,
      avatarUrl: avatarUrl as string | undefined,
    },
    profile,
  );
  // Whoever signs up sees the new account as its owner would (e-mail included), logged in or not; read again for
  // the attributes computed in SQL (the role flags).
  const viewer = new Access(db, { id: user.id, email: user.email, isAdmin: false });
  return singleDocument(userResource, ((await findRow(db, userResource, user.id)) ?? user) as unknown as Row, viewer, { fields: {} });
}

async function visibleUser(db: Db, access: Access, id: number): Promise<Row> {
  const row = access.isAdmin || access.actor?.id === id ? await findRow(db, userResource, id) : undefined;
  if (!row) throw new NotFoundError('user.not_found', `User ${id} not found`);
  return row;
}

export async function getUser(db: Db, access: Access, id: number, query: Pick<ListQuery, 'fields' | 'include'> = { fields: {}, include: {} }) {
  checkSparseFields([userResource], query.fields);
  checkInclude(userResource, query.include);
  return singleDocument(userResource, await visibleUser(db, access, id), access, query);
}

export async function listUsers(db: Db, access: Access, query: ListQuery, url: string) {
  if (!access.actor) throw new UnauthorizedError('auth.required', 'Log in to list users');
  if (!access.isAdmin) throw new ForbiddenError('forbidden', 'Only admins may list users');
  checkSparseFields([userResource], query.fields);
  checkInclude(userResource, query.include);
  const page = await listRows(db, userResource, undefined, query, true);
  return listDocument(userResource, page.rows, page.total, access, query, url);
}

export async function updateUser(db: Db, access: Access, id: number, body: JsonApiBody) {
  checkUserType(body);
  if (body.data.id !== String(id)) {
    throw new ConflictError('id_mismatch', `data.id "${body.data.id}" does not match the URL id ${id}`, { pointer: '/data/id' });
  }
  await visibleUser(db, access, id);
  const { password, email, ...rest } = body.data.attributes ?? {};
  const values = readAttributes(userResource, rest);
  if (password !== undefined) values.passwordHash = await hashPassword(checkPassword(password));
  if (email !== undefined) {
    const other = await findUserByEmail(db, email as string);
    if (other && other.id !== id) {
      throw new ConflictError('user.email_taken', 'A user with this e-mail already exists', { pointer: '/data/attributes/email' });
    }
    values.email = email;
  }
  await updateRow(db, userResource, id, values);
  return singleDocument(userResource, (await findRow(db, userResource, id))!, access, { fields: {} });
}

export async function deleteUser(db: Db, access: Access, id: number) {
  await visibleUser(db, access, id);
  await deleteRow(db, userResource, id);
  return deletedDocument();
}

/** Creates the account, or promotes an existing one, as an admin (command line only). */
export async function createAdmin(db: Db, email: string, password: string): Promise<UserRow> {
  const existing = await findUserByEmail(db, email);
  if (existing) {
    await setAdmin(db, existing.id, true);
    return { ...existing, isAdmin: true };
  }
  return createUser(db, { email, password, isAdmin: true });
}

/** The user id for valid credentials; one generic 401 otherwise, with the same work done either way. */
export async function authenticate(db: Db, email: string, password: string): Promise<UserRow> {
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) throw new UnauthorizedError('auth.invalid_credentials', 'Invalid Credentials');
  if (user.isBlocked) throw new UnauthorizedError('auth.blocked', 'Admin has marked this account as spam');
  return user;
}

/** Whether `password` is the password of account `userId` (false for a missing account, with the same work done). */
export async function passwordMatches(db: Db, userId: number, password: string): Promise<boolean> {
  const user = await findUserById(db, userId);
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  return Boolean(user) && ok;
}

/** Whether an account uses this e-mail address (the original's check_email, which sign-up forms ask). */
export async function emailTaken(db: Db, email: string): Promise<boolean> {
  return (await findUserByEmail(db, email)) !== undefined;
}
