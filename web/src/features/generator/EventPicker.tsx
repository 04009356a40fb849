// "One of your Convene events": the events the logged-in person holds a role on, as radio buttons with their
// names and dates; a link to log in (and come back) when nobody is.
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { loginPath, useSession } from '../../lib/session';
import { listEvents, type ConveneEvent } from './api';

export function formatDates(event: ConveneEvent): string {
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  if (Number.isNaN(start.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: event.timezone || 'UTC' };
  try {
    const format = new Intl.DateTimeFormat(undefined, options);
    return Number.isNaN(end.getTime()) ? format.format(start) : format.formatRange(start, end);
  } catch {
    return start.toISOString().slice(0, 10);
  }
}

interface Props {
  selected: string;
  onSelect(id: string): void;
  disabled: boolean;
}

export function EventPicker({ selected, onSelect, disabled }: Props) {
  const uid = useId();
  const { user, loading } = useSession();
  const location = useLocation();
  const events = useQuery({ queryKey: ['generator-events', user?.id], queryFn: () => listEvents(user!.id), enabled: Boolean(user) });

  if (loading) return <p className="hint" role="status">Checking your login…</p>;
  if (!user) {
    return (
      <div className="subpanel" data-testid="login">
        <p className="hint">
          <Link to={loginPath(`${location.pathname}?source=event`)}>Log in</Link> to choose one of your events.
        </p>
      </div>
    );
  }
  const list = events.data ?? null;
  return (
    <div className="subpanel" data-testid="event-picker">
      <p className="hint">
        Logged in as <strong>{user.email}</strong>.
      </p>
      {events.error ? (
        <p className="inline-error" role="alert">
          {events.error.message}
        </p>
      ) : list === null ? (
        <p className="hint" role="status">
          Loading your events…
        </p>
      ) : list.length === 0 ? (
        <p className="hint" role="status">
          No events yet. <Link to="/events/new">Create one</Link> first, or choose another source.
        </p>
      ) : (
        <fieldset className="event-list">
          <legend className="visually-hidden">Event</legend>
          {list.map((event) => (
            <label key={event.id} className="choice event-choice">
              <input type="radio" name={`${uid}-event`} value={event.id} checked={selected === event.id} onChange={() => onSelect(event.id)} disabled={disabled} data-testid={`event-${event.id}`} />
              <span>
                <span className="event-name">{event.name}</span>
                <span className="event-dates">
                  {formatDates(event)}
                  {event.state === 'draft' ? ' · draft' : ''}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
