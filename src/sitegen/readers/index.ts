// The site generator's input readers: one entry point that turns any accepted source (an Open Event zip or folder
// in v1 or v2, raw JSON:API files, a live Open Event API endpoint, an event stored in Convene) into one validated
// EventModel plus the input's images/audio. Everything after this reads only the model.
import fs from 'node:fs/promises';
import { SiteInputError, type BuildLog, type EventModel, type SiteInput } from '../model.js';
import { MemoryAssets } from './assets.js';
import { chooseVersion, mapFor } from './detect.js';
import { readFolder } from './folder.reader.js';
import { parseJson, skipFileOnError, throwIfAborted, type RawInput } from './input.js';
import { indexIncluded, isJsonApiDocument, resolveDocument } from './jsonapi.js';
import { resolveLimits, type InputLimits } from './limits.js';
import { buildModel, type RawFiles } from './model.build.js';
import { v2Map } from './v2.map.js';
import { readEventUrl } from './url.reader.js';
import { readZipBuffer, readZipFile } from './zip.reader.js';
import type { Json } from './fields.js';

export { defaultInputLimits, type InputLimits } from './limits.js';
export { readStoredEvent } from './stored.reader.js';

export type SiteSource =
  /** A .zip file, or a folder with the extension-less JSON files at its root (or in its one subfolder). */
  | { kind: 'path'; path: string }
  /** An uploaded zip already in memory. */
  | { kind: 'zip'; data: Buffer; name?: string }
  /** A live Open Event API event endpoint, e.g. http://host/v1/events/6 (Convene's own or eventyay's). */
  | { kind: 'url'; url: string }
  /** Already read: passes through. */
  | { kind: 'model'; model: EventModel };

export interface ReadOptions {
  /** 'auto' (default) detects; 'v1'/'v2' are the generator form's api_v1/api_v2 and win over detection. */
  format?: 'auto' | 'v1' | 'v2';
  log: BuildLog;
  limits?: Partial<InputLimits>;
  signal?: AbortSignal;
}

export async function readSiteInput(source: SiteSource, options: ReadOptions): Promise<SiteInput> {
  const limits = resolveLimits(options.limits);
  throwIfAborted(options.signal);
  switch (source.kind) {
    case 'model':
      return { model: source.model, assets: new MemoryAssets() };
    case 'url': {
      const { files, skipped } = await readEventUrl(source.url, limits, options.log, options.signal);
      if (options.format === 'v1') throw new SiteInputError('input.format_mismatch', 'v1 was chosen, but an Open Event API endpoint serves JSON:API (v2): choose v2 (api_v2) or auto', { file: source.url });
      const model = buildModel(files, { format: 'jsonapi', map: v2Map, log: options.log, assets: null, timesInEventZone: true, skipped });
      logSummary(model, options.log);
      return { model, assets: new MemoryAssets() };
    }
    case 'zip':
      return fromRaw(await readZipBuffer(source.data, source.name ?? 'upload.zip', limits, options.signal), options);
    case 'path': {
      const stat = await fs.stat(source.path).catch(() => null);
      if (!stat) throw new SiteInputError('input.not_found', 'no such file or folder', { file: source.path });
      const raw = stat.isDirectory()
        ? await readFolder(source.path, limits, options.log, options.signal)
        : await readZipFile(source.path, source.path, limits, options.signal);
      return fromRaw(raw, options);
    }
  }
}

/**
 * Parses the files, resolves any that are JSON:API documents, picks the version's key table and builds. `skipped`
 * names the files already found unusable (warned about); a list document that cannot be resolved joins them.
 */
export function modelFromFiles(files: RawFiles, options: Pick<ReadOptions, 'format' | 'log'>, assets: MemoryAssets | null = null, skipped = new Set<string>()): EventModel {
  const documents = Object.values(files).filter(isJsonApiDocument);
  if (documents.length > 0) {
    if (options.format === 'v1') throw new SiteInputError('input.format_mismatch', 'v1 was chosen, but the files are JSON:API documents (v2): choose v2 (api_v2) or auto', { file: 'event' });
    const included = indexIncluded(documents as Json[]);
    const resolved: RawFiles = { ...files };
    for (const [name, value] of Object.entries(files) as [keyof RawFiles, unknown][]) {
      if (!isJsonApiDocument(value)) continue;
      if (name === 'event') resolved[name] = resolveDocument(value, name, included);
      else if (!skipFileOnError(options.log, skipped, name, () => (resolved[name] = resolveDocument(value, name, included)))) resolved[name] = undefined;
    }
    return buildModel(resolved, { format: 'jsonapi', map: v2Map, log: options.log, assets, timesInEventZone: true, skipped });
  }
  const version = chooseVersion(files, options.format ?? 'auto');
  return buildModel(files, { format: version, map: mapFor(version), log: options.log, assets, skipped });
}

function fromRaw(raw: RawInput, options: ReadOptions): SiteInput {
  const event = raw.files.get('event');
  if (!event) throw new SiteInputError('input.missing_file', 'missing: an Open Event input needs an event file at its root', { file: 'event' });
  const files: Record<string, unknown> = { event: parseJson(event.bytes, event.name) };
  const skipped = new Set<string>(raw.skipped);
  for (const [name, { bytes, name: fileName }] of raw.files) {
    if (name !== 'event') skipFileOnError(options.log, skipped, name, () => (files[name] = parseJson(bytes, fileName)));
  }
  const model = modelFromFiles(files as unknown as RawFiles, options, raw.assets, skipped);
  logSummary(model, options.log);
  return { model, assets: raw.assets };
}

function logSummary(model: EventModel, log: BuildLog): void {
  log.info(
    `Read ${model.format} data: ${model.sessions.length} sessions, ${model.speakers.length} speakers, ${model.tracks.length} tracks, ` +
      `${model.rooms.length} rooms, ${model.sponsors.length} sponsors`,
  );
}
