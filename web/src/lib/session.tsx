// Who is logged in, from GET /v1/auth/session (the session cookie itself cannot be read by scripts). Logging in
// and out go through the same query, so every page sees the change at once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api, resourceDocument, unwrap, type ApiError, type Schemas } from './api/client';
import { LOGGED_OUT_EVENT, persister } from './query';

export type SessionUser = { id: string; email: string; 'first-name': string | null; 'last-name': string | null; 'public-name': string | null; 'is-admin': boolean };

export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<SessionUser | null> {
  return (await unwrap(api.GET('/v1/auth/session'))).user;
}

// Kept on the device too: offline, the app still knows who was logged in (to show their tickets).
export const sessionQuery = { queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 0, meta: { persist: true } };

export function useSession() {
  // Asked again whenever a page starts (a login may have started or ended elsewhere); until it answers, or fails
  // for want of a network, the kept answer is only a guess and `loading` stays true.
  const query = useQuery({ ...sessionQuery, refetchOnMount: 'always' });
  const settled = !query.isPending && (query.isFetchedAfterMount || query.isError || !query.isFetching);
  return { user: query.data ?? null, loading: !settled, error: query.error as ApiError | null };
}

export function displayName(user: Pick<SessionUser, 'email' | 'first-name' | 'last-name' | 'public-name'>): string {
  return user['public-name'] || [user['first-name'], user['last-name']].filter(Boolean).join(' ') || user.email;
}

/**
 * Another person (or nobody) is logged in now: what was loaded for the last one goes, and the session query gets
 * the new user in place, so every page that shows who is logged in updates at once (also where nothing navigates,
 * as when an invitation page logs someone in).
 */
function switchUser(client: ReturnType<typeof useQueryClient>, user: SessionUser | null): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  client.setQueryData(SESSION_KEY, user);
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { email: string; password: string }) => (await unwrap(api.POST('/v1/auth/session', { body: input }))).user as SessionUser,
    onSuccess: (user) => switchUser(client, user),
  });
}

/** Creates an account (POST /v1/users) and logs in with it. */
export function useSignup() {
  const login = useLogin();
  return useMutation({
    mutationFn: async (values: { 'first-name': string; 'last-name': string; email: string; password: string }) => {
      const attributes = { ...values, email: values.email.trim(), 'first-name': values['first-name'].trim() || null, 'last-name': values['last-name'].trim() || null };
      await unwrap(api.POST('/v1/users', { body: resourceDocument('user', attributes) as never }));
      return login.mutateAsync({ email: attributes.email, password: values.password });
    },
  });
}

/**
 * Ends the session on the server, forgets everything this device kept for the person, and starts again on the
 * front page (a full load: no page of theirs stays in memory).
 */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/v1/auth/session')),
    onSettled: async () => {
      client.clear();
      await persister.removeClient();
      window.location.assign('/');
    },
  });
}

/** Where to come back to after logging in: the page the person was on. */
export function loginPath(next: string): string {
  return `/login?next=${encodeURIComponent(next)}`;
}

/** Only a path of this site is followed after login (never another origin). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/events';
}

/**
 * Sends a logged-out visitor of a page that needs a login to the login page and back. It also acts when any
 * request answers 401 later (the session expired while the page was open).
 */
export function useRequireLogin(): SessionUser | null {
  const { user, loading } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const here = `${location.pathname}${location.search}`;
  // Logged in a moment ago and not any more: the login page says it expired.
  const wasLoggedIn = useRef(false);
  if (user) wasLoggedIn.current = true;
  useEffect(() => {
    if (!loading && !user) navigate(loginPath(here), { replace: true, state: { expired: wasLoggedIn.current } });
  }, [loading, user, here, navigate]);
  useEffect(() => {
    const expired = () => client.setQueryData(SESSION_KEY, null);
    window.addEventListener(LOGGED_OUT_EVENT, expired);
    return () => window.removeEventListener(LOGGED_OUT_EVENT, expired);
  }, [client]);
  return user;
}

export type { Schemas };
