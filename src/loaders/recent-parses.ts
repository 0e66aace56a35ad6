/**
 * The last parses of this thread, kept across loads: a file parsed once (while
 * planning, or for a module that several roots call) is not parsed again for
 * the same text. A hit needs the same path and the same text; what is kept is
 * bounded by its text.
 */
export class RecentParses<T> {
  private readonly entries = new Map<string, { text: string; outcome: T }>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(file: string, text: string): T | undefined {
    const entry = this.entries.get(file);
    if (entry?.text !== text) return undefined;
    // Most recently used last, so the oldest is evicted first.
    this.entries.delete(file);
    this.entries.set(file, entry);
    return entry.outcome;
  }

  /** `get`, for a parse needed once more only: it is no longer kept. */
  take(file: string, text: string): T | undefined {
    const outcome = this.get(file, text);
    if (outcome !== undefined) this.delete(file);
    return outcome;
  }

  set(file: string, text: string, outcome: T): void {
    this.delete(file);
    if (text.length > this.maxChars) return;
    this.entries.set(file, { text, outcome });
    this.chars += text.length;
    for (const oldest of this.entries.keys()) {
      if (this.chars <= this.maxChars) break;
      this.delete(oldest);
    }
  }

  private delete(file: string): void {
    const entry = this.entries.get(file);
    if (!entry) return;
    this.chars -= entry.text.length;
    this.entries.delete(file);
  }
}
