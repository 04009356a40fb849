// The query cache: server state lives here, not in component state. A failed request is retried once when the
// network was the problem (never for a 4xx: the answer will not change); an answer of 401 means the login is
// gone, which the session hook turns into a trip to the login page and back.
import { QueryCache, QueryClient, MutationCache, type Query } from '@tanstack/react-query';
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { persistQueryClientRestore, persistQueryClientSubscribe } from '@tanstack/query-persist-client-core';
import { del, get, set } from 'idb-keyval';
import { ApiError } from './api/client';

export const LOGGED_OUT_EVENT = 'convene:logged-out';

/**
 * What a person has seen is kept on the device (IndexedDB) for 30 days, so it shows again without a network:
 * only the queries that ask for it (`meta: { persist: true }`: events, tickets, schedules), never the
 * dashboard's lists. Logging out clears the cache, and so the stored copy.
 */
export const persister = createAsyncStoragePersister({
  storage: { getItem: (key) => get(key), setItem: (key, value) => set(key, value), removeItem: (key) => del(key) },
  key: 'convene.queries',
  // Saved as soon as it changes (one write at a time, the latest state): a page closed or reloaded right after an
  // answer arrived must not lose it.
  throttleTime: 0,
});



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
      // Kept in memory for a day (a longer time than setTimeout's 24.8 days would overflow and drop the query at
      // once), so what was restored from the device stays there to show.
      gcTime: 86_400_000,
      retry: (failures, error) => error instanceof ApiError && error.isNetwork && failures < 1,
      refetchOnWindowFocus: true,
    },
    mutations: { networkMode: 'always', retry: false },
  },
});

const persistOptions = {
  persister,
  maxAge: 30 * 86_400_000,
  // Bumped when what the API answers changes shape, so an old copy is not read as the new one.
  buster: 'v1',
  dehydrateOptions: { shouldDehydrateQuery: (query: Query) => query.state.data !== undefined && query.meta?.persist === true },
};

/**
 * Puts back what the device kept, then saves every change. Awaited before the first render, so no query starts
 * without its kept data (IndexedDB answers in milliseconds; a broken store only loses the copy).
 */
export async function restoreQueries(): Promise<void> {
  await persistQueryClientRestore({ queryClient, ...persistOptions }).catch(() => undefined);
  persistQueryClientSubscribe({ queryClient, ...persistOptions });
}
