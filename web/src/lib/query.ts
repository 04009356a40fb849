// The query cache: server state lives here, not in component state. A failed request is retried once when the
// network was the problem (never for a 4xx: the answer will not change); an answer of 401 means the login is
// gone, which the session hook turns into a trip to the login page and back.
import { QueryCache, QueryClient, MutationCache } from '@tanstack/react-query';
import { ApiError } from './api/client';

export const LOGGED_OUT_EVENT = 'convene:logged-out';

function onError(error: unknown): void {
  // A wrong password is a 401 too; only a missing or ended login sends the person to log in again.
  if (error instanceof ApiError && error.status === 401 && error.code !== 'auth.invalid_credentials') window.dispatchEvent(new Event(LOGGED_OUT_EVENT));
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    // 'always': a request is tried even when the browser says it is offline, so it fails at once and the page says
    // so (keeping what was typed) instead of waiting silently for the network to come back.
    queries: {
      networkMode: 'always',
      staleTime: 15_000,
      retry: (failures, error) => error instanceof ApiError && error.isNetwork && failures < 1,
      refetchOnWindowFocus: true,
    },
    mutations: { networkMode: 'always', retry: false },
  },
});
