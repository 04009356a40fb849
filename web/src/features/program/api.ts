// The program area's queries and mutations: the session list (a tab per state with every tab's count, the search
// box, sort and page), one session, the bulk state change, the speakers, and the tracks, rooms and session types
// with their order. Every change refreshes what is cached under the event's program.
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, resourceDocument, unwrap, type Resource } from '../../lib/api/client';
import { prefetchIfAllowed, type EventResource } from '../../lib/event';
import { queryClient } from '../../lib/query';
import { listViewOf, type ListView } from '../../lib/url-state';

export type Session = Resource<'SessionResource'>;
export type Speaker = Resource<'SpeakerResource'>;
export type Track = Resource<'TrackResource'>;
export type Room = Resource<'MicrolocationResource'>;
export type SessionType = Resource<'SessionTypeResource'>;

export const TABS = [
  { tab: 'all', label: 'All' },
  { tab: 'draft', label: 'Draft' },
  { tab: 'pending', label: 'Pending' },
  { tab: 'accepted', label: 'Accepted' },
  { tab: 'confirmed', label: 'Confirmed' },
  { tab: 'rejected', label: 'Rejected' },
  { tab: 'withdrawn', label: 'Withdrawn' },
  { tab: 'canceled', label: 'Canceled' },
] as const;
export type SessionTab = (typeof TABS)[number]['tab'];
export type SessionState = Exclude<SessionTab, 'all'>;
export const STATES = TABS.filter((item) => item.tab !== 'all') as { tab: SessionState; label: string }[];
export const stateLabel = (state: string) => TABS.find((item) => item.tab === state)?.label ?? state;

export const PAGE_SIZE = 25;
export const programKey = (eventKey: string) => ['event', eventKey, 'program'] as const;
export const sessionsKey = (eventKey: string) => [...programKey(eventKey), 'sessions'] as const;

export type SessionView = ListView<SessionTab>;

function sessionsQuery(eventKey: string, view: SessionView) {
  return queryOptions({
    queryKey: [...sessionsKey(eventKey), 'list', view],
    queryFn: () =>
      unwrap(
        api.GET('/v1/events/{eventKey}/sessions', {
          params: {
            path: { eventKey },
            query: {
              tab: view.tab,
              ...(view.search ? { search: view.search } : {}),
              include: 'speakers',
              sort: view.sort || 'starts-at,title',
              'page[size]': String(PAGE_SIZE),
              'page[number]': String(view.page),
            },
          },
        }),
      ),
  });
}

export function useSessions(eventKey: string, view: SessionView) {
  return useQuery({ ...sessionsQuery(eventKey, view), placeholderData: keepPreviousData });
}

export function prefetchSessions(eventKey: string, status: string | undefined, params: URLSearchParams): void {
  const tab = TABS.find((item) => item.tab === status)?.tab;
  if (tab) prefetchIfAllowed(eventKey, (can) => can['manage-program'], () => void queryClient.prefetchQuery(sessionsQuery(eventKey, listViewOf(tab, params))));
}

export function useSession(eventKey: string, id: string | undefined) {
  return useQuery({
    queryKey: [...sessionsKey(eventKey), 'one', id],
    enabled: id !== undefined,
    queryFn: async () => (await unwrap(api.GET('/v1/sessions/{id}', { params: { path: { id: id! }, query: { include: 'speakers' } } }))).data,
  });
}

/** What a bulk change targets: the sessions picked on the page, or all that match the tab and search. */
export type BulkTarget = { ids: string[] } | { filter: { tab: SessionTab; search: string } };

export function useBulkState(eventKey: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ state, target }: { state: SessionState; target: BulkTarget }) =>
      (await unwrap(api.POST('/v1/events/{eventKey}/sessions/bulk-state', { params: { path: { eventKey } }, body: { data: { state, ...target } } }))).data,
    onSettled: () => client.invalidateQueries({ queryKey: programKey(eventKey) }),
  });
}

export interface SessionInput {
  attributes: Record<string, unknown>;
  track: string;
  room: string;
  type: string;
  speakers: string[];
}

const link = (type: string, id: string) => ({ data: id ? { type, id } : null });

export function useSaveSession(event: EventResource) {
  const client = useQueryClient();
  const eventKey = event.attributes.identifier!;
  return useMutation({
    mutationFn: async ({ id, input }: { id?: string; input: SessionInput }) => {
      const relationships = {
        track: link('track', input.track),
        microlocation: link('microlocation', input.room),
        'session-type': link('session-type', input.type),
        speakers: { data: input.speakers.map((speaker) => ({ type: 'speaker', id: speaker })) },
      };
      const body = { data: { type: 'session', ...(id ? { id } : {}), attributes: input.attributes, relationships: id ? relationships : { ...relationships, event: { data: { type: 'event', id: event.id } } } } };
      if (id) return (await unwrap(api.PATCH('/v1/sessions/{id}', { params: { path: { id } }, body: body as never }))).data;
      return (await unwrap(api.POST('/v1/sessions', { body: body as never }))).data;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: programKey(eventKey) }),
  });
}

