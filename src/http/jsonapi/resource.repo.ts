// The SQL behind every JSON:API resource: a page of rows with its total in one statement, single rows, and
// includes loaded one statement per relationship level (never one per row). Filters and sorts are built only
// from the resource's declared fields, so a request can never name a column it should not reach.
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  getTableName,
  gt,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  like,
  lt,
  lte,
  ne,
  not,
  notInArray,
  or,
  sql,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import type { Access } from '../../events/access.js';
import { BadRequestError } from '../errors.js';
import type { FilterNode, IncludeTree, ListQuery, SortKey } from './query.js';
import { columnKey, type FieldDef, type HasMany, type ManyToMany, type ResourceDef, type Row } from './resource.js';

// ---- filters and sorting ---------------------------------------------------------------------------

function filterError(detail: string): BadRequestError {
  return new BadRequestError('invalid_filter', detail, { parameter: 'filter' });
}

function isFilterable(field: FieldDef, privateAllowed: boolean): boolean {
  if (field.writeOnly) return false;
  if (field.private && !privateAllowed) return false;
  return field.filterable ?? field.type !== 'text';
}

function filterValue(name: string, field: FieldDef | undefined, value: unknown): unknown {
  const bad = (expected: string) => filterError(`Filter value for "${name}" must be ${expected}`);
  const type = field?.type ?? 'integer';
  switch (type) {
    case 'integer':
    case 'number':
    case 'decimal': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isFinite(number) || Math.abs(number) > 1e15) throw bad('a number');
      if (type === 'integer' && (!Number.isInteger(number) || Math.abs(number) > 2_147_483_647)) throw bad('an integer');
      return type === 'decimal' ? String(number) : number;
    }
    case 'boolean':
      if (value === 'true' || value === 'false') return value === 'true';
      if (typeof value !== 'boolean') throw bad('true or false');
      return value;
    case 'datetime': {
      const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      if (Number.isNaN(time)) throw bad('an ISO 8601 date');
      return new Date(time);
    }
    default:
      if (typeof value !== 'string' || value.length > 1_000) throw bad('a string of at most 1000 characters');
      return value;
  }
}

function conditionFor(def: ResourceDef, node: Extract<FilterNode, { name: string }>, privateAllowed: boolean): SQL {
  // "order__status": a field of a related resource, as the original's rel__field filters.
  const path = node.name.split('__');
  if (path.length === 2) {
    const rel = def.relationships[path[0].replace(/_/g, '-')];
    if (rel?.kind !== 'belongsTo') throw filterError(`Cannot filter ${def.path} by "${node.name}"`);
    const target = rel.target();
    const inner = conditionFor(target, { ...node, name: path[1] }, privateAllowed);
    return sql`${rel.column} in (select ${target.idColumn} from ${target.table} where ${inner})`;
  }
  const name = node.name.replace(/_/g, '-');
  let column: AnyPgColumn;
  let field: FieldDef | undefined;
  const rel = def.relationships[name];
  if (def.fields[name] && isFilterable(def.fields[name], privateAllowed)) {
    field = def.fields[name];
    column = field.column;
  } else if (name === 'id') {
    column = def.idColumn;
  } else if (rel?.kind === 'belongsTo') {
    column = rel.column;
  } else {
    throw filterError(`Cannot filter ${def.path} by "${node.name}"`);
  }
  const { op, val } = node;
  if (op === 'is_' || op === 'isnot' || ((op === 'eq' || op === 'ne') && val === null)) {
    if (val !== null) throw filterError(`"${op}" on "${node.name}" only compares with null`);
    return op === 'is_' || op === 'eq' ? isNull(column) : isNotNull(column);
  }
  if (op === 'in_' || op === 'notin_') {
    if (!Array.isArray(val) || val.length === 0 || val.length > 1_000) {
      throw filterError(`"${op}" on "${node.name}" needs a list of 1 to 1000 values`);
    }
    const values = val.map((v) => filterValue(node.name, field, v));
    return op === 'in_' ? inArray(column, values) : notInArray(column, values);
  }
  if (op === 'like' || op === 'ilike') {
    if (typeof val !== 'string' || val.length > 1_000) throw filterError(`"${op}" on "${node.name}" needs a string`);
    // id and relationship columns (no field) are integers: like on them is a client error, not a SQL one.
    if (!field || !['string', 'text', 'email', 'url', 'enum', 'color', 'duration'].includes(field.type)) {
      throw filterError(`"${op}" works on text fields only, not on "${node.name}"`);
    }
    return op === 'like' ? like(column, val) : ilike(column, val);
  }
  const value = filterValue(node.name, field, val);
  const compare = { eq, ne, lt, le: lte, gt, ge: gte }[op];
  return compare(column, value);
}

