// The event's custom attendee form (its questions in order), read by the attendee-form page that edits it and by
// the pages that show attendees' answers (the attendee list, an order's seats).
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Resource } from './api/client';

export type Question = Resource<'CustomFormResource'>;

export function useAttendeeQuestions(eventKey: string, enabled = true) {
  return useQuery({
    queryKey: ['event', eventKey, 'custom-forms'],
    enabled,
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventKey}/custom-forms', { params: { path: { eventKey }, query: { 'page[size]': '0' } } }))).data,
  });
}

/** An attendee's answers as "question: answer" pairs in the form's order (a checkbox as Yes or No). */
export function answerPairs(questions: Question[] | undefined, answers: Record<string, unknown> | null | undefined): [string, string][] {
  if (!questions || !answers) return [];
  return questions
    .filter((question) => answers[question.attributes['field-identifier']] !== undefined && answers[question.attributes['field-identifier']] !== null)
    .map((question) => {
      const value = answers[question.attributes['field-identifier']];
      return [question.attributes.name, typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value)];
    });
}
