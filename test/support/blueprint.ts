// A small reader of the original server's API Blueprint files (../shared/reference/open-event-api/*.apib): the
// transactions they document, each with its resource URI, method, request headers and body, and the documented
// response's status, media type and body. It reads only what those files use: `## Resource [URI]`,
// `### Action [METHOD]` or `[METHOD URI]`, `+ Parameters` with examples, `+ Request`/`+ Response` sections with
// optional `+ Headers` and `+ Body`, bodies as indented blocks.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Transaction {
  file: string;
  resource: string;
  action: string;
  method: string;
  /** The URI template without its query template (`/v1/tracks/{track_id}`), or with a literal query. */
  uri: string;
  /** Example values of the URI's parameters, as documented. */
  examples: Record<string, string>;
  request: { contentType?: string; headers: Record<string, string>; body?: string };
  response: { status: number; contentType?: string; body?: string };
}

export const BLUEPRINT_DIR = fileURLToPath(new URL('../../../shared/reference/open-event-api', import.meta.url));

/** Strips the common indentation of an indented block. */
function dedent(lines: string[]): string {
  const content = lines.filter((line) => line.trim() !== '');
  if (content.length === 0) return '';
  const indent = Math.min(...content.map((line) => line.match(/^ */)![0].length));
  const text = lines.map((line) => line.slice(indent)).join('\n');
  return text.trim();
}

interface Section {
  kind: 'request' | 'response';
  head: string;
  lines: string[];
}

/** A request or response section: its headers block and its body block. */
function readSection(section: Section): { headers: Record<string, string>; body?: string } {
  const headers: Record<string, string> = {};
  let mode: 'body' | 'headers' | 'other' = 'body';
  const body: string[] = [];
  let sawSubsection = false;
  for (const line of section.lines) {
    const sub = line.match(/^ {4}\+ (Headers|Body|Schema)\s*$/);
    if (sub) {
      sawSubsection = true;
      mode = sub[1] === 'Headers' ? 'headers' : sub[1] === 'Body' ? 'body' : 'other';
      continue;
    }
    if (mode === 'headers') {
      const header = line.match(/^\s+([A-Za-z-]+):\s*(.*)$/);
      if (header) headers[header[1].toLowerCase()] = header[2].trim();
    } else if (mode === 'body') {
      body.push(line);
    }
  }
  // Without subsections, the block right under the section is the body.
  const text = dedent(sawSubsection ? body : section.lines);
  return { headers, body: text === '' ? undefined : text };
}

export function readBlueprint(file: string): Transaction[] {
  const lines = fs.readFileSync(path.join(BLUEPRINT_DIR, file), 'utf8').split(/\r?\n/);
  const transactions: Transaction[] = [];
  let resource = '';
  let uri = '';
  let resourceExamples: Record<string, string> = {};
  let action: { name: string; method: string; uri?: string; examples: Record<string, string>; sections: Section[] } | undefined;
  let inParameters = false;
  let current: Section | undefined;

  const flush = () => {
    if (!action) return;
    const examples = { ...resourceExamples, ...action.examples };
    let pending: Section | undefined;
    for (const section of action.sections) {
      if (section.kind === 'request') {
        pending = section;
        continue;
      }
      const status = Number(section.head.match(/Response (\d{3})/)![1]);
      const request = pending ? readSection(pending) : { headers: {} };
      const response = readSection(section);
      transactions.push({
        file,
        resource,
        action: action.name,
        method: action.method,
        uri: action.uri ?? uri,
        examples,
        request: { contentType: pending?.head.match(/\(([^)]+)\)/)?.[1], headers: request.headers, body: request.body },
        response: { status, contentType: section.head.match(/\(([^)]+)\)/)?.[1], body: response.body },
      });
      pending = undefined;
    }
    action = undefined;
  };

  for (const line of lines) {
    const resourceHead = line.match(/^## (.+?)\s*\[([^\]]+)\]\s*$/);
    const actionHead = line.match(/^### (.+?)\s*\[([A-Z]+)(?:\s+([^\]]+))?\]\s*$/);
    if (resourceHead && !actionHead) {
      flush();
      resource = resourceHead[1];
      uri = resourceHead[2].replace(/\{\?[^}]*\}$/, '');
      if (!uri.startsWith('/')) uri = `/${uri}`;
      resourceExamples = {};
      inParameters = false;
      current = undefined;
      continue;
    }
    if (actionHead) {
      flush();
      action = { name: actionHead[1], method: actionHead[2], uri: actionHead[3], examples: {}, sections: [] };
      inParameters = false;
      current = undefined;
      continue;
    }
    if (/^#/.test(line)) {
      flush();
      current = undefined;
      continue;
    }
    if (/^\+ Parameters/.test(line)) {
      inParameters = true;
      current = undefined;
      continue;
    }
    const section = line.match(/^\+ (Request|Response)\b(.*)$/);
    if (section && action) {
      inParameters = false;
      current = { kind: section[1] === 'Request' ? 'request' : 'response', head: line, lines: [] };
      action.sections.push(current);
      continue;
    }
    if (inParameters) {
      const parameter = line.match(/^\s+\+ ([A-Za-z0-9_%]+)\s*:\s*`?([^`(\s]+)`?\s*\(/);
      if (parameter) (action ? action.examples : resourceExamples)[parameter[1]] = parameter[2];
      if (/^\S/.test(line) && line.trim() !== '') inParameters = false;
      continue;
    }
    if (/^\+ /.test(line)) {
      current = undefined;
      continue;
    }
    current?.lines.push(line);
  }
  flush();
  return transactions;
}

export function readAllBlueprints(): Transaction[] {
  return fs
    .readdirSync(BLUEPRINT_DIR)
    .filter((name) => name.endsWith('.apib'))
    .sort()
    .flatMap(readBlueprint);
}
