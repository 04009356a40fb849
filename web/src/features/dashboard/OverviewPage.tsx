// An event at a glance: what is still to set up, seats sold and left per ticket, orders and amounts by status,
// check-in progress (per day for a multi-day event), sales per day, and where to go next. The numbers are for
// coorganizers and above; other roles see the pages their role opens.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { LoadError, Loading } from '../../components/States';
import { api, unwrap } from '../../lib/api/client';
import { EVENT_PAGES } from '../../lib/event';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { useEventContext, useStatistics, type Statistics } from './api';
import { SalesChart } from './SalesChart';
import './overview.css';

function Check({ done, children }: { done: boolean; children: React.ReactNode }) {
  return (
    <li className={done ? 'check done' : 'check'}>
      <span className="check-mark" aria-hidden="true">
        {done && (
          <svg width="12" height="12" viewBox="0 0 12 12" focusable="false">
            <path d="M2 6.5l2.5 2.5L10 3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        )}
      </span>
      <span>
        {children}
        <span className="visually-hidden">{done ? ' (done)' : ' (to do)'}</span>
      </span>
    </li>
  );
}

const STATUS_WORDS: Record<keyof Statistics['orders'], string> = {
  completed: 'Completed',
  placed: 'Placed, to pay offline',
  pending: 'Pending payment',
  initializing: 'Started, not submitted',
  cancelled: 'Cancelled',
  expired: 'Expired',
};

/** Adds decimal strings of one currency exactly (in minor units). */
function addAmounts(amounts: string[]): string {
  const digits = Math.max(0, ...amounts.map((a) => a.split('.')[1]?.length ?? 0));
  const minor = amounts.reduce((sum, a) => {
    const [whole, fraction = ''] = a.split('.');
    return sum + BigInt(whole + fraction.padEnd(digits, '0'));
  }, 0n);
  const text = minor.toString().padStart(digits + 1, '0');
  return digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
}

function Meter({ value, max, label }: { value: number; max: number; label: string }) {
  return <progress className="meter" max={Math.max(1, max)} value={Math.min(value, max)} aria-label={label} />;
}

function TicketSales({ stats }: { stats: Statistics }) {
  if (stats.tickets.length === 0) {
    return (
      <p>
        No tickets yet. <Link to={`/events/${stats.event.identifier}/tickets/new`}>Add a ticket</Link>.
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Seats sold and left per ticket</caption>
        <thead>
          <tr>
            <th scope="col">Ticket</th>
            <th scope="col" className="num">Sold</th>
            <th scope="col" className="num">Held</th>
            <th scope="col" className="num">Left</th>
            <th scope="col">Quantity</th>
          </tr>
        </thead>
        <tbody>
          {stats.tickets.map((ticket) => (
            <tr key={ticket.id}>
              <td data-label="Ticket">
                <span>
                  {ticket.name} {ticket['is-hidden'] && <span className="badge">Hidden</span>}
                </span>
              </td>
              <td data-label="Sold" className="num">{formatNumber(ticket.sold)}</td>
              <td data-label="Held" className="num">{formatNumber(ticket.held)}</td>
              <td data-label="Left" className="num">{formatNumber(ticket.available)}</td>
              <td data-label="Quantity">
                <span className="meter-row">
                  <Meter value={ticket.sold} max={ticket.quantity} label={`${ticket.name}: ${ticket.sold} of ${ticket.quantity} sold`} />
                  <span className="meter-text">{formatNumber(ticket.quantity)}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint table-note">Held: seats in orders not paid yet; they are freed when the order expires.</p>
    </div>
  );
}

function OrdersByStatus({ stats }: { stats: Statistics }) {
  const currency = stats.event.currency;
  const revenue = addAmounts([stats.orders.completed.amount, stats.orders.placed.amount]);
  return (
    <>
      <p className="headline">
        <span className="headline-number">{formatMoney(revenue, currency)}</span> from completed and placed orders
      </p>
      <dl className="stats">
        {(Object.keys(STATUS_WORDS) as (keyof Statistics['orders'])[]).map((status) => (
          <div key={status} className="stat">
            <dt>{STATUS_WORDS[status]}</dt>
            <dd>{formatNumber(stats.orders[status].orders)}</dd>
            <dd className="stat-sub">
              {formatNumber(stats.orders[status].tickets)} {stats.orders[status].tickets === 1 ? 'ticket' : 'tickets'} · {formatMoney(stats.orders[status].amount, currency)}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function CheckIns({ stats, timezone }: { stats: Statistics; timezone: string }) {
  const { attendees, days } = stats['check-in'];
  const checkedIn = stats['check-in']['checked-in'];
  return (
    <>
      <p className="headline">
        <span className="headline-number">
          {formatNumber(checkedIn)} of {formatNumber(attendees)}
        </span>{' '}
        attendees checked in
      </p>
      <Meter value={checkedIn} max={attendees} label={`${checkedIn} of ${attendees} attendees checked in`} />
      {days.length > 1 && (
        <ul className="day-list">
          {days.map((day) => (
            <li key={day.date}>
              <span>{formatDate(`${day.date}T12:00:00Z`, 'UTC')}</span>
              <span className="day-count">{formatNumber(day['checked-in'])} checked in</span>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">Days are calendar days in {timezone.replaceAll('_', ' ')}.</p>
    </>
  );
}

export function OverviewPage() {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  const can = permissions.can;
  const base = `/events/${key}`;
  useEffect(() => {
    document.title = `${event.attributes.name} · Convene`;
  }, [event.attributes.name]);
  const stats = useStatistics(key, can['view-orders']);
  // The list, not /tax: an event without a tax is not an error (and a 404 would be one in the console).
  const tax = useQuery({
    queryKey: ['event', key, 'taxes', 'count'],
    enabled: can['manage-tickets'],
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventKey}/taxes', { params: { path: { eventKey: key }, query: { 'page[size]': '1' } } }))).meta.count > 0,
  });
  const pages = EVENT_PAGES.filter((page) => page.to !== '' && page.allowed(can));
  const links = (
    <section className="panel" aria-labelledby="links-heading">
      <h3 id="links-heading">Links</h3>
      <ul className="link-list">
        <li>
          <a href={`/e/${key}`}>The public event page</a>
        </li>
        {can.export && (
          <li>
            <Link to={`${base}/exports`}>Exports (attendees, orders, schedule)</Link>
          </li>
        )}
        <li>
          <Link to={`/generator?event=${event.id}`}>Build the event website</Link>
        </li>
      </ul>
    </section>
  );

  if (!can['view-orders']) {
    return (
      <div className="stack">
        <h2 className="visually-hidden">Overview</h2>
        <section className="panel" aria-labelledby="role-heading">
          <h3 id="role-heading">Your part in this event</h3>
          <p>{can['check-in'] ? 'You check attendees in and out.' : can['manage-program'] ? 'You look after the sessions of the program.' : 'Your role lets you see this event while it is a draft.'}</p>
          {pages.length > 0 && (
            <ul className="link-list">
              {pages.map((page) => (
                <li key={page.to}>
                  <Link to={`${base}/${page.to}`}>{page.label}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        {links}
      </div>
    );
  }

  const data = stats.data;
  const published = event.attributes.state === 'published';
  return (
    <div className="stack overview">
      <h2 className="visually-hidden">Overview</h2>
      <section className="panel" aria-labelledby="setup-heading">
        <h3 id="setup-heading">Setup</h3>
        <ul className="checklist">
          <Check done={Boolean(event.attributes.description && event.attributes['location-name'])}>
            Details: <Link to={`${base}/edit`}>a description and a place</Link>
          </Check>
          <Check done={(data?.tickets.length ?? 0) > 0}>
            <Link to={`${base}/tickets`}>Tickets</Link>
          </Check>
          <Check done={tax.data === true}>
            <Link to={`${base}/tax`}>Tax</Link>
          </Check>
          <Check done={published}>{published ? 'Published' : <Link to={`${base}/edit`}>Publish the event</Link>}</Check>
        </ul>
      </section>
      {stats.isPending ? (
        <Loading label="Loading the numbers…" />
      ) : stats.error ? (
        <LoadError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <>
          <section className="panel" aria-labelledby="tickets-heading">
            <h3 id="tickets-heading">Tickets sold</h3>
            <TicketSales stats={stats.data} />
          </section>
          <div className="columns-2">
            <section className="panel" aria-labelledby="orders-heading">
              <h3 id="orders-heading">Orders</h3>
              <OrdersByStatus stats={stats.data} />
            </section>
            <section className="panel" aria-labelledby="checkin-heading">
              <h3 id="checkin-heading">Check-in</h3>
              <CheckIns stats={stats.data} timezone={event.attributes.timezone} />
            </section>
          </div>
          <section className="panel" aria-labelledby="sales-heading">
            <h3 id="sales-heading">Sales per day</h3>
            {stats.data.days.length === 0 ? <p>No placed or completed orders yet.</p> : <SalesChart days={stats.data.days} currency={stats.data.event.currency} />}
          </section>
        </>
      )}
      {links}
    </div>
  );
}
