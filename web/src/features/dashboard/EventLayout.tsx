// The frame of an event's dashboard pages: its name, dates and state, and the pages the caller's role opens.
import { NavLink, Outlet, useParams } from 'react-router';
import { LoadError, Loading } from '../../components/States';
import { formatRange } from '../../lib/format';
import { useRequireLogin } from '../../lib/session';
import { EVENT_PAGE_GROUPS, EVENT_PAGES } from '../../lib/event';
import { useEvent, usePermissions } from './api';

export function EventLayout() {
  useRequireLogin();
  const { eventKey = '' } = useParams();
  const event = useEvent(eventKey);
  const permissions = usePermissions(eventKey);
  if (event.isPending || permissions.isPending) return <Loading label="Loading the event…" />;
  if (event.error) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  if (permissions.error) return <LoadError error={permissions.error} onRetry={() => void permissions.refetch()} />;
  const { attributes } = event.data;
  const can = permissions.data.can;
  const base = `/events/${attributes.identifier}`;
  return (
    <div className="event-shell">
      <header className="event-head">
        <p className="event-kicker">
          <NavLink to="/events">Your events</NavLink>
        </p>
        <h1 className="event-title">{attributes.name}</h1>
        <p className="event-sub">
          {formatRange(attributes['starts-at'], attributes['ends-at'], attributes.timezone)} · {attributes.timezone.replaceAll('_', ' ')}{' '}
          <span className={`badge badge-${attributes.state}`}>{attributes.state === 'published' ? 'Published' : 'Draft'}</span>
        </p>
      </header>
      {/* Grouped: a column beside the page on wide screens, a strip that scrolls sideways on phones. */}
      <nav className="event-nav" aria-label="Event pages">
        {EVENT_PAGE_GROUPS.map((group) => {
          const items = EVENT_PAGES.filter((item) => item.group === group && item.allowed(can));
          if (items.length === 0) return null;
          const id = `event-nav-${group.replace(/\W+/g, '-').toLowerCase()}`;
          return (
            <div className="event-nav-group" key={group}>
              <p className="event-nav-heading" id={id}>
                {group}
              </p>
              <ul aria-labelledby={id}>
                {items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to ? `${base}/${item.to}` : base} end={item.to === ''}>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </nav>
      <div className="event-page">
        <Outlet context={{ event: event.data, permissions: permissions.data }} />
      </div>
    </div>
  );
}
