// Server-Sent Events from the API, with the session cookie (EventSource sends it by itself). The browser
// reconnects on its own and sends Last-Event-ID, so the server sends what was missed.
import { useEffect, useRef } from 'react';

export function useEventStream(url: string | null, handlers: Record<string, (data: unknown) => void>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!url) return;
    const source = new EventSource(url, { withCredentials: true });
    const names = Object.keys(latest.current);
    const listeners = names.map((name) => {
      const listener = (event: MessageEvent) => {
        let data: unknown = event.data;
        try {
          data = JSON.parse(event.data as string);
        } catch {
          // not JSON: pass the text
        }
        latest.current[name]?.(data);
      };
      source.addEventListener(name, listener);
      return [name, listener] as const;
    });
    return () => {
      for (const [name, listener] of listeners) source.removeEventListener(name, listener);
      source.close();
    };
    // The handler names are fixed per caller; a new URL opens a new stream.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url]);
}
