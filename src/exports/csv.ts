// The one CSV writer every CSV exporter uses: exporters only yield rows of cells; this module does the
// RFC 4180 quoting, CRLF line ends, the UTF-8 BOM spreadsheets need to read accents, and the
// OWASP CSV-injection escaping. Rows are written in chunks with backpressure, so a slow file or socket holds
// the source back and memory stays flat however many rows there are.
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { offsetMinutes, wallTime } from './schedule.time.js';

export type Cell = string | number | bigint | boolean | null | undefined;
export type CsvRow = readonly Cell[];

// A spreadsheet reads a cell starting with one of these as a formula (or, for tab/CR/LF/NUL, after trimming the
// leading whitespace; ASVS 5.0 lists NUL too). The full-width forms are included because some spreadsheets
// normalise them.
const FORMULA_START = /^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/;

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

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/** One record as RFC 4180 text with its CRLF: a field with a quote, comma, CR or LF is quoted, quotes doubled. */
export function csvRecord(cells: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const text = csvCell(cells[i]);
    line += (i === 0 ? '' : ',') + (NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text);
  }
  return `${line}\r\n`;
}

/** Bytes gathered before a write: big enough that writes are few, small enough that memory stays flat. */
const CHUNK_CHARS = 64 * 1024;

/** Resolves when `out` drains; rejects if it fails or closes first. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      out.off('drain', onDrain).off('error', onError).off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (error: Error) => done(error);
    const onClose = () => done(new Error('the output closed before the export finished'));
    out.on('drain', onDrain).on('error', onError).on('close', onClose);
  });
}

/**
 * Writes the BOM, the header and the rows to `out` and ends it. Resolves with the number of data rows once `out`
 * has flushed everything; rejects (and destroys `out`) if the source or `out` fails. Records are gathered into
 * 64 KiB chunks and written with backpressure, so a slow file or socket holds the source back and memory stays
 * flat however many rows there are. (The quoting is written here rather than left to csv-stringify, which cost
 * about 10 µs a row, more than reading the row from the database.)
 */
export async function writeCsv(out: Writable, header: readonly string[], rows: AsyncIterable<CsvRow> | Iterable<CsvRow>, options: CsvOptions = {}): Promise<number> {
  const every = options.every ?? 500;
  let written = 0;
  let failure: Error | undefined;
  const onError = (error: Error) => (failure ??= error);
  out.on('error', onError);
  try {
    const done = finished(out);
    done.catch(() => undefined);
    let chunk = `\uFEFF${csvRecord(header)}`;
    for await (const row of rows) {
      if (failure) throw failure;
      chunk += csvRecord(row);
      written++;
      if (options.onRows && written % every === 0) options.onRows(written);
      if (chunk.length >= CHUNK_CHARS) {
        const more = out.write(chunk);
        chunk = '';
        if (!more) await drained(out);
      }
    }
    if (failure) throw failure;
    out.end(chunk);
    await done;
  } catch (error) {
    out.destroy(error as Error);
    throw error;
  } finally {
    out.off('error', onError);
  }
  options.onRows?.(written);
  return written;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A time (a Date or epoch milliseconds) in the event's zone as the original printed it (`%B %-d, %Y %H:%M %z`):
 * "March 1, 2030 17:05 +0800".
 */
export function csvDate(time: Date | number | null | undefined, timeZone: string): string {
  if (time === null || time === undefined) return '';
  const date = typeof time === 'number' ? new Date(time) : time;
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
