// Runs one site build inside a worker thread (see buildSiteInWorker): reads its options from workerData and
// posts progress, log entries, then the result or the error back to the parent.
import { parentPort, workerData } from 'node:worker_threads';
import { buildSite, type WorkerBuildOptions } from './build.js';
import type { SiteSource } from './readers/index.js';

const options = workerData as WorkerBuildOptions;
// Structured cloning turns a Buffer into a plain Uint8Array.
const source: SiteSource = options.source.kind === 'zip' ? { ...options.source, data: Buffer.from(options.source.data) } : options.source;
const port = parentPort!;

try {
  const result = await buildSite({
    ...options,
    source,
    onProgress: (percent, step) => port.postMessage({ type: 'progress', percent, step }),
    onLog: (entry) => port.postMessage({ type: 'log', entry }),
  });
  port.postMessage({ type: 'done', result });
} catch (error) {
  const e = error instanceof Error ? error : new Error(String(error));
  port.postMessage({ type: 'error', error: { name: e.name, code: (e as { code?: unknown }).code as string | undefined, message: e.message } });
}
