// The `custom-form` resource (the original's): the questions an event asks per attendee beyond the built-in name and
// e-mail. Each has a field-identifier, the key of its answer in the attendee's complex-field-values; it is derived
// from the name when not given and never changes, so stored answers keep their question. Public while the event is
// (a checkout shows the form); coorganizer+ write.
import { Type } from '@sinclair/typebox';
import { customForms } from '../db/schema.js';
import { eventResource } from '../events/event.resource.js';
import { UnprocessableError } from '../http/errors.js';
import { coorganizerWrites, type EventResource } from '../http/jsonapi/resource.service.js';
import { listAttendeeFormFields } from './custom-form.repo.js';
import { FIELD_TYPES } from './custom-form.service.js';

/** The attendee's own attributes: a question may not take their names. */
const BUILT_IN = ['firstname', 'lastname', 'email', 'address', 'city', 'state', 'country', 'jobTitle', 'phone', 'company', 'identifier', 'ticketCode'];

/** "T-shirt size" → "tShirtSize"; "field" when the name has no Latin letters or digits. */
export function identifierFrom(name: string): string {
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const joined = words.map((word, i) => (i === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('').slice(0, 60);
  return /^[a-z]/.test(joined) ? joined : `field${joined}`.slice(0, 60);
}

const pointer = (name: string) => ({ pointer: `/data/attributes/${name}` });

export const customFormResource: EventResource = {
  type: 'custom-form',
  path: 'custom-forms',
  table: customForms,
  idColumn: customForms.id,
  eventColumn: customForms.eventId,
  deletedAtColumn: customForms.deletedAt,
  fields: {
    form: { column: customForms.form, type: 'enum', values: ['attendee'], notNull: true },
    'field-identifier': { column: customForms.fieldIdentifier, type: 'string', notNull: true, maxLength: 64 },
    name: { column: customForms.name, type: 'string', required: true, notNull: true, maxLength: 255 },
    description: { column: customForms.description, type: 'string', maxLength: 1000 },
    type: { column: customForms.type, type: 'enum', values: FIELD_TYPES, required: true, notNull: true },
    options: {
      column: customForms.options,
      type: 'json',
      schema: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 100 }),
      filterable: false,
      sortable: false,
    },
    'is-required': { column: customForms.isRequired, type: 'boolean', notNull: true },
    'is-included': { column: customForms.isIncluded, type: 'boolean', notNull: true },
    position: { column: customForms.position, type: 'integer', notNull: true, minimum: 0, maximum: 100_000 },
    'created-at': { column: customForms.createdAt, type: 'datetime', readOnly: true },
  },
  // Every question here is one the original calls complex (its answer lives in complex-field-values).
  computed: { 'is-complex': () => true },
  relationships: {
    event: { kind: 'belongsTo', target: () => eventResource, column: customForms.eventId },
  },
  defaultSort: [{ column: customForms.position }, { column: customForms.id }],
  policy: {
    ...coorganizerWrites,
    validate: async (merged, ctx, db) => {
      const { row, values, event } = ctx;
      if (row && values.fieldIdentifier !== undefined && values.fieldIdentifier !== row.fieldIdentifier) {
        throw new UnprocessableError('custom-form.identifier_fixed', 'field-identifier cannot change: the answers given are stored under it', pointer('field-identifier'));
      }
      if (!row) {
        const taken = new Set((await listAttendeeFormFields(db, event.id)).map((field) => field.fieldIdentifier));
        if (values.fieldIdentifier === undefined) {
          const base = identifierFrom(String(merged.name ?? ''));
          let candidate = base;
          for (let n = 2; taken.has(candidate) || BUILT_IN.includes(candidate); n++) candidate = `${base}${n}`;
          values.fieldIdentifier = merged.fieldIdentifier = candidate;
        } else if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(String(values.fieldIdentifier)) || BUILT_IN.includes(String(values.fieldIdentifier))) {
          throw new UnprocessableError('custom-form.identifier', 'field-identifier must start with a letter, use letters, digits and _ only, and not be a built-in attendee field', pointer('field-identifier'));
        }
      }
      const options = merged.options as string[] | null | undefined;
      if (merged.type === 'select') {
        if (!options || options.length === 0) throw new UnprocessableError('custom-form.options_required', 'A select question needs at least one option', pointer('options'));
        if (new Set(options.map((o) => o.trim())).size !== options.length || options.some((o) => o.trim() === '')) {
          throw new UnprocessableError('custom-form.options_unique', 'Options must be distinct and not blank', pointer('options'));
        }
      } else if (options && options.length > 0) {
        if (values.options !== undefined) throw new UnprocessableError('custom-form.options_not_allowed', `A ${String(merged.type)} question has no options`, pointer('options'));
        values.options = null; // a select question turned into another type drops its options
      }
      if (merged.isRequired === true && merged.isIncluded === false) {
        throw new UnprocessableError('custom-form.required_not_included', 'A required question must be included in the form', pointer('is-required'));
      }
    },
  },
};
