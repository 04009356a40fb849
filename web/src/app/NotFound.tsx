import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Page } from '../components/Page';

export function NotFound() {
  return (
    <Page title="Page not found" lede="There is nothing at this address.">
      <p>
        Go to the <Link to="/">list of events</Link>, or to <Link to="/events">your events</Link>.
      </p>
    </Page>
  );
}

/** What a page that crashed or failed to load its code shows instead of a blank screen. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  return (
    <main id="main" className="layout">
      <Page title="Something went wrong" lede="This page could not be shown.">
        <p className="notice notice-bad">{message}</p>
        <p>
          <a href={window.location.href}>Reload the page</a> or go to the <Link to="/">start page</Link>.
        </p>
      </Page>
    </main>
  );
}
