import { describe, expect, it } from 'vitest';
import { findDates, findFigures } from '../../lib/claims/quantities';
import { claimsOf } from './claims-fixture';

// Sentences written for these tests, with the fixture's fictional names (星辰科技, 云海集团, 蓝鲸智能).
const dates = (text: string, at: string) => findDates(text, at).map((d) => [d.text, d.iso]);
const figures = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

describe('spans of a year so far, as Hong Kong and Taiwan write them', () => {
  it('dates 首三季 as its year, as 前三季度 is (首季 stays the first quarter)', () => {
    expect(dates('云海集团首三季純利為80億港元', '2024-11-20')).toEqual([['首三季', '2024']]);
    // (The first two quarters are the first half, as the first six months are.)
    expect(dates('蓝鲸智能去年首兩季虧損收窄', '2024-11-20')).toEqual([['去年首兩季', '2023-H1']]);
    expect(dates('星辰科技前两季度累计出货', '2024-11-20')).toEqual([['前两季度', '2024-H1']]);
    expect(dates('星辰科技首季營收創新高', '2024-05-20')).toEqual([['首季', '2024-Q1']]);
  });

  it('reads 头两个月 as 前两个月: the year, and no length of two months', () => {
    expect(dates('蓝鲸智能今年头两个月销量达5万辆', '2024-03-20')).toEqual([['今年头两个月', '2024']]);
    expect(figures('蓝鲸智能今年頭兩個月銷量達5萬輛')).toEqual([['達5萬輛', 50000, 50000, 'count']]);
  });
});

describe('同月 after a year named in between', () => {
  it('goes back to the last month, not to a target year that has none', () => {
    expect(
      dates('今年3月，星辰科技签署协议，计划到2028年部署1000台设备；同月，其又与云海集团合作', '2025-08-05'),
    ).toEqual([
      ['今年3月', '2025-03'],
      ['2028年', '2028'],
      ['同月', '2025-03'],
    ]);
    // (With no month before it at all, it stays unread.)
    expect(dates('2023年，云海集团成立；同月，星辰科技发布Nova', '2025-08-05')).toEqual([
      ['2023年', '2023'],
      ['同月', ''],
    ]);
  });
});

describe('上年 in a report on last year', () => {
  it('is the year before the year reported, else the year before the article', () => {
    expect(dates('星辰科技2024年毛利率为42%，较上年下跌1.5个百分点', '2025-03-20')).toEqual([
      ['2024年', '2024'],
      ['上年', '2023'],
    ]);
    expect(dates('云海集团上年度营收增长8%', '2025-03-20')).toEqual([['上年度', '2024']]);
    // (A second 上年 in the passage is the same year as the first.)
    expect(
      findDates('毛利率较上年下跌1.5个百分点。', '2025-03-20', '云海集团2024年营收占比由上年的30%升至45%。').map(
        (d) => [d.text, d.iso],
      ),
    ).toEqual([['上年', '2023']]);
  });
});

describe('下一季 in a results story', () => {
  it('is the quarter after the one reported', () => {
    expect(dates('云海集团第三季營收增長22%。公司並未提供下一季的營收財測', '2024-11-30')).toEqual([
      ['第三季', '2024-Q3'],
      ['下一季', '2024-Q4'],
    ]);
    expect(dates('星辰科技第二季度营收增长，预计下一季度营收增长10%', '2024-08-30')).toEqual([
      ['第二季度', '2024-Q2'],
      ['下一季度', '2024-Q3'],
    ]);
  });

  it('reads 上一季度 after a quarter reported as the quarter before it', () => {
    expect(dates('云海集团今年第三季度营收为40亿元，上一季度为35亿元', '2024-11-25')).toEqual([
      ['今年第三季度', '2024-Q3'],
      ['上一季度', '2024-Q2'],
    ]);
    expect(dates('星辰科技上一季度营收持平', '2024-11-25')).toEqual([['上一季度', '2024-Q3']]);
  });

  it('leaves a bare 下一季 with no quarter reported unread (a season of a show), and counts 下季度 from the article', () => {
    expect(dates('该节目下一季将于明年播出', '2024-11-30')).toEqual([['明年', '2025']]);
    expect(dates('星辰科技预计下季度营收增长10%', '2024-11-30')).toEqual([['下季度', '2025-Q1']]);
  });
});

describe('a benchmark total in 万分', () => {
  it('reads 万分 as points', () => {
    expect(figures('Nova芯片安兔兔跑分約280萬分')).toEqual([['約280萬分', 2.8e6, 2.8e6, 'points']]);
    expect(figures('新机跑分超过250万分')).toEqual([['超过250万分', 2.5e6, null, 'points']]);
    expect(figures('出错概率仅为万分之一')).toEqual([]);
  });

  it('gives the claim its score', () => {
    const [claim] = claimsOf('蓝鲸智能的新芯片安兔兔跑分约210万分。', '2024-10-20');
    expect(claim?.figures.map((f) => [f.text, f.min, f.unit])).toEqual([['约210万分', 2.1e6, 'points']]);
  });
});

describe('明日 with its day in brackets', () => {
  it('is that day of this month or the next, as 明（9）日 is', () => {
    expect(dates('蓝鲸智能明日（26日）發表新機', '2024-10-25')).toEqual([['明日（26日）', '2024-10-26']]);
    expect(dates('星辰科技明天（3日）召开发布会', '2024-10-30')).toEqual([['明天（3日）', '2024-11-03']]);
    expect(dates('云海集团昨日（24日）公布财报', '2024-10-25')).toEqual([['昨日（24日）', '2024-10-24']]);
  });
});
