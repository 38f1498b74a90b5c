/**
 * The tab a side panel follows: a pinned one (?tab=ID: tests, a panel opened for one tab), or
 * the active tab of its window as the reader switches tabs.
 */
import { browser } from 'wxt/browser';

export function followTab(pinned: number | null, onTab: (tabId: number | null) => void): () => void {
  if (pinned !== null) {
    onTab(pinned);
    return () => {};
  }
  let latest = 0;
  const follow = async () => {
    const asked = ++latest;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    // Switching fast: only the answer to the last question counts.
    if (asked === latest) onTab(tab?.id ?? null);
  };
  void follow();
  const onActivated = () => void follow();
  browser.tabs.onActivated.addListener(onActivated);
  return () => browser.tabs.onActivated.removeListener(onActivated);
}
