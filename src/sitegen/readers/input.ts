// What the zip and folder readers hand on: the bytes of the Open Event JSON files found at the input root, by file
// name, and the input's images/audio. Also the JSON parsing that names the file when it fails.
import { SiteInputError } from '../model.js';
import type { MemoryAssets } from './assets.js';

/** The files read from an input root; `session_types` is optional, `meta` and `attendees` are not read. */
export const DATA_FILES = ['event', 'sessions', 'speakers', 'tracks', 'microlocations', 'sponsors', 'session_types'] as const;
export type DataFile = (typeof DATA_FILES)[number];

export interface RawInput {
  /** JSON bytes by data file name (a `sessions.json` is stored as `sessions`). */
  files: Map<DataFile, { bytes: Buffer; name: string }>;
  assets: MemoryAssets;
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

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SiteInputError('input.aborted', 'reading the input was cancelled');
}
