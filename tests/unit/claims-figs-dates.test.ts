import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { claimsOf } from './claims-fixture';

// Sentences written for these tests, with the fixture's fictional names (星辰科技, 云海集团, 蓝鲸智能).
const datesOf = (paragraph: string, at: string, carry?: ParagraphCarry) =>
  claimsOf(paragraph, at, carry).map((c) => c.dates.map((d) => [d.text, d.iso]));

describe('当季 and 季内: the quarter told of, not the one compared with', () => {
  it('takes 当季 in a later sentence to the quarter reported, past 较一季度', () => {
    expect(
      datesOf(
        '星辰科技第三季度毛利率为41.2%，较第二季度的44.5%明显回落。星辰科技芯片业务当季亏损达12亿元。',
        '2024-11-02',
      ),
    ).toEqual([
      [
        ['第三季度', '2024-Q3'],
        ['第二季度', '2024-Q2'],
      ],
      [['当季', '2024-Q3']],
    ]);
  });

  it('reads 季内 opening a clause after a quarter as that quarter', () => {
    // (The measure clause is a claim of its own, measure-lead.ts: the dates are read across both.)
    expect(datesOf('云海集团昨日公布去年第四季业绩，季内营收同比增长21%。', '2025-03-20').flat()).toEqual([
      ['昨日', '2025-03-19'],
      ['去年第四季', '2024-Q4'],
      ['季内', '2024-Q4'],
    ]);
  });
});

describe('全年 and 年初 in a report on last year', () => {
  it('puts a bare 全年 and 年初 in the year of the quarter just reported, when that is last year', () => {
    const carry: ParagraphCarry = { topic: null };
    datesOf('蓝鲸智能昨日公布去年第四季度业绩，营收增长18%。', '2025-03-12', carry);
    expect(
      datesOf(
        '蓝鲸智能第四季度亏损收窄。以全年计，蓝鲸智能共售出超过20万台设备，超额完成年初定下的15万台目标。',
        '2025-03-12',
        carry,
      ),
    ).toEqual([
      [['第四季度', '2024-Q4']],
      [
        ['全年', '2024'],
        ['年初', '2024-01'],
      ],
    ]);
  });

  it('keeps them in the article’s year for a forecast, a deadline, or an article on this year', () => {
    expect(datesOf('蓝鲸智能去年第四季度营收增长18%，预计全年营收将突破100亿元。', '2025-03-12').flat()).toContainEqual(
      ['全年', '2025'],
    );
    expect(datesOf('蓝鲸智能去年第四季度营收增长18%，公司将在年底前推出新品。', '2025-03-12').flat()).toContainEqual([
      '年底',
      '2025-12',
    ]);
    expect(datesOf('星辰科技第二季度营收增长9%，全年交付量有望创新高。', '2024-08-20').flat()).toContainEqual([
      '全年',
      '2024',
    ]);
  });
});

describe('a forecast’s frame makes its sentence future', () => {
  it('reads 下半年 after 预计， as the half still to come', () => {
    expect(datesOf('业内人士预计，随着星辰科技的新车在下半年陆续交付，市场格局或再生变化。', '2025-05-30')).toEqual([
      [['下半年', '2025-H2']],
    ]);
  });

  it('still reads a 下半年 told as done, in the first half, as last year’s', () => {
    expect(datesOf('星辰科技下半年营收增长12%，扭亏为盈。', '2025-03-30')).toEqual([[['下半年', '2024-H2']]]);
  });
});
