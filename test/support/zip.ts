// Reads a zip back for assertions (yauzl, the reader the site generator uses too): every entry with its name,
// bytes and modification time, in the zip's order.
import yauzl from 'yauzl';

export interface ZipEntry {
  name: string;
  data: Buffer;
  mtime: string;
}

/** The entries of a zip given as its bytes or as a file path. */
export function readZip(source: Buffer | string): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    const opened = (error: Error | null, zip?: yauzl.ZipFile) => {
      if (error || !zip) return reject(error);
      const out: ZipEntry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const parts: Buffer[] = [];
          stream.on('data', (part: Buffer) => parts.push(part));
          stream.on('end', () => {
            out.push({ name: entry.fileName, data: Buffer.concat(parts), mtime: entry.getLastModDate().toISOString() });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    };
    if (typeof source === 'string') yauzl.open(source, { lazyEntries: true }, opened);
    else yauzl.fromBuffer(source, { lazyEntries: true }, opened);
  });
}
