// Vite build of the browser front end. Assets live under /app/ (hashed, cacheable for ever) and every page path
// on the server answers web/dist/index.html. vite-plugin-pwa (Workbox) writes the service worker, /app/sw.js,
// which the server allows to control every page (Service-Worker-Allowed: /): it precaches the app shell (so the
// app opens with no network), answers page navigations with it, and keeps images it has shown (event logos,
// photos) for offline.
// What the API answered is kept by the app itself (the persisted query cache, web/src/lib/query.ts).
// `npm install` runs this build (postinstall); `npx vite --config web/vite.config.ts` serves it with hot reload
// at http://localhost:5173/app/, sending /v1 and /sites to the API server on CONVENE_API (default :3000).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const api = process.env.CONVENE_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  plugins: [
    react(),
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        id: '/',
        name: 'Convene',
        short_name: 'Convene',
        description: 'Find events, keep your tickets and the schedule with you, even without a connection.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1f5fbf',
        background_color: '#f3f5f8',
        icons: [
          { src: '/app/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/app/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/app/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/app/index.html',
        navigateFallbackDenylist: [/^\/v1\//, /^\/sites\//, /^\/app\//, /^\/healthz/],
        inlineWorkboxRuntime: true,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // Pages the app shell does not answer (site previews): from the network, or the offline page without one.
            urlPattern: ({ request, url }) => request.mode === 'navigate' && url.pathname.startsWith('/sites/'),
            handler: 'NetworkOnly',
            options: { plugins: [{ handlerDidError: async () => (await caches.match('/app/offline.html', { ignoreSearch: true })) ?? Response.error() }] },
          },
          {
            urlPattern: ({ request, url }) => request.destination === 'image' && !url.pathname.startsWith('/sites/'),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'images', expiration: { maxEntries: 300, maxAgeSeconds: 30 * 86_400 }, cacheableResponse: { statuses: [0, 200] } },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: { '/v1': api, '/sites': api },
  },
});
