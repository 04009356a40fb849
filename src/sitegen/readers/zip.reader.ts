// Reads an Open Event zip (a file or bytes in memory) with yauzl, treating it as hostile: entry count, per-file,
// total and compression-ratio limits are checked from the central directory before any byte is inflated and again
// while inflating; names with '..', absolute or drive paths, backslashes, and symlink entries refuse the whole zip.
// Only the data files at the root (or inside one top-level folder, when someone zipped the folder) and the
// images/audio below it are read, into memory. Nothing is written to disk.
import fs from 'node:fs/promises';
import yauzl from 'yauzl';
import { SiteInputError } from '../model.js';
import { MemoryAssets, isAssetPath } from './assets.js';
import { dataFileOf, throwIfAborted, type RawInput } from './input.js';
import { formatBytes, type InputLimits } from './limits.js';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

interface Listed {
  name: string;
  entry: yauzl.Entry;
}

export async function readZipFile(path: string, label: string, limits: InputLimits, signal?: AbortSignal): Promise<RawInput> {
  const stat = await fs.stat(path);
  checkZipSize(stat.size, label, limits);
  const zip = await openZip(() => yauzl.openPromise(path, zipOptions), label);
  return readZip(zip, label, limits, signal);
}

export async function readZipBuffer(data: Buffer, label: string, limits: InputLimits, signal?: AbortSignal): Promise<RawInput> {
  checkZipSize(data.length, label, limits);
  const zip = await openZip(() => yauzl.fromBufferPromise(data, zipOptions), label);
  return readZip(zip, label, limits, signal);
}

// Names are decoded here rather than by yauzl so that unsafe ones get our own error codes and messages.
const zipOptions: yauzl.Options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };

function checkZipSize(size: number, label: string, limits: InputLimits): void {
  if (size === 0) throw new SiteInputError('input.empty', 'the file is empty; expected a zip', { file: label });
  if (size > limits.maxZipBytes) {
    throw new SiteInputError('input.too_large', `the zip is ${formatBytes(size)}, more than the limit of ${formatBytes(limits.maxZipBytes)}`, { file: label });
  }
}

async function openZip(open: () => Promise<yauzl.ZipFile>, label: string): Promise<yauzl.ZipFile> {
  try {
    return await open();
  } catch (error) {
    throw new SiteInputError('input.not_zip', `not a zip file (${(error as Error).message})`, { file: label });
  }
}

async function readZip(zip: yauzl.ZipFile, label: string, limits: InputLimits, signal?: AbortSignal): Promise<RawInput> {
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new SiteInputError('input.too_many_entries', `the zip has ${zip.entryCount} entries, more than the limit of ${limits.maxEntries}`, { file: label });
    }
    const listed = await listEntries(zip, label, signal);
    const root = findRoot(listed.map((l) => l.name));
    if (root === null) {
      throw new SiteInputError('input.missing_file', 'no `event` file at the root of the zip (nor inside one top-level folder)', { file: label });
    }
    const input: RawInput = { files: new Map(), assets: new MemoryAssets() };
    let total = 0;
    for (const { name, entry } of listed) {
      const path = name.slice(root.length);
      if (!name.startsWith(root) || path === '') continue;
      const dataFile = path.includes('/') ? null : dataFileOf(path);
      if (!dataFile && !isAssetPath(path)) continue;
      throwIfAborted(signal);
      const perFile = dataFile ? limits.maxJsonFileBytes : limits.maxAssetFileBytes;
      checkEntrySize(entry, name, perFile, total, limits);
      const bytes = await inflate(zip, entry, name, perFile, limits, signal);
      total += bytes.length;
      if (dataFile) {
        if (input.files.has(dataFile)) throw new SiteInputError('input.duplicate_file', `both ${dataFile} and ${dataFile}.json are in the zip; keep one`, { file: name });
        input.files.set(dataFile, { bytes, name });
      } else {
        input.assets.add(path, bytes);
      }
    }
    return input;
  } finally {
    zip.close();
  }
}

function listEntries(zip: yauzl.ZipFile, label: string, signal?: AbortSignal): Promise<Listed[]> {
  return new Promise((resolve, reject) => {
    const listed: Listed[] = [];
    const onAbort = () => reject(new SiteInputError('input.aborted', 'reading the input was cancelled'));
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = (error: Error | null) => {
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve(listed);
    };
    zip.on('error', (error: Error) => done(error instanceof SiteInputError ? error : new SiteInputError('input.broken_zip', `broken zip (${error.message})`, { file: label })));
    zip.on('end', () => done(null));
    zip.on('entry', (entry: yauzl.Entry) => {
      if (signal?.aborted) return;
      try {
        const name = entryName(entry);
        if (!name.endsWith('/')) listed.push({ name, entry });
        zip.readEntry();
      } catch (error) {
        done(error as Error);
      }
    });
    zip.readEntry();
  });
}

