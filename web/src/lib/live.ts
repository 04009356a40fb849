// An open page follows its event's live stream (GET /v1/events/{id}/changes): when an order is made or changes
// status, an attendee is checked in or out, or a session is changed or moved, anywhere (another organizer, the
// API, the expiry job), the queries it names are fetched again, at most once a second, so the page shows it within
// a few seconds without a reload.
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useEventStream } from './sse';

export interface Change {
  kind: 'order' | 'attendee' | 'session';
  /** The order's or attendee's id; null for an order when the caller may not read orders. */
  subject: string | null;
  at: string;
}

export interface LiveOptions {
  /** The kinds of change the page cares about (default: orders and attendees). */
  kinds?: Change['kind'][];
  onChange?: (change: Change) => void;
  /** While true, a refresh waits (the page's own writes are on their way and the cache already shows them). */
  holdWhile?: () => boolean;
}

/** Re-fetches the queries under `keys` when the event changes; true once the stream is connected. */
export function useLiveRefresh(eventKey: string, keys: QueryKey[], options: LiveOptions = {}): boolean {
  const { kinds = ['order', 'attendee'], onChange, holdWhile } = options;
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
      const change = data as Change;
      if (!kinds.includes(change.kind)) return;
      onChange?.(change);
      if (pending.current) return;
      // A burst of changes (a group order, the expiry run) costs one refresh.
      const refresh = () => {
        if (holdWhile?.()) {
          pending.current = setTimeout(refresh, 400);
          return;
        }
        pending.current = null;
        for (const key of latestKeys.current) void client.invalidateQueries({ queryKey: key });
      };
      pending.current = setTimeout(refresh, 400);
    },
    error: () => setConnected(false),
  });
  return connected;
}
