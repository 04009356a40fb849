// Vite build of the browser front end. One bundle for every page: assets live under /app/ (hashed, cacheable
// for ever) and each page's route on the server (/generator, later others) answers web/dist/index.html.
// `npm install` runs this build (postinstall); `npx vite --config web/vite.config.ts` serves it with hot reload
// at http://localhost:5173/app/generator, sending /v1 and /sites to the API server on CONVENE_API (default :3000).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.CONVENE_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: { '/v1': api, '/sites': api },
  },
});
