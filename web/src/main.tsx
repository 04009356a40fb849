// The browser front end's entry: one bundle, the page chosen from the path (the server answers each page's
// route with the same index.html; the Vite dev server serves it under /app/).
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { GeneratorPage } from './generator/GeneratorPage.js';
import './styles.css';

function pageName(pathname: string): string {
  const base = import.meta.env.BASE_URL; // "/app/"
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1);
  return path.replace(/\/+$/, '');
}

function NotFound() {
  return (
    <main className="layout">
      <header className="masthead">
        <p className="brand">Convene</p>
        <h1>Page not found</h1>
        <p className="lede">
          Try the <a href="/generator">site generator</a>.
        </p>
      </header>
    </main>
  );
}

const pages: Record<string, ComponentType> = { generator: GeneratorPage };
const Page = pages[pageName(window.location.pathname)] ?? NotFound;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
