// The dashboard's queries and mutations for events: lists by tab, one event with what the caller may do on it.
import { useQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { queryClient } from '../../lib/query';
import { api, unwrap } from '../../lib/api/client';
import { eventQuery, permissionsQuery } from '../../lib/event';
export { useEventContext, type EventContext, type EventPermissions } from '../../lib/event';

export type { EventResource } from '../../lib/event';
export type EventTab = 'live' | 'draft' | 'past';

function tabFilter(tab: EventTab, now: string) {
  if (tab === 'past') return [{ name: 'ends-at', op: 'lt', val: now }];
  return [
    { name: 'ends-at', op: 'ge', val: now },
    { name: 'state', op: 'eq', val: tab === 'live' ? 'published' : 'draft' },
  ];
}

/** The caller's events on one tab, one page of them; `size` 1 serves for the tab's count. */
export function useMyEvents(userId: string | undefined, tab: EventTab, page = 1, size = 20) {
  // Minute precision keeps the key (and the cache) steady while the page is open.
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
  return useQuery({
    queryKey: ['my-events', userId, tab, page, size, now],
    enabled: Boolean(userId),
    queryFn: () =>
      unwrap(
        api.GET('/v1/users/{userId}/events', {
          params: {
            path: { userId: userId! },
            query: { sort: tab === 'past' ? '-starts-at' : 'starts-at', 'page[number]': String(page), 'page[size]': String(size), filter: JSON.stringify(tabFilter(tab, now)) },
          },
        }),
      ),
  });
}

export function useEvent(eventKey: string) {
  return useQuery(eventQuery(eventKey));
}

/** The event's numbers (coorganizers and above): seats per ticket, orders by status, check-ins, sales per day. */
export function useStatistics(eventKey: string, enabled: boolean) {
  return useQuery({
    queryKey: ['event', eventKey, 'statistics'],
    enabled,
    // Buyers change these numbers at any time: ask again whenever the overview opens.
    staleTime: 0,
    queryFn: () => unwrap(api.GET('/v1/events/{eventKey}/statistics', { params: { path: { eventKey } } })),
  });
}

export type Statistics = NonNullable<ReturnType<typeof useStatistics>['data']>;

export function usePermissions(eventKey: string) {
  return useQuery(permissionsQuery(eventKey));
}

/** The event frame's loader: asks for the event and the caller's permissions while the page's code still loads. */
export function eventLoader({ params }: LoaderFunctionArgs): null {
  if (params.eventKey) {
    void queryClient.prefetchQuery(eventQuery(params.eventKey));
    void queryClient.prefetchQuery(permissionsQuery(params.eventKey));
  }
  return null;
}

