/**
 * A Taiwan article names 新台币 once and counts later sums in a bare 元, sentences and paragraphs
 * on; 人民币 or 港元 named ends it, and a bracketed conversion or a foreign sum leaves it as it
 * was. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { articleCurrencyAfter, findFigures } from '../../lib/claims/quantities';
import { claimsOf } from './claims-fixture';

const unitsOf = (paragraphs: string[]) => {
  const carry: ParagraphCarry = { topic: null };
  return paragraphs.map((p) => claimsOf(p, '2024-11-15', carry).flatMap((c) => c.figures.map((f) => f.unit)));
};

describe('the currency a Taiwan article counts its bare 元 in', () => {
  it('carries 新台币 to a bare 元 in a later sentence and a later paragraph', () => {
    expect(
      unitsOf(['星辰科技第三季營收為新台幣2,150億元。該公司稅後純益為312億元。', '星辰科技全年資本支出約為480億元。']),
    ).toEqual([['TWD', 'TWD'], ['TWD']]);
  });

  it('stops at a sum named in 人民币 or 港元, and keeps a bare 元 yuan in an article that named neither', () => {
    expect(unitsOf(['星辰科技營收為新台幣2,150億元。', '云海集团第三季营收人民币925亿元，净利润为62亿元。'])).toEqual([
      ['TWD'],
      ['CNY', 'CNY'],
    ]);
    expect(unitsOf(['星辰科技第三季营收为925亿元。', '云海集团净利润为62亿元。'])).toEqual([['CNY'], ['CNY']]);
  });

  it('is left as it was by a bracketed conversion and by a foreign sum', () => {
    const sentence = '星辰科技營收為新台幣2,150億元（約66億美元），美國廠投資120億美元。';
    expect(articleCurrencyAfter(findFigures(sentence), sentence, null)).toBe('TWD');
    const yuan = '星辰科技營收為人民幣925億元（約新台幣4,100億元）。';
    expect(articleCurrencyAfter(findFigures(yuan), yuan, 'TWD')).toBe(null);
  });

  it('never carries 港元: Hong Kong copy quotes prices in 港元 and results in a bare 元 of 人民币', () => {
    const sentence = '星辰科技股價收報12.5港元。';
    expect(articleCurrencyAfter(findFigures(sentence), sentence, null)).toBe(null);
    expect(articleCurrencyAfter(findFigures(sentence), sentence, 'TWD')).toBe(null);
  });
});
