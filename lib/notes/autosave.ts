/**
 * When an editor's text goes to IndexedDB: 400 ms after the reader pauses, and never more than a
 * second after the first unsaved keystroke, so steady typing (which never pauses 400 ms) is
 * saved every second instead of only when it stops. The synchronous draft (drafts.ts) covers the
 * last second; a browser killed mid-sentence loses at most the keystrokes localStorage had not
 * yet written to disk, never everything since the last pause.
 */
export const AUTOSAVE_PAUSE_MS = 400;
export const AUTOSAVE_MAX_WAIT_MS = 1000;

interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  now(): number;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

interface Pending {
  save: () => Promise<void>;
  timer: unknown;
  /** When the oldest unsaved edit was made. */
  since: number;
}

/** Debounced saves with a maximum wait, one per note; all of them flushed when the panel hides. */
export class Autosaver {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly pauseMs = AUTOSAVE_PAUSE_MS,
    private readonly maxWaitMs = AUTOSAVE_MAX_WAIT_MS,
    private readonly timers: Timers = realTimers,
  ) {}

  /** An edit to `noteId`: `save` runs after the pause, or at the maximum wait, whichever is first. */
  edited(noteId: string, save: () => Promise<void>): void {
    const now = this.timers.now();
    const previous = this.pending.get(noteId);
    if (previous) this.timers.clearTimeout(previous.timer);
    const since = previous?.since ?? now;
    const delay = Math.max(0, Math.min(this.pauseMs, since + this.maxWaitMs - now));
    const timer = this.timers.setTimeout(() => void this.run(noteId), delay);
    this.pending.set(noteId, { save, timer, since });
  }

  /** Runs `noteId`'s save now (it is no longer pending). */
  run(noteId: string): Promise<void> {
    const entry = this.pending.get(noteId);
    if (!entry) return Promise.resolve();
    this.timers.clearTimeout(entry.timer);
    this.pending.delete(noteId);
    return entry.save();
  }

  /** Forgets `noteId`'s pending save (the note was deleted). */
  cancel(noteId: string): void {
    const entry = this.pending.get(noteId);
    if (entry) this.timers.clearTimeout(entry.timer);
    this.pending.delete(noteId);
  }

  isPending(noteId: string): boolean {
    return this.pending.has(noteId);
  }

  /** Every pending save, now (the panel is hidden or closing). */
  flushAll(): Promise<void> {
    return Promise.all([...this.pending.keys()].map((id) => this.run(id))).then(() => undefined);
  }
}
