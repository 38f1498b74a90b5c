/**
 * A save in progress, handed from the background (which extracts the page) to the tab's side
 * panel (which processes and stores it), through `storage.session` under `saveJob:<tabId>`.
 * Session storage outlives the service worker's sleep, so a worker stopped after extraction
 * loses nothing; a panel closed mid-processing leaves the job for the next panel of that tab;
 * nothing reaches the library until the panel's single write at the end. A job is removed once
 * its outcome has been shown. Everything read back is checked: a malformed value reads as absent.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { DATE_SOURCES, MAX_PAGE_BYTES, type ExtractedPage } from './model';
import type { SaveRefusal } from './refusal';
import type { ExtractResult } from './extract-page';

const short = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** What the extraction script may return: text only, within the page size limit. */
export const extractedPageSchema = v.object({
  url: short(4096),
  title: short(1000),
  titleDerived: v.boolean(),
  site: short(500),
  author: v.nullable(short(500)),
  published: v.nullable(short(40)),
  dateSource: v.picklist(DATE_SOURCES),
  script: v.picklist(['hans', 'hant']),
  paragraphs: v.pipe(
    v.array(v.string()),
    v.maxLength(50_000),
    v.check((ps) => ps.reduce((n, p) => n + p.length, 0) <= MAX_PAGE_BYTES, 'text over the size limit'),
  ),
}) satisfies v.GenericSchema<ExtractedPage>;

const count = v.pipe(v.number(), v.minValue(0));
/** The refusals extraction can give (duplicates and a full disk come later, from the store). */
const extractionRefusalSchema = v.variant('code', [
  v.object({ code: v.literal('notWebPage') }),
  v.object({ code: v.literal('tooLarge'), bytes: count, limit: count }),
  v.object({ code: v.literal('noArticle'), chars: count }),
  v.object({ code: v.literal('paywalled'), chars: count, signal: short(1000) }),
  v.object({ code: v.literal('notChinese'), hanChars: count }),
]) satisfies v.GenericSchema<SaveRefusal>;

const base = { tabId: v.pipe(v.number(), v.integer(), v.minValue(0)), at: v.number() };
const saveJobSchema = v.union([
  v.object({ ...base, state: v.literal('extracting') }),
  v.object({ ...base, state: v.literal('extracted'), page: extractedPageSchema }),
  v.object({ ...base, state: v.literal('refused'), refusal: extractionRefusalSchema }),
  /** The script could not run or answered nonsense (a browser page, a tab closed meanwhile). */
  v.object({ ...base, state: v.literal('unreachable'), detail: short(1000) }),
]);

export type SaveJob = v.InferOutput<typeof saveJobSchema>;

/** What the on-demand extraction script (entrypoints/extract.ts) returns: extractPage's result. */
const extractionSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), page: extractedPageSchema }),
  v.object({ ok: v.literal(false), refusal: extractionRefusalSchema }),
]) satisfies v.GenericSchema<ExtractResult>;

/** The job after extraction: the page, or why it was refused (a result of the wrong shape too). */
export function jobFromExtraction(tabId: number, at: number, raw: unknown): SaveJob {
  const result = v.safeParse(extractionSchema, raw);
  if (!result.success)
    return { tabId, at, state: 'unreachable', detail: `unexpected answer: ${result.issues[0].message}`.slice(0, 1000) };
  const outcome = result.output;
  return outcome.ok
    ? { tabId, at, state: 'extracted', page: outcome.page }
    : { tabId, at, state: 'refused', refusal: outcome.refusal };
}

const jobKey = (tabId: number) => `saveJob:${tabId}`;

export function parseSaveJob(value: unknown): SaveJob | null {
  const result = v.safeParse(saveJobSchema, value);
  return result.success ? result.output : null;
}

export function putSaveJob(job: SaveJob): Promise<void> {
  return browser.storage.session.set({ [jobKey(job.tabId)]: job });
}

export async function readSaveJob(tabId: number): Promise<SaveJob | null> {
  return parseSaveJob((await browser.storage.session.get(jobKey(tabId)))[jobKey(tabId)]);
}

/** Removes the job, unless a newer one for the tab replaced it meanwhile. */
export async function finishSaveJob(job: Pick<SaveJob, 'tabId' | 'at'>): Promise<void> {
  const current = await readSaveJob(job.tabId);
  if (current?.at === job.at) await browser.storage.session.remove(jobKey(job.tabId));
}

/** Every pending save job, whatever its tab. */
export async function readAllSaveJobs(): Promise<SaveJob[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all).flatMap(([key, value]) => {
    const job = key.startsWith('saveJob:') ? parseSaveJob(value) : null;
    return job ? [job] : [];
  });
}

/** Calls `onJob` whenever any tab's save job is written. */
export function watchAllSaveJobs(onJob: (job: SaveJob) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    for (const [key, change] of Object.entries(changes)) {
      const job = key.startsWith('saveJob:') ? parseSaveJob(change.newValue) : null;
      if (job) onJob(job);
    }
  };
  browser.storage.session.onChanged.addListener(listener);
  return () => browser.storage.session.onChanged.removeListener(listener);
}

/** Calls `onJob` whenever the tab's save job changes (null when it is removed). */
export function watchSaveJob(tabId: number, onJob: (job: SaveJob | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[jobKey(tabId)];
    if (change) onJob(parseSaveJob(change.newValue));
  };
  browser.storage.session.onChanged.addListener(listener);
  return () => browser.storage.session.onChanged.removeListener(listener);
}

/**
 * Runs one extraction for `tabId` and records each step: "extracting" at once (the panel says
 * so), then the page or the refusal. `inject` runs the extraction script in the tab and resolves
 * to what it returned; a rejection (a browser page, a tab closed meanwhile) is a refusal.
 */
export async function runExtraction(tabId: number, inject: () => Promise<unknown>, at = Date.now()): Promise<SaveJob> {
  await putSaveJob({ tabId, at, state: 'extracting' });
  let job: SaveJob;
  try {
    job = jobFromExtraction(tabId, at, await inject());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    job = { tabId, at, state: 'unreachable', detail: detail.slice(0, 1000) };
  }
  await putSaveJob(job);
  return job;
}
