/**
 * The side panel following its tab's save job (lib/library/save-job.ts): each step becomes a
 * SaveStatus; an extracted page is processed and written once by this panel (a job already
 * being processed here is not started twice when its first read and a change event both see
 * it); the job is removed once its outcome is shown.
 */
import { finishSaveJob, readSaveJob, watchSaveJob, type SaveJob } from '../library/save-job';
import { completeSave, statusOfJob, type SaveStatus, type SaveSteps } from './save-status';

export function followSaves(tabId: number, steps: SaveSteps, onStatus: (status: SaveStatus) => void): () => void {
  const started = new Set<number>();
  let stopped = false;
  const handle = async (job: SaveJob | null) => {
    if (!job || stopped) return;
    const shown = statusOfJob(job);
    if (shown) {
      onStatus(shown);
      if (job.state !== 'extracting') await finishSaveJob(job);
      return;
    }
    if (job.state !== 'extracted' || started.has(job.at)) return;
    started.add(job.at);
    onStatus({ phase: 'processing' });
    const status = await completeSave(job, steps);
    // Written (or refused) whatever happens to this view: the job is done either way.
    await finishSaveJob(job);
    if (!stopped) onStatus(status);
  };
  void readSaveJob(tabId).then(handle);
  const unwatch = watchSaveJob(tabId, (job) => void handle(job));
  return () => {
    stopped = true;
    unwatch();
  };
}
