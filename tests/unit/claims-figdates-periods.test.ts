import { describe, expect, it } from 'vitest';
import { carryDates, findDates, findFigures } from '../../lib/claims/quantities';
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

describe('去年同期 after a month outside the quarter reported', () => {
  it('skips a month inside a modifier (在5月给出的指引) for the quarter named before it', () => {
    expect(
      datesOf(
        '星辰科技8月8日公布第二季度财报，营收优于公司在5月给出的指引。净利润率为12%，低于去年同期的15%。',
        '2024-08-09',
      )[1],
    ).toContainEqual(['去年同期', '2023-Q2']);
    // (A month inside the quarter is a period of its own: 9月 of 第三季度.)
    expect(datesOf('星辰科技第三季度营收为50亿元，其中9月营收较去年同期增长20%。', '2024-10-25').flat()).toContainEqual(
      ['去年同期', '2023-09'],
    );
  });
});

describe('a week as certain as it is', () => {
  it('gives 上周 its month, or only its year when the week runs across two months', () => {
    // (Friday 7 July 2023: the week before ran from 26 June to 2 July.)
    expect(datesOf('星辰科技股价上周累计上涨约6%。', '2023-07-07')).toEqual([[['上周', '2023']]]);
    expect(datesOf('星辰科技股价上周累计上涨约6%。', '2023-07-14')).toEqual([[['上周', '2023-07']]]);
    expect(datesOf('星辰科技上週股價累計上漲約6%。', '2025-01-08')).toEqual([[['上週', '']]]);
  });
});

describe("a company's fiscal calendar", () => {
  const at = '2025-02-27';
  const dated = (paragraphs: string[]) => {
    let carried: ReturnType<typeof carryDates> = [];
    return paragraphs.map((p) => {
      const found = findDates(p, at, '', carried).map((d) => [d.text, d.iso]);
      carried = carryDates(p, at, carried);
      return found;
    });
  };

  it('keeps 本季, 上季, 全年 and 较前一年 as written once a fiscal period is named, in later paragraphs too', () => {
    expect(
      dated([
        '星辰科技公布2025财年第四季财报，单季营收达50亿美元，并给出本季营收指引55亿美元。',
        '全年营收则达180亿美元，较前一年增长60%。',
        '星辰科技预计本季毛利率约为70%，较上季的73%下滑。',
      ]),
    ).toEqual([
      [
        ['2025财年第四季', ''],
        ['本季', ''],
      ],
      [
        ['全年', ''],
        ['前一年', ''],
      ],
      [
        ['本季', ''],
        ['上季', ''],
      ],
    ]);
  });

  it('reads them on the calendar when no fiscal period is named', () => {
    expect(dated(['星辰科技预计本季毛利率约为70%，较上季的73%下滑。', '全年营收则达180亿美元。'])).toEqual([
      [
        ['本季', '2025-Q1'],
        ['上季', '2024-Q4'],
      ],
      [['全年', '2025']],
    ]);
  });
});

describe('次日 after the day of an event', () => {
  it('counts from the day 当天 found by the event, not from the last day written', () => {
    expect(
      datesOf(
        '云海集团3月1日公布新规。星辰科技3月5日发布Nova模型。新规公布当天，星辰科技股价下跌4.7%，次日再跌近3%。',
        '2024-03-15',
      )
        .slice(2)
        .flat(),
    ).toEqual([
      ['当天', '2024-03-01'],
      ['次日', '2024-03-02'],
    ]);
  });

  it('keeps a 当天 after a 次日 on the day the text named', () => {
    expect(
      datesOf('星辰科技3月1日发布Nova模型，发布会次日股价上涨5%；发布当天股价持平。', '2024-03-15').flat(),
    ).toEqual([
      ['3月1日', '2024-03-01'],
      ['次日', '2024-03-02'],
      ['当天', '2024-03-01'],
    ]);
  });
});

describe('an estimate for this fiscal quarter', () => {
  it('stays a forecast though the fiscal quarter is shown as written', () => {
    const [claim] = claimsOf('星辰科技公布2025财年第四季财报，并预估本季营收约为55亿美元。', '2025-02-27');
    expect(claim?.dates.map((d) => [d.text, d.iso])).toEqual([
      ['2025财年第四季', ''],
      ['本季', ''],
    ]);
    expect(claim?.modality).toBe('forecast');
  });
});

describe('去年同期 before a month’s measure', () => {
  it('is the last month named a year back when its clause counts a single month (单月, 当月)', () => {
    expect(
      datesOf(
        '星辰科技12月交付新车约4.9万辆，全年累计交付约44.5万辆。去年同期，星辰科技单月交付量仅为2.4万辆。',
        '2025-01-02',
      )[2],
    ).toEqual([['去年同期', '2023-12']]);
    let carried = carryDates('云海集团11月销量为3万台，全年销量为30万台。', '2024-12-20');
    carried = carryDates('云海集团在华东地区的门店数量增至500家。', '2024-12-20', carried);
    // (当月 after it is that month too.)
    expect(
      findDates('去年同期，云海集团当月销量不足2万台。', '2024-12-20', '', carried).map((d) => [d.text, d.iso]),
    ).toEqual([
      ['去年同期', '2023-11'],
      ['当月', '2023-11'],
    ]);
  });

  it('stays the period named when its clause counts no month', () => {
    expect(datesOf('星辰科技第四季度营收50亿元。去年同期，星辰科技营收为40亿元。', '2025-01-20')[1]).toEqual([
      ['去年同期', '2023-Q4'],
    ]);
  });
});
