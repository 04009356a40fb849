// Queries and mutations of the tickets area: the event's tickets (with their sales from the statistics), the
// discount codes and the tax. Every change refreshes what is cached under the event, so the overview agrees.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, resourceDocument, unwrap, type Resource } from '../../lib/api/client';
import type { EventResource } from '../../lib/event';

export type TicketResource = Resource<'TicketResource'>;
export type DiscountCodeResource = Resource<'DiscountCodeResource'>;
export type TaxResource = Resource<'TaxResource'>;
export type AccessCodeResource = Resource<'AccessCodeResource'>;

const path = (eventKey: string) => ({ params: { path: { eventKey } } });

function useRefreshEvent(eventKey: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['event', eventKey] });
}

/** All the event's tickets, hidden ones too (coorganizers see them), in their sales order. */
export function useTickets(eventKey: string) {
  return useQuery({
    queryKey: ['event', eventKey, 'tickets', 'all'],
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventKey}/tickets', { params: { path: { eventKey }, query: { 'page[size]': '0' } } }))).data,
  });
}

/** Seats sold and held and orders per ticket (a ticket with orders can be hidden, not deleted). */
export function useTicketSales(eventKey: string, enabled: boolean) {
  return useQuery({
    queryKey: ['event', eventKey, 'statistics'],
    enabled,
    staleTime: 0,
    queryFn: () => unwrap(api.GET('/v1/events/{eventKey}/statistics', path(eventKey))),
    select: (stats) => new Map(stats.tickets.map((ticket) => [ticket.id, ticket])),
  });
}

export function useSaveTicket(event: EventResource) {
  const refresh = useRefreshEvent(event.attributes.identifier!);
  return useMutation({
    mutationFn: async ({ id, attributes }: { id?: string; attributes: Record<string, unknown> }) => {
      if (id) return (await unwrap(api.PATCH('/v1/tickets/{id}', { params: { path: { id } }, body: resourceDocument('ticket', attributes, {}, id) as never }))).data;
      const body = resourceDocument('ticket', attributes, { event: { type: 'event', id: event.id } });
      return (await unwrap(api.POST('/v1/tickets', { body: body as never }))).data;
    },
    onSuccess: refresh,
  });
}

export function useDeleteTicket(eventKey: string) {
  const refresh = useRefreshEvent(eventKey);
  return useMutation({ mutationFn: (id: string) => unwrap(api.DELETE('/v1/tickets/{id}', { params: { path: { id } } })), onSuccess: refresh });
}

/** Puts the tickets in this order: each ticket whose place changed gets its new position. */
export function useReorderTickets(eventKey: string) {
  const client = useQueryClient();
  const key = ['event', eventKey, 'tickets', 'all'];
  return useMutation({
    mutationFn: async (ordered: TicketResource[]) => {
      for (const [index, ticket] of ordered.entries()) {
        if (ticket.attributes.position === index) continue;
        await unwrap(api.PATCH('/v1/tickets/{id}', { params: { path: { id: ticket.id } }, body: resourceDocument('ticket', { position: index }, {}, ticket.id) as never }));
      }
      return ordered.map((ticket, index) => ({ ...ticket, attributes: { ...ticket.attributes, position: index } }));
    },
    onSuccess: (ordered) => {
      client.setQueryData(key, ordered);
      void client.invalidateQueries({ queryKey: ['event', eventKey] });
    },
    onError: () => void client.invalidateQueries({ queryKey: key }),
  });
}

export function useDiscountCodes(eventKey: string, enabled: boolean) {
  return useQuery({
    queryKey: ['event', eventKey, 'discount-codes'],
    enabled,
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventKey}/discount-codes', { params: { path: { eventKey }, query: { 'page[size]': '0', include: 'tickets' } } }))).data,
  });
}

