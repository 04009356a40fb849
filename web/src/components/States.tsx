// What a view shows while it loads, when there is nothing, and when loading failed.
import type { ReactNode } from 'react';
import { Button } from './Button';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children}
    </div>
  );
}

/**
 * The "No internet connection" card (the Android app's): shown when a view needs the network and has nothing to
 * show; Retry asks again at once.
 */
export function NoInternetCard({ onRetry, retrying }: { onRetry: () => void; retrying?: boolean }) {
  return (
    <div className="no-internet" role="alert">
      <p className="empty-title">No internet connection</p>
      <p>This page needs the network and there is nothing saved for it on this device yet.</p>
      <Button onClick={onRetry} busy={retrying}>
        {retrying ? 'Trying…' : 'Retry'}
      </Button>
    </div>
  );
}

export function LoadError({ error, onRetry }: { error: Error & { isNetwork?: boolean }; onRetry: () => void }) {
  if (error.isNetwork) return <NoInternetCard onRetry={onRetry} />;
  return (
    <div className="notice notice-bad" role="alert">
      <p>{error.message}</p>
      <Button variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
