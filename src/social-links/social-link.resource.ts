// The `social-link` resource: the event's pages elsewhere (Twitter, GitHub, ...).
import { socialLinks } from '../db/schema.js';
import { eventResource } from '../events/event.resource.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';

export const socialLinkResource: EventResource = {
  type: 'social-link',
  path: 'social-links',
  table: socialLinks,
  idColumn: socialLinks.id,
  eventColumn: socialLinks.eventId,
  deletedAtColumn: socialLinks.deletedAt,
  fields: {
    name: { column: socialLinks.name, type: 'string', required: true, notNull: true, maxLength: 255 },
    link: { column: socialLinks.link, type: 'url', required: true, notNull: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: socialLinks.eventId },
  },
  defaultSort: [{ column: socialLinks.name }],
  policy: coorganizerWrites,
};
