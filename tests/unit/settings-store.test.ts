// The settings store over WXT's fake browser, with Chrome's documented storage.sync limits
// enforced (8,192 bytes per item): the sites turned off live in local storage, one key per site.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(async () => {
  const testing = await import('wxt/testing/fake-browser');
  // wxt/browser and WXT storage pick `chrome` when there is no `browser` with a runtime id.
  (globalThis as { chrome?: unknown }).chrome = testing.fakeBrowser;
  return testing;
});

import { isActiveOn, withSite } from '../../lib/settings/settings';
import { SITE_KEY_PREFIX, loadSettings, updateSettings, watchSettings } from '../../lib/settings/store';

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM: a larger item is refused, as Chrome does. */
const SYNC_ITEM_BYTES = 8192;

const syncSet = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);

beforeEach(() => {
  fakeBrowser.reset();
  const limitedSet: typeof syncSet = (items) => {
    for (const [key, value] of Object.entries(items))
      if (key.length + JSON.stringify(value).length > SYNC_ITEM_BYTES)
        return Promise.reject(new Error('Resource::kQuotaBytesPerItem quota exceeded'));
    return syncSet(items);
  };
  Object.assign(fakeBrowser.storage.sync, { set: limitedSet });
});
afterEach(() => {
  Object.assign(fakeBrowser.storage.sync, { set: syncSet });
  vi.restoreAllMocks();
});

const hosts = (n: number) => Array.from({ length: n }, (_, i) => `news-site-number-${i}.example-media-group.com`);

describe('settings store', () => {
  it('keeps 5,000 sites turned off, each its own local key, and finds every one', async () => {
    const sites = hosts(5_000);
    await updateSettings((s) => ({ ...s, disabledSites: sites }));
    const loaded = await loadSettings();
    expect(loaded.disabledSites).toHaveLength(5_000);
    expect(isActiveOn(loaded, 'https://news-site-number-4999.example-media-group.com/a')).toBe(false);
    expect(isActiveOn(loaded, 'https://36kr.com/')).toBe(true);
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local).filter((k) => k.startsWith(SITE_KEY_PREFIX))).toHaveLength(5_000);
    // One more, from a page's "turn off" button, on top of the 5,000.
    await updateSettings((s) => withSite(s, 'https://www.36kr.com/p/1', false));
    expect(isActiveOn(await loadSettings(), 'https://36kr.com/')).toBe(false);
  });

  it('gives a page only the entries that cover it, and tells it only about those', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: [...hosts(5_000), 'ithome.com.tw'] }));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const forPage = await loadSettings('https://www.news.ithome.com.tw/p/1');
    expect(forPage.disabledSites).toEqual(['ithome.com.tw']);
    expect(isActiveOn(forPage, 'https://www.news.ithome.com.tw/p/1')).toBe(false);
    expect(get).toHaveBeenCalledWith([
      `${SITE_KEY_PREFIX}news.ithome.com.tw`,
      `${SITE_KEY_PREFIX}ithome.com.tw`,
      `${SITE_KEY_PREFIX}com.tw`,
      `${SITE_KEY_PREFIX}tw`,
    ]);
    const seen: string[][] = [];
    const unwatch = watchSettings((s) => seen.push(s.disabledSites), 'https://36kr.com/p/1');
    await updateSettings((s) => withSite(s, 'https://other.example/', false));
    await updateSettings((s) => withSite(s, 'https://36kr.com/', false));
    await vi.waitFor(() => expect(seen).toEqual([['36kr.com']]));
    unwatch();
  });

  it('moves a sites list stored by the previous version out of the sync item, keeping the other settings', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { paused: true, disabledSites: ['https://www.36kr.com/p/1', 'ithome.com.tw'], theme: 'dark' },
    });
    const loaded = await loadSettings();
    expect(loaded).toMatchObject({ paused: true, theme: 'dark', disabledSites: ['36kr.com', 'ithome.com.tw'] });
    const { settings } = await fakeBrowser.storage.sync.get('settings');
    expect(settings).not.toHaveProperty('disabledSites');
    expect(settings).toMatchObject({ paused: true, theme: 'dark' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      [`${SITE_KEY_PREFIX}36kr.com`]: true,
      [`${SITE_KEY_PREFIX}ithome.com.tw`]: true,
    });
  });

  it('turns a site back on by removing its key, and two sites changed at once both stick', async () => {
    await updateSettings((s) => withSite(s, 'https://a.com/', false));
    await Promise.all([
      updateSettings((s) => withSite(s, 'https://b.com/', false)),
      updateSettings((s) => withSite(s, 'https://a.com/', true)),
    ]);
    expect((await loadSettings()).disabledSites).toEqual(['b.com']);
  });

  it('rejects when a write fails, so the control can tell the reader, and changes nothing else', async () => {
    await updateSettings((s) => ({ ...s, theme: 'dark' }));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(updateSettings((s) => withSite({ ...s, paused: true }, 'https://a.com/', false))).rejects.toThrow(
      /quota/,
    );
    expect(await loadSettings()).toMatchObject({ paused: false, theme: 'dark', disabledSites: [] });
  });

  it('tells watchers about a site turned off and about a display change, with the whole settings', async () => {
    const seen: Array<{ sites: string[]; theme: string }> = [];
    const unwatch = watchSettings((s) => seen.push({ sites: s.disabledSites, theme: s.theme }));
    await updateSettings((s) => withSite(s, 'https://a.com/', false));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ sites: ['a.com'], theme: 'system' }));
    await updateSettings((s) => ({ ...s, theme: 'light' }));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ sites: ['a.com'], theme: 'light' }));
    unwatch();
  });
});
