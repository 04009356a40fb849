// One export format: a small declarative object; the registry (src/exports/registry.ts) lists them all.
import type { Writable } from 'node:stream';
import type { DbOrTx } from '../db/client.js';
import type { EventRow } from '../events/event.repo.js';
export interface ExportContext {
  db: DbOrTx;
  event: EventRow;
  /** Options from the request, already validated (e.g. { status: 'accepted' }). */
  params: Record<string, string | undefined>;
  /** Report progress (0–100) and the current step; cheap to call often. */
  progress(percent: number, step: string): void;
  /** Where the file goes. */
  out: Writable;
}
/** An option an exporter takes (from the query string or the JSON body), checked before the task is made. */
export interface ExportOption {
  description: string;
  /** The words it takes; anything else is refused, naming the option. */
  values?: readonly string[];
  maxLength?: number;
}

export interface Exporter {
  id: string;            // 'attendees.csv', 'schedule.xml', ...
  label: string;
  contentType: string;
  extension: string;     // 'csv', 'xml', 'ics', 'xcal', 'zip'
  /** Route under /v1/events/{id}/export/... as the original, e.g. 'attendees/csv'. */
  route: string;
  /** Options it checks before starting (others are passed on unchecked, as the original took them). */
  options?: Record<string, ExportOption>;
  write(ctx: ExportContext): Promise<void>;
}
