// The browser front end's entry. The server answers every page path with this app; the router picks the page,
// and each area's pages load as their own chunk, so the public pages never load the dashboard's code.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { restoreQueries } from './lib/query';
import { applyTheme, storedTheme } from './lib/theme';
import './styles.css';

applyTheme(storedTheme());

// The service worker keeps the app itself on the device, so it opens without a network (production builds only:
// the dev server changes files under it).
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  void navigator.serviceWorker.register('/app/sw.js', { scope: '/' }).catch(() => undefined);
}

// What was kept on the device is put back before the first page renders (no page can start without it), then
// every change is saved again.
await restoreQueries();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
