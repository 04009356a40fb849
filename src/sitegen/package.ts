// Packs a built site into a zip with sorted entries and one fixed modification time, so the same site gives
// the same zip bytes. Written to a temporary file first and renamed, so no half-written zip is left behind.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';

/** 1 January 2000, 00:00 local time: zip stores local times, so it is built from components. */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);

export async function zipSite(files: ReadonlyArray<{ path: string; data: Buffer }>, zipPath: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    // Already compressed formats are stored; text is deflated.
    const compress = !/\.(png|jpe?g|gif|webp|mp3|aac|ogg|m4a|zip)$/i.test(file.path);
    // A read stream rather than addBuffer: yazl deflates every added buffer at once, which for a site of
    // 18,000 files means 18,000 zlib streams alive together (gigabytes); streams are deflated one after another.
    zip.addReadStreamLazy(file.path, { mtime: FIXED_MTIME, mode: 0o100644, compress, size: file.data.length }, (callback) => callback(null, Readable.from([file.data])));
  }
  zip.end();
  await fs.promises.mkdir(path.dirname(zipPath), { recursive: true });
  const temporary = `${zipPath}.${process.pid}.tmp`;
  await new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(temporary);
    out.on('error', reject);
    out.on('close', () => resolve());
    zip.outputStream.on('error', reject).pipe(out);
  });
  await fs.promises.rename(temporary, zipPath);
}
