import { describe, expect, it } from 'vitest';
import { findDates, findFigures } from '../../lib/claims/quantities';
import { claimsOf } from './claims-fixture';

// Sentences written for these tests, with the fixture's fictional names (星辰科技, 云海集团).
const datesOf = (paragraph: string, at = '2024-08-25') =>
  claimsOf(paragraph, at).map((c) => c.dates.map((d) => [d.text, d.iso]));
const figuresOf = (paragraph: string) =>
  claimsOf(paragraph).map((c) => c.figures.map((f) => [f.text, f.min, f.max, f.unit]));

describe('full-width digits, as some sites set them', () => {
  it('reads full-width digits, decimal point and percent sign, the text kept as written', () => {
    expect(figuresOf('星辰科技营收达１２０亿元，同比增长１５．５％。')).toEqual([
      [
        ['达１２０亿元', 1.2e10, 1.2e10, 'CNY'],
        ['１５．５％', 15.5, 15.5, 'percent'],
      ],
    ]);
    expect(findFigures('云海集团员工超过３０００人。').map((f) => [f.text, f.min, f.max])).toEqual([
      ['超过３０００人', 3000, null],
    ]);
  });

  it('reads a full-width comma between thousands, not one between clauses', () => {
    expect(findFigures('营收为8，050亿元。').map((f) => [f.text, f.min])).toEqual([['8，050亿元', 8.05e11]]);
    expect(findFigures('营收为８，０５０亿元。').map((f) => [f.text, f.min])).toEqual([['８，０５０亿元', 8.05e11]]);
    expect(findFigures('营收增长12%，500家门店同步开业。').map((f) => f.text)).toEqual(['12%', '500家']);
  });

  it('reads full-width dates', () => {
    expect(findDates('星辰科技２０２４年３月１５日发布Nova模型。', '2024-08-25').map((d) => [d.text, d.iso])).toEqual([
      ['２０２４年３月１５日', '2024-03-15'],
    ]);
  });
});

describe('quarters listed forward in one paragraph', () => {
  it('puts a later bare quarter in the year of the quarter named before it', () => {
    expect(datesOf('星辰科技第一季度净利润同比下降8%，第二季度则增长12%。', '2024-03-15')).toEqual([
      [
        ['第一季度', '2024-Q1'],
        ['第二季度', '2024-Q2'],
      ],
    ]);
    expect(datesOf('星辰科技2023年第三季度营收为40亿元，第四季度营收为45亿元。').flat()).toEqual([
      ['2023年第三季度', '2023-Q3'],
      ['第四季度', '2023-Q4'],
    ]);
    expect(datesOf('星辰科技去年第二季營收年增20%，第三季則持平。').flat()).toEqual([
      ['去年第二季', '2023-Q2'],
      ['第三季', '2023-Q3'],
    ]);
  });

  it('leaves a quarter that comes back to an earlier number, and one after a comparison base, to the article', () => {
    expect(datesOf('星辰科技去年第四季度营收为50亿元，第一季度为40亿元。', '2024-05-10').flat()).toEqual([
      ['去年第四季度', '2023-Q4'],
      ['第一季度', '2024-Q1'],
    ]);
    expect(
      datesOf('星辰科技第一季营收为20亿元，去年同期为18亿元；第三季营收预计为25亿元。', '2024-05-10').flat(),
    ).toEqual([
      ['第一季', '2024-Q1'],
      ['去年同期', '2023-Q1'],
      ['第三季', '2024-Q3'],
    ]);
  });
});

describe('去年同期 after the day a report was told', () => {
  it('goes back to the quarter or half the report is about, not the day it came out', () => {
    expect(datesOf('星辰科技第二季度营收为50亿元。公司8月20日表示，净利润较去年同期增长20%。')[1]).toEqual([
      ['8月20日', '2024-08-20'],
      ['去年同期', '2023-Q2'],
    ]);
    expect(
      datesOf('星辰科技上半年營收增長兩成，公司周二公佈的財報顯示，淨利潤較去年同期增長三成。').flat(),
    ).toContainEqual(['去年同期', '2023-H1']);
  });

  it('keeps only the year when no period is named, and a day that is itself measured', () => {
    expect(datesOf('星辰科技8月20日发布公告称，净利润较去年同期增长20%。').flat()).toContainEqual(['去年同期', '2023']);
    expect(datesOf('星辰科技8月18日当天销售额较去年同期增长20%。').flat()).toContainEqual(['去年同期', '2023-08-18']);
  });
});

describe('a bound before the verb over a hedged amount', () => {
  it('bounds 约 / 近 amounts after 最多 + verb and 至少 + verb', () => {
    expect(findFigures('星辰科技最多融资约60亿元。').map((f) => [f.text, f.min, f.max])).toEqual([
      ['约60亿元', 0, 6e9],
    ]);
    expect(findFigures('云海集团至少投资近10亿元。').map((f) => [f.text, f.min, f.max])).toEqual([
      ['近10亿元', 1e9, null],
    ]);
    expect(findFigures('星辰科技融资约60亿元。').map((f) => [f.text, f.min, f.max])).toEqual([['约60亿元', 6e9, 6e9]]);
  });
});
