// /my-tickets: a person's orders, upcoming and past, each seat's ticket with a QR code of its ticket code (drawn on
// the device), a full-screen code to show at the door with the screen kept awake where the browser allows, and the
// event for a calendar. Kept on the device, so it opens offline once it has been seen.
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, ButtonLink } from '../../components/Button';
import { OfflineBanner } from '../../components/OfflineBanner';
import { Page } from '../../components/Page';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { Tabs } from '../../components/Tabs';
import { formatMoney, formatRange, formatTime } from '../../lib/format';
import { calendar, downloadCalendar } from '../../lib/ics';
import { useRequireLogin } from '../../lib/session';
import { useMyOrders, type MyOrder, type TicketSeat } from './api';
import { QrCode } from './QrCode';
import './my-tickets.css';

const STATUS: Record<string, { label: string; tone: string; note?: string }> = {
  completed: { label: 'Completed', tone: 'ok' },
  placed: { label: 'Placed: waiting for payment', tone: 'warn', note: 'Your tickets are valid once the organizer has your payment.' },
  pending: { label: 'Not finished', tone: 'warn' },
  initializing: { label: 'Not finished', tone: 'warn' },
  expired: { label: 'Expired', tone: 'bad', note: 'This order ran out before it was finished.' },
  cancelled: { label: 'Cancelled', tone: 'bad' },
};

/** Asks the browser to keep the screen on while a code is shown (Screen Wake Lock API), where it can. */
function useWakeLock(active: boolean) {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let released = false;
    navigator.wakeLock
      .request('screen')
      .then((sentinel) => (released ? void sentinel.release() : (lock = sentinel)))
      .catch(() => undefined);
    return () => {
      released = true;
      void lock?.release();
    };
  }, [active]);
}

function FullScreenCode({ seat, eventName, onClose }: { seat: TicketSeat; eventName: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useWakeLock(true);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="code-dialog" aria-labelledby="code-title" onCancel={(event) => (event.preventDefault(), onClose())}>
      <h2 id="code-title">{seat.name}</h2>
      <p className="code-ticket">
        {seat.ticketName} · {eventName}
      </p>
      <QrCode text={seat.code} label={`Ticket code ${seat.code}`} className="qr-large" />
      <p className="code-text">{seat.code}</p>
      <Button onClick={onClose}>Close</Button>
    </dialog>
  );
}

function addToCalendar({ order, event }: MyOrder) {
  if (!event) return;
  const a = event.attributes;
  const here = window.location.origin;
  const text = calendar(a.name, [
    {
      uid: `order-${order.attributes.identifier ?? order.id}@convene`,
      start: a['starts-at'],
      end: a['ends-at'],
      summary: a.name,
      location: a['location-name'],
      description: `Order ${String(order.attributes['invoice-number'] ?? '')}: ${here}/my-tickets?order=${order.attributes.identifier ?? ''}`,
      url: `${here}/e/${a.identifier ?? event.id}`,
    },
  ]);
  downloadCalendar(`${a.identifier ?? 'event'}.ics`, text);
}

