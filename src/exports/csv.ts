// The one CSV writer every CSV exporter uses: exporters only yield rows of cells; this module does the
// RFC 4180 quoting (csv-stringify), CRLF line ends, the UTF-8 BOM spreadsheets need to read accents, and the
// OWASP CSV-injection escaping. Rows flow through a stream pipeline, so a slow file or socket holds the source
// back (backpressure) and memory stays flat however many rows there are.
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { offsetMinutes, wallTime } from './schedule.time.js';

export type Cell = string | number | bigint | boolean | null | undefined;
export type CsvRow = readonly Cell[];

// A spreadsheet reads a cell starting with one of these as a formula (or, for tab/CR/LF, after trimming the
// leading whitespace). The full-width forms are included because some spreadsheets normalise them.
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell as text: null/undefined are empty, booleans Yes/No, and formula-like text is prefixed with '. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
  /** Called after every `every` rows (default 500) and once at the end, with the number written so far. */
  onRows?: (written: number) => void;
  every?: number;
}

/**
 * Writes the header and the rows to `out` and ends it. Resolves with the number of data rows once `out` has
 * flushed everything; rejects (and destroys `out`) if the source, the encoder or `out` fails.
 */
export async function writeCsv(out: Writable, header: readonly string[], rows: AsyncIterable<CsvRow> | Iterable<CsvRow>, options: CsvOptions = {}): Promise<number> {
  const every = options.every ?? 500;
  let written = 0;
  async function* records() {
    yield header.map(csvCell);
    for await (const row of rows) {
      yield row.map(csvCell);
      written++;
      if (options.onRows && written % every === 0) options.onRows(written);
    }
  }
  // quote_record_delimiter: with a custom record delimiter csv-stringify would otherwise leave a bare LF or CR
  // inside a cell unquoted, which splits the row in every reader.
  const encoder = stringify({ bom: true, record_delimiter: '\r\n', quote_record_delimiter: true, quote: '"', escape: '"', delimiter: ',' });
  await pipeline(Readable.from(records(), { objectMode: true, highWaterMark: 64 }), encoder, out);
  options.onRows?.(written);
  return written;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A time in the event's zone as the original printed it (`%B %-d, %Y %H:%M %z`): "March 1, 2030 17:05 +0800". */
export function csvDate(date: Date | null | undefined, timeZone: string): string {
  if (!date) return '';
  const w = wallTime(date, timeZone);
  const offset = offsetMinutes(date, timeZone);
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[w.month - 1]} ${w.day}, ${w.year} ${two(w.hour)}:${two(w.minute)} ${zone}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Text of an HTML fragment (abstracts, comments): tags dropped, common entities decoded, ends trimmed. */
export function stripHtml(html: string | null | undefined): string {
  if (!html) return '';
  return html
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name])
    .trim();
}

/** An `onRows` for writeCsv that reports percent of `total` through an exporter's progress callback. */
export function rowProgress(progress: (percent: number, step: string) => void, total: number, what: string) {
  progress(0, `Writing ${total} ${what}`);
  return (written: number) => progress(total === 0 ? 100 : Math.min(100, Math.floor((written * 100) / total)), `Wrote ${written} of ${total} ${what}`);
}