export function useSaveDiscountCode(event: EventResource) {
  const refresh = useRefreshEvent(event.attributes.identifier!);
  return useMutation({
    mutationFn: async ({ id, attributes, tickets }: { id?: string; attributes: Record<string, unknown>; tickets: string[] }) => {
      const links = { tickets: tickets.map((ticket) => ({ type: 'ticket', id: ticket })) };
      if (id) return (await unwrap(api.PATCH('/v1/discount-codes/{id}', { params: { path: { id } }, body: resourceDocument('discount-code', attributes, links, id) as never }))).data;
      const body = resourceDocument('discount-code', attributes, { ...links, event: { type: 'event', id: event.id } });
      return (await unwrap(api.POST('/v1/discount-codes', { body: body as never }))).data;
    },
    onSuccess: refresh,
  });
}

export function useDeleteDiscountCode(eventKey: string) {
  const refresh = useRefreshEvent(eventKey);
  return useMutation({ mutationFn: (id: string) => unwrap(api.DELETE('/v1/discount-codes/{id}', { params: { path: { id } } })), onSuccess: refresh });
}

export function useAccessCodes(eventKey: string, enabled: boolean) {
  return useQuery({
    queryKey: ['event', eventKey, 'access-codes'],
    enabled,
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventKey}/access-codes', { params: { path: { eventKey }, query: { 'page[size]': '0', include: 'tickets' } } }))).data,
  });
}

export function useSaveAccessCode(event: EventResource) {
  const refresh = useRefreshEvent(event.attributes.identifier!);
  return useMutation({
    mutationFn: async ({ id, attributes, tickets }: { id?: string; attributes: Record<string, unknown>; tickets: string[] }) => {
      const links = { tickets: tickets.map((ticket) => ({ type: 'ticket', id: ticket })) };
      if (id) return (await unwrap(api.PATCH('/v1/access-codes/{id}', { params: { path: { id } }, body: resourceDocument('access-code', attributes, links, id) as never }))).data;
      const body = resourceDocument('access-code', attributes, { ...links, event: { type: 'event', id: event.id } });
      return (await unwrap(api.POST('/v1/access-codes', { body: body as never }))).data;
    },
    onSuccess: refresh,
  });
}

export function useDeleteAccessCode(eventKey: string) {
  const refresh = useRefreshEvent(eventKey);
  return useMutation({ mutationFn: (id: string) => unwrap(api.DELETE('/v1/access-codes/{id}', { params: { path: { id } } })), onSuccess: refresh });
}

/** The event's tax, or null: read from the list, since /tax answers an event without one with a 404. */
export function useTax(eventKey: string) {
  return useQuery({
    queryKey: ['event', eventKey, 'tax'],
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventKey}/taxes', { params: { path: { eventKey }, query: { 'page[size]': '1' } } }))).data[0] ?? null,
  });
}

const patchEvent = (event: EventResource, attributes: Record<string, unknown>) =>
  unwrap(api.PATCH('/v1/events/{eventKey}', { params: { path: { eventKey: event.attributes.identifier! } }, body: resourceDocument('event', attributes, {}, event.id) as never }));

/** Saves the tax, switching the event's tax on first when it is off (the API takes a tax only then). */
export function useSaveTax(event: EventResource) {
  const refresh = useRefreshEvent(event.attributes.identifier!);
  return useMutation({
    mutationFn: async ({ id, attributes }: { id?: string; attributes: Record<string, unknown> }) => {
      if (!event.attributes['is-tax-enabled']) await patchEvent(event, { 'is-tax-enabled': true });
      if (id) return (await unwrap(api.PATCH('/v1/taxes/{id}', { params: { path: { id } }, body: resourceDocument('tax', attributes, {}, id) as never }))).data;
      return (await unwrap(api.POST('/v1/taxes', { body: resourceDocument('tax', attributes, { event: { type: 'event', id: event.id } }) as never }))).data;
    },
    onSuccess: refresh,
  });
}

/** Removes the tax and switches the event's tax off: orders from now on are not taxed. */
export function useRemoveTax(event: EventResource) {
  const refresh = useRefreshEvent(event.attributes.identifier!);
  return useMutation({
    mutationFn: async (id: string) => {
      await unwrap(api.DELETE('/v1/taxes/{id}', { params: { path: { id } } }));
      await patchEvent(event, { 'is-tax-enabled': false });
    },
    onSuccess: refresh,
  });
}
