// The event's details: one form for creating and for editing. Dates are typed in the event's own time zone and
// sent as instants; the API's error shows next to the field it names, and what was typed stays on a failure.
import { useMemo, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { CheckboxField, SelectField, TextArea, TextField } from '../../components/Field';
import { FormError } from '../../components/Notice';
import type { ApiError } from '../../lib/api/client';
import { useFormValues } from '../../lib/form';
import { fromLocalInput, timeZones, toLocalInput } from '../../lib/format';
import type { EventResource } from './api';
import './overview.css';

export interface EventValues {
  name: string;
  timezone: string;
  startsLocal: string;
  endsLocal: string;
  'location-name': string;
  description: string;
  'logo-url': string;
  'original-image-url': string;
  'payment-currency': string;
  'is-ticketing-enabled': boolean;
  'can-pay-by-bank': boolean;
  'bank-details': string;
  'can-pay-by-cheque': boolean;
  'cheque-details': string;
  'can-pay-onsite': boolean;
  'onsite-details': string;
  'can-pay-by-invoice': boolean;
  'invoice-details': string;
}

/** The offline payment methods an event may take, each with its switch and the instructions buyers read. */
export const PAYMENT_METHODS = [
  { flag: 'can-pay-by-bank', details: 'bank-details', label: 'Bank transfer', hint: 'Account holder, IBAN or account number, the reference to give.' },
  { flag: 'can-pay-by-cheque', details: 'cheque-details', label: 'Cheque', hint: 'Who to make it out to and where to send it.' },
  { flag: 'can-pay-onsite', details: 'onsite-details', label: 'On site', hint: 'Where and how to pay at the event (cash, card).' },
  { flag: 'can-pay-by-invoice', details: 'invoice-details', label: 'Invoice', hint: 'When the invoice comes and the payment terms.' },
] as const;

export function valuesOf(event?: EventResource): EventValues {
  const zone = event?.attributes.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  const a = event?.attributes;
  return {
    name: a?.name ?? '',
    timezone: zone,
    startsLocal: a ? toLocalInput(a['starts-at'], zone) : '',
    endsLocal: a ? toLocalInput(a['ends-at'], zone) : '',
    'location-name': a?.['location-name'] ?? '',
    description: a?.description ?? '',
    'logo-url': a?.['logo-url'] ?? '',
    'original-image-url': a?.['original-image-url'] ?? '',
    'payment-currency': a?.['payment-currency'] ?? 'EUR',
    'is-ticketing-enabled': a?.['is-ticketing-enabled'] ?? true,
    'can-pay-by-bank': a?.['can-pay-by-bank'] ?? false,
    'bank-details': a?.['bank-details'] ?? '',
    'can-pay-by-cheque': a?.['can-pay-by-cheque'] ?? false,
    'cheque-details': a?.['cheque-details'] ?? '',
    'can-pay-onsite': a?.['can-pay-onsite'] ?? false,
    'onsite-details': a?.['onsite-details'] ?? '',
    'can-pay-by-invoice': a?.['can-pay-by-invoice'] ?? false,
    'invoice-details': a?.['invoice-details'] ?? '',
  };
}

/** The attributes to send; empty optional text is sent as null. */
export function attributesOf(values: EventValues): Record<string, unknown> {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    name: values.name.trim(),
    timezone: values.timezone,
    'starts-at': values.startsLocal ? fromLocalInput(values.startsLocal, values.timezone) : null,
    'ends-at': values.endsLocal ? fromLocalInput(values.endsLocal, values.timezone) : null,
    'location-name': orNull(values['location-name']),
    description: orNull(values.description),
    'logo-url': orNull(values['logo-url']),
    'original-image-url': orNull(values['original-image-url']),
    'payment-currency': values['payment-currency'],
    'is-ticketing-enabled': values['is-ticketing-enabled'],
    ...Object.fromEntries(PAYMENT_METHODS.flatMap((m) => [[m.flag, values[m.flag]], [m.details, orNull(values[m.details])]])),
  };
}

const currencies = (): string[] => {
  const all = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('currency');
  return all && all.length > 0 ? all : ['EUR', 'USD', 'GBP', 'SGD', 'INR', 'JPY'];
};

export function EventForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
}: {
  initial: EventValues;
  submitLabel: string;
  busy: boolean;
  error: ApiError | null;
  onSubmit: (values: EventValues) => void;
}) {
  const { values, set, field } = useFormValues(initial, error);
  const zones = useMemo(() => timeZones(initial.timezone), [initial.timezone]);
  const codes = useMemo(currencies, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <form className="panel form" onSubmit={submit} noValidate aria-busy={busy}>
      <FormError error={error} />
      <TextField label="Name" required value={values.name} onChange={(e) => set('name', e.target.value)} error={field('name')} />
      <SelectField label="Time zone" hint="Dates and times below are in this zone, as attendees see them." value={values.timezone} onChange={(e) => set('timezone', e.target.value)} error={field('timezone')}>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </SelectField>
      <div className="pair">
        <TextField label="Starts" type="datetime-local" required value={values.startsLocal} onChange={(e) => set('startsLocal', e.target.value)} error={field('starts-at')} />
        <TextField label="Ends" type="datetime-local" required value={values.endsLocal} onChange={(e) => set('endsLocal', e.target.value)} error={field('ends-at')} />
      </div>
      <TextField label="Location" hint="Venue and city, or “Online”." value={values['location-name']} onChange={(e) => set('location-name', e.target.value)} error={field('location-name')} />
      <TextArea label="Description" value={values.description} onChange={(e) => set('description', e.target.value)} error={field('description')} />
      <div className="pair">
        <TextField label="Logo image URL" type="url" inputMode="url" placeholder="https://" value={values['logo-url']} onChange={(e) => set('logo-url', e.target.value)} error={field('logo-url')} />
        <TextField label="Cover image URL" type="url" inputMode="url" placeholder="https://" value={values['original-image-url']} onChange={(e) => set('original-image-url', e.target.value)} error={field('original-image-url')} />
      </div>
      <SelectField label="Currency" value={values['payment-currency']} onChange={(e) => set('payment-currency', e.target.value)} error={field('payment-currency')}>
        {codes.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </SelectField>
      <CheckboxField label="Sell tickets for this event" checked={values['is-ticketing-enabled']} onChange={(e) => set('is-ticketing-enabled', e.target.checked)} error={field('is-ticketing-enabled')} />
      <fieldset className="payment-methods">
        <legend>Offline payment</legend>
        <p className="hint">How buyers may pay for paid tickets. Free orders need none of these.</p>
        {PAYMENT_METHODS.map((method) => (
          <div key={method.flag} className="payment-method">
            <CheckboxField label={method.label} checked={values[method.flag]} onChange={(e) => set(method.flag, e.target.checked)} error={field(method.flag)} />
            {values[method.flag] && (
              <TextArea
                label={`${method.label}: instructions for buyers`}
                hint={method.hint}
                rows={3}
                value={values[method.details]}
                onChange={(e) => set(method.details, e.target.value)}
                error={field(method.details)}
              />
            )}
          </div>
        ))}
      </fieldset>
      <Button type="submit" busy={busy}>
        {busy ? 'Saving…' : submitLabel}
      </Button>
    </form>
  );
}
