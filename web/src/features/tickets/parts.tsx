// Small pieces the tickets area's pages share: the arrow icon, the notice for roles without access, and turning
// typed text into what the API takes.
import { Notice } from '../../components/Notice';
import { formatDateTime } from '../../lib/format';

export { Arrow } from '../../components/MoveButtons';

export function NoAccess({ what }: { what: string }) {
  return <Notice tone="warn">Your role on this event does not let you manage its {what}.</Notice>;
}

/** A typed whole number as a number; anything else as typed, so the API names the field that is wrong. */
export function integerOf(text: string): number | string {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : text;
}

/** Optional text: null when empty. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** An optional whole number: null when empty. */
export const integerOrNull = (text: string): number | string | null => (text.trim() === '' ? null : integerOf(text));

/** A time window (a sales period, a code's validity) in the event's zone; `open` when it has no bounds. */
export function windowText(from: string | null | undefined, till: string | null | undefined, timeZone: string, open: string): string {
  if (!from && !till) return open;
  if (from && till) return `${formatDateTime(from, timeZone)} to ${formatDateTime(till, timeZone)}`;
  return from ? `From ${formatDateTime(from, timeZone)}` : `Until ${formatDateTime(till, timeZone)}`;
}