// ---- speakers ----------------------------------------------------------------------------------------------

const speakersKey = (eventKey: string) => [...programKey(eventKey), 'speakers'] as const;

/** The event's speakers whose name or organisation holds `search` (all of them when it is empty), by name. */
export function useSpeakers(eventKey: string, search = '') {
  const text = search.trim();
  const filter = text ? JSON.stringify({ or: ['name', 'organisation'].map((name) => ({ name, op: 'ilike', val: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` })) }) : undefined;
  return useQuery({
    queryKey: [...speakersKey(eventKey), 'list', text],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      (await unwrap(api.GET('/v1/events/{eventKey}/speakers', { params: { path: { eventKey }, query: { 'page[size]': '0', include: 'sessions', sort: 'name', ...(filter ? { filter } : {}) } } }))),
  });
}

export function useSpeaker(id: string | undefined, eventKey: string) {
  return useQuery({
    queryKey: [...speakersKey(eventKey), 'one', id],
    enabled: id !== undefined,
    queryFn: () => unwrap(api.GET('/v1/speakers/{id}', { params: { path: { id: id! }, query: { include: 'sessions' } } })),
  });
}

export function useSaveSpeaker(event: EventResource) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, attributes }: { id?: string; attributes: Record<string, unknown> }) => {
      if (id) return (await unwrap(api.PATCH('/v1/speakers/{id}', { params: { path: { id } }, body: resourceDocument('speaker', attributes, {}, id) as never }))).data;
      return (await unwrap(api.POST('/v1/speakers', { body: resourceDocument('speaker', attributes, { event: { type: 'event', id: event.id } }) as never }))).data;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: programKey(event.attributes.identifier!) }),
  });
}

// ---- tracks, rooms, session types ---------------------------------------------------------------------------

/** The three ordered lists of the program, as their routes name them. */
export const CATALOGS = {
  tracks: { type: 'track', list: '/v1/events/{eventKey}/tracks', one: '/v1/tracks/{id}', create: '/v1/tracks' },
  microlocations: { type: 'microlocation', list: '/v1/events/{eventKey}/microlocations', one: '/v1/microlocations/{id}', create: '/v1/microlocations' },
  'session-types': { type: 'session-type', list: '/v1/events/{eventKey}/session-types', one: '/v1/session-types/{id}', create: '/v1/session-types' },
} as const;
export type CatalogKind = keyof typeof CATALOGS;
export interface CatalogItem {
  id: string;
  attributes: { name: string; position: number } & Record<string, unknown>;
}

const catalogKey = (eventKey: string, kind: CatalogKind) => [...programKey(eventKey), kind] as const;

/** Every track, room or session type of the event, in its order. */
export function useCatalog(eventKey: string, kind: CatalogKind) {
  return useQuery({
    queryKey: catalogKey(eventKey, kind),
    queryFn: async () =>
      (await unwrap(api.GET(CATALOGS[kind].list as (typeof CATALOGS)['tracks']['list'], { params: { path: { eventKey }, query: { 'page[size]': '0' } } }))).data as unknown as CatalogItem[],
  });
}

export function useSaveCatalogItem(event: EventResource, kind: CatalogKind) {
  const client = useQueryClient();
  const { type, one, create } = CATALOGS[kind];
  return useMutation({
    mutationFn: async ({ id, attributes }: { id?: string; attributes: Record<string, unknown> }) => {
      if (id) return unwrap(api.PATCH(one as (typeof CATALOGS)['tracks']['one'], { params: { path: { id } }, body: resourceDocument(type, attributes, {}, id) as never }));
      return unwrap(api.POST(create as (typeof CATALOGS)['tracks']['create'], { body: resourceDocument(type, attributes, { event: { type: 'event', id: event.id } }) as never }));
    },
    onSuccess: () => client.invalidateQueries({ queryKey: programKey(event.attributes.identifier!) }),
  });
}

export function useDeleteCatalogItem(eventKey: string, kind: CatalogKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE(CATALOGS[kind].one as (typeof CATALOGS)['tracks']['one'], { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: programKey(eventKey) }),
  });
}

/** Puts the items in this order: each one whose place changed gets its new position. */
export function useReorderCatalog(eventKey: string, kind: CatalogKind) {
  const client = useQueryClient();
  const key = catalogKey(eventKey, kind);
  const { type, one } = CATALOGS[kind];
  return useMutation({
    mutationFn: async (ordered: CatalogItem[]) => {
      for (const [index, item] of ordered.entries()) {
        if (item.attributes.position === index) continue;
        await unwrap(api.PATCH(one as (typeof CATALOGS)['tracks']['one'], { params: { path: { id: item.id } }, body: resourceDocument(type, { position: index }, {}, item.id) as never }));
      }
      return ordered.map((item, index) => ({ ...item, attributes: { ...item.attributes, position: index } }));
    },
    onSuccess: (ordered) => {
      client.setQueryData(key, ordered);
      void client.invalidateQueries({ queryKey: programKey(eventKey) });
    },
    onError: () => void client.invalidateQueries({ queryKey: key }),
  });
}
