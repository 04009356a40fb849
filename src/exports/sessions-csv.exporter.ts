// Sessions CSV: live sessions with speakers, track and type, in the original's 21 columns; times in the
// event's zone, abstracts and comments as plain text. Optional `status`: one session state ('all' = every state);
// `tab` and `search`, the dashboard's session list's own, so the file holds the rows the page showed.
import { and } from 'drizzle-orm';
import { MAX_SEARCH_LENGTH } from '../http/jsonapi/query.js';
import { SESSION_TABS, sessionSearchCondition, sessionTabCondition, type SessionTab } from '../sessions/session.repo.js';
import { SESSION_STATES } from '../sessions/session.resource.js';
import { countSessionsForExport, listSessionsForExport } from './csv.repo.js';
import { csvDate, rowProgress, stripHtml, writeCsv, type CsvRow } from './csv.js';
import type { ExportContext, Exporter } from './exporter.js';

export const SESSION_COLUMNS = [
  'Session Title', 'Session Starts At', 'Session Ends At', 'Session Speakers', 'Speaker Emails', 'Session Track',
  'Session Abstract Short', 'Session Abstract Long', 'Comment', 'Created At', 'Email Sent', 'Level', 'Status', 'Session Type',
  'Talk Length', 'Language', 'Slides', 'Audio', 'Video', 'Average Rating', 'Number of Ratings',
] as const;

/** A session state, or undefined for all (unknown values mean all, as the original). */
export function sessionState(value: string | undefined): string | undefined {
  return (SESSION_STATES as readonly string[]).includes(value ?? '') ? value : undefined;
}

export const sessionsCsvExporter: Exporter = {
  id: 'sessions.csv',
  label: 'Sessions (CSV)',
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  route: 'sessions/csv',
  options: {
    tab: { description: `The session list's tab: ${SESSION_TABS.join(', ')}`, values: SESSION_TABS },
    search: { description: "The session list's search box (title, speaker name, track name)", maxLength: MAX_SEARCH_LENGTH },
  },
  async write(ctx: ExportContext) {
    const { db, event } = ctx;
    const state = sessionState(ctx.params.status);
    const where = and(sessionTabCondition((ctx.params.tab ?? 'all') as SessionTab), sessionSearchCondition(ctx.params.search ?? ''));
    const total = await countSessionsForExport(db, event.id, state, where);
    async function* rows(): AsyncGenerator<CsvRow> {
      for await (const s of listSessionsForExport(db, event.id, state, where)) {
        yield [
          `${s.title} (${s.state})`,
          csvDate(s.startsAt, event.timezone),
          csvDate(s.endsAt, event.timezone),
          s.speakerNames,
          s.speakerEmails,
          s.track,
          stripHtml(s.shortAbstract),
          stripHtml(s.longAbstract),
          stripHtml(s.comments),
          csvDate(s.createdAt, event.timezone),
          false, // Email Sent: this server sends no session mails yet
          s.level,
          s.state,
          s.sessionType,
          s.talkLength,
          s.language,
          s.slidesUrl,
          s.audioUrl,
          s.videoUrl,
          '', // Average Rating: no session ratings yet
          0, // Number of Ratings
        ];
      }
    }
    await writeCsv(ctx.out, SESSION_COLUMNS, rows(), { onRows: rowProgress(ctx.progress, total, 'sessions') });
  },
};
