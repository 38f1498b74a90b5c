/**
 * The side panel's half of a save: a job the background extracted (lib/library/save-job.ts) is
 * processed and written once, at the end; what the reader sees at each step is a SaveStatus.
 * Pure: processing and storing are passed in.
 */
import type { ExtractedPage, SavedArticle } from '../library/model';
import type { SaveJob, SaveRefusal } from '../library/save-job';
import type { Translate } from '../ui/strings';

export type SaveStatus =
  | { phase: 'idle' }
  | { phase: 'extracting' }
  | { phase: 'processing' }
  | { phase: 'refused'; text: string }
  | { phase: 'saved'; articleId: string };

/** What writing a processed article came to (the store's answer, as the panel needs it). */
export type StoreOutcome =
  | { ok: true }
  | { ok: false; reason: 'same-url'; existing: Pick<SavedArticle, 'id' | 'savedAt'> }
  | { ok: false; reason: 'same-text'; existing: Pick<SavedArticle, 'id' | 'savedAt' | 'title'> }
  | { ok: false; reason: 'quota' }
  | { ok: false; reason: 'failed'; detail: string };

export interface SaveSteps {
  /** The pipeline: mentions, claims, candidates. `now` becomes the article's savedAt. */
  process(page: ExtractedPage, now: number): Promise<SavedArticle>;
  /** One write; refuses duplicates (same address or same text) and reports a full disk. */
  store(article: SavedArticle): Promise<StoreOutcome>;
}

export function refusalText(t: Translate, refusal: SaveRefusal, detail: string): string {
  switch (refusal) {
    case 'not-web':
      return t('refuseNotWeb');
    case 'no-access':
      return t('refuseNoAccess', detail);
    case 'no-article':
      return t('refuseNoArticle');
    case 'paywall':
      return t('refusePaywall');
    case 'too-large':
      return t('refuseTooLarge');
  }
}

/** The status a job shows before (or without) processing; null for an extracted page. */
export function statusOfJob(t: Translate, job: SaveJob): SaveStatus | null {
  if (job.state === 'extracting') return { phase: 'extracting' };
  if (job.state === 'refused') return { phase: 'refused', text: refusalText(t, job.refusal, job.detail) };
  return null;
}

/**
 * Processes an extracted page and writes it. The job's time is the article's savedAt, so when two
 * panels of one tab act on the same job (the reader's and another view), the one that finds "same
 * address" with that very time knows its twin saved it, and shows it as saved.
 */
export async function completeSave(
  t: Translate,
  job: Extract<SaveJob, { state: 'extracted' }>,
  steps: SaveSteps,
): Promise<SaveStatus> {
  let article: SavedArticle;
  try {
    article = await steps.process(job.page, job.at);
  } catch (error) {
    return { phase: 'refused', text: t('saveArticleFailed', error instanceof Error ? error.message : String(error)) };
  }
  const outcome = await steps.store(article).catch(
    (error: unknown): StoreOutcome => ({
      ok: false,
      reason: 'failed',
      detail: error instanceof Error ? error.message : String(error),
    }),
  );
  if (outcome.ok) return { phase: 'saved', articleId: article.id };
  switch (outcome.reason) {
    case 'same-url':
      return outcome.existing.savedAt === job.at
        ? { phase: 'saved', articleId: outcome.existing.id }
        : { phase: 'refused', text: t('refuseSameUrl') };
    case 'same-text':
      return outcome.existing.savedAt === job.at
        ? { phase: 'saved', articleId: outcome.existing.id }
        : { phase: 'refused', text: t('refuseSameText', outcome.existing.title) };
    case 'quota':
      return { phase: 'refused', text: t('refuseQuota') };
    case 'failed':
      return { phase: 'refused', text: t('saveArticleFailed', outcome.detail) };
  }
}
