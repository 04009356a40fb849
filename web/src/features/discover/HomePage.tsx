// The front door: upcoming public events, soonest first.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { api, unwrap } from '../../lib/api/client';
import { formatRange } from '../../lib/format';
import { useSession } from '../../lib/session';

function useUpcoming() {
  return useQuery({
    queryKey: ['upcoming-events'],
    queryFn: () =>
      unwrap(
        api.GET('/v1/events', {
          params: {
            query: {
              sort: 'starts-at',
              'page[size]': '24',
              filter: JSON.stringify([
                { name: 'ends-at', op: 'ge', val: new Date().toISOString() },
                { name: 'state', op: 'eq', val: 'published' },
                { name: 'privacy', op: 'eq', val: 'public' },
              ]),
            },
          },
        }),
      ),
  });
}

export function HomePage() {
  const { user } = useSession();
  const events = useUpcoming();
  return (
    <Page
      title="Upcoming events"
      lede={
        user ? (
          <>
            Find an event to go to, or <Link to="/events">manage your events</Link>.
          </>
        ) : (
          <>
            Find an event to go to. Running one? <Link to="/signup?next=/events/new">Sign up</Link> and create it.
          </>
        )
      }
    >
      {events.isPending ? (
        <Loading label="Loading events…" />
      ) : events.error ? (
        <LoadError error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.data.length === 0 ? (
        <EmptyState title="No upcoming events yet" />
      ) : (
        <ul className="card-grid">
          {events.data.data.map((event) => (
            <li key={event.id} className="card">
              <h2 className="card-title">{event.attributes.name}</h2>
              <p className="card-meta">{formatRange(event.attributes['starts-at'], event.attributes['ends-at'], event.attributes.timezone)}</p>
              {event.attributes['location-name'] && <p className="card-meta">{event.attributes['location-name']}</p>}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
