// The front door: published public events, the coming ones first, found by text, dates and place.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Pagination } from '../../components/Pagination';
import { OfflineBanner } from '../../components/OfflineBanner';
import { Page } from '../../components/Page';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { formatMoney, formatRange } from '../../lib/format';
import { useSession } from '../../lib/session';
import { PAGE_SIZE, priceRange, soldOut, useFindEvents, type EventCard, type When } from './api';
import './discover.css';

const WHEN: { value: When; label: string }[] = [
  { value: 'upcoming', label: 'Upcoming' },
  { value: 'today', label: 'Today' },
  { value: 'week', label: 'This week' },
  { value: 'month', label: 'This month' },
  { value: 'past', label: 'Past' },
];

function Price({ event }: { event: EventCard }) {
  const range = priceRange(event.tickets);
  if (!range) return null;
  const currency = event.attributes['payment-currency'];
  const text = range.high === 0 ? 'Free' : range.low === range.high ? formatMoney(range.low, currency) : `${range.low === 0 ? 'Free' : formatMoney(range.low, currency)} – ${formatMoney(range.high, currency)}`;
  return <span className="card-price">{text}</span>;
}

export function HomePage() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const search = {
    text: params.get('q') ?? '',
    when: (WHEN.find((w) => w.value === params.get('when'))?.value ?? 'upcoming') as When,
    place: params.get('place') ?? '',
    page: Math.max(1, Number(params.get('page') ?? 1) || 1),
  };
  const [text, setText] = useState(search.text);
  const [place, setPlace] = useState(search.place);
  useEffect(() => setText(search.text), [search.text]);
  useEffect(() => setPlace(search.place), [search.place]);
  const found = useFindEvents(search);

  const apply = (changes: Record<string, string>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) value ? next.set(key, value) : next.delete(key);
      if (!('page' in changes)) next.delete('page');
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({ q: text.trim(), place: place.trim() });
  };

  return (
    <Page
      title="Find events"
      lede={
        user ? (
          <>
            Find an event to go to, or <Link to="/manage-events">manage your events</Link>.
          </>
        ) : (
          <>
            Find an event to go to. Running one? <Link to="/manage-events">Create it here</Link>.
          </>
        )
      }
    >
      <form className="finder" role="search" onSubmit={submit}>
        <div className="finder-field">
          <label htmlFor="find-text">What</label>
          <input id="find-text" type="search" value={text} placeholder="Name, place or organizer" onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="finder-field">
          <label htmlFor="find-place">Where</label>
          <input id="find-place" type="search" value={place} placeholder="City or venue" onChange={(e) => setPlace(e.target.value)} />
        </div>
        <div className="finder-field">
          <label htmlFor="find-when">When</label>
          <select id="find-when" value={search.when} onChange={(e) => apply({ when: e.target.value === 'upcoming' ? '' : e.target.value })}>
            {WHEN.map((w) => (
              <option key={w.value} value={w.value}>
                {w.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>

      <OfflineBanner fetchedAt={found.data ? found.dataUpdatedAt : undefined} failed={Boolean(found.error && found.data)} />
      {found.isPending ? (
        <Loading label="Looking for events…" />
      ) : found.error && !found.data ? (
        <LoadError error={found.error} onRetry={() => void found.refetch()} />
      ) : found.data!.events.length === 0 ? (
        <EmptyState title={search.text || search.place || search.when !== 'upcoming' ? 'No event matches' : 'No upcoming events yet'}>
          {(search.text || search.place) && <p>Try other words, or another time.</p>}
        </EmptyState>
      ) : (
        <>
          <ul className="card-grid" aria-label="Events">
            {found.data!.events.map((event) => (
              <li key={event.id} className="card event-card">
                {event.attributes['original-image-url'] && <img className="card-cover" src={event.attributes['original-image-url']} alt="" loading="lazy" />}
                <h2 className="card-title">
                  <Link to={`/e/${event.attributes.identifier}`}>{event.attributes.name}</Link>
                </h2>
                <p className="card-meta">{formatRange(event.attributes['starts-at'], event.attributes['ends-at'], event.attributes.timezone)}</p>
                {event.attributes['location-name'] && <p className="card-meta">{event.attributes['location-name']}</p>}
                <p className="card-foot">
                  <Price event={event} />
                  {soldOut(event.tickets) && <span className="badge badge-bad">Sold out</span>}
                </p>
              </li>
            ))}
          </ul>
          <Pagination label="Result pages" page={search.page} pageSize={PAGE_SIZE} total={found.data!.total} onPage={(page) => apply({ page: String(page) })} />
        </>
      )}
    </Page>
  );
}
