// Reads an Open Event input folder: the data files at its root (or inside its one subfolder) and everything under
// images/ and audio/, into memory within the input limits. Symbolic links are never followed: they are skipped
// with a warning, and files are opened with O_NOFOLLOW so a link swapped in after the listing is refused too. A data
// file other than `event` that is a link or cannot be opened is skipped with a warning; the build goes on.
import fs from 'node:fs/promises';
import { constants } from 'node:fs';
import nodePath from 'node:path';
import { SiteInputError, type BuildLog } from '../model.js';
import { MemoryAssets } from './assets.js';
import { dataFileOf, throwIfAborted, type RawInput } from './input.js';
import { formatBytes, type InputLimits } from './limits.js';

export async function readFolder(folder: string, limits: InputLimits, log: BuildLog, signal?: AbortSignal): Promise<RawInput> {
  const root = await findFolderRoot(folder);
  const input: RawInput = { files: new Map(), assets: new MemoryAssets(), skipped: [] };
  const budget = { total: 0, entries: 0 };
  for (const dirent of await fs.readdir(root, { withFileTypes: true })) {
    throwIfAborted(signal);
    countEntry(budget, limits, root);
    const dataFile = dataFileOf(dirent.name);
    if (dirent.isSymbolicLink()) {
      log.warn(`${dirent.name}: a symbolic link; not followed`);
      if (dataFile && dataFile !== 'event') input.skipped!.push(dataFile);
      continue;
    }
    if (dataFile && dirent.isFile()) {
      if (input.files.has(dataFile)) throw new SiteInputError('input.duplicate_file', `both ${dataFile} and ${dataFile}.json are in the folder; keep one`, { file: dirent.name });
      let bytes: Buffer;
      try {
        bytes = await readCapped(nodePath.join(root, dirent.name), dirent.name, limits.maxJsonFileBytes, budget, limits);
      } catch (error) {
        if (dataFile === 'event' || !(error instanceof SiteInputError) || error.code !== 'input.unreadable') throw error;
        log.warn(`${error.message}; the file is skipped`);
        input.skipped!.push(dataFile);
        continue;
      }
      input.files.set(dataFile, { bytes, name: dirent.name });
    } else if ((dirent.name === 'images' || dirent.name === 'audio') && dirent.isDirectory()) {
      await readAssets(root, dirent.name, input.assets, budget, limits, log, signal);
    }
  }
  return input;
}

/** The folder itself, or its only subfolder when the data files sit one level down. */
async function findFolderRoot(folder: string): Promise<string> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  if (entries.some((e) => dataFileOf(e.name) === 'event')) return folder;
  const dirs = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== '__MACOSX');
  if (dirs.length === 1 && entries.filter((e) => !e.name.startsWith('.')).length === 1) {
    const inner = nodePath.join(folder, dirs[0].name);
    if ((await fs.readdir(inner)).some((name) => dataFileOf(name) === 'event')) return inner;
  }
  return folder;
}

function countEntry(budget: { entries: number }, limits: InputLimits, where: string): void {
  if (++budget.entries > limits.maxEntries) {
    throw new SiteInputError('input.too_many_entries', `the folder has more than the limit of ${limits.maxEntries} files`, { file: where });
  }
}

async function readAssets(root: string, relative: string, assets: MemoryAssets, budget: { total: number; entries: number }, limits: InputLimits, log: BuildLog, signal?: AbortSignal): Promise<void> {
  for (const dirent of await fs.readdir(nodePath.join(root, relative), { withFileTypes: true })) {
    throwIfAborted(signal);
    const path = `${relative}/${dirent.name}`;
    countEntry(budget, limits, path);
    if (dirent.isSymbolicLink()) log.warn(`${path}: a symbolic link; not followed`);
    else if (dirent.isDirectory()) await readAssets(root, path, assets, budget, limits, log, signal);
    else if (dirent.isFile()) assets.add(path, await readCapped(nodePath.join(root, path), path, limits.maxAssetFileBytes, budget, limits));
  }
}

async function readCapped(file: string, name: string, perFile: number, budget: { total: number }, limits: InputLimits): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new SiteInputError('input.symlink', 'a symbolic link; not followed', { file: name });
    throw new SiteInputError('input.unreadable', `cannot be read (${code ?? (error as Error).message})`, { file: name });
  }
  try {
    const { size } = await handle.stat();
    if (size > perFile) throw new SiteInputError('input.too_large', `${formatBytes(size)}, more than the limit of ${formatBytes(perFile)} for one file`, { file: name });
    if (budget.total + size > limits.maxTotalBytes) {
      throw new SiteInputError('input.too_large', `the folder's files add up to more than the limit of ${formatBytes(limits.maxTotalBytes)}`, { file: name });
    }
    const bytes = await handle.readFile();
    // The file may have grown since the stat.
    if (bytes.length > perFile) throw new SiteInputError('input.too_large', `more than the limit of ${formatBytes(perFile)} for one file`, { file: name });
    budget.total += bytes.length;
    return bytes;
  } finally {
    await handle.close();
  }
}
