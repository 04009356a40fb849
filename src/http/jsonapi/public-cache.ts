// Serialized responses for anonymous readers, keyed by URL and valid while the event's version is unchanged.
// Every process keeps its own; the version is read from the database on each request, so a write made by any
// process invalidates every cache at once. Least recently used entries go first past the byte budget.

interface Entry {
  eventId: number;
  version: number;
  text: string;
}

export class PublicCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(url: string, eventId: number, version: number): string | undefined {
    const entry = this.entries.get(url);
    if (!entry) return undefined;
    if (entry.eventId !== eventId || entry.version !== version) {
      this.remove(url, entry);
      return undefined;
    }
    // Refresh its place in the LRU order.
    this.entries.delete(url);
    this.entries.set(url, entry);
    return entry.text;
  }

  set(url: string, eventId: number, version: number, text: string): void {
    const size = text.length * 2;
    if (size > this.maxBytes / 4) return;
    const old = this.entries.get(url);
    if (old) this.remove(url, old);
    this.entries.set(url, { eventId, version, text });
    this.bytes += size;
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(key, entry);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(url: string, entry: Entry): void {
    this.entries.delete(url);
    this.bytes -= entry.text.length * 2;
  }
}
