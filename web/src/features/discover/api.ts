// Finding events: published public events by text, dates and place, with their visible tickets for the price
// range and "sold out". What was found is kept on the device, so it shows again offline.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Resource } from '../../lib/api/client';

export type When = 'upcoming' | 'today' | 'week' | 'month' | 'past';
export const PAGE_SIZE = 12;

export interface Search {
  text: string;
  when: When;
  place: string;
  page: number;
}

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** The span a "when" choice covers, in the viewer's own calendar. */
export function span(when: When, now = new Date()): { from?: Date; to?: Date } {
  const today = startOfDay(now);
  switch (when) {
    case 'today':
      return { from: today, to: new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1) };
    case 'week': {
      const monday = (today.getDay() + 6) % 7;
      return { from: now, to: new Date(today.getFullYear(), today.getMonth(), today.getDate() - monday + 7) };
    }
    case 'month':
      return { from: now, to: new Date(today.getFullYear(), today.getMonth() + 1, 1) };
    case 'past':
      return { to: now };
    default:
      return { from: now };
  }
}

function filterOf(search: Search, now: Date) {
  const conditions: unknown[] = [
    { name: 'state', op: 'eq', val: 'published' },
    { name: 'privacy', op: 'eq', val: 'public' },
  ];
  const { from, to } = span(search.when, now);
  // An event counts when it overlaps the span: it ends after its start and starts before its end.
  if (search.when === 'past') conditions.push({ name: 'ends-at', op: 'lt', val: to!.toISOString() });
  else {
    if (from) conditions.push({ name: 'ends-at', op: 'ge', val: from.toISOString() });
    if (to) conditions.push({ name: 'starts-at', op: 'lt', val: to.toISOString() });
  }
  const text = search.text.trim();
  if (text) {
    const like = `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push({ or: [{ name: 'name', op: 'ilike', val: like }, { name: 'location-name', op: 'ilike', val: like }, { name: 'owner-name', op: 'ilike', val: like }] });
  }
  const place = search.place.trim();
  if (place) conditions.push({ name: 'location-name', op: 'ilike', val: `%${place.replace(/[%_\\]/g, (c) => `\\${c}`)}%` });
  return conditions;
}

export type EventCard = Resource<'EventResource'> & { tickets: Resource<'TicketResource'>[] };

export function useFindEvents(search: Search) {
  // Minute precision keeps the key steady while the page is open.
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  return useQuery({
    queryKey: ['find-events', search, now.toISOString()],
    meta: { persist: true },
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const answer = await unwrap(
        api.GET('/v1/events', {
          params: {
            query: {
              sort: search.when === 'past' ? '-starts-at' : 'starts-at',
              include: 'tickets',
              'page[size]': String(PAGE_SIZE),
              'page[number]': String(search.page),
              filter: JSON.stringify(filterOf(search, now)),
            },
          },
        }),
      );
      const tickets = (answer.included ?? []) as unknown as Resource<'TicketResource'>[];
      const byId = new Map(tickets.filter((item) => item.type === 'ticket').map((ticket) => [ticket.id, ticket]));
      const events: EventCard[] = answer.data.map((event) => ({
        ...event,
        tickets: (event.relationships?.tickets?.data ?? []).map((link) => byId.get(link.id)).filter((t): t is Resource<'TicketResource'> => Boolean(t)),
      }));
      return { events, total: answer.meta.count };
    },
  });
}

/** "Free", "€20", "€20 – €90": what the event's visible tickets cost. */
export function priceRange(tickets: Resource<'TicketResource'>[]): { low: number; high: number } | null {
  if (tickets.length === 0) return null;
  const prices = tickets.map((ticket) => (ticket.attributes.type === 'free' ? 0 : Number(ticket.attributes.type === 'donation' ? (ticket.attributes['min-price'] ?? 0) : ticket.attributes.price)));
  return { low: Math.min(...prices), high: Math.max(...prices) };
}

export function soldOut(tickets: Resource<'TicketResource'>[]): boolean {
  return tickets.length > 0 && tickets.every((ticket) => Number(ticket.attributes.available) <= 0);
}
