// The public side of one event: its details with the tickets on sale, the price of a basket, and the schedule.
// What a person has seen is kept on the device for offline use.
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Resource } from '../../lib/api/client';

export type Ticket = Resource<'TicketResource'>;
export type Session = Resource<'SessionResource'>;
export type Speaker = Resource<'SpeakerResource'>;

export function usePublicEvent(eventKey: string) {
  return useQuery({
    queryKey: ['public-event', eventKey],
    meta: { persist: true },
    queryFn: async () => {
      const answer = await unwrap(api.GET('/v1/events/{eventKey}', { params: { path: { eventKey }, query: { include: 'tickets,tax' } } }));
      const included = (answer.included ?? []) as unknown as { type: string; id: string; attributes: Record<string, unknown> }[];
      const tickets = included.filter((item) => item.type === 'ticket') as unknown as Ticket[];
      tickets.sort((a, b) => Number(a.attributes.position) - Number(b.attributes.position) || Number(a.id) - Number(b.id));
      const tax = included.find((item) => item.type === 'tax') as Resource<'TaxResource'> | undefined;
      return { event: answer.data, tickets, tax };
    },
  });
}

export interface Calculation {
  sub_total: number;
  discount: number;
  tax: { included: boolean; amount: number; percent: number; name: string } | null;
  total: number;
  tickets: { id: number; name: string; price: number; quantity: number; sub_total: number; discount: { code: string; amount: number; total: number } | null }[];
}

export interface BasketLine {
  id: string;
  quantity: number;
  price?: number;
}

/** The codes a buyer typed: a discount code, and an access code that unlocked hidden tickets. */
export interface BasketCodes {
  discount: string;
  access: string;
}

/** The codes as create-order and calculate-amount take them (empty ones left out). */
export const codeFields = (codes: BasketCodes) => ({
  ...(codes.discount ? { 'discount-code': codes.discount } : {}),
  ...(codes.access ? { 'access-code': codes.access } : {}),
});

export function useCalculation(lines: BasketLine[], codes: BasketCodes) {
  const chosen = lines.filter((line) => line.quantity > 0);
  return useQuery({
    queryKey: ['calculate', chosen, codes],
    enabled: chosen.length > 0,
    retry: false,
    queryFn: async () =>
      (await unwrap(
        api.POST('/v1/orders/calculate-amount', {
          body: { tickets: chosen.map((line) => ({ id: line.id, quantity: line.quantity, ...(line.price !== undefined ? { price: line.price } : {}) })), ...codeFields(codes) },
        }),
      )) as unknown as Calculation,
  });
}

export function useSchedule(eventKey: string) {
  return useQuery({
    queryKey: ['schedule', eventKey],
    meta: { persist: true },
    queryFn: async () => {
      const answer = await unwrap(
        api.GET('/v1/events/{eventKey}/sessions', {
          params: { path: { eventKey }, query: { include: 'speakers,track,microlocation', sort: 'starts-at', 'page[size]': '0' } },
        }),
      );
      const included = (answer.included ?? []) as unknown as { type: string; id: string; attributes: Record<string, unknown> }[];
      const byKey = new Map(included.map((item) => [`${item.type}:${item.id}`, item]));
      const sessions = answer.data
        .filter((session) => session.attributes['starts-at'] && ['accepted', 'confirmed'].includes(session.attributes.state))
        .map((session) => {
          const rel = session.relationships ?? {};
          const one = (type: string, link: { data?: { id: string } | null } | undefined) => (link?.data ? byKey.get(`${type}:${link.data.id}`) : undefined);
          const speakerLinks = (rel.speakers?.data ?? []) as { id: string }[];
          return {
            id: session.id,
            title: session.attributes.title,
            subtitle: session.attributes.subtitle,
            abstract: session.attributes['short-abstract'] ?? session.attributes['long-abstract'],
            startsAt: session.attributes['starts-at']!,
            endsAt: session.attributes['ends-at'] ?? session.attributes['starts-at']!,
            track: one('track', rel.track as never) as { id: string; attributes: { name: string; color: string } } | undefined,
            room: one('microlocation', rel.microlocation as never) as { id: string; attributes: { name: string } } | undefined,
            speakers: speakerLinks.map((link) => byKey.get(`speaker:${link.id}`)).filter(Boolean) as unknown as Speaker[],
          };
        });
      return sessions;
    },
  });
}

export type ScheduleSession = NonNullable<ReturnType<typeof useSchedule>['data']>[number];

/** The hidden tickets an access code unlocks (GET /v1/events/{id}/access-codes/{code}/tickets); an unusable code is an ApiError. */
export function useUnlockTickets(eventKey: string) {
  return useMutation({
    mutationFn: async (code: string) => {
      const answer = await unwrap(api.GET('/v1/events/{eventKey}/access-codes/{code}/tickets', { params: { path: { eventKey, code } } }));
      return { code: answer.meta['access-code'].code, tickets: answer.data };
    },
  });
}

/** The event's FAQs in their order, for its public page. */
export function useFaqs(eventKey: string) {
  return useQuery({
    queryKey: ['public-event', eventKey, 'faqs'],
    meta: { persist: true },
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventKey}/faqs', { params: { path: { eventKey }, query: { 'page[size]': '0' } } }))).data,
  });
}
export type Order = Resource<'OrderResource'>;
export type Attendee = Resource<'AttendeeResource'>;
export type OrderAnswer = { order: Order; expiresAt: string | null };

export const orderKey = (identifier: string) => ['order', identifier] as const;

/** One order with when it runs out (meta.expires-at), for the checkout. Never kept on the device: it changes. */
export function useOrder(identifier: string) {
  return useQuery({
    queryKey: orderKey(identifier),
    queryFn: async (): Promise<OrderAnswer> => {
      const answer = (await unwrap(api.GET('/v1/orders/{identifier}', { params: { path: { identifier } } }))) as unknown as { data: Order; meta?: { 'expires-at': string | null } };
      return { order: answer.data, expiresAt: answer.meta?.['expires-at'] ?? null };
    },
  });
}

/** The seats of an order, in seat order, each with its ticket's name. */
export function useOrderSeats(identifier: string) {
  return useQuery({
    queryKey: ['order-seats', identifier],
    queryFn: async () => {
      const answer = await unwrap(
        api.GET('/v1/orders/{identifier}/attendees', { params: { path: { identifier }, query: { include: 'ticket', sort: 'id', 'page[size]': '0' } } }),
      );
      const included = (answer.included ?? []) as unknown as { type: string; id: string; attributes: Record<string, unknown> }[];
      const names = new Map(included.filter((item) => item.type === 'ticket').map((item) => [item.id, String(item.attributes.name)]));
      return answer.data.map((seat) => {
        const ticket = (seat.relationships?.ticket?.data as { id: string } | null | undefined)?.id;
        return { seat: seat as Attendee, ticketName: ticket ? (names.get(ticket) ?? 'Ticket') : 'Ticket' };
      });
    },
  });
}
