// /events/<identifier>/discount-codes: the codes buyers can type, what each takes off, how often it was used,
// when it is valid and for which tickets; /discount-codes/new and /discount-codes/<id> hold the form.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonLink } from '../../components/Button';
import { ConfirmMutation } from '../../components/ConfirmMutation';
import { CheckboxField, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { useFormValues } from '../../lib/form';
import { useEventContext } from '../../lib/event';
import { formatMoney, formatNumber, fromLocalInput, toLocalInput } from '../../lib/format';
import { useDeleteDiscountCode, useDiscountCodes, useSaveDiscountCode, useTickets, type DiscountCodeResource, type TicketResource } from './api';
import { integerOf, integerOrNull, NoAccess, windowText } from './parts';
import './tickets.css';

const linkedTickets = (code: DiscountCodeResource): string[] =>
  ((code.relationships?.tickets?.data ?? []) as { id: string }[]).map((ticket) => ticket.id);

function discountOf(code: DiscountCodeResource, currency: string): string {
  const value = code.attributes.value;
  return code.attributes.type === 'percent' ? `${formatNumber(value)} % off` : `${formatMoney(value, currency)} off each ticket`;
}

export function DiscountCodesPage() {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const codes = useDiscountCodes(key, permissions.can['manage-tickets']);
  const tickets = useTickets(key);
  const remove = useDeleteDiscountCode(key);
  const [deleting, setDeleting] = useState<DiscountCodeResource | null>(null);
  useEffect(() => {
    document.title = `Discount codes · ${event.attributes.name} · Convene`;
  }, [event.attributes.name]);
  if (!permissions.can['manage-tickets']) return <NoAccess what="discount codes" />;
  const names = new Map((tickets.data ?? []).map((ticket) => [ticket.id, ticket.attributes.name]));
  const currency = event.attributes['payment-currency'];
  return (
    <div className="stack">
      <div className="section-head">
        <h2>Discount codes</h2>
        <ButtonLink to={`/events/${key}/discount-codes/new`}>Add a code</ButtonLink>
      </div>
      {codes.isPending ? (
        <Loading label="Loading the codes…" />
      ) : codes.error ? (
        <LoadError error={codes.error} onRetry={() => void codes.refetch()} />
      ) : codes.data.length === 0 ? (
        <EmptyState title="No discount codes">
          <p>A code takes an amount or a percentage off the paid tickets it names.</p>
        </EmptyState>
      ) : (
        <ul className="ticket-list">
          {codes.data.map((code) => {
            const a = code.attributes;
            const limit = a['tickets-number'];
            const applies = linkedTickets(code).map((id) => names.get(id) ?? `Ticket ${id}`);
            return (
              <li key={code.id} className="ticket-card">
                <div className="ticket-main">
                  <h3 className="ticket-name">
                    <code className="code-text">{a.code}</code> {!a['is-active'] && <span className="badge">Inactive</span>}
                  </h3>
                  <p className="ticket-meta">
                    <span>{discountOf(code, currency)}</span>
                    <span>{limit == null ? `Used ${formatNumber(a.used)} times, no limit` : `Used ${formatNumber(a.used)} of ${formatNumber(limit)}`}</span>
                  </p>
                  <p className="ticket-meta">{windowText(a['valid-from'], a['valid-till'], event.attributes.timezone, 'Valid until the event ends')}</p>
                  <p className="ticket-meta">{applies.length > 0 ? `For ${applies.join(', ')}` : 'For no ticket yet: edit it to choose the tickets'}</p>
                </div>
                <div className="ticket-actions">
                  <ButtonLink variant="secondary" className="small" to={`/events/${key}/discount-codes/${code.id}`} aria-label={`Edit ${a.code}`}>
                    Edit
                  </ButtonLink>
                  <Button variant="quiet" className="small danger-text" onClick={() => setDeleting(code)} aria-label={`Delete ${a.code}`}>
                    Delete
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmMutation
        subject={deleting}
        close={() => setDeleting(null)}
        mutation={remove}
        variables={(code) => code.id}
        title={(code) => `Delete the code ${code.attributes.code}?`}
        confirmLabel="Delete code"
      >
        <p>Buyers can no longer use it. Orders that used it keep their discount.</p>
      </ConfirmMutation>
    </div>
  );
}

interface CodeValues {
  code: string;
  type: 'percent' | 'amount';
  value: string;
  limit: string;
  minQuantity: string;
  maxQuantity: string;
  fromLocal: string;
  tillLocal: string;
  active: boolean;
  tickets: string[];
}

function codeValues(code: DiscountCodeResource | undefined, zone: string): CodeValues {
  const a = code?.attributes;
  return {
    code: a?.code ?? '',
    type: (a?.type as CodeValues['type'] | undefined) ?? 'percent',
    value: a ? String(a.value) : '',
    limit: a?.['tickets-number'] == null ? '' : String(a['tickets-number']),
    minQuantity: String(a?.['min-quantity'] ?? 1),
    maxQuantity: a?.['max-quantity'] == null ? '' : String(a['max-quantity']),
    fromLocal: toLocalInput(a?.['valid-from'], zone),
    tillLocal: toLocalInput(a?.['valid-till'], zone),
    active: a?.['is-active'] ?? true,
    tickets: code ? linkedTickets(code) : [],
  };
}

function CodeForm({ code, tickets }: { code?: DiscountCodeResource; tickets: TicketResource[] }) {
  const { event } = useEventContext();
  const zone = event.attributes.timezone;
  const navigate = useNavigate();
  const save = useSaveDiscountCode(event);
  const { values, set, field, error } = useFormValues(() => codeValues(code, zone), save.error);
  const paid = tickets.filter((ticket) => ticket.attributes.type === 'paid');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const attributes = {
      code: values.code.trim(),
      type: values.type,
      value: values.value.trim() === '' ? '' : values.value.trim(),
      'tickets-number': integerOrNull(values.limit),
      'min-quantity': integerOf(values.minQuantity),
      'max-quantity': integerOrNull(values.maxQuantity),
      'valid-from': values.fromLocal ? fromLocalInput(values.fromLocal, zone) : null,
      'valid-till': values.tillLocal ? fromLocalInput(values.tillLocal, zone) : null,
      'is-active': values.active,
    };
    save.mutate({ id: code?.id, attributes, tickets: values.tickets }, { onSuccess: () => navigate(`/events/${event.attributes.identifier}/discount-codes`) });
  };
  const toggle = (id: string, on: boolean) => set('tickets', on ? [...values.tickets, id] : values.tickets.filter((t) => t !== id));
  const zoneName = zone.replaceAll('_', ' ');
  return (
    <form className="panel form" onSubmit={submit} noValidate aria-busy={save.isPending}>
      <FormError error={error} />
      <TextField label="Code" required hint="Letters, digits, - and _; buyers may type it in any case." autoCapitalize="characters" value={values.code} onChange={(e) => set('code', e.target.value)} error={field('code')} />
      <fieldset>
        <legend>Discount</legend>
        <div className="choices">
          <label className="choice">
            <input type="radio" name="discount-type" checked={values.type === 'percent'} onChange={() => set('type', 'percent')} /> A percentage of the price
          </label>
          <label className="choice">
            <input type="radio" name="discount-type" checked={values.type === 'amount'} onChange={() => set('type', 'amount')} /> An amount off each ticket
          </label>
        </div>
      </fieldset>
      <TextField
        label={values.type === 'percent' ? 'Percent off' : `Amount off each ticket (${event.attributes['payment-currency']})`}
        inputMode="decimal"
        required
        value={values.value}
        onChange={(e) => set('value', e.target.value)}
        error={field('value')}
      />
      <div className="triple">
        <TextField label="Uses" inputMode="numeric" hint="Tickets it may discount in all; empty: no limit" value={values.limit} onChange={(e) => set('limit', e.target.value)} error={field('tickets-number')} />
        <TextField label="Fewest tickets" inputMode="numeric" hint="In one order" value={values.minQuantity} onChange={(e) => set('minQuantity', e.target.value)} error={field('min-quantity')} />
        <TextField label="Most tickets" inputMode="numeric" hint="In one order; empty: any" value={values.maxQuantity} onChange={(e) => set('maxQuantity', e.target.value)} error={field('max-quantity')} />
      </div>
      <div className="pair">
        <TextField label="Valid from" type="datetime-local" hint={`In ${zoneName}. Empty: at once`} value={values.fromLocal} onChange={(e) => set('fromLocal', e.target.value)} error={field('valid-from')} />
        <TextField label="Valid until" type="datetime-local" hint={`In ${zoneName}. Empty: when the event ends`} value={values.tillLocal} onChange={(e) => set('tillLocal', e.target.value)} error={field('valid-till')} />
      </div>
      <fieldset aria-describedby="code-tickets-hint">
        <legend>Tickets it applies to</legend>
        <p className="hint" id="code-tickets-hint">
          Only paid tickets are discounted.
        </p>
        {paid.length === 0 ? (
          <p>
            The event has no paid ticket yet. <Link to={`/events/${event.attributes.identifier}/tickets/new`}>Add one</Link>.
          </p>
        ) : (
          <div className="choices stacked">
            {paid.map((ticket) => (
              <label key={ticket.id} className="choice">
                <input type="checkbox" checked={values.tickets.includes(ticket.id)} onChange={(e) => toggle(ticket.id, e.target.checked)} /> {ticket.attributes.name}
              </label>
            ))}
          </div>
        )}
        {field('tickets') && <p className="field-error">{field('tickets')}</p>}
      </fieldset>
      <CheckboxField label="Active" hint="An inactive code is refused at checkout." checked={values.active} onChange={(e) => set('active', e.target.checked)} error={field('is-active')} />
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? 'Saving…' : code ? 'Save code' : 'Add code'}
        </Button>
        <Link to={`/events/${event.attributes.identifier}/discount-codes`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

export function DiscountCodeFormPage() {
  const { event, permissions } = useEventContext();
  const { codeId } = useParams();
  const key = event.attributes.identifier!;
  const codes = useDiscountCodes(key, permissions.can['manage-tickets']);
  const tickets = useTickets(key);
  if (!permissions.can['manage-tickets']) return <NoAccess what="discount codes" />;
  if (codes.isPending || tickets.isPending) return <Loading label="Loading…" />;
  if (codes.error || tickets.error) return <LoadError error={(codes.error ?? tickets.error)!} onRetry={() => void (codes.refetch(), tickets.refetch())} />;
  const code = codeId ? codes.data.find((c) => c.id === codeId) : undefined;
  return (
    <div className="stack narrow-stack">
      <p className="back-link">
        <Link to={`/events/${key}/discount-codes`}>
          Back to the discount codes
        </Link>
      </p>
      <h2>{codeId && !code ? 'Code not found' : code ? `Edit ${code.attributes.code}` : 'Add a discount code'}</h2>
      {codeId && !code ? <Notice tone="warn">This code does not exist or was deleted.</Notice> : <CodeForm key={code?.id ?? 'new'} code={code} tickets={tickets.data} />}
    </div>
  );
}
