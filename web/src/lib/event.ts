// The event a dashboard page is about and what the caller may do on it, given to every page inside an event by
// the event frame (features/dashboard/EventLayout). Every event area reads it from here.
import { queryOptions } from '@tanstack/react-query';
import { useOutletContext } from 'react-router';
import { api, unwrap, type Resource } from './api/client';
import { queryClient } from './query';

export type EventResource = Resource<'EventResource'>;

/** GET /v1/events/{id}/permissions: the pages hide what the caller may not do (the API refuses it anyway). */
export interface EventPermissions {
  roles: string[];
  'is-admin': boolean;
  can: Record<'edit-event' | 'delete-event' | 'manage-tickets' | 'view-orders' | 'manage-orders' | 'view-attendees' | 'check-in' | 'export' | 'view-team' | 'manage-team' | 'manage-program' | 'edit-program', boolean>;
}

export interface EventContext {
  event: EventResource;
  permissions: EventPermissions;
}

/** The event and the caller's permissions, for the pages inside an event (EventLayout provides them). */
export function useEventContext(): EventContext {
  return useOutletContext<EventContext>();
}

export interface EventPage {
  /** Path under /events/<identifier>/ ('' for the overview). */
  to: string;
  label: string;
  /** The part of the navigation it is listed in. */
  group: EventPageGroup;
  /** Shown only to those whose role may use the page. */
  allowed: (can: EventPermissions['can']) => boolean;
}

/** The navigation's parts, in order. */
export const EVENT_PAGE_GROUPS = ['Event', 'Tickets', 'Orders and attendees', 'Program'] as const;
export type EventPageGroup = (typeof EVENT_PAGE_GROUPS)[number];

/** The event's pages in its navigation, in order; each area adds its own (and its route in app/router.tsx). */
export const EVENT_PAGES: EventPage[] = [
  { to: '', label: 'Overview', group: 'Event', allowed: () => true },
  { to: 'edit', label: 'Details', group: 'Event', allowed: (can) => can['edit-event'] },
  { to: 'faqs', label: 'FAQs', group: 'Event', allowed: (can) => can['edit-event'] },
  { to: 'team', label: 'Team', group: 'Event', allowed: (can) => can['view-team'] },
  { to: 'tickets', label: 'Tickets', group: 'Tickets', allowed: (can) => can['manage-tickets'] },
  { to: 'discount-codes', label: 'Discount codes', group: 'Tickets', allowed: (can) => can['manage-tickets'] },
  { to: 'access-codes', label: 'Access codes', group: 'Tickets', allowed: (can) => can['manage-tickets'] },
  { to: 'tax', label: 'Tax', group: 'Tickets', allowed: (can) => can['manage-tickets'] },
  { to: 'orders', label: 'Orders', group: 'Orders and attendees', allowed: (can) => can['view-orders'] },
  { to: 'attendees', label: 'Attendees', group: 'Orders and attendees', allowed: (can) => can['view-attendees'] },
  { to: 'attendee-form', label: 'Attendee form', group: 'Orders and attendees', allowed: (can) => can['manage-tickets'] },
  { to: 'exports', label: 'Exports', group: 'Orders and attendees', allowed: (can) => can.export },
  { to: 'sessions', label: 'Sessions', group: 'Program', allowed: (can) => can['manage-program'] },
  { to: 'speakers', label: 'Speakers', group: 'Program', allowed: (can) => can['manage-program'] },
  { to: 'tracks', label: 'Tracks', group: 'Program', allowed: (can) => can['edit-program'] },
  { to: 'rooms', label: 'Rooms', group: 'Program', allowed: (can) => can['edit-program'] },
  { to: 'session-types', label: 'Session types', group: 'Program', allowed: (can) => can['edit-program'] },
  { to: 'scheduler', label: 'Schedule editor', group: 'Program', allowed: (can) => can['manage-program'] },
];

export const eventQuery = (eventKey: string) =>
  queryOptions({
    queryKey: ['event', eventKey],
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventKey}', { params: { path: { eventKey } } }))).data,
  });

export const permissionsQuery = (eventKey: string) =>
  queryOptions({
    queryKey: ['event', eventKey, 'permissions'],
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventKey}/permissions', { params: { path: { eventKey } } }))) as EventPermissions,
  });

/**
 * For a page's loader: runs `prefetch` (the page's list) as soon as the caller's permissions on the event say the
 * page is theirs, so a role that may not see it never asks (and never gets a 403 in the console).
 */
export function prefetchIfAllowed(eventKey: string, allowed: (can: EventPermissions['can']) => boolean, prefetch: () => void): void {
  void queryClient
    .ensureQueryData(permissionsQuery(eventKey))
    .then((permissions) => allowed(permissions.can) && prefetch())
    .catch(() => undefined); // the page shows the error when it asks itself
}
