// The build being watched: its last known state from GET, kept current by the Server-Sent Events stream.
// A reattached stream replays the events from the start (no Last-Event-ID on a new EventSource), so log lines
// that repeat the ones already shown are skipped; EventSource's own reconnects resume after the last id.
import { useCallback, useEffect, useRef, useState } from 'react';
import { FINAL_STATES, getBuild, type LogLine, type SiteBuild } from './api';

function parse(data: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(data);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A waiting build that shows a sign of running (progress, a log line) has started, and has no place any more. */
const started = (b: SiteBuild): SiteBuild => (b.state === 'WAITING' ? { ...b, state: 'STARTED', position: null } : b);

export interface Watch {
  build: SiteBuild | null;
  /** The stream is down and reconnecting (shown as a quiet note). */
  reconnecting: boolean;
  set(build: SiteBuild | null): void;
}

export function useBuild(): Watch {
  const [build, setBuild] = useState<SiteBuild | null>(null);
  const [reconnecting, setReconnecting] = useState(false);

  const id = build?.id ?? null;
  const final = build ? FINAL_STATES.has(build.state) : true;
  const eventsUrl = build?.events_url ?? null;

  useEffect(() => {
    if (!id || final || !eventsUrl || !build) return;
    const source = new EventSource(build.events_url, { withCredentials: true });
    const known = build.log.slice();
    let seen = 0; // log events received from this stream

    const update = (change: (current: SiteBuild) => SiteBuild) => setBuild((current) => (current && current.id === id ? change(current) : current));

    source.addEventListener('open', () => setReconnecting(false));
    source.addEventListener('waiting', (event) => {
      const data = parse((event as MessageEvent<string>).data);
      update((b) => ({ ...b, state: 'WAITING', position: typeof data.position === 'number' ? data.position : b.position }));
    });
    source.addEventListener('progress', (event) => {
      const data = parse((event as MessageEvent<string>).data);
      update((b) => ({
        ...started(b),
        progress: {
          percent: typeof data.percent === 'number' ? Math.max(0, Math.min(100, data.percent)) : b.progress.percent,
          step: text(data.step) ?? b.progress.step,
        },
      }));
    });
    source.addEventListener('log', (event) => {
      const data = parse((event as MessageEvent<string>).data);
      const line: LogLine = {
        level: data.level === 'warning' || data.level === 'error' ? data.level : 'info',
        message: text(data.message) ?? '',
      };
      seen += 1;
      const replay = known[seen - 1];
      if (replay && replay.level === line.level && replay.message === line.message) return;
      // Only a running build writes its log: a line that comes before the state change means it has started.
      update((b) => ({ ...started(b), log: [...b.log, line] }));
    });
    source.addEventListener('state', (event) => {
      const data = parse((event as MessageEvent<string>).data);
      const state = text(data.state);
      if (state === 'WAITING' || state === 'STARTED' || state === 'SUCCESS' || state === 'FAILURE' || state === 'CANCELLED') {
        update((b) => ({ ...b, state, position: state === 'WAITING' ? b.position : null }));
        if (FINAL_STATES.has(state)) {
          // The final event carries the links or the error; fetch the whole build to be sure to have them.
          void getBuild(id).then((fresh) => update(() => fresh)).catch(() => undefined);
        }
      }
    });
    source.addEventListener('ready', (event) => {
      const data = parse((event as MessageEvent<string>).data);
      source.close();
      update((b) => ({
        ...b,
        state: 'SUCCESS',
        position: null,
        progress: { percent: 100, step: b.progress.step },
        preview_url: text(data.preview_url) ?? b.preview_url,
        download_url: text(data.download_url) ?? b.download_url,
      }));
      void getBuild(id).then((fresh) => update(() => fresh)).catch(() => undefined);
    });
    source.addEventListener('failed', (event) => {
      const data = parse((event as MessageEvent<string>).data);
      source.close();
      update((b) => ({
        ...b,
        state: 'FAILURE',
        position: null,
        error: { code: text(data.code) ?? b.error?.code ?? 'failed', detail: text(data.message) ?? b.error?.detail ?? 'The build failed.' },
      }));
    });
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) {
        // The server refused the stream (or it ended for good): read the build instead.
        void getBuild(id).then((fresh) => update(() => fresh)).catch(() => undefined);
      } else {
        setReconnecting(true);
      }
    });
    return () => {
      source.close();
      setReconnecting(false);
    };
    // Reopen only for another build, or when it leaves the final states (never); not on every update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, final, eventsUrl]);

  const set = useCallback((next: SiteBuild | null) => setBuild(next), []);
  return { build, reconnecting, set };
}
