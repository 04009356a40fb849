// The attendee list's queries and the check-in mutation. One request gives a page of the tab and every tab's
// count (meta.tabs) under the same search, so the counts always match the rows.
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { prefetchIfAllowed } from '../../lib/event';
import { queryClient } from '../../lib/query';
import { listViewOf, type ListView } from '../../lib/url-state';
import { api, resourceDocument, unwrap, type Resource } from '../../lib/api/client';

export type Attendee = Resource<'AttendeeResource'>;

export const TABS = [
  { tab: 'all', label: 'All' },
  { tab: 'completed', label: 'Completed' },
  { tab: 'placed', label: 'Placed' },
  { tab: 'pending', label: 'Pending' },
  { tab: 'expired', label: 'Expired' },
  { tab: 'cancelled', label: 'Cancelled' },
  { tab: 'checked-in', label: 'Checked in' },
  { tab: 'not-checked-in', label: 'Not checked in' },
] as const;
export type AttendeeTab = (typeof TABS)[number]['tab'];

export const PAGE_SIZE = 25;
export const attendeesKey = (eventKey: string) => ['event', eventKey, 'attendees'] as const;

export type AttendeeView = ListView<AttendeeTab>;

export function useAttendees(eventKey: string, view: AttendeeView) {
  return useQuery({ ...attendeesQuery(eventKey, view), placeholderData: keepPreviousData });
}

/** Starts loading the page's list while its code and the event are still loading (the route's loader). */
export function prefetchAttendees(eventKey: string, status: string | undefined, params: URLSearchParams): void {
  const tab = TABS.find((item) => item.tab === status)?.tab;
  if (tab) prefetchIfAllowed(eventKey, (can) => can['view-attendees'], () => void queryClient.prefetchQuery(attendeesQuery(eventKey, listViewOf(tab, params))));
}

function attendeesQuery(eventKey: string, view: AttendeeView) {
  return queryOptions({
    queryKey: [...attendeesKey(eventKey), view],
    queryFn: () =>
      unwrap(
        api.GET('/v1/events/{eventKey}/attendees', {
          params: {
            path: { eventKey },
            query: { tab: view.tab, ...(view.search ? { search: view.search } : {}), sort: view.sort, 'page[size]': String(PAGE_SIZE), 'page[number]': String(view.page) },
          },
        }),
      ),
  });
}

/** Checks an attendee in (or out): the server stores the time and this device's name. */
export function useCheckIn(eventKey: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ attendee, checkedIn, device }: { attendee: Attendee; checkedIn: boolean; device: string }) =>
      unwrap(
        api.PATCH('/v1/attendees/{id}', {
          params: { path: { id: attendee.id } },
          body: resourceDocument('attendee', { 'is-checked-in': checkedIn, ...(checkedIn && device.trim() ? { 'device-name-checkin': device.trim() } : {}) }, {}, attendee.id) as never,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: attendeesKey(eventKey) }),
  });
}

const DEVICE_KEY = 'convene:checkin-device';
export const storedDevice = (): string => {
  try {
    return localStorage.getItem(DEVICE_KEY) ?? 'Web dashboard';
  } catch {
    return 'Web dashboard';
  }
};
export const storeDevice = (name: string): void => {
  try {
    localStorage.setItem(DEVICE_KEY, name);
  } catch {
    // private mode: the name lasts for this page only
  }
};
