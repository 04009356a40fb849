// /events: the caller's events on three tabs (live, draft, past) with their counts.
import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/Button';
import { Pagination } from '../../components/Pagination';
import { Page } from '../../components/Page';
import { EmptyState, LoadError, Loading } from '../../components/States';
import { Tabs } from '../../components/Tabs';
import { formatRange } from '../../lib/format';
import { useRequireLogin } from '../../lib/session';
import { useMyEvents, type EventTab } from './api';

const TABS: { tab: EventTab; label: string; empty: string }[] = [
  { tab: 'live', label: 'Live', empty: 'No published event is coming up.' },
  { tab: 'draft', label: 'Draft', empty: 'No drafts.' },
  { tab: 'past', label: 'Past', empty: 'No past events.' },
];

export function EventsPage() {
  const user = useRequireLogin();
  const [params, setParams] = useSearchParams();
  const tab = (TABS.find((t) => t.tab === params.get('tab'))?.tab ?? 'live') as EventTab;
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const counts = { live: useMyEvents(user?.id, 'live', 1, 1), draft: useMyEvents(user?.id, 'draft', 1, 1), past: useMyEvents(user?.id, 'past', 1, 1) };
  const list = useMyEvents(user?.id, tab, page);
  const empty = TABS.find((t) => t.tab === tab)!.empty;
  return (
    <Page title="Your events" actions={<ButtonLink to="/events/new">Create an event</ButtonLink>}>
      <Tabs
        label="Events by state"
        items={TABS.map((t) => ({ to: t.tab === 'live' ? '/events' : `/events?tab=${t.tab}`, label: t.label, count: counts[t.tab].data?.meta.count }))}
      />
      {!user || list.isPending ? (
        <Loading label="Loading your events…" />
      ) : list.error ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.data.length === 0 ? (
        <EmptyState title={empty}>
          <p>
            <Link to="/events/new">Create an event</Link> to sell tickets and publish a schedule.
          </p>
        </EmptyState>
      ) : (
        <>
          <ul className="event-rows">
            {list.data.data.map((event) => (
              <li key={event.id} className="event-row">
                <Link to={`/events/${event.attributes.identifier}`} className="event-row-name">
                  {event.attributes.name}
                </Link>
                <span className="event-row-meta">
                  {formatRange(event.attributes['starts-at'], event.attributes['ends-at'], event.attributes.timezone)}
                  {event.attributes['location-name'] ? ` · ${event.attributes['location-name']}` : ''}
                </span>
                <span className={`badge badge-${event.attributes.state}`}>{event.attributes.state === 'published' ? 'Published' : 'Draft'}</span>
              </li>
            ))}
          </ul>
          <Pagination
            label="Event pages"
            page={page}
            pageSize={20}
            total={list.data.meta.count}
            onPage={(next) => setParams((current) => (current.set('page', String(next)), current))}
          />
        </>
      )}
    </Page>
  );
}
