// /events/<identifier>/tax: the event's one tax. Its name, rate and whether prices include it are public (buyers
// see them at checkout); the business details for invoices are shown by the API to coorganizers and above only.
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CheckboxField, TextArea, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { LoadError, Loading } from '../../components/States';
import { useFormValues } from '../../lib/form';
import { useEventContext } from '../../lib/event';
import { useRemoveTax, useSaveTax, useTax, type TaxResource } from './api';
import { NoAccess, orNull } from './parts';
import './tickets.css';

const BUSINESS = [
  ['tax-id', 'Tax ID (VAT number)'],
  ['registered-company', 'Registered company'],
  ['contact-name', 'Contact name'],
  ['phone', 'Phone'],
  ['email', 'E-mail'],
  // The address is the one long field: shown on its own, between the two groups.
  ['address', 'Address'],
  ['city', 'City'],
  ['state', 'State or region'],
  ['zip', 'Postal code'],
  ['country', 'Country'],
] as const;
type BusinessField = (typeof BUSINESS)[number][0];

type Values = { name: string; rate: string; included: boolean; footer: string; sendInvoice: boolean } & Record<BusinessField, string>;

function valuesOf(tax: TaxResource | null): Values {
  const a = (tax?.attributes ?? {}) as Partial<TaxResource['attributes']>;
  const business = Object.fromEntries(BUSINESS.map(([name]) => [name, (a[name] as string | null | undefined) ?? ''])) as Record<BusinessField, string>;
  return {
    name: a.name ?? '',
    rate: a.rate == null ? '' : String(a.rate),
    included: a['is-tax-included-in-price'] ?? false,
    footer: a['invoice-footer'] ?? '',
    sendInvoice: a['should-send-invoice'] ?? false,
    ...business,
  };
}

function TaxForm({ tax, save, remove }: { tax: TaxResource | null; save: ReturnType<typeof useSaveTax>; remove: ReturnType<typeof useRemoveTax> }) {
  const { event } = useEventContext();
  const [confirming, setConfirming] = useState(false);
  const { values, set, field, error } = useFormValues(() => valuesOf(tax), save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const attributes: Record<string, unknown> = {
      name: values.name.trim(),
      rate: values.rate.trim(),
      'is-tax-included-in-price': values.included,
      'invoice-footer': orNull(values.footer),
      'should-send-invoice': values.sendInvoice,
      ...Object.fromEntries(BUSINESS.map(([name]) => [name, orNull(values[name])])),
    };
    save.mutate({ id: tax?.id, attributes });
  };
  return (
    <>
      {!tax && <p>Without a tax, orders are not taxed. Add one to charge VAT, GST or sales tax on every ticket.</p>}
      {tax && !event.attributes['is-tax-enabled'] && <Notice tone="warn">Tax is switched off for this event: orders are not taxed until you save the tax again.</Notice>}
      <form className="panel form" onSubmit={submit} noValidate aria-busy={save.isPending}>
        <FormError error={error} />
        {save.isSuccess && <Notice tone="ok">Saved. New orders are taxed this way.</Notice>}
        <div className="pair">
          <TextField label="Name" required hint="As buyers see it, e.g. VAT" value={values.name} onChange={(e) => set('name', e.target.value)} error={field('name')} />
          <TextField label="Rate (%)" required inputMode="decimal" value={values.rate} onChange={(e) => set('rate', e.target.value)} error={field('rate')} />
        </div>
        <CheckboxField
          label="Ticket prices include the tax"
          hint={values.included ? 'The tax is taken out of the price: a 10.00 ticket at 10 % holds 0.91 of tax.' : 'The tax is added on top of the price at checkout.'}
          checked={values.included}
          onChange={(e) => set('included', e.target.checked)}
          error={field('is-tax-included-in-price')}
        />
        <fieldset className="business">
          <legend>Business details for invoices</legend>
          <p className="hint">Only your event team sees these: they are for the invoices of orders.</p>
          {[BUSINESS.slice(0, 5), BUSINESS.slice(5, 6), BUSINESS.slice(6)].map((group, index) =>
            index === 1 ? (
              <TextArea key="address" label="Address" rows={2} value={values.address} onChange={(e) => set('address', e.target.value)} error={field('address')} />
            ) : (
              <div className="pair" key={index}>
                {group.map(([name, label]) => (
                  <TextField key={name} label={label} type={name === 'email' ? 'email' : 'text'} value={values[name]} onChange={(e) => set(name, e.target.value)} error={field(name)} />
                ))}
              </div>
            ),
          )}
          <TextArea label="Invoice footer" rows={2} value={values.footer} onChange={(e) => set('footer', e.target.value)} error={field('invoice-footer')} />
          <CheckboxField label="Send invoices to buyers" checked={values.sendInvoice} onChange={(e) => set('sendInvoice', e.target.checked)} error={field('should-send-invoice')} />
        </fieldset>
        <div className="form-actions">
          <Button type="submit" busy={save.isPending}>
            {save.isPending ? 'Saving…' : tax ? 'Save tax' : 'Add tax'}
          </Button>
          {tax && (
            <Button variant="quiet" className="danger-text" onClick={() => setConfirming(true)}>
              Remove the tax
            </Button>
          )}
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title="Remove the tax?"
        confirmLabel="Remove tax"
        danger
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate(tax!.id, { onSuccess: () => (setConfirming(false), save.reset()) })}
      >
        <p>Orders made from now on are not taxed. Orders already made keep their tax.</p>
        {remove.error && <Notice tone="bad">{remove.error.message}</Notice>}
      </ConfirmDialog>
    </>
  );
}

export function TaxPage() {
  const { event, permissions } = useEventContext();
  const tax = useTax(event.attributes.identifier!);
  // Here, not in the form: the form starts afresh when the tax it shows changes (created, removed).
  const save = useSaveTax(event);
  const remove = useRemoveTax(event);
  useEffect(() => {
    document.title = `Tax · ${event.attributes.name} · Convene`;
  }, [event.attributes.name]);
  if (!permissions.can['manage-tickets']) return <NoAccess what="tax" />;
  return (
    <div className="stack narrow-stack">
      <h2>Tax</h2>
      {tax.isPending ? (
        <Loading label="Loading the tax…" />
      ) : tax.error ? (
        <LoadError error={tax.error} onRetry={() => void tax.refetch()} />
      ) : (
        <TaxForm key={tax.data?.id ?? 'none'} tax={tax.data} save={save} remove={remove} />
      )}
    </div>
  );
}
