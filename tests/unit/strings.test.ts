import { describe, expect, it } from 'vitest';
import { LOCALES, STRINGS, localeFor, localeMessages, translator } from '../../lib/ui/strings';

describe('interface strings', () => {
  it('have every key in English, Simplified and Traditional, with the same substitutions', () => {
    for (const [key, entry] of Object.entries(STRINGS)) {
      expect(entry, key).toHaveLength(3);
      const slots = entry.map((text) =>
        [...text.matchAll(/\{(\d)\}/g)]
          .map((m) => m[1])
          .sort()
          .join(),
      );
      for (const text of entry) expect(text.trim(), key).not.toBe('');
      expect(new Set(slots).size, `${key} substitutions differ between locales`).toBe(1);
    }
  });

  it('keep Traditional strings free of Simplified-only characters', () => {
    // A few characters that exist only in Simplified: a Traditional string using them was not converted.
    const simplifiedOnly = /[们这说发设关显键类页标签笔记删复导输录击选户网]/;
    for (const [key, entry] of Object.entries(STRINGS)) expect(entry[2], key).not.toMatch(simplifiedOnly);
  });

  it('picks the locale from the browser language', () => {
    expect(localeFor('zh-CN')).toBe('zh_CN');
    expect(localeFor('zh')).toBe('zh_CN');
    expect(localeFor('zh-SG')).toBe('zh_CN');
    expect(localeFor('zh-TW')).toBe('zh_TW');
    expect(localeFor('zh-HK')).toBe('zh_TW');
    expect(localeFor('zh_Hant_MO')).toBe('zh_TW');
    expect(localeFor('en-US')).toBe('en');
    expect(localeFor('ja')).toBe('en');
  });

  it('substitutes {n} and writes Chrome message files with placeholders and escaped $', () => {
    expect(translator('zh_CN')('mentionStats', 12, 3)).toBe('12 次提及 · 3 篇文章');
    expect(translator('en')('importDone', 1, 2, 3)).toBe('Imported: 1 added, 2 updated, 3 unchanged.');
    for (const locale of LOCALES) {
      const messages = localeMessages(locale);
      expect(Object.keys(messages)).toEqual(Object.keys(STRINGS));
      expect(messages.mentionStats!.message).toContain('$P1$');
      expect(messages.mentionStats!.placeholders).toEqual({ p1: { content: '$1' }, p2: { content: '$2' } });
      for (const { message } of Object.values(messages))
        expect(message.replace(/\$P\d\$|\$\$/g, '')).not.toContain('$');
    }
  });
});

describe('the content script translator', () => {
  it('reads chrome.i18n with substitutions, and shows the key when a message is missing', async () => {
    const { i18nTranslator } = await import('../../lib/ui/i18n-translator');
    const global = globalThis as { chrome?: unknown };
    const saved = global.chrome;
    try {
      global.chrome = {
        i18n: {
          getMessage: (key: string, subs?: string[]) => (key === 'backedBy' ? `${subs?.[0] ?? '?'} 篇文章提及` : ''),
        },
      };
      const t = i18nTranslator();
      expect(t('backedBy', 3)).toBe('3 篇文章提及');
      expect(t('close')).toBe('close');
    } finally {
      global.chrome = saved;
    }
  });
});
