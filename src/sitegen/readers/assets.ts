// The input's `images/` and `audio/` files, kept in memory by path relative to the input root. Readers add to it
// within the input limits; the renderer only lists and reads. Nothing here touches the file system.
import type { InputAssets } from '../model.js';

export class MemoryAssets implements InputAssets {
  private readonly files = new Map<string, Buffer>();

  add(path: string, data: Buffer): void {
    this.files.set(path, data);
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  list(): string[] {
    return [...this.files.keys()].sort();
  }

  async read(path: string): Promise<Buffer> {
    const data = this.files.get(path);
    if (!data) throw new Error(`no such input asset: ${path}`);
    return data;
  }
}

/** True for the paths that become assets: anything under `images/` or `audio/`. */
export function isAssetPath(path: string): boolean {
  return /^(images|audio)\/./.test(path) && !path.endsWith('/');
}
