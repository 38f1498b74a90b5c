/**
 * Waits for a page to turn out Chinese. Client-rendered pages often ship an empty shell (no
 * `lang`, or a template's `lang="en"`) and fetch their article later: the check runs again
 * when content arrives or the `lang` attribute changes, at most about once a second, on the
 * new content as well as on the page's first text.
 */
import { isChinesePage, sampleText } from './language';
import { throttleWithMaxWait } from './throttle';

/** Added subtrees kept for the next check (the rest of a burst is covered by the page sample). */
const MAX_FRESH = 64;

function sampleOf(nodes: readonly Node[], limit = 4000): string {
  let sample = '';
  for (const node of nodes) {
    if (sample.length >= limit) break;
    if (node.nodeType === 3) sample += (node as Text).data;
    else if (node.nodeType === 1) sample += sampleText(node, limit - sample.length);
  }
  return sample.slice(0, limit);
}

/** The page's first text if the page looks Chinese now, else null. */
export function chineseSample(doc: Document): string | null {
  const sample = doc.body ? sampleText(doc.body) : '';
  return isChinesePage(doc.documentElement.lang, sample) ? sample : null;
}

/**
 * Resolves with a sample of the page's Chinese text once `doc` looks Chinese (at once if it
 * already does), or null if `signal` aborts first.
 */
export function whenChinese(doc: Document, signal: AbortSignal): Promise<string | null> {
  const now = chineseSample(doc);
  if (now !== null || signal.aborted) return Promise.resolve(now);
  return new Promise((resolve) => {
    const fresh: Node[] = [];
    const recheck = throttleWithMaxWait(
      () => {
        const added = sampleOf(fresh.splice(0));
        const sample = chineseSample(doc) ?? (isChinesePage(doc.documentElement.lang, added) ? added : null);
        if (sample !== null) done(sample);
      },
      { waitMs: 300, maxWaitMs: 1000 },
    );
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (fresh.length < MAX_FRESH) fresh.push(node);
      recheck();
    });
    const onAbort = () => done(null);
    function done(sample: string | null): void {
      observer.disconnect();
      recheck.cancel();
      signal.removeEventListener('abort', onAbort);
      resolve(sample);
    }
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['lang'],
    });
    signal.addEventListener('abort', onAbort);
  });
}
