// Answers to an event's custom attendee form: checked against its questions wherever an attendee's answers are
// written (PATCH of the attendee, create-order's attendees), so what is stored always fits the form as it was then.
import { UnprocessableError } from '../http/errors.js';
import type { CustomFormRow } from './custom-form.repo.js';

export type Answers = Record<string, string | number | boolean>;

export const FIELD_TYPES = ['text', 'email', 'number', 'select', 'checkbox', 'paragraph'] as const;

const LIMITS: Record<string, number> = { text: 1_000, email: 254, select: 200, paragraph: 10_000 };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The answers as they are to be stored: each key a question of the form, each value of the question's type; empty
 * answers are dropped. With `requireAll`, every included required question must be answered (a required checkbox
 * ticked). Throws a 422 on `<base>/<field identifier>`.
 */
export function checkAnswers(fields: CustomFormRow[], given: Record<string, unknown>, base: string, requireAll: boolean): Answers {
  const byIdentifier = new Map(fields.map((field) => [field.fieldIdentifier, field]));
  const answers: Answers = {};
  for (const [key, value] of Object.entries(given)) {
    const pointer = { pointer: `${base}/${escapePointer(key)}` };
    const field = byIdentifier.get(key);
    if (!field) throw new UnprocessableError('custom-form.unknown_field', `"${key}" is not a question of this event's attendee form`, pointer);
    if (value === null || value === '') continue;
    const wrong = (what: string) => new UnprocessableError('custom-form.invalid_answer', `${field.name}: ${what}`, pointer);
    switch (field.type) {
      case 'checkbox':
        if (typeof value !== 'boolean') throw wrong('must be true or false');
        answers[key] = value;
        break;
      case 'number': {
        const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
        if (typeof number !== 'number' || !Number.isFinite(number) || Math.abs(number) > 1e15) throw wrong('must be a number');
        answers[key] = number;
        break;
      }
      default: {
        if (typeof value !== 'string') throw wrong('must be text');
        const text = value.trim();
        if (text === '') continue;
        if (text.length > LIMITS[field.type]) throw wrong(`must be at most ${LIMITS[field.type]} characters`);
        if (field.type === 'email' && !EMAIL.test(text)) throw wrong('must be an e-mail address');
        if (field.type === 'select' && !(field.options ?? []).includes(text)) throw wrong(`must be one of ${(field.options ?? []).join(', ')}`);
        answers[key] = text;
      }
    }
  }
  if (requireAll) {
    for (const field of fields) {
      if (!field.isIncluded || !field.isRequired) continue;
      const answer = answers[field.fieldIdentifier];
      if (answer === undefined || answer === false) {
        throw new UnprocessableError('custom-form.answer_required', `${field.name} is required`, { pointer: `${base}/${escapePointer(field.fieldIdentifier)}` });
      }
    }
  }
  return answers;
}
