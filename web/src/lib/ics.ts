// iCalendar files made on the device (RFC 5545): CRLF line ends, lines folded at 75 octets without splitting a
// character, text escaped, times in UTC. For "add to calendar" of a ticket and of bookmarked sessions.
export interface CalendarItem {
  uid: string;
  start: string;
  end: string;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string;
}

const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const stamp = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function calendar(name: string, items: CalendarItem[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Convene//Attendee app//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escape(name)}`];
  const now = stamp(new Date().toISOString());
  for (const item of items) {
    lines.push('BEGIN:VEVENT', `UID:${item.uid}`, `DTSTAMP:${now}`, `DTSTART:${stamp(item.start)}`, `DTEND:${stamp(item.end)}`, `SUMMARY:${escape(item.summary)}`);
    if (item.location) lines.push(`LOCATION:${escape(item.location)}`);
    if (item.description) lines.push(`DESCRIPTION:${escape(item.description)}`);
    if (item.url) lines.push(`URL:${item.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** Offers the calendar as a download named `file`. */
export function downloadCalendar(file: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