/** The entry's name, refused when it could point outside the input or is a symlink. */
function entryName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
  const unsafe = (why: string) => new SiteInputError('input.unsafe_path', `entry ${JSON.stringify(name)}: ${why}; the zip is refused`, { file: name });
  if (raw.includes(0x5c)) throw unsafe('a backslash in the name');
  if (name.includes('\0')) throw unsafe('a NUL character in the name');
  if (name.startsWith('/')) throw unsafe('an absolute path');
  if (/^[a-zA-Z]:/.test(name)) throw unsafe('a drive letter');
  if (name.split('/').includes('..')) throw unsafe("a '..' path segment");
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
    throw new SiteInputError('input.symlink', `entry ${JSON.stringify(name)} is a symbolic link; the zip is refused`, { file: name });
  }
  if ((entry.generalPurposeBitFlag & 0x1) !== 0) {
    throw new SiteInputError('input.encrypted', `entry ${JSON.stringify(name)} is encrypted; the zip is refused`, { file: name });
  }
  return name;
}

/** '' when the data files sit at the root; 'Folder/' when they all sit in one top-level folder; else null. */
export function findRoot(names: string[]): string | null {
  const visible = names.filter((n) => !n.startsWith('__MACOSX/') && !n.split('/').some((part) => part.startsWith('._')));
  if (visible.some((n) => dataFileOf(n) === 'event')) return '';
  const tops = new Set(visible.map((n) => (n.includes('/') ? n.slice(0, n.indexOf('/') + 1) : '')));
  if (tops.size !== 1) return null;
  const [top] = tops;
  if (top === '' || !visible.some((n) => dataFileOf(n.slice(top.length)) === 'event')) return null;
  return top;
}

function checkEntrySize(entry: yauzl.Entry, name: string, perFile: number, total: number, limits: InputLimits): void {
  const size = entry.uncompressedSize;
  if (size > perFile) {
    throw new SiteInputError('input.too_large', `${formatBytes(size)} uncompressed, more than the limit of ${formatBytes(perFile)} for one file`, { file: name });
  }
  if (total + size > limits.maxTotalBytes) {
    throw new SiteInputError('input.too_large', `the zip's files add up to more than the limit of ${formatBytes(limits.maxTotalBytes)} uncompressed`, { file: name });
  }
  if (size >= limits.ratioMinBytes && size / Math.max(entry.compressedSize, 1) > limits.maxCompressionRatio) {
    throw new SiteInputError('input.zip_bomb', `compressed ${Math.round(size / Math.max(entry.compressedSize, 1))}:1, more than the limit of ${limits.maxCompressionRatio}:1 (a zip bomb?)`, { file: name });
  }
}

/** The entry's bytes; yauzl checks them against the declared size, we stop at the limits whatever it declares. */
function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string, perFile: number, limits: InputLimits, signal?: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(new SiteInputError('input.broken_zip', `cannot read the entry (${error?.message ?? 'no stream'})`, { file: name }));
      const chunks: Buffer[] = [];
      let length = 0;
      const fail = (err: Error) => {
        stream.destroy();
        signal?.removeEventListener('abort', onAbort);
        reject(err);
      };
      const onAbort = () => fail(new SiteInputError('input.aborted', 'reading the input was cancelled'));
      signal?.addEventListener('abort', onAbort, { once: true });
      stream.on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (length > perFile) return fail(new SiteInputError('input.too_large', `more than the limit of ${formatBytes(perFile)} for one file`, { file: name }));
        if (length >= limits.ratioMinBytes && length / Math.max(entry.compressedSize, 1) > limits.maxCompressionRatio) {
          return fail(new SiteInputError('input.zip_bomb', `inflates beyond ${limits.maxCompressionRatio}:1 (a zip bomb?)`, { file: name }));
        }
        chunks.push(chunk);
      });
      stream.on('error', (err: Error) => fail(new SiteInputError('input.broken_zip', `broken entry (${err.message})`, { file: name })));
      stream.on('end', () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(Buffer.concat(chunks, length));
      });
    });
  });
}
