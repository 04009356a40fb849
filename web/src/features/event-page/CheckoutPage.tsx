// /e/<identifier>/order/<order identifier>: the checkout after "Order now". The seats are held until the order
// runs out (the countdown, from the server's meta.expires-at); the buyer names each seat, picks how to pay among the
// event's methods (a free order completes at once; an offline method places it and shows how to pay), and lands on
// the confirmation. What the API refuses is shown next to the field it names.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonLink } from '../../components/Button';
import { CheckboxField, SelectField, TextArea, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { LoadError, Loading } from '../../components/States';
import { api, ApiError, resourceDocument, unwrap } from '../../lib/api/client';
import { formatDateTime, formatMoney, formatRange } from '../../lib/format';
import { useAttendeeQuestions, type Question } from '../../lib/attendee-form';
import { useRequireLogin, type SessionUser } from '../../lib/session';
import { orderKey, useOrder, useOrderSeats, usePublicEvent, type Attendee, type Order } from './api';
import { Paragraphs } from './EventPage';
import './event-page.css';

type PublicEvent = NonNullable<ReturnType<typeof usePublicEvent>['data']>['event'];

const METHODS = [
  { mode: 'bank', label: 'Bank transfer', takes: 'can-pay-by-bank', details: 'bank-details' },
  { mode: 'cheque', label: 'Cheque', takes: 'can-pay-by-cheque', details: 'cheque-details' },
  { mode: 'onsite', label: 'Pay at the event', takes: 'can-pay-onsite', details: 'onsite-details' },
  { mode: 'invoice', label: 'Invoice', takes: 'can-pay-by-invoice', details: 'invoice-details' },
] as const;

function methodsOf(event: PublicEvent) {
  const a = event.attributes as unknown as Record<string, unknown>;
  return METHODS.filter((method) => a[method.takes] === true).map((method) => ({ ...method, instructions: (a[method.details] as string | null) ?? null }));
}

/** Seconds left until `until`, ticking once a second; null without a deadline. */
function useSecondsLeft(until: string | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return until ? Math.max(0, Math.ceil((Date.parse(until) - now) / 1000)) : null;
}

function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

type Answer = string | boolean;

interface SeatValues {
  firstname: string;
  lastname: string;
  email: string;
  /** The organizer's questions, by field identifier, as typed. */
  answers: Record<string, Answer>;
}

type SeatErrors = Partial<Record<'firstname' | 'lastname' | 'email', string>> & { answers?: Record<string, string> };

function initialSeats(seats: { seat: Attendee }[], user: SessionUser): SeatValues[] {
  return seats.map(({ seat }, index) => {
    const a = seat.attributes;
    const mine = index === 0;
    const kept = (a['complex-field-values'] ?? {}) as Record<string, unknown>;
    const answers = Object.fromEntries(Object.entries(kept).map(([key, value]) => [key, typeof value === 'boolean' ? value : String(value ?? '')]));
    return {
      firstname: a.firstname ?? (mine ? (user['first-name'] ?? '') : ''),
      lastname: a.lastname ?? (mine ? (user['last-name'] ?? '') : ''),
      email: a.email ?? (mine ? user.email : ''),
      answers,
    };
  });
}

/** What a person must fill in before anything is sent; the API checks the rest (an e-mail's form, lengths, choices). */
function missing(values: SeatValues, questions: Question[]): SeatErrors {
  const errors: SeatErrors = {};
  if (!values.firstname.trim()) errors.firstname = 'Enter the first name on this ticket';
  if (!values.lastname.trim()) errors.lastname = 'Enter the last name on this ticket';
  if (!values.email.trim()) errors.email = 'Enter the e-mail address the ticket goes to';
  for (const question of questions) {
    const key = question.attributes['field-identifier'];
    const value = values.answers[key];
    if (question.attributes['is-required'] && question.attributes.type !== 'checkbox' && (value === undefined || String(value).trim() === '')) {
      errors.answers = { ...errors.answers, [key]: 'Answer this question' };
    }
  }
  return errors;
}

/** The answers as the API takes them: numbers as numbers, ticks as true or false, blank ones left out. */
function answersToSend(values: SeatValues, questions: Question[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const question of questions) {
    const key = question.attributes['field-identifier'];
    const value = values.answers[key];
    if (question.attributes.type === 'checkbox') out[key] = value === true;
    else if (value !== undefined && String(value).trim() !== '') out[key] = question.attributes.type === 'number' && !Number.isNaN(Number(value)) ? Number(value) : String(value).trim();
  }
  return out;
}

function QuestionField({ question, value, error, onChange }: { question: Question; value: Answer | undefined; error?: string; onChange: (value: Answer) => void }) {
  const a = question.attributes;
  const label = a['is-required'] || a.type === 'checkbox' ? a.name : `${a.name} (optional)`;
  const hint = a.description ?? undefined;
  switch (a.type) {
    case 'checkbox':
      return <CheckboxField label={a.name} hint={hint} error={error} checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
    case 'select':
      return (
        <SelectField label={label} hint={hint} error={error} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)}>
          <option value="">Choose…</option>
          {(a.options ?? []).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </SelectField>
      );
    case 'paragraph':
      return <TextArea label={label} hint={hint} error={error} rows={3} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />;
    default:
      return (
        <TextField
          label={label}
          hint={hint}
          error={error}
          type={a.type === 'email' ? 'email' : 'text'}
          inputMode={a.type === 'number' ? 'decimal' : undefined}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}

class SeatError extends Error {
  constructor(
    readonly index: number,
    readonly apiError: ApiError,
  ) {
    super(apiError.message);
  }
}

function Checkout({ order, expiresAt, event, user }: { order: Order; expiresAt: string | null; event: PublicEvent; user: SessionUser }) {
  const { eventKey = '' } = useParams();
  const identifier = order.attributes.identifier ?? '';
  const seats = useOrderSeats(identifier);
  const asked = useAttendeeQuestions(eventKey);
  const questions = (asked.data ?? []).filter((question) => question.attributes['is-included']).sort((a, b) => a.attributes.position - b.attributes.position);
  const client = useQueryClient();
  const navigate = useNavigate();
  const left = useSecondsLeft(expiresAt);
  const [values, setValues] = useState<SeatValues[] | null>(null);
  const [seatErrors, setSeatErrors] = useState<SeatErrors[]>([]);
  const methods = methodsOf(event);
  const [mode, setMode] = useState<string>(methods.length === 1 ? methods[0].mode : '');
  const [modeError, setModeError] = useState<string | undefined>();
  const free = Number(order.attributes.amount) === 0;
  const currency = order.attributes.currency ?? event.attributes['payment-currency'];

  useEffect(() => {
    if (seats.data && values === null) setValues(initialSeats(seats.data, user));
  }, [seats.data, values, user]);
  const ranOut = left === 0;
  useEffect(() => {
    // The server expires the order a moment later; ask it, so the page shows what it says.
    if (ranOut) void client.invalidateQueries({ queryKey: orderKey(identifier) });
  }, [ranOut, client, identifier]);

  const finish = useMutation({
    mutationFn: async (input: { seats: SeatValues[]; mode: string }) => {
      const list = seats.data ?? [];
      for (const [index, { seat }] of list.entries()) {
        const typed = input.seats[index];
        const attributes = {
          firstname: typed.firstname.trim(),
          lastname: typed.lastname.trim(),
          email: typed.email.trim(),
          ...(questions.length > 0 ? { 'complex-field-values': answersToSend(typed, questions) } : {}),
        };
        try {
          await unwrap(api.PATCH('/v1/attendees/{id}', { params: { path: { id: seat.id } }, body: resourceDocument('attendee', attributes, {}, seat.id) as never }));
        } catch (error) {
          throw error instanceof ApiError && Object.keys(error.fields).length > 0 ? new SeatError(index, error) : error;
        }
      }
      const answer = (await unwrap(
        api.PATCH('/v1/orders/{identifier}', {
          params: { path: { identifier } },
          body: resourceDocument('order', { 'payment-mode': free ? 'free' : input.mode }, {}, order.id) as never,
        }),
      )) as unknown as { data: Order; meta?: { 'expires-at': string | null } };
      return answer;
    },
    onSuccess: (answer) => {
      client.setQueryData(orderKey(identifier), { order: answer.data, expiresAt: answer.meta?.['expires-at'] ?? null });
      void client.invalidateQueries({ queryKey: ['order-seats', identifier] });
      void client.invalidateQueries({ queryKey: ['my-orders'] });
      window.scrollTo({ top: 0 });
    },
    onError: (error) => {
      if (error instanceof SeatError) {
        const fields = error.apiError.fields;
        const answers = Object.fromEntries(
          Object.entries(fields)
            .filter(([name]) => name.startsWith('complex-field-values/'))
            .map(([name, message]) => [name.slice('complex-field-values/'.length), message]),
        );
        setSeatErrors((current) => {
          const next = [...current];
          next[error.index] = { firstname: fields.firstname, lastname: fields.lastname, email: fields.email, answers };
          return next;
        });
      } else if (error instanceof ApiError && error.fields['payment-mode']) {
        setModeError(error.fields['payment-mode']);
      }
    },
  });

  const cancel = useMutation({
    mutationFn: () =>
      unwrap(api.PATCH('/v1/orders/{identifier}', { params: { path: { identifier } }, body: resourceDocument('order', { status: 'cancelled' }, {}, order.id) as never })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['public-event', eventKey] });
      navigate(`/e/${eventKey}`);
    },
  });

  if (seats.isPending || asked.isPending || values === null) return <Loading label="Loading your seats…" />;
  if (seats.error) return <LoadError error={seats.error} onRetry={() => void seats.refetch()} />;
  if (asked.error) return <LoadError error={asked.error} onRetry={() => void asked.refetch()} />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = values.map((seat) => missing(seat, questions));
    setSeatErrors(errors);
    const noMode = !free && !mode ? 'Choose how you will pay' : undefined;
    setModeError(noMode);
    if (errors.some((seat) => Object.keys(seat).length > 0) || noMode) return;
    finish.mutate({ seats: values, mode });
  };
  const setSeat = (index: number, name: 'firstname' | 'lastname' | 'email', value: string) =>
    setValues((current) => current!.map((seat, i) => (i === index ? { ...seat, [name]: value } : seat)));
  const setAnswer = (index: number, key: string, value: Answer) =>
    setValues((current) => current!.map((seat, i) => (i === index ? { ...seat, answers: { ...seat.answers, [key]: value } } : seat)));
  const otherError = finish.error && !(finish.error instanceof SeatError) && !(finish.error instanceof ApiError && finish.error.fields['payment-mode']) ? finish.error : null;

  if (ranOut) {
    return (
      <Notice tone="bad">
        <p>
          <strong>Your reservation ran out.</strong> The seats went back on sale; you can choose them again if they are still there.
        </p>
        <p>
          <ButtonLink to={`/e/${eventKey}`}>Back to the tickets</ButtonLink>
        </p>
      </Notice>
    );
  }

  return (
    <form className="checkout" onSubmit={submit} noValidate aria-labelledby="checkout-heading">
      {left !== null && (
        <p className={`countdown ${left <= 120 ? 'urgent' : ''}`}>
          Your seats are held for <span role="timer" aria-label={`${Math.ceil(left / 60)} minutes left`}>{clock(left)}</span>
          <span className="hint"> (until {formatDateTime(expiresAt!, event.attributes.timezone)})</span>
        </p>
      )}
      {seats.data.map(({ seat, ticketName }, index) => (
        <fieldset key={seat.id} className="panel seat">
          <legend>
            Ticket {index + 1} of {seats.data.length}: {ticketName}
          </legend>
          <div className="seat-fields">
            <TextField label="First name" autoComplete={index === 0 ? 'given-name' : 'off'} value={values[index].firstname} onChange={(e) => setSeat(index, 'firstname', e.target.value)} error={seatErrors[index]?.firstname} />
            <TextField label="Last name" autoComplete={index === 0 ? 'family-name' : 'off'} value={values[index].lastname} onChange={(e) => setSeat(index, 'lastname', e.target.value)} error={seatErrors[index]?.lastname} />
            <TextField label="E-mail" type="email" autoComplete={index === 0 ? 'email' : 'off'} value={values[index].email} onChange={(e) => setSeat(index, 'email', e.target.value)} error={seatErrors[index]?.email} />
          </div>
          {questions.map((question) => {
            const key = question.attributes['field-identifier'];
            return <QuestionField key={question.id} question={question} value={values[index].answers[key]} error={seatErrors[index]?.answers?.[key]} onChange={(value) => setAnswer(index, key, value)} />;
          })}
        </fieldset>
      ))}

      <section className="panel payment" aria-labelledby="payment-heading">
        <h2 id="payment-heading">Payment</h2>
        <dl className="totals">
          <div>
            <dt>Subtotal</dt>
            <dd>{formatMoney(order.attributes['sub-total'], currency)}</dd>
          </div>
          {Number(order.attributes['discount-amount']) > 0 && (
            <div>
              <dt>Discount</dt>
              <dd>−{formatMoney(order.attributes['discount-amount'], currency)}</dd>
            </div>
          )}
          {Number(order.attributes['tax-amount']) > 0 && (
            <div>
              <dt>Tax{order.attributes['is-tax-included'] ? ' (included)' : ''}</dt>
              <dd>{formatMoney(order.attributes['tax-amount'], currency)}</dd>
            </div>
          )}
          <div className="total">
            <dt>Total</dt>
            <dd>{formatMoney(order.attributes.amount, currency)}</dd>
          </div>
        </dl>
        {free ? (
          <p>This order is free: nothing to pay.</p>
        ) : methods.length === 0 ? (
          <Notice tone="bad">
            <p>This event takes no payment here yet. Ask the organizer how to pay.</p>
          </Notice>
        ) : (
          <fieldset className={`payment-methods ${modeError ? 'has-error' : ''}`} aria-describedby={modeError ? 'payment-mode-error' : undefined}>
            <legend>How will you pay?</legend>
            {methods.map((method) => (
              <div key={method.mode} className="payment-method">
                <label>
                  <input type="radio" name="payment-mode" value={method.mode} checked={mode === method.mode} onChange={() => (setMode(method.mode), setModeError(undefined))} />
                  {method.label}
                </label>
                {mode === method.mode && method.instructions && (
                  <div className="hint payment-instructions">
                    <Paragraphs text={method.instructions} />
                  </div>
                )}
              </div>
            ))}
            {modeError && (
              <p className="field-error" id="payment-mode-error">
                {modeError}
              </p>
            )}
          </fieldset>
        )}
      </section>

      {otherError && <FormError error={otherError} />}
      <div className="form-actions">
        <Button type="submit" busy={finish.isPending} disabled={!free && methods.length === 0}>
          {finish.isPending ? 'Sending…' : free ? 'Get my tickets' : 'Place order'}
        </Button>
        <Button type="button" variant="quiet" busy={cancel.isPending} onClick={() => cancel.mutate()}>
          Cancel and release the seats
        </Button>
      </div>
      {cancel.error && <FormError error={cancel.error} />}
    </form>
  );
}

