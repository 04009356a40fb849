// Small pieces the program area's pages share: the notice for roles without access and the text helpers of its forms.
import { Notice } from '../../components/Notice';

export function NoProgramAccess({ what }: { what: string }) {
  return <Notice tone="warn">Your role on this event does not let you manage its {what}.</Notice>;
}

export { orNull } from '../../lib/form';

/** "01:30" → minutes; undefined for anything else. */
export function minutesOf(length: string | null | undefined): number | undefined {
  const match = /^(\d{1,3}):([0-5]\d)$/.exec(length ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** A length of "HH:MM" in words: "45 min", "1 h 30 min". */
export function lengthText(length: string | null | undefined): string {
  const minutes = minutesOf(length);
  if (minutes === undefined) return length ?? '';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours ? `${hours} h` : '', rest || !hours ? `${rest} min` : ''].filter(Boolean).join(' ');
}
