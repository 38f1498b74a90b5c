/**
 * Settings in browser storage, in two places:
 * - display choices and the global pause: one small `storage.sync` item (WXT storage item), so
 *   they follow the reader's Chrome profile;
 * - the sites turned off: one `storage.local` key per site (`site-off:<host>`). storage.sync
 *   allows 8 KB per item and 512 items, so a list there fails after a few hundred hosts; local
 *   storage holds 10 MB, and a key per site means two pages turning off two sites at once never
 *   overwrite each other's choice.
 * A list left in the sync item by an earlier version is moved to local keys on the first load.
 * Every write that fails rejects, so the control that made it can tell the reader.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, normalizeSettings, siteKey, type Settings } from './settings';

/** What the sync item holds: everything but the sites (an old version's `disabledSites` until moved). */
type SyncedSettings = Omit<Settings, 'disabledSites'> & { disabledSites?: unknown };

const { disabledSites: _none, ...SYNCED_DEFAULTS } = DEFAULT_SETTINGS;

export const settingsItem = storage.defineItem<SyncedSettings>('sync:settings', {
  fallback: SYNCED_DEFAULTS,
  version: SETTINGS_VERSION,
  // Version 1 is the first format. A later format adds `n: (old) => new` here; fields added
  // without a version bump are filled in by normalizeSettings.
  migrations: {},
});

export const SITE_KEY_PREFIX = 'site-off:';

/** The keys that can turn `url` off: its site and every domain above it (example.com covers news.example.com). */
function siteKeysFor(url: string): string[] {
  const labels = siteKey(url).split('.');
  return labels.map((_, i) => SITE_KEY_PREFIX + labels.slice(i).join('.'));
}

/** Every site turned off, or with `forUrl` only those that cover it (a page reads a few keys, not thousands). */
async function disabledSitesStored(forUrl?: string): Promise<string[]> {
  const all = await browser.storage.local.get(forUrl === undefined ? null : siteKeysFor(forUrl));
  return Object.keys(all)
    .filter((key) => key.startsWith(SITE_KEY_PREFIX) && all[key] === true)
    .map((key) => key.slice(SITE_KEY_PREFIX.length));
}

/** Moves a sites list from the sync item (written by an earlier version) to one local key per site. */
async function moveLegacySites(synced: SyncedSettings): Promise<SyncedSettings> {
  if (!('disabledSites' in synced)) return synced;
  const { disabledSites: legacy, ...rest } = synced;
  const sites = normalizeSettings({ disabledSites: legacy }).disabledSites;
  // Local keys first: if the second write fails, the list is still in sync and is moved next time.
  if (sites.length) await browser.storage.local.set(Object.fromEntries(sites.map((s) => [SITE_KEY_PREFIX + s, true])));
  await settingsItem.setValue(rest);
  return rest;
}

/**
 * The reader's settings. A page passes its own address (`forUrl`): `disabledSites` then holds
 * only the entries that cover it, which is all isActiveOn needs, and 5,000 sites cost every
 * frame a few key reads instead of the whole list.
 */
export async function loadSettings(forUrl?: string): Promise<Settings> {
  const synced = await moveLegacySites(await settingsItem.getValue());
  return normalizeSettings({ ...synced, disabledSites: await disabledSitesStored(forUrl) });
}

/**
 * Applies `change` and stores what changed: each site turned on or off is its own key, the other
 * fields one sync item. Rejects when a write fails (quota, storage unavailable).
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const current = await loadSettings();
  const next = normalizeSettings(change(current));
  const before = new Set(current.disabledSites);
  const after = new Set(next.disabledSites);
  const added = next.disabledSites.filter((site) => !before.has(site));
  const removed = current.disabledSites.filter((site) => !after.has(site));
  if (added.length) await browser.storage.local.set(Object.fromEntries(added.map((s) => [SITE_KEY_PREFIX + s, true])));
  if (removed.length) await browser.storage.local.remove(removed.map((s) => SITE_KEY_PREFIX + s));
  const { disabledSites: _sites, ...synced } = next;
  const { disabledSites: _old, ...previous } = current;
  if (JSON.stringify(synced) !== JSON.stringify(previous)) await settingsItem.setValue(synced);
  return next;
}

/**
 * Calls `onChange` with the settings (as loadSettings(forUrl) reads them) whenever the sync item
 * or a site key that matters changes: any site, or with `forUrl` only the sites covering it.
 */
export function watchSettings(onChange: (settings: Settings) => void, forUrl?: string): () => void {
  const keys = forUrl === undefined ? null : new Set(siteKeysFor(forUrl));
  // Reads finish out of order: only the one started by the latest change is delivered.
  let latest = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    const relevant =
      area === 'sync'
        ? 'settings' in changes
        : area === 'local' &&
          Object.keys(changes).some((key) => (keys ? keys.has(key) : key.startsWith(SITE_KEY_PREFIX)));
    if (!relevant) return;
    const read = ++latest;
    loadSettings(forUrl).then(
      (settings) => read === latest && onChange(settings),
      (error: unknown) => console.warn('[techlens] settings unreadable', error),
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
