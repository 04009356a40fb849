// A resource is declared once: its table, its dasherized attributes with their types and rules, and its
// relationships. From that one declaration come the request schemas (validation and OpenAPI), the filter and
// sort allow-lists, the conversion of input values and the JSON:API serialization.
import { Type, type TSchema } from '@sinclair/typebox';
import { getTableColumns, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Access } from '../../events/access.js';
import { UnprocessableError } from '../errors.js';
import { registerBodyShape } from './leniency.js';

export type FieldType =
  | 'string'
  | 'text'
  | 'email'
  | 'url'
  | 'integer'
  | 'number'
  | 'decimal'
  | 'boolean'
  | 'datetime'
  | 'enum'
  | 'color'
  | 'duration'
  /** A JSON value checked by the field's own `schema` (a select field's options, an attendee's form answers). */
  | 'json';

export interface FieldDef {
  column: AnyPgColumn;
  type: FieldType;
  values?: readonly string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  /** The JSON schema of a 'json' field's value. */
  schema?: TSchema;
  /** Must be given on create. */
  required?: boolean;
  /** Server-set: shown, never written by a client. */
  readOnly?: boolean;
  /** Accepted on write, never shown (passwords). */
  writeOnly?: boolean;
  /** Shown only when the resource's canSeePrivate says so; never filterable or sortable by others. */
  private?: boolean;
  /** Column is NOT NULL: a null input is refused. */
  notNull?: boolean;
  sortable?: boolean;
  filterable?: boolean;
}

/** A scalar SQL expression over one row of the resource's table, whose columns it names qualified by the table. */
export interface SqlField {
  sql: SQL;
  type: 'string' | 'integer' | 'decimal' | 'datetime' | 'boolean' | 'enum';
  values?: readonly string[];
  sortable?: boolean;
  /** Shown only where the resource's canSeePrivate allows it. */
  private?: boolean;
}

interface RelBase {
  target: () => ResourceDef;
  /** Shown as a related link when set, e.g. (id) => `/v1/events/${id}/sessions`. */
  related?: (id: number) => string;
}
export interface BelongsTo extends RelBase {
  kind: 'belongsTo';
  column: AnyPgColumn;
  writable?: boolean;
  required?: boolean;
}
export interface HasMany extends RelBase {
  kind: 'hasMany' | 'hasOne';
  foreignColumn: AnyPgColumn;
}
export interface ManyToMany extends RelBase {
  kind: 'manyToMany';
  through: PgTable;
  sourceColumn: AnyPgColumn;
  targetColumn: AnyPgColumn;
  writable?: boolean;
  /** Whoever may see the source row may see these targets (a visible session's speakers), so the target's
   * read scope need not be checked again when including. */
  visibleWithSource?: boolean;
}
export type RelDef = BelongsTo | HasMany | ManyToMany;

export type Row = Record<string, unknown> & { id: number };

export interface ResourceDef {
  type: string;
  path: string;
  table: PgTable;
  idColumn: AnyPgColumn;
  /** The event a row belongs to (the tenant), for event-scoped resources. */
  eventColumn?: AnyPgColumn;
  deletedAtColumn?: AnyPgColumn;
  fields: Record<string, FieldDef>;
  relationships: Record<string, RelDef>;
  defaultSort: { column: AnyPgColumn; desc?: boolean }[];
  /** Rows this caller may read, as SQL that works across events (undefined = all live rows). */
  readScope?: (access: Access) => SQL | undefined;
  canSeePrivate?: (access: Access, row: Row) => boolean;
  /** Attributes derived from the row (read-only), e.g. an invoice number. */
  computed?: Record<string, (row: Row) => unknown>;
  /**
   * Read-only attributes computed in SQL from related rows (an attendee's ticket name, an order's buyer), selected
   * with the row wherever the resource is read, so every answer that shows the resource shows them.
   */
  sqlFields?: Record<string, SqlField>;
  /**
   * Attributes of the original that Convene does not keep (card details of online payments, a speaker's heard-from),
   * always answered with this value so its clients find every attribute they read; writing them is ignored and
   * named in meta like any attribute the resource does not have.
   */
  absent?: Record<string, null | boolean | string>;
  /** The read scope alone decides who reads a row (an order: its buyer, or coorganizers), not the policy's canRead. */
  scopeIsReadRule?: boolean;
  /** The key in this resource's URL when it is not the id (orders use their UUID identifier). */
  urlKey?: (row: Row) => string;
}

// ---- column keys ------------------------------------------------------------------------------

const keyCache = new WeakMap<PgTable, Map<AnyPgColumn, string>>();

/** The property name drizzle uses for a column in selected rows. */
export function columnKey(table: PgTable, column: AnyPgColumn): string {
  let keys = keyCache.get(table);
  if (!keys) {
    keys = new Map();
    for (const [key, col] of Object.entries(getTableColumns(table))) keys.set(col as AnyPgColumn, key);
    keyCache.set(table, keys);
  }
  const key = keys.get(column);
  if (!key) throw new Error(`column ${column.name} is not in this table`);
  return key;
}

export function fieldKey(def: ResourceDef, name: string): string {
  return columnKey(def.table, def.fields[name].column);
}

// ---- schemas ------------------------------------------------------------------------------------

export const ID_PATTERN = '^[0-9]{1,10}$';

