// Bookmarked sessions: kept on the device for every visitor, and on the account too when logged in
// (/v1/user-favourite-sessions), so a person's own schedule follows them to another device. The device's list
// and the account's are joined when both exist.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, resourceDocument, unwrap } from '../../lib/api/client';
import { useSession } from '../../lib/session';

const key = (eventKey: string) => `convene.bookmarks.${eventKey}`;

function readDevice(eventKey: string): string[] {
  try {
    const value = JSON.parse(localStorage.getItem(key(eventKey)) ?? '[]');
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

function writeDevice(eventKey: string, ids: string[]): void {
  try {
    localStorage.setItem(key(eventKey), JSON.stringify(ids));
  } catch {
    // storage off: the bookmarks last for this page
  }
}

export function useBookmarks(eventKey: string, eventSessions: Set<string>) {
  const { user } = useSession();
  const client = useQueryClient();
  const [device, setDevice] = useState<string[]>(() => readDevice(eventKey));
  const account = useQuery({
    queryKey: ['favourites', user?.id],
    enabled: Boolean(user),
    meta: { persist: true },
    queryFn: async () => {
      const answer = await unwrap(api.GET('/v1/users/{id}/user-favourite-sessions', { params: { path: { id: user!.id }, query: { 'page[size]': '0' } } }));
      return answer.data.map((item) => ({ id: item.id, session: String(item.relationships?.session?.data && 'id' in item.relationships.session.data ? item.relationships.session.data.id : '') }));
    },
  });
  const onAccount = useMemo(() => (account.data ?? []).filter((f) => eventSessions.has(f.session)), [account.data, eventSessions]);
  const add = useMutation({
    mutationFn: (session: string) =>
      unwrap(api.POST('/v1/user-favourite-sessions', { body: resourceDocument('user-favourite-session', {}, { session: { type: 'session', id: session } }) as never })),
    onSettled: () => client.invalidateQueries({ queryKey: ['favourites', user?.id] }),
  });
  const remove = useMutation({
    mutationFn: (favourite: string) => unwrap(api.DELETE('/v1/user-favourite-sessions/{id}', { params: { path: { id: favourite } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['favourites', user?.id] }),
  });

  // Bookmarks made on this device before logging in are added to the account once.
  useEffect(() => {
    if (!user || !account.data) return;
    const known = new Set(onAccount.map((f) => f.session));
    for (const session of device) if (!known.has(session) && eventSessions.has(session)) add.mutate(session);
    // Only when the account's list arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user?.id, account.data]);

  const ids = useMemo(() => new Set([...device, ...onAccount.map((f) => f.session)]), [device, onAccount]);
  const toggle = useCallback(
    (session: string) => {
      const on = ids.has(session);
      const next = on ? device.filter((id) => id !== session) : [...device, session];
      setDevice(next);
      writeDevice(eventKey, next);
      if (!user) return;
      if (on) {
        const favourite = onAccount.find((f) => f.session === session);
        if (favourite) remove.mutate(favourite.id);
      } else add.mutate(session);
    },
    [ids, device, eventKey, user, onAccount, add, remove],
  );
  return { ids, toggle, syncing: add.isPending || remove.isPending };
}
