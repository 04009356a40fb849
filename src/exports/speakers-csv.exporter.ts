// Speakers CSV: live speakers with their live sessions, in the original's 16 columns. Optional `status`:
// a session state (speakers with a session in it), 'without_session', or 'all'.
import { countSpeakersForExport, listSpeakersForExport } from './csv.repo.js';
import { rowProgress, writeCsv, type CsvRow } from './csv.js';
import type { ExportContext, Exporter } from './exporter.js';
import { sessionState } from './sessions-csv.exporter.js';

export const SPEAKER_COLUMNS = [
  'Speaker Name', 'Speaker Email', 'Speaker Session(s)', 'Speaker Mobile', 'Speaker Bio', 'Speaker Organisation', 'Speaker Position',
  'Speaker Experience', 'Speaker Sponsorship Required', 'Speaker City', 'Speaker Country', 'Speaker Website', 'Speaker Twitter',
  'Speaker Facebook', 'Speaker Github', 'Speaker LinkedIn',
] as const;

export const speakersCsvExporter: Exporter = {
  id: 'speakers.csv',
  label: 'Speakers (CSV)',
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  route: 'speakers/csv',
  async write(ctx: ExportContext) {
    const { db, event } = ctx;
    const state = ctx.params.status === 'without_session' ? 'without_session' : sessionState(ctx.params.status);
    const total = await countSpeakersForExport(db, event.id, state);
    async function* rows(): AsyncGenerator<CsvRow> {
      for await (const s of listSpeakersForExport(db, event.id, state)) {
        yield [
          s.name,
          s.email,
          s.sessions,
          s.mobile,
          s.shortBiography,
          s.organisation,
          s.position,
          s.speakingExperience,
          '', // Sponsorship Required: not collected by this server
          s.city,
          s.country,
          s.website,
          s.twitter,
          s.facebook,
          s.github,
          s.linkedin,
        ];
      }
    }
    await writeCsv(ctx.out, SPEAKER_COLUMNS, rows(), { onRows: rowProgress(ctx.progress, total, 'speakers') });
  },
};