function valueSchema(field: FieldDef): TSchema {
  const maxLength = field.maxLength ?? (field.type === 'text' ? 100_000 : 1_000);
  let schema: TSchema;
  switch (field.type) {
    case 'string':
    case 'text':
      schema = Type.String({ maxLength });
      break;
    case 'email':
      schema = Type.String({ format: 'email', maxLength: 254 });
      break;
    case 'url':
      schema = Type.String({ maxLength: 2_000, pattern: '^(https?://|/|\\./|[a-zA-Z0-9_.-]+/)[^\\s]*$' });
      break;
    case 'integer':
      schema = Type.Integer({ minimum: field.minimum ?? -2_147_483_648, maximum: field.maximum ?? 2_147_483_647 });
      break;
    case 'number':
      schema = Type.Number({ minimum: field.minimum ?? -1e15, maximum: field.maximum ?? 1e15 });
      break;
    case 'decimal':
      schema = Type.Union([
        Type.Number({ minimum: field.minimum ?? -1e12, maximum: field.maximum ?? 1e12 }),
        Type.String({ pattern: '^-?[0-9]{1,12}(\\.[0-9]{1,4})?$' }),
      ]);
      break;
    case 'boolean':
      schema = Type.Boolean();
      break;
    case 'datetime':
      schema = Type.String({ format: 'date-time', maxLength: 40 });
      break;
    case 'enum':
      schema = Type.Union(field.values!.map((v) => Type.Literal(v)));
      break;
    case 'color':
      schema = Type.String({ pattern: '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$' });
      break;
    case 'duration':
      schema = Type.String({ pattern: '^[0-9]{1,3}:[0-5][0-9]$' });
      break;
    case 'json':
      schema = field.schema ?? Type.Unknown();
      break;
  }
  return field.notNull || field.required ? schema : Type.Union([schema, Type.Null()]);
}

const linkage = Type.Object(
  { type: Type.String({ maxLength: 64 }), id: Type.String({ maxLength: 20 }) },
  { additionalProperties: false },
);

export function documentSchema(def: ResourceDef, mode: 'create' | 'update', extraRelationships: string[] = []): TSchema {
  const attributes: Record<string, TSchema> = {};
  const required: string[] = [];
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.readOnly) continue;
    attributes[name] = mode === 'create' && field.required ? valueSchema(field) : Type.Optional(valueSchema(field));
    if (mode === 'create' && field.required) required.push(name);
  }
  const relationships: Record<string, TSchema> = {};
  for (const [name, rel] of Object.entries(def.relationships)) {
    if (rel.kind === 'belongsTo' && rel.writable) {
      const data = rel.required ? linkage : Type.Union([linkage, Type.Null()]);
      relationships[name] = Type.Optional(Type.Object({ data }, { additionalProperties: false }));
    } else if (rel.kind === 'manyToMany' && rel.writable) {
      relationships[name] = Type.Optional(
        Type.Object({ data: Type.Array(linkage, { maxItems: 500 }) }, { additionalProperties: false }),
      );
    }
  }
  for (const name of extraRelationships) {
    relationships[name] = Type.Optional(Type.Object({ data: linkage }, { additionalProperties: false }));
  }
  const data = Type.Object(
    {
      type: Type.String({ maxLength: 64 }),
      id: mode === 'update' ? Type.String({ maxLength: 20 }) : Type.Optional(Type.String({ maxLength: 20 })),
      attributes:
        required.length > 0
          ? Type.Object(attributes, { additionalProperties: false })
          : Type.Optional(Type.Object(attributes, { additionalProperties: false })),
      relationships: Type.Optional(Type.Object(relationships, { additionalProperties: false })),
    },
    { additionalProperties: false },
  );
  const body = Type.Object({ data }, { additionalProperties: false });
  registerBodyShape(body, def, Object.keys(relationships));
  return body;
}

// ---- input conversion ---------------------------------------------------------------------------

const MIN_TIME = Date.UTC(1900, 0, 1);
const MAX_TIME = Date.UTC(9999, 11, 31);

/** A validated attribute value → the column's value; throws a 422 naming the attribute. */
export function toColumnValue(name: string, field: FieldDef, value: unknown): unknown {
  if (value === null) return null;
  const pointer = { pointer: `/data/attributes/${name}` };
  switch (field.type) {
    case 'datetime': {
      const time = Date.parse(value as string);
      if (Number.isNaN(time) || time < MIN_TIME || time > MAX_TIME) {
        throw new UnprocessableError('invalid_date', `${name} is not a valid date between 1900 and 9999`, pointer);
      }
      return new Date(time);
    }
    case 'decimal': {
      const text = typeof value === 'number' ? String(value) : (value as string);
      if (!/^-?\d{1,12}(\.\d{1,4})?$/.test(text)) {
        throw new UnprocessableError('invalid_number', `${name} allows at most 4 decimal places`, pointer);
      }
      const number = Number(text);
      if ((field.minimum !== undefined && number < field.minimum) || (field.maximum !== undefined && number > field.maximum)) {
        throw new UnprocessableError('out_of_range', `${name} must be between ${field.minimum} and ${field.maximum}`, pointer);
      }
      return text;
    }
    case 'string':
    case 'text':
    case 'email':
    case 'url':
      if (field.notNull && (value as string).trim() === '' && field.required) {
        throw new UnprocessableError('blank', `${name} must not be blank`, pointer);
      }
      return value;
    default:
      return value;
  }
}

export function toAttributeValue(field: FieldDef, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (field.type === 'decimal') return Number(value);
  return value;
}

/** Attributes of a JSON:API document → column values keyed by drizzle property. */
export function readAttributes(def: ResourceDef, attributes: Record<string, unknown> | undefined): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined) continue;
    const field = def.fields[name];
    values[fieldKey(def, name)] = toColumnValue(name, field, value);
  }
  return values;
}
