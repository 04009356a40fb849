// What the page keeps across a reload: the login (this tab only) and the build being watched (in the URL as
// ?build=<id>, so the address can be shared between tabs, and in localStorage for a plain /generator).

const TOKEN_KEY = 'convene.token';
const EMAIL_KEY = 'convene.email';
const BUILD_KEY = 'convene.generator.build';

export interface Login {
  token: string;
  email: string;
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback; // storage can be disabled (private mode, policies)
  }
}

export function loadLogin(): Login | null {
  return safe(() => {
    const token = sessionStorage.getItem(TOKEN_KEY);
    return token ? { token, email: sessionStorage.getItem(EMAIL_KEY) ?? '' } : null;
  }, null);
}

export function saveLogin(login: Login | null): void {
  safe(() => {
    if (login) {
      sessionStorage.setItem(TOKEN_KEY, login.token);
      sessionStorage.setItem(EMAIL_KEY, login.email);
    } else {
      sessionStorage.removeItem(TOKEN_KEY);
      sessionStorage.removeItem(EMAIL_KEY);
    }
  }, undefined);
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
