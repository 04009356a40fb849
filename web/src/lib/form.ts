// A form's typed values and the API's message for each field: what every form keeps while the person types, kept
// as typed when a save fails, with the errors its JSON:API pointers name.
import { useState } from 'react';
import type { ApiError } from './api/client';

export function useFormValues<V extends object>(initial: V | (() => V), error: unknown) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof V>(name: K, value: V[K]) => setValues((current) => ({ ...current, [name]: value }));
  /** The API's message for an attribute or relationship, as its pointer names it. */
  const field = (name: string): string | undefined => (error as ApiError | null | undefined)?.fields?.[name];
  return { values, set, field, error: (error ?? null) as ApiError | null };
}

/** Optional text: null when empty. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());
