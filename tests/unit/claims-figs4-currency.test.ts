/**
 * Where a Taiwan article counts its bare 元 in 新台币 before naming it: copy about Taiwan's stock
 * market (台股, 加權指數, 投信), copy converting a foreign sum into 新台币 for its readers, and a
 * bare 元 with its bound written after it (跌至300元以下). Fictional sentences only (claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import type { Unit } from '../../lib/claims/vocabulary';
import { articleCurrencyAfter, findFigures } from '../../lib/claims/quantities';
import { claimsOf } from './claims-fixture';

const unitsOf = (paragraphs: string[]) => {
  const carry: ParagraphCarry = { topic: null };
  return paragraphs.map((p) => claimsOf(p, '2025-05-20', carry).flatMap((c) => c.figures.map((f) => f.unit)));
};
const after = (sentence: string, before: Unit | null = null) =>
  articleCurrencyAfter(findFigures(sentence), sentence, before);

describe('a Taiwan article that names no 新台币', () => {
  it('counts share prices and market values in 新台币 once Taiwan’s market is named', () => {
    expect(after('台股今日重挫800點，加權指數收在20,150點。')).toBe('TWD');
    expect(after('一位投信經理人指出，電子股仍有壓力。')).toBe('TWD');
    expect(
      unitsOf(['台股今日重挫800點，電子權值股全面走低。', '星辰科技股價收在415元，市值蒸發逾1,200億元。']),
    ).toEqual([[], ['TWD', 'TWD']]);
  });

  it('counts in 新台币 after a foreign sum converted into it', () => {
    expect(after('星辰科技將在美國投資300億美元（約合新台幣9,800億元）。')).toBe('TWD');
    expect(
      unitsOf(['星辰科技將在美國投資300億美元（約合新台幣9,800億元）。', '星辰科技股價今日收在1,120元。']),
    ).toEqual([['USD', 'TWD'], ['TWD']]);
  });

  it('reads a bare 元 with a bound after it as bare: 新台币 carries to it', () => {
    expect(unitsOf(['台股今日開低走低。', '星辰科技股價一度跌至300元以下。'])).toEqual([[], ['TWD']]);
    expect(after('星辰科技股價一度跌至300元以下。', 'TWD')).toBe('TWD');
  });
});

describe('what must stay yuan', () => {
  it('a sum in 人民币 converted into 新台币: the copy tells mainland sums', () => {
    expect(after('云海集团營收為925億元人民幣（約新台幣4,100億元）。')).toBe(null);
    expect(unitsOf(['云海集团營收為925億元人民幣（約新台幣4,100億元）。', '云海集团經營利潤為146億元。'])).toEqual([
      ['CNY', 'TWD'],
      ['CNY'],
    ]);
  });

  it('a mainland article naming no market, and a 人民币 sum after the market was named', () => {
    expect(unitsOf(['云海集团第三季营收为925亿元。'])).toEqual([['CNY']]);
    expect(after('云海集团营收为人民币925亿元。', after('台股今日收高。'))).toBe(null);
  });

  it('a Hong Kong market and a bound after a 人民币 sum', () => {
    expect(after('恒生指数今日收跌300点，云海集团股价收报12.5港元。')).toBe(null);
    expect(after('云海集团营收为人民币50亿元以上。', 'TWD')).toBe(null);
  });
});
