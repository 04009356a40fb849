// Exports started from the dashboard: the event's formats and the caller's recent exports (GET
// /v1/events/{id}/exports), starting one with options (the list's tab and search), and watching one run through its
// task's Server-Sent Events until its file is ready. Shared by the lists' "Export as" menu and the exports page.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from './api/client';

type ExportsAnswer = NonNullable<Awaited<ReturnType<typeof fetchExports>>>;
export type ExportFormat = ExportsAnswer['formats'][number];
export type ExportTask = ExportsAnswer['tasks'][number];
export type TaskState = ExportTask['state'];

/** The route of each format, as the API declares it (the typed client needs the literal path). */
export const START_PATHS = {
  'attendees.csv': '/v1/events/{eventKey}/export/attendees/csv',
  'orders.csv': '/v1/events/{eventKey}/export/orders/csv',
  'sessions.csv': '/v1/events/{eventKey}/export/sessions/csv',
  'speakers.csv': '/v1/events/{eventKey}/export/speakers/csv',
  'schedule.xml': '/v1/events/{eventKey}/export/pentabarf',
  'schedule.ics': '/v1/events/{eventKey}/export/ical',
  'schedule.xcal': '/v1/events/{eventKey}/export/xcal',
  'event.zip': '/v1/events/{eventKey}/export/json',
} as const;
export type FormatId = keyof typeof START_PATHS;

export const FINAL: ReadonlySet<TaskState> = new Set(['SUCCESS', 'FAILURE', 'CANCELLED']);

async function fetchExports(eventKey: string) {
  return unwrap(api.GET('/v1/events/{eventKey}/exports', { params: { path: { eventKey } } }));
}

export const exportsKey = (eventKey: string) => ['event', eventKey, 'exports'] as const;

/** The formats and the caller's recent exports; polled while one of them is still running. */
export function useExports(eventKey: string, enabled = true) {
  return useQuery({
    queryKey: exportsKey(eventKey),
    enabled,
    queryFn: () => fetchExports(eventKey),
    refetchInterval: (query) => (query.state.data?.tasks.some((task) => !FINAL.has(task.state)) ? 2_000 : false),
  });
}

export function useStartExport(eventKey: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ format, options }: { format: FormatId; options: Record<string, string> }) => {
      const path = START_PATHS[format] as (typeof START_PATHS)['attendees.csv'];
      const started = await unwrap(api.POST(path, { params: { path: { eventKey } }, body: options as never }));
      return started.task_url.split('/').pop()!;
    },
    onSettled: () => client.invalidateQueries({ queryKey: exportsKey(eventKey) }),
  });
}

/** Whether a task was started with exactly these options (empty ones left out, as the lists send them). */
export function sameOptions(task: ExportTask, options: Record<string, string>): boolean {
  const wanted = Object.entries(options).filter(([, value]) => value !== '');
  const had = Object.entries(task.options).filter(([, value]) => value !== '');
  return wanted.length === had.length && wanted.every(([key, value]) => task.options[key] === value);
}

export interface Progress {
  state: TaskState;
  percent: number;
  step: string | null;
}

const parse = (data: unknown): Record<string, unknown> => (data && typeof data === 'object' ? (data as Record<string, unknown>) : {});

/**
 * The live state of one task from its Server-Sent Events (state and progress), starting from what the exports list
 * said; when it ends, the list is fetched again for its download link.
 */
export function useTaskProgress(eventKey: string, task: ExportTask | undefined): Progress | undefined {
  const client = useQueryClient();
  const [live, setLive] = useState<Progress & { id: string }>();
  const id = task?.id;
  const running = task ? !FINAL.has(task.state) : false;
  useEffect(() => {
    if (!id || !running || !task) return;
    const source = new EventSource(task['events-url'], { withCredentials: true });
    const update = (change: Partial<Progress>) => setLive((current) => ({ ...(current?.id === id ? current : { state: task.state, percent: task.progress.percent, step: task.progress.step }), ...change, id }));
    source.addEventListener('progress', (event) => {
      const data = parse(JSON.parse((event as MessageEvent<string>).data));
      update({ state: 'STARTED', percent: typeof data.percent === 'number' ? data.percent : 0, step: typeof data.step === 'string' ? data.step : null });
    });
    source.addEventListener('state', (event) => {
      const data = parse(JSON.parse((event as MessageEvent<string>).data));
      const state = data.state as TaskState;
      update({ state, ...(state === 'SUCCESS' ? { percent: 100 } : {}) });
      if (FINAL.has(state)) {
        source.close();
        void client.invalidateQueries({ queryKey: exportsKey(eventKey) });
      }
    });
    return () => source.close();
    // One stream per running task; the task object changes on every poll of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, running, eventKey]);
  if (!task) return undefined;
  if (live?.id === task.id && !FINAL.has(task.state)) return live;
  return { state: task.state, percent: task.state === 'SUCCESS' ? 100 : task.progress.percent, step: task.progress.step };
}
