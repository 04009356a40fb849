// Tells Open Event v1 (underscored keys) from v2 (dasherized keys) by counting each version's marker keys in the
// event and the first records of each list (and the objects they embed). An explicit choice (the generator form's
// api_v1/api_v2) wins, unless the data plainly is the other version: then the error says so and names the fix.
import { SiteInputError } from '../model.js';
import { isObject } from './fields.js';
import type { KeyMap } from './keymap.js';
import type { RawFiles } from './model.build.js';
import { v1Map } from './v1.map.js';
import { v2Map } from './v2.map.js';

export type Version = 'v1' | 'v2';

const SAMPLE = 20;

function keysOf(files: RawFiles): Set<string> {
  const keys = new Set<string>();
  const add = (value: unknown, depth: number) => {
    if (!isObject(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      keys.add(key);
      if (depth > 0) {
        if (Array.isArray(inner)) inner.slice(0, 3).forEach((item) => add(item, depth - 1));
        else add(inner, depth - 1);
      }
    }
  };
  add(files.event, 1);
  for (const list of [files.sessions, files.speakers, files.tracks, files.microlocations, files.sponsors]) {
    if (Array.isArray(list)) list.slice(0, SAMPLE).forEach((record) => add(record, 1));
  }
  return keys;
}

export function scoreVersions(files: RawFiles): { v1: number; v2: number } {
  const keys = keysOf(files);
  const score = (map: KeyMap) => map.markers.filter((key) => keys.has(key)).length;
  return { v1: score(v1Map), v2: score(v2Map) };
}

export function chooseVersion(files: RawFiles, requested: 'auto' | Version): Version {
  const { v1, v2 } = scoreVersions(files);
  if (requested === 'v2' && v2 === 0 && v1 > 0) {
    throw new SiteInputError('input.format_mismatch', `v2 was chosen, but no v2 (dasherized) key such as 'starts-at' is in the data, and ${v1} v1 (underscored) keys such as 'start_time' are: choose v1 (api_v1) or auto`, { file: 'event' });
  }
  if (requested === 'v1' && v1 === 0 && v2 > 0) {
    throw new SiteInputError('input.format_mismatch', `v1 was chosen, but no v1 (underscored) key such as 'start_time' is in the data, and ${v2} v2 (dasherized) keys such as 'starts-at' are: choose v2 (api_v2) or auto`, { file: 'event' });
  }
  if (requested !== 'auto') return requested;
  // The original defaulted to api_v2; with no marker at all, the v2 reader's error ("missing starts-at") is as clear.
  return v1 > v2 ? 'v1' : 'v2';
}

export function mapFor(version: Version): KeyMap {
  return version === 'v1' ? v1Map : v2Map;
}
