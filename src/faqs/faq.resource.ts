// The `faq` and `faq-type` resources (the original's): questions and answers on the event's public page, optionally
// grouped by a type. Public while the event is (a draft's FAQs only for its team); coorganizer+ write them.
import { faqs, faqTypes } from '../db/schema.js';
import { eventResource } from '../events/event.resource.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';

export const faqTypeResource: EventResource = {
  type: 'faq-type',
  path: 'faq-types',
  table: faqTypes,
  idColumn: faqTypes.id,
  eventColumn: faqTypes.eventId,
  deletedAtColumn: faqTypes.deletedAt,
  fields: {
    name: { column: faqTypes.name, type: 'string', required: true, notNull: true, maxLength: 255 },
    'created-at': { column: faqTypes.createdAt, type: 'datetime', readOnly: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: faqTypes.eventId },
  },
  defaultSort: [{ column: faqTypes.name }, { column: faqTypes.id }],
  policy: { ...coorganizerWrites, clearOnDelete: [faqs.faqTypeId] },
};

export const faqResource: EventResource = {
  type: 'faq',
  path: 'faqs',
  table: faqs,
  idColumn: faqs.id,
  eventColumn: faqs.eventId,
  deletedAtColumn: faqs.deletedAt,
  fields: {
    question: { column: faqs.question, type: 'string', required: true, notNull: true, maxLength: 1000 },
    answer: { column: faqs.answer, type: 'text', required: true, notNull: true, maxLength: 20_000 },
    position: { column: faqs.position, type: 'integer', notNull: true, minimum: 0, maximum: 100_000 },
    'created-at': { column: faqs.createdAt, type: 'datetime', readOnly: true },
  },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: faqs.eventId },
    'faq-type': { kind: 'belongsTo', target: () => faqTypeResource, column: faqs.faqTypeId, writable: true },
  },
  defaultSort: [{ column: faqs.position }, { column: faqs.id }],
  policy: coorganizerWrites,
};
