/**
 * The side panel following its tab's save job (lib/library/save-job.ts): each step becomes a
 * SaveStatus; an extracted page is processed and written once by this panel (a job already
 * being processed here is not started twice when its first read and a change event both see
 * it); the job is removed once its outcome is shown. A page extracted from a tab that was closed
 * before any panel took it is adopted by whichever panel sees it, so closing the tab right after
 * "save" loses nothing.
 */
import {
  finishSaveJob,
  readAllSaveJobs,
  readSaveJob,
  watchAllSaveJobs,
  watchSaveJob,
  type SaveJob,
} from '../library/save-job';
import { completeSave, statusOfJob, type SaveStatus, type SaveSteps } from './save-status';

export function followSaves(
  tabId: number,
  steps: SaveSteps,
  onStatus: (status: SaveStatus) => void,
  tabExists: (tabId: number) => Promise<boolean>,
): () => void {
  const started = new Set<string>();
  let stopped = false;
  const handle = async (job: SaveJob | null) => {
    if (!job || stopped) return;
    const shown = statusOfJob(job);
    if (shown) {
      onStatus(shown);
      if (job.state !== 'extracting') await finishSaveJob(job);
      return;
    }
    const key = `${job.tabId}:${job.at}`;
    if (job.state !== 'extracted' || started.has(key)) return;
    started.add(key);
    onStatus({ phase: 'processing' });
    const status = await completeSave(job, steps);
    // Written (or refused) whatever happens to this view: the job is done either way.
    await finishSaveJob(job);
    if (!stopped) onStatus(status);
  };
  void readSaveJob(tabId).then(handle);
  const unwatch = watchSaveJob(tabId, (job) => void handle(job));
  // Another tab's extracted page: taken only once that tab is gone (its own panel would show it).
  const adopt = async (job: SaveJob) => {
    if (job.tabId === tabId || job.state === 'extracting' || (await tabExists(job.tabId))) return;
    // A refusal nobody will see any more is dropped; a page is saved.
    if (job.state === 'extracted') await handle(job);
    else await finishSaveJob(job);
  };
  void readAllSaveJobs().then(async (jobs) => {
    for (const job of jobs) await adopt(job);
  });
  const unwatchAll = watchAllSaveJobs((job) => void adopt(job));
  return () => {
    stopped = true;
    unwatch();
    unwatchAll();
  };
}
