// Queries and mutations of the event's FAQs (with their types) and its custom attendee form. Lists are kept in the
// order the public page shows; a move PATCHes the position of each item whose place changed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, resourceDocument, unwrap, type Resource } from '../../lib/api/client';
import type { EventResource } from '../../lib/event';

export type Faq = Resource<'FaqResource'>;
export type FaqType = Resource<'FaqTypeResource'>;
export type { Question } from '../../lib/attendee-form';

const all = { 'page[size]': '0' };

export function useFaqs(eventKey: string) {
  return useQuery({
    queryKey: ['event', eventKey, 'faqs'],
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventKey}/faqs', { params: { path: { eventKey }, query: all } }))).data,
  });
}

export function useFaqTypes(eventKey: string) {
  return useQuery({
    queryKey: ['event', eventKey, 'faq-types'],
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventKey}/faq-types', { params: { path: { eventKey }, query: all } }))).data,
  });
}

export { useAttendeeQuestions as useQuestions } from '../../lib/attendee-form';

function useRefresh(eventKey: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['event', eventKey] });
}

export interface FaqInput {
  id?: string;
  question: string;
  answer: string;
  position: number;
  /** The type's name: an existing type of that name, a new one, or none when empty. */
  typeName: string;
}

export function useSaveFaq(event: EventResource, types: FaqType[]) {
  const refresh = useRefresh(event.attributes.identifier!);
  return useMutation({
    mutationFn: async ({ id, question, answer, position, typeName }: FaqInput) => {
      const name = typeName.trim();
      let typeId = name ? types.find((type) => type.attributes.name.toLowerCase() === name.toLowerCase())?.id : undefined;
      if (name && !typeId) {
        const body = resourceDocument('faq-type', { name }, { event: { type: 'event', id: event.id } });
        typeId = (await unwrap(api.POST('/v1/faq-types', { body: body as never }))).data.id;
      }
      const links = { 'faq-type': typeId ? { type: 'faq-type', id: typeId } : null };
      const attributes = { question, answer, ...(id ? {} : { position }) };
      if (id) return (await unwrap(api.PATCH('/v1/faqs/{id}', { params: { path: { id } }, body: resourceDocument('faq', attributes, links, id) as never }))).data;
      const body = resourceDocument('faq', attributes, { ...links, event: { type: 'event', id: event.id } });
      return (await unwrap(api.POST('/v1/faqs', { body: body as never }))).data;
    },
    onSuccess: refresh,
  });
}

export function useDeleteFaq(eventKey: string) {
  const refresh = useRefresh(eventKey);
  return useMutation({ mutationFn: (id: string) => unwrap(api.DELETE('/v1/faqs/{id}', { params: { path: { id } } })), onSuccess: refresh });
}

export function useSaveQuestion(event: EventResource) {
  const refresh = useRefresh(event.attributes.identifier!);
  return useMutation({
    mutationFn: async ({ id, attributes }: { id?: string; attributes: Record<string, unknown> }) => {
      if (id) return (await unwrap(api.PATCH('/v1/custom-forms/{id}', { params: { path: { id } }, body: resourceDocument('custom-form', attributes, {}, id) as never }))).data;
      const body = resourceDocument('custom-form', { form: 'attendee', ...attributes }, { event: { type: 'event', id: event.id } });
      return (await unwrap(api.POST('/v1/custom-forms', { body: body as never }))).data;
    },
    onSuccess: refresh,
  });
}

export function useDeleteQuestion(eventKey: string) {
  const refresh = useRefresh(eventKey);
  return useMutation({ mutationFn: (id: string) => unwrap(api.DELETE('/v1/custom-forms/{id}', { params: { path: { id } } })), onSuccess: refresh });
}

/** Puts a list (FAQs or questions) in this order: each item whose place changed gets its new position. */
export function useReorder<T extends { id: string; attributes: { position: number } }>(eventKey: string, kind: 'faqs' | 'custom-forms') {
  const client = useQueryClient();
  const key = ['event', eventKey, kind];
  return useMutation({
    mutationFn: async (ordered: T[]) => {
      for (const [index, item] of ordered.entries()) {
        if (item.attributes.position === index) continue;
        const params = { params: { path: { id: item.id } } };
        if (kind === 'faqs') await unwrap(api.PATCH('/v1/faqs/{id}', { ...params, body: resourceDocument('faq', { position: index }, {}, item.id) as never }));
        else await unwrap(api.PATCH('/v1/custom-forms/{id}', { ...params, body: resourceDocument('custom-form', { position: index }, {}, item.id) as never }));
      }
      return ordered.map((item, index) => ({ ...item, attributes: { ...item.attributes, position: index } }));
    },
    onSuccess: (ordered) => {
      client.setQueryData(key, ordered);
      void client.invalidateQueries({ queryKey: key });
    },
    onError: () => void client.invalidateQueries({ queryKey: key }),
  });
}
