// A map that keeps the most recently used entries within two bounds: how many, and how much they
// weigh together (rows, bytes). The figure and response caches keep their entries in one.
export class BoundedLru<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private totalWeight = 0;

  constructor(private readonly maxEntries: number, private readonly maxWeight: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // A hit moves the entry to the end: the least recently used is always first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, weight: number): void {
    const old = this.entries.get(key);
    if (old) this.totalWeight -= old.weight;
    this.entries.delete(key);
    this.entries.set(key, { value, weight });
    this.totalWeight += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.totalWeight <= this.maxWeight) break;
      this.entries.delete(oldest);
      this.totalWeight -= entry.weight;
    }
  }

  clear(): void {
    this.entries.clear();
    this.totalWeight = 0;
  }

  get size(): number { return this.entries.size; }
  get weight(): number { return this.totalWeight; }
}
