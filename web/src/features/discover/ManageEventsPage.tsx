// "Manage events" (the Android app's link to the organizer app): to the dashboard for a person who holds a role
// on an event; for anyone else, what running an event here takes, and the way to start one.
import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { ButtonLink } from '../../components/Button';
import { Page } from '../../components/Page';
import { LoadError, Loading } from '../../components/States';
import { api, unwrap } from '../../lib/api/client';
import { useSession } from '../../lib/session';

export function ManageEventsPage() {
  const { user, loading } = useSession();
  const roles = useQuery({
    queryKey: ['my-events', user?.id, 'any'],
    enabled: Boolean(user),
    queryFn: async () => (await unwrap(api.GET('/v1/users/{userId}/events', { params: { path: { userId: user!.id }, query: { 'page[size]': '1' } } }))).meta.count,
  });
  if (loading || (user && roles.isPending)) return <Loading />;
  if (roles.error) return <LoadError error={roles.error} onRetry={() => void roles.refetch()} />;
  if (user && (roles.data ?? 0) > 0) return <Navigate to="/events" replace />;
  const start = user ? '/events/new' : '/signup?next=/events/new';
  return (
    <Page title="Run your own event" lede="Convene sells the tickets, checks people in and publishes the schedule of your event." width="narrow">
      <ol className="steps">
        <li>
          <strong>Create the event</strong>: its name, dates in its own time zone, the place and the currency. It stays a draft only your team sees.
        </li>
        <li>
          <strong>Add tickets</strong> (free, paid or pay what you want), a tax if you charge one, and the ways people may pay you.
        </li>
        <li>
          <strong>Publish it</strong>: it shows under Find events, and people can order. Invite your team to check attendees in at the door.
        </li>
      </ol>
      <ButtonLink to={start}>{user ? 'Create an event' : 'Sign up and create an event'}</ButtonLink>
    </Page>
  );
}
