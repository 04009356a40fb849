import type { LoaderFunctionArgs } from 'react-router';
import { prefetchSessions } from './api';

export { SessionsPage } from './SessionsPage';
export { SessionFormPage } from './SessionFormPage';
export { SpeakersPage, SpeakerFormPage } from './SpeakersPage';
export { TracksPage, RoomsPage, SessionTypesPage } from './CatalogPages';

/** The session list starts loading with the page's code, not after the event frame has rendered. */
export function sessionsLoader({ params, request }: LoaderFunctionArgs): null {
  if (params.eventKey) prefetchSessions(params.eventKey, params.status, new URL(request.url).searchParams);
  return null;
}
