import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvDate, stripHtml, writeCsv, type CsvRow } from './csv.js';

/** Collects the bytes written (for small outputs only). */
function collector() {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { out, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('csvCell', () => {
  it('prefixes every cell that a spreadsheet would read as a formula with a quote', () => {
    const cells = ['=1+1', '+3', '-2', '@SUM(A1)', '\tx', '\rx', '\nx', '\0x', '\uFF1D1', 'a=1', ' =1', ''];

    const escaped = cells.map(csvCell);

    expect(escaped).toEqual(["'=1+1", "'+3", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "'\nx", "'\0x", "'\uFF1D1", 'a=1', ' =1', '']);
  });

  it('prints null as empty, booleans as Yes/No and numbers as text', () => {
    expect([null, undefined, true, false, 42, 10n].map(csvCell)).toEqual(['', '', 'Yes', 'No', '42', '10']);
  });
});

describe('writeCsv', () => {
  it('writes a BOM, CRLF line ends and RFC 4180 quoting', async () => {
    const { out, text } = collector();

    const count = await writeCsv(out, ['Name', 'Note'], [['Zoë, Jr.', 'said "hi"'], ['multi\nline', 'plain']]);

    expect(count).toEqual(2);
    expect(text()).toEqual('\uFEFFName,Note\r\n"Zoë, Jr.","said ""hi"""\r\n"multi\nline",plain\r\n');
  });

  it('streams 100,000 rows into a slow sink without collecting them', async () => {
    let bytes = 0;
    let lines = 0;
    let produced = 0;
    let maxAhead = 0;
    // A sink with a small buffer that answers on the next tick, so backpressure has to hold the source back.
    const out = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        for (const byte of chunk) if (byte === 0x0a) lines++;
        maxAhead = Math.max(maxAhead, produced - (lines - 1));
        setImmediate(done);
      },
    });
    async function* rows(): AsyncGenerator<CsvRow> {
      for (let i = 0; i < 100_000; i++) {
        produced++;
        yield [i, `name ${i}`, i % 2 === 0 ? '=evil()' : 'ok'];
      }
    }
    const reported: number[] = [];

    const count = await writeCsv(out, ['#', 'Name', 'Value'], rows(), { onRows: (n) => reported.push(n), every: 25_000 });

    expect(count).toEqual(100_000);
    expect(lines).toEqual(100_001);
    expect(reported).toEqual([25_000, 50_000, 75_000, 100_000, 100_000]);
    // Rows generated but not yet written stay a few thousand at most: the source waits for the sink.
    expect(maxAhead).toBeLessThan(5_000);
    expect(bytes).toBeGreaterThan(2_000_000);
  });

  it('rejects when the source fails', async () => {
    const { out } = collector();
    async function* rows(): AsyncGenerator<CsvRow> {
      yield ['a'];
      throw new Error('database went away');
    }

    await expect(writeCsv(out, ['x'], rows())).rejects.toThrow('database went away');
  });
});

describe('csvDate and stripHtml', () => {
  it('prints a time in the event zone as the original did', () => {
    const at = new Date('2030-03-01T09:05:00Z');

    expect([csvDate(at, 'Asia/Singapore'), csvDate(at, 'UTC'), csvDate(at, 'America/St_Johns'), csvDate(null, 'UTC')]).toEqual([
      'March 1, 2030 17:05 +0800',
      'March 1, 2030 09:05 +0000',
      'March 1, 2030 05:35 -0330',
      '',
    ]);
  });

  it('keeps the text of HTML abstracts', () => {
    expect(stripHtml('<p>Fast &amp; <b>safe</b></p><p>APIs</p>')).toEqual('Fast & safe\nAPIs');
  });

  it('parses back to the same cells', async () => {
    const { out, text } = collector();
    const rows = [['a,b', 'c"d', 'e\r\nf', '=x']];

    await writeCsv(out, ['1', '2', '3', '4'], rows);

    expect(parse(text(), { bom: true })).toEqual([['1', '2', '3', '4'], ['a,b', 'c"d', 'e\r\nf', "'=x"]]);
  });
});