function OrderCard({ item, highlighted, onShow }: { item: MyOrder; highlighted: boolean; onShow: (seat: TicketSeat) => void }) {
  const { order, event, seats } = item;
  const a = order.attributes;
  const status = STATUS[a.status] ?? { label: a.status, tone: 'warn' };
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (highlighted) ref.current?.scrollIntoView({ block: 'start' });
  }, [highlighted]);
  const valid = a.status === 'completed' || a.status === 'placed';
  const unfinished = a.status === 'initializing' || a.status === 'pending';
  const eventKey = event?.attributes.identifier ?? event?.id;
  const headingId = `order-${order.id}`;
  return (
    <article ref={ref} className={`panel order-card ${highlighted ? 'highlighted' : ''}`} aria-labelledby={headingId}>
      <header className="order-card-head">
        <div>
          <h2 id={headingId}>{event ? <Link to={`/e/${eventKey}`}>{event.attributes.name}</Link> : 'Event'}</h2>
          {event && (
            <p className="order-when">
              {formatRange(event.attributes['starts-at'], event.attributes['ends-at'], event.attributes.timezone)}, {formatTime(event.attributes['starts-at'], event.attributes.timezone)}
              {event.attributes['location-name'] ? ` · ${event.attributes['location-name']}` : ''}
            </p>
          )}
          <p className="order-meta">
            Order {String(a['invoice-number'] ?? '')} · {formatMoney(a.amount, a.currency ?? 'EUR')}
          </p>
        </div>
        <span className={`badge badge-${status.tone}`}>{status.label}</span>
      </header>
      {status.note && <p className="hint">{status.note}</p>}
      {unfinished && eventKey && (
        <p>
          <ButtonLink to={`/e/${eventKey}/order/${a.identifier ?? ''}`}>Finish this order</ButtonLink>
        </p>
      )}
      {valid && (
        <ul className="seats">
          {seats.map((seat) => (
            <li key={seat.id} className="seat-ticket">
              <button type="button" className="qr-button" onClick={() => onShow(seat)} aria-label={`Show the ticket code of ${seat.name} full screen`}>
                <QrCode text={seat.code} label={`Ticket code ${seat.code}`} />
              </button>
              <div className="seat-info">
                <p className="seat-name">{seat.name}</p>
                <p className="seat-ticket-name">{seat.ticketName}</p>
                <p className="seat-code">{seat.code}</p>
                {seat.checkedIn && <p className="seat-in">Checked in</p>}
                <Button variant="secondary" className="small" onClick={() => onShow(seat)} aria-label={`Show ${seat.name}'s ticket full screen`}>
                  Full screen
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {valid && event && (
        <p>
          <Button variant="quiet" className="small" onClick={() => addToCalendar(item)}>
            Add to calendar (.ics)
          </Button>
        </p>
      )}
    </article>
  );
}

export function MyTicketsPage() {
  const user = useRequireLogin();
  const orders = useMyOrders(user?.id);
  const [params] = useSearchParams();
  const past = params.get('tab') === 'past';
  const highlight = params.get('order');
  const [shown, setShown] = useState<{ seat: TicketSeat; eventName: string } | null>(null);
  const [now] = useState(() => Date.now());

  if (!user || (orders.isPending && orders.fetchStatus !== 'idle')) return <Loading label="Loading your tickets…" />;
  if (orders.error && !orders.data) {
    return (
      <Page title="My tickets">
        <LoadError error={orders.error} onRetry={() => void orders.refetch()} />
      </Page>
    );
  }
  const all = orders.data ?? [];
  const ended = (item: MyOrder) => (item.event ? Date.parse(item.event.attributes['ends-at']) < now : false);
  const upcoming = all.filter((item) => !ended(item)).sort((a, b) => Date.parse(a.event?.attributes['starts-at'] ?? '') - Date.parse(b.event?.attributes['starts-at'] ?? ''));
  const gone = all.filter(ended);
  const list = past ? gone : upcoming;

  return (
    <Page title="My tickets">
      <OfflineBanner fetchedAt={orders.dataUpdatedAt} failed={Boolean(orders.error)} />
      <Tabs
        label="Which orders"
        items={[
          { to: '/my-tickets', label: 'Upcoming', count: upcoming.length },
          { to: '/my-tickets?tab=past', label: 'Past', count: gone.length },
        ]}
      />
      {list.length === 0 ? (
        <EmptyState title={past ? 'No past orders' : 'No upcoming tickets'}>
          <p>
            <Link to="/">Find an event</Link> and your tickets will be here, also without a connection.
          </p>
        </EmptyState>
      ) : (
        <div className="order-cards">
          {list.map((item) => (
            <OrderCard
              key={item.order.id}
              item={item}
              highlighted={highlight !== null && highlight === item.order.attributes.identifier}
              onShow={(seat) => setShown({ seat, eventName: item.event?.attributes.name ?? '' })}
            />
          ))}
        </div>
      )}
      {shown && <FullScreenCode seat={shown.seat} eventName={shown.eventName} onClose={() => setShown(null)} />}
    </Page>
  );
}
