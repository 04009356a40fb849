// An event at a glance: what is still to set up, and where to go next.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../lib/api/client';
import { useEventContext } from './api';

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

export function OverviewPage() {
  const { event, permissions } = useEventContext();
  const key = event.attributes.identifier!;
  useEffect(() => {
    document.title = `${event.attributes.name} · Convene`;
  }, [event.attributes.name]);
  const tickets = useQuery({
    queryKey: ['event', key, 'tickets', 'count'],
    queryFn: () => unwrap(api.GET('/v1/events/{eventKey}/tickets', { params: { path: { eventKey: key }, query: { 'page[size]': '1' } } })),
  });
  // The list, not /tax: an event without a tax is not an error (and a 404 would be one in the console).
  const tax = useQuery({
    queryKey: ['event', key, 'taxes', 'count'],
    enabled: permissions.can['manage-tickets'],
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventKey}/taxes', { params: { path: { eventKey: key }, query: { 'page[size]': '1' } } }))).meta.count > 0,
  });
  const can = permissions.can;
  return (
    <div className="stack">
      <h2 className="visually-hidden">Overview</h2>
      {can['edit-event'] && (
        <section className="panel" aria-labelledby="setup-heading">
          <h3 id="setup-heading">Setup</h3>
          <ul className="checklist">
            <Check done={Boolean(event.attributes.description && event.attributes['location-name'])}>
              Details: <Link to="edit">a description and a place</Link>
            </Check>
            <Check done={(tickets.data?.meta.count ?? 0) > 0}>Tickets</Check>
            <Check done={tax.data === true}>Tax</Check>
            <Check done={event.attributes.state === 'published'}>
              {event.attributes.state === 'published' ? 'Published' : <Link to="edit">Publish the event</Link>}
            </Check>
          </ul>
        </section>
      )}
      <section className="panel" aria-labelledby="links-heading">
        <h3 id="links-heading">Links</h3>
        <ul className="link-list">
          <li>
            <a href={`/e/${key}`}>The public event page</a>
          </li>
          <li>
            <Link to={`/generator?event=${event.id}`}>Build the event website</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
