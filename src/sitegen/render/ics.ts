// Static iCalendar files for the site: one per session (calendar/<slug>.ics) and the whole schedule
// (schedule.ics). Written at build time so "add to calendar" works without scripts and from file://. Times are
// UTC instants; DTSTAMP is the session's start so that the same input gives the same bytes.
import type { SiteView, ViewSession } from './view.js';
import { htmlToText } from './html.js';
import { icsUtc } from './time.js';

function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 sequence. */
function fold(line: string): string {
  if (line.length <= 75 && Buffer.byteLength(line) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function uidDomain(view: SiteView): string {
  return `event-${view.model.event.id.replace(/[^A-Za-z0-9._-]/g, '_')}.convene`;
}

function vevent(view: SiteView, v: ViewSession): string[] {
  // DTEND must be later than DTSTART (RFC 5545 3.8.2.2): a session without an end, or ending as it starts, gets 30 minutes.
  const end = v.end && v.end.instant > v.start.instant ? v.end : { instant: v.start.instant + 30 * 60_000 };
  const location = [v.room?.room.name, view.model.event.locationName].filter(Boolean).join(', ');
  const description = [v.speakers.map((s) => s.name).join(', '), htmlToText(v.description)].filter(Boolean).join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:session-${v.id.replace(/[^A-Za-z0-9._-]/g, '_')}@${uidDomain(view)}`,
    `DTSTAMP:${icsUtc(v.start.instant)}`,
    `DTSTART:${icsUtc(v.start.instant)}`,
    `DTEND:${icsUtc(end.instant)}`,
    `SUMMARY:${escapeText(v.session.title)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description.slice(0, 2000))}`] : []),
    ...(v.track ? [`CATEGORIES:${escapeText(v.track.track.name)}`] : []),
    'END:VEVENT',
  ];
}

function calendar(view: SiteView, sessions: ViewSession[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Convene//Site generator//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(view.model.event.name)}`, ...sessions.flatMap((v) => vevent(view, v)), 'END:VCALENDAR'];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

export function sessionIcs(view: SiteView, v: ViewSession): string {
  return calendar(view, [v]);
}

export function scheduleIcs(view: SiteView): string {
  return calendar(view, view.sessions);
}