export function filterToSql(def: ResourceDef, node: FilterNode, privateAllowed: boolean): SQL {
  if ('and' in node) return and(...node.and.map((child) => filterToSql(def, child, privateAllowed)))!;
  if ('or' in node) return or(...node.or.map((child) => filterToSql(def, child, privateAllowed)))!;
  if ('not' in node) return not(filterToSql(def, node.not, privateAllowed));
  return conditionFor(def, node, privateAllowed);
}

export function sortToSql(def: ResourceDef, keys: SortKey[], privateAllowed: boolean): SQL[] {
  const order: SQL[] = [];
  for (const key of keys) {
    const computed = def.sqlFields?.[key.field];
    if (computed?.sortable) {
      order.push(key.desc ? sql`(${computed.sql}) desc nulls last` : sql`(${computed.sql}) asc nulls last`);
      continue;
    }
    const field = def.fields[key.field];
    const sortable = field && !field.writeOnly && (!field.private || privateAllowed) && (field.sortable ?? field.type !== 'text');
    if (key.field === 'id') order.push(key.desc ? desc(def.idColumn) : asc(def.idColumn));
    else if (!sortable) throw new BadRequestError('invalid_sort', `Cannot sort ${def.path} by "${key.field}"`, { parameter: 'sort' });
    else order.push(key.desc ? sql`${field.column} desc nulls last` : sql`${field.column} asc nulls last`);
  }
  if (order.length === 0) {
    for (const item of def.defaultSort) order.push(item.desc ? desc(item.column) : asc(item.column));
  }
  order.push(asc(def.idColumn));
  return order;
}

export function liveCondition(def: ResourceDef): SQL | undefined {
  return def.deletedAtColumn ? isNull(def.deletedAtColumn) : undefined;
}

// ---- reading ------------------------------------------------------------------------------------

// ---- row transport -------------------------------------------------------------------------------
// Rows travel from the database as one JSON text (json_agg) and are decoded here: measured on PostgreSQL it is
// no slower than decoding every column of every row in the driver (on PGlite, the embedded engine until 0.1, it
// was several times faster).

interface Decoder {
  keys: Map<string, string>;
  dates: Set<string>;
}
const decoders = new WeakMap<PgTable, Decoder>();

function decoderFor(table: PgTable): Decoder {
  let decoder = decoders.get(table);
  if (!decoder) {
    decoder = { keys: new Map(), dates: new Set() };
    for (const [key, column] of Object.entries(getTableColumns(table))) {
      decoder.keys.set(column.name, key);
      if (column.columnType === 'PgTimestamp') decoder.dates.add(column.name);
    }
    decoders.set(table, decoder);
  }
  return decoder;
}

/** Runs `inner` and returns its rows with drizzle property keys and Date values, in `__n` order if present. */
async function selectRows<T extends Row = Row>(db: DbOrTx, table: PgTable, inner: SQLWrapper, ordered: boolean): Promise<T[]> {
  const aggregate = ordered ? sql`json_agg(t order by t.__n)` : sql`json_agg(t)`;
  const result = (await db.execute(sql`select coalesce(${aggregate}, '[]')::text as rows from (${inner}) t`)) as unknown as {
    rows: { rows: string }[];
  };
  const raw = JSON.parse(result.rows[0].rows) as Record<string, unknown>[];
  const { keys, dates } = decoderFor(table);
  return raw.map((record) => {
    const row: Record<string, unknown> = {};
    for (const name in record) {
      const value = record[name];
      row[keys.get(name) ?? name] = value !== null && dates.has(name) ? new Date(value as string) : value;
    }
    return row as T;
  });
}

