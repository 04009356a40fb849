// The order list's and the order page's queries and mutations: a tab of orders with every tab's count, one order
// with its attendees and status history, and marking completed, cancelling with a note and resending the mail.
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { prefetchIfAllowed } from '../../lib/event';
import { queryClient } from '../../lib/query';
import { listViewOf, type ListView } from '../../lib/url-state';
import { api, resourceDocument, unwrap, type Resource } from '../../lib/api/client';

export type Order = Resource<'OrderResource'>;

export const TABS = [
  { tab: 'completed', label: 'Completed' },
  { tab: 'placed', label: 'Placed' },
  { tab: 'pending', label: 'Pending' },
  { tab: 'expired', label: 'Expired' },
  { tab: 'cancelled', label: 'Cancelled' },
  { tab: 'all', label: 'All' },
] as const;
export type OrderTab = (typeof TABS)[number]['tab'];

export const PAGE_SIZE = 25;
export const ordersKey = (eventKey: string) => ['event', eventKey, 'orders'] as const;
/** Orders that can still be marked completed (paid at the door, by bank, cheque or invoice). */
export const COMPLETABLE = new Set(['placed', 'pending']);
export const CANCELLABLE = new Set(['initializing', 'pending', 'placed', 'completed']);

/** A checkout never finished (initializing) reads as pending, as its tab says. */
export const statusWord = (status: string) => (status === 'initializing' ? 'pending' : status);

export const orderNumber = (order: Order) => String(order.attributes['invoice-number'] ?? order.id);

export type OrderView = ListView<OrderTab>;

export function useOrders(eventKey: string, view: OrderView) {
  return useQuery({ ...ordersQuery(eventKey, view), placeholderData: keepPreviousData });
}

/** Starts loading the page's list while its code and the event are still loading (the route's loader). */
export function prefetchOrders(eventKey: string, status: string | undefined, params: URLSearchParams): void {
  const tab = TABS.find((item) => item.tab === status)?.tab;
  if (tab) prefetchIfAllowed(eventKey, (can) => can['view-orders'], () => void queryClient.prefetchQuery(ordersQuery(eventKey, listViewOf(tab, params))));
}

function ordersQuery(eventKey: string, view: OrderView) {
  return queryOptions({
    queryKey: [...ordersKey(eventKey), 'list', view],
    queryFn: () =>
      unwrap(
        api.GET('/v1/events/{eventKey}/orders', {
          params: {
            path: { eventKey },
            query: { tab: view.tab, ...(view.search ? { search: view.search } : {}), sort: view.sort || '-created-at', 'page[size]': String(PAGE_SIZE), 'page[number]': String(view.page) },
          },
        }),
      ),
  });
}

export function useOrder(eventKey: string, identifier: string) {
  return useQuery({
    queryKey: [...ordersKey(eventKey), 'one', identifier],
    queryFn: async () => (await unwrap(api.GET('/v1/orders/{identifier}', { params: { path: { identifier } } }))).data,
  });
}

export function useOrderAttendees(eventKey: string, identifier: string) {
  return useQuery({
    queryKey: [...ordersKey(eventKey), 'one', identifier, 'attendees'],
    queryFn: async () => (await unwrap(api.GET('/v1/orders/{identifier}/attendees', { params: { path: { identifier }, query: { 'page[size]': '0' } } }))).data,
  });
}

export function useOrderHistory(eventKey: string, identifier: string) {
  return useQuery({
    queryKey: [...ordersKey(eventKey), 'one', identifier, 'history'],
    queryFn: async () => (await unwrap(api.GET('/v1/orders/{identifier}/history', { params: { path: { identifier } } }))).data,
  });
}

/** Changes the order's status (completed or cancelled) with the notes that belong to it. */
export function useChangeStatus(eventKey: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ order, attributes }: { order: Order; attributes: Record<string, unknown> }) =>
      unwrap(
        api.PATCH('/v1/orders/{identifier}', {
          params: { path: { identifier: order.attributes.identifier! } },
          body: resourceDocument('order', attributes, {}, order.id) as never,
        }),
      ),
    // Its attendees move tabs too.
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ordersKey(eventKey) }), client.invalidateQueries({ queryKey: ['event', eventKey, 'attendees'] })]),
  });
}

export function useResendConfirmation() {
  return useMutation({
    mutationFn: (identifier: string) => unwrap(api.POST('/v1/orders/{identifier}/resend-confirmation', { params: { path: { identifier } } })),
  });
}
