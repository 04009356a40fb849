// /events/<identifier>/access-codes: codes that unlock hidden tickets for those given them (crew, speakers, sponsors);
// how often each was used, when it is valid and which tickets it unlocks. /access-codes/new and /<id> hold the form.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonLink } from '../../components/Button';
import { ConfirmMutation } from '../../components/ConfirmMutation';
import { CheckboxField, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { useFormValues } from '../../lib/form';
import { useEventContext } from '../../lib/event';
import { formatNumber, fromLocalInput, toLocalInput } from '../../lib/format';
import { useAccessCodes, useDeleteAccessCode, useSaveAccessCode, useTickets, type AccessCodeResource, type TicketResource } from './api';
import { integerOf, integerOrNull, NoAccess, orNull, windowText } from './parts';
import './tickets.css';

const linkedTickets = (code: AccessCodeResource): string[] => ((code.relationships?.tickets?.data ?? []) as { id: string }[]).map((ticket) => ticket.id);

export function AccessCodesPage() {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const codes = useAccessCodes(key, permissions.can['manage-tickets']);
  const tickets = useTickets(key);
  const remove = useDeleteAccessCode(key);
  const [deleting, setDeleting] = useState<AccessCodeResource | null>(null);
  useEffect(() => {
    document.title = `Access codes · ${event.attributes.name} · Convene`;
  }, [event.attributes.name]);
  if (!permissions.can['manage-tickets']) return <NoAccess what="access codes" />;
  const byId = new Map((tickets.data ?? []).map((ticket) => [ticket.id, ticket]));
  return (
    <div className="stack">
      <div className="section-head">
        <h2>Access codes</h2>
        <ButtonLink to={`/events/${key}/access-codes/new`}>Add a code</ButtonLink>
      </div>
      <p className="hint">A buyer who types a code on the event page sees the hidden tickets it lists and can order them.</p>
      {codes.isPending ? (
        <Loading label="Loading the codes…" />
      ) : codes.error ? (
        <LoadError error={codes.error} onRetry={() => void codes.refetch()} />
      ) : codes.data.length === 0 ? (
        <EmptyState title="No access codes">
          <p>Hide a ticket, then make a code that unlocks it for the people you give it to.</p>
        </EmptyState>
      ) : (
        <ul className="ticket-list">
          {codes.data.map((code) => {
            const a = code.attributes;
            const limit = a['tickets-number'];
            const listed = linkedTickets(code).map((id) => byId.get(id));
            const unlocks = listed.filter((ticket) => ticket?.attributes['is-hidden']).map((ticket) => ticket!.attributes.name);
            return (
              <li key={code.id} className="ticket-card">
                <div className="ticket-main">
                  <h3 className="ticket-name">
                    <code className="code-text">{a.code}</code> {!a['is-active'] && <span className="badge">Inactive</span>}
                  </h3>
                  <p className="ticket-meta">
                    <span>{limit == null ? `Used for ${formatNumber(a.used ?? 0)} tickets, no limit` : `Used for ${formatNumber(a.used ?? 0)} of ${formatNumber(limit)} tickets`}</span>
                  </p>
                  <p className="ticket-meta">{windowText(a['valid-from'], a['valid-till'], event.attributes.timezone, 'Valid until the event ends')}</p>
                  <p className="ticket-meta">{unlocks.length > 0 ? `Unlocks ${unlocks.join(', ')}` : 'Unlocks no hidden ticket yet: edit it to choose them'}</p>
                </div>
                <div className="ticket-actions">
                  <ButtonLink variant="secondary" className="small" to={`/events/${key}/access-codes/${code.id}`} aria-label={`Edit ${a.code}`}>
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
      <ConfirmMutation subject={deleting} close={() => setDeleting(null)} mutation={remove} variables={(code) => code.id} title={(code) => `Delete the code ${code.attributes.code}?`} confirmLabel="Delete code">
        <p>Its hidden tickets can no longer be ordered with it. Orders made with it keep their tickets.</p>
      </ConfirmMutation>
    </div>
  );
}

function AccessCodeForm({ code, tickets }: { code?: AccessCodeResource; tickets: TicketResource[] }) {
  const { event } = useEventContext();
  const zone = event.attributes.timezone;
  const navigate = useNavigate();
  const save = useSaveAccessCode(event);
  const a = code?.attributes;
  const { values, set, field, error } = useFormValues(
    () => ({
      code: a?.code ?? '',
      url: a?.['access-url'] ?? '',
      limit: a?.['tickets-number'] == null ? '' : String(a['tickets-number']),
      minQuantity: String(a?.['min-quantity'] ?? 1),
      maxQuantity: a?.['max-quantity'] == null ? '' : String(a['max-quantity']),
      fromLocal: toLocalInput(a?.['valid-from'], zone),
      tillLocal: toLocalInput(a?.['valid-till'], zone),
      active: a?.['is-active'] ?? true,
      tickets: code ? linkedTickets(code) : [],
    }),
    save.error,
  );
  const hidden = tickets.filter((ticket) => ticket.attributes['is-hidden'] || values.tickets.includes(ticket.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const attributes = {
      code: values.code.trim(),
      'access-url': orNull(values.url),
      'tickets-number': integerOrNull(values.limit),
      'min-quantity': integerOf(values.minQuantity),
      'max-quantity': integerOrNull(values.maxQuantity),
      'valid-from': values.fromLocal ? fromLocalInput(values.fromLocal, zone) : null,
      'valid-till': values.tillLocal ? fromLocalInput(values.tillLocal, zone) : null,
      'is-active': values.active,
    };
    save.mutate({ id: code?.id, attributes, tickets: values.tickets }, { onSuccess: () => navigate(`/events/${event.attributes.identifier}/access-codes`) });
  };
  const toggle = (id: string, on: boolean) => set('tickets', on ? [...values.tickets, id] : values.tickets.filter((t) => t !== id));
  const zoneName = zone.replaceAll('_', ' ');
  return (
    <form className="panel form" onSubmit={submit} noValidate aria-busy={save.isPending}>
      <FormError error={error} />
      <TextField label="Code" required hint="Letters, digits, - and _; buyers may type it in any case." autoCapitalize="characters" value={values.code} onChange={(e) => set('code', e.target.value)} error={field('code')} />
      <fieldset aria-describedby="access-tickets-hint">
        <legend>Hidden tickets it unlocks</legend>
        <p className="hint" id="access-tickets-hint">
          Only hidden tickets need a code; public ones are on sale to everybody.
        </p>
        {hidden.length === 0 ? (
          <p>
            The event has no hidden ticket yet. Hide one on the <Link to={`/events/${event.attributes.identifier}/tickets`}>tickets page</Link>.
          </p>
        ) : (
          <div className="choices stacked">
            {hidden.map((ticket) => (
              <label key={ticket.id} className="choice">
                <input type="checkbox" checked={values.tickets.includes(ticket.id)} onChange={(e) => toggle(ticket.id, e.target.checked)} /> {ticket.attributes.name}
                {!ticket.attributes['is-hidden'] && ' (public now)'}
              </label>
            ))}
          </div>
        )}
        {field('tickets') && <p className="field-error">{field('tickets')}</p>}
      </fieldset>
      <div className="triple">
        <TextField label="Uses" inputMode="numeric" hint="Tickets it may unlock in all; empty: no limit" value={values.limit} onChange={(e) => set('limit', e.target.value)} error={field('tickets-number')} />
        <TextField label="Fewest tickets" inputMode="numeric" hint="In one order" value={values.minQuantity} onChange={(e) => set('minQuantity', e.target.value)} error={field('min-quantity')} />
        <TextField label="Most tickets" inputMode="numeric" hint="In one order; empty: any" value={values.maxQuantity} onChange={(e) => set('maxQuantity', e.target.value)} error={field('max-quantity')} />
      </div>
      <div className="pair">
        <TextField label="Valid from" type="datetime-local" hint={`In ${zoneName}. Empty: at once`} value={values.fromLocal} onChange={(e) => set('fromLocal', e.target.value)} error={field('valid-from')} />
        <TextField label="Valid until" type="datetime-local" hint={`In ${zoneName}. Empty: when the event ends`} value={values.tillLocal} onChange={(e) => set('tillLocal', e.target.value)} error={field('valid-till')} />
      </div>
      <TextField label="Link (optional)" type="url" hint="Where you publish the code, for your records" value={values.url} onChange={(e) => set('url', e.target.value)} error={field('access-url')} />
      <CheckboxField label="Active" hint="An inactive code unlocks nothing." checked={values.active} onChange={(e) => set('active', e.target.checked)} error={field('is-active')} />
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? 'Saving…' : code ? 'Save code' : 'Add code'}
        </Button>
        <Link to={`/events/${event.attributes.identifier}/access-codes`}>Cancel</Link>
      </div>
    </form>
  );
}

export function AccessCodeFormPage() {
  const { event, permissions } = useEventContext();
  const { codeId } = useParams();
  const key = event.attributes.identifier!;
  const codes = useAccessCodes(key, permissions.can['manage-tickets']);
  const tickets = useTickets(key);
  if (!permissions.can['manage-tickets']) return <NoAccess what="access codes" />;
  if (codes.isPending || tickets.isPending) return <Loading label="Loading…" />;
  if (codes.error || tickets.error) return <LoadError error={(codes.error ?? tickets.error)!} onRetry={() => void (codes.refetch(), tickets.refetch())} />;
  const code = codeId ? codes.data.find((c) => c.id === codeId) : undefined;
  return (
    <div className="stack narrow-stack">
      <p className="back-link">
        <Link to={`/events/${key}/access-codes`}>Back to the access codes</Link>
      </p>
      <h2>{codeId && !code ? 'Code not found' : code ? `Edit ${code.attributes.code}` : 'Add an access code'}</h2>
      {codeId && !code ? <Notice tone="warn">This code does not exist or was deleted.</Notice> : <AccessCodeForm key={code?.id ?? 'new'} code={code} tickets={tickets.data} />}
    </div>
  );
}
