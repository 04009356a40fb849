// Worker-thread bootstrap for buildSiteInWorker: a worker does not inherit the parent's TypeScript loader (tsx or
// vitest), so this plain .mjs registers tsx's ESM loader first and then loads the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./build.worker.ts');
