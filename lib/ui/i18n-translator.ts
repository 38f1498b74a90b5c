/**
 * The translator for the content script: chrome.i18n alone (the build writes every locale's
 * messages from lib/ui/strings.ts). Unlike browserTranslator it has no fallback table, so the
 * content script does not carry every string of every locale (the table grows with the panel's
 * features, the script that runs on every page must not).
 */
import type { Translate } from './strings';

export function i18nTranslator(): Translate {
  const i18n = (globalThis as { chrome?: { i18n?: { getMessage(key: string, subs?: string[]): string } } }).chrome
    ?.i18n;
  // A key with no message reads as itself: visible, never blank.
  return (key, ...subs) => i18n?.getMessage(key, subs.map(String)) || key;
}
