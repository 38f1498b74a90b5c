/**
 * Settings in browser storage (WXT storage item: default, version, migrations). `sync` so they
 * follow the reader's Chrome profile; every extension context watches the item and applies a
 * change at once.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, normalizeSettings, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // Version 1 is the first format. A later format adds `n: (old) => new` here; fields added
  // without a version bump are filled in by normalizeSettings.
  migrations: {},
});

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}
