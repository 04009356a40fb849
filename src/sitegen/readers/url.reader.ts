// Placeholder until the URL reader lands.
import { SiteInputError } from '../model.js';
import type { InputLimits } from './limits.js';
import type { RawFiles } from './model.build.js';

export async function readEventUrl(url: string, _limits: InputLimits, _signal?: AbortSignal): Promise<RawFiles> {
  throw new SiteInputError('input.unsupported', 'reading from a URL is not available yet', { file: url });
}
