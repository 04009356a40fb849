import type { LoaderFunctionArgs } from 'react-router';
import { prefetchAttendees } from './api';

export { AttendeesPage } from './AttendeesPage';

/** The list starts loading with the page's code, not after the event frame has rendered. */
export function attendeesLoader({ params, request }: LoaderFunctionArgs): null {
  if (params.eventKey) prefetchAttendees(params.eventKey, params.status, new URL(request.url).searchParams);
  return null;
}
