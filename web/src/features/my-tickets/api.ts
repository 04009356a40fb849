// A person's orders with their seats, tickets and events: what My tickets shows, kept on the device so the tickets
// open at the door without a network once they have been seen.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Resource } from '../../lib/api/client';

type Included = { type: string; id: string; attributes: Record<string, unknown>; relationships?: Record<string, { data?: unknown }> };

export interface TicketSeat {
  id: string;
  name: string;
  email: string | null;
  code: string;
  ticketName: string;
  checkedIn: boolean;
}

export interface MyOrder {
  order: Resource<'OrderResource'>;
  event: Resource<'EventResource'> | undefined;
  seats: TicketSeat[];
}

export function useMyOrders(userId: string | undefined) {
  return useQuery({
    queryKey: ['my-orders', userId],
    enabled: Boolean(userId),
    meta: { persist: true },
    queryFn: async (): Promise<MyOrder[]> => {
      const answer = await unwrap(
        api.GET('/v1/users/{id}/orders', { params: { path: { id: userId! }, query: { include: 'event,attendees.ticket', 'page[size]': '0' } } }),
      );
      const included = (answer.included ?? []) as unknown as Included[];
      const byKey = new Map(included.map((item) => [`${item.type}:${item.id}`, item]));
      return answer.data.map((order) => {
        const rel = (order.relationships ?? {}) as Record<string, { data?: unknown }>;
        const eventId = (rel.event?.data as { id: string } | null | undefined)?.id;
        const seatLinks = ((rel.attendees?.data ?? []) as { id: string }[]).map((link) => link.id);
        const seats = seatLinks
          .map((id) => byKey.get(`attendee:${id}`))
          .filter((seat): seat is Included => Boolean(seat))
          .sort((a, b) => Number(a.id) - Number(b.id))
          .map((seat) => {
            const a = seat.attributes;
            const ticketId = (seat.relationships?.ticket?.data as { id: string } | null | undefined)?.id;
            const ticket = ticketId ? byKey.get(`ticket:${ticketId}`) : undefined;
            return {
              id: seat.id,
              name: [a.firstname, a.lastname].filter(Boolean).join(' ') || 'Name not given yet',
              email: (a.email as string | null) ?? null,
              code: String(a['ticket-code'] ?? ''),
              ticketName: String(ticket?.attributes.name ?? a['ticket-name'] ?? 'Ticket'),
              checkedIn: a['is-checked-in'] === true,
            };
          });
        return { order, event: eventId ? (byKey.get(`event:${eventId}`) as unknown as Resource<'EventResource'>) : undefined, seats };
      });
    },
  });
}