/** `column = any('{1,2,3}')`: one parameter however many ids, which keeps planning cheap. */
export function anyOf(column: AnyPgColumn, ids: number[]): SQL {
  return sql`${column} = any(${`{${ids.join(',')}}`}::int[])`;
}

/** The table's columns and its SQL-computed attributes (aliased by attribute name), for every read of a resource. */
export function readColumns(def: ResourceDef) {
  const columns: Record<string, unknown> = { ...getTableColumns(def.table) };
  for (const [name, field] of Object.entries(def.sqlFields ?? {})) columns[name] = sql`(${field.sql})`.as(name);
  return columns as ReturnType<typeof getTableColumns<PgTable>>;
}

const rowNumber = (order: SQL[]) => sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`.as('__n');

// ---- reading ------------------------------------------------------------------------------------

export interface Page {
  rows: Row[];
  total: number;
}

/** One page of rows and the total count, in one statement (a second only when the page is past the end). */
export async function listRows(
  db: DbOrTx,
  def: ResourceDef,
  where: SQL | undefined,
  query: ListQuery,
  privateAllowed: boolean,
): Promise<Page> {
  const condition = and(liveCondition(def), where, query.filter ? filterToSql(def, query.filter, privateAllowed) : undefined);
  const order = sortToSql(def, query.sort, privateAllowed);
  const { size, number } = query.page;
  const inner = db
    .select({ ...readColumns(def), __total: sql<number>`count(*) over()`.as('__total'), __n: rowNumber(order) })
    .from(def.table)
    .where(condition)
    .orderBy(...order)
    .limit(size)
    .offset((number - 1) * size);
  const result = await selectRows<Row & { __total?: number; __n?: number }>(db, def.table, inner, true);
  let total = Number(result[0]?.__total ?? 0);
  if (result.length === 0 && number > 1) {
    const [count] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(def.table).where(condition);
    total = count.n;
  }
  for (const row of result) {
    delete row.__total;
    delete row.__n;
  }
  return { rows: result, total };
}

export async function findRow(db: DbOrTx, def: ResourceDef, id: number, where?: SQL): Promise<Row | undefined> {
  const inner = db
    .select(readColumns(def))
    .from(def.table)
    .where(and(eq(def.idColumn, id), liveCondition(def), where))
    .limit(1);
  const [row] = await selectRows(db, def.table, inner, false);
  return row;
}

// ---- includes ------------------------------------------------------------------------------------

/** Relationship linkage found while including: `${type}:${id}` → relationship name → ids. */
export type Linkage = Map<string, Map<string, number[] | number | null>>;

export interface Included {
  def: ResourceDef;
  row: Row;
}

export interface IncludeResult {
  included: Map<string, Included>;
  linkage: Linkage;
}

function link(linkage: Linkage, def: ResourceDef, id: number, rel: string, value: number[] | number | null): void {
  const key = `${def.type}:${id}`;
  let rels = linkage.get(key);
  if (!rels) linkage.set(key, (rels = new Map()));
  rels.set(rel, value);
}

/** Rejects include paths naming relationships that do not exist, whether or not there are rows to follow. */
export function checkInclude(def: ResourceDef, tree: IncludeTree): void {
  for (const [name, subtree] of Object.entries(tree)) {
    const rel = def.relationships[name];
    if (!rel) {
      throw new BadRequestError('invalid_include', `${def.type} has no relationship "${name}"`, { parameter: 'include' });
    }
    checkInclude(rel.target(), subtree);
  }
}

/**
 * Loads `tree` for `rows` of `def`: one statement per relationship per level. `scope` gives the extra read
 * condition for a target resource (rows the caller may not see are left out, as if absent).
 */
export async function loadIncludes(
  db: DbOrTx,
  def: ResourceDef,
  rows: Row[],
  tree: IncludeTree,
  scope: (target: ResourceDef) => SQL | undefined,
  result: IncludeResult = { included: new Map(), linkage: new Map() },
): Promise<IncludeResult> {
  checkInclude(def, tree);
  if (rows.length === 0) return result;
  for (const [name, subtree] of Object.entries(tree)) {
    const rel = def.relationships[name];
    if (!rel) {
      throw new BadRequestError('invalid_include', `${def.type} has no relationship "${name}"`, { parameter: 'include' });
    }
    const target = rel.target();
    const targetScope = and(liveCondition(target), rel.kind === 'manyToMany' && rel.visibleWithSource ? undefined : scope(target));
    const ids = rows.map((row) => row.id);
    let targets: Row[] = [];
    if (rel.kind === 'belongsTo') {
      const key = columnKey(def.table, rel.column);
      const wanted = [...new Set(rows.map((row) => row[key] as number | null).filter((v): v is number => v !== null))];
      if (wanted.length) {
        const inner = db.select(readColumns(target)).from(target.table).where(and(anyOf(target.idColumn, wanted), targetScope));
        targets = await selectRows(db, target.table, inner, false);
      }
      const found = new Set(targets.map((t) => t.id));
      for (const row of rows) {
        const value = row[key] as number | null;
        link(result.linkage, def, row.id, name, value !== null && found.has(value) ? value : null);
      }
    } else if (rel.kind !== 'manyToMany') {
      const key = columnKey(target.table, rel.foreignColumn);
      const order = sortToSql(target, [], false);
      const inner = db
        .select({ ...readColumns(target), __n: rowNumber(order) })
        .from(target.table)
        .where(and(anyOf(rel.foreignColumn, ids), targetScope));
      targets = await selectRows(db, target.table, inner, true);
      const byParent = new Map<number, number[]>(ids.map((id) => [id, []]));
      for (const t of targets) {
        delete t.__n;
        byParent.get(t[key] as number)?.push(t.id);
      }
      for (const [id, list] of byParent) link(result.linkage, def, id, name, rel.kind === 'hasOne' ? (list[0] ?? null) : list);
    } else {
      const order = sortToSql(target, [], false);
      const inner = db
        .select({ __source: sql<number>`${rel.sourceColumn}`.as('__source'), ...readColumns(target), __n: rowNumber(order) })
        .from(target.table)
        .innerJoin(rel.through, eq(rel.targetColumn, target.idColumn))
        .where(and(anyOf(rel.sourceColumn, ids), targetScope));
      const pairs = await selectRows<Row & { __source?: number; __n?: number }>(db, target.table, inner, true);
      const byParent = new Map<number, number[]>(ids.map((id) => [id, []]));
      const unique = new Map<number, Row>();
      for (const pair of pairs) {
        byParent.get(pair.__source!)?.push(pair.id);
        delete pair.__source;
        delete pair.__n;
        unique.set(pair.id, pair);
      }
      targets = [...unique.values()];
      for (const [id, list] of byParent) link(result.linkage, def, id, name, list);
    }
    for (const row of targets) {
      const key = `${target.type}:${row.id}`;
      if (!result.included.has(key)) result.included.set(key, { def: target, row });
    }
    if (Object.keys(subtree).length) {
      // Nested includes start from every target row reached here, already-included ones too.
      await loadIncludes(db, target, targets, subtree, scope, result);
    }
  }
  return result;
}

/** Which event each row belongs to, for loading roles before serializing. */
export function eventIdsOf(items: Iterable<{ def: ResourceDef; row: Row }>): number[] {
  const ids = new Set<number>();
  for (const { def, row } of items) {
    if (def.type === 'event') ids.add(row.id);
    else if (def.eventColumn) ids.add(row[columnKey(def.table, def.eventColumn)] as number);
  }
  return [...ids];
}

export type { Access };

// ---- writing -------------------------------------------------------------------------------------

/** The ids among `ids` that name live rows of `target` in this event. */
export async function existingIds(db: DbOrTx, target: ResourceDef, eventId: number, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: target.idColumn })
    .from(target.table)
    .where(and(inArray(target.idColumn, ids), target.eventColumn ? eq(target.eventColumn, eventId) : undefined, liveCondition(target)));
  return new Set(rows.map((row) => row.id as number));
}

export async function insertRow(db: DbOrTx, def: ResourceDef, values: Record<string, unknown>): Promise<Row> {
  const [row] = await db.insert(def.table).values(values).returning();
  return row as Row;
}

export async function updateRow(db: DbOrTx, def: ResourceDef, id: number, values: Record<string, unknown>): Promise<Row> {
  if (Object.keys(values).length === 0) return (await findRow(db, def, id))!;
  const [row] = await db.update(def.table).set(values).where(eq(def.idColumn, id)).returning();
  return row as Row;
}

export async function deleteRow(db: DbOrTx, def: ResourceDef, id: number): Promise<void> {
  if (def.deletedAtColumn) {
    await db.update(def.table).set({ [columnKey(def.table, def.deletedAtColumn)]: new Date() }).where(eq(def.idColumn, id));
  } else {
    await db.delete(def.table).where(eq(def.idColumn, id));
  }
}

/** Sets `column` to null wherever it holds `id` (a soft-deleted track leaves no session pointing at it). */
export async function clearReferences(db: DbOrTx, column: AnyPgColumn, id: number): Promise<void> {
  const name = sql.identifier(column.name);
  await db.execute(sql`update ${sql.identifier(getTableName(column.table))} set ${name} = null where ${name} = ${id}`);
}

/** Replaces the links of a many-to-many relationship for one row. */
export async function replaceLinks(db: DbOrTx, rel: import('./resource.js').ManyToMany, sourceId: number, targetIds: number[]): Promise<void> {
  const throughColumns = getTableColumns(rel.through);
  const sourceKey = Object.keys(throughColumns).find((k) => throughColumns[k] === rel.sourceColumn)!;
  const targetKey = Object.keys(throughColumns).find((k) => throughColumns[k] === rel.targetColumn)!;
  await db.delete(rel.through).where(eq(rel.sourceColumn, sourceId));
  if (targetIds.length) {
    await db.insert(rel.through).values([...new Set(targetIds)].map((id) => ({ [sourceKey]: sourceId, [targetKey]: id })));
  }
}

/** The live row of a one-per-event resource (tax, copyright). */
export async function findLiveForEvent(db: DbOrTx, def: ResourceDef, eventId: number): Promise<Row | undefined> {
  const [row] = await db
    .select()
    .from(def.table)
    .where(and(eq(def.eventColumn!, eventId), liveCondition(def)))
    .limit(1);
  return row as Row | undefined;
}

/** The id of the live row whose `column` holds `value` (an order's UUID identifier), optionally within `where`. */
export async function findIdBy(db: DbOrTx, def: ResourceDef, column: AnyPgColumn, value: string, where?: SQL): Promise<number | undefined> {
  const [row] = await db
    .select({ id: def.idColumn })
    .from(def.table)
    .where(and(eq(column, value), liveCondition(def), where))
    .limit(1);
  return row ? (row.id as number) : undefined;
}

/** The target rows of a to-many relationship of row `sourceId`, as a condition on the target's table. */
export function relatedCondition(db: DbOrTx, rel: HasMany | ManyToMany, targetId: AnyPgColumn, sourceId: number): SQL {
  if (rel.kind === 'manyToMany') return inArray(targetId, db.select({ id: rel.targetColumn }).from(rel.through).where(eq(rel.sourceColumn, sourceId)));
  return eq(rel.foreignColumn, sourceId);
}
