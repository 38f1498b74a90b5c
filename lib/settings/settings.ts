/**
 * The reader's settings: shape, defaults, and repair of whatever storage holds. Pure data, so it is
 * tested in Node; lib/settings/store.ts keeps it in browser storage.
 */
import { ENTITY_TYPES, type EntityType } from '../core/entity-type';
import type { ScriptChoice } from '../core/script';

export type HighlightStyle = 'underline' | 'background' | 'hover';
export type ScriptPreference = 'page' | ScriptChoice;
export type Theme = 'system' | 'light' | 'dark';
/** hover: rest the pointer; modifier: rest it while holding Alt; click: click the name. */
export type HoverTrigger = 'hover' | 'modifier' | 'click';

export interface Settings {
  /** Global pause: no marks anywhere until resumed. */
  paused: boolean;
  /** Hostnames (lower case, no "www.") where the extension is off. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  /** Types that get marks; the others are still recognized (for the panel) but not marked. */
  markedTypes: EntityType[];
  trigger: HoverTrigger;
  /** Script of corpus text in the popover and panel: the page's, or a fixed one. */
  script: ScriptPreference;
  theme: Theme;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  disabledSites: [],
  highlightStyle: 'underline',
  markedTypes: [...ENTITY_TYPES],
  trigger: 'hover',
  script: 'page',
  theme: 'system',
});

/** Far above any reader's list (each site is its own storage key); bounds a corrupt value. */
export const MAX_SITES = 50_000;

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** A site as the disabled list keys it: the hostname, lower case, without "www.". */
export function siteKey(urlOrHost: string): string {
  let host = urlOrHost.trim().toLowerCase();
  try {
    if (host.includes('/')) host = new URL(host).hostname;
  } catch {
    /* not a URL: take it as a hostname */
  }
  return host.replace(/^www\./, '').replace(/\.$/, '');
}

/**
 * Whatever storage holds (an older version's fields, a hand-edited or corrupt value) becomes a
 * valid Settings: known fields are kept when valid, anything else falls back to its default.
 */
export function normalizeSettings(raw: unknown): Settings {
  const v = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const sites = Array.isArray(v.disabledSites)
    ? v.disabledSites.filter((s): s is string => typeof s === 'string' && s.trim().length > 0 && s.length < 300)
    : [];
  const types = Array.isArray(v.markedTypes)
    ? v.markedTypes.filter((t): t is EntityType => ENTITY_TYPES.includes(t as EntityType))
    : [...DEFAULT_SETTINGS.markedTypes];
  return {
    paused: typeof v.paused === 'boolean' ? v.paused : DEFAULT_SETTINGS.paused,
    disabledSites: [...new Set(sites.map(siteKey))].slice(0, MAX_SITES),
    highlightStyle: oneOf(v.highlightStyle, ['underline', 'background', 'hover'], DEFAULT_SETTINGS.highlightStyle),
    markedTypes: [...new Set(types)],
    trigger: oneOf(v.trigger, ['hover', 'modifier', 'click'], DEFAULT_SETTINGS.trigger),
    script: oneOf(v.script, ['page', 'hans', 'hant'], DEFAULT_SETTINGS.script),
    theme: oneOf(v.theme, ['system', 'light', 'dark'], DEFAULT_SETTINGS.theme),
  };
}

export function isSiteDisabled(settings: Settings, url: string): boolean {
  const key = siteKey(url);
  // Turning off example.com also covers news.example.com.
  return settings.disabledSites.some((site) => key === site || key.endsWith(`.${site}`));
}

export function isActiveOn(settings: Settings, url: string): boolean {
  return !settings.paused && !isSiteDisabled(settings, url);
}

export function withSite(settings: Settings, url: string, enabled: boolean): Settings {
  const key = siteKey(url);
  const rest = settings.disabledSites.filter((site) => site !== key && !(enabled && key.endsWith(`.${site}`)));
  return { ...settings, disabledSites: enabled ? rest : [...rest, key] };
}

export function scriptFor(settings: Settings, pageScript: ScriptChoice): ScriptChoice {
  return settings.script === 'page' ? pageScript : settings.script;
}
