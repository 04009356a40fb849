// What the zip and folder readers hand on: the bytes of the Open Event JSON files found at the input root, by file
// name, and the input's images/audio. Also the JSON parsing that names the file when it fails.
import { SiteInputError, type BuildLog } from '../model.js';
import type { MemoryAssets } from './assets.js';

/** The files read from an input root; `session_types` is optional, `meta` and `attendees` are not read. */
export const DATA_FILES = ['event', 'sessions', 'speakers', 'tracks', 'microlocations', 'sponsors', 'session_types'] as const;
export type DataFile = (typeof DATA_FILES)[number];

export interface RawInput {
  /** JSON bytes by data file name (a `sessions.json` is stored as `sessions`). */
  files: Map<DataFile, { bytes: Buffer; name: string }>;
  assets: MemoryAssets;
  /** Data files that were there but could not be read (already warned about); the build reads them as empty. */
  skipped?: DataFile[];
}

/** The data file a root-relative path names ('sessions' or 'sessions.json'), if any. */
export function dataFileOf(path: string): DataFile | null {
  const base = path.endsWith('.json') ? path.slice(0, -5) : path;
  return (DATA_FILES as readonly string[]).includes(base) ? (base as DataFile) : null;
}

export function parseJson(bytes: Buffer, file: string): unknown {
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new SiteInputError('input.empty_json', 'the file is empty; it must hold JSON', { file });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SiteInputError('input.invalid_json', `not valid JSON (${(error as Error).message})`, { file });
  }
}

/**
 * What `use` returns, or null when it throws a SiteInputError: the input is then skipped, and the error's message
 * (which names the file, and the record and field where known) is warned with "; the file is skipped" or
 * "; the record is skipped". How the generator reads what was published: one bad part does not stop a build.
 */
export function skipOnInputError<T>(log: BuildLog, what: 'file' | 'record', use: () => T): T | null {
  try {
    return use();
  } catch (error) {
    if (!(error instanceof SiteInputError)) throw error;
    log.warn(`${error.message}; the ${what} is skipped`);
    return null;
  }
}

/** Runs `use` on an optional data file; when it fails the file is skipped (warned) and added to `skipped`. */
export function skipFileOnError(log: BuildLog, skipped: Set<string>, file: string, use: () => void): boolean {
  const used = skipOnInputError(log, 'file', () => (use(), true)) ?? false;
  if (!used) skipped.add(file);
  return used;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SiteInputError('input.aborted', 'reading the input was cancelled');
}
