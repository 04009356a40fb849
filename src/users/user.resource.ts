// The `user` resource. E-mail and flags are shown to the user and to admins; others see names only.
import { sql } from 'drizzle-orm';
import { users } from '../db/schema.js';
import type { ResourceDef } from '../http/jsonapi/resource.js';

export const userResource: ResourceDef = {
  type: 'user',
  path: 'users',
  table: users,
  idColumn: users.id,
  deletedAtColumn: users.deletedAt,
  fields: {
    email: { column: users.email, type: 'email', required: true, notNull: true, private: true },
    password: { column: users.passwordHash, type: 'string', required: true, notNull: true, writeOnly: true, maxLength: 200 },
    'first-name': { column: users.firstName, type: 'string', maxLength: 200 },
    'last-name': { column: users.lastName, type: 'string', maxLength: 200 },
    'public-name': { column: users.publicName, type: 'string', maxLength: 200 },
    'avatar-url': { column: users.avatarUrl, type: 'url' },
    details: { column: users.details, type: 'text', maxLength: 10_000, private: true },
    contact: { column: users.contact, type: 'string', maxLength: 500, private: true },
    'facebook-url': { column: users.facebookUrl, type: 'url', private: true },
    'twitter-url': { column: users.twitterUrl, type: 'url', private: true },
    'instagram-url': { column: users.instagramUrl, type: 'url', private: true },
    'google-plus-url': { column: users.googlePlusUrl, type: 'url', private: true },
    'is-admin': { column: users.isAdmin, type: 'boolean', readOnly: true, private: true },
    'is-verified': { column: users.isVerified, type: 'boolean', readOnly: true, private: true },
    'created-at': { column: users.createdAt, type: 'datetime', readOnly: true, private: true },
  },
  relationships: {},
  // The original's roles and flags: whether the account holds each role on some event (for the user and admins).
  sqlFields: {
    'is-super-admin': { sql: sql`${sql.identifier('users')}.${sql.identifier('is_admin')}`, type: 'boolean', private: true },
    ...Object.fromEntries(
      (['owner', 'organizer', 'coorganizer', 'track_organizer', 'moderator', 'registrar'] as const).map((role) => [
        `is-user-${role.replace('_', '-')}`,
        { sql: sql`exists (select 1 from users_events_roles r where r.user_id = ${sql.identifier('users')}.${sql.identifier('id')} and r.role = ${role})`, type: 'boolean' as const, private: true },
      ]),
    ),
  },
  // Kept by the original and not by Convene: marketing roles, Facebook login, image sizes, last access.
  absent: {
    'is-sales-admin': false,
    'is-marketer': false,
    'was-registered-with-order': false,
    'facebook-id': null,
    'original-image-url': null,
    'thumbnail-image-url': null,
    'small-image-url': null,
    'icon-image-url': null,
    'last-accessed-at': null,
  },
  defaultSort: [{ column: users.id }],
  canSeePrivate: (access, row) => access.isAdmin || access.actor?.id === row.id,
};
