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

/** The page's language as it stands now. */
export function looksChinese(doc: Document): boolean {
  return isChinesePage(doc.documentElement.lang, doc.body ? sampleText(doc.body) : '');
}

/** Resolves true once `doc` looks Chinese (at once if it already does), false if `signal` aborts first. */
export function whenChinese(doc: Document, signal: AbortSignal): Promise<boolean> {
  if (looksChinese(doc)) return Promise.resolve(true);
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const fresh: Node[] = [];
    const recheck = throttleWithMaxWait(
      () => {
        const added = fresh.splice(0);
        if (looksChinese(doc) || isChinesePage(doc.documentElement.lang, sampleOf(added))) done(true);
      },
      { waitMs: 300, maxWaitMs: 1000 },
    );
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (fresh.length < MAX_FRESH) fresh.push(node);
      recheck();
    });
    const onAbort = () => done(false);
    function done(chinese: boolean): void {
      observer.disconnect();
      recheck.cancel();
      signal.removeEventListener('abort', onAbort);
      resolve(chinese);
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
