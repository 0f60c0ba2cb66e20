/**
 * A Map-backed Storage for tests: Vitest runs in Node, which has no
 * localStorage. `quota` (in characters of keys plus values) lets a test fill
 * it up; `failWith` makes every call throw, as browsers do when site data is
 * blocked.
 */
export class FakeStorage implements Storage {
  private readonly items = new Map<string, string>();
  quota = Number.POSITIVE_INFINITY;
  failWith: Error | null = null;

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.items.set(key, value);
  }

  get length(): number {
    this.check();
    return this.items.size;
  }

  clear(): void {
    this.check();
    this.items.clear();
  }

  getItem(key: string): string | null {
    this.check();
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    this.check();
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.check();
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.check();
    if (this.usedWithout(key) + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, value);
  }

  private usedWithout(skipped: string): number {
    let used = 0;
    for (const [key, value] of this.items) if (key !== skipped) used += key.length + value.length;
    return used;
  }

  private check(): void {
    if (this.failWith) throw this.failWith;
  }

  [name: string]: unknown;
}
