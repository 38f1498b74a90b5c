/**
 * Delete with undo, for any stored record: the record is deleted at once (every view follows),
 * and what was removed is kept for a while so "undo" puts it back exactly as it was.
 */
export const UNDO_MS = 10_000;

export class TimedUndo<Removed> {
  private last: Removed | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `onChange` gets what can be restored, or null once the chance has passed. */
  constructor(
    private readonly removeRecord: (id: string) => Promise<Removed | null>,
    private readonly restoreRecord: (removed: Removed) => Promise<void>,
    private readonly onChange: (undoable: Removed | null) => void,
    private readonly ms = UNDO_MS,
  ) {}

  /** Deletes `id`; rejects (and changes nothing) when the write fails. */
  async remove(id: string): Promise<void> {
    const removed = await this.removeRecord(id);
    this.offer(removed);
  }

  /** Puts the last deleted record back; rejects when the write fails (the offer is gone either way). */
  async undo(): Promise<void> {
    const removed = this.last;
    this.offer(null);
    if (removed) await this.restoreRecord(removed);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private offer(removed: Removed | null): void {
    clearTimeout(this.timer);
    this.last = removed;
    if (removed) this.timer = setTimeout(() => this.offer(null), this.ms);
    this.onChange(removed);
  }
}
