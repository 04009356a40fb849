// While offline, a small note that what the page shows was saved on this device, and when it was fetched.
import { formatDateTime } from '../lib/format';
import { useOnline } from '../lib/network';

export function OfflineBanner({ fetchedAt, failed }: { fetchedAt?: number; failed?: boolean }) {
  const online = useOnline();
  if (online && !failed) return null;
  return (
    <p className="offline-banner" role="status">
      <span className="offline-dot" aria-hidden="true" />
      {failed && navigator.onLine ? 'The server could not be reached.' : 'You are offline.'}{' '}
      {fetchedAt ? `This may be out of date: it was fetched ${formatDateTime(new Date(fetchedAt).toISOString())}.` : ''}
    </p>
  );
}
