// "One of your Convene events": an inline login when needed, then the events as a list of radio buttons with
// their names and dates. It sits inside the generator's form, so its login is a button, not a nested form.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { ApiProblem, listEvents, logIn, type ConveneEvent } from '../api.js';
import type { Login } from '../session.js';

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
  login: Login | null;
  onLogin(login: Login | null): void;
  selected: string;
  onSelect(id: string): void;
  disabled: boolean;
}

export function EventPicker({ login, onLogin, selected, onSelect, disabled }: Props) {
  const uid = useId();
  const [email, setEmail] = useState(login?.email ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [events, setEvents] = useState<ConveneEvent[] | null>(null);

  const token = login?.token ?? null;
  useEffect(() => {
    if (!token) {
      setEvents(null);
      return;
    }
    let live = true;
    setProblem(null);
    listEvents(token)
      .then((list) => live && setEvents(list))
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof ApiProblem && error.status === 401) onLogin(null);
        setProblem(error instanceof Error ? error.message : String(error));
        setEvents([]);
      });
    return () => {
      live = false;
    };
  }, [token, onLogin]);

  async function submitLogin() {
    if (!email || !password) {
      setProblem('Enter your e-mail and password to log in.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const accessToken = await logIn(email.trim(), password);
      setPassword('');
      onLogin({ token: accessToken, email: email.trim() });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  // Enter in the login fields logs in instead of submitting the generator's form.
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void submitLogin();
    }
  };

  if (!login) {
    return (
      <div className="subpanel" data-testid="login">
        <p className="hint">Log in to choose one of your events.</p>
        <div className="field">
          <label htmlFor={`${uid}-email`}>Account e-mail</label>
          <input id={`${uid}-email`} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} onKeyDown={onKey} disabled={disabled || busy} data-testid="login-email" />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-password`}>Password</label>
          <input id={`${uid}-password`} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} onKeyDown={onKey} disabled={disabled || busy} data-testid="login-password" />
        </div>
        <button type="button" className="button secondary" onClick={() => void submitLogin()} disabled={disabled || busy} data-testid="login-submit">
          {busy ? 'Logging in…' : 'Log in'}
        </button>
        <p className="inline-error" role="alert" data-testid="login-error">
          {problem}
        </p>
      </div>
    );
  }

  return (
    <div className="subpanel" data-testid="event-picker">
      <p className="hint">
        Logged in as <strong>{login.email || 'you'}</strong>.{' '}
        <button type="button" className="link-button" onClick={() => onLogin(null)} disabled={disabled} data-testid="logout">
          Log out
        </button>
      </p>
      {events === null ? (
        <p className="hint" role="status">
          Loading your events…
        </p>
      ) : events.length === 0 ? (
        <p className="hint" role="status">
          {problem ?? 'No events yet. Create one in Convene first, or choose another source.'}
        </p>
      ) : (
        <fieldset className="event-list">
          <legend className="visually-hidden">Event</legend>
          {events.map((event) => (
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
