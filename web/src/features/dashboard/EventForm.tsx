// The event's details: one form for creating and for editing. Dates are typed in the event's own time zone and
// sent as instants; the API's error shows next to the field it names, and what was typed stays on a failure.
import { useMemo, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { CheckboxField, SelectField, TextArea, TextField } from '../../components/Field';
import { FormError } from '../../components/Notice';
import type { ApiError } from '../../lib/api/client';
import { fromLocalInput, timeZones, toLocalInput } from '../../lib/format';
import type { EventResource } from './api';

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
}

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
  const [values, setValues] = useState(initial);
  const zones = useMemo(() => timeZones(initial.timezone), [initial.timezone]);
  const codes = useMemo(currencies, []);
  const set = <K extends keyof EventValues>(name: K, value: EventValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const field = (name: string) => error?.fields[name];
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
      <Button type="submit" busy={busy}>
        {busy ? 'Saving…' : submitLabel}
      </Button>
    </form>
  );
}
