// Parses the JSON:API query parameters (include, sort, page, fields, filter) from the raw query string.
// Names are checked against the resource definition later, in resource.repo.ts, where the fields are known.
import { BadRequestError } from '../errors.js';

export interface IncludeTree {
  [relationship: string]: IncludeTree;
}

export interface SortKey {
  field: string;
  desc: boolean;
}

export type FilterOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'in_' | 'notin_' | 'like' | 'ilike' | 'is_' | 'isnot';
export type FilterNode =
  | { name: string; op: FilterOp; val: unknown }
  | { and: FilterNode[] }
  | { or: FilterNode[] }
  | { not: FilterNode };

export interface ListQuery {
  include: IncludeTree;
  sort: SortKey[];
  page: { size: number; number: number; all: boolean };
  fields: Record<string, Set<string>>;
  filter: FilterNode | undefined;
}

export type RawQuery = Record<string, string | string[] | undefined>;

const FILTER_OPS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'in_', 'notin_', 'like', 'ilike', 'is_', 'isnot']);
const KNOWN = /^(include|sort|filter|page\[(size|number)\]|fields\[[a-z0-9-]+\])$/;

function single(query: RawQuery, name: string): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) throw new BadRequestError('invalid_parameter', `${name} may be given only once`, { parameter: name });
  return value;
}

export function parseInclude(raw: string | undefined): IncludeTree {
  const tree: IncludeTree = {};
  if (!raw) return tree;
  for (const path of raw.split(',')) {
    const parts = path.trim().split('.');
    if (parts.some((part) => !/^[a-z][a-z0-9-]*$/.test(part)) || parts.length > 3) {
      throw new BadRequestError('invalid_include', `Invalid include path "${path}"`, { parameter: 'include' });
    }
    let node = tree;
    for (const part of parts) node = node[part] ??= {};
  }
  return tree;
}

function parseSort(raw: string | undefined): SortKey[] {
  if (!raw) return [];
  return raw.split(',').map((item) => {
    const desc = item.startsWith('-');
    const field = desc ? item.slice(1) : item;
    if (!/^[a-z][a-z0-9-]*$/.test(field)) {
      throw new BadRequestError('invalid_sort', `Invalid sort field "${item}"`, { parameter: 'sort' });
    }
    return { field, desc };
  });
}

function parsePageNumber(raw: string | undefined, name: string, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min) {
    throw new BadRequestError('invalid_page', `${name} must be an integer of at least ${min}`, { parameter: name });
  }
  return Number(raw);
}

function checkFilterNode(node: unknown, depth: number): FilterNode {
  const fail = (why: string) => new BadRequestError('invalid_filter', `Invalid filter: ${why}`, { parameter: 'filter' });
  if (depth > 8) throw fail('nested too deeply');
  if (!node || typeof node !== 'object' || Array.isArray(node)) throw fail('every node must be an object');
  const keys = Object.keys(node);
  const value = node as Record<string, unknown>;
  if (keys.length === 1 && (keys[0] === 'and' || keys[0] === 'or')) {
    const list = value[keys[0]];
    if (!Array.isArray(list) || list.length === 0) throw fail(`"${keys[0]}" needs a non-empty list`);
    const children = list.map((child) => checkFilterNode(child, depth + 1));
    return keys[0] === 'and' ? { and: children } : { or: children };
  }
  if (keys.length === 1 && keys[0] === 'not') return { not: checkFilterNode(value.not, depth + 1) };
  if (typeof value.name !== 'string') throw fail('a condition needs "name"');
  if (typeof value.op !== 'string' || !FILTER_OPS.has(value.op)) {
    throw fail(`unknown operator "${String(value.op)}" (use eq ne lt le gt ge in_ notin_ like ilike)`);
  }
  if (!('val' in value)) throw fail(`condition on "${value.name}" needs "val"`);
  const extra = keys.filter((key) => key !== 'name' && key !== 'op' && key !== 'val');
  if (extra.length) throw fail(`unexpected key "${extra[0]}"`);
  return { name: value.name, op: value.op as FilterOp, val: value.val };
}

export function parseFilter(raw: string | undefined): FilterNode | undefined {
  if (raw === undefined || raw === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new BadRequestError('invalid_filter', 'Invalid filter: not valid JSON', { parameter: 'filter' });
  }
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) return undefined;
    return { and: parsed.map((node) => checkFilterNode(node, 1)) };
  }
  return checkFilterNode(parsed, 0);
}

export interface PageLimits {
  defaultSize: number;
  maxSize: number;
}

export function parseListQuery(query: RawQuery, limits: PageLimits, extraParameters: readonly string[] = []): ListQuery {
  for (const key of Object.keys(query)) {
    if (!KNOWN.test(key) && !extraParameters.includes(key)) {
      throw new BadRequestError('unknown_parameter', `Unknown query parameter "${key}"`, { parameter: key });
    }
  }
  const fields: Record<string, Set<string>> = {};
  for (const key of Object.keys(query)) {
    const match = /^fields\[([a-z0-9-]+)\]$/.exec(key);
    if (match) fields[match[1]] = new Set((single(query, key) ?? '').split(',').filter(Boolean));
  }
  const size = parsePageNumber(single(query, 'page[size]'), 'page[size]', limits.defaultSize, 0);
  const all = size === 0;
  return {
    include: parseInclude(single(query, 'include')),
    sort: parseSort(single(query, 'sort')),
    page: {
      size: all || size > limits.maxSize ? limits.maxSize : size,
      number: parsePageNumber(single(query, 'page[number]'), 'page[number]', 1, 1),
      all,
    },
    fields,
    filter: parseFilter(single(query, 'filter')),
  };
}

/** Only include and fields make sense on a single resource. */
export function parseSingleQuery(query: RawQuery, extraParameters: readonly string[] = []): ListQuery {
  for (const key of Object.keys(query)) {
    if (!/^(include|fields\[[a-z0-9-]+\])$/.test(key) && !extraParameters.includes(key)) {
      throw new BadRequestError('unknown_parameter', `Unknown query parameter "${key}"`, { parameter: key });
    }
  }
  return parseListQuery(query, { defaultSize: 1, maxSize: 1 }, extraParameters);
}

/** A list's own parameter that takes one of a few words (a tab); a 400 naming it for anything else. */
export function parseChoice<T extends string>(query: RawQuery, name: string, allowed: readonly T[], fallback: T): T {
  const value = single(query, name);
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new BadRequestError('invalid_parameter', `${name} must be one of ${allowed.join(', ')}`, { parameter: name });
  }
  return value as T;
}

export const MAX_SEARCH_LENGTH = 200;

/** The search box's text: at most MAX_SEARCH_LENGTH characters, else a 400 naming the parameter. */
export function parseSearch(query: RawQuery, name = 'search'): string {
  const value = (single(query, name) ?? '').trim();
  if (value.length > MAX_SEARCH_LENGTH) {
    throw new BadRequestError('invalid_parameter', `${name} may be at most ${MAX_SEARCH_LENGTH} characters`, { parameter: name });
  }
  return value;
}
