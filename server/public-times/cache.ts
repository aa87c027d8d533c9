// The public table is computed once per import: cached in memory under the id of the latest
// succeeded import batch, and computed again when a newer import has succeeded (figures change
// only at import). Concurrent requests on a cold cache share one computation.

export class ImportKeyedCache<T> {
  private entry: { key: string; value: Promise<T> } | undefined;

  /** The value for `key`, computing it when the cached one belongs to another key (or failed). */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.entry?.key === key) return this.entry.value;
    const value = compute();
    const entry = { key, value };
    this.entry = entry;
    // A failure is not cached: the next request tries again.
    value.catch(() => { if (this.entry === entry) this.entry = undefined; });
    return value;
  }
}
