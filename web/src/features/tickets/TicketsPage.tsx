// /events/<identifier>/tickets: what the event sells, in the order buyers see it. Tickets move up and down,
// hide and show; a ticket nobody ordered can be deleted, one with orders only hidden (the page says why).
import { useEffect, useRef, useState } from 'react';
import { Button, ButtonLink } from '../../components/Button';
import { ConfirmMutation } from '../../components/ConfirmMutation';
import { Notice } from '../../components/Notice';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { useEventContext } from '../../lib/event';
import { formatMoney, formatNumber } from '../../lib/format';
import { useDeleteTicket, useReorderTickets, useSaveTicket, useTicketSales, useTickets, type TicketResource } from './api';
import { Arrow, NoAccess, windowText } from './parts';
import './tickets.css';

function priceOf(ticket: TicketResource, currency: string): string {
  const a = ticket.attributes;
  if (a.type === 'free') return 'Free';
  if (a.type === 'donation') {
    if (a['min-price'] == null && a['max-price'] == null) return 'Donation, any amount';
    return `Donation, ${formatMoney(a['min-price'] ?? 0, currency)} to ${a['max-price'] == null ? 'any amount' : formatMoney(a['max-price'], currency)}`;
  }
  return formatMoney(a.price, currency);
}

export function TicketsPage() {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const zone = event.attributes.timezone;
  const currency = event.attributes['payment-currency'];
  const tickets = useTickets(key);
  const sales = useTicketSales(key, permissions.can['manage-tickets']);
  const reorder = useReorderTickets(key);
  const save = useSaveTicket(event);
  const remove = useDeleteTicket(key);
  const [deleting, setDeleting] = useState<TicketResource | null>(null);
  // After a move the row's button keeps the focus, so the keyboard can go on moving it.
  const focusAfter = useRef<string | null>(null);
  const list = reorder.isPending && reorder.variables ? reorder.variables : tickets.data;
  useEffect(() => {
    if (!focusAfter.current) return;
    const button = document.querySelector<HTMLButtonElement>(`[data-focus-key="${focusAfter.current}"]`);
    if (button && !button.disabled) {
      button.focus();
      focusAfter.current = null;
    }
  });

  useEffect(() => {
    document.title = `Tickets · ${event.attributes.name} · Convene`;
  }, [event.attributes.name]);
  if (!permissions.can['manage-tickets']) return <NoAccess what="tickets" />;

  const move = (index: number, by: -1 | 1) => {
    if (!list) return;
    const ordered = [...list];
    const [ticket] = ordered.splice(index, 1);
    ordered.splice(index + by, 0, ticket);
    const target = index + by;
    // At the top or bottom the button in that direction is disabled: focus its partner.
    const direction = target === 0 ? 'down' : target === ordered.length - 1 ? 'up' : by < 0 ? 'up' : 'down';
    focusAfter.current = `${ticket.id}-${direction}`;
    reorder.mutate(ordered);
  };

  return (
    <div className="stack">
      <div className="section-head">
        <h2>Tickets</h2>
        <ButtonLink to={`/events/${key}/tickets/new`}>Add a ticket</ButtonLink>
      </div>
      {!event.attributes['is-ticketing-enabled'] && (
        <Notice tone="warn">
          Ticket sales are off for this event: buyers cannot order until “Sell tickets for this event” is on in the details.
        </Notice>
      )}
      {reorder.error && <Notice tone="bad">The new order was not saved: {reorder.error.message}</Notice>}
      {save.error && <Notice tone="bad">{save.error.message}</Notice>}
      {tickets.isPending ? (
        <Loading label="Loading the tickets…" />
      ) : tickets.error ? (
        <LoadError error={tickets.error} onRetry={() => void tickets.refetch()} />
      ) : list!.length === 0 ? (
        <EmptyState title="No tickets yet">
          <p>Add a free, paid or donation ticket to start selling.</p>
        </EmptyState>
      ) : (
        <ol className="ticket-list" aria-label="Tickets in the order buyers see them">
          {list!.map((ticket, index) => {
            const a = ticket.attributes;
            const sold = sales.data?.get(ticket.id);
            const ordered = (sold?.orders ?? 0) > 0;
            return (
              <li key={ticket.id} className={`ticket-card ${a['is-hidden'] ? 'is-hidden' : ''}`}>
                <div className="ticket-main">
                  <h3 className="ticket-name">
                    {a.name} {a['is-hidden'] && <span className="badge">Hidden</span>}
                  </h3>
                  <p className="ticket-meta">
                    <span>{priceOf(ticket, currency)}</span>
                    <span>
                      {sold ? `${formatNumber(sold.sold)} sold · ${formatNumber(sold.available)} of ${formatNumber(a.quantity)} left` : `${formatNumber(a.quantity)} seats`}
                    </span>
                    <span>
                      {a['min-order']} to {a['max-order']} per order
                    </span>
                  </p>
                  <p className="ticket-meta">{windowText(a['sales-starts-at'], a['sales-ends-at'], zone, 'On sale until the event ends')}</p>
                  {ordered && (
                    <p className="ticket-note">
                      In {sold!.orders === 1 ? '1 order' : `${formatNumber(sold!.orders)} orders`}: it can be hidden, not deleted, so those orders keep their ticket.
                    </p>
                  )}
                </div>
                <div className="ticket-actions">
                  <div className="move-buttons" role="group" aria-label={`Move ${a.name}`}>
                    <Button variant="quiet" className="small" data-focus-key={`${ticket.id}-up`} disabled={index === 0 || reorder.isPending} onClick={() => move(index, -1)}>
                      <Arrow direction="up" />
                      <span className="visually-hidden">Move {a.name} up</span>
                    </Button>
                    <Button variant="quiet" className="small" data-focus-key={`${ticket.id}-down`} disabled={index === list!.length - 1 || reorder.isPending} onClick={() => move(index, 1)}>
                      <Arrow direction="down" />
                      <span className="visually-hidden">Move {a.name} down</span>
                    </Button>
                  </div>
                  <ButtonLink variant="secondary" className="small" to={`/events/${key}/tickets/${ticket.id}`} aria-label={`Edit ${a.name}`}>
                    Edit
                  </ButtonLink>
                  <Button
                    variant="secondary"
                    className="small"
                    busy={save.isPending && save.variables?.id === ticket.id}
                    onClick={() => save.mutate({ id: ticket.id, attributes: { 'is-hidden': !a['is-hidden'] } })}
                    aria-label={`${a['is-hidden'] ? 'Show' : 'Hide'} ${a.name}`}
                  >
                    {a['is-hidden'] ? 'Show' : 'Hide'}
                  </Button>
                  {!ordered && sales.data && (
                    <Button variant="quiet" className="small danger-text" onClick={() => setDeleting(ticket)} aria-label={`Delete ${a.name}`}>
                      Delete
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <ConfirmMutation
        subject={deleting}
        close={() => setDeleting(null)}
        mutation={remove}
        variables={(ticket) => ticket.id}
        title={(ticket) => `Delete “${ticket.attributes.name}”?`}
        confirmLabel="Delete ticket"
      >
        <p>Nobody has ordered it. It disappears from the event for good.</p>
      </ConfirmMutation>
    </div>
  );
}
