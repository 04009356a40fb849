// Check-in state per day of the event, from the attendee's stored lists of check-in and check-out times (in the
// event's time zone): a one-day event has one state; on a multi-day event each day has its own, and a check-in
// today counts for today even when the attendee came yesterday and was never checked out.
import { dayIn } from '../../lib/format';

export interface DayState {
  day: string;
  /** The last check-in and check-out on that day, and the device of that check-in. */
  lastIn?: string;
  lastOut?: string;
  device?: string;
  in: boolean;
}

const list = (text: string | null | undefined) => (text ? text.split(',').filter(Boolean) : []);

/** The calendar days (YYYY-MM-DD) the event covers in its zone. */
export function eventDays(startsAt: string, endsAt: string, timeZone: string): string[] {
  const days: string[] = [];
  const last = dayIn(endsAt, timeZone);
  // Noon steps stay on the right calendar day across daylight-saving changes.
  for (let at = Date.parse(`${dayIn(startsAt, timeZone)}T12:00:00Z`); days.length < 60; at += 86_400_000) {
    const day = new Date(at).toISOString().slice(0, 10);
    days.push(day);
    if (day >= last) break;
  }
  return days;
}

export function dayStates(attendee: { 'checkin-times': string | null; 'checkout-times': string | null; 'device-name-checkin': string | null }, days: string[], timeZone: string): DayState[] {
  const ins = list(attendee['checkin-times']);
  const devices = list(attendee['device-name-checkin']);
  const outs = list(attendee['checkout-times']);
  return days.map((day) => {
    const state: DayState = { day, in: false };
    ins.forEach((time, index) => {
      if (dayIn(time, timeZone) === day && (!state.lastIn || time > state.lastIn)) {
        state.lastIn = time;
        state.device = devices[index] && devices[index] !== '-' ? devices[index] : undefined;
      }
    });
    for (const time of outs) if (dayIn(time, timeZone) === day && (!state.lastOut || time > state.lastOut)) state.lastOut = time;
    state.in = Boolean(state.lastIn && (!state.lastOut || state.lastOut < state.lastIn));
    return state;
  });
}
