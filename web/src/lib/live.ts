// An open list follows its event's live stream (GET /v1/events/{id}/changes): when an order is made or changes
// status, or an attendee is checked in or out anywhere (another registrar, the API, the expiry job), the lists it
// names are fetched again, at most once a second, so the page shows it within a few seconds without a reload.
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useEventStream } from './sse';

export interface Change {
  kind: 'order' | 'attendee';
  /** The order's or attendee's id; null for an order when the caller may not read orders. */
  subject: string | null;
  at: string;
}

/** Re-fetches the queries under `keys` when the event changes; true once the stream is connected. */
export function useLiveRefresh(eventKey: string, keys: QueryKey[], onChange?: (change: Change) => void): boolean {
  const client = useQueryClient();
  const [connected, setConnected] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestKeys = useRef(keys);
  latestKeys.current = keys;
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
  useEventStream(`/v1/events/${encodeURIComponent(eventKey)}/changes`, {
    ready: () => setConnected(true),
    change: (data) => {
      onChange?.(data as Change);
      if (pending.current) return;
      // A burst of changes (a group order, the expiry run) costs one refresh.
      pending.current = setTimeout(() => {
        pending.current = null;
        for (const key of latestKeys.current) void client.invalidateQueries({ queryKey: key });
      }, 400);
    },
    error: () => setConnected(false),
  });
  return connected;
}
