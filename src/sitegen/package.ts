// Packs a built site into a zip (stored entries) with sorted entries and one fixed modification time, so the same site gives
// the same zip bytes. Written to a temporary file first and renamed, so no half-written zip is left behind.
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';

/** 1 January 2000, 00:00 local time: zip stores local times, so it is built from components. */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);

export async function zipSite(files: ReadonlyArray<{ path: string; data: Buffer }>, zipPath: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    // Stored, not deflated (as the original's archiver store: true): deflating thousands of small pages costs more
    // time than the size it saves is worth for a download of a few MiB, and yazl would run one zlib stream per
    // entry at once (gigabytes at 18,000 files).
    zip.addBuffer(file.data, file.path, { mtime: FIXED_MTIME, mode: 0o100644, compress: false });
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
