// Runs site builds inside a worker thread (see buildSiteInWorker), one after another: each `build` message carries
// the options; the worker posts progress, log entries, then the result or the error, and waits for the next. Kept
// between builds, so a build does not pay for a new thread and its TypeScript loading (about 0.6 s).
import { parentPort } from 'node:worker_threads';
import { buildSite, type WorkerBuildOptions } from './build.js';
import type { SiteSource } from './readers/index.js';

const port = parentPort!;

port.on('message', async (message: { type: 'build'; options: WorkerBuildOptions }) => {
  if (message.type !== 'build') return;
  const { options } = message;
  // Structured cloning turns a Buffer into a plain Uint8Array.
  const source: SiteSource = options.source.kind === 'zip' ? { ...options.source, data: Buffer.from(options.source.data) } : options.source;
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
});
port.postMessage({ type: 'ready' });
