// The `user` resource. E-mail and flags are shown to the user and to admins; others see names only.
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
    'is-admin': { column: users.isAdmin, type: 'boolean', readOnly: true, private: true },
    'is-verified': { column: users.isVerified, type: 'boolean', readOnly: true, private: true },
    'created-at': { column: users.createdAt, type: 'datetime', readOnly: true, private: true },
  },
  relationships: {},
  defaultSort: [{ column: users.id }],
  canSeePrivate: (access, row) => access.isAdmin || access.actor?.id === row.id,
};
