// /e/<identifier>: an event as attendees see it — when and where, who runs it, its code of conduct, and its
// tickets with what a chosen basket costs (priced by the server's calculate-amount, discount and tax included).
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../components/Button';
import { InlineAuth } from '../../components/InlineAuth';
import { Notice } from '../../components/Notice';
import { OfflineBanner } from '../../components/OfflineBanner';
import { LoadError, Loading } from '../../components/States';
import { api, unwrap, type ApiError } from '../../lib/api/client';
import { formatDateTime, formatMoney, formatRange, formatTime } from '../../lib/format';
import { useSession } from '../../lib/session';
import { codeFields, useCalculation, useFaqs, usePublicEvent, useUnlockTickets, type BasketCodes, type BasketLine, type Ticket } from './api';
import './event-page.css';

/** Text as paragraphs (descriptions are shown as text: no markup from the data reaches the page). */
export function Paragraphs({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  const plain = text.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n\n').replace(/<[^>]+>/g, '');
  return (
    <>
      {plain
        .split(/\n\s*\n/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part, index) => (
          <p key={index}>{part}</p>
        ))}
    </>
  );
}

function mapLink(attributes: { latitude: number | null; longitude: number | null; 'location-name': string | null }): string | null {
  if (attributes.latitude !== null && attributes.longitude !== null) {
    return `https://www.openstreetmap.org/?mlat=${attributes.latitude}&mlon=${attributes.longitude}#map=16/${attributes.latitude}/${attributes.longitude}`;
  }
  return attributes['location-name'] ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(attributes['location-name'])}` : null;
}

function ticketState(ticket: Ticket, now: number, zone: string): { open: boolean; note: string } {
  const a = ticket.attributes;
  if (a['sales-starts-at'] && Date.parse(a['sales-starts-at']) > now) return { open: false, note: `On sale from ${formatDateTime(a['sales-starts-at'], zone)}` };
  if (a['sales-ends-at'] && Date.parse(a['sales-ends-at']) < now) return { open: false, note: 'Sales have ended' };
  const left = Number(a.available);
  if (left <= 0) return { open: false, note: 'Sold out' };
  const ends = a['sales-ends-at'] ? `Sales end ${formatDateTime(a['sales-ends-at'], zone)}` : '';
  return { open: true, note: [left <= 10 ? `${left} left` : '', ends].filter(Boolean).join(' · ') };
}

function TicketRow({ ticket, line, currency, onChange, now, zone }: { ticket: Ticket; line: BasketLine; currency: string; onChange: (line: BasketLine) => void; now: number; zone: string }) {
  const id = useId();
  const a = ticket.attributes;
  const state = ticketState(ticket, now, zone);
  const most = Math.min(Number(a['max-order']), Number(a.available));
  const least = Number(a['min-order']);
  const choices = [0, ...Array.from({ length: Math.max(0, most - least + 1) }, (_, i) => least + i)];
  const price = a.type === 'free' ? 'Free' : a.type === 'donation' ? `Pay what you want${a['min-price'] ? ` (from ${formatMoney(a['min-price'], currency)})` : ''}` : formatMoney(a.price, currency);
  return (
    <li className="ticket">
      <div className="ticket-info">
        <p className="ticket-name" id={`${id}-name`}>
          {a.name}
        </p>
        <p className="ticket-price">{price}</p>
        {a.description && <p className="hint">{a.description}</p>}
        {state.note && <p className={`ticket-note ${state.open ? '' : 'closed'}`}>{state.note}</p>}
      </div>
      {state.open && (
        <div className="ticket-choose">
          {a.type === 'donation' && (
            <div className="field compact">
              <label htmlFor={`${id}-price`}>Amount ({currency})</label>
              <input
                id={`${id}-price`}
                type="number"
                min={a['min-price'] ?? 0}
                max={a['max-price'] ?? undefined}
                step="0.01"
                inputMode="decimal"
                value={line.price ?? ''}
                onChange={(event) => onChange({ ...line, price: event.target.value === '' ? undefined : Number(event.target.value) })}
              />
            </div>
          )}
          <div className="field compact">
            <label htmlFor={`${id}-quantity`}>Quantity</label>
            <select id={`${id}-quantity`} value={line.quantity} onChange={(event) => onChange({ ...line, quantity: Number(event.target.value) })} aria-describedby={`${id}-name`}>
              {choices.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </li>
  );
}

function Totals({ lines, codes, currency }: { lines: BasketLine[]; codes: BasketCodes; currency: string }) {
  const calc = useCalculation(lines, codes);
  if (!lines.some((line) => line.quantity > 0)) return null;
  if (calc.isPending) return <p className="hint">Working out the price…</p>;
  if (calc.error) {
    const error = calc.error as ApiError;
    return (
      <Notice tone="bad">
        <p>{error.fields['discount-code'] ?? error.fields['access-code'] ?? error.message}</p>
      </Notice>
    );
  }
  const c = calc.data!;
  return (
    <dl className="totals" aria-label="Price">
      <div>
        <dt>Subtotal</dt>
        <dd>{formatMoney(c.sub_total, currency)}</dd>
      </div>
      {c.discount > 0 && (
        <div>
          <dt>Discount</dt>
          <dd>−{formatMoney(c.discount, currency)}</dd>
        </div>
      )}
      {c.tax && (
        <div>
          <dt>
            {c.tax.name} {c.tax.percent} %{c.tax.included ? ' (included)' : ''}
          </dt>
          <dd>{formatMoney(c.tax.amount, currency)}</dd>
        </div>
      )}
      <div className="total">
        <dt>Total</dt>
        <dd>{formatMoney(c.total, currency)}</dd>
      </div>
    </dl>
  );
}

/** The event's questions and answers, each folded under its question; nothing when it has none. */
function Faqs({ eventKey }: { eventKey: string }) {
  const faqs = useFaqs(eventKey);
  if (!faqs.data || faqs.data.length === 0) return null;
  return (
    <section aria-labelledby="faq-heading">
      <h2 id="faq-heading">Frequently asked questions</h2>
      <div className="faqs">
        {faqs.data.map((faq) => (
          <details key={faq.id} className="faq">
            <summary>{faq.attributes.question}</summary>
            <Paragraphs text={faq.attributes.answer} />
          </details>
        ))}
      </div>
    </section>
  );
}

export function EventPage() {
  const { eventKey = '' } = useParams();
  const found = usePublicEvent(eventKey);
  const { user } = useSession();
  const navigate = useNavigate();
  const [lines, setLines] = useState<BasketLine[]>([]);
  const [code, setCode] = useState('');
  const [typedCode, setTypedCode] = useState('');
  const [typedAccess, setTypedAccess] = useState('');
  const unlock = useUnlockTickets(eventKey);
  const unlocked = unlock.data;
  const codes: BasketCodes = { discount: code, access: unlocked?.code ?? '' };
  const [askLogin, setAskLogin] = useState(false);
  const [now] = useState(() => Date.now());
  useEffect(() => {
    if (found.data) document.title = `${found.data.event.attributes.name} · Convene`;
  }, [found.data]);
  const order = useMutation({
    mutationFn: async () => {
      const answer = (await unwrap(
        api.POST('/v1/orders/create-order', {
          body: {
            tickets: lines.filter((line) => line.quantity > 0).map((line) => ({ id: line.id, quantity: line.quantity, ...(line.price !== undefined ? { price: line.price } : {}) })),
            ...codeFields(codes),
          },
        }),
      )) as unknown as { data: { attributes: { identifier: string } } };
      return answer.data.attributes.identifier;
    },
    onSuccess: (identifier) => navigate(`/e/${eventKey}/order/${identifier}`),
  });

  if (found.isPending) return <Loading label="Loading the event…" />;
  if (found.error && !found.data) return <LoadError error={found.error} onRetry={() => void found.refetch()} />;
  const { event, tickets: onSale } = found.data!;
  // Tickets an access code unlocked join the list after the public ones (an organizer may see them there already).
  const tickets = [...onSale, ...(unlocked?.tickets ?? []).filter((ticket) => !onSale.some((t) => t.id === ticket.id))];
  const unlockError = unlock.error as ApiError | null;
  const a = event.attributes;
  const currency = a['payment-currency'];
  const line = (ticket: Ticket) => lines.find((l) => l.id === ticket.id) ?? { id: ticket.id, quantity: 0 };
  const setLine = (next: BasketLine) => setLines((current) => [...current.filter((l) => l.id !== next.id), next]);
  const chosen = lines.some((l) => l.quantity > 0);
  const map = mapLink(a);
  const selling = a['is-ticketing-enabled'] && tickets.length > 0;
  const accessForm = a['is-ticketing-enabled'] && (
    <form
      className="discount"
      onSubmit={(e) => {
        e.preventDefault();
        if (typedAccess.trim()) unlock.mutate(typedAccess.trim());
      }}
    >
      <label htmlFor="access-code">Have an access code?</label>
      <div className="discount-row">
        <input
          id="access-code"
          type="text"
          autoComplete="off"
          value={typedAccess}
          onChange={(e) => setTypedAccess(e.target.value)}
          aria-invalid={unlockError ? true : undefined}
          aria-describedby={unlockError || unlocked ? 'access-code-result' : undefined}
        />
        <Button type="submit" variant="secondary" busy={unlock.isPending}>
          Unlock
        </Button>
      </div>
      <p id="access-code-result" role="status" className={unlockError ? 'field-error' : 'hint'}>
        {unlockError
          ? (unlockError.fields.code ?? unlockError.message)
          : unlocked
            ? unlocked.tickets.length === 0
              ? `The code ${unlocked.code} unlocks no ticket at the moment.`
              : `The code ${unlocked.code} unlocked ${unlocked.tickets.map((t) => t.attributes.name).join(', ')}.`
            : ''}
      </p>
    </form>
  );
  const orderError = order.error as ApiError | null;

  const orderNow = () => {
    if (!user) setAskLogin(true);
    else order.mutate();
  };

  return (
    <article className="event-page">
      <OfflineBanner fetchedAt={found.dataUpdatedAt} failed={Boolean(found.error)} />
      {a['original-image-url'] && <img className="event-cover" src={a['original-image-url']} alt="" />}
      <header className="event-hero">
        {a['logo-url'] && <img className="event-logo" src={a['logo-url']} alt={`${a.name} logo`} />}
        <div>
          <h1>{a.name}</h1>
          <p className="event-when">
            {formatRange(a['starts-at'], a['ends-at'], a.timezone)}, {formatTime(a['starts-at'], a.timezone)} – {formatTime(a['ends-at'], a.timezone)}{' '}
            <span className="hint">({a.timezone.replaceAll('_', ' ')})</span>
          </p>
          {a['location-name'] && (
            <p className="event-where">
              {a['location-name']}
              {map && (
                <>
                  {' · '}
                  <a href={map} target="_blank" rel="noopener noreferrer">
                    Map
                  </a>
                </>
              )}
            </p>
          )}
          <p className="event-links">
            <Link to={`/e/${eventKey}/schedule`}>Schedule</Link>
          </p>
        </div>
      </header>

      <div className="event-columns">
        <div className="event-main">
          {a.description && (
            <section aria-labelledby="about-heading">
              <h2 id="about-heading">About</h2>
              <Paragraphs text={a.description} />
            </section>
          )}
          {(a['owner-name'] || a['owner-description']) && (
            <section aria-labelledby="organizer-heading">
              <h2 id="organizer-heading">Organizer</h2>
              {a['owner-name'] && <p className="organizer-name">{a['owner-name']}</p>}
              <Paragraphs text={a['owner-description']} />
            </section>
          )}
          <Faqs eventKey={eventKey} />
          {a['code-of-conduct'] && (
            <section aria-labelledby="coc-heading">
              <h2 id="coc-heading">Code of conduct</h2>
              <details className="coc">
                <summary>Read the code of conduct</summary>
                <Paragraphs text={a['code-of-conduct']} />
              </details>
            </section>
          )}
        </div>

        <aside className="event-side" aria-labelledby="tickets-heading">
          <section className="panel tickets-panel">
            <h2 id="tickets-heading">Tickets</h2>
            {!selling ? (
              <>
                <p className="hint">No tickets are on sale for this event.</p>
                {accessForm}
              </>
            ) : (
              <>
                <ul className="tickets">
                  {tickets.map((ticket) => (
                    <TicketRow key={ticket.id} ticket={ticket} line={line(ticket)} currency={currency} onChange={setLine} now={now} zone={a.timezone} />
                  ))}
                </ul>
                <form
                  className="discount"
                  onSubmit={(e) => {
                    e.preventDefault();
                    setCode(typedCode.trim());
                  }}
                >
                  <label htmlFor="discount-code">Discount code</label>
                  <div className="discount-row">
                    <input id="discount-code" type="text" autoComplete="off" value={typedCode} onChange={(e) => setTypedCode(e.target.value)} />
                    <button type="submit" className="button secondary">
                      Apply
                    </button>
                  </div>
                </form>
                {accessForm}
                <Totals lines={lines} codes={codes} currency={currency} />
                {orderError && (
                  <Notice tone="bad">
                    <p>{orderError.message}</p>
                  </Notice>
                )}
                {askLogin && !user ? (
                  <InlineAuth
                    title="Log in or sign up to order"
                    onDone={() => {
                      setAskLogin(false);
                      order.mutate();
                    }}
                  />
                ) : (
                  <Button className="order-now" disabled={!chosen} busy={order.isPending} onClick={orderNow}>
                    {order.isPending ? 'Reserving your tickets…' : 'Order now'}
                  </Button>
                )}
              </>
            )}
          </section>
        </aside>
      </div>
    </article>
  );
}