function Confirmation({ order, event }: { order: Order; event: PublicEvent }) {
  const a = order.attributes;
  const method = METHODS.find((m) => m.mode === a['payment-mode']);
  const instructions = method ? ((event.attributes as unknown as Record<string, string | null>)[method.details] ?? null) : null;
  return (
    <section className="panel confirmation" aria-labelledby="confirmation-heading">
      <h2 id="confirmation-heading">{a.status === 'completed' ? 'You are going!' : 'Your order is placed'}</h2>
      <p>
        Order {String(a['invoice-number'] ?? '')} · {formatMoney(a.amount, a.currency ?? event.attributes['payment-currency'])} · {a.status === 'completed' ? 'completed' : 'waiting for your payment'}
      </p>
      {a.status === 'placed' && method && (
        <>
          <h3>How to pay: {method.label}</h3>
          {instructions ? <Paragraphs text={instructions} /> : <p>The organizer will tell you how to pay.</p>}
          <p className="hint">Your tickets are valid once the organizer has your payment.</p>
        </>
      )}
      <p>
        <ButtonLink to={`/my-tickets?order=${a.identifier ?? ''}`}>See my tickets</ButtonLink>
      </p>
    </section>
  );
}

export function CheckoutPage() {
  const { eventKey = '', identifier = '' } = useParams();
  const user = useRequireLogin();
  const found = usePublicEvent(eventKey);
  const order = useOrder(identifier);
  useEffect(() => {
    document.title = `Your order · ${found.data?.event.attributes.name ?? 'Convene'}`;
  }, [found.data]);

  if (!user || found.isPending || order.isPending) return <Loading label="Loading your order…" />;
  if (found.error && !found.data) return <LoadError error={found.error} onRetry={() => void found.refetch()} />;
  if (order.error) return <LoadError error={order.error} onRetry={() => void order.refetch()} />;
  const event = found.data!.event;
  const { order: current, expiresAt } = order.data;
  const status = current.attributes.status;

  return (
    <article className="checkout-page">
      <p className="back-link">
        <Link to={`/e/${eventKey}`}>{event.attributes.name}</Link>
      </p>
      <h1 id="checkout-heading">{status === 'initializing' || status === 'pending' ? 'Your order' : status === 'placed' || status === 'completed' ? 'Thank you' : 'Your order'}</h1>
      <p className="event-when">{formatRange(event.attributes['starts-at'], event.attributes['ends-at'], event.attributes.timezone)}</p>
      {status === 'initializing' || status === 'pending' ? (
        <Checkout order={current} expiresAt={expiresAt} event={event} user={user} />
      ) : status === 'placed' || status === 'completed' ? (
        <Confirmation order={current} event={event} />
      ) : (
        <Notice tone="bad">
          <p>{status === 'expired' ? 'This order ran out before it was finished; its seats went back on sale.' : 'This order was cancelled.'}</p>
          <p>
            <ButtonLink to={`/e/${eventKey}`}>Back to the tickets</ButtonLink>
          </p>
        </Notice>
      )}
    </article>
  );
}
