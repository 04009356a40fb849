// Size and count limits for untrusted site-generator input (an uploaded zip, a folder, a remote API). Every
// reader checks them while it reads, so a hostile or broken input ends in a SiteInputError, never an OOM or a
// stall. The defaults fit the largest real Open Event exports (FOSSASIA 2016: a 4 MiB zip, JSON files of about
// 1 MiB) with two orders of magnitude to spare, while keeping one build's memory bounded on a small server.

export interface InputLimits {
  /** Largest zip file accepted (compressed bytes). */
  maxZipBytes: number;
  /** Most entries (files and folders) a zip or folder may hold, counted whether used or not. */
  maxEntries: number;
  /** Most uncompressed bytes read from one input, JSON and assets together (all of it is kept in memory). */
  maxTotalBytes: number;
  /** Largest single JSON file (`sessions` and so on), uncompressed. */
  maxJsonFileBytes: number;
  /** Largest single asset file (an image or an audio recording), uncompressed. */
  maxAssetFileBytes: number;
  /** Largest uncompressed/compressed ratio of one zip entry; checked for entries over `ratioMinBytes`. */
  maxCompressionRatio: number;
  /** Entries smaller than this are not ratio-checked (small JSON files compress very well and are harmless). */
  ratioMinBytes: number;
  /** Largest body read from one HTTP response of the URL reader. */
  maxResponseBytes: number;
  /** Timeout of one HTTP request of the URL reader (the original used 30 s). */
  requestTimeoutMs: number;
  /** Most pages followed through `links.next` for one list. */
  maxPages: number;
  /**
   * Fetch from loopback and private addresses. On for the command line (the user's own machine); the build
   * service turns it off unless SITEGEN_ALLOW_PRIVATE_URLS is set, and then checks every URL and redirect hop.
   */
  allowPrivateUrls: boolean;
}

const MiB = 1024 * 1024;

export const defaultInputLimits: InputLimits = Object.freeze({
  maxZipBytes: 256 * MiB,
  maxEntries: 20_000,
  maxTotalBytes: 512 * MiB,
  maxJsonFileBytes: 32 * MiB,
  maxAssetFileBytes: 64 * MiB,
  // Deflate reaches about 1000:1 on zeros; JSON and HTML stay well under 50:1, images and audio near 1:1.
  maxCompressionRatio: 200,
  ratioMinBytes: 1 * MiB,
  maxResponseBytes: 32 * MiB,
  requestTimeoutMs: 30_000,
  maxPages: 200,
  allowPrivateUrls: true,
});

export function resolveLimits(limits: Partial<InputLimits> | undefined): InputLimits {
  return { ...defaultInputLimits, ...(limits ?? {}) };
}

export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${Math.round((bytes / MiB) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} bytes`;
}
