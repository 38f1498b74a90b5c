import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  isSiteDisabled,
  normalizeSettings,
  scriptFor,
  siteKey,
  withSite,
} from '../../lib/settings/settings';

describe('settings', () => {
  it('fills what an older or partial stored value lacks with defaults, and keeps what is valid', () => {
    // A value stored before markedTypes, trigger and theme existed.
    const older = {
      paused: true,
      disabledSites: ['https://www.36kr.com/p/1', 'ithome.com.tw'],
      highlightStyle: 'background',
    };
    const settings = normalizeSettings(older);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      paused: true,
      disabledSites: ['36kr.com', 'ithome.com.tw'],
      highlightStyle: 'background',
    });
  });

  it('repairs corrupt values field by field instead of throwing or resetting everything', () => {
    for (const raw of [
      null,
      undefined,
      42,
      'x',
      [],
      { paused: 'yes', disabledSites: 'a.com', markedTypes: ['company', 'bogus'], trigger: 'shake', theme: 7 },
    ]) {
      const settings = normalizeSettings(raw);
      expect(settings.paused).toBe(false);
      expect(settings.trigger).toBe('hover');
      expect(settings.theme).toBe('system');
    }
    expect(normalizeSettings({ markedTypes: ['company', 'bogus', 'company'] }).markedTypes).toEqual(['company']);
    expect(normalizeSettings({ markedTypes: [] }).markedTypes).toEqual([]);
  });

  it('keys sites by hostname and covers subdomains', () => {
    expect(siteKey('https://WWW.Huxiu.com/article/1.html?x=1')).toBe('huxiu.com');
    expect(siteKey('bnext.com.tw')).toBe('bnext.com.tw');
    const off = withSite(DEFAULT_SETTINGS, 'https://www.ithome.com.tw/news/1', false);
    expect(off.disabledSites).toEqual(['ithome.com.tw']);
    expect(isSiteDisabled(off, 'https://news.ithome.com.tw/x')).toBe(true);
    expect(isSiteDisabled(off, 'https://notithome.com.tw/x')).toBe(false);
    expect(isActiveOn(off, 'https://36kr.com/')).toBe(true);
    const on = withSite(off, 'https://news.ithome.com.tw/x', true);
    expect(on.disabledSites).toEqual([]);
    expect(isActiveOn({ ...on, paused: true }, 'https://36kr.com/')).toBe(false);
  });

  it('chooses the script of corpus text', () => {
    expect(scriptFor(DEFAULT_SETTINGS, 'hant')).toBe('hant');
    expect(scriptFor({ ...DEFAULT_SETTINGS, script: 'hans' }, 'hant')).toBe('hans');
  });
});
