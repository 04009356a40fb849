// Queries and mutations of the scheduler: the working copy, one session's move (optimistic: the grid and its clash
// marks change at once; a refused stale write brings the newer state back), the changes since the latest published
// version, the versions, and publishing.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, resourceDocument, unwrap, type Resource } from '../../lib/api/client';
import type { paths } from '../../lib/api/schema';

export type WorkingCopy = paths['/v1/events/{eventKey}/scheduler']['get']['responses'][200]['content']['application/json'];
export type SchedulerSession = WorkingCopy['sessions'][number];
export type ScheduleChanges = paths['/v1/events/{eventKey}/schedule-changes']['get']['responses'][200]['content']['application/json'];
export type ScheduleVersion = Resource<'ScheduleVersionResource'>;

const path = (eventKey: string) => ({ params: { path: { eventKey } } });
export const workingCopyKey = (eventKey: string) => ['event', eventKey, 'scheduler'];

/** A session as the cache holds it now (newer than the last render while moves are being made). */
export function useLatestSession(eventKey: string) {
  const client = useQueryClient();
  return (id: string) => client.getQueryData<WorkingCopy>(workingCopyKey(eventKey))?.sessions.find((s) => s.id === id);
}

export function useWorkingCopy(eventKey: string) {
  return useQuery({ queryKey: workingCopyKey(eventKey), staleTime: 0, queryFn: () => unwrap(api.GET('/v1/events/{eventKey}/scheduler', path(eventKey))) });
}

export interface Move {
  id: string;
  room: string | null;
  start: string | null;
  end: string | null;
}

/**
 * Moves run one after another (scope), each sending the lock version the cache holds when it runs, so a quick
 * second move of the same session follows the first instead of being refused as stale.
 */
export const moveKey = (eventKey: string) => ['event', eventKey, 'scheduler', 'move'];

export function useMoveSession(eventKey: string, onRefused: (error: ApiError) => void) {
  const client = useQueryClient();
  const key = workingCopyKey(eventKey);
  const patch = (id: string, change: Partial<SchedulerSession>) =>
    client.setQueryData<WorkingCopy>(key, (copy) => copy && { ...copy, sessions: copy.sessions.map((s) => (s.id === id ? { ...s, ...change } : s)) });
  return useMutation({
    mutationKey: moveKey(eventKey),
    scope: { id: `scheduler-${eventKey}` },
    mutationFn: async (move: Move) => {
      const current = client.getQueryData<WorkingCopy>(key)?.sessions.find((s) => s.id === move.id);
      const body = { 'lock-version': current?.['lock-version'] ?? 0, room: move.room, 'starts-at': move.start, 'ends-at': move.end };
      return unwrap(api.PATCH('/v1/events/{eventKey}/scheduler/sessions/{id}', { params: { path: { eventKey, id: move.id } }, body }));
    },
    // At once, not after awaiting the cancel: a second key press right after the first must see the first move.
    // A refetch in flight is dropped without putting back what it started from.
    onMutate: (move) => {
      void client.cancelQueries({ queryKey: key, exact: true }, { revert: false });
      patch(move.id, { room: move.room, 'starts-at': move.start, 'ends-at': move.end });
    },
    onSuccess: (saved) => {
      patch(saved.id, saved);
      void client.invalidateQueries({ queryKey: ['event', eventKey, 'schedule-changes'] });
    },
    onError: (error) => {
      void client.invalidateQueries({ queryKey: key, exact: true });
      if (error instanceof ApiError) onRefused(error);
    },
  });
}

export function useScheduleChanges(eventKey: string) {
  return useQuery({ queryKey: ['event', eventKey, 'schedule-changes'], staleTime: 0, queryFn: () => unwrap(api.GET('/v1/events/{eventKey}/schedule-changes', path(eventKey))) });
}

export function useScheduleVersions(eventKey: string) {
  return useQuery({
    queryKey: ['event', eventKey, 'schedule-versions'],
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventKey}/schedule-versions', { params: { path: { eventKey }, query: { 'page[size]': '0' } } }))).data,
  });
}

export interface Published {
  version: ScheduleVersion;
  meta: { added: number; moved: number; removed: number; 'mails-sent': number; 'mails-failed': number };
}

export function usePublishSchedule(eventKey: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (attributes: { name?: string; comment?: string | null; 'notify-speakers': boolean }): Promise<Published> => {
      const body = resourceDocument('schedule-version', attributes) as never;
      const answer = await unwrap(api.POST('/v1/events/{eventKey}/schedule-versions', { params: { path: { eventKey } }, body }));
      return { version: answer.data, meta: (answer as unknown as { meta: Published['meta'] }).meta };
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['event', eventKey] }),
  });
}
