/**
 * The side panel's half of a save: a job the background extracted (lib/library/save-job.ts) is
 * processed and written once, at the end; what the reader sees at each step is a SaveStatus.
 * Pure: processing and storing are passed in.
 */
import type { ExtractedPage, SavedArticle } from '../library/model';
import type { SaveJob } from '../library/save-job';
import type { SaveRefusal } from '../library/refusal';

export type SaveStatus =
  | { phase: 'idle' }
  | { phase: 'extracting' }
  | { phase: 'processing' }
  /** Refused by extraction or by the store (duplicate, full disk, failed write). */
  | { phase: 'refused'; refusal: SaveRefusal }
  /** The page could not be read (a browser page, a tab closed meanwhile). */
  | { phase: 'unreachable'; detail: string }
  /** Processing failed; nothing was written. */
  | { phase: 'failed'; detail: string }
  | { phase: 'saved'; articleId: string };

/** What writing a processed article came to: saved, or the store's refusal (duplicate, quota, failure). */
export type StoreOutcome = { ok: true } | { ok: false; refusal: SaveRefusal };

export interface SaveSteps {
  /** The pipeline: mentions, claims, candidates. `now` becomes the article's savedAt. */
  process(page: ExtractedPage, now: number): Promise<SavedArticle>;
  /** One write; refuses duplicates (same address or same text) and reports a full disk. */
  store(article: SavedArticle): Promise<StoreOutcome>;
  /** When a stored article was saved (undefined when there is none). */
  savedAt(articleId: string): Promise<number | undefined>;
}

/** The status a job shows before (or without) processing; null for an extracted page. */
export function statusOfJob(job: SaveJob): SaveStatus | null {
  if (job.state === 'extracting') return { phase: 'extracting' };
  if (job.state === 'refused') return { phase: 'refused', refusal: job.refusal };
  if (job.state === 'unreachable') return { phase: 'unreachable', detail: job.detail };
  return null;
}

/**
 * Processes an extracted page and writes it. The job's time is the article's savedAt, so when two
 * panels of one tab act on the same job (the reader's and another view), the one that finds "same
 * address" with that very time knows its twin saved it, and shows it as saved.
 */
export async function completeSave(
  job: Extract<SaveJob, { state: 'extracted' }>,
  steps: SaveSteps,
): Promise<SaveStatus> {
  let article: SavedArticle;
  try {
    article = await steps.process(job.page, job.at);
  } catch (error) {
    return { phase: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
  const outcome = await steps.store(article).catch((error: unknown): StoreOutcome => ({
    ok: false,
    refusal: { code: 'writeFailed', detail: error instanceof Error ? error.message : String(error) },
  }));
  if (outcome.ok) return { phase: 'saved', articleId: article.id };
  const { refusal } = outcome;
  if (refusal.code === 'duplicate' && (await steps.savedAt(refusal.existingId).catch(() => undefined)) === job.at)
    return { phase: 'saved', articleId: refusal.existingId };
  return { phase: 'refused', refusal };
}
