// A cache is valid for one version of what it caches (the data version, the content version). The
// version lives in the database, so it is read at most once per `ttlMs`, concurrent callers share
// one read, and a failed read is not remembered.
export class VersionReader {
  private current: { value: Promise<string>; readAt: number } | null = null;

  constructor(private readonly read: () => Promise<string>, private readonly ttlMs: number, private readonly now: () => number) {}

  get(): Promise<string> {
    const now = this.now();
    if (!this.current || now - this.current.readAt >= this.ttlMs) {
      const value = this.read();
      const current = { value, readAt: now };
      this.current = current;
      value.catch(() => { if (this.current === current) this.current = null; });
    }
    return this.current.value;
  }

  /** The next `get` reads again (after a write in this process, which must show at once). */
  forget(): void { this.current = null; }
}
