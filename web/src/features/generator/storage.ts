// What the page keeps across a reload: the build being watched (in the URL as ?build=<id>, so the address can be
// shared between tabs, and in localStorage for a plain /generator). The login is the session cookie.

const BUILD_KEY = 'convene.generator.build';

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback; // storage can be disabled (private mode, policies)
  }
}

export function loadBuildId(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('build');
  if (fromUrl) return fromUrl;
  return safe(() => localStorage.getItem(BUILD_KEY), null);
}

export function saveBuildId(id: string | null): void {
  const url = new URL(window.location.href);
  if (id) url.searchParams.set('build', id);
  else url.searchParams.delete('build');
  window.history.replaceState(null, '', url);
  safe(() => (id ? localStorage.setItem(BUILD_KEY, id) : localStorage.removeItem(BUILD_KEY)), undefined);
}
