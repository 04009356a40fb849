// /events/<identifier>/tickets/new and /tickets/<id>: one form for a ticket. The sales window is typed in the
// event's time zone; the API's error shows next to its field and what was typed stays when a save fails.
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../components/Button';
import { CheckboxField, TextArea, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { LoadError, Loading } from '../../components/States';
import { useFormValues } from '../../lib/form';
import { useEventContext } from '../../lib/event';
import { fromLocalInput, toLocalInput } from '../../lib/format';
import { useSaveTicket, useTickets, type TicketResource } from './api';
import { integerOf, NoAccess, orNull } from './parts';
import './tickets.css';

type TicketType = 'free' | 'paid' | 'donation';

interface Values {
  name: string;
  type: TicketType;
  price: string;
  minPrice: string;
  maxPrice: string;
  quantity: string;
  minOrder: string;
  maxOrder: string;
  startsLocal: string;
  endsLocal: string;
  description: string;
  hidden: boolean;
}

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

function valuesOf(ticket: TicketResource | undefined, zone: string): Values {
  const a = ticket?.attributes;
  return {
    name: a?.name ?? '',
    type: (a?.type as TicketType | undefined) ?? 'paid',
    price: a && a.type === 'paid' ? text(a.price) : '',
    minPrice: text(a?.['min-price']),
    maxPrice: text(a?.['max-price']),
    quantity: text(a?.quantity ?? 100),
    minOrder: text(a?.['min-order'] ?? 1),
    maxOrder: text(a?.['max-order'] ?? 10),
    startsLocal: toLocalInput(a?.['sales-starts-at'], zone),
    endsLocal: toLocalInput(a?.['sales-ends-at'], zone),
    description: a?.description ?? '',
    hidden: a?.['is-hidden'] ?? false,
  };
}

function attributesOf(values: Values, zone: string): Record<string, unknown> {
  const donation = values.type === 'donation';
  return {
    name: values.name.trim(),
    type: values.type,
    // A paid ticket left without a price is sent as 0, which the API refuses with its own words on the price.
    price: values.type === 'paid' ? values.price.trim() || '0' : '0',
    'min-price': donation ? orNull(values.minPrice) : null,
    'max-price': donation ? orNull(values.maxPrice) : null,
    quantity: integerOf(values.quantity),
    'min-order': integerOf(values.minOrder),
    'max-order': integerOf(values.maxOrder),
    'sales-starts-at': values.startsLocal ? fromLocalInput(values.startsLocal, zone) : null,
    'sales-ends-at': values.endsLocal ? fromLocalInput(values.endsLocal, zone) : null,
    description: orNull(values.description),
    'is-hidden': values.hidden,
  };
}

const TYPES: { value: TicketType; label: string; hint: string }[] = [
  { value: 'free', label: 'Free', hint: 'No payment' },
  { value: 'paid', label: 'Paid', hint: 'A fixed price' },
  { value: 'donation', label: 'Donation', hint: 'Buyers choose the amount' },
];

function TicketForm({ ticket, position }: { ticket?: TicketResource; position: number }) {
  const { event } = useEventContext();
  const zone = event.attributes.timezone;
  const currency = event.attributes['payment-currency'];
  const navigate = useNavigate();
  const save = useSaveTicket(event);
  const { values, set, field, error } = useFormValues(() => valuesOf(ticket, zone), save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const attributes = attributesOf(values, zone);
    save.mutate({ id: ticket?.id, attributes: ticket ? attributes : { ...attributes, position } }, { onSuccess: () => navigate(`/events/${event.attributes.identifier}/tickets`) });
  };
  const zoneName = zone.replaceAll('_', ' ');
  return (
    <form className="panel form" onSubmit={submit} noValidate aria-busy={save.isPending}>
      <FormError error={error} />
      <TextField label="Name" required value={values.name} onChange={(e) => set('name', e.target.value)} error={field('name')} />
      <fieldset>
        <legend>Type</legend>
        <div className="choices">
          {TYPES.map((type) => (
            <label key={type.value} className="choice">
              <input type="radio" name="ticket-type" value={type.value} checked={values.type === type.value} onChange={() => set('type', type.value)} />
              <span>
                {type.label} <span className="hint">{type.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {field('type') && <p className="field-error">{field('type')}</p>}
      </fieldset>
      {values.type === 'paid' && (
        <TextField label={`Price (${currency})`} inputMode="decimal" required value={values.price} onChange={(e) => set('price', e.target.value)} error={field('price')} />
      )}
      {values.type === 'donation' && (
        <div className="pair">
          <TextField label={`Smallest amount (${currency})`} inputMode="decimal" hint="Empty: any amount" value={values.minPrice} onChange={(e) => set('minPrice', e.target.value)} error={field('min-price')} />
          <TextField label={`Largest amount (${currency})`} inputMode="decimal" hint="Empty: no limit" value={values.maxPrice} onChange={(e) => set('maxPrice', e.target.value)} error={field('max-price')} />
        </div>
      )}
      <div className="triple">
        <TextField label="Quantity" inputMode="numeric" hint="Seats for sale" value={values.quantity} onChange={(e) => set('quantity', e.target.value)} error={field('quantity')} />
        <TextField label="Fewest per order" inputMode="numeric" value={values.minOrder} onChange={(e) => set('minOrder', e.target.value)} error={field('min-order')} />
        <TextField label="Most per order" inputMode="numeric" value={values.maxOrder} onChange={(e) => set('maxOrder', e.target.value)} error={field('max-order')} />
      </div>
      <div className="pair">
        <TextField label="Sales start" type="datetime-local" hint={`In ${zoneName}. Empty: at once`} value={values.startsLocal} onChange={(e) => set('startsLocal', e.target.value)} error={field('sales-starts-at')} />
        <TextField label="Sales end" type="datetime-local" hint={`In ${zoneName}. Empty: when the event ends`} value={values.endsLocal} onChange={(e) => set('endsLocal', e.target.value)} error={field('sales-ends-at')} />
      </div>
      <TextArea label="Description" hint="What the ticket includes, shown to buyers." rows={3} value={values.description} onChange={(e) => set('description', e.target.value)} error={field('description')} />
      <CheckboxField label="Hidden" hint="Not shown to buyers and not on sale; orders already made keep it." checked={values.hidden} onChange={(e) => set('hidden', e.target.checked)} error={field('is-hidden')} />
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? 'Saving…' : ticket ? 'Save ticket' : 'Add ticket'}
        </Button>
        <Link to={`/events/${event.attributes.identifier}/tickets`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

export function TicketFormPage() {
  const { event, permissions } = useEventContext();
  const { ticketId } = useParams();
  const tickets = useTickets(event.attributes.identifier!);
  if (!permissions.can['manage-tickets']) return <NoAccess what="tickets" />;
  if (tickets.isPending) return <Loading label="Loading the ticket…" />;
  if (tickets.error) return <LoadError error={tickets.error} onRetry={() => void tickets.refetch()} />;
  const ticket = ticketId ? tickets.data.find((t) => t.id === ticketId) : undefined;
  const title = ticket ? `Edit “${ticket.attributes.name}”` : 'Add a ticket';
  return (
    <div className="stack narrow-stack">
      <p className="back-link">
        <Link to={`/events/${event.attributes.identifier}/tickets`}>
          Back to the tickets
        </Link>
      </p>
      <h2>{ticketId && !ticket ? 'Ticket not found' : title}</h2>
      {ticketId && !ticket ? (
        <Notice tone="warn">This ticket does not exist or was deleted.</Notice>
      ) : (
        <TicketForm key={ticket?.id ?? 'new'} ticket={ticket} position={Math.max(-1, ...tickets.data.map((t) => t.attributes.position)) + 1} />
      )}
    </div>
  );
}
